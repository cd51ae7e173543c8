/**
 * The inputs: the MMT-8 scale, the editable visit table (one row per visit, its blood tests in an
 * expandable row below it), "Add a visit", and the drugs form. Real, labelled native controls; a
 * control's `name` says what it edits (`visits[2].ck`, `drugs.methotrexate.started`, `mmt-max`),
 * and a rejected value is flagged at its cell (aria-invalid, the message in its description).
 * Values from the patient record say so beside them.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { LAB_FIELDS, MMT_MAXIMA, VISIT_LIMITS } from '../../content/follow-up-rules.js';
import { formatShortDate, isCalendarDate } from '../../core/dates.js';
import { formatNumber } from '../../core/format.js';
import { ownValue } from '../../core/own.js';
import { renderNotices } from '../shared/notices.js';
import type { MonitorView } from './monitor-view.js';
import { provenanceDate, sourceKey } from './record.js';
import { MON } from './strings.js';
import {
  bloodsEntered,
  cellText,
  controlId,
  drugControl,
  drugFieldLabel,
  DRUG_FIELDS,
  errorId,
  fieldLabel,
  MAIN_FIELDS,
  typedMatches,
  visitControl,
  visitName,
  type DrugField,
  type VisitField,
} from './visit-fields.js';
import { TABLE_ID } from './glance-lines.js';

export interface TableHandlers {
  /** Bound to `input` and `change` of every control. */
  onEdit: (e: Event) => void;
  add: () => void;
  remove: (row: number) => void;
  toggleBloods: (row: number) => void;
}

export interface TableState {
  /** What the user typed into each box (kept while it still stands for the value). */
  typed: ReadonlyMap<string, string>;
  bloodsOpen: ReadonlySet<number>;
}

const unitOf = (field: VisitField, mmtMax: number) =>
  field === 'mmt8' ? MON.mmtUnit(mmtMax) : field === 'date' ? '' : (MON.units[field] ?? VISIT_LIMITS[field as keyof typeof VISIT_LIMITS]?.unit ?? '');

/** A cell's text: what the user typed while it still means the value, else the value as given. */
function textFor(state: TableState, name: string, field: VisitField | DrugField, value: unknown): string {
  const typed = state.typed.get(name);
  return typed !== undefined && typedMatches(field, typed, value) ? typed : cellText(value);
}

const describedBy = (...ids: (string | false | undefined)[]) => {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : nothing;
};

function fieldError(view: MonitorView, name: string) {
  const message = view.errors.byControl.get(name);
  return message ? html`<p class="field-error" id=${errorId(name)} part="field-error">${message}</p>` : nothing;
}

/** Where a record value came from, or that it was changed here. */
function provenance(view: MonitorView, row: number, field: VisitField) {
  const source = view.sources.get(sourceKey(row, field));
  if (!source) return nothing;
  const date = provenanceDate(source.record.provenance);
  const text = source.changed ? MON.changedFromRecord(`${formatNumber(source.record.value)} U/L`, date) : MON.fromRecord(date);
  return html`<p class=${source.changed ? 'prov prov-changed' : 'prov'} id=${`${controlId(visitControl(row, field))}-prov`} part="provenance">${text}</p>`;
}

function cell(view: MonitorView, state: TableState, h: TableHandlers, visit: unknown, row: number, field: VisitField, label: string) {
  const name = visitControl(row, field);
  const id = controlId(name);
  const error = view.errors.byControl.has(name);
  const prov = view.sources.has(sourceKey(row, field)) ? `${id}-prov` : undefined;
  const input = html`<input
    id=${id}
    name=${name}
    type=${field === 'date' ? 'date' : 'text'}
    inputmode=${field === 'date' ? nothing : 'decimal'}
    autocomplete="off"
    spellcheck="false"
    class=${field === 'date' ? 'cell-date' : 'cell-number'}
    .value=${live(textFor(state, name, field, ownValue(visit, field)))}
    aria-label=${label}
    aria-invalid=${error ? 'true' : nothing}
    aria-describedby=${describedBy(error && errorId(name), prov)}
    @input=${h.onEdit}
    @change=${h.onEdit}
  />${fieldError(view, name)}${field === 'ck' || field === 'ckUln' ? provenance(view, row, field) : nothing}`;
  return field === 'date'
    ? html`<th scope="row" class="cell" data-field=${field}>${input}</th>`
    : html`<td class="cell" data-field=${field}>${input}</td>`;
}

