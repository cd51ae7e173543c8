/**
 * The glucocorticoid taper plan (the core's planTaper): a small form (start date, weight and its
 * unit, and the weight check when the core asks for it), then a table of date ranges and doses,
 * what follows ("by response"), how it was worked out, its notices and sources.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { WEIGHT_UNITS } from '../../content/inputs.js';
import { formatDate, isCalendarDate } from '../../core/dates.js';
import { formatAmount } from '../../core/format.js';
import { renderNotices } from '../shared/notices.js';
import type { MonitorView } from './monitor-view.js';
import { renderMarks } from './render-results.js';
import { MON } from './strings.js';
import { controlId, errorId } from './visit-fields.js';
import type { SourceId } from '../../content/sources.js';
import { formFlag } from '../shared/form-flag.js';

export interface TaperValues {
  start: string;
  weight: string;
  /** The unit selected, or undefined when the value given is not accepted. */
  unit: string | undefined;
  confirmed: boolean;
}

const mg = (v: number) => formatAmount({ min: v, max: v, unit: 'mg' });

/** What the taper form shows: the text typed while it is typed, else the values given (a rejected unit: none selected). */
export function taperValues(
  raw: { taperStart?: unknown; weight?: unknown; weightUnit?: unknown; weightConfirmed?: unknown },
  typed: ReadonlyMap<string, string>,
): TaperValues {
  const start = typeof raw.taperStart === 'string' && isCalendarDate(raw.taperStart.trim()) ? raw.taperStart.trim() : '';
  const unit = raw.weightUnit === undefined || raw.weightUnit === null ? 'kg' : String(raw.weightUnit).trim();
  return {
    start: typed.get('taper-start') ?? start,
    weight: typed.get('weight') ?? (typeof raw.weight === 'number' || typeof raw.weight === 'string' ? String(raw.weight) : ''),
    unit: (WEIGHT_UNITS as readonly string[]).includes(unit) ? unit : undefined,
    confirmed: raw.weightConfirmed === true,
  };
}

function field(view: MonitorView, name: string, label: string, control: unknown) {
  const message = view.taper.errors.byControl.get(name);
  return html`<div class="field" data-field=${name}>
    <label for=${controlId(name)}>${label}</label>
    ${control} ${message ? html`<p class="field-error" id=${errorId(name)} part="field-error">${message}</p>` : nothing}
  </div>`;
}

const invalid = (view: MonitorView, name: string) => (view.taper.errors.byControl.has(name) ? 'true' : nothing);
const described = (view: MonitorView, name: string) => (view.taper.errors.byControl.has(name) ? errorId(name) : nothing);

function form(view: MonitorView, v: TaperValues, onEdit: (e: Event) => void) {
  return html`<div class="taper-form" part="taper-form">
    ${field(
      view,
      'taper-start',
      MON.taperStart,
      html`<input id=${controlId('taper-start')} name="taper-start" type="date" .value=${live(v.start)}
        aria-invalid=${invalid(view, 'taper-start')} aria-describedby=${described(view, 'taper-start')} @input=${onEdit} @change=${onEdit} />`,
    )}
    ${field(
      view,
      'weight',
      MON.taperWeight,
      html`<input id=${controlId('weight')} name="weight" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" .value=${live(v.weight)}
        aria-invalid=${invalid(view, 'weight')} aria-describedby=${described(view, 'weight')} @input=${onEdit} @change=${onEdit} />`,
    )}
    ${field(
      view,
      'weight-unit',
      MON.taperUnit,
      html`<select id=${controlId('weight-unit')} name="weight-unit" aria-invalid=${invalid(view, 'weight-unit')} aria-describedby=${described(view, 'weight-unit')} @input=${onEdit} @change=${onEdit}>
        ${v.unit === undefined ? html`<option value="" selected>${MON.invalidOption}</option>` : nothing}
        ${WEIGHT_UNITS.map((u) => html`<option value=${u} ?selected=${v.unit === u}>${u}</option>`)}
      </select>`,
    )}
    ${view.taper.askConfirm
      ? html`<div class="field confirm" data-field="weight-confirmed">
          <label
            ><input
              type="checkbox"
              id=${controlId('weight-confirmed')}
              name="weight-confirmed"
              .checked=${formFlag(v.confirmed, 'live')}
              aria-invalid=${invalid(view, 'weight-confirmed')}
              aria-describedby=${described(view, 'weight-confirmed')}
              @input=${onEdit}
              @change=${onEdit}
            />${MON.taperConfirm}</label
          >
          ${view.taper.errors.byControl.get('weight-confirmed')
            ? html`<p class="field-error" id=${errorId('weight-confirmed')} part="field-error">${view.taper.errors.byControl.get('weight-confirmed')}</p>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}

function plan(view: MonitorView, sources: readonly SourceId[]) {
  const r = view.taper.result;
  if (!r) return html`<p class="hint">${MON.taperPrompt}</p>`;
  if (!r.ok) {
    const unplaced = view.taper.errors.all.filter((e) => !e.control);
    return html`<p class="prompt">${MON.taperInvalid}</p>
      ${unplaced.length ? html`<ul class="taper-errors" part="field-error">${unplaced.map((e) => html`<li>${e.message}</li>`)}</ul>` : nothing}`;
  }
  return html`${r.weightText ? html`<p>${MON.taperWeight}: ${r.weightText}</p>` : nothing} ${renderNotices(r.warnings)}
    <table class="taper-table" part="taper-table">
      <caption>
        ${MON.taperHeading} ${renderMarks(r.citations, sources)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${MON.taperFrom}</th>
          <th scope="col">${MON.taperTo}</th>
          <th scope="col">${MON.taperDose}</th>
        </tr>
      </thead>
      <tbody>
        ${r.steps.map(
          (s) => html`<tr data-from=${s.from}>
            <td>${formatDate(s.from)}</td>
            <td>${s.to ? formatDate(s.to) : MON.taperOpen}</td>
            <td class="num">${mg(s.mgPerDay)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="taper-then"><strong>${MON.taperThen}:</strong> ${r.then}</p>
    <details class="basis" part="taper-basis">
      <summary>${MON.taperBasis}</summary>
      <ul>
        ${r.basis.map((b) => html`<li>${b}</li>`)}
      </ul>
    </details>`;
}

export function renderTaper(view: MonitorView, values: TaperValues, onEdit: (e: Event) => void, sources: readonly SourceId[]) {
  return html`<section class="taper-section" id="mon-taper" part="taper" aria-labelledby="mon-taper-title">
    <h3 id="mon-taper-title">${MON.taperHeading}</h3>
    <form class="taper-inputs" aria-labelledby="mon-taper-title" @submit=${(e: Event) => e.preventDefault()}>${form(view, values, onEdit)}</form>
    <div class="taper-plan">${plan(view, sources)}</div>
  </section>`;
}
