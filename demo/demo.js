// The demo page: presets, theme switch, configuration panel, playground and event log.
// Everything here is an external module file, so the page works under `default-src 'self'`.
import { VERSION } from '../dist/nam-cds.min.js';
import { PRESETS, applyAttributes } from './presets.js';
import { CONFIG_EXAMPLES } from './config-examples.js';
import { renderPlayground } from './playground.js';
import { startEventLog, EVENT_NAMES } from './event-log.js';

const $ = (id) => document.getElementById(id);
const pathway = $('pathway');
const calculator = $('calculator');
const monitor = $('monitor');
const widgets = [pathway, calculator];
/** Every element on the page (the playground edits the first two). */
const elements = [...widgets, monitor];

$('version').textContent = VERSION;

// Scenario presets.
const note = $('preset-note');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const presetButtons = () => [...$('presets').querySelectorAll('button')];
/** Room kept between what is brought into view and the edge of the window. */
const MARGIN = 12;
/**
 * After a preset, brings the pathway's "at a glance" block — its critical actions and first-line
 * plan — into view when it is not: its top a little below the window's top, so on a phone the
 * glance and the first action show without scrolling. It does not scroll when the glance already
 * shows in full. Smooth unless the reader prefers reduced motion; the focus stays on the button.
 */
async function revealResult(followUp) {
  await pathway.updateComplete;
  await monitor.updateComplete;
  const glance = pathway.shadowRoot?.querySelector('[part~="glance"]');
  // The follow-up scenario's result is the follow-up widget's.
  const target = followUp ? $('monitor-widget') : glance?.getClientRects().length ? glance : $('pathway-widget');
  const t = target.getBoundingClientRect();
  const view = window.innerHeight;
  if (t.top >= MARGIN && t.bottom <= view - MARGIN) return;
  window.scrollBy({ top: t.top - MARGIN, behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

/** No preset is shown as pressed, and the scenario note is cleared. */
function clearPreset() {
  for (const b of presetButtons()) b.setAttribute('aria-pressed', 'false');
  note.textContent = '';
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
    // The follow-up element shares the patient: its attributes, and the visits a portal keeps.
    applyAttributes(monitor, preset.monitor.attributes);
    monitor.visits = structuredClone(preset.monitor.visits);
    monitor.drugs = structuredClone(preset.monitor.drugs);
    for (const b of presetButtons()) b.setAttribute('aria-pressed', String(b === button));
    note.textContent = `Scenario: ${preset.note}`;
    revealResult(preset.monitor.visits.length > 0);
  });
  $('presets').append(button);
}

// Once the clinician edits a widget (its change events fire on user input only) or the
// playground changes an attribute, the inputs are no longer the preset's scenario.
for (const name of ['nam-pathway-change', 'nam-dose-change', 'nam-monitor-change']) document.addEventListener(name, clearPreset);
for (const name of ['input', 'change']) $('playground').addEventListener(name, clearPreset);

// Theme: the elements' `theme` attribute, and the page's own colours.
const theme = $('theme');
theme.addEventListener('change', () => {
  for (const w of elements) {
    if (theme.value === 'auto') w.removeAttribute('theme');
    else w.setAttribute('theme', theme.value);
  }
  if (theme.value === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme.value;
});

// One patient: a portal wiring the widgets together through their public events. The weight (its
// unit and its confirmation) typed in one widget is set on the others as attributes, which fire no
// event, so nothing loops.
const SHARED = ['weight', 'weight-unit', 'weight-confirmed'];
function share(from) {
  for (const to of document.querySelectorAll('nam-pathway, nam-dose-calculator, nam-monitor')) {
    if (to === from) continue;
    for (const name of SHARED) {
      const property = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const value = from[property];
      if (name === 'weight-confirmed') {
        if (value === true) to.setAttribute(name, '');
        else to.removeAttribute(name);
      } else if (value === undefined || value === null || value === '') to.removeAttribute(name);
      else to.setAttribute(name, String(value));
    }
  }
}
for (const name of ['nam-pathway-change', 'nam-dose-change', 'nam-monitor-change']) {
  document.addEventListener(name, (event) => share(event.target));
}

// Institution configuration. Its result shows at the top and in the footer of each widget, far
// from these buttons: a status line next to them says what was applied and where to look, and the
// first widget's alert, if there is one and it is off-screen, is scrolled into view (the focus
// stays on the button).
const configText = $('config-json');
const configStatus = $('config-status');
const setConfig = (text) => {
  for (const w of elements) {
    if (text.trim() === '') w.removeAttribute('config');
    else w.setAttribute('config', text.trim());
  }
};

async function reportConfig(name) {
  await Promise.all(elements.map((w) => w.updateComplete));
  if (!name) {
    configStatus.textContent =
      'Configuration removed: the widgets use the published defaults and say they are not yet reviewed by your institution.';
    return;
  }
  const alert = (part) => pathway.shadowRoot?.querySelector(`[part~="${part}"]`);
  const invalid = alert('config-error');
  const review = alert('review-alert');
  configStatus.textContent = invalid
    ? `Applied: ${name} — it is ignored: each widget says why at its top and uses the published defaults.`
    : review
    ? `Applied: ${name} — each widget warns at its top; the review is in the footer of each widget.`
    : `Applied: ${name} — see the footer of each widget.`;
  const shown = invalid ?? review;
  if (!shown) return;
  const box = shown.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) {
    shown.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  }
}

$('config-apply').addEventListener('click', () => {
  setConfig(configText.value);
  reportConfig(configText.value.trim() === '' ? '' : 'the configuration above');
});
$('config-clear').addEventListener('click', () => {
  configText.value = '';
  setConfig('');
  reportConfig('');
});
for (const example of CONFIG_EXAMPLES) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = example.label;
  button.dataset.example = example.id;
  button.addEventListener('click', () => {
    configText.value = JSON.stringify(example.config, null, 2);
    setConfig(configText.value);
    reportConfig(`the ${example.name}`);
  });
  $('config-examples').append(button);
}

// A portal keeps the follow-up visits: it stores each edit's visits and gives them back.
monitor.addEventListener('nam-monitor-change', (event) => {
  monitor.visits = event.detail.visits;
});

// The follow-up element's event joins the log.
if (!EVENT_NAMES.includes('nam-monitor-change')) EVENT_NAMES.push('nam-monitor-change');
startEventLog($('log'), $('log-empty'), $('log-clear'));
await customElements.whenDefined('nam-pathway');
await customElements.whenDefined('nam-dose-calculator');
await customElements.whenDefined('nam-monitor');
await renderPlayground($('playground'), widgets);
document.documentElement.dataset.ready = '';
