/**
 * The calculator's attributes → the core's dose input, and the core's field errors → the
 * controls. Plain functions of plain values: no DOM, no clinical logic.
 */
import { DRUG_IDS, type DrugId } from '../../content/inputs.js';
import type { FieldError } from '../../core/types.js';
import { FIELD_LABELS } from './strings.js';

/** Core field → attribute name, which is also the control's `name`. */
export const FIELD_ATTRIBUTES = {
  weight: 'weight',
  weightUnit: 'weight-unit',
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

/** The raw values of the element's inputs, as attributes or properties gave them. */
export interface RawInputs {
  weight: unknown;
  weightUnit: unknown;
  heightCm: unknown;
  sex: unknown;
  ivigDays: unknown;
  ivigDosingWeight: unknown;
  tpmt: unknown;
  startDate: unknown;
  methotrexateDay: unknown;
}

const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/** Absent: undefined, null or a string of blanks. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Strict number parsing: "72.5" (digits, one optional decimal point, blanks around) becomes a
 * number; any other string is passed on unchanged, so the core's own error names the field and
 * its range. Blank means absent.
 */
export function numberField(value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return DECIMAL.test(value) ? Number(value) : value;
  return value;
}

/** A choice field: blank means absent (the default); anything else goes to the core as given. */
export function choiceField(value: unknown): unknown {
  return isBlank(value) ? undefined : value;
}

/** The core's dose input from the raw values (absent fields are left out so defaults apply). */
export function toDoseInput(raw: RawInputs): Record<string, unknown> {
  const input: Record<string, unknown> = {
    weight: numberField(raw.weight),
    weightUnit: choiceField(raw.weightUnit),
    heightCm: numberField(raw.heightCm),
    sex: choiceField(raw.sex),
    ivigDays: numberField(raw.ivigDays),
    ivigDosingWeight: choiceField(raw.ivigDosingWeight),
    tpmt: choiceField(raw.tpmt),
    startDate: choiceField(raw.startDate),
    methotrexateDay: choiceField(raw.methotrexateDay),
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input;
}

/**
 * A raw value safe to quote back in a message: a short printable string, or nothing (numbers
 * that are not finite, objects and words like NaN are never echoed).
 */
export function echo(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'string') text = value.trim();
  else return undefined;
  if (!text || /nan|undefined|infinity|null/i.test(text)) return undefined;
  text = text.replace(/[^\x20-\x7E\u00A0-\uFFFF]/g, '?');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The drugs to show: default all; ids separated by spaces or commas; unknown ids are an error. */
export function parseDrugs(value: unknown): { drugs: DrugId[]; error?: FieldError } {
  let tokens: string[];
  if (isBlank(value)) return { drugs: [...DRUG_IDS] };
  if (typeof value === 'string') tokens = value.split(/[\s,]+/).filter(Boolean);
  else if (Array.isArray(value)) tokens = value.map((v) => (typeof v === 'string' ? v.trim() : String(v)));
  else tokens = [String(value)];
  const known = new Set<string>(DRUG_IDS);
  const unknown = tokens.filter((t) => !known.has(t));
  const drugs = DRUG_IDS.filter((id) => tokens.includes(id));
  if (!unknown.length) return { drugs };
  const quoted = unknown.map((t) => echo(t)).filter((t): t is string => t !== undefined);
  return {
    drugs,
    error: {
      field: 'drugs',
      message: `drugs must be one or more of: ${DRUG_IDS.join(', ')} (separated by spaces or commas)${
        quoted.length ? `; not recognised: ${quoted.map((t) => `“${t}”`).join(', ')}` : ''
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
