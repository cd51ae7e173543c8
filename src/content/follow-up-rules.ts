/**
 * Follow-up content (content-spec §5): every clinical number the follow-up core uses, with its
 * sources, and the words a clinician reads for it. The core (assessFollowUp, planTaper and the
 * follow-up note) only computes: the Total Improvement Score table, the deterioration rule, the
 * drug-safety blood tests (thresholds and schedule), the glucocorticoid exposure prompts and the
 * taper all come from here. The taper and the blood-test thresholds are published defaults an
 * institution may override in its configuration (shown as "local policy").
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

// ---------------------------------------------------------------------------------------------
// Visits (content-spec §5.1)
// ---------------------------------------------------------------------------------------------

/** The drugs the blood-test schedule follows (content-spec §5.1, `drugs`). */
export const MONITORED_DRUGS = ['methotrexate', 'azathioprine', 'mycophenolate'] as const;
export type MonitoredDrug = (typeof MONITORED_DRUGS)[number];

/** `mmtMax`: 80 (MMT-8 on one side, the default) or 150 (both sides, as in proderm-2022). */
export const MMT_MAXIMA = [80, 150] as const;
export type MmtMax = (typeof MMT_MAXIMA)[number];
export const DEFAULT_MMT_MAX: MmtMax = 80;

/** The blood-test fields of a visit (the "labs row"): any of them makes a visit count for the schedule; CK does not. */
export const LAB_FIELDS = ['wbc', 'neutrophils', 'platelets', 'eosinophils', 'mcv', 'alt', 'ast', 'albumin', 'creatinine', 'egfr'] as const;
export type LabField = (typeof LAB_FIELDS)[number];

/**
 * Accepted ranges of the visit fields. CK, the ULN, the scales, HAQ and the glucocorticoid dose
 * are content-spec §5.1's; the blood-test ranges are product limits (input checks wide enough for
 * any real result, not clinical facts): they keep a typing slip such as a missing decimal point
 * from being read as a result. Creatinine must be above 0 (a rise is measured against it).
 */
export const VISIT_LIMITS = {
  ck: { min: 0, max: 1_000_000, unit: 'U/L' },
  ckUln: { min: 10, max: 1_000, unit: 'U/L' },
  physicianGlobal: { min: 0, max: 10, unit: 'cm' },
  patientGlobal: { min: 0, max: 10, unit: 'cm' },
  extramuscular: { min: 0, max: 10, unit: 'cm' },
  haq: { min: 0, max: 3, unit: '' },
  prednisoneMgPerDay: { min: 0, max: 200, unit: 'mg/day' },
  wbc: { min: 0, max: 1_000, unit: '×10⁹/L' },
  neutrophils: { min: 0, max: 1_000, unit: '×10⁹/L' },
  platelets: { min: 0, max: 5_000, unit: '×10⁹/L' },
  eosinophils: { min: 0, max: 1_000, unit: '×10⁹/L' },
  mcv: { min: 0, max: 250, unit: 'fL' },
  alt: { min: 0, max: 100_000, unit: 'U/L' },
  ast: { min: 0, max: 100_000, unit: 'U/L' },
  albumin: { min: 0, max: 100, unit: 'g/L' },
  creatinine: { min: 0, max: 10_000, unit: 'µmol/L', minExclusive: true },
  egfr: { min: 0, max: 250, unit: 'mL/min/1.73 m²' },
} as const;

/** Product limits of the follow-up input (input checks, not clinical facts). */
export const FOLLOW_UP_LIMITS = {
  /** Visits in one assessment: years of monthly visits fit many times over. */
  maxVisits: 1000,
} as const;

/** What a clinician reads for each visit field. */
export const VISIT_LABELS = {
  date: 'visit date',
  ck: 'CK',
  ckUln: 'CK upper limit of normal',
  mmt8: 'MMT-8',
  physicianGlobal: 'physician global activity',
  patientGlobal: 'patient global activity',
  extramuscular: 'extramuscular activity',
  haq: 'HAQ disability index',
  prednisoneMgPerDay: 'prednisone dose',
  wbc: 'white cell count',
  neutrophils: 'neutrophils',
  platelets: 'platelets',
  eosinophils: 'eosinophils',
  mcv: 'MCV',
  alt: 'ALT',
  ast: 'AST',
  albumin: 'albumin',
  creatinine: 'creatinine',
  egfr: 'eGFR',
} as const;

export const DRUG_LABELS: Record<MonitoredDrug, string> = {
  methotrexate: 'methotrexate',
  azathioprine: 'azathioprine',
  mycophenolate: 'mycophenolate mofetil',
};

