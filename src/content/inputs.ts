/**
 * The accepted input values (content-spec §2 and §4) and the words a clinician reads for them.
 * Core validation, element controls and tests all use these arrays.
 */
export const ANTIBODIES = ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'] as const;
export const STATIN_EXPOSURES = ['current', 'past', 'never', 'unknown'] as const;
export const SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'] as const;
export const RED_FLAGS = ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis'] as const;
/**
 * Red flags that make checkpoint-inhibitor withdrawal mandatory: since content 2.0 every red flag
 * raises the effective severity to severe, and severe makes withdrawal mandatory.
 */
export const MANDATORY_RED_FLAGS = RED_FLAGS;
export const PHASES = ['new', 'inadequate-response', 'relapse'] as const;

export const WEIGHT_UNITS = ['kg', 'lb'] as const;
export const SEXES = ['female', 'male'] as const;
export const IVIG_DOSING_WEIGHTS = ['actual', 'adjusted'] as const;
export const TPMT_STATUSES = ['normal', 'intermediate', 'intermediate-both', 'poor', 'unknown'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const DRUG_IDS = [
  'prednisone',
  'methylprednisolone',
  'methotrexate',
  'azathioprine',
  'mycophenolate',
  'ivig',
  'rituximab',
] as const;

export type Antibody = (typeof ANTIBODIES)[number];
export type StatinExposure = (typeof STATIN_EXPOSURES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RedFlag = (typeof RED_FLAGS)[number];
export type Phase = (typeof PHASES)[number];
export type WeightUnit = (typeof WEIGHT_UNITS)[number];
export type Sex = (typeof SEXES)[number];
export type IvigDosingWeight = (typeof IVIG_DOSING_WEIGHTS)[number];
export type TpmtStatus = (typeof TPMT_STATUSES)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type DrugId = (typeof DRUG_IDS)[number];

/** Defaults (content-spec §2 and §4, in brackets there). */
export const PATHWAY_DEFAULTS = {
  antibody: 'pending',
  statin: 'unknown',
  checkpointInhibitor: false,
  severity: 'moderate',
  redFlags: [] as RedFlag[],
  phase: 'new',
} as const;

export const DOSE_DEFAULTS = {
  weightUnit: 'kg',
  ivigDays: 5,
  ivigDosingWeight: 'actual',
  tpmt: 'unknown',
} as const;

/** Product limits: input checks, not clinical facts (content-spec §2, §4.1). */
export const LIMITS = {
  weightKg: { min: 20, max: 350 },
  /**
   * The confirmation tier (content-spec §4.1): a weight below `min` or at `max` or above must be
   * confirmed before any weight-based dose is shown.
   */
  plausibleWeightKg: { min: 40, max: 150 },
  /** With a height: a BMI below `min` or above `max` (compared unrounded) needs confirmation too. */
  plausibleBmi: { min: 15, max: 50 },
  heightCm: { min: 120, max: 230 },
  /** Adults only: under 18 is a field error. */
  ageYears: { min: 18, max: 110 },
  /** The latest CK as a multiple of the upper limit of normal. */
  ckTimesUln: { min: 0, max: 1000 },
  ivigDays: { min: 2, max: 5 },
  kgPerLb: 0.45359237,
  cmPerInch: 2.54,
} as const;

/** Accepted ranges of the institution's settings (design.md, "Configuration keys added in 2.0"): product limits. */
export const CONFIG_LIMITS = {
  /** Local prednisone cap; above the published 75 mg the line says so. */
  prednisoneMaxDailyMg: { min: 20, max: 100 },
  azathioprineMaxDailyMg: { min: 50, max: 300 },
  ckUlnUL: { min: 10, max: 1000 },
  taperInitialWeeks: { min: 2, max: 12 },
  taperStepMg: { min: 2.5, max: 10 },
  taperIntervalWeeks: { min: 1, max: 4 },
  taperFloorMg: { min: 5, max: 40 },
  /** Each blood-test threshold may move at most this fraction from its published default. */
  bloodsTolerance: 0.5,
  fhirWeightMaxAgeDays: { min: 1, max: 365, default: 30 },
  fhirCheckpointInhibitorWindowDays: { min: 30, max: 730, default: 365 },
} as const;

export const LABELS = {
  antibody: {
    'anti-hmgcr': 'anti-HMGCR',
    'anti-srp': 'anti-SRP',
    seronegative: 'seronegative',
    pending: 'result pending',
  },
  statin: {
    current: 'currently taking a statin',
    past: 'took a statin in the past',
    never: 'never took a statin',
    unknown: 'statin exposure unknown',
  },
  severity: {
    mild: 'mild',
    moderate: 'moderate',
    severe: 'severe',
    'life-threatening': 'life-threatening',
  },
  /** CTCAE v5.0 myositis grade wording (ctcae-5, asco-2021), shown with checkpoint-inhibitor myositis. */
  ctcaeGrade: {
    mild: 'grade 1: mild pain',
    moderate: 'grade 2: moderate weakness limiting instrumental activities of daily living',
    severe: 'grade 3: severe weakness limiting self-care',
    'life-threatening': 'grade 4: life-threatening, urgent intervention indicated',
  },
  /** The red flags in a word or two (summaries, notes). */
  redFlagShort: {
    dyspnoea: 'dyspnoea',
    bulbar: 'bulbar symptoms',
    'severe-weakness': 'severe weakness',
    myocarditis: 'myocarditis',
    myasthenic: 'myasthenic features',
    rhabdomyolysis: 'rhabdomyolysis',
  },
  redFlag: {
    dyspnoea: 'dyspnoea',
    bulbar: 'bulbar symptoms (dysphagia, dysarthria, nasal regurgitation)',
    'severe-weakness': 'severe weakness',
    myocarditis: 'myocarditis (raised troponin, ECG change, cardiac symptoms)',
    myasthenic: 'myasthenic features (ptosis, diplopia, fatigable weakness)',
    rhabdomyolysis: 'rhabdomyolysis',
  },
  phase: {
    new: 'new disease, starting treatment',
    'inadequate-response': 'inadequate response to current treatment',
    relapse: 'relapse while tapering',
  },
  tpmt: {
    normal: 'normal TPMT and NUDT15 activity',
    intermediate: 'TPMT or NUDT15 intermediate metaboliser',
    'intermediate-both': 'TPMT and NUDT15 both intermediate',
    poor: 'TPMT or NUDT15 poor metaboliser',
    unknown: 'TPMT and NUDT15 status unknown',
  },
  ivigDosingWeight: { actual: 'actual body weight', adjusted: 'adjusted body weight' },
  sex: { female: 'female', male: 'male' },
  weightUnit: { kg: 'kg', lb: 'lb' },
  weekday: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  drug: {
    prednisone: 'Prednisone',
    methylprednisolone: 'Methylprednisolone pulse',
    methotrexate: 'Methotrexate',
    azathioprine: 'Azathioprine',
    mycophenolate: 'Mycophenolate mofetil',
    ivig: 'Intravenous immunoglobulin (IVIG)',
    rituximab: 'Rituximab',
  },
} as const;
