/**
 * The dosing rules of content-spec §4: every clinical number the calculator uses, with its
 * sources, and the checks shown with each line. The core (src/core/doses.ts) does the
 * arithmetic; nothing clinical is written there.
 */
import type { SourceId } from './sources.js';
import type { DrugId, TpmtStatus } from './inputs.js';

export interface NoticeRule {
  level: 'critical' | 'warning' | 'info';
  code: string;
  message: string;
}

interface DrugRuleBase {
  drug: DrugId;
  /** Traceability id of the content-spec §4 row. */
  rule: string;
  citations: readonly SourceId[];
  notices: readonly NoticeRule[];
}

export const DRUG_RULES = {
  prednisone: {
    drug: 'prednisone',
    rule: 'dose/prednisone',
    mgPerKgPerDay: 1,
    /** With a checkpoint inhibitor, grade 2 (moderate) with CK 3 × ULN or more: 0.5–1 mg/kg/day (asco-2021). */
    iciModerateMgPerKgPerDay: { min: 0.5, max: 1 },
    defaultCapMgPerDay: 75,
    capCitations: ['etg'],
    roundingMg: 5,
    route: 'by mouth once daily in the morning',
    citations: ['src', 'etg', 'bsr-2022'],
    iciCitations: ['asco-2021'],
    notices: [
      {
        level: 'info',
        code: 'prednisone-bsr-range',
        message: 'The BSR guideline usually gives 40–60 mg/day; the cap used here is shown with the dose.',
      },
      {
        level: 'info',
        code: 'prednisone-equivalence',
        message: 'Prednisolone is dose-equivalent. Begin the taper from about 6 weeks, guided by response.',
      },
    ],
    iciNotices: {
      ckNotGiven: {
        level: 'warning',
        code: 'prednisone-ici-ck-condition',
        message: 'Only when CK is 3 × ULN or more (checkpoint-inhibitor myositis, grade 2).',
      },
      ckBelow3: {
        level: 'warning',
        code: 'prednisone-ici-ck-below-3',
        message: 'No glucocorticoid at CK below 3 × ULN in grade 2 checkpoint-inhibitor myositis; recheck CK.',
      },
      grade1: {
        level: 'info',
        code: 'prednisone-ici-grade-1',
        message: 'Grade 1 checkpoint-inhibitor myositis: no glucocorticoid.',
      },
      myocarditis: {
        level: 'warning',
        code: 'prednisone-ici-myocarditis',
        message:
          'Myocarditis with a checkpoint inhibitor: ASCO gives prednisone 1–2 mg/kg/day within 24 hours, and methylprednisolone 1 g/day without an immediate response; this line shows 1 mg/kg/day.',
      },
    },
    myastheniaNotice: {
      level: 'warning',
      code: 'prednisone-myasthenia',
      message:
        'Myasthenic features: high-dose glucocorticoids can briefly worsen myasthenia (ASCO gives prednisone 0.5 mg/kg/day in grade 2 myasthenia); start in hospital with respiratory monitoring.',
    },
  },
  methylprednisolone: {
    drug: 'methylprednisolone',
    rule: 'dose/methylprednisolone',
    minMg: 500,
    maxMg: 1000,
    days: 3,
    route: 'IV once daily for 3 days, then an oral glucocorticoid',
    citations: ['etg'],
    notices: [
      {
        level: 'info',
        code: 'methylprednisolone-fixed',
        message: 'A fixed dose, not weight-based, for severe disease.',
      },
    ],
    myastheniaNotice: {
      level: 'critical',
      code: 'methylprednisolone-myasthenia',
      message:
        'Myasthenic features: high-dose glucocorticoids can briefly worsen myasthenia — give them in hospital with respiratory monitoring, alongside IVIG or plasma exchange in grade 3–4.',
    },
  },
  methotrexate: {
    drug: 'methotrexate',
    rule: 'dose/methotrexate',
    minMgPerWeek: 15,
    maxMgPerWeek: 25,
    roundingMg: 2.5,
    route: 'by mouth or subcutaneously, once weekly on one named day',
    citations: ['src', 'bsr-dmard-2017', 'medsafe-2022'],
    notices: [
      {
        level: 'critical',
        code: 'methotrexate-weekly',
        message: 'Once weekly only, never daily: daily dosing errors have killed patients. Name the day on the prescription.',
      },
      {
        level: 'info',
        code: 'methotrexate-folic-acid',
        message: 'Folic acid on a different day of the week, following the local protocol.',
      },
      {
        level: 'warning',
        code: 'methotrexate-pregnancy',
        message: 'Pregnancy test and contraception before starting.',
      },
      {
        level: 'warning',
        code: 'methotrexate-renal',
        message: 'Renal function: avoid in severe renal impairment and reduce the dose in moderate impairment, following the local protocol.',
      },
      {
        level: 'warning',
        code: 'methotrexate-co-trimoxazole',
        message: 'Co-trimoxazole or trimethoprim adds to its bone-marrow toxicity: a risky combination.',
      },
    ],
  },
  azathioprine: {
    drug: 'azathioprine',
    rule: 'dose/azathioprine',
    minMgPerKgPerDay: 2,
    maxMgPerKgPerDay: 3,
    roundingMg: 25,
    route: 'by mouth daily',
    citations: ['src', 'cpic-2018', 'azathioprine-label'],
    /** Fraction of the normal dose by TPMT/NUDT15 status (cpic-2018, cpic-2024); null: do not use. */
    tpmt: {
      normal: { minFraction: 1, maxFraction: 1 },
      unknown: { minFraction: 1, maxFraction: 1 },
      intermediate: { minFraction: 0.3, maxFraction: 0.8 },
      'intermediate-both': { minFraction: 0.2, maxFraction: 0.5 },
      poor: null,
    } satisfies Record<TpmtStatus, { minFraction: number; maxFraction: number } | null>,
    tpmtCitations: { 'intermediate-both': ['cpic-2024'] } as Partial<Record<TpmtStatus, readonly SourceId[]>>,
    tpmtNotices: {
      normal: null,
      unknown: {
        level: 'critical',
        code: 'azathioprine-tpmt-unknown',
        message: 'Do not start before the TPMT and NUDT15 results are known.',
      },
      intermediate: {
        level: 'warning',
        code: 'azathioprine-tpmt-intermediate',
        message: 'TPMT or NUDT15 intermediate metaboliser: start at 30–80% of the normal dose (shown).',
      },
      'intermediate-both': {
        level: 'warning',
        code: 'azathioprine-tpmt-intermediate-both',
        message: 'TPMT and NUDT15 both intermediate: start at 20–50% of the normal dose (shown).',
      },
      poor: {
        level: 'critical',
        code: 'azathioprine-tpmt-poor',
        message: 'Poor TPMT or NUDT15 metaboliser: do not use azathioprine; choose a non-thiopurine agent.',
      },
    } satisfies Record<TpmtStatus, NoticeRule | null>,
    notices: [
      {
        level: 'warning',
        code: 'azathioprine-allopurinol',
        message: 'Allopurinol: reduce azathioprine to a quarter to a third of the dose. Febuxostat: do not combine.',
      },
      {
        level: 'info',
        code: 'azathioprine-steady-state',
        message: 'Allow 2 weeks at each dose to reach steady state.',
      },
      {
        level: 'info',
        code: 'azathioprine-label-range',
        message: 'The US rheumatoid-arthritis label starts near 1 mg/kg/day and goes to at most 2.5 mg/kg/day.',
      },
    ],
  },
  mycophenolate: {
    drug: 'mycophenolate',
    rule: 'dose/mycophenolate',
    minMgPerDose: 1000,
    maxMgPerDose: 1500,
    timesPerDay: 2,
    route: 'by mouth twice daily',
    citations: ['src', 'mmf-label'],
    notices: [
      {
        level: 'warning',
        code: 'mycophenolate-pregnancy',
        message: 'Embryofetal toxicity: pregnancy test before starting and two forms of contraception.',
      },
    ],
  },
  ivig: {
    drug: 'ivig',
    rule: 'dose/ivig',
    gPerKgPerCourse: 2,
    everyWeeks: 4,
    maxDecimals: 1,
    /** With myasthenic features the course is given over 5 days (asco-2021). */
    myasthenicDays: 5,
    /** Devine ideal body weight (devine-1974): base kg by sex, plus kg per inch over 60 in. */
    ibw: { baseKg: { male: 50, female: 45.5 }, kgPerInchOver60: 2.3, baseInches: 60, cmPerInch: 2.54 },
    /** Adjusted weight = IBW + factor × (actual − IBW). */
    adjustedFactor: 0.4,
    /** Actual weight above this fraction of IBW brings the dosing-weight choice (product choice). */
    obesityThreshold: 1.2,
    /** Whole-vial rounding is used only within this percentage of the exact daily dose (hopa-2018, by analogy). */
    vialTolerancePct: 10,
    /** Infusion rate, e.g. Octagam 10% in dermatomyositis (octagam-label), in mg/kg/min. */
    rateMgPerKgPerMin: { start: 1, max: 4, renalOrThromboticRisk: 3.3 },
    route: 'IV, divided equally over consecutive days, every 4 weeks',
    citations: ['src', 'octagam-label'],
    weightCitations: ['devine-1974'],
    vialCitations: ['hopa-2018'],
    myasthenicCitations: ['asco-2021'],
    notices: [
      {
        level: 'warning',
        code: 'ivig-renal-thrombosis',
        message: 'Check renal function and hydration before each course; IVIG carries a thrombosis risk.',
      },
      {
        level: 'warning',
        code: 'ivig-iga',
        message: 'IgA deficiency with anti-IgA antibodies: risk of a severe reaction.',
      },
      {
        level: 'info',
        code: 'ivig-plasma-exchange',
        message: 'Do not start plasma exchange straight after IVIG: it removes the immunoglobulin.',
      },
    ],
  },
  rituximab: {
    drug: 'rituximab',
    rule: 'dose/rituximab',
    mgPerDose: 1000,
    days: [1, 15],
    route: 'IV',
    citations: ['src', 'rituximab-label', 'eular-infection-2022'],
    notices: [
      {
        level: 'warning',
        code: 'rituximab-hepatitis-b',
        message:
          'Screen for hepatitis B (HBsAg and anti-HBc) before each new course, unless screened negative with no new exposure since; anti-HBc positive: antiviral prophylaxis or monitoring agreed with hepatology.',
      },
      {
        level: 'info',
        code: 'rituximab-premedication',
        message:
          'Premedication 30 minutes before each infusion: methylprednisolone 100 mg IV, paracetamol and an antihistamine.',
      },
      {
        level: 'info',
        code: 'rituximab-rate',
        message:
          'First infusion: start at 50 mg/h and increase by 50 mg/h every 30 minutes to at most 400 mg/h. Second infusion: start at 100 mg/h and increase by 100 mg/h every 30 minutes to at most 400 mg/h.',
      },
      {
        level: 'info',
        code: 'rituximab-retreatment',
        message: 'Do not retreat sooner than 16 weeks.',
      },
    ],
  },
} as const satisfies { [K in DrugId]: DrugRuleBase & { drug: K } & Record<string, unknown> };

