/**
 * Styles shared by every nam-cds element. The host sets font, size, colour and line-height
 * itself because shadow DOM inherits them (and `rem` follows the host page's root size):
 * sizes inside are px or em. Public tokens are `--nam-*` with fallbacks; `--_*` are private.
 *
 * Every inherited property that changes how text reads is reset on :host (a host page's
 * `html[dir=rtl]`, `word-break: break-all`, `font-variant-numeric: tabular-nums`, text stroke,
 * a wait cursor… would otherwise flow into the shadow tree). Left inherited on purpose:
 * `visibility` and `pointer-events`, which pages use to hide or disable a whole panel (a tab,
 * an accordion) and which the widget must then follow. `opacity` is not inherited.
 *
 * `text-decoration` is not inherited either: it propagates. An ancestor's underline is drawn
 * through every in-flow descendant and no descendant can remove it (text-decoration: none
 * only stops the element's own). The `text-decoration: none` below stops a rule that selects
 * the host itself; an ancestor's decoration stops only at an atomic inline box (an
 * inline-block), which is why an element's outermost wrapper can be one.
 */
import { css, unsafeCSS } from 'lit';

/** Parts that are, or contain, safety information and are list items (see the rules below). */
const SAFETY_LIST_ITEMS = ['notice-critical', 'notice-warning', 'line', 'step'];
/** Parts that are, or contain, safety information and are blocks. */
const SAFETY_BLOCKS = ['field-error', 'config-error', 'attribute-error', 'error-summary', 'errors', 'warnings', 'review-alert', 'weight-check', 'result', 'results', 'glance', 'pointer', 'critical-pointer', 'steps', 'dose', 'conversion'];

/** `:is([part~='a'], [part~='b'], …)` for a list of part names (fixed strings of this file). */
const partsSelector = (names: readonly string[]) => unsafeCSS(`:is(${names.map((n) => `[part~='${n}']`).join(', ')})`);

/** The dark palette: used with prefers-color-scheme: dark (unless theme="light") and with theme="dark". */
const darkTokens = css`
    --_fg: var(--nam-color-text, #e8eaed);
    --_bg: var(--nam-color-background, #15181c);
    --_muted: var(--nam-color-muted, #aab3bd);
    --_border: var(--nam-color-border, #4a525c);
    --_accent: var(--nam-color-accent, #8ab4f8);
    --_surface: var(--nam-color-surface, #20252b);
    --_critical: var(--nam-color-critical, #ff8a95);
    --_critical-bg: var(--nam-color-critical-background, #3d1116);
    --_warning: var(--nam-color-warning, #ffc266);
    --_warning-bg: var(--nam-color-warning-background, #3a2a0c);
    --_info: var(--nam-color-info, #8ab4f8);
    --_info-bg: var(--nam-color-info-background, #13273f);
`;

