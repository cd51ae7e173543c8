/** The core's public result types (design.md, "Public contract of the core"). */
import type { SourceId } from '../content/sources.js';
import type { DrugId, Sex, IvigDosingWeight, RedFlag, Severity, TpmtStatus, WeightUnit, Weekday } from '../content/inputs.js';
import type { Indicator, PathwayInput, Priority, StepId } from '../content/pathway-rules.js';

export type { SourceId, DrugId, Indicator, PathwayInput, Priority, StepId };

/** One invalid input field: `message` is plain English and names the allowed range or values. */
export type FieldError = { field: string; message: string };

export type Notice = { level: 'critical' | 'warning' | 'info'; code: string; message: string };

export type Step = {
  id: StepId;
  priority: Priority;
  indicator: Indicator;
  /** True on withdraw-checkpoint-inhibitor when withdrawal is mandatory. */
  mandatory?: boolean;
  title: string;
  text: string;
  /** The inputs that made this step appear, in words. */
  why: string[];
  /** Non-empty. */
  citations: SourceId[];
  /** Notices shown with the step (e.g. the myasthenia warning on the methylprednisolone pulse). */
  notices?: Notice[];
  /** The content-spec §3 rows that produced this step (traceability). */
  rules: string[];
};

export type PathwayResult =
  | {
      ok: true;
      input: PathwayInput;
      /**
       * The severity every rule used: the given severity raised to severe by any red flag
       * (content-spec §2); `warnings` then says so (code `severity-raised`).
       */
      effectiveSeverity: Severity;
      steps: Step[];
      contentVersion: string;
      /** Problems that did not stop the evaluation, e.g. an ignored institution configuration. */
      warnings: Notice[];
    }
  | { ok: false; errors: FieldError[] };

/** The validated dose input with every default filled in. */
export interface DoseInput {
  weight: number;
  weightUnit: WeightUnit;
  heightCm?: number;
  sex?: Sex;
  ivigDays: number;
  ivigDosingWeight: IvigDosingWeight;
  tpmt: TpmtStatus;
  startDate?: string;
  methotrexateDay?: Weekday;
  /** The clinician confirmed an unusual weight as a measured weight in kg (content-spec §4.1). */
  weightConfirmed: boolean;
  age?: number;
  /** The pathway's context (content-spec §4.2, "for the pathway's use"): changes only the lines it names. */
  checkpointInhibitor?: boolean;
  /** The effective severity of the pathway (defaults to moderate where a rule needs one). */
  severity?: Severity;
  ckTimesUln?: number;
  /** Red flags: bulbar (oral lines), myasthenic (IVIG over 5 days, glucocorticoid notices), myocarditis. */
  redFlags?: RedFlag[];
}

export type Amount = { min: number; max: number; unit: 'mg' | 'g' };

export type DoseLine = {
  drug: DrugId;
  /** What to give per `per`, after cap and rounding (min === max for one value); absent when withheld. */
  amount?: Amount;
  /** Before cap and rounding; absent when withheld. */
  exact?: Amount;
  per: 'day' | 'week' | 'dose' | 'course';
  timesPerDay?: number;
  days?: number;
  perDay?: number;
  dosingWeightKg?: number;
  /** IVIG: which weight the dose used. */
  dosingWeightKind?: 'actual' | 'adjusted';
  schedule?: { day: number; date?: string }[];
  capped?: boolean;
  rounded?: boolean;
  /**
   * True when no dose is given (no `amount`, no `exact`): the drug must not be given (azathioprine
   * in a poor metaboliser; no glucocorticoid in grade 1 or grade 2 below 3 × ULN with a checkpoint
   * inhibitor) or the weight must be confirmed first. A notice says why.
   */
  withheld?: boolean;
  /**
   * The ISMP-formatted line a clinician reads: the dose, then its basis (content-spec §4: "each
   * line shows the basis and the result"), e.g. "Prednisone 70 mg by mouth once daily in the
   * morning — 1 mg/kg/day × 72 kg = 72 mg daily; rounded from 72 mg to 70 mg (nearest 5 mg)".
   */
  text: string;
  /** The dose alone, without the basis (for a heading above a separate `basis` list). */
  summary: string;
  /** How the dose was reached: "1 mg/kg/day × 72 kg = 72 mg daily", rounding, cap. */
  basis: string[];
  notices: Notice[];
  citations: SourceId[];
  /** The content-spec §4 row (traceability). */
  rule: string;
};

/** Body measures behind the IVIG dosing weight (content-spec §4). */
export type BodyMeasures = {
  heightCm?: number;
  bmi?: number;
  idealKg?: number;
  adjustedKg?: number;
  /** Actual weight is more than 120% of ideal body weight. */
  aboveThreshold?: boolean;
  /** Height below 60 inches (152.4 cm), where the Devine formula gives no ideal weight. */
  belowIdealWeightRange?: boolean;
};

export type DoseResult =
  | {
      ok: true;
      input: DoseInput;
      weightKg: number;
      /** The dosing weight in both units, as every view shows it: "70 kg (154.3 lb)". */
      weightText: string;
      /** "154 lb = 69.85 kg" when the weight was entered in pounds. */
      conversion?: string;
      /**
       * The weight is in the confirmation tier (content-spec §4.1): true before and after it is
       * confirmed. Weight-based lines are withheld while this is true and the input's
       * `weightConfirmed` is not.
       */
      weightConfirmationRequired: boolean;
      body: BodyMeasures;
      lines: DoseLine[];
      warnings: Notice[];
      contentVersion: string;
    }
  | { ok: false; errors: FieldError[] };
