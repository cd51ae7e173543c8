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
    defaultCapMgPerDay: 75,
    capCitations: ['etg'],
    roundingMg: 5,
    route: 'by mouth once daily in the morning',
    citations: ['src', 'etg', 'bsr-2022'],
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
  },
  methotrexate: {
    drug: 'methotrexate',
    rule: 'dose/methotrexate',
    minMgPerWeek: 15,
    maxMgPerWeek: 25,
    roundingMg: 2.5,
    route: 'by mouth or subcutaneously, once weekly on one named day',
    citations: ['src'],
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
        message: 'Check renal function before starting (no numeric threshold is given here: follow the local protocol).',
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
    citations: ['src', 'cpic-2018'],
    /** Fraction of the normal dose by TPMT/NUDT15 status (cpic-2018); null: do not use. */
    tpmt: {
      normal: { minFraction: 1, maxFraction: 1 },
      unknown: { minFraction: 1, maxFraction: 1 },
      intermediate: { minFraction: 0.3, maxFraction: 0.8 },
      'intermediate-both': { minFraction: 0.2, maxFraction: 0.5 },
      poor: null,
    } satisfies Record<TpmtStatus, { minFraction: number; maxFraction: number } | null>,
    tpmtNotices: {
      normal: null,
      unknown: {
        level: 'warning',
        code: 'azathioprine-tpmt-unknown',
        message: 'TPMT and NUDT15 status unknown: test both before starting azathioprine.',
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
    notices: [],
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
    /** Devine ideal body weight (devine-1974): base kg by sex, plus kg per inch over 60 in. */
    ibw: { baseKg: { male: 50, female: 45.5 }, kgPerInchOver60: 2.3, baseInches: 60, cmPerInch: 2.54 },
    /** Adjusted weight = IBW + factor × (actual − IBW). */
    adjustedFactor: 0.4,
    /** Actual weight above this fraction of IBW brings the adjusted-weight note. */
    obesityThreshold: 1.2,
    route: 'IV, divided equally over consecutive days, every 4 weeks',
    citations: ['src', 'octagam-label'],
    weightCitations: ['devine-1974'],
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
        code: 'ivig-rate',
        message:
          'Infuse at the rate on the product label, e.g. Octagam 10% in dermatomyositis: start at 1 mg/kg/min, at most 4 mg/kg/min; no more than 3.3 mg/kg/min when there is renal or thrombotic risk.',
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
    citations: ['src', 'rituximab-label'],
    notices: [
      {
        level: 'warning',
        code: 'rituximab-hepatitis-b',
        message: 'Screen for hepatitis B before the first dose.',
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

/** Warnings about the weight itself (content-spec §4, product limits). */
export const WEIGHT_NOTICES = {
  implausible: {
    level: 'critical',
    code: 'weight-implausible',
    message: 'Unusual weight: confirm a measured weight and the unit.',
  },
  /** Replaces `implausible` for a value above 150 entered in kg: the same warning, also asking about pounds. */
  maybePounds: {
    level: 'critical',
    code: 'weight-maybe-pounds',
    message:
      'Unusual weight: confirm a measured weight and the unit. Is this weight in pounds? A value above 150 entered in kg should be checked.',
  },
} as const satisfies Record<string, NoticeRule>;

/** Every dose rule id (content-spec §4 rows), for traceability. */
export const DOSE_RULE_IDS: readonly string[] = Object.values(DRUG_RULES).map((r) => r.rule);
