/**
 * <nam-pathway>'s attributes → the core's input, and the core's results → what the element
 * shows: values for the controls, errors per attribute, dose lines per step. Plain functions of
 * plain values (no DOM, no Lit, no clinical logic): the core decides, this only adapts.
 */
import { PATHWAY_DEFAULTS, RED_FLAGS, type RedFlag } from '../../content/inputs.js';
import { calculateDoses } from '../../core/doses.js';
import { evaluatePathway } from '../../core/pathway.js';
import { resolveConfig, type ConfigResolution } from '../../core/config.js';
import { formatDoseWeight } from '../../core/format.js';
import type { DoseLine, DoseResult, FieldError, Notice, PathwayInput, PathwayResult, Step } from '../../core/types.js';
import { pathwayDoses } from '../../core/pathway-doses.js';
import { doseLinesForStep, stepNotices as coreStepNotices, stepTakesDose as coreStepTakesDose } from '../../core/pathway-doses.js';
import { PATHWAY_UI } from './strings.js';
import { decimalOrAsGiven, echo, isAbsent, ownList, trimmedChoice, withoutUndefined } from '../shared/attribute-values.js';
import { limitList } from '../shared/text-limits.js';

/** Core field → attribute name, which is also the control's `name`. */
export const FIELD_ATTRIBUTES = {
  antibody: 'antibody',
  statin: 'statin',
  checkpointInhibitor: 'checkpoint-inhibitor',
  severity: 'severity',
  redFlags: 'red-flags',
  phase: 'phase',
  age: 'age',
  ckTimesUln: 'ck-times-uln',
  weight: 'weight',
  weightUnit: 'weight-unit',
  weightConfirmed: 'weight-confirmed',
} as const;

export type InputField = keyof typeof FIELD_ATTRIBUTES;
export type ControlName = (typeof FIELD_ATTRIBUTES)[InputField];
/** Where an error belongs: a control, `mode`/`theme`, a misspelt attribute name, or the whole input. */
export type ErrorTarget = ControlName | 'mode' | 'theme' | 'heading-level' | 'attribute' | 'input';

export interface AttributeError {
  target: ErrorTarget;
  message: string;
}

/** The element's inputs as attributes or properties gave them. */
export interface RawInputs {
  antibody: unknown;
  statin: unknown;
  checkpointInhibitor: unknown;
  severity: unknown;
  redFlags: unknown;
  phase: unknown;
  age: unknown;
  ckTimesUln: unknown;
  weight: unknown;
  weightUnit: unknown;
  weightConfirmed: unknown;
}

/** What the controls show: a value, or undefined where the given value is invalid. */
export interface FormValues {
  antibody?: PathwayInput['antibody'];
  statin?: PathwayInput['statin'];
  checkpointInhibitor?: boolean;
  severity?: PathwayInput['severity'];
  redFlags: RedFlag[];
  phase?: PathwayInput['phase'];
  age: string;
  ckTimesUln: string;
  weight: string;
  weightUnit?: string;
  weightConfirmed: boolean;
}

export interface PathwayView {
  result: PathwayResult;
  /** Present when a valid weight was given. */
  doses?: Extract<DoseResult, { ok: true }>;
  /** True when a weight was given but is invalid: dose-bearing steps say so. */
  doseInvalid: boolean;
  errors: AttributeError[];
  values: FormValues;
  resolution: ConfigResolution;
}

export { isAbsent };

/** "72.5" → 72.5; absent → absent; any other value goes to the core (so "" or "abc" errors). */
export function weightValue(value: unknown): unknown {
  if (isAbsent(value)) return undefined;
  return typeof value === 'string' ? decimalOrAsGiven(value.trim()) : value;
}

/**
 * A boolean attribute: absent → false; present, "" or "true" (or its own name, as HTML allows) →
 * true; the literal "false" → false; anything else is kept as given so the core reports it.
 */
export function booleanValue(value: unknown, name = 'checkpoint-inhibitor'): unknown {
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === '' || t === 'true' || t === name) return true;
    if (t === 'false') return false;
  }
  return value;
}

/** "54" → 54 for a number box or attribute; absent or blank → absent; anything else as given (the core reports it). */
export function numberValue(value: unknown): unknown {
  if (isAbsent(value) || (typeof value === 'string' && value.trim() === '')) return undefined;
  return typeof value === 'string' ? decimalOrAsGiven(value.trim()) : value;
}

