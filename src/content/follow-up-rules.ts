/**
 * Follow-up content (content-spec §5): the published defaults an institution may override in
 * its configuration (the glucocorticoid taper and the drug-safety blood-test thresholds). The
 * follow-up core (assessFollowUp, planTaper) reads every number from here.
 */
import type { SourceId } from './sources.js';

/** The glucocorticoid taper (etg; bsr-2022): 6 weeks at the starting dose, then 5 mg every 2 weeks down to 25 mg/day. */
export const TAPER_DEFAULTS = {
  initialWeeks: 6,
  stepMg: 5,
  intervalWeeks: 2,
  floorMg: 25,
  citations: ['etg', 'bsr-2022'] as readonly SourceId[],
} as const;

/**
 * Drug-safety blood-test thresholds (bsr-dmard-2017, read through the NHS pages that reproduce
 * it: secondary). A result beyond one: withhold the drug and discuss with the specialist team
 * when the result is new or unexplained. Units: ×10⁹/L for the counts, fL, U/L, g/L,
 * mL/min/1.73 m²; `creatinineRisePct` is a rise over the lowest value of the previous 12 months.
 */
export const BLOOD_THRESHOLDS = {
  wbcMin: 3.5,
  neutrophilsMin: 1.6,
  plateletsMin: 140,
  eosinophilsMax: 0.5,
  mcvMax: 105,
  altMax: 100,
  astMax: 100,
  albuminMin: 30,
  creatinineRisePct: 30,
  egfrMin: 60,
} as const;

export type BloodThreshold = keyof typeof BLOOD_THRESHOLDS;
