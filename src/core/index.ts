/**
 * nam-cds core: the pure rules behind the elements (no DOM, no Lit). Runs in Node and browsers.
 * Every function is total: it returns a result for any input and never throws.
 */
export { evaluatePathway } from './pathway.js';
export { calculateDoses } from './doses.js';
export { pathwayNote, doseNote } from './note.js';
export { resolveConfig, reviewState, DEFAULT_CONFIG } from './config.js';
export type { ResolvedConfig, ConfigResolution, Governance, ReviewState } from './config.js';
export { formatAmount, formatNumber } from './format.js';
export { formatDate, isCalendarDate, addDays, todayIso } from './dates.js';
export { idealBodyWeightKg, adjustedBodyWeightKg } from './body-weight.js';
export { prefillFromFhir } from './fhir.js';
export type { Prefill, PrefillVisit, Provenance, RecordNotice } from './fhir.js';
export { toCdsHooksCards } from './cds-hooks.js';
export type { CdsCard, CardOptions } from './cds-hooks.js';
export { checkOrders } from './cds-orders.js';
export type { OrderContext } from './cds-orders.js';
export { FHIR_SYSTEMS, OBSERVATION_CODES, MEDICATION_ATC } from '../content/fhir-codes.js';
export type { CodeRef, ObservationKind, MedicationKind } from '../content/fhir-codes.js';
export { CONTENT_VERSION, CONTENT_DATE } from '../content/version.js';
export { SOURCES, SOURCE_IDS } from '../content/sources.js';
export type { Source, SourceKind } from '../content/sources.js';
export { PRIORITIES, INDICATORS, STEP_IDS, CLINICAL_NOTES, PATHWAY_RULE_IDS } from '../content/pathway-rules.js';
export { DOSE_RULE_IDS } from '../content/drug-rules.js';
export type { ClinicalNote } from '../content/pathway-rules.js';
export {
  ANTIBODIES,
  STATIN_EXPOSURES,
  SEVERITIES,
  RED_FLAGS,
  MANDATORY_RED_FLAGS,
  PHASES,
  WEIGHT_UNITS,
  SEXES,
  IVIG_DOSING_WEIGHTS,
  TPMT_STATUSES,
  WEEKDAYS,
  DRUG_IDS,
  LABELS,
  LIMITS,
  PATHWAY_DEFAULTS,
  DOSE_DEFAULTS,
} from '../content/inputs.js';
export type {
  Antibody,
  StatinExposure,
  Severity,
  RedFlag,
  Phase,
  WeightUnit,
  Sex,
  IvigDosingWeight,
  TpmtStatus,
  Weekday,
} from '../content/inputs.js';
export type * from './types.js';