/** Red flags as tokens: a string separated by spaces and/or commas, or an array. An empty list is no red flags. */
export function redFlagTokens(value: unknown): string[] | unknown {
  if (isAbsent(value) || (typeof value === 'string' && value.trim() === '')) return [];
  if (typeof value === 'string') return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
  if (Array.isArray(value)) return [...new Set((ownList(value) ?? []).map((v) => (typeof v === 'string' ? v.trim() : v)))];
  return value;
}

export { echo };

/** The core's pathway input from the raw values (absent fields are left out so defaults apply). */
export function toPathwayInput(raw: RawInputs): Record<string, unknown> {
  return withoutUndefined({
    antibody: trimmedChoice(raw.antibody),
    statin: trimmedChoice(raw.statin),
    checkpointInhibitor: booleanValue(raw.checkpointInhibitor),
    severity: trimmedChoice(raw.severity),
    redFlags: redFlagTokens(raw.redFlags),
    phase: trimmedChoice(raw.phase),
    age: numberValue(raw.age),
    ckTimesUln: numberValue(raw.ckTimesUln),
  });
}

const RAW_KEYS: Record<InputField, keyof RawInputs> = {
  antibody: 'antibody',
  statin: 'statin',
  checkpointInhibitor: 'checkpointInhibitor',
  severity: 'severity',
  redFlags: 'redFlags',
  phase: 'phase',
  age: 'age',
  ckTimesUln: 'ckTimesUln',
  weight: 'weight',
  weightUnit: 'weightUnit',
  weightConfirmed: 'weightConfirmed',
};

/** The words the form shows for each control: the text box's label, or the group's legend. */
export const CONTROL_LABELS: Record<ControlName, string> = {
  antibody: PATHWAY_UI.legends.antibody,
  statin: PATHWAY_UI.legends.statin,
  'checkpoint-inhibitor': PATHWAY_UI.legends['checkpoint-inhibitor'],
  severity: PATHWAY_UI.legends.severity,
  'red-flags': PATHWAY_UI.legends['red-flags'],
  phase: PATHWAY_UI.legends.phase,
  age: PATHWAY_UI.ageLabel,
  'ck-times-uln': PATHWAY_UI.ckLabel,
  weight: PATHWAY_UI.weightLabel,
  'weight-unit': PATHWAY_UI.weightUnitLabel,
  'weight-confirmed': PATHWAY_UI.weightConfirmedLabel,
};

/**
 * A core field error in the words of where the value came from, quoting the value given: the
 * attribute's name (`weight="1" is not accepted. weight must be …`) for a value an attribute or
 * property set, the control's visible label (`Weight: "1" is not accepted. Weight must be …`) for
 * one typed or chosen in the form (`fromForm`).
 */
export function attributeError(
  error: FieldError,
  raw: RawInputs,
  fromForm: ReadonlySet<ControlName> = new Set(),
): AttributeError {
  const field = error.field as InputField;
  if (!Object.prototype.hasOwnProperty.call(FIELD_ATTRIBUTES, field)) return { target: 'input', message: error.message };
  const attribute = FIELD_ATTRIBUTES[field];
  const typed = fromForm.has(attribute);
  const name = typed ? CONTROL_LABELS[attribute] : attribute;
  const notAccepted = typed ? PATHWAY_UI.notAcceptedTyped : PATHWAY_UI.notAccepted;
  const message = error.message.startsWith(`${field} `) ? `${name}${error.message.slice(field.length)}` : error.message;
  const given = raw[RAW_KEYS[field]];
  if (field === 'redFlags') {
    const tokens = redFlagTokens(given);
    const unknown = Array.isArray(tokens)
      ? tokens.filter((t) => !(RED_FLAGS as readonly unknown[]).includes(t)).map(echo).filter(Boolean)
      : [echo(given) ?? ''];
    // At most a few quoted ("and N more"): a huge attribute stays one line.
    const quoted = limitList(unknown.map((t) => `"${t}"`));
    return {
      target: attribute,
      message: `${message}${unknown.length ? ` ${PATHWAY_UI.unknownFlags(quoted.join(', '))}` : ''}`,
    };
  }
  const quoted = echo(given);
  return { target: attribute, message: quoted !== undefined ? `${notAccepted(name, quoted)} ${message}` : message };
}

