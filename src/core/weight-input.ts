/**
 * The weight fields every weight-based input shares (content-spec §4.1): `weight` with
 * `weightUnit`, `weightConfirmed` and `heightCm`, and the one conversion to kilograms. Used by the
 * dose input and the taper plan, so both read a weight the same way.
 */
import { LIMITS, WEIGHT_UNITS, type WeightUnit } from '../content/inputs.js';
import { oneOf, type FieldSpecs } from './fields.js';
import { formatNumber } from './format.js';
import { ceilToStep, clean, floorToStep, roundTo } from './numbers.js';
import { z } from './zod.js';
import type { FieldError } from './types.js';

const { weightKg: W, heightCm: H, kgPerLb } = LIMITS;

/** The accepted weight range in pounds, rounded inward to 0.1 lb. */
const LB_RANGE = { min: ceilToStep(W.min / kgPerLb, 0.1), max: floorToStep(W.max / kgPerLb, 0.1) };

export const WEIGHT_RANGE_MESSAGE = `weight must be a number from ${W.min} to ${W.max} kg (${formatNumber(LB_RANGE.min, 1)} to ${formatNumber(LB_RANGE.max, 1)} lb).`;
export const POUNDS_REFUSED_MESSAGE =
  'weightUnit must be kg: weights in pounds are not accepted here (local policy: units.allowPounds is false). Enter a measured weight in kilograms.';

/**
 * The field specs of the weight, its unit, its confirmation and the height. Build inside
 * `schemas()`. `weightRequired` is the message for a missing weight (omit it when the weight is
 * optional).
 */
export const weightSpecs = (weightRequired?: string): FieldSpecs => ({
  weight: {
    schema: z.number().check(z.gt(0)),
    message: WEIGHT_RANGE_MESSAGE,
    ...(weightRequired !== undefined && { required: weightRequired }),
  },
  weightUnit: { schema: z.enum(WEIGHT_UNITS), message: oneOf('weightUnit', WEIGHT_UNITS) },
  weightConfirmed: { schema: z.boolean(), message: 'weightConfirmed must be true or false.' },
  heightCm: {
    schema: z.number().check(z.gte(H.min), z.lte(H.max)),
    message: `heightCm must be a number from ${H.min} to ${H.max} cm.`,
  },
});

export interface ReadWeight {
  unit: WeightUnit;
  /** The canonical kg (pounds converted once, to two decimals); NaN when there is no valid weight. */
  weightKg: number;
  /** The weight in kg before any rounding (for the tier checks, compared unrounded); NaN without a valid weight. */
  exactKg: number;
}

/**
 * Reads the weight from values already checked by `weightSpecs`: applies the institution's pound
 * policy and the kg range, adding any error to `errors` (the range error first, as before).
 */
export function readWeight(values: Record<string, unknown>, errors: FieldError[], allowPounds: boolean): ReadWeight {
  const unit = (values.weightUnit as WeightUnit | undefined) ?? 'kg';
  if (unit === 'lb' && !allowPounds) errors.push({ field: 'weightUnit', message: POUNDS_REFUSED_MESSAGE });
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
  return { unit, weightKg, exactKg };
}