function bloodsRow(view: MonitorView, state: TableState, h: TableHandlers, visit: unknown, row: number, name: string, open: boolean) {
  return html`<tr class="bloods-row" id=${`mon-bloods-${row}`} ?hidden=${!open} data-bloods-row=${row}>
    <td colspan=${MAIN_FIELDS.length + 2}>
      <fieldset class="bloods" part="bloods">
        <legend>${MON.bloodsLegend(name)}</legend>
        <div class="bloods-grid">
          ${LAB_FIELDS.map((field) => {
            const control = visitControl(row, field);
            const id = controlId(control);
            const error = view.errors.byControl.has(control);
            const unit = VISIT_LIMITS[field].unit;
            return html`<div class="blood-field" data-field=${field}>
              <label for=${id}>${fieldLabel(field)} <span class="unit">(${unit})</span></label>
              <input
                id=${id}
                name=${control}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                class="cell-number"
                .value=${live(textFor(state, control, field, ownValue(visit, field)))}
                aria-invalid=${error ? 'true' : nothing}
                aria-describedby=${describedBy(error && errorId(control))}
                @input=${h.onEdit}
                @change=${h.onEdit}
              />${fieldError(view, control)}
            </div>`;
          })}
        </div>
      </fieldset>
    </td>
  </tr>`;
}

function visitRows(view: MonitorView, state: TableState, h: TableHandlers, visits: readonly unknown[]) {
  return visits.map((visit, row) => {
    const name = visitName(visit, row);
    const hasBloodError = LAB_FIELDS.some((f) => view.errors.byControl.has(visitControl(row, f)));
    const open = state.bloodsOpen.has(row) || hasBloodError;
    const count = bloodsEntered(visit);
    return html`<tr class="visit-row" data-row=${row}>
        ${MAIN_FIELDS.map((field) => {
          const unit = unitOf(field, view.mmtMax);
          const label = field === 'date' ? `${fieldLabel('date')}, ${MON.rowWord} ${row + 1}` : `${fieldLabel(field)}${unit ? ` (${unit})` : ''}, ${MON.visitOfName(name)}`;
          return cell(view, state, h, visit, row, field, label);
        })}
        <td class="cell cell-action">
          <button
            type="button"
            class="bloods-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`mon-bloods-${row}`}
            ?disabled=${hasBloodError}
            @click=${() => h.toggleBloods(row)}
          >
            ${MON.bloods} <span class="count">(${count})</span><span class="visually-hidden"> ${MON.bloodsEntered}, ${MON.visitOfName(name)}</span>
          </button>
        </td>
        <td class="cell cell-action">
          <button type="button" class="remove" data-remove=${row} @click=${() => h.remove(row)}>
            ${MON.remove}<span class="visually-hidden"> ${MON.visitOfName(name)}</span>
          </button>
        </td>
      </tr>
      ${bloodsRow(view, state, h, visit, row, name, open)}`;
  });
}

export function renderVisitTable(view: MonitorView, state: TableState, h: TableHandlers) {
  const visits = view.visits ?? [];
  const uln = view.resolution.config.ckUlnUL;
  return html`<h3 class="visits-title" id="mon-visits-title">${MON.visitsCaption}</h3>
    <div class="table-scroll" part="visit-table">
      <table class="visits" id=${TABLE_ID} aria-labelledby="mon-visits-title">
        <thead>
          <tr>
            ${MAIN_FIELDS.map((field) => {
              const unit = unitOf(field, view.mmtMax);
              return html`<th scope="col" data-col=${field}>${MON.columns[field]}${unit ? html`<span class="unit">${unit}</span>` : nothing}</th>`;
            })}
            <th scope="col">${MON.bloods}</th>
            <th scope="col"><span class="visually-hidden">${MON.remove}</span></th>
          </tr>
        </thead>
        <tbody>
          ${visits.length
            ? visitRows(view, state, h, visits)
            : html`<tr>
                <td colspan=${MAIN_FIELDS.length + 2} class="empty">${MON.noVisits}</td>
              </tr>`}
        </tbody>
      </table>
    </div>
    <div class="table-actions">
      <button type="button" class="add-visit" part="add-visit" @click=${h.add}>${MON.addVisit}</button>
      <p class="hint">${uln !== undefined ? MON.ulnDefault(formatNumber(uln), view.resolution.config.local.includes('ckUlnUL')) : MON.ulnRequired}</p>
    </div>`;
}

