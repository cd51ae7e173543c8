/**
 * <nam-pathway>'s own styles, on top of the shared base (host font, tokens, light/dark, print).
 * px and em only; the layout follows the element's own width (container queries), from 320 px.
 */
import { css } from 'lit';
import { MAP_MIN_WIDTH } from './render-map.js';

export const pathwayStyles = css`
  .layout {
    container-type: inline-size;
    position: relative;
  }

  /* Skip links: out of sight until focused, then a visible button-like link. */
  .skip-link {
    display: inline-block;
    margin: 0 0 8px;
    padding: 4px 10px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 700;
  }
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .steps:focus,
  .glance:focus,
  #glance-title:focus,
  #map-title:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .title {
    margin-top: 0;
  }

  /* Form */
  /* A grid, not columns: a group that grows (an error, the pointer) moves only the rows below it,
     never a control above the one being used. */
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(250px, 1fr));
    gap: 0 var(--_space);
    align-items: start;
  }
  .form > fieldset {
    display: block;
    width: 100%;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  label.option {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    margin: 0;
    padding: 5px 0;
    cursor: pointer;
  }
  label.option input {
    flex: none;
    margin-top: 0.15em;
  }
  .grade {
    color: var(--_muted);
  }
  .group-field.invalid {
    border: 2px solid var(--_critical);
  }
  .group-field .hint {
    margin-bottom: 4px;
  }
  .group-field .field-error {
    margin-top: 6px;
  }
  .weight-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
  }
  .weight-row .field {
    flex: 1 1 110px;
    min-width: 0;
  }
  .weight-row input,
  .weight-row select {
    width: 100%;
  }

  /* Problems with the settings */
  .errors {
    border: 2px solid var(--_critical);
    border-left-width: 8px;
    background: var(--_critical-bg);
    border-radius: var(--_radius);
    padding: 8px 12px;
    margin: 0 0 var(--_space);
  }
  .errors p {
    margin: 0;
    font-weight: 700;
  }
  .errors ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  .no-result {
    font-weight: 600;
    color: var(--_muted);
  }

  /* Result */
  .result {
    margin-top: var(--_space);
  }
  .inputs-summary {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 6px 10px;
  }
  .dose-summary {
    margin: 8px 0 0;
    color: var(--_muted);
  }
  .result-grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 900px) {
    .result-grid {
      /* Room for the map drawing at its narrowest (MAP_MIN_WIDTH) plus the figure's padding and
         border, so that beside the steps it never needs to scroll. */
      grid-template-columns: minmax(0, 1fr) minmax(${MAP_MIN_WIDTH + 24}px, ${MAP_MIN_WIDTH + 48}px);
    }
    .map {
      position: sticky;
      top: 8px;
    }
  }

  /* At a glance: the answer first. Critical lines in the critical colours, the first-line plan
     as actions; each line leads to its full step. */
  .glance-more {
    margin: 6px 0 0;
    font-size: 0.92em;
  }
  .glance {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 6px 12px 8px;
    margin: 0 0 var(--_space);
    background: var(--_bg);
  }
  .glance[data-critical='true'] {
    border-color: var(--_critical);
    border-left-width: 10px;
  }
  .glance-heading {
    margin: 2px 0 4px;
    font-size: 1.05em;
  }
  .glance-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .glance-critical-list {
    margin-bottom: 6px;
  }
  .glance-item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
  }
  .glance-item.glance-critical {
    background: var(--_critical-bg);
    border-radius: 4px;
    padding: 2px 6px;
  }
  .glance-title {
    font-weight: 700;
    color: inherit;
  }
  .glance-doses {
    flex-basis: 100%;
    padding-left: 4px;
    font-weight: 600;
    color: var(--_accent);
  }
  .glance-dose {
    display: block;
  }
  .glance-notices {
    flex-basis: 100%;
  }
  /* The pointer to a critical action out of view: at the end of the form, never above a control. */
  .pointer-slot {
    margin: 6px 0 0;
  }
  /* The pointer's place kept while it is not needed, until the user changes its group or one above. */
  .pointer-slot.reserved {
    visibility: hidden;
  }
  .pointer {
    width: 100%;
    text-align: left;
    font-weight: 700;
    color: var(--_critical);
    background: var(--_critical-bg);
    border: 2px solid var(--_critical);
    border-radius: var(--_radius);
    padding: 8px 12px;
    cursor: pointer;
  }
  .steps-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .steps-title {
    margin: 6px 0 2px;
  }
  .map-toggle {
    margin: var(--_space) 0 4px;
  }
  .number-row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
  }
  .number-field input {
    width: 8em;
  }
  .confirm-weight {
    margin-top: 6px;
    font-weight: 700;
  }

  /* Steps */
  /* First render: the source list and the notes lie below the steps, mostly out of view; the
     browser lays them out when they come near the viewport (or take focus, or print), not before
     the first paint. The size placeholder is replaced by the real size once seen (auto). Not the
     steps: a step with its warnings counts as shown on screen from the first paint. */
  .source-list,
  .notes {
    content-visibility: auto;
    contain-intrinsic-size: auto 300px;
  }
  @media print {
    .source-list,
    .notes {
      content-visibility: visible;
    }
  }
  .group-title {
    display: flex;
    align-items: baseline;
    gap: 6px;
    border-bottom: 2px solid var(--_border);
    padding-bottom: 1px;
    margin: 10px 0 6px;
    font-size: 0.95em;
  }
  .group-title .count {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.85em;
  }
  .step-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .step {
    flex: 1 1 100%;
    min-width: 0;
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_info);
    border-radius: var(--_radius);
    padding: 5px 10px;
    background: var(--_bg);
  }
  /* Background steps, collapsed, sit side by side as short title lines. */
  .step.kind-info:not(.open) {
    flex: 0 1 auto;
  }
  .step.indicator-warning {
    border-left-color: var(--_warning);
  }
  .step.indicator-critical {
    border-color: var(--_critical);
    border-left-width: 8px;
  }
  .step.mandatory {
    border: 3px solid var(--_critical);
    border-left-width: 12px;
    background: var(--_critical-bg);
  }
  .step:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .step-head {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-right: 6px;
  }
  .step-toggle {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    cursor: pointer;
    font: inherit;
    font-weight: 700;
    color: inherit;
    border-radius: 4px;
  }
  .step-toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .step-title::after {
    content: ' ▸';
    color: var(--_muted);
  }
  .step-toggle[aria-expanded='true'] .step-title::after {
    content: ' ▾';
  }
  .step-doses {
    display: block;
    font-weight: 600;
    color: var(--_accent);
    font-size: 0.95em;
  }
  .step.kind-info {
    border-left-color: var(--_border);
  }
  .step.kind-info .step-title {
    font-weight: 600;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    line-height: 1.4;
    padding: 1px 8px;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .badge-critical {
    color: var(--_critical);
    background: var(--_critical-bg);
  }
  .badge-warning {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .badge-info {
    color: var(--_muted);
    background: var(--_surface);
  }
  .badge-action {
    color: var(--_info);
    background: var(--_info-bg);
  }
  .badge-mandatory {
    color: var(--_bg);
    background: var(--_critical);
    border-color: var(--_critical);
  }
  .step-heading {
    margin: 0;
    font-size: 1em;
  }
  .step-text {
    margin: 2px 0 6px;
  }
  .dose {
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 6px 10px;
    margin: 6px 0;
  }
  .dose p {
    margin: 2px 0;
  }
  .dose-label {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .dose-text {
    font-size: 1.05em;
  }
  .basis {
    margin: 2px 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .dose-notes {
    margin: 4px 0;
    font-size: 0.95em;
  }
  .dose-notes > summary {
    color: var(--_muted);
    min-height: 28px;
  }
  .dose-missing {
    color: var(--_critical);
    font-weight: 600;
    margin: 6px 0;
  }
  .dose-hint {
    margin: 4px 0;
  }
  .why {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 4px 0;
  }
  .why-label {
    font-weight: 700;
  }
  .why ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .why li {
    display: inline;
  }
  .why li + li::before {
    content: '; ';
  }

  /* Citation marks and the source list */
  .marks {
    font-size: 0.85em;
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .marks-label {
    font-weight: 700;
    margin-right: 2px;
  }
  .mark {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    white-space: nowrap;
    text-underline-offset: 2px;
  }
  .source-list li {
    border-radius: var(--_radius);
    padding: 2px 4px;
  }
  .source-entry.is-target {
    background: var(--_warning-bg);
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  .source-entry:focus {
    outline: 3px solid var(--_focus);
  }
  .back-link {
    min-height: 32px;
    padding: 2px 10px;
    margin-top: 4px;
    font-size: 0.9em;
  }

  /* Notes, actions */
  .notes {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 6px 12px;
    margin: var(--_space) 0;
  }
  .notes > summary {
    font-weight: 700;
    min-height: 32px;
    display: list-item;
  }
  .note-item h4 {
    margin-bottom: 2px;
  }
  .copy-status {
    align-self: center;
    color: var(--_muted);
  }
  .note-box {
    display: grid;
    gap: 4px;
    margin-bottom: var(--_space);
  }
  .about > summary {
    min-height: 32px;
  }

  @media print {
    details::details-content {
      content-visibility: visible;
    }
    .result-grid {
      display: block;
    }
    .step,
    .glance,
    .dose {
      break-inside: avoid;
      background: none;
    }
    .step.mandatory,
    .glance {
      border-color: #000;
    }
    .step-title::after,
    .pointer-slot,
    .map-toggle {
      display: none !important;
    }
    .step-body[hidden],
    #source-entries[hidden] {
      display: block !important;
    }
    .badge {
      color: #000;
      background: none;
      border-color: #000;
    }
    .badge-mandatory {
      border-width: 2px;
    }
    .dose-hint,
    .back-link,
    .skip-link,
    .notes {
      display: none !important;
    }
    .source-entry.is-target {
      outline: none;
      background: none;
    }
    .mark {
      color: #000;
      text-decoration: none;
    }
  }
`;
