/** Validation of the dose input (content-spec §4), with the weight converted once to kg. */
import {
  IVIG_DOSING_WEIGHTS,
  LIMITS,
  RED_FLAGS,
  SEVERITIES,
  SEXES,
  TPMT_STATUSES,
  WEEKDAYS,
  WEIGHT_UNITS,
  type IvigDosingWeight,
  type RedFlag,
  type WeightUnit,
} from '../content/inputs.js';
import { isCalendarDate } from './dates.js';
import { bare } from './own.js';
import { ageSpec, oneOf, parseFields, type FieldSpecs } from './fields.js';
import { formatNumber } from './format.js';
import { ceilToStep, clean, floorToStep, roundTo } from './numbers.js';
import { schemas, z } from './zod.js';
import type { DoseInput, FieldError } from './types.js';

const { weightKg: W, heightCm: H, ivigDays: D, kgPerLb, ckTimesUln: CK } = LIMITS;
const LATEST_START_DATE = '9999-12-17';

/** The accepted weight range in pounds, rounded inward to 0.1 lb. */
const LB_RANGE = { min: ceilToStep(W.min / kgPerLb, 0.1), max: floorToStep(W.max / kgPerLb, 0.1) };

export const WEIGHT_RANGE_MESSAGE = `weight must be a number from ${W.min} to ${W.max} kg (${formatNumber(LB_RANGE.min, 1)} to ${formatNumber(LB_RANGE.max, 1)} lb).`;
export const POUNDS_REFUSED_MESSAGE =
  'weightUnit must be kg: weights in pounds are not accepted here (local policy: units.allowPounds is false). Enter a measured weight in kilograms.';

const SPECS: FieldSpecs = schemas(() => ({
  weight: {
    schema: z.number().check(z.gt(0)),
    message: WEIGHT_RANGE_MESSAGE,
    required: `weight is required: ${WEIGHT_RANGE_MESSAGE}`,
  },
  weightUnit: { schema: z.enum(WEIGHT_UNITS), message: oneOf('weightUnit', WEIGHT_UNITS) },
  weightConfirmed: { schema: z.boolean(), message: 'weightConfirmed must be true or false.' },
  heightCm: {
    schema: z.number().check(z.gte(H.min), z.lte(H.max)),
    message: `heightCm must be a number from ${H.min} to ${H.max} cm.`,
  },
  sex: { schema: z.enum(SEXES), message: oneOf('sex', SEXES) },
  age: ageSpec(),
  ivigDays: {
    schema: z.number().check(z.int(), z.gte(D.min), z.lte(D.max)),
    message: `ivigDays must be a whole number of days from ${D.min} to ${D.max}.`,
  },
  ivigDosingWeight: { schema: z.enum(IVIG_DOSING_WEIGHTS), message: oneOf('ivigDosingWeight', IVIG_DOSING_WEIGHTS) },
  tpmt: { schema: z.enum(TPMT_STATUSES), message: oneOf('tpmt', TPMT_STATUSES) },
  startDate: {
    // Day 15 must still be a four-digit year, so the latest start is 14 days before 10000-01-01.
    schema: z.string().check(z.refine((v) => isCalendarDate(v) && v <= LATEST_START_DATE)),
    message: `startDate must be a real calendar date written YYYY-MM-DD (e.g. 2026-12-01), from 1900-01-01 to ${LATEST_START_DATE}.`,
  },
  methotrexateDay: { schema: z.enum(WEEKDAYS), message: oneOf('methotrexateDay', WEEKDAYS) },
  checkpointInhibitor: { schema: z.boolean(), message: 'checkpointInhibitor must be true or false.' },
  severity: { schema: z.enum(SEVERITIES), message: oneOf('severity', SEVERITIES) },
  ckTimesUln: {
    schema: z.number().check(z.gte(CK.min), z.lte(CK.max)),
    message: `ckTimesUln must be a number from ${CK.min} to ${CK.max} (the latest CK as a multiple of the upper limit of normal).`,
  },
  redFlags: {
    schema: z.array(z.enum(RED_FLAGS)),
    message: `redFlags must be a list of: ${RED_FLAGS.join(', ')} (or empty).`,
  },
}));