/** The dose result for a weight, or the errors of the weight and unit. */
function doseView(
  raw: RawInputs,
  pathway: PathwayResult,
  config: unknown,
  fromForm: ReadonlySet<ControlName>,
): { doses?: PathwayView['doses']; errors: AttributeError[]; invalid: boolean } {
  const weight = weightValue(raw.weight);
  const weightUnit = trimmedChoice(raw.weightUnit);
  if (weight === undefined) {
    if (weightUnit === undefined) return { errors: [], invalid: false };
    // Only the unit can be checked without a weight.
    const check = calculateDoses({ weightUnit }, config);
    const errors = check.ok ? [] : check.errors.filter((e) => e.field === 'weightUnit');
    return { errors: errors.map((e) => attributeError(e, raw, fromForm)), invalid: false };
  }
  const weightInput = {
    weight,
    ...(weightUnit !== undefined && { weightUnit }),
    weightConfirmed: booleanValue(raw.weightConfirmed, 'weight-confirmed'),
  };
  // With a valid pathway the doses follow its context (effective severity, red flags…).
  const result = pathway.ok ? pathwayDoses(pathway, weightInput, config) : calculateDoses(weightInput, config);
  if (!result.ok) return { errors: result.errors.map((e) => attributeError(e, raw, fromForm)), invalid: true };
  return { doses: result, errors: [], invalid: false };
}

const ERROR_ORDER: ErrorTarget[] = [
  'antibody',
  'statin',
  'checkpoint-inhibitor',
  'severity',
  'red-flags',
  'phase',
  'age',
  'ck-times-uln',
  'weight',
  'weight-unit',
  'weight-confirmed',
  'input',
  'mode',
  'theme',
  'heading-level',
  'attribute',
];

/**
 * Everything the element shows, computed once per update from its properties. `fromForm` holds
 * the controls whose current value the user typed or chose (their errors use the form's words);
 * `resolution` is the configuration resolved for the element's "today".
 */
export function computeView(
  raw: RawInputs,
  config: unknown,
  extraErrors: AttributeError[] = [],
  fromForm: ReadonlySet<ControlName> = new Set(),
  resolution: ConfigResolution = resolveConfig(config),
): PathwayView {
  const result = evaluatePathway(toPathwayInput(raw), config);
  const dose = doseView(raw, result, config, fromForm);
  const errors = [
    ...(result.ok ? [] : result.errors.map((e) => attributeError(e, raw, fromForm))),
    ...dose.errors,
    ...extraErrors,
  ];
  errors.sort((a, b) => ERROR_ORDER.indexOf(a.target) - ERROR_ORDER.indexOf(b.target));
  return {
    result,
    ...(dose.doses && { doses: dose.doses }),
    doseInvalid: dose.invalid,
    errors,
    values: formValues(raw, result),
    resolution,
  };
}

function formValues(raw: RawInputs, result: PathwayResult): FormValues {
  // The field shows text as given, a finite number as digits, and nothing for anything else
  // (NaN, Infinity, an object): the alert says what was wrong.
  const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
  const weight = asText(raw.weight);
  const age = asText(raw.age);
  const ckTimesUln = asText(raw.ckTimesUln);
  const weightConfirmed = booleanValue(raw.weightConfirmed, 'weight-confirmed') === true;
  // An absent unit shows the default; any other value as given (an unknown one selects nothing).
  const weightUnit = isAbsent(raw.weightUnit) ? 'kg' : asText(raw.weightUnit).trim();
  const own = { age, ckTimesUln, weight, weightUnit, weightConfirmed };
  if (result.ok) {
    const { age: _a, ckTimesUln: _c, ...input } = result.input;
    return { ...input, ...own };
  }
  const bad = new Set(result.errors.map((e) => e.field));
  const input = toPathwayInput(raw);
  const pick = <K extends keyof typeof PATHWAY_DEFAULTS>(key: K) =>
    bad.has(key) ? undefined : ((input[key] ?? PATHWAY_DEFAULTS[key]) as never);
  return {
    antibody: pick('antibody'),
    statin: pick('statin'),
    checkpointInhibitor: pick('checkpointInhibitor'),
    severity: pick('severity'),
    redFlags: bad.has('redFlags')
      ? RED_FLAGS.filter((f) => Array.isArray(input.redFlags) && input.redFlags.includes(f))
      : [...((input.redFlags as RedFlag[] | undefined) ?? [])],
    phase: pick('phase'),
    ...own,
  };
}

/** The dose lines shown inside a step (the core's doseLinesForStep). */
export function doseLinesFor(step: Step, doses: PathwayView['doses']): DoseLine[] {
  return doseLinesForStep(step, doses);
}

/** Every notice a step shows with or without a weight (the core's stepNotices). */
export function stepNotices(step: Step): Notice[] {
  return coreStepNotices(step);
}

/** Whether a step would carry a dose line when a weight is given. */
export function stepTakesDose(step: Step): boolean {
  return coreStepTakesDose(step);
}

/** The weight the doses are for, in kg, or the core's pound-to-kg conversion when given in lb. */
export function weightText(doses: NonNullable<PathwayView['doses']>): string {
  return formatDoseWeight(doses);
}
