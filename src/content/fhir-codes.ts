/**
 * Record interoperability tables (content-spec §6.1, §6.2): which FHIR R4 codes fill which
 * input, which units are read, which coded results count as positive or negative, and which
 * medication codes the order checks recognise. The institution adds its own codes in its
 * configuration (`fhir.codes.*`, `fhir.medications.*`); they are merged with these, never
 * replacing them. The core (src/core/fhir*.ts, cds-*.ts) reads every code from here.
 */
import type { MedicationAdministration, MedicationRequest, MedicationStatement, Observation } from 'fhir/r4';

/** Code systems, as FHIR R4 writes their canonical URIs. */
export const FHIR_SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  atc: 'http://www.whocc.no/atc',
  ucum: 'http://unitsofmeasure.org',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
} as const;

export interface CodeRef {
  system: string;
  code: string;
}

const loinc = (code: string): CodeRef => ({ system: FHIR_SYSTEMS.loinc, code });
const snomed = (code: string): CodeRef => ({ system: FHIR_SYSTEMS.snomed, code });
const interpretation = (code: string): CodeRef => ({ system: FHIR_SYSTEMS.interpretation, code });

/**
 * Observation codes by what they fill (content-spec §6.1). TPMT and NUDT15 have no default
 * code: laboratories code phenotypes their own way, so only the institution's codes are read.
 */
export const OBSERVATION_CODES = {
  weight: [loinc('29463-7')],
  height: [loinc('8302-2')],
  ck: [loinc('2157-6')],
  hmgcr: [loinc('93493-5')],
  srp: [loinc('33921-8')],
  tpmt: [],
  nudt15: [],
} as const satisfies Record<string, readonly CodeRef[]>;

export type ObservationKind = keyof typeof OBSERVATION_CODES;

/**
 * ATC codes or prefixes (system http://www.whocc.no/atc): a medication matches when one of its
 * ATC codes starts with one of these.
 */
export const MEDICATION_ATC = {
  /** Statins (C10AA) and lipid-modifying combinations containing a statin (C10B). */
  statin: ['C10AA', 'C10B'],
  /** PD-1/PD-L1 inhibitors (L01FF) and ipilimumab (L01FX04). */
  checkpointInhibitor: ['L01FF', 'L01FX04'],
  /** Methotrexate as an antineoplastic (L01BA01) and as an immunosuppressant (L04AX03). */
  methotrexate: ['L01BA01', 'L04AX03'],
  azathioprine: ['L04AX01'],
} as const satisfies Record<string, readonly string[]>;

export type MedicationKind = keyof typeof MEDICATION_ATC;

/**
 * Units read for each measure: UCUM codes (Quantity.system http://unitsofmeasure.org) and the
 * plain unit strings a record may carry in Quantity.unit (compared without case or surrounding
 * spaces). Anything else is an unknown unit: reported, never converted by guess.
 */
export const UNITS = {
  weight: {
    kg: { ucum: ['kg'], text: ['kg'] },
    lb: { ucum: ['[lb_av]'], text: ['lb'] },
  },
  height: {
    cm: { ucum: ['cm'], text: ['cm'] },
    in: { ucum: ['[in_i]'], text: ['in'] },
  },
  /** Enzyme activity: the international unit (IU) is the enzyme unit U, so IU/L is U/L. */
  ck: {
    'U/L': { ucum: ['U/L', '[IU]/L'], text: ['U/L', 'IU/L'] },
  },
} as const;

/** Coded antibody results (content-spec §6.1, read from valueCodeableConcept and interpretation). */
export const RESULT_CODES = {
  positive: [snomed('10828004'), snomed('260373001'), interpretation('POS'), interpretation('DET')],
  negative: [snomed('260385009'), snomed('260415000'), interpretation('NEG'), interpretation('ND')],
} as const satisfies Record<'positive' | 'negative', readonly CodeRef[]>;

/**
 * Antibody results written as text (valueString, CodeableConcept.text or a coding's display):
 * the whole text must be one of these, without case or surrounding spaces. "Weakly positive",
 * "borderline" or "equivocal" are not read: they are reported for the clinician to judge.
 */
export const RESULT_TEXT = {
  positive: ['positive', 'detected'],
  negative: ['negative', 'not detected'],
} as const;

/**
 * TPMT / NUDT15 phenotypes written as text: after removing the gene name and a trailing
 * "metabolizer" / "metaboliser", the text must be exactly one of these.
 */
export const PHENOTYPE_TEXT = ['normal', 'intermediate', 'poor'] as const;
export type Phenotype = (typeof PHENOTYPE_TEXT)[number];

/**
 * What a medication resource's status says about exposure (content-spec §6.1: "active →
 * current; ended → past"): `active` (taking it now, or paused but not stopped), `ended`
 * (completed or stopped), `ignored` (never given: draft, intended, not taken, not done,
 * cancelled; or entered in error), `unknown` (the record does not know: reported, never guessed).
 * Typed against the FHIR R4 status value sets, so every status has an answer.
 */
export type ExposureStatus = 'active' | 'ended' | 'ignored' | 'unknown';

export const MEDICATION_REQUEST_STATUS = {
  active: 'active',
  'on-hold': 'active',
  completed: 'ended',
  stopped: 'ended',
  draft: 'ignored',
  cancelled: 'ignored',
  'entered-in-error': 'ignored',
  unknown: 'unknown',
} as const satisfies Record<MedicationRequest['status'], ExposureStatus>;

export const MEDICATION_STATEMENT_STATUS = {
  active: 'active',
  'on-hold': 'active',
  completed: 'ended',
  stopped: 'ended',
  intended: 'ignored',
  'not-taken': 'ignored',
  'entered-in-error': 'ignored',
  unknown: 'unknown',
} as const satisfies Record<MedicationStatement['status'], ExposureStatus>;

export const MEDICATION_ADMINISTRATION_STATUS = {
  'in-progress': 'active',
  'on-hold': 'active',
  completed: 'ended',
  stopped: 'ended',
  'not-done': 'ignored',
  'entered-in-error': 'ignored',
  unknown: 'unknown',
} as const satisfies Record<MedicationAdministration['status'], ExposureStatus>;

/**
 * Observation statuses: `final` results are read; `provisional` ones (preliminary, or a status
 * the record does not know) are read with a warning; `ignored` ones have no result (registered)
 * or must not be used (cancelled, entered in error).
 */
export const OBSERVATION_STATUS = {
  final: 'final',
  amended: 'final',
  corrected: 'final',
  preliminary: 'provisional',
  unknown: 'provisional',
  registered: 'ignored',
  cancelled: 'ignored',
  'entered-in-error': 'ignored',
} as const satisfies Record<Observation['status'], 'final' | 'provisional' | 'ignored'>;
