/**
 * The calculator's attributes → the core's dose input, and the core's field errors → the
 * controls. Plain functions of plain values: no DOM, no clinical logic.
 */
import { DRUG_IDS, type DrugId } from '../../content/inputs.js';
import type { FieldError } from '../../core/types.js';
import { FIELD_LABELS } from './strings.js';
import { decimalOrAsGiven, echo, isAbsent, ownList, trimmedChoice, withoutUndefined } from '../shared/attribute-values.js';
import { limitList } from '../shared/text-limits.js';

/** Core field → attribute name, which is also the control's `name`. */
export const FIELD_ATTRIBUTES = {
  weight: 'weight',
  weightUnit: 'weight-unit',
  weightConfirmed: 'weight-confirmed',
  age: 'age',
  heightCm: 'height-cm',
  sex: 'sex',
  ivigDays: 'ivig-days',
  ivigDosingWeight: 'ivig-dosing-weight',
  tpmt: 'tpmt',
  startDate: 'start-date',
  methotrexateDay: 'methotrexate-day',
  drugs: 'drugs',
} as const;

export type InputField = keyof typeof FIELD_ATTRIBUTES;

export type ControlName = (typeof FIELD_ATTRIBUTES)[InputField];

/** The controls under "More details" on a narrow screen (the weight, its unit and confirmation stay in view). */
export const MORE_CONTROLS: readonly ControlName[] = [
  'height-cm',
  'sex',
  'age',
  'ivig-days',
  'ivig-dosing-weight',
  'tpmt',
  'start-date',
  'methotrexate-day',
  'drugs',
];

/** The raw values of the element's inputs, as attributes or properties gave them. */
export interface RawInputs {
  weight: unknown;
  weightUnit: unknown;
  /** The clinician's confirmation of an unusual weight: true or false (absent: not confirmed). */
  weightConfirmed: unknown;
  age: unknown;
  heightCm: unknown;
  sex: unknown;
  ivigDays: unknown;
  ivigDosingWeight: unknown;
  tpmt: unknown;
  startDate: unknown;
  methotrexateDay: unknown;
}

// Absent means undefined or null; an empty attribute (`tpmt=""`) is a value, checked like any other.
export { isAbsent };

/** Absent, or a string of blanks. */
export function isBlank(value: unknown): boolean {
  return isAbsent(value) || (typeof value === 'string' && value.trim() === '');
}

/** A string of blanks (`""`, `"  "`): given, but empty. */
export function isEmptyText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/**
 * Strict number parsing: "72.5" (digits, one optional decimal point, blanks around) becomes a
 * number; any other string, an empty one included, is passed on unchanged, so the core's own
 * error names the field and its range. Only an absent value is left out (the default applies).
 */
export function numberField(value: unknown): unknown {
  return isAbsent(value) ? undefined : decimalOrAsGiven(value);
}

/** The weight: as numberField, but blank means "not given yet", so the core says it is required. */
export function weightField(value: unknown): unknown {
  return isBlank(value) ? undefined : numberField(value);
}

/**
 * The confirmation: true or false as given (the attribute's presence, the checkbox, or a boolean
 * property); absent or false is "not confirmed". Any other value (the string "true", 1) goes to
 * the core, which names the field and its values: a confirmation is never guessed.
 */
export function confirmationField(value: unknown): unknown {
  return isAbsent(value) || value === false ? undefined : value;
}

/** The core's dose input from the raw values (absent fields are left out so defaults apply). */
export function toDoseInput(raw: RawInputs): Record<string, unknown> {
  return withoutUndefined({
    weight: weightField(raw.weight),
    weightUnit: trimmedChoice(raw.weightUnit),
    weightConfirmed: confirmationField(raw.weightConfirmed),
    heightCm: numberField(raw.heightCm),
    age: numberField(raw.age),
    sex: trimmedChoice(raw.sex),
    ivigDays: numberField(raw.ivigDays),
    ivigDosingWeight: trimmedChoice(raw.ivigDosingWeight),
    tpmt: trimmedChoice(raw.tpmt),
    startDate: trimmedChoice(raw.startDate),
    methotrexateDay: trimmedChoice(raw.methotrexateDay),
  });
}

export { echo };

const DRUGS_MESSAGE = `drugs must be one or more of: ${DRUG_IDS.join(', ')} (separated by spaces or commas)`;

/**
 * The drugs to show: absent means all; ids separated by spaces or commas; unknown ids are an
 * error, and so is an empty string (`drugs=""`). An array (the form's ticked boxes) may be empty.
 */
export function parseDrugs(value: unknown): { drugs: DrugId[]; error?: FieldError } {
  let tokens: string[];
  if (isAbsent(value)) return { drugs: [...DRUG_IDS] };
  if (typeof value === 'string') {
    tokens = value.split(/[\s,]+/).filter(Boolean);
    // An empty attribute (or one of only separators) names no drug: an error, not "all".
    if (!tokens.length) return { drugs: [], error: { field: 'drugs', message: `${DRUGS_MESSAGE}.` } };
  } else if (Array.isArray(value)) tokens = (ownList(value) ?? []).map((v) => (typeof v === 'string' ? v.trim() : String(v)));
  else tokens = [String(value)];
  const known = new Set<string>(DRUG_IDS);
  const unknown = tokens.filter((t) => !known.has(t));
  const drugs = DRUG_IDS.filter((id) => tokens.includes(id));
  if (!unknown.length) return { drugs };
  // Each unknown id once, and at most a few of them ("and N more"): a huge attribute stays one line.
  const quoted = limitList([...new Set(unknown.map((t) => echo(t)).filter((t): t is string => t !== undefined))].map((t) => `“${t}”`));
  return {
    drugs,
    error: {
      field: 'drugs',
      message: `${DRUGS_MESSAGE}${
        quoted.length ? `; not recognised: ${quoted.join(', ')}` : ''
      }.`,
    },
  };
}

/** A core message with its leading field name replaced by the words the form shows. */
export function displayMessage(error: FieldError): string {
  const label = FIELD_LABELS[error.field];
  if (label && error.message.startsWith(`${error.field} `)) return `${label}${error.message.slice(error.field.length)}`;
  return error.message;
}

/** The control a core field error belongs to, or undefined for a form-level problem. */
export function controlFor(field: string): ControlName | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_ATTRIBUTES, field)
    ? FIELD_ATTRIBUTES[field as InputField]
    : undefined;
}