// ---------------------------------------------------------------------------------------------
// CK and strength (content-spec §5.2)
// ---------------------------------------------------------------------------------------------

export const CK_RULES = {
  rule: 'follow-up/ck',
  /** % changes and multiples of the ULN are reported to 2 decimals. */
  decimals: 2,
  /** The primary end point of the IMNM zilucoplan trial; in anti-SRP disease CK often stays raised after strength returns. */
  citations: ['mammen-2023', 'pinal-2017'] as readonly SourceId[],
  /** Shown with every CK rise: never called a relapse (content-spec §5.4). */
  riseNotice: (pct: string | undefined, from: string, to: string) =>
    `CK rose${pct === undefined ? '' : ` ${pct}%`} since the previous visit (${from} to ${to} U/L). A CK rise alone is not a relapse: judge it with strength (MMT-8) and the clinical picture.`,
  together:
    'CK and MMT-8 are read together: in anti-SRP disease most patients who regained near-full strength still had a raised CK, so neither alone tells the response.',
} as const;

// ---------------------------------------------------------------------------------------------
// Total Improvement Score (content-spec §5.3; aggarwal-2017, rider-2017 Table 3)
// ---------------------------------------------------------------------------------------------

/** The six core set measures, in the order the score lists them. */
export const TIS_MEASURES = ['physicianGlobal', 'patientGlobal', 'mmt8', 'haq', 'ck', 'extramuscular'] as const;
export type TisMeasure = (typeof TIS_MEASURES)[number];
export const TIS_CATEGORIES = ['none', 'minimal', 'moderate', 'major'] as const;
export type TisCategory = (typeof TIS_CATEGORIES)[number];

export const TIS_RULES = {
  rule: 'follow-up/tis',
  /**
   * Upper ends of the improvement bands in % (closed on the right: exactly 5 % is in the first
   * band, 5.01 % in the second); above the last is the top band. MMT-8 has its own bands.
   */
  bands: { standard: [5, 15, 25, 40], mmt8: [2, 10, 20, 30] } as const,
  /** Points per band, lowest band (which includes worsening) first (rider-2017, Table 3). */
  points: {
    physicianGlobal: [0, 7.5, 15, 17.5, 20],
    patientGlobal: [0, 2.5, 5, 7.5, 10],
    mmt8: [0, 10, 20, 27.5, 32.5],
    haq: [0, 5, 7.5, 7.5, 10],
    ck: [0, 2.5, 5, 7.5, 7.5],
    extramuscular: [0, 7.5, 12.5, 15, 20],
  } as const satisfies Record<TisMeasure, readonly number[]>,
  /**
   * Each measure's range (improvement ÷ range × 100 = % improvement). MMT-8: `mmtMax`. CK: 15 ×
   * the baseline visit's ULN (the adult range of the IMACS calculator).
   */
  ranges: { physicianGlobal: 10, patientGlobal: 10, extramuscular: 10, haq: 3, ckTimesUln: 15 },
  /** Improvement is a rise for MMT-8 and a fall for every other measure. */
  higherIsBetter: ['mmt8'] as readonly TisMeasure[],
  /** Percentages are compared after rounding to this many decimals. */
  decimals: 2,
  /** Adult thresholds: the total at or above which each category starts, highest first. */
  thresholds: [
    { category: 'major', min: 60 },
    { category: 'moderate', min: 40 },
    { category: 'minimal', min: 20 },
  ] as const satisfies readonly { category: TisCategory; min: number }[],
  citations: ['aggarwal-2017', 'rider-2017', 'mammen-2023'] as readonly SourceId[],
  labels: {
    physicianGlobal: 'Physician global activity',
    patientGlobal: 'Patient global activity',
    mmt8: 'MMT-8',
    haq: 'HAQ disability index',
    ck: 'CK (muscle enzyme)',
    extramuscular: 'Extramuscular activity',
  } as const satisfies Record<TisMeasure, string>,
  categoryLabels: {
    none: 'no response by these criteria',
    minimal: 'minimal improvement',
    moderate: 'moderate improvement',
    major: 'major improvement',
  } as const satisfies Record<TisCategory, string>,
  title: 'Total Improvement Score (2016 ACR/EULAR myositis response criteria)',
  about:
    'Developed for adult dermatomyositis and polymyositis and used as an end point in IMNM trials. CK adds at most 7.5 of the 100 points, so a normal CK alone never reaches minimal improvement.',
  missing:
    'No Total Improvement Score: it needs all six core set measures (physician and patient global activity, MMT-8, HAQ, CK and extramuscular activity) at the baseline visit and at this one.',
} as const;

