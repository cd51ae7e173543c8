/**
 * The calculator's form: real, labelled native controls whose `name` is the attribute name and
 * whose values are the core's values. Each control points at its hint and error with
 * aria-describedby and carries aria-invalid="true" while its value is rejected.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  DRUG_IDS,
  IVIG_DOSING_WEIGHTS,
  LABELS,
  LIMITS,
  SEXES,
  TPMT_STATUSES,
  WEEKDAYS,
  WEIGHT_UNITS,
  type DrugId,
} from '../../content/inputs.js';
import type { RecordUse } from '../shared/fhir-controller.js';
import { provenanceId, renderProvenance } from '../shared/record-view.js';
import type { ControlName } from './fields.js';
import { WEIGHT_WARNING_ID } from './render-results.js';
import { DC } from './strings.js';
import { formFlag } from '../shared/form-flag.js';

/** What the form shows. A choice is `undefined` when the value given was not accepted. */
export interface FormView {
  weightText: string;
  weightUnit: string | undefined;
  /**
   * The weight in both units under the weight row ("70 kg (154.3 lb)", or the conversion of a
   * weight in pounds, "154 lb = 69.85 kg"); empty without a valid weight (its line stays, so
   * nothing below moves when it appears).
   */
  bothUnits: string;
  /** The confirmation box is shown: the weight is in the confirmation tier (or the box has an error). */
  confirmShown: boolean;
  weightConfirmed: boolean;
  /** Pounds are accepted (the institution may refuse them: units.allowPounds). */
  allowPounds: boolean;
  heightText: string;
  ageText: string;
  sex: string | undefined;
  ivigDays: string | undefined;
  ivigDosingWeight: string | undefined;
  tpmt: string | undefined;
  startDate: string;
  methotrexateDay: string | undefined;
  drugs: ReadonlySet<DrugId>;
  errors: ReadonlyMap<ControlName, string>;
  /** On a narrow screen, the details under "More details" are shown (always shown on a wide one). */
  moreOpen: boolean;
  /** By control: the value the patient record gave for it (its provenance is shown beside it). */
  provenance: ReadonlyMap<ControlName, RecordUse>;
  /** The weight in use is a stale weight from the record: it cannot be confirmed. */
  staleWeight: boolean;
  /** The configured age beyond which a record weight is stale. */
  maxAgeDays: number;
}

export interface FormHandlers {
  /** Bound to `input` and `change` of every control (directly, so events that do not bubble count too). */
  onEdit: (e: Event) => void;
  /** Opens or closes "More details" (narrow screens). */
  toggleMore: () => void;
}

export const MORE_IDS = 'more-patient more-treatment';

const errorId = (name: ControlName) => `${name}-error`;
const hintId = (name: ControlName) => `${name}-hint`;
const controlId = (name: ControlName, value?: string) => (value === undefined ? `f-${name}` : `f-${name}-${value}`);

