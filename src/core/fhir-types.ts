/** The result types of the record prefill (design.md "2.0 additions", content-spec §6.1). */
import type { RecordNotice } from './fhir-read.js';
import type { DoseInput, FieldError, PathwayInput } from './types.js';

export type { RecordNotice };

/**
 * A follow-up visit from the record: one per date with a CK result (U/L), the laboratory's
 * upper limit of normal from the result's reference range. The same shape as the follow-up
 * core's visit, with only the fields a record fills.
 */
export type PrefillVisit = { date: string; ck?: number; ckUln?: number };

/** Where a prefilled value came from: the resource, and its date (YYYY-MM-DD) when it has one. */
export type Provenance = {
  resourceType: string;
  id: string;
  /** The calendar date of the observation or medication record. */
  effective?: string;
  /** A weight older than `fhir.weightMaxAgeDays` (content-spec §6.1). */
  stale?: boolean;
};

export type Prefill =
  | {
      ok: true;
      /** Pathway inputs the record gave (antibody, statin, checkpointInhibitor, age). */
      pathway: Partial<PathwayInput>;
      /**
       * Dose inputs the record gave (weight in kg with weightUnit 'kg', heightCm, sex, age,
       * tpmt). Never `weightConfirmed`: confirming an unusual weight is the clinician's act.
       */
      doses: Partial<DoseInput>;
      /** One visit per date with a CK result, sorted by date. */
      visits: PrefillVisit[];
      /** By input path: 'doses.weight', 'pathway.antibody', 'visits[0].ck', … */
      provenance: Record<string, Provenance>;
      /** What was read, converted, left out and why: conflicts, unreadable and future-dated resources, stale weights. */
      warnings: RecordNotice[];
      /** The date ages and the weight's age were computed on. */
      today: string;
      contentVersion: string;
    }
  | { ok: false; errors: FieldError[] };

