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
import type { ControlName } from './fields.js';
import { DC } from './strings.js';

/** What the form shows. A choice is `undefined` when the value given was not accepted. */
export interface FormView {
  weightText: string;
  weightUnit: string | undefined;
  conversion?: string;
  heightText: string;
  sex: string | undefined;
  ivigDays: string | undefined;
  ivigDosingWeight: string | undefined;
  tpmt: string | undefined;
  startDate: string;
  methotrexateDay: string | undefined;
  drugs: ReadonlySet<DrugId>;
  errors: ReadonlyMap<ControlName, string>;
}

export interface FormHandlers {
  /** Bound to `input` and `change` of every control (directly, so events that do not bubble count too). */
  onEdit: (e: Event) => void;
}

const errorId = (name: ControlName) => `${name}-error`;
const hintId = (name: ControlName) => `${name}-hint`;
const controlId = (name: ControlName, value?: string) => (value === undefined ? `f-${name}` : `f-${name}-${value}`);

function describedBy(v: FormView, name: ControlName, ...extra: (string | false | undefined)[]): string | typeof nothing {
  const ids = [v.errors.has(name) && errorId(name), ...extra].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

const invalid = (v: FormView, name: ControlName) => (v.errors.has(name) ? 'true' : nothing);

function fieldError(v: FormView, name: ControlName) {
  const message = v.errors.get(name);
  return message
    ? html`<p class="field-error" id=${errorId(name)} part="field-error">${message}</p>`
    : nothing;
}

function hint(name: ControlName, text: string) {
  return html`<p class="hint" id=${hintId(name)}>${text}</p>`;
}

function textField(v: FormView, h: FormHandlers, name: ControlName, label: string, value: string, hintText: string, extra?: string) {
  return html`<div class="field" part="field" data-field=${name}>
    <label for=${controlId(name)}>${label}</label>
    <input
      id=${controlId(name)}
      name=${name}
      @input=${h.onEdit}
      @change=${h.onEdit}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      .value=${live(value)}
      aria-invalid=${invalid(v, name)}
      aria-describedby=${describedBy(v, name, hintId(name), extra)}
    />
    ${fieldError(v, name)} ${hint(name, hintText)}
  </div>`;
}

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
            .checked=${live(current === value)}
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
      ${current === undefined ? html`<option value="" disabled .selected=${live(true)}>${DC.invalidOption}</option>` : nothing}
      ${options.map(([value, text]) => html`<option value=${value} .selected=${live(current === value)}>${text}</option>`)}
    </select>
    ${fieldError(v, name)}
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
            .checked=${live(v.drugs.has(id))}
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

export function renderForm(v: FormView, h: FormHandlers): TemplateResult {
  const conversionId = v.conversion ? 'weight-conversion' : undefined;
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
        ${textField(v, h, 'weight', DC.weight, v.weightText, DC.weightHint, conversionId)}
        ${radioGroup(v, h, 'weight-unit', DC.unit, WEIGHT_UNITS, LABELS.weightUnit, v.weightUnit)}
      </div>
      ${v.conversion
        ? html`<p class="conversion" id="weight-conversion" part="conversion"><output>${v.conversion}</output></p>`
        : nothing}
      ${textField(v, h, 'height-cm', DC.heightCm, v.heightText, DC.heightHint)}
      ${select(v, h, 'sex', DC.sex, [['', DC.sexNone], ...pairs(SEXES, LABELS.sex)], v.sex)}
    </fieldset>
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
  </form>`;
}
