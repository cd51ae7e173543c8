/**
 * The prednisone daily dose from its exact mg (content-spec §4.2): rounded to the nearest step
 * (a range inward), then capped. One function for the dose line and the taper plan's starting
 * dose, so both always agree.
 */
import { DRUG_RULES } from '../content/drug-rules.js';
import type { ResolvedConfig } from './config.js';
import { formatAmount } from './format.js';
import { ceilToStep, floorToStep, roundRangeInward, roundTo, roundToStep } from './numbers.js';

const mg = (min: number, max = min) => formatAmount({ min, max, unit: 'mg' });

export interface PrednisoneDaily {
  /** mg/day after rounding and the cap (min === max for one value). */
  dose: { min: number; max: number };
  rounded: boolean;
  capped: boolean;
  /** The rounding and cap steps, in words ("rounded from 72 mg to 70 mg daily (nearest 5 mg)"). */
  basis: string[];
}

/**
 * Rounds the exact daily dose (mg) to the configured step — a single value to the nearest step,
 * a range inward — and applies the cap after rounding. Local settings are labelled "local policy".
 */
export function prednisoneDaily(exact: { min: number; max: number }, config: ResolvedConfig): PrednisoneDaily {
  const r = DRUG_RULES.prednisone;
  const { maxDailyMg: cap, roundingMg: step } = config.prednisone;
  const local = (key: string) => config.local.includes(key);
  const basis: string[] = [];
  const stepWords = `nearest ${mg(step)}${local('prednisone.roundingMg') ? ', local policy' : ''}`;
  let dose: { min: number; max: number };
  let rounded: boolean;
  if (exact.min === exact.max) {
    const stepped = roundToStep(exact.min, step);
    // A local rounding step more than twice the dose would round it to 0 mg: keep the exact dose.
    const value = stepped > 0 ? stepped : roundTo(exact.min, 2);
    if (stepped <= 0) basis.push(`no ${mg(step)} step fits a ${mg(roundTo(exact.min, 2))} dose: the exact dose is shown`);
    else if (value !== exact.min) basis.push(`rounded from ${mg(roundTo(exact.min, 2))} to ${mg(value)} daily (${stepWords})`);
    dose = { min: value, max: value };
    rounded = value !== exact.min;
  } else {
    const inward = roundRangeInward(exact.min, exact.max, step);
    dose = inward.fits
      ? { min: inward.min, max: inward.max }
      : { min: ceilToStep(exact.min, 0.1), max: floorToStep(exact.max, 0.1) };
    if (inward.rounded) basis.push(`rounded inward to ${mg(step)} steps (${stepWords}): ${mg(dose.min, dose.max)} daily`);
    else if (!inward.fits) basis.push(`no ${mg(step)} step fits inside the range: the exact range is shown`);
    rounded = dose.min !== exact.min || dose.max !== exact.max;
  }
  const capped = dose.max > cap;
  if (capped) {
    dose = { min: Math.min(dose.min, cap), max: cap };
    const words = local('prednisone.maxDailyMg') ? ` (local policy; published default cap ${mg(r.defaultCapMgPerDay)}/day)` : '';
    basis.push(`capped at ${mg(cap)}/day${words}: ${mg(dose.min, dose.max)} daily`);
  }
  return { dose, rounded, capped, basis };
}
