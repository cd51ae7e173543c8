/** Body measures for the IVIG dosing weight: BMI, Devine ideal and adjusted body weight. */
import { DRUG_RULES } from '../content/drug-rules.js';
import type { Sex } from '../content/inputs.js';
import { clean } from './numbers.js';
import { detached } from './own.js';
import type { BodyMeasures } from './types.js';

const { ibw, adjustedFactor, obesityThreshold } = DRUG_RULES.ivig;

/** Devine ideal body weight in kg. */
export function idealBodyWeightKg(heightCm: number, sex: Sex): number {
  const inches = heightCm / ibw.cmPerInch;
  return clean(ibw.baseKg[sex] + ibw.kgPerInchOver60 * (inches - ibw.baseInches));
}

/** Adjusted body weight = IBW + 0.4 × (actual − IBW). */
export function adjustedBodyWeightKg(actualKg: number, idealKg: number): number {
  return clean(idealKg + adjustedFactor * (actualKg - idealKg));
}

/** BMI, IBW, adjusted weight and the 120% test, as far as height and sex allow. Unrounded. */
export function bodyMeasures(weightKg: number, heightCm?: number, sex?: Sex): BodyMeasures {
  // On a null prototype: the optional fields read below are never inherited from a polluted page.
  return detached(measures(weightKg, heightCm, sex));
}

function measures(weightKg: number, heightCm?: number, sex?: Sex): BodyMeasures {
  if (heightCm === undefined) return {};
  const bmi = clean(weightKg / (heightCm / 100) ** 2);
  if (sex === undefined) return { heightCm, bmi };
  // The Devine formula is defined from 60 inches (152.4 cm); below that no ideal or adjusted
  // weight is given rather than an extrapolated one.
  if (heightCm / ibw.cmPerInch < ibw.baseInches) return { heightCm, bmi, belowIdealWeightRange: true };
  const idealKg = idealBodyWeightKg(heightCm, sex);
  return {
    heightCm,
    bmi,
    idealKg,
    adjustedKg: adjustedBodyWeightKg(weightKg, idealKg),
    aboveThreshold: weightKg > obesityThreshold * idealKg,
  };
}
