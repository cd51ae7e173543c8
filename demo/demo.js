// The demo page: presets, theme switch, configuration panel, playground and event log.
// Everything here is an external module file, so the page works under `default-src 'self'`.
import { VERSION } from '../dist/nam-cds.min.js';
import { PRESETS, applyAttributes } from './presets.js';
import { renderPlayground } from './playground.js';
import { startEventLog } from './event-log.js';

const $ = (id) => document.getElementById(id);
const pathway = $('pathway');
const calculator = $('calculator');
const widgets = [pathway, calculator];

$('version').textContent = VERSION;

// Scenario presets.
const note = $('preset-note');
for (const preset of PRESETS) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = preset.label;
  button.dataset.preset = preset.id;
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    applyAttributes(pathway, preset.pathway);
    applyAttributes(calculator, preset.calculator);
    for (const b of $('presets').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    note.textContent = `Scenario: ${preset.note}`;
  });
  $('presets').append(button);
}

// Theme: the elements' `theme` attribute, and the page's own colours.
const theme = $('theme');
theme.addEventListener('change', () => {
  for (const w of widgets) {
    if (theme.value === 'auto') w.removeAttribute('theme');
    else w.setAttribute('theme', theme.value);
  }
  if (theme.value === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme.value;
});

// A portal wiring two widgets together through the public event.
document.addEventListener('nam-dose-change', (event) => {
  const result = event.detail;
  if (!$('link-weight').checked || !result?.ok || typeof result.weightKg !== 'number') return;
  pathway.setAttribute('weight', String(result.weightKg));
  pathway.setAttribute('weight-unit', 'kg');
});

// Institution configuration.
const EXAMPLE_CONFIG = {
  prednisone: { maxDailyMg: 60 },
  ivig: { vialStepG: 5 },
  protocolUrl: '/protocols/imnm',
  protocolLabel: 'Our hospital IMNM protocol',
  reviewedBy: 'Neuromuscular MDT, Example Hospital',
  reviewedOn: '2025-01-15',
  reviewDue: '2026-01-15',
};
const INVALID_CONFIG = { prednisone: { maxDailyMg: -5 }, ivig: { defaultDays: 9 } };
const configText = $('config-json');
const setConfig = (text) => {
  for (const w of widgets) {
    if (text.trim() === '') w.removeAttribute('config');
    else w.setAttribute('config', text.trim());
  }
};
$('config-apply').addEventListener('click', () => setConfig(configText.value));
$('config-example').addEventListener('click', () => {
  configText.value = JSON.stringify(EXAMPLE_CONFIG, null, 2);
  setConfig(configText.value);
});
$('config-invalid').addEventListener('click', () => {
  configText.value = JSON.stringify(INVALID_CONFIG, null, 2);
  setConfig(configText.value);
});
$('config-clear').addEventListener('click', () => {
  configText.value = '';
  setConfig('');
});

startEventLog($('log'), $('log-empty'), $('log-clear'));
await customElements.whenDefined('nam-pathway');
await customElements.whenDefined('nam-dose-calculator');
await renderPlayground($('playground'), widgets);
document.documentElement.dataset.ready = '';
