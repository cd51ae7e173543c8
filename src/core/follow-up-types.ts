/**
 * The follow-up core's public types (design.md "2.0 additions"; content-spec §5).
 *
 * Visit shape: one flat object per visit, every result a plain number field beside the date —
 * `{ date, ck, ckUln, mmt8, physicianGlobal, patientGlobal, extramuscular, haq,
 * prednisoneMgPerDay, wbc, neutrophils, platelets, eosinophils, mcv, alt, ast, albumin,
 * creatinine, egfr }`. Flat fields map one to one onto the columns of an editable table and onto
 * FHIR prefill (a visit from the record is `{ date, ck, ckUln }`). Any other field is an error.
 */
import type { MmtMax, MonitoredDrug, TisCategory, TisMeasure } from '../content/follow-up-rules.js';
import type { SourceId } from '../content/sources.js';
import type { WeightUnit } from '../content/inputs.js';
import type { FieldError, Notice } from './types.js';

export type { MmtMax, MonitoredDrug, TisCategory, TisMeasure };

/** One follow-up visit (content-spec §5.1): every field optional except `date`. */
export interface Visit {
  /** YYYY-MM-DD. One visit per date. */
  date: string;
  /** Creatine kinase, U/L (0–1,000,000). */
  ck?: number;
  /** The laboratory's CK upper limit of normal, U/L (10–1,000); config `ckUlnUL` when absent. */
  ckUln?: number;
  /** Manual muscle testing of 8 muscle groups, 0–`mmtMax`. */
  mmt8?: number;
  /** Visual analogue scales of disease activity, 0–10 cm. */
  physicianGlobal?: number;
  patientGlobal?: number;
  extramuscular?: number;
  /** Health Assessment Questionnaire disability index, 0–3. */
  haq?: number;
  /** The glucocorticoid dose at this visit, prednisone-equivalent mg/day (0–200). */
  prednisoneMgPerDay?: number;
  /** Blood counts, ×10⁹/L. */
  wbc?: number;
  neutrophils?: number;
  platelets?: number;
  eosinophils?: number;
  /** fL. */
  mcv?: number;
  /** U/L. */
  alt?: number;
  ast?: number;
  /** g/L. */
  albumin?: number;
  /** µmol/L. */
  creatinine?: number;
  /** mL/min/1.73 m². */
  egfr?: number;
}

/** A drug the safety blood tests follow. */
export interface FollowUpDrug {
  drug: MonitoredDrug;
  /** YYYY-MM-DD. */
  started: string;
  /** YYYY-MM-DD of the last dose increase. */
  lastIncrease?: string;
}

/** The validated follow-up input: visits in date order, each with the ULN used for its CK filled in. */
export interface FollowUpInput {
  visits: Visit[];
  drugs: FollowUpDrug[];
  mmtMax: MmtMax;
  today?: string;
}

export interface TisMeasureResult {
  measure: TisMeasure;
  /** % improvement from baseline to 2 decimals (negative when worse). */
  improvementPct: number;
  points: number;
}

export interface VisitAssessment {
  date: string;
  /** The visit's position in the list as given (visits are returned in date order). */
  index: number;
  /** CK as a multiple of this visit's ULN; % changes from baseline and from the previous visit (2 decimals). */
  ck?: { timesUln: number; changeFromBaselinePct?: number; changeFromPreviousPct?: number };
  /** MMT-8 change from baseline, in points and in % of `mmtMax` (2 decimals). */
  mmt8?: { changeFromBaseline: number; changeFromBaselinePct: number };
  /** The Total Improvement Score: only when all six core set measures are at baseline and at this visit. */
  tis?: { total: number; category: TisCategory; measures: TisMeasureResult[] };
  deterioration?: 'possible' | 'confirmed';
  /** Blood-test results beyond their thresholds; the code names the test ('neutrophils-low', 'alt-high', …). */
  labFlags: Notice[];
  /** Other notices for this visit: deterioration, a CK rise (never called a relapse). */
  notices: Notice[];
}

export interface NextBloods {
  date: string;
  /** The schedule, the drug(s) and the rule that set the date. */
  reason: string;
  drugs: MonitoredDrug[];
  /** The date is before `today`. */
  overdue: boolean;
}

export type FollowUpResult =
  | {
      ok: true;
      input: FollowUpInput;
      visits: VisitAssessment[];
      nextBloods?: NextBloods;
      /** Glucocorticoid exposure prompts (Pneumocystis prophylaxis, bone protection). */
      exposure: Notice[];
      /** Overdue blood tests, an ignored configuration. */
      warnings: Notice[];
      /** The sources of the rules applied. */
      citations: SourceId[];
      contentVersion: string;
    }
  | { ok: false; errors: FieldError[] };

/** The taper plan's input (content-spec §5.6). */
export interface TaperInput {
  weight?: number;
  weightUnit: WeightUnit;
  weightConfirmed: boolean;
  heightCm?: number;
  /** YYYY-MM-DD: the first day of the starting dose. */
  startDate: string;
  /** An explicit starting dose (5–100 mg, a multiple of 5, within the cap); the weight is then not used. */
  startMgPerDay?: number;
}

export interface TaperStep {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive; absent on the floor step reached by tapering (then by response). */
  to?: string;
  mgPerDay: number;
}

export type TaperResult =
  | {
      ok: true;
      input: TaperInput;
      steps: TaperStep[];
      /** What follows the last step: the taper continues by response below the floor (no dates). */
      then: string;
      /** The starting dose. */
      startMgPerDay: number;
      /** How the starting dose and the steps were reached ("1 mg/kg/day × 70 kg (154.3 lb) = 70 mg daily", the cap, the rule). */
      basis: string[];
      /** The weight used, in both units (absent with an explicit starting dose). */
      weightKg?: number;
      weightText?: string;
      /** The weight was in the confirmation tier (content-spec §4.1) and confirmed; the warning says so. */
      weightConfirmationRequired: boolean;
      warnings: Notice[];
      citations: SourceId[];
      contentVersion: string;
    }
  | { ok: false; errors: FieldError[] };