export const baseStyles = css`
  :host {
    --_fg: var(--nam-color-text, #1a1d21);
    --_bg: var(--nam-color-background, #ffffff);
    --_muted: var(--nam-color-muted, #4d5560);
    --_border: var(--nam-color-border, #b8c0ca);
    --_accent: var(--nam-color-accent, #0b5cad);
    --_surface: var(--nam-color-surface, #f3f5f8);
    --_critical: var(--nam-color-critical, #b00020);
    --_critical-bg: var(--nam-color-critical-background, #fdecee);
    --_warning: var(--nam-color-warning, #8a4b00);
    --_warning-bg: var(--nam-color-warning-background, #fff4e0);
    --_info: var(--nam-color-info, #0b5cad);
    --_info-bg: var(--nam-color-info-background, #eaf2fb);
    --_focus: var(--nam-focus-ring, #1a73e8);
    --_radius: var(--nam-radius, 6px);
    --_space: var(--nam-space, 12px);
    /* Read after the first render: these styles did apply (platform-controller.ts). */
    --_nam-styled: 1;
    display: block;
    max-width: 100%;
    min-width: 0;
    /* !important: a host page's rules that select the element itself, such as
       "* { letter-spacing: 0.1em }", "* { box-sizing: content-box }" or "* { color: red }", beat
       :host otherwise and are inherited by everything inside. An !important declaration in the
       shadow tree wins over the page's, even over the page's !important. Pages theme the widget
       through the --nam-* custom properties instead. */
    box-sizing: border-box !important;
    color: var(--_fg) !important;
    background: var(--_bg) !important;
    font-family: var(--nam-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif) !important;
    font-size: var(--nam-font-size, 16px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    font-variant: normal !important;
    line-height: var(--nam-line-height, 1.5) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    /* The widget's text is English, left to right, whatever the page's direction: in an rtl
       page a dose line's numbers would otherwise be torn from their units and reordered. */
    direction: ltr !important;
    unicode-bidi: isolate !important;
    writing-mode: horizontal-tb !important;
    text-orientation: mixed !important;
    /* Break only a word that cannot fit on a line of its own, never "1,000" or a drug name. */
    word-break: normal !important;
    line-break: auto !important;
    overflow-wrap: break-word !important;
    hyphens: manual !important;
    font-variant-numeric: normal !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-kerning: auto !important;
    font-stretch: normal !important;
    font-size-adjust: none !important;
    font-optical-sizing: auto !important;
    -webkit-text-stroke-width: 0 !important;
    -webkit-text-fill-color: currentcolor !important;
    text-emphasis-style: none !important;
    text-align-last: auto !important;
    text-decoration: none !important;
    text-underline-position: auto !important;
    text-underline-offset: auto !important;
    text-rendering: auto !important;
    caret-color: auto !important;
    cursor: auto !important;
    quotes: auto !important;
    list-style-position: outside !important;
    list-style-image: none !important;
    tab-size: 8 !important;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    margin: 0.8em 0 0.4em;
    line-height: 1.25;
    font-weight: 700;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0.4em 0;
  }
  a {
    color: var(--_accent);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 8px var(--_space) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 4px;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin: 2px 12px 2px 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin: 0 0 8px;
  }
  .field > label {
    font-weight: 600;
    margin: 0;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  input[type='number'],
  input[type='text'],
  input[type='date'],
  select,
  textarea {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 6px 8px;
    min-height: 40px;
    max-width: 100%;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 18px;
    height: 18px;
    /* Inside a flex label a long label text would otherwise shrink the box. */
    flex-shrink: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_critical);
    border-width: 2px;
  }
  .field-error {
    color: var(--_critical);
    font-weight: 600;
    margin: 0;
  }
  .field-error::before {
    content: '✖ ';
    /* The mark is decoration: an empty alternative keeps it out of the accessible description
       (browsers without the alternative syntax keep the line above). */
    content: '✖ ' / '';
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  /* Beside a value from the patient record: its source and date, or the record's value when another was given. */
  .provenance {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 2px 0 0;
  }
  .provenance-overridden,
  .provenance .stale {
    color: var(--_warning);
    font-weight: 600;
  }
  .record-notices {
    margin: 0 0 var(--_space);
  }
  .record-notices .notices {
    margin: 0;
  }
  .record-title {
    margin: 0 0 4px;
    font-weight: 600;
  }
  /* The note's record block, printed in place of the form (where the provenance lines are). */
  .record-print {
    display: none;
  }
  button {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 6px 14px;
    min-height: 40px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  summary {
    cursor: pointer;
  }
  .notices {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .notice {
    border-left: 4px solid var(--_info);
    background: var(--_info-bg);
    padding: 4px 8px;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .notice-warning {
    border-left-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .notice-critical {
    border: 2px solid var(--_critical);
    border-left-width: 8px;
    background: var(--_critical-bg);
    font-weight: 600;
  }
  .notice-label {
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.85em;
    letter-spacing: 0.03em;
  }
  .citations {
    margin-top: 6px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .citations ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  .cite-id {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .source cite {
    font-style: italic;
  }
  .source-list ol {
    /* Room for two-digit markers ("10."): with less they stick out past the left edge. */
    padding-left: 2.2em;
    font-size: 0.9em;
  }
  .source-list li {
    margin-bottom: 4px;
  }
  footer {
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
    padding-top: 8px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  footer p {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .review.overdue {
    color: var(--_critical);
  }
  .config-error {
    margin: 0 0 var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_warning-bg);
    padding: 6px 10px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: var(--_space) 0;
  }
  .note-text {
    width: 100%;
    min-height: 8em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
  /* A button drawn as a link: each error in an error summary moves focus to its control. */
  button.link {
    background: none;
    border: 0;
    padding: 0;
    min-height: 0;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    vertical-align: top;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* Safety information stays on screen whatever the host page's ::part() rules say (hazard H18 in
     docs/safety.md): an !important declaration inside the shadow tree wins over the page's, even
     over the page's !important. That holds for the parts that are safety information themselves
     (critical and warning notices, errors, alerts) and for every part that contains them (the
     result, at a glance, the step list, each step and dose line whatever its level, the dose):
     display: none or opacity: 0 on a container would take its critical content with it. These
     parts are list items or blocks; a part that must not show uses the hidden attribute or is
     not rendered. Parts that carry no safety information (the map, About, the form, buttons)
     stay the page's to hide. */
  li${partsSelector(SAFETY_LIST_ITEMS)}:not([hidden]) {
    display: list-item !important;
  }
  ${partsSelector(SAFETY_BLOCKS)}:not(li):not([hidden]) {
    display: block !important;
  }
  ${partsSelector([...SAFETY_LIST_ITEMS, ...SAFETY_BLOCKS])}:not([hidden]) {
    visibility: visible !important;
    opacity: 1 !important;
    /* Nor moved off screen, shrunk, clipped or skipped by other means. */
    position: relative !important;
    inset: auto !important;
    transform: none !important;
    translate: none !important;
    scale: none !important;
    rotate: none !important;
    clip-path: none !important;
    filter: none !important;
    mask: none !important;
    content-visibility: visible !important;
    height: auto !important;
    max-height: none !important;
  }
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
    }
    form,
    .actions,
    .no-print {
      display: none !important;
    }
    .record-print {
      display: block;
      margin: 8px 0;
    }
    .record-print ul {
      margin: 0;
      padding-left: 1.2em;
    }
    details:not(.citations) > *:not(summary) {
      display: block !important;
    }
    /* Paper cannot be clicked: collapsed panels print open (notes, About), and their toggles
       print as plain headings, without the disclosure triangle. A line's citation marks stay
       marks: the full references print once, in the source list. Each selector in a rule of
       its own, so a browser without ::details-content still reads the others. */
    details:not(.citations)::details-content {
      content-visibility: visible !important;
      display: contents !important;
    }
    summary {
      list-style: none !important;
    }
    summary::-webkit-details-marker {
      display: none !important;
    }
    .notice,
    .notice-critical {
      background: none;
      border-color: #000;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
