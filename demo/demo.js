// The demo page: presets, theme switch, configuration panel, playground and event log.
// Everything here is an external module file, so the page works under `default-src 'self'`.
import { VERSION } from '../dist/nam-cds.min.js';
import { PRESETS, applyAttributes } from './presets.js';
import { CONFIG_EXAMPLES } from './config-examples.js';
import { renderPlayground } from './playground.js';
import { startEventLog } from './event-log.js';

const $ = (id) => document.getElementById(id);
const pathway = $('pathway');
const calculator = $('calculator');
const widgets = [pathway, calculator];

$('version').textContent = VERSION;

// Scenario presets.
const note = $('preset-note');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Brings the pathway widget into view after a preset, so the change it made is seen at once: its
 * top (title, critical banner, the inputs just set), or the critical banner itself when the
 * element shows it further down than one screen. Smooth unless the reader prefers reduced motion.
 */
async function showPathway() {
  await pathway.updateComplete;
  const widget = $('pathway-widget');
  const banner = pathway.shadowRoot?.querySelector('[part~="banner"]');
  const bannerFits = !banner || banner.getBoundingClientRect().bottom - widget.getBoundingClientRect().top <= window.innerHeight;
  const target = bannerFits ? widget : banner;
  target.scrollIntoView({ behavior: reducedMotion.matches ? 'auto' : 'smooth', block: 'start' });
}

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
    showPathway();
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
const configText = $('config-json');
const setConfig = (text) => {
  for (const w of widgets) {
    if (text.trim() === '') w.removeAttribute('config');
    else w.setAttribute('config', text.trim());
  }
};
$('config-apply').addEventListener('click', () => setConfig(configText.value));
$('config-clear').addEventListener('click', () => {
  configText.value = '';
  setConfig('');
});
for (const example of CONFIG_EXAMPLES) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = example.label;
  button.dataset.example = example.id;
  button.addEventListener('click', () => {
    configText.value = JSON.stringify(example.config, null, 2);
    setConfig(configText.value);
  });
  $('config-examples').append(button);
}

startEventLog($('log'), $('log-empty'), $('log-clear'));
await customElements.whenDefined('nam-pathway');
await customElements.whenDefined('nam-dose-calculator');
await renderPlayground($('playground'), widgets);
document.documentElement.dataset.ready = '';
