// The attribute playground: one control per attribute of each element (read from
// custom-elements.json, so it follows the elements' documented API), and the HTML snippet to paste.
import {
  ANTIBODIES,
  DRUG_IDS,
  IVIG_DOSING_WEIGHTS,
  LABELS,
  LIMITS,
  PHASES,
  RED_FLAGS,
  SEVERITIES,
  SEXES,
  STATIN_EXPOSURES,
  TPMT_STATUSES,
  WEEKDAYS,
  WEIGHT_UNITS,
} from '../dist/nam-cds.min.js';

const range = (min, max) => Array.from({ length: max - min + 1 }, (_, i) => String(min + i));

/** Controls for the attributes whose values the core defines. Others follow the manifest type. */
const KNOWN = {
  antibody: { kind: 'select', options: ANTIBODIES, labels: LABELS.antibody },
  statin: { kind: 'select', options: STATIN_EXPOSURES, labels: LABELS.statin },
  severity: { kind: 'select', options: SEVERITIES, labels: LABELS.severity },
  phase: { kind: 'select', options: PHASES, labels: LABELS.phase },
  'red-flags': { kind: 'list', options: RED_FLAGS, labels: LABELS.redFlag },
  'checkpoint-inhibitor': { kind: 'boolean' },
  weight: { kind: 'number', step: 'any', min: LIMITS.weightKg.min, max: LIMITS.weightKg.max },
  'weight-unit': { kind: 'select', options: WEIGHT_UNITS, labels: LABELS.weightUnit },
  'height-cm': { kind: 'number', step: 'any', min: LIMITS.heightCm.min, max: LIMITS.heightCm.max },
  sex: { kind: 'select', options: SEXES, labels: LABELS.sex },
  'ivig-days': { kind: 'select', options: range(LIMITS.ivigDays.min, LIMITS.ivigDays.max) },
  'ivig-dosing-weight': { kind: 'select', options: IVIG_DOSING_WEIGHTS, labels: LABELS.ivigDosingWeight },
  tpmt: { kind: 'select', options: TPMT_STATUSES, labels: LABELS.tpmt },
  'start-date': { kind: 'date' },
  'methotrexate-day': { kind: 'select', options: WEEKDAYS, labels: LABELS.weekday },
  drugs: { kind: 'list', options: DRUG_IDS, labels: LABELS.drug },
};

/** The attributes the playground leaves to other controls on the page. */
const ELSEWHERE = new Set(['theme', 'config']);

/** Fallback when custom-elements.json cannot be read: the attributes named in the issues. */
const FALLBACK = {
  'nam-pathway': ['antibody', 'statin', 'checkpoint-inhibitor', 'severity', 'red-flags', 'phase', 'weight', 'weight-unit', 'mode'],
  'nam-dose-calculator': [
    'weight',
    'weight-unit',
    'height-cm',
    'sex',
    'ivig-days',
    'ivig-dosing-weight',
    'tpmt',
    'start-date',
    'methotrexate-day',
    'drugs',
  ],
};

/** Attribute descriptors ({ name, type, description }) per tag, from the manifest. */
export async function loadAttributes() {
  try {
    const response = await fetch(new URL('../custom-elements.json', import.meta.url));
    if (!response.ok) throw new Error(String(response.status));
    const manifest = await response.json();
    const out = {};
    for (const mod of manifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && decl.tagName) out[decl.tagName] = decl.attributes ?? [];
      }
    }
    return out;
  } catch {
    return Object.fromEntries(Object.entries(FALLBACK).map(([tag, names]) => [tag, names.map((name) => ({ name }))]));
  }
}

/** String-literal unions in a manifest type ("'a' | 'b'") give a select. */
function literalOptions(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

function controlFor(attr) {
  if (KNOWN[attr.name]) return KNOWN[attr.name];
  const type = attr.type?.text ?? '';
  const options = literalOptions(type);
  if (options) return { kind: 'select', options };
  if (/^boolean\b/.test(type)) return { kind: 'boolean' };
  if (/^number\b/.test(type)) return { kind: 'number', step: 'any' };
  return { kind: 'text' };
}

const el = (tag, props = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
};

/** Text with `code` spans (as the JSDoc writes them) as nodes: never parsed as HTML. */
const richText = (text) =>
  text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? el('code', {}, [part]) : document.createTextNode(part)));

/** An option's text: the value, and its label when the label says more ("current — currently taking a statin"). */
const optionText = (value, label) => (label && label.toLowerCase() !== value.toLowerCase() ? `${value} — ${label}` : value);

/**
 * Options longer than this (in characters) do not fit a half-width column: their field takes the
 * whole row (demo.css, .field-wide), so the chosen option is shown in full.
 */
const WIDE_OPTION = 24;

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML an author pastes for `target` (its current attributes, in manifest order). */
export function snippetFor(target, names) {
  const tag = target.localName;
  const ordered = [...names, ...target.getAttributeNames().filter((n) => !names.includes(n))];
  const attrs = ordered
    .filter((n) => target.hasAttribute(n) && !['id', 'class', 'style'].includes(n))
    .map((n) => {
      const value = target.getAttribute(n);
      return value === '' ? n : `${n}="${escapeAttr(value)}"`;
    });
  const open = attrs.length ? `<${tag} ${attrs.join(' ')}>` : `<${tag}>`;
  return `${open}</${tag}>`;
}