function describedBy(v: FormView, name: ControlName, ...extra: (string | false | undefined)[]): string | typeof nothing {
  const ids = [v.errors.has(name) && errorId(name), ...extra, v.provenance.has(name) && provenanceId(name)].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

const invalid = (v: FormView, name: ControlName) => (v.errors.has(name) ? 'true' : nothing);

function fieldError(v: FormView, name: ControlName) {
  const message = v.errors.get(name);
  return message
    ? html`<p class="field-error" id=${errorId(name)} part="field-error">${message}</p>`
    : nothing;
}

/** Where the control's value came from, when the patient record gave one. */
const provenance = (v: FormView, name: ControlName) => renderProvenance(v.provenance.get(name), provenanceId(name), v.maxAgeDays);

function hint(name: ControlName, text: string) {
  return html`<p class="hint" id=${hintId(name)}>${text}</p>`;
}

function textField(
  v: FormView,
  h: FormHandlers,
  name: ControlName,
  label: string,
  value: string,
  hintText: string,
  mode: 'decimal' | 'numeric' = 'decimal',
) {
  return html`<div class="field" part="field" data-field=${name}>
    <label for=${controlId(name)}>${label}</label>
    <input
      id=${controlId(name)}
      name=${name}
      @input=${h.onEdit}
      @change=${h.onEdit}
      type="text"
      inputmode=${mode}
      autocomplete="off"
      spellcheck="false"
      .value=${live(value)}
      aria-invalid=${invalid(v, name)}
      aria-describedby=${describedBy(v, name, hintId(name))}
    />
    ${fieldError(v, name)} ${hint(name, hintText)} ${provenance(v, name)}
  </div>`;
}

/**
 * The weight: its box, and under it one cell that holds the hint, or the weight's error, or (when
 * the weight must be confirmed) the confirmation box, each in the others' place. They are laid
 * out in that one cell (those not in use invisible, with the longest weight error as an invisible
 * copy), so it keeps its height and nothing below moves while a weight is typed digit by digit,
 * crosses the tier, or is confirmed.
 */
function weightField(v: FormView, h: FormHandlers) {
  const name: ControlName = 'weight';
  const confirm: ControlName = 'weight-confirmed';
  const error = v.errors.get(name);
  const confirmActive = v.confirmShown && !error;
  return html`<div class="field field-weight" part="field" data-field=${name}>
    <label for=${controlId(name)}>${DC.weight}</label>
    <input
      id=${controlId(name)}
      name=${name}
      @input=${h.onEdit}
      @change=${h.onEdit}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      .value=${live(v.weightText)}
      aria-invalid=${invalid(v, name)}
      aria-describedby=${describedBy(v, name, !confirmActive && !error && hintId(name), v.bothUnits && BOTH_UNITS_ID)}
    />
    <div class="weight-after">
      <p class=${`hint${confirmActive || error ? ' inactive' : ''}`} id=${hintId(name)}>${v.allowPounds ? DC.weightHint : DC.weightHintKgOnly}</p>
      <p class="field-error inactive" aria-hidden="true">${DC.weightErrorSizer}</p>
      ${fieldError(v, name)}
      <div class=${`confirm${confirmActive ? '' : ' inactive'}`} part="field confirm" data-field=${confirm}>
        <label class="confirm-label"
          ><input
            type="checkbox"
            id=${controlId(confirm)}
            name=${confirm}
            @input=${h.onEdit}
            @change=${h.onEdit}
            .checked=${formFlag(v.weightConfirmed, 'live')}
            ?disabled=${!confirmActive || v.staleWeight}
            aria-invalid=${invalid(v, confirm)}
            aria-describedby=${describedBy(v, confirm, confirmActive && WEIGHT_WARNING_ID, v.staleWeight && provenanceId(name))}
          />${DC.weightConfirmed}</label
        >
        ${fieldError(v, confirm)}
      </div>
    </div>
    ${provenance(v, name)}
  </div>`;
}

const BOTH_UNITS_ID = 'weight-conversion';

function radioGroup(
  v: FormView,
  h: FormHandlers,
  name: ControlName,
  legend: string,
  values: readonly string[],
  labels: Record<string, string>,
  current: string | undefined,
  hintText?: string,
) {
  return html`<fieldset class="field radio-group" part="field" data-field=${name}>
    <legend>${legend}</legend>
    <div class="options">
      ${values.map(
        (value) => html`<label
          ><input
            type="radio"
            id=${controlId(name, value)}
            name=${name}
            @input=${h.onEdit}
            @change=${h.onEdit}
            value=${value}
            .checked=${formFlag(current === value, 'live')}
            aria-invalid=${invalid(v, name)}
            aria-describedby=${describedBy(v, name, hintText && hintId(name))}
          />${labels[value]}</label
        >`,
      )}
    </div>
    ${fieldError(v, name)} ${hintText ? hint(name, hintText) : nothing}
  </fieldset>`;
}

function select(
  v: FormView,
  h: FormHandlers,
  name: ControlName,
  label: string,
  options: readonly (readonly [value: string, text: string])[],
  current: string | undefined,
) {
  return html`<div class="field" part="field" data-field=${name}>
    <label for=${controlId(name)}>${label}</label>
    <select
      id=${controlId(name)}
      name=${name}
      @input=${h.onEdit}
      @change=${h.onEdit}
      aria-invalid=${invalid(v, name)}
      aria-describedby=${describedBy(v, name)}
    >
      ${current === undefined ? html`<option value="" disabled .selected=${formFlag(true, 'live')}>${DC.invalidOption}</option>` : nothing}
      ${options.map(([value, text]) => html`<option value=${value} .selected=${formFlag(current === value, 'live')}>${text}</option>`)}
    </select>
    ${fieldError(v, name)} ${provenance(v, name)}
  </div>`;
}

function dateField(v: FormView, h: FormHandlers, name: ControlName, label: string, value: string) {
  return html`<div class="field" part="field" data-field=${name}>
    <label for=${controlId(name)}>${label}</label>
    <input
      id=${controlId(name)}
      name=${name}
      @input=${h.onEdit}
      @change=${h.onEdit}
      type="date"
      autocomplete="off"
      .value=${live(value)}
      aria-invalid=${invalid(v, name)}
      aria-describedby=${describedBy(v, name)}
    />
    ${fieldError(v, name)}
  </div>`;
}

function drugChoices(v: FormView, h: FormHandlers) {
  const name: ControlName = 'drugs';
  return html`<fieldset class="field checkbox-group" part="field" data-field=${name}>
    <legend>${DC.drugs}</legend>
    <div class="options options-stacked">
      ${DRUG_IDS.map(
        (id) => html`<label
          ><input
            type="checkbox"
            id=${controlId(name, id)}
            name=${name}
            @input=${h.onEdit}
            @change=${h.onEdit}
            value=${id}
            .checked=${formFlag(v.drugs.has(id), 'live')}
            aria-invalid=${invalid(v, name)}
            aria-describedby=${describedBy(v, name)}
          />${LABELS.drug[id]}</label
        >`,
      )}
    </div>
    ${fieldError(v, name)}
  </fieldset>`;
}

const pairs = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => [value, labels[value]] as const);