export function renderScale(view: MonitorView, h: TableHandlers) {
  const name = 'mmt-max';
  const error = view.errors.byControl.has(name);
  return html`<div class="field scale" data-field=${name}>
    <label for=${controlId(name)}>${MON.mmtScale}</label>
    <select
      id=${controlId(name)}
      name=${name}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(error && errorId(name))}
      @input=${h.onEdit}
      @change=${h.onEdit}
    >
      ${view.mmtChoice === undefined ? html`<option value="" selected>${MON.invalidOption}</option>` : nothing}
      ${MMT_MAXIMA.map((m) => html`<option value=${String(m)} ?selected=${view.mmtChoice === String(m)}>${MON.mmtOption[m]}</option>`)}
    </select>
    ${fieldError(view, name)}
  </div>`;
}

/** "methotrexate from 16 Feb 2026 (dose increased 2 Mar 2026)" for the toggle, or "none listed". */
function drugSummary(view: MonitorView): string {
  const words = (text: string) => (isCalendarDate(text) ? formatShortDate(text) : text);
  const listed = view.drugRows.filter((d) => d.started || d.lastIncrease);
  if (!listed.length) return MON.drugsNone;
  return listed
    .map((d) => `${d.label.toLowerCase()}${d.started ? ` ${MON.drugFrom} ${words(d.started)}` : ''}${d.lastIncrease ? ` (${MON.drugIncreasedOn} ${words(d.lastIncrease)})` : ''}`)
    .join('; ');
}

/** The drugs the blood tests follow: one line that opens a small table of dates (open while a date is rejected). */
export function renderDrugs(view: MonitorView, state: TableState, h: TableHandlers, open: boolean, toggle: () => void) {
  const hasError = view.drugRows.some((d) => DRUG_FIELDS.some((f) => view.errors.byControl.has(drugControl(d.drug, f))));
  const shown = open || hasError;
  return html`<div class="drugs" part="drugs">
    <button type="button" class="drugs-toggle" aria-expanded=${shown ? 'true' : 'false'} aria-controls="mon-drugs" ?disabled=${hasError} @click=${toggle}>
      ${MON.drugsLegend}: <span class="drugs-summary">${drugSummary(view)}</span>
    </button>
    <div id="mon-drugs" ?hidden=${!shown}>
      <table class="drugs-table">
        <caption class="hint">${MON.drugsHint}</caption>
        <thead>
          <tr>
            <th scope="col">${MON.drugColumn}</th>
            <th scope="col">${MON.drugStarted}</th>
            <th scope="col">${MON.drugIncreased}</th>
          </tr>
        </thead>
        <tbody>
          ${view.drugRows.map(
            (d) => html`<tr data-drug-row=${d.drug}>
              <th scope="row">${d.label}</th>
              ${DRUG_FIELDS.map((field) => {
                const name = drugControl(d.drug, field);
                const error = view.errors.byControl.has(name);
                return html`<td>
                  <input
                    id=${controlId(name)}
                    name=${name}
                    type="date"
                    .value=${live(textFor(state, name, field, d[field]))}
                    aria-label=${drugFieldLabel(d.drug, field)}
                    aria-invalid=${error ? 'true' : nothing}
                    aria-describedby=${describedBy(error && errorId(name))}
                    @input=${h.onEdit}
                    @change=${h.onEdit}
                  />${fieldError(view, name)}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

/** The record's own notices (conflicts, unreadable resources) and why it could not be used. */
export function renderRecord(view: MonitorView) {
  const r = view.record;
  if (!r) return nothing;
  if (!r.ok) {
    return html`<div class="record-error notice notice-warning" role="alert" part="record">
      <strong>${MON.recordUnusable}</strong> ${r.errors.map((e) => e.message).join(' ')}
    </div>`;
  }
  if (!r.warnings.length) return nothing;
  return html`<section class="record" part="record" aria-labelledby="mon-record-title">
    <h3 id="mon-record-title">${MON.recordNotices}</h3>
    ${renderNotices(r.warnings)}
  </section>`;
}
