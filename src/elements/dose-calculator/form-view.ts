/**
 * What the form shows for a set of raw inputs: the text typed or set (kept as given, so a bad
 * value stays visible), the choice selected (or none when the value was not accepted), and the
 * error message of each control. Plain function of plain values.
 *
 * A text or date box the user is typing in shows what the user typed (`typed`), never a value
 * derived from it: rewriting a control while it is being edited loses keystrokes (a date box
 * half-way through its year holds an interim value such as 0020-02-29).
 */
import {
  DOSE_DEFAULTS,
  IVIG_DOSING_WEIGHTS,
  LIMITS,
  SEXES,
  TPMT_STATUSES,
  WEEKDAYS,
  WEIGHT_UNITS,
  type DrugId,
} from '../../content/inputs.js';
import type { ResolvedConfig } from '../../core/config.js';
import { isCalendarDate } from '../../core/dates.js';
import type { FieldError } from '../../core/types.js';
import type { RecordState } from './calculator-view.js';
import {
  FIELD_ATTRIBUTES,
  controlFor,
  displayMessage,
  echo,
  isAbsent,
  isEmptyText,
  numberField,
  type ControlName,
  type InputField,
  type RawInputs,
} from './fields.js';
import type { FormView } from './render-form.js';
import { DC } from './strings.js';

/** Text for a text box: strings as given, finite numbers as digits, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The accepted choice, the fallback when absent, or undefined when the value (even "") is not accepted. */
export function choiceOf(value: unknown, allowed: readonly string[], fallback: string): string | undefined {
  if (isAbsent(value)) return fallback;
  const v = typeof value === 'string' ? value.trim() : value;
  return typeof v === 'string' && allowed.includes(v) ? v : undefined;
}

function ivigDaysOf(value: unknown, fallback: number): string | undefined {
  if (isAbsent(value)) return String(fallback);
  const n = numberField(value);
  return typeof n === 'number' && Number.isInteger(n) && n >= LIMITS.ivigDays.min && n <= LIMITS.ivigDays.max
    ? String(n)
    : undefined;
}

/** Fields whose control cannot show a rejected value: the message quotes it instead. */
const QUOTE_FIELDS: Partial<Record<string, keyof RawInputs>> = {
  weightUnit: 'weightUnit',
  weightConfirmed: 'weightConfirmed',
  sex: 'sex',
  ivigDays: 'ivigDays',
  ivigDosingWeight: 'ivigDosingWeight',
  tpmt: 'tpmt',
  startDate: 'startDate',
  methotrexateDay: 'methotrexateDay',
};

export interface ShownErrors {
  /** One message per control (attribute name). */
  byControl: Map<ControlName, string>;
  /** Every message with the control it belongs to (undefined: a form-level problem). */
  all: { control?: ControlName; message: string }[];
}

/**
 * The errors to show, each named with the form's words, mapped to its control. A value the
 * control cannot show is quoted; an empty value set by an attribute or property (`tpmt=""`) is
 * named with its attribute, since the form shows nothing. What the user typed is not quoted: the
 * control shows it.
 */
export function shownErrors(
  errors: readonly FieldError[],
  raw: RawInputs & { drugs?: unknown },
  typed: ReadonlyMap<ControlName, string> = new Map(),
): ShownErrors {
  const byControl = new Map<ControlName, string>();
  const all: ShownErrors['all'] = [];
  for (const error of errors) {
    const control = controlFor(error.field);
    let message = displayMessage(error);
    const value = control ? raw[error.field as InputField] : undefined;
    const rawKey = QUOTE_FIELDS[error.field];
    const quoted = rawKey ? echo(raw[rawKey]) : undefined;
    if (control && !typed.has(control) && isEmptyText(value)) message = `${message} ${DC.receivedEmpty(control)}`;
    else if (quoted && !(control && typed.has(control))) message = `${message} ${DC.received(quoted)}`;
    all.push({ control, message });
    if (control) byControl.set(control, byControl.has(control) ? `${byControl.get(control)} ${message}` : message);
  }
  return { byControl, all };
}

/** What the form shows beyond the raw inputs: from the core's result and the element's own state. */
export interface FormExtras {
  /** The weight in both units (or the pound conversion); empty without a valid weight. */
  bothUnits: string;
  /** The core says the weight must be confirmed (weightConfirmationRequired). */
  confirmationRequired: boolean;
  /** "More details" is open on a narrow screen. */
  moreOpen: boolean;
  /** What the patient record gave (each value's provenance beside its control). */
  record: RecordState;
}

export function formView(
  raw: RawInputs,
  drugs: readonly DrugId[],
  config: ResolvedConfig,
  errors: ReadonlyMap<ControlName, string>,
  extras: FormExtras,
  typed: ReadonlyMap<ControlName, string> = new Map(),
): FormView {
  const startDate =
    typed.get('start-date') ?? (typeof raw.startDate === 'string' && isCalendarDate(raw.startDate.trim()) ? raw.startDate.trim() : '');
  return {
    weightText: typed.get('weight') ?? textOf(raw.weight),
    weightUnit: choiceOf(raw.weightUnit, WEIGHT_UNITS, DOSE_DEFAULTS.weightUnit),
    bothUnits: extras.bothUnits,
    // The box shows while the weight is in the tier, and while it holds a value the core refused.
    confirmShown: extras.confirmationRequired || errors.has('weight-confirmed'),
    weightConfirmed: raw.weightConfirmed === true,
    allowPounds: config.units.allowPounds,
    heightText: typed.get('height-cm') ?? textOf(raw.heightCm),
    ageText: typed.get('age') ?? textOf(raw.age),
    sex: choiceOf(raw.sex, SEXES, ''),
    ivigDays: ivigDaysOf(raw.ivigDays, config.ivig.defaultDays),
    ivigDosingWeight: choiceOf(raw.ivigDosingWeight, IVIG_DOSING_WEIGHTS, config.ivig.defaultDosingWeight),
    tpmt: choiceOf(raw.tpmt, TPMT_STATUSES, DOSE_DEFAULTS.tpmt),
    startDate,
    methotrexateDay: choiceOf(raw.methotrexateDay, WEEKDAYS, ''),
    drugs: new Set(drugs),
    errors,
    moreOpen: extras.moreOpen,
    provenance: new Map(extras.record.uses.map((u) => [FIELD_ATTRIBUTES[u.key as InputField], u] as const)),
    staleWeight: extras.record.staleWeight,
    maxAgeDays: extras.record.maxAgeDays,
  };
}