// ---------------------------------------------------------------------------------------------
// Deterioration (content-spec §5.4; proderm-2022)
// ---------------------------------------------------------------------------------------------

export const DETERIORATION_RULES = {
  rule: 'follow-up/deterioration',
  /** Physician global activity at least this many cm worse than at baseline … */
  physicianGlobalWorseCm: 2,
  /** … and MMT-8 at least this many % worse, relative to the baseline MMT-8 (compared after rounding to 2 decimals). */
  mmt8WorsePct: 20,
  citations: ['proderm-2022'] as readonly SourceId[],
  /** The pathway phases a confirmed deterioration suggests (content-spec §5.4): offered, the clinician decides. */
  suggestedPhases: ['relapse', 'inadequate-response'] as const,
  possible: {
    level: 'warning',
    code: 'deterioration-possible',
    message:
      'Possible deterioration: physician global activity 2 cm or more worse and MMT-8 20% or more worse than at baseline (ProDERM definition). It is confirmed when the next visit meets it too.',
  },
  confirmed: {
    level: 'critical',
    code: 'deterioration-confirmed',
    message:
      'Confirmed deterioration: physician global activity 2 cm or more worse and MMT-8 20% or more worse than at baseline at two visits in a row (ProDERM definition). Consider the pathway for relapse (while tapering) or inadequate response; the decision is clinical.',
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Drug-safety blood tests (content-spec §5.5; bsr-dmard-2017)
// ---------------------------------------------------------------------------------------------

export interface LabRule {
  field: LabField;
  /** The Notice code: names the test. */
  code: string;
  /** The configurable threshold (config `bloods.*`). */
  threshold: BloodThreshold;
  /** 'low': flags below the threshold; 'high': above it; 'rise': a rise of more than the threshold in %. */
  direction: 'low' | 'high' | 'rise';
  label: string;
  unit: string;
  /** An action beyond withholding, when the rule gives one. */
  extraAction?: string;
}

/** One rule per test, in the order the notices are listed. Thresholds are strict: 3.5 does not flag `< 3.5`. */
export const LAB_RULES: readonly LabRule[] = [
  { field: 'wbc', code: 'wbc-low', threshold: 'wbcMin', direction: 'low', label: 'White cell count', unit: '×10⁹/L' },
  { field: 'neutrophils', code: 'neutrophils-low', threshold: 'neutrophilsMin', direction: 'low', label: 'Neutrophils', unit: '×10⁹/L' },
  { field: 'platelets', code: 'platelets-low', threshold: 'plateletsMin', direction: 'low', label: 'Platelets', unit: '×10⁹/L' },
  { field: 'eosinophils', code: 'eosinophils-high', threshold: 'eosinophilsMax', direction: 'high', label: 'Eosinophils', unit: '×10⁹/L' },
  { field: 'mcv', code: 'mcv-high', threshold: 'mcvMax', direction: 'high', label: 'MCV', unit: 'fL' },
  { field: 'alt', code: 'alt-high', threshold: 'altMax', direction: 'high', label: 'ALT', unit: 'U/L' },
  { field: 'ast', code: 'ast-high', threshold: 'astMax', direction: 'high', label: 'AST', unit: 'U/L' },
  { field: 'albumin', code: 'albumin-low', threshold: 'albuminMin', direction: 'low', label: 'Albumin', unit: 'g/L' },
  { field: 'creatinine', code: 'creatinine-rise', threshold: 'creatinineRisePct', direction: 'rise', label: 'Creatinine', unit: 'µmol/L' },
  {
    field: 'egfr',
    code: 'egfr-low',
    threshold: 'egfrMin',
    direction: 'low',
    label: 'eGFR',
    unit: 'mL/min/1.73 m²',
    extraAction: 'with methotrexate, review the dose',
  },
];

export const LAB_RULES_TEXT = {
  rule: 'follow-up/bloods',
  citations: ['bsr-dmard-2017'] as readonly SourceId[],
  /** Where a threshold comes from: the published one, or the institution's. */
  published: 'BSR 2017 threshold',
  local: 'local policy',
  action: 'If the result is new or unexplained: withhold',
  discuss: 'and discuss with the specialist team',
  anyDrug: 'the drug (methotrexate, azathioprine or mycophenolate mofetil)',
  /** Creatinine: against the lowest value of the previous 12 months (a product choice). */
  creatinineWindowMonths: 12,
  creatinineBasis: (lowest: string, date: string) =>
    `the lowest value in the previous 12 months (${lowest} µmol/L on ${date}; comparing with that lowest value is a product choice)`,
  secondary: 'Thresholds from the BSR 2017 DMARD guideline, as reproduced by NHS monitoring pages (secondary).',
} as const;

/**
 * The BSR 2017 monitoring schedule for methotrexate, azathioprine and mycophenolate, per drug
 * from R = the later of its start and its last dose increase: R + 2, 4 and 6 weeks; then R + 6
 * weeks + 1, 2 and 3 calendar months (the same day of the month, or the month's last day); then
 * every 12 weeks after the last monthly date.
 */
export const BLOODS_SCHEDULE = {
  rule: 'follow-up/bloods-schedule',
  fortnightlyWeeks: [2, 4, 6],
  monthlyMonths: [1, 2, 3],
  thenEveryWeeks: 12,
  citations: ['bsr-dmard-2017'] as readonly SourceId[],
  name: 'BSR 2017 schedule',
  phases: {
    fortnightly: 'every 2 weeks until the dose has been stable for 6 weeks',
    monthly: 'monthly for 3 months once the dose has been stable for 6 weeks',
    twelveWeekly: 'at least every 12 weeks after that',
  },
  about:
    'Blood count, renal and liver tests: every 2 weeks until the dose has been stable for 6 weeks, then monthly for 3 months, then at least every 12 weeks; after a dose increase, every 2 weeks again until stable for 6 weeks. This is the BSR 2017 schedule; BSR 2025 moved to risk-adapted monitoring.',
  overdue: (date: string) => `Safety blood tests overdue: they were due on ${date}.`,
} as const;

// ---------------------------------------------------------------------------------------------
// Glucocorticoid exposure (content-spec §5.6)
// ---------------------------------------------------------------------------------------------

export const EXPOSURE_RULES = {
  rule: 'follow-up/exposure',
  /** The dose between two visits is the earlier visit's dose. */
  pneumocystis: {
    /** 15 mg/day or more for 2 weeks or more: the lower ends of the EULAR range (product choice). */
    minMgPerDay: 15,
    minDays: 14,
    code: 'exposure-pneumocystis',
    citations: ['eular-infection-2022'] as readonly SourceId[],
    message: (span: string) =>
      `Prednisone 15 mg/day or more for 2 weeks or more (${span}): consider Pneumocystis prophylaxis (EULAR: more than 15–30 mg/day for more than 2–4 weeks).`,
  },
  bone: {
    /** 2.5 mg/day or more for a span longer than 3 calendar months. */
    minMgPerDay: 2.5,
    moreThanMonths: 3,
    code: 'exposure-bone',
    citations: ['acr-giop-2022'] as readonly SourceId[],
    message: (span: string) =>
      `Prednisone 2.5 mg/day or more for more than 3 months (${span}): assess fracture risk; calcium and vitamin D (ACR 2022).`,
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Taper plan (content-spec §5.6; etg, bsr-2022)
// ---------------------------------------------------------------------------------------------

export const TAPER_RULES = {
  rule: 'follow-up/taper',
  /** An explicit starting dose (e.g. after a relapse): 5–100 mg/day, a multiple of 5, within the prednisone cap. */
  startMgPerDay: { min: 5, max: 100, multipleOf: 5 },
  citations: ['etg', 'bsr-2022'] as readonly SourceId[],
  title: 'Glucocorticoid taper plan',
  /** What follows the floor step (no dates are computed below the floor). */
  byResponse: (floor: string) =>
    `Below ${floor}, taper by response: no dates are computed. BSR: taper from about 6 weeks, guided by response.`,
  /** What follows a start at or below the floor: the initial weeks, then by response. */
  startAtFloor: (weeks: string, floor: string) =>
    `After the first ${weeks}, taper by response: no dates are computed (the start is at or below the taper floor of ${floor}). BSR: taper from about 6 weeks, guided by response.`,
  explicitStart: 'starting dose as entered (the weight is not used)',
} as const;

// ---------------------------------------------------------------------------------------------
// Note wording (the plain-text notes of the follow-up and the taper plan)
// ---------------------------------------------------------------------------------------------

export const FOLLOW_UP_NOTE = {
  title: 'IMNM/NAM follow-up',
  taperTitle: 'IMNM/NAM glucocorticoid taper plan',
  noVisits: 'No visits recorded.',
  latest: 'Latest visit',
  baseline: 'baseline',
  trend: 'CK and MMT-8 over time',
  earlier: 'Notices at earlier visits',
  nextBloods: 'Next safety blood tests',
  noNextBloods: 'Next safety blood tests: none scheduled (no methotrexate, azathioprine or mycophenolate listed).',
  exposure: 'Glucocorticoid exposure',
  noExposure: 'Glucocorticoid exposure: no prompt from the doses recorded.',
} as const;