export interface DoseDefaults {
  ivigDays: number;
  ivigDosingWeight: IvigDosingWeight;
  allowPounds: boolean;
}

export interface ParsedDoseInput {
  ok: true;
  input: DoseInput;
  /** The canonical kg (pounds converted once, to two decimals). */
  weightKg: number;
  /** The weight in kg before any rounding (for the tier checks, compared unrounded). */
  exactKg: number;
  /** The fields the caller gave (the others took a default). */
  given: ReadonlySet<string>;
}

export function parseDoseInput(raw: unknown, defaults: DoseDefaults): ParsedDoseInput | { ok: false; errors: FieldError[] } {
  const { values, errors } = parseFields(raw, SPECS, 'dose');
  const unit = (values.weightUnit as WeightUnit | undefined) ?? 'kg';
  if (unit === 'lb' && !defaults.allowPounds) errors.push({ field: 'weightUnit', message: POUNDS_REFUSED_MESSAGE });
  const unitInvalid = errors.some((e) => e.field === 'weightUnit');
  let weightKg = NaN;
  let exactKg = NaN;
  // With an invalid unit the weight cannot be judged (400 is fine in lb): only the unit is reported.
  if (typeof values.weight === 'number' && !unitInvalid) {
    // Pounds are converted once, to the canonical kg with two decimals that is shown and used
    // (154 lb → 69.85 kg). A weight in kg is used exactly as given: rounding it here and the
    // dose again later would round twice, and could move a dose outside its mg/kg range.
    exactKg = unit === 'lb' ? values.weight * kgPerLb : values.weight;
    if (exactKg < W.min || exactKg > W.max) errors.unshift({ field: 'weight', message: WEIGHT_RANGE_MESSAGE });
    else weightKg = unit === 'lb' ? roundTo(exactKg, 2) : clean(exactKg);
  }
  if (errors.length) return { ok: false, errors };
  const given = new Set(Object.keys(values));
  const flags = new Set((values.redFlags as RedFlag[] | undefined) ?? []);
  return {
    ok: true,
    weightKg,
    exactKg,
    given,
    // On a null prototype: an optional field left out (heightCm, checkpointInhibitor) never reads
    // an inherited value.
    input: bare({
      weight: values.weight as number,
      weightUnit: unit,
      weightConfirmed: (values.weightConfirmed as boolean | undefined) ?? false,
      ...(values.heightCm !== undefined && { heightCm: values.heightCm as number }),
      ...(values.sex !== undefined && { sex: values.sex as DoseInput['sex'] }),
      ...(values.age !== undefined && { age: values.age as number }),
      ivigDays: (values.ivigDays as number | undefined) ?? defaults.ivigDays,
      ivigDosingWeight: (values.ivigDosingWeight as IvigDosingWeight | undefined) ?? defaults.ivigDosingWeight,
      tpmt: (values.tpmt as DoseInput['tpmt'] | undefined) ?? 'unknown',
      ...(values.startDate !== undefined && { startDate: values.startDate as string }),
      ...(values.methotrexateDay !== undefined && { methotrexateDay: values.methotrexateDay as DoseInput['methotrexateDay'] }),
      ...(values.checkpointInhibitor !== undefined && { checkpointInhibitor: values.checkpointInhibitor as boolean }),
      ...(values.severity !== undefined && { severity: values.severity as DoseInput['severity'] }),
      ...(values.ckTimesUln !== undefined && { ckTimesUln: values.ckTimesUln as number }),
      ...(values.redFlags !== undefined && { redFlags: RED_FLAGS.filter((f) => flags.has(f)) }),
    }),
  };
}
