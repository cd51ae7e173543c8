/**
 * The interactive form: native radio groups, checkboxes, a text field and a select in labelled
 * fieldsets. Each control's `name` is its attribute name and each value is the core's value.
 * A bad value marks the control `aria-invalid` with its message in the accessible description.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ANTIBODIES,
  LABELS,
  PHASES,
  RED_FLAGS,
  SEVERITIES,
  STATIN_EXPOSURES,
  WEIGHT_UNITS,
} from '../../content/inputs.js';
import type { RecordUse } from '../shared/fhir-controller.js';
import { provenanceId, renderProvenance } from '../shared/record-view.js';
import type { ControlName, ErrorTarget, FormValues } from './pathway-state.js';
import { PATHWAY_UI } from './strings.js';
import { formFlag } from '../shared/form-flag.js';

export type ErrorMap = ReadonlyMap<ErrorTarget, string>;

/** What the patient record gave, by control: its provenance is shown beside the control and describes it. */
export interface RecordMarks {
  uses: ReadonlyMap<ControlName, RecordUse>;
  /** The configured age beyond which a record weight is stale. */
  maxAgeDays: number;
  /** The weight in use is a stale weight from the record: it cannot be confirmed. */
  staleWeight: boolean;
}

const NO_MARKS: RecordMarks = { uses: new Map(), maxAgeDays: 30, staleWeight: false };
let marks: RecordMarks = NO_MARKS;
/** The provenance line's id for `describedBy`, when the record gave the control's value. */
const provId = (name: ControlName) => marks.uses.has(name) && provenanceId(name);
const provenance = (name: ControlName) => renderProvenance(marks.uses.get(name), provenanceId(name), marks.maxAgeDays);

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;
const errorId = (name: ControlName) => `error-${name}`;

function fieldError(name: ControlName, errors: ErrorMap) {
  const message = errors.get(name);
  return message ? html`<p class="field-error" id=${errorId(name)}>${message}</p>` : nothing;
}

export interface FormHandlers {
  /** Called for both `input` and `change` events; it ignores events that change nothing. */
  input: (event: Event) => void;
  submit: (event: Event) => void;
}

function radioGroup<T extends string>(
  name: ControlName,
  options: readonly T[],
  labels: Record<T, string>,
  selected: T | undefined,
  errors: ErrorMap,
  on: FormHandlers,
  extra?: (value: T) => unknown,
  hint?: string,
  pointer: unknown = nothing,
) {
  const invalid = errors.has(name);
  const hintId = hint ? `hint-${name}` : undefined;
  // The hint describes the group once (not each radio, where it would be read at every arrow key).
  return html`<fieldset
    class=${invalid ? 'group-field invalid' : 'group-field'}
    data-field=${name}
    aria-describedby=${describedBy(hintId)}
  >
    <legend>${PATHWAY_UI.legends[name as keyof typeof PATHWAY_UI.legends]}</legend>
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
    <div class="options">
      ${options.map(
        (value) => html`<label class="option">
          <input
            type="radio"
            @input=${on.input}
            @change=${on.input}
            name=${name}
            value=${value}
            .checked=${formFlag(selected === value)}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${describedBy(invalid && errorId(name), provId(name))}
          />
          <span class="option-text">${labels[value]}${extra ? extra(value) : nothing}</span>
        </label>`,
      )}
    </div>
    ${fieldError(name, errors)} ${provenance(name)} ${pointer}
  </fieldset>`;
}

/** A short labelled text box for a number (age, CK), with its hint and error. */
function numberField(name: 'age' | 'ck-times-uln', label: string, hint: string, value: string, errors: ErrorMap, on: FormHandlers) {
  const invalid = errors.has(name);
  return html`<div class=${invalid ? 'field number-field invalid' : 'field number-field'} data-field=${name}>
    <label for=${name}>${label}</label>
    <input
      id=${name}
      type="text"
      @input=${on.input}
      @change=${on.input}
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      name=${name}
      .value=${live(value)}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(invalid && errorId(name), `hint-${name}`, provId(name))}
    />
    <p class="hint" id=${`hint-${name}`}>${hint}</p>
    ${fieldError(name, errors)} ${provenance(name)}
  </div>`;
}

export interface FormState {
  /** The weight is in the confirmation tier: the "measured weight in kg" box is shown. */
  confirmWeight: boolean;
  /**
   * The pointer to a critical action out of view, shown at the end of the group the user last
   * changed (below the control, so nothing above it moves), and that group's name.
   */
  pointer?: { field: string; content: unknown };
  /** What the patient record gave. */
  record?: RecordMarks;
}

export function renderForm(values: FormValues, errors: ErrorMap, on: FormHandlers, state: FormState = { confirmWeight: false }) {
  marks = state.record ?? NO_MARKS;
  try {
    return form(values, errors, on, state);
  } finally {
    marks = NO_MARKS;
  }
}

