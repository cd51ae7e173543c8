/**
 * What the record readers share while one record is read. Kept apart from the public result
 * types (fhir-types.ts) so the package's declarations do not reach the zod schema types.
 */
import type { CodeRef, ObservationKind } from '../content/fhir-codes.js';
import type { ResolvedConfig } from './config.js';
import type { RecordItem, RecordNotice } from './fhir-read.js';
import type { ConceptRead, MedicationUseRead, ObservationRead } from './fhir-schemas.js';
import type { Provenance } from './fhir-types.js';

export interface PrefillContext {
  today: string;
  config: ResolvedConfig;
  items: RecordItem[];
  /** The record's Observations that are valid FHIR (as far as they are read). */
  observations: { item: RecordItem; read: ObservationRead }[];
  /** Its MedicationRequests, MedicationStatements and MedicationAdministrations, likewise. */
  medicationUses: { item: RecordItem; read: MedicationUseRead; concept?: ConceptRead }[];
  notices: RecordNotice[];
  provenance: Record<string, Provenance>;
  /** The default code tables with the institution's codes added. */
  codes: Record<ObservationKind, readonly CodeRef[]>;
  atc: { statin: readonly string[]; checkpointInhibitor: readonly string[] };
}
