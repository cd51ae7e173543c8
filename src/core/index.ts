/**
 * nam-cds core: the pure rules behind the elements (no DOM, no Lit). Runs in Node and browsers.
 * Every function is total: it returns a result for any input and never throws.
 */
export { evaluatePathway } from './pathway.js';
export { calculateDoses, weightTier, ivigAmounts } from './doses.js';
export { pathwayNote, doseNote, doseLineNote, compactSource, pathwayInputWords } from './note.js';
export { pathwayDoses, pathwayDoseContext, pathwayDoseNotices, doseLinesForStep, stepNotices, stepTakesDose } from './pathway-doses.js';
export { pathwayGlance, glanceOmitted, shortDose, GLANCE_LINES } from './glance.js';
export type { GlanceItem } from './glance.js';
export { assessFollowUp, planTaper, followUpNote, taperNote } from './follow-up.js';
export { resolveConfig, reviewState, DEFAULT_CONFIG } from './config.js';
export type { ResolvedConfig, ConfigResolution, Governance, ReviewState } from './config.js';
export { formatAmount, formatNumber, formatDualWeight, formatDoseWeight } from './format.js';
export { formatDate, formatShortDate, isCalendarDate, addDays, addMonths, todayIso } from './dates.js';
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
export { PRIORITIES, INDICATORS, STEP_IDS, CLINICAL_NOTES, PATHWAY_RULE_IDS, STEP_DOSE_DRUGS, effectiveSeverityOf } from '../content/pathway-rules.js';
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
export {
  TIS_MEASURES,
  TIS_CATEGORIES,
  MONITORED_DRUGS,
  MMT_MAXIMA,
  LAB_FIELDS,
  VISIT_LIMITS,
  VISIT_LABELS,
  TIS_RULES,
  CK_RULES,
  DETERIORATION_RULES,
  LAB_RULES,
  BLOODS_SCHEDULE,
} from '../content/follow-up-rules.js';
export type * from './types.js';
export type * from './follow-up-types.js';
