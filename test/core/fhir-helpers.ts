/**
 * FHIR R4 test resources (not a test file itself): the fixtures in test/fixtures/fhir, written
 * from the examples of the FHIR R4 specification, and small builders for table rows.
 */
import type { Bundle, Observation, Resource } from 'fhir/r4';
import type { Prefill } from '../../src/core/index.js';

export const TODAY = '2026-12-07';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const SNOMED = 'http://snomed.info/sct';
export const ATC = 'http://www.whocc.no/atc';
export const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

const cache = new Map<string, unknown>();

/** A fixture from test/fixtures/fhir (a fresh copy each time, so a test may change it). */
export async function fixture<T = Resource>(name: string): Promise<T> {
  if (!cache.has(name)) {
    const response = await fetch(new URL(`../fixtures/fhir/${name}`, import.meta.url));
    if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
    cache.set(name, await response.json());
  }
  return structuredClone(cache.get(name)) as T;
}

/** Several fixtures at once. */
export const fixtures = (...names: string[]) => Promise.all(names.map((n) => fixture(n)));

/** A searchset Bundle of resources, as a prefetch brings them. */
export const bundle = (...resources: Resource[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});

let counter = 0;
/** An observation with a LOINC code (or any coding) and the given value elements. */
export function observation(code: string | { system: string; code: string }, effective: string | undefined, value: Partial<Observation>, id?: string): Observation {
  const coding = typeof code === 'string' ? { system: LOINC, code } : code;
  return {
    resourceType: 'Observation',
    id: id ?? `obs-${++counter}`,
    status: 'final',
    code: { coding: [coding] },
    subject: { reference: 'Patient/nam-1' },
    ...(effective !== undefined && { effectiveDateTime: effective }),
    ...value,
  } as Observation;
}

export const kg = (value: number) => ({ valueQuantity: { value, unit: 'kg', system: UCUM, code: 'kg' } });
export const weight = (value: number, effective: string | undefined, id?: string) => observation('29463-7', effective, kg(value), id);

/** A coded positive or negative result (SNOMED CT). */
export const coded = (result: 'positive' | 'negative') => ({
  valueCodeableConcept: {
    coding: [{ system: SNOMED, code: result === 'positive' ? '10828004' : '260385009', display: result === 'positive' ? 'Positive' : 'Negative' }],
  },
});
export const hmgcr = (result: 'positive' | 'negative', id?: string, effective = '2026-11-22') => observation('93493-5', effective, coded(result), id);
export const srp = (result: 'positive' | 'negative', id?: string, effective = '2026-11-22') => observation('33921-8', effective, coded(result), id);

/** A medication resource coded with an ATC code. */
export function medication(
  resourceType: 'MedicationRequest' | 'MedicationStatement' | 'MedicationAdministration',
  status: string,
  atc: string,
  extra: Record<string, unknown> = {},
  id?: string,
): Resource {
  return {
    resourceType,
    id: id ?? `med-${++counter}`,
    status,
    ...(resourceType === 'MedicationRequest' && { intent: 'order' }),
    subject: { reference: 'Patient/nam-1' },
    medicationCodeableConcept: { coding: [{ system: ATC, code: atc }] },
    ...extra,
  } as Resource;
}

export type OkPrefill = Extract<Prefill, { ok: true }>;

export function okPrefill(result: Prefill): OkPrefill {
  if (!result.ok) throw new Error(`expected ok prefill, got ${JSON.stringify(result.errors)}`);
  return result;
}

/** The codes of the prefill's warnings (every level). */
export const codes = (result: OkPrefill) => result.warnings.map((w) => w.code);
