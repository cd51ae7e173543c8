/**
 * zod schemas for the parts of FHIR R4 resources the prefill and the order checks read
 * (content-spec §6). Loose objects: any other element is allowed and left alone; an element
 * that is read must have its FHIR JSON type, or the resource is reported as unreadable.
 */
import type { RecordItem } from './fhir-read.js';
import { ownCopy } from './own.js';
import { safeParse, schemas, z } from './zod.js';

// Pure: the element bundles, which never read a record, leave these schemas out.
export const S = /*#__PURE__*/ schemas(() => {
  const opt = z.optional;
  const str = z.string();
  const coding = z.looseObject({ system: opt(str), code: opt(str), display: opt(str) });
  const concept = z.looseObject({ coding: opt(z.array(coding)), text: opt(str) });
  const quantity = z.looseObject({
    value: opt(z.number()),
    unit: opt(str),
    system: opt(str),
    code: opt(str),
    comparator: opt(str),
  });
  const period = z.looseObject({ start: opt(str), end: opt(str) });
  const reference = z.looseObject({ reference: opt(str), display: opt(str) });
  const repeat = z.looseObject({
    frequency: opt(z.number()),
    frequencyMax: opt(z.number()),
    period: opt(z.number()),
    periodMax: opt(z.number()),
    periodUnit: opt(str),
    dayOfWeek: opt(z.array(str)),
    timeOfDay: opt(z.array(str)),
    when: opt(z.array(str)),
  });
  const dosage = z.looseObject({
    text: opt(str),
    timing: opt(z.looseObject({ repeat: opt(repeat), code: opt(concept) })),
  });
  return {
    observation: z.looseObject({
      status: opt(str),
      code: opt(concept),
      effectiveDateTime: opt(str),
      effectiveInstant: opt(str),
      effectivePeriod: opt(period),
      valueQuantity: opt(quantity),
      valueCodeableConcept: opt(concept),
      valueString: opt(str),
      interpretation: opt(z.array(concept)),
      referenceRange: opt(z.array(z.looseObject({ low: opt(quantity), high: opt(quantity), appliesTo: opt(z.array(concept)) }))),
      dataAbsentReason: opt(concept),
    }),
    /** Just what an observation is about (to tell whether an unreadable one concerns an input). */
    observationCode: z.looseObject({ code: opt(concept) }),
    /** Just which medication a medication resource is about. */
    medicationCode: z.looseObject({
      medicationCodeableConcept: opt(concept),
      medicationReference: opt(reference),
      contained: opt(z.array(z.looseObject({ resourceType: opt(str), id: opt(str), code: opt(concept) }))),
    }),
    patient: z.looseObject({ gender: opt(str), birthDate: opt(str) }),
    medication: z.looseObject({ code: opt(concept) }),
    /** MedicationRequest, MedicationStatement and MedicationAdministration: the elements read. */
    medicationUse: z.looseObject({
      status: opt(str),
      medicationCodeableConcept: opt(concept),
      medicationReference: opt(reference),
      authoredOn: opt(str),
      effectiveDateTime: opt(str),
      effectivePeriod: opt(period),
      dateAsserted: opt(str),
      dosageInstruction: opt(z.array(dosage)),
      contained: opt(z.array(z.looseObject({ resourceType: opt(str), id: opt(str), code: opt(concept) }))),
    }),
  };
});

export type ObservationRead = z.infer<typeof S.observation>;
export type PatientRead = z.infer<typeof S.patient>;
export type MedicationUseRead = z.infer<typeof S.medicationUse>;
export type ConceptRead = NonNullable<ObservationRead['code']>;
export type QuantityRead = NonNullable<ObservationRead['valueQuantity']>;
export type DosageRead = NonNullable<MedicationUseRead['dosageInstruction']>[number];

/**
 * The resource read with `schema` (own elements only), or the path of the first element that has the wrong JSON
 * type ('valueQuantity.value').
 */
export function readResource<T extends z.core.$ZodType>(
  schema: T,
  item: RecordItem,
): { ok: true; value: z.core.output<T> } | { ok: false; path: string } {
  const parsed = safeParse(schema, item.resource);
  // zod builds its output on plain objects: rebuilt on null prototypes, an element the resource
  // does not have can never be read from a polluted Object.prototype.
  if (parsed.success) return { ok: true, value: ownCopy(parsed.data) as z.core.output<T> };
  const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
  return { ok: false, path: path.replace(/[^\w.[\]-]/g, '?').slice(0, 80) };
}