function form(values: FormValues, errors: ErrorMap, on: FormHandlers, state: FormState) {
  const pointerIn = (...fields: string[]) => (state.pointer && fields.includes(state.pointer.field) ? state.pointer.content : nothing);
  const ici = values.checkpointInhibitor === true;
  const iciInvalid = errors.has('checkpoint-inhibitor');
  const flagsInvalid = errors.has('red-flags');
  const weightInvalid = errors.has('weight');
  const unitInvalid = errors.has('weight-unit');
  const unitKnown = (WEIGHT_UNITS as readonly string[]).includes(values.weightUnit ?? '');
  return html`<form
    class="form"
    part="form"
    aria-label=${PATHWAY_UI.formLabel}
    novalidate
    @submit=${on.submit}
  >
    ${radioGroup('antibody', ANTIBODIES, LABELS.antibody, values.antibody, errors, on, undefined, undefined, pointerIn('antibody'))}
    ${radioGroup('statin', STATIN_EXPOSURES, LABELS.statin, values.statin, errors, on, undefined, undefined, pointerIn('statin'))}
    <fieldset class=${iciInvalid ? 'group-field invalid' : 'group-field'} data-field="checkpoint-inhibitor">
      <legend>${PATHWAY_UI.legends['checkpoint-inhibitor']}</legend>
      <label class="option">
        <input
          type="checkbox"
          @input=${on.input}
          @change=${on.input}
          name="checkpoint-inhibitor"
          value="true"
          .checked=${formFlag(ici)}
          aria-invalid=${iciInvalid ? 'true' : nothing}
          aria-describedby=${describedBy(iciInvalid && errorId('checkpoint-inhibitor'), provId('checkpoint-inhibitor'))}
        />
        <span class="option-text">${PATHWAY_UI.checkpointInhibitorLabel}</span>
      </label>
      ${fieldError('checkpoint-inhibitor', errors)} ${provenance('checkpoint-inhibitor')} ${pointerIn('checkpoint-inhibitor')}
    </fieldset>
    ${radioGroup(
      'severity',
      SEVERITIES,
      LABELS.severity,
      values.severity,
      errors,
      on,
      (s) => (ici ? html`<span class="grade"> — ${LABELS.ctcaeGrade[s]}</span>` : nothing),
      ici ? PATHWAY_UI.severityHintIci : undefined,
      pointerIn('severity'),
    )}
    <fieldset
      class=${flagsInvalid ? 'group-field invalid' : 'group-field'}
      data-field="red-flags"
      aria-describedby="hint-red-flags"
    >
      <legend>${PATHWAY_UI.legends['red-flags']}</legend>
      <p class="hint" id="hint-red-flags">${PATHWAY_UI.redFlagsHint}</p>
      <div class="options">
        ${RED_FLAGS.map(
          (flag) => html`<label class="option">
            <input
              type="checkbox"
              @input=${on.input}
              @change=${on.input}
              name="red-flags"
              value=${flag}
              .checked=${formFlag(values.redFlags.includes(flag))}
              aria-invalid=${flagsInvalid ? 'true' : nothing}
              aria-describedby=${describedBy(flagsInvalid && errorId('red-flags'))}
            />
            <span class="option-text">${LABELS.redFlag[flag]}</span>
          </label>`,
        )}
      </div>
      ${fieldError('red-flags', errors)} ${pointerIn('red-flags')}
    </fieldset>
    ${radioGroup('phase', PHASES, LABELS.phase, values.phase, errors, on, undefined, undefined, pointerIn('phase'))}
    <div class="number-row">
      ${numberField('age', PATHWAY_UI.ageLabel, PATHWAY_UI.ageHint, values.age, errors, on)}
      ${numberField('ck-times-uln', PATHWAY_UI.ckLabel, PATHWAY_UI.ckHint, values.ckTimesUln, errors, on)}
      ${pointerIn('age', 'ck-times-uln')}
    </div>
    <fieldset
      class=${weightInvalid || unitInvalid ? 'group-field weight-field invalid' : 'group-field weight-field'}
      data-field="weight"
    >
      <legend>${PATHWAY_UI.legends.weight}</legend>
      <div class="weight-row">
        <div class="field">
          <label for="weight">${PATHWAY_UI.weightLabel}</label>
          <input
            id="weight"
            type="text"
            @input=${on.input}
            @change=${on.input}
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            name="weight"
            .value=${live(values.weight)}
            aria-invalid=${weightInvalid ? 'true' : nothing}
            aria-describedby=${describedBy(weightInvalid && errorId('weight'), 'hint-weight', provId('weight'))}
          />
        </div>
        <div class="field">
          <label for="weight-unit">${PATHWAY_UI.weightUnitLabel}</label>
          <select
            id="weight-unit"
            name="weight-unit"
            @input=${on.input}
            @change=${on.input}
            aria-invalid=${unitInvalid ? 'true' : nothing}
            aria-describedby=${describedBy(unitInvalid && errorId('weight-unit'))}
          >
            ${unitKnown ? nothing : html`<option value="" disabled .selected=${formFlag(true)}>—</option>`}
            ${WEIGHT_UNITS.map(
              (u) => html`<option value=${u} .selected=${formFlag(values.weightUnit === u)}>${LABELS.weightUnit[u]}</option>`,
            )}
          </select>
        </div>
      </div>
      <p class="hint" id="hint-weight">${PATHWAY_UI.weightHint}</p>
      ${provenance('weight')} ${fieldError('weight', errors)} ${fieldError('weight-unit', errors)}
      ${state.confirmWeight || values.weightConfirmed
        ? html`<label class="option confirm-weight" data-field="weight-confirmed">
            <input
              type="checkbox"
              @input=${on.input}
              @change=${on.input}
              name="weight-confirmed"
              value="true"
              .checked=${formFlag(values.weightConfirmed)}
              ?disabled=${marks.staleWeight}
              aria-describedby=${describedBy('hint-weight-confirmed', marks.staleWeight && provId('weight'))}
            />
            <span class="option-text">${PATHWAY_UI.weightConfirmedLabel}</span>
          </label>
          <p class="hint" id="hint-weight-confirmed">${PATHWAY_UI.weightConfirmedHint}</p>`
        : nothing}
      ${fieldError('weight-confirmed', errors)} ${pointerIn('weight', 'weight-unit', 'weight-confirmed')}
    </fieldset>
  </form>`;
}