/** Builds one panel (form + snippet) for `target` and keeps it in step with its attributes. */
function panel(target, attributes) {
  const tag = target.localName;
  const shown = attributes.filter((a) => !ELSEWHERE.has(a.name));
  const names = shown.map((a) => a.name);
  const form = el('form', { class: 'attr-form', 'aria-label': `${tag} attributes` });
  form.addEventListener('submit', (e) => e.preventDefault());
  const sync = [];

  for (const attr of shown) {
    const control = controlFor(attr);
    const id = `pg-${tag}-${attr.name}`;
    const hint = attr.description ? el('span', { class: 'hint' }, richText(attr.description)) : '';
    const setAttr = (value) => {
      if (value === null) target.removeAttribute(attr.name);
      else target.setAttribute(attr.name, value);
    };
    let field;
    if (control.kind === 'boolean') {
      const input = el('input', { type: 'checkbox', id });
      input.addEventListener('change', () => setAttr(input.checked ? '' : null));
      sync.push(() => (input.checked = target.hasAttribute(attr.name)));
      field = el('div', { class: 'field field-check' }, [input, el('label', { htmlFor: id }, [el('code', {}, [attr.name])]), hint]);
    } else if (control.kind === 'list') {
      const boxes = control.options.map((value) => {
        const box = el('input', { type: 'checkbox', value, id: `${id}-${value}` });
        box.addEventListener('change', () => {
          const picked = boxes.filter((b) => b.checked).map((b) => b.value);
          setAttr(picked.length ? picked.join(' ') : null);
        });
        return box;
      });
      sync.push(() => {
        const values = (target.getAttribute(attr.name) ?? '').split(/[\s,]+/).filter(Boolean);
        for (const b of boxes) b.checked = values.includes(b.value);
      });
      field = el('fieldset', { class: 'field field-list' }, [
        el('legend', {}, [el('code', {}, [attr.name])]),
        ...boxes.map((b) => el('label', { class: 'choice' }, [b, ` ${b.value}`])),
        hint,
      ]);
    } else if (control.kind === 'select') {
      const texts = control.options.map((v) => optionText(v, control.labels?.[v]));
      const select = el('select', { id }, [
        el('option', { value: '' }, ['(not set: default)']),
        ...control.options.map((v, i) => el('option', { value: v }, [texts[i]])),
      ]);
      select.addEventListener('change', () => setAttr(select.value === '' ? null : select.value));
      sync.push(() => {
        const value = target.getAttribute(attr.name);
        if (value !== null && !control.options.includes(value)) {
          // An invalid value set elsewhere: show it so the element's error can be seen and undone.
          select.append(el('option', { value }, [`${value} (not an allowed value)`]));
        }
        select.value = value ?? '';
      });
      const wide = Math.max(...texts.map((t) => t.length)) > WIDE_OPTION;
      field = el('div', { class: wide ? 'field field-wide' : 'field' }, [
        el('label', { htmlFor: id }, [el('code', {}, [attr.name])]),
        select,
        hint,
      ]);
    } else {
      const type = control.kind === 'number' ? 'text' : control.kind === 'date' ? 'date' : 'text';
      // Numbers use a text input so invalid values ("abc", "-5") can be tried too.
      const input = el('input', { type, id, autocomplete: 'off', spellcheck: false });
      if (control.kind === 'number') input.inputMode = 'decimal';
      input.addEventListener('input', () => setAttr(input.value === '' ? null : input.value));
      sync.push(() => {
        if (document.activeElement !== input) input.value = target.getAttribute(attr.name) ?? '';
      });
      field = el('div', { class: 'field' }, [el('label', { htmlFor: id }, [el('code', {}, [attr.name])]), input, hint]);
    }
    form.append(field);
  }

  const code = el('code', { class: 'snippet-code' });
  // A named region, so its label is read (a bare <pre> cannot be named) and, focusable, it can be
  // scrolled from the keyboard when a long snippet wraps.
  const pre = el('pre', { class: 'snippet', tabIndex: 0, role: 'region', 'aria-label': `HTML for ${tag}` }, [code]);
  const copy = el('button', { type: 'button', class: 'copy' }, ['Copy HTML']);
  const status = el('span', { class: 'copy-status', role: 'status' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = 'Copied.';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });

  const refresh = () => {
    for (const fn of sync) fn();
    code.textContent = snippetFor(target, names);
    status.textContent = '';
  };
  new MutationObserver(refresh).observe(target, { attributes: true });
  refresh();

  return el('section', { class: 'panel', 'aria-label': `${tag} playground` }, [
    el('h3', {}, [el('code', {}, [`<${tag}>`])]),
    form,
    el('div', { class: 'snippet-head' }, [el('span', {}, ['HTML to paste']), copy, status]),
    pre,
  ]);
}

/** Renders the playground for the given elements into `container`. */
export async function renderPlayground(container, targets) {
  const attributes = await loadAttributes();
  container.replaceChildren(...targets.map((t) => panel(t, attributes[t.localName] ?? [])));
}
