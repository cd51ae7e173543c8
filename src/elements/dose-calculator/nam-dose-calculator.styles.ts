/**
 * Layout of <nam-dose-calculator> on top of the shared base styles. Sizes in px and em only;
 * colours from the --nam-* tokens (private --_* locals set in base.styles.ts). The layout
 * follows the element's own width (container queries), from 320 px up.
 */
import { css, unsafeCSS } from 'lit';

/**
 * Parts of this element that carry safety information beyond the shared list (base.styles.ts):
 * "At a glance" with its critical notices, the pointer to a new critical notice, the weight
 * confirmation box, and every notice whatever its level (an IVIG rate in g/h or a refused vial
 * rounding is a note, and still part of the dose). A host page's ::part() rules cannot hide them.
 */
const PROTECTED_BLOCKS = ['glance', 'critical-pointer', 'confirm'].map((n) => `[part~='${n}']`).join(', ');
const PROTECTED_ITEMS = ['notice', 'notice-info'].map((n) => `[part~='${n}']`).join(', ');

export const doseCalculatorStyles = css`
  /* color-scheme is inherited: !important, so a page's "* { color-scheme: … }" cannot restyle the
     native controls against the widget's palette. */
  :host {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark !important;
    }
  }
  [hidden] {
    display: none !important;
  }
  /* An inline-block (an atomic inline box) as the outermost box: an underline or line-through
     that a host page sets on an ancestor is not propagated into it (base.styles.ts). */
  .wrap {
    container-type: inline-size;
    display: inline-block;
    vertical-align: top;
    width: 100%;
  }
  .header h2 {
    margin-top: 0;
  }
  .subtitle {
    color: var(--_muted);
    margin-top: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 780px) {
    .layout {
      grid-template-columns: minmax(260px, 340px) minmax(0, 1fr);
    }
  }

  /* Form */
  .form {
    margin: 0;
  }
  .group > legend {
    font-size: 1.05em;
  }
  .weight-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    align-items: flex-start;
  }
  .weight-row > .field:first-child {
    flex: 1 1 140px;
    min-width: 0;
  }
  .radio-group,
  .checkbox-group.field {
    border: 0;
    padding: 0;
    margin: 0 0 8px;
  }
  .radio-group > legend,
  .checkbox-group > legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 4px;
  }
  .checkbox-group.field {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 8px var(--_space) var(--_space);
  }
  .checkbox-group > legend {
    font-weight: 700;
    padding: 0 4px;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
  }
  .options-stacked {
    flex-direction: column;
  }
  .options label {
    min-height: 32px;
    margin: 0;
  }
  .field input[type='text'],
  .field input[type='date'],
  .field select {
    width: 100%;
  }
  /* The weight's hint and its confirmation box share one cell: the cell is as tall as the taller
     of the two whichever is shown, so the box appears without moving anything below it. */
  .weight-after {
    display: grid;
  }
  .weight-after > * {
    grid-area: 1 / 1;
    min-width: 0;
  }
  .weight-after > .inactive {
    visibility: hidden;
  }
  .confirm {
    margin: 0;
  }
  .confirm-label {
    align-items: flex-start;
    margin: 2px 0 0;
    font-weight: 700;
    color: var(--_warning);
  }
  .confirm-label input {
    margin-top: 3px;
  }
  /* The weight in both units: its line is always there (empty without a weight). */
  .conversion {
    margin: -2px 0 8px;
    min-height: 1.5em;
    font-weight: 700;
  }
  .more-toggle {
    display: block;
    width: 100%;
    text-align: start;
    font-weight: 600;
  }
  .more-mark {
    display: inline-block;
    width: 1em;
  }
  #more-patient {
    margin-top: var(--_space);
  }
  @container (max-width: 779.98px) {
    .more.collapsed {
      display: none;
    }
  }
  @container (min-width: 780px) {
    .more-toggle {
      display: none;
    }
    #more-patient {
      margin-top: 0;
    }
  }

  /* Problems */
  .review-alert {
    margin: 0 0 var(--_space);
  }
  .error-summary {
    border: 2px solid var(--_critical);
    border-left-width: 8px;
    border-radius: var(--_radius);
    background: var(--_critical-bg);
    padding: 8px var(--_space);
    margin: 0 0 var(--_space);
  }
  .error-summary-title {
    margin: 0;
    font-weight: 700;
  }
  .error-summary-title::before {
    content: '✖ ';
    content: '✖ ' / '';
    color: var(--_critical);
  }
  .error-summary ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  .prompt {
    margin: 0 0 8px;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .prompt-error {
    border: 2px solid var(--_critical);
    color: var(--_fg);
    font-weight: 600;
  }

  /* Results */
  .results-heading {
    margin-top: 0;
  }
  .inputs-used {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin: 0 0 var(--_space);
    padding: 8px var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .inputs-used .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 4px;
  }
  .inputs-used dt::after {
    content: ':';
  }
  .inputs-used.print-only {
    display: none;
  }
  .warnings {
    margin: 0 0 var(--_space);
  }
  .warnings .notices {
    margin: 0;
  }

  /* At a glance */
  .glance {
    margin: 0 0 var(--_space);
    padding: 8px var(--_space) 10px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .glance-heading {
    margin: 0 0 4px;
  }
  .glance-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .glance-dose {
    font-weight: 600;
  }
  .glance-dose.withheld,
  .glance-mark {
    color: var(--_critical);
  }
  .glance-tag {
    font-weight: 700;
    color: var(--_warning);
  }
  .glance button.link {
    font-weight: inherit;
  }
  /* A short dose reads as a line of the answer, with a mark that it opens the drug's item. */
  .glance-dose button.link {
    text-decoration: none;
  }
  .glance-dose button.link:hover,
  .glance-dose button.link:focus-visible {
    text-decoration: underline;
  }
  .glance-dose button.link::after {
    content: ' ›';
    content: ' ›' / '';
    color: var(--_accent);
  }
  .glance-dose {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 4px;
  }

  /* Each drug, collapsed to its title line */
  .lines-toolbar {
    display: flex;
    justify-content: flex-end;
    margin: 0 0 6px;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* One column as wide as the widget, never wider: an auto track would grow to the longest
       word of a dose heading ("Methylprednisolone") and push the lines out of a narrow host. */
    grid-template-columns: minmax(0, 1fr);
    gap: 6px;
  }
  .line {
    min-width: 0;
    overflow-wrap: break-word;
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .line.level-warning {
    border-left-color: var(--_warning);
  }
  .line.level-critical,
  .line.withheld {
    border-left-color: var(--_critical);
  }
  .line.withheld {
    background: var(--_critical-bg);
  }
  .line-title {
    margin: 0;
    font-size: 1em;
  }
  .line-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
    width: 100%;
    min-height: 44px;
    padding: 8px var(--_space);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    font-weight: 700;
  }
  .line-toggle::before {
    content: '▸';
    content: '▸' / '';
    color: var(--_muted);
  }
  .line-toggle[aria-expanded='true']::before {
    content: '▾';
    content: '▾' / '';
  }
  .line-toggle .dose {
    flex: 1 1 12em;
    min-width: 0;
    color: var(--_fg);
  }
  .withheld .line-toggle .dose {
    color: var(--_critical);
  }
  .line-tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .line-body {
    padding: 0 var(--_space) 10px;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 4px 0;
  }
  .badge {
    display: inline-block;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 8px;
    font-size: 0.85em;
    font-weight: 700;
    background: var(--_surface);
  }
  .badge-withheld,
  .badge-critical {
    border: 2px solid var(--_critical);
    color: var(--_critical);
    background: var(--_bg);
  }
  .badge-warning,
  .badge-capped {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .badge-local {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .facts {
    display: grid;
    gap: 2px;
    margin: 8px 0;
  }
  .facts .fact {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 480px) {
    .facts .fact {
      grid-template-columns: minmax(0, 12em) minmax(0, 1fr);
      gap: 12px;
    }
  }
  dt {
    font-weight: 600;
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .schedule {
    margin: 0;
    padding-left: 1.2em;
  }
  .missing {
    color: var(--_warning);
    font-weight: 700;
  }
  .basis {
    margin: 8px 0;
    padding: 6px 10px;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .basis ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .basis-title,
  .checks-title {
    margin: 0;
    font-weight: 700;
    font-size: 0.9em;
  }
  .checks {
    margin: 8px 0;
  }
  .weight-check {
    margin: 4px 0;
    color: var(--_warning);
    font-weight: 700;
  }
  .weight-check button.link {
    font-weight: 700;
  }
  .checks .notices {
    margin-top: 4px;
  }

  /* Copy and sources */
  .actions {
    margin-bottom: 4px;
  }
  .copy-status {
    margin: 0 0 8px;
    min-height: 0;
  }
  .note {
    display: grid;
    gap: 4px;
    margin-bottom: var(--_space);
  }
  .note > label {
    font-weight: 600;
    margin: 0;
  }
  .source-list summary {
    display: list-item;
  }
  .sources-heading {
    display: inline;
    margin: 0;
    font-size: 1em;
  }

  /* Safety information this element adds to the shared list (base.styles.ts). */
  ${unsafeCSS(`:is(${PROTECTED_BLOCKS}):not([hidden]) { display: block !important; }`)}
  ${unsafeCSS(`li:is(${PROTECTED_ITEMS}):not([hidden]) { display: list-item !important; }`)}
  ${unsafeCSS(`:is(${PROTECTED_BLOCKS}, ${PROTECTED_ITEMS}):not([hidden]) { visibility: visible !important; opacity: 1 !important; }`)}
  .weight-after > .inactive[part~='confirm'] {
    visibility: hidden !important;
  }

  @media print {
    /* A block again so a long result breaks across pages (an inline-block does not). */
    .wrap {
      container-type: normal;
      display: block;
    }
    .layout {
      display: block;
    }
    .inputs,
    .error-summary[hidden],
    .lines-toolbar {
      display: none !important;
    }
    /* Paper cannot be clicked: every item prints open, with the inputs in place of the form
       (the element also renders them open while it prints). */
    .inputs-used.print-only {
      display: flex;
    }
    .line-body[hidden] {
      display: block !important;
    }
    .line-toggle::before {
      content: none;
    }
    .inputs-used,
    .basis,
    .glance {
      background: none;
      border: 1px solid #000;
    }
    .line {
      break-inside: avoid;
      background: none;
      border-color: #000;
    }
    .dose,
    .withheld .dose,
    .withheld .line-toggle .dose,
    .badge {
      color: #000;
    }
    .citations summary {
      list-style: none;
    }
    .facts .fact {
      grid-template-columns: 12em minmax(0, 1fr);
      gap: 12px;
    }
  }
`;