/** Drugs taken by mouth: with bulbar symptoms each carries the swallow notice (content-spec §3.1). */
export const ORAL_DRUGS: readonly DrugId[] = ['prednisone', 'methotrexate', 'azathioprine', 'mycophenolate'];

export const BULBAR_NOTICE: NoticeRule = {
  level: 'critical',
  code: 'oral-bulbar',
  message: 'Bulbar symptoms: nothing by mouth until the swallow has been assessed.',
};

/** Lines whose dose is computed from the weight: withheld until an unusual weight is confirmed. */
export const WEIGHT_BASED_DRUGS: readonly DrugId[] = ['prednisone', 'azathioprine', 'ivig'];

/** The notices about the weight itself (content-spec §4.1, product limits). */
export const WEIGHT_NOTICES = {
  unusual: 'Unusual weight: confirm it is a measured weight in kilograms.',
  confirmed: 'Unusual weight, confirmed by the clinician as a measured weight in kilograms.',
  pounds: (value: string, kg: string) => `Is this weight in pounds? ${value} lb = ${kg} kg.`,
  bmi: (bmi: string, heightCm: string) => `BMI ${bmi} for ${heightCm} cm: check the weight and the unit.`,
  withheld: 'Withheld until the weight is confirmed as a measured weight in kilograms.',
  citations: ['ismp-bp'] as readonly SourceId[],
} as const;

/**
 * Inside the pathway's steps a dose line shows its dose, its critical notices and these warnings,
 * which qualify that very dose; the other checks of a drug (pregnancy tests, interactions,
 * infusion rates…) are in the dose calculator, and their key points in the steps' own text (the
 * IVIG and rituximab checks, the pre-treatment checks step).
 */
export const PATHWAY_DOSE_NOTICE_CODES: readonly string[] = [
  'weight-withheld',
  'prednisone-ici-ck-condition',
  'prednisone-ici-ck-below-3',
  'prednisone-ici-grade-1',
  'prednisone-ici-myocarditis',
  'prednisone-myasthenia',
  'prednisone-local-cap-above-default',
  'ivig-myasthenic-days',
  'ivig-dosing-weight-choice',
];

/** Every dose rule id (content-spec §4 rows), for traceability. */
export const DOSE_RULE_IDS: readonly string[] = Object.values(DRUG_RULES).map((r) => r.rule);