function ivigDayOptions() {
  const out: (readonly [string, string])[] = [];
  for (let n = LIMITS.ivigDays.min; n <= LIMITS.ivigDays.max; n++) out.push([String(n), DC.ivigDaysOption(n)]);
  return out;
}

/** On a narrow screen the form shows the weight first and the rest under "More details". */
function moreToggle(v: FormView, h: FormHandlers) {
  return html`<button type="button" class="more-toggle" aria-expanded=${v.moreOpen ? 'true' : 'false'} aria-controls=${MORE_IDS} @click=${h.toggleMore}>
    <span class="more-mark" aria-hidden="true">${v.moreOpen ? '▾' : '▸'}</span> ${DC.moreDetails}
  </button>`;
}

export function renderForm(v: FormView, h: FormHandlers): TemplateResult {
  const more = v.moreOpen ? 'more' : 'more collapsed';
  return html`<form
    class="form"
    part="form"
    aria-label=${DC.formLabel}
    autocomplete="off"
    novalidate
    @submit=${(e: Event) => e.preventDefault()}
  >
    <fieldset class="group">
      <legend>${DC.patient}</legend>
      <div class="weight-row">
        ${weightField(v, h)} ${radioGroup(v, h, 'weight-unit', DC.unit, WEIGHT_UNITS, LABELS.weightUnit, v.weightUnit)}
      </div>
      <p class="conversion" id=${BOTH_UNITS_ID} part="conversion"><output>${v.bothUnits}</output></p>
      ${moreToggle(v, h)}
      <div class=${more} id="more-patient">
        ${textField(v, h, 'height-cm', DC.heightCm, v.heightText, DC.heightHint)}
        ${select(v, h, 'sex', DC.sex, [['', DC.sexNone], ...pairs(SEXES, LABELS.sex)], v.sex)}
        ${textField(v, h, 'age', DC.age, v.ageText, DC.ageHint, 'numeric')}
      </div>
    </fieldset>
    <div class=${more} id="more-treatment">
      <fieldset class="group">
        <legend>${DC.options}</legend>
        ${select(v, h, 'ivig-days', DC.ivigDays, ivigDayOptions(), v.ivigDays)}
        ${radioGroup(
          v,
          h,
          'ivig-dosing-weight',
          DC.ivigDosingWeight,
          IVIG_DOSING_WEIGHTS,
          LABELS.ivigDosingWeight,
          v.ivigDosingWeight,
          DC.ivigDosingWeightHint,
        )}
        ${select(v, h, 'tpmt', DC.tpmt, pairs(TPMT_STATUSES, DC.tpmtOptions), v.tpmt)}
        ${dateField(v, h, 'start-date', DC.startDate, v.startDate)}
        ${select(v, h, 'methotrexate-day', DC.methotrexateDay, [['', DC.methotrexateDayNone], ...pairs(WEEKDAYS, LABELS.weekday)], v.methotrexateDay)}
      </fieldset>
      ${drugChoices(v, h)}
    </div>
  </form>`;
}
