/**
 * Layout of <nam-monitor> on top of the shared base styles. Sizes in px and em only; colours from
 * the --nam-* tokens (private --_* locals in base.styles.ts), the chart's series from
 * --nam-chart-* with fallbacks. The visit table scrolls inside its own box (both ways) so a long
 * history never pushes the assessment far down; the chart scrolls sideways below 11 px text.
 */
import { css } from 'lit';

export const monitorStyles = css`
  :host {
    color-scheme: light !important;
    --_ck: var(--nam-chart-ck, #0b5cad);
    --_mmt: var(--nam-chart-mmt, #1b6e35);
    --_pred: var(--nam-chart-prednisone, #8a4b00);
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
    --_ck: var(--nam-chart-ck, #8ab4f8);
    --_mmt: var(--nam-chart-mmt, #7ed69a);
    --_pred: var(--nam-chart-prednisone, #ffc266);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark !important;
      --_ck: var(--nam-chart-ck, #8ab4f8);
      --_mmt: var(--nam-chart-mmt, #7ed69a);
      --_pred: var(--nam-chart-prednisone, #ffc266);
    }
  }
  [hidden] {
    display: none !important;
  }
  /* An atomic inline box: a host page's underline on an ancestor does not reach inside. */
  .wrap {
    container-type: inline-size;
    display: inline-block;
    vertical-align: top;
    width: 100%;
  }
  .header h2 {
    margin-top: 0;
  }
  .subtitle,
  .hint,
  .muted {
    color: var(--_muted);
  }
  .subtitle {
    margin-top: 0;
  }
  .form {
    margin: 0 0 var(--_space);
  }
  .scale {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
  }

  /* The visit table */
  .table-scroll {
    /* The containing block of the visually hidden words inside: without it they would sit
       outside the box and widen the page. */
    position: relative;
    overflow: auto;
    max-height: 30em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
  }
  table.visits {
    min-width: 100%;
  }
  .visits-title {
    margin: 8px 0 4px;
  }
  .visits th,
  .visits td {
    padding: 4px 6px;
    vertical-align: top;
    text-align: start;
    border-bottom: 1px solid var(--_border);
  }
  .visits thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
    font-size: 0.9em;
    line-height: 1.2;
    vertical-align: bottom;
  }
  .visits tbody th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_bg);
    font-weight: 400;
  }
  .unit {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .blood-field .unit {
    display: inline;
  }
  .visits input.cell-number {
    width: 4.6em;
    min-height: 36px;
    padding: 4px 6px;
  }
  .visits input.cell-date {
    width: 9.6em;
    min-height: 36px;
    padding: 4px 6px;
  }
  .visits .field-error,
  .prov {
    font-size: 0.85em;
    min-width: 10em;
    max-width: 14em;
    margin: 2px 0 0;
  }
  .prov {
    color: var(--_muted);
  }
  .prov-changed {
    color: var(--_warning);
    font-weight: 600;
  }
  .cell-action button {
    min-height: 36px;
    padding: 4px 10px;
    white-space: nowrap;
  }
  .bloods-toggle .count {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .bloods-row > td {
    background: var(--_surface);
  }
  /* The row below a visit spans the whole table, which may be wider than its box: its fields stay
     within the visible width and in view while the table scrolls sideways. */
  .bloods {
    margin: 0;
    background: var(--_bg);
    position: sticky;
    left: 6px;
    max-width: calc(100cqi - 16px);
  }
  .bloods-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 8px 12px;
  }
  .blood-field label {
    display: block;
    margin: 0 0 2px;
    font-weight: 600;
  }
  .empty {
    color: var(--_muted);
    padding: 12px 8px;
  }
  .table-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 6px 16px;
    margin: 8px 0 var(--_space);
  }
  .table-actions .hint {
    flex: 1 1 20em;
  }
  .add-visit {
    font-weight: 600;
  }
  .drugs {
    margin: 0 0 var(--_space);
  }
  .drugs-toggle {
    width: 100%;
    text-align: start;
    font-weight: 600;
  }
  .drugs-toggle::before {
    content: '▸ ';
    content: '▸ ' / '';
  }
  .drugs-toggle[aria-expanded='true']::before {
    content: '▾ ';
    content: '▾ ' / '';
  }
  .drugs-summary {
    font-weight: 400;
  }
  .drugs-table {
    margin-top: 6px;
  }
  .drugs-table caption {
    text-align: start;
    padding-bottom: 4px;
  }
  .drugs-table th,
  .drugs-table td {
    text-align: start;
    padding: 2px 8px 2px 0;
    vertical-align: top;
  }
  .drugs-table input {
    max-width: 11em;
  }
  /* On a narrow widget the table box is shorter, so the assessment starts near the top. */
  @container (max-width: 600px) {
    .table-scroll {
      max-height: 15em;
    }
  }
  .record {
    margin: 0 0 var(--_space);
  }
  .record-error {
    margin: 0 0 var(--_space);
  }

  /* Between the form and the result: the pointer to a critical notice that appeared out of view. */
  .critical-pointer {
    display: block;
    width: 100%;
    text-align: start;
    margin: 0 0 var(--_space);
    border: 2px solid var(--_critical);
    background: var(--_critical-bg);
    color: var(--_critical);
    font-weight: 700;
  }

  /* The assessment */
  .results {
    margin-top: var(--_space);
  }
  .glance {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 4px var(--_space) 8px;
    background: var(--_surface);
  }
  .glance h3 {
    margin-top: 4px;
  }
  .glance-lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .glance-line {
    padding: 4px 8px;
    border-left: 4px solid transparent;
  }
  .glance-line a {
    color: inherit;
  }
  .glance-result {
    border-left-color: var(--_accent);
    font-weight: 600;
  }
  .glance-critical {
    border: 2px solid var(--_critical);
    border-left-width: 8px;
    background: var(--_critical-bg);
    font-weight: 700;
  }
  .glance-warning {
    border-left-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .glance-info {
    border-left-color: var(--_info);
  }
  .badge {
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.8em;
    letter-spacing: 0.03em;
  }
  .glance-critical .badge,
  .badge-critical {
    color: var(--_critical);
  }
  .badge-warning {
    color: var(--_warning);
  }
  .badge-info {
    color: var(--_info);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .items {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .item {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: 2px 8px 4px;
  }
  .item-critical {
    border-left-color: var(--_critical);
  }
  .item-warning {
    border-left-color: var(--_warning);
  }
  .item-info {
    border-left-color: var(--_info);
  }
  .item-title {
    margin: 0;
    font-size: 1em;
  }
  .item-toggle {
    width: 100%;
    text-align: start;
    background: none;
    border: 0;
    padding: 6px 0;
    font-weight: 600;
  }
  .item-toggle::before {
    content: '▸ ';
    content: '▸ ' / '';
  }
  .item-toggle[aria-expanded='true']::before {
    content: '▾ ';
    content: '▾ ' / '';
  }
  .facts {
    margin: 4px 0;
    padding-left: 1.2em;
  }
  .tis-table,
  .chart-data,
  .taper-table,
  .printed {
    margin: 6px 0;
    font-size: 0.95em;
  }
  .tis-table caption,
  .taper-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  .tis-table th,
  .tis-table td,
  .chart-data th,
  .chart-data td,
  .taper-table th,
  .taper-table td,
  .printed th,
  .printed td {
    border: 1px solid var(--_border);
    padding: 3px 8px;
    text-align: start;
  }
  .num {
    text-align: end !important;
    white-space: nowrap;
  }
  .next {
    font-weight: 700;
  }
  .next.overdue {
    color: var(--_warning);
  }
  .cite {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }

  /* The chart */
  .chart-key {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 4px 0;
    padding: 0;
  }
  .chart-key li::before {
    font-weight: 700;
    margin-right: 4px;
  }
  .key-ck::before {
    content: '●';
    color: var(--_ck);
  }
  .key-mmt8::before {
    content: '■';
    color: var(--_mmt);
  }
  .key-prednisone::before {
    content: '▲';
    color: var(--_pred);
  }
  .chart-readout {
    min-height: 1.5em;
    font-weight: 600;
    margin: 2px 0;
  }
  .chart-scroll {
    overflow-x: auto;
  }
  svg.chart {
    display: block;
    width: 100%;
    /* The words are 12 viewBox units: never drawn below 11 px (a narrower box scrolls sideways). */
    min-width: 367px;
    max-width: 640px;
    height: auto;
  }
  .chart text {
    font-size: 12px;
    fill: var(--_fg);
  }
  .chart .tick {
    fill: var(--_muted);
  }
  .chart .panel {
    fill: none;
    stroke: var(--_border);
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .chart .uln {
    stroke: var(--_muted);
    stroke-dasharray: 6 4;
  }
  .chart .x-tick {
    stroke: var(--_muted);
  }
  .chart .line {
    fill: none;
    stroke-width: 2;
  }
  .chart .line-ck {
    stroke: var(--_ck);
  }
  .chart .line-mmt8 {
    stroke: var(--_mmt);
    stroke-dasharray: 7 4;
  }
  .chart .line-prednisone {
    stroke: var(--_pred);
  }
  .point-ck .marker {
    fill: var(--_ck);
  }
  .point-mmt8 .marker {
    fill: var(--_mmt);
  }
  .point-prednisone .marker {
    fill: var(--_pred);
  }
  .chart .ring {
    fill: transparent;
    stroke: transparent;
    stroke-width: 3;
  }
  .chart .point {
    cursor: default;
  }
  .chart .point:focus {
    outline: none;
  }
  .chart .point:focus-visible .ring,
  .chart .point:focus .ring {
    stroke: var(--_focus);
  }
  .chart-table-toggle {
    margin: 6px 0;
  }

  /* The taper */
  .taper-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    align-items: flex-start;
  }
  .taper-form .field {
    min-width: 9em;
  }
  .taper-form .confirm {
    flex-basis: 100%;
  }
  .taper-form input[name='weight'] {
    width: 7em;
  }
  .taper-inputs {
    margin: 0;
  }

  .sources-toggle {
    font-weight: 700;
  }
  .source-entry.is-target {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error-summary {
    border: 2px solid var(--_critical);
    border-radius: var(--_radius);
    padding: 6px var(--_space);
    margin: 0 0 var(--_space);
  }
  .error-summary-title {
    font-weight: 700;
  }

  @media print {
    .table-scroll {
      max-height: none;
      overflow: visible;
    }
    .glance,
    .glance-critical,
    .glance-warning {
      background: none;
    }
    .item-toggle::before {
      content: '';
    }
  }
`;
