/**
 * Properties of the record prefill and the CDS Hooks cards (fast-check): total for any JSON or
 * JavaScript value; for record-like input, every value filled in has its provenance, is one the
 * core accepts, and does not depend on the order of the resources; pounds convert exactly as
 * the dose calculator converts them.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculateDoses, checkOrders, evaluatePathway, prefillFromFhir, toCdsHooksCards } from '../../src/core/index.js';
import { ATC, INTERPRETATION, LOINC, SNOMED, TODAY, UCUM, okPrefill } from './fhir-helpers.js';

const RUNS = { numRuns: 200 };

const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

// Record-like resources: the element names and values the prefill reads, in any combination,
// including wrong types, partial and impossible dates, unknown units and statuses.
const w = <T>(arbitrary: fc.Arbitrary<T>, weight: number) => ({ arbitrary, weight });
const date = fc.oneof(
  w(fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2024, 9, 1 + d)).toISOString().slice(0, 10)), 6),
  w(fc.constantFrom('2026-12-07', '2026-12-08', '2026-11-06', '2025-12-07', '2026-12', '1961', '1961-05-04', '2008-12-08', 'yesterday', '2026-02-30', '2026-12-03T09:30:00+11:00', ''), 3),
  w(fc.integer({ min: 0, max: 40_000 }).map((d) => new Date(Date.UTC(1920, 0, 1 + d)).toISOString().slice(0, 10)), 1),
);
const randomCoding = fc.record(
  {
    system: fc.constantFrom(LOINC, SNOMED, ATC, INTERPRETATION, 'urn:other'),
    code: fc.constantFrom('29463-7', '8302-2', '2157-6', '93493-5', '33921-8', '10828004', '260385009', 'POS', 'NEG', 'C10AA05', 'C10B', 'L01FF02', 'L01FX04', 'X'),
    display: fc.constantFrom('Positive', 'Negative', 'detected', 'Normal Metabolizer', 'x'),
  },
  { requiredKeys: [] },
);
const concept = fc.record({ coding: fc.array(randomCoding, { maxLength: 3 }), text: fc.constantFrom('positive', 'negative', 'Equivocal', 'Poor Metabolizer') }, { requiredKeys: [] });
const observationCode = fc.oneof(
  w(fc.constantFrom('29463-7', '8302-2', '2157-6', '93493-5', '33921-8').map((code) => ({ coding: [{ system: LOINC, code }] })), 5),
  w(concept, 1),
);
const result = fc.oneof(
  w(fc.constantFrom('10828004', '260385009').map((code) => ({ coding: [{ system: SNOMED, code }] })), 3),
  w(concept, 1),
);
const unitPair = fc.constantFrom(
  { system: UCUM, code: 'kg', unit: 'kg' },
  { system: UCUM, code: '[lb_av]', unit: 'lbs' },
  { system: UCUM, code: 'cm' },
  { system: UCUM, code: '[in_i]' },
  { system: UCUM, code: 'U/L' },
  { unit: 'IU/L' },
  { unit: 'lb' },
  { system: UCUM, code: 'g' },
  { system: UCUM, code: 'kg', unit: 'lb' },
  {},
);
const quantity = fc.oneof(
  w(fc.tuple(fc.oneof(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.1, max: 12000, noNaN: true })), unitPair).map(([value, unit]) => ({ value, ...unit })), 8),
  w(
    fc.record(
      {
        value: fc.oneof(fc.double({ min: -10, max: 2000, noNaN: true }), fc.constant('72' as unknown as number)),
        unit: fc.constantFrom('kg', 'lb', 'U/L', ''),
        system: fc.constantFrom(UCUM, 'urn:other'),
        code: fc.constantFrom('kg', '[lb_av]', 'U/L', 'm'),
        comparator: fc.constantFrom('<', '>='),
      },
      { requiredKeys: [] },
    ),
    1,
  ),
);
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const observation = fc.record(
  {
    resourceType: fc.constant('Observation'),
    id,
    status: fc.oneof(w(fc.constant('final'), 6), w(fc.constantFrom('amended', 'preliminary', 'entered-in-error', 'cancelled', 'registered', 'unknown', 'odd'), 2)),
    code: observationCode,
    effectiveDateTime: date,
    effectivePeriod: fc.record({ start: date, end: date }, { requiredKeys: [] }),
    valueQuantity: quantity,
    valueCodeableConcept: result,
    valueString: fc.constantFrom('positive', 'negative', 'not detected', 'TPMT Intermediate Metabolizer'),
    interpretation: fc.array(concept, { maxLength: 2 }),
    referenceRange: fc.array(fc.record({ high: quantity }, { requiredKeys: [] }), { maxLength: 2 }),
  },
  { requiredKeys: ['resourceType', 'code', 'status'] },
);
const medication = fc.record(
  {
    resourceType: fc.constantFrom('MedicationRequest', 'MedicationStatement', 'MedicationAdministration'),
    id,
    status: fc.constantFrom('active', 'on-hold', 'completed', 'stopped', 'draft', 'cancelled', 'entered-in-error', 'unknown', 'intended', 'not-taken', 'in-progress', 'not-done', 'taking'),
    medicationCodeableConcept: fc.oneof(
      w(fc.constantFrom('C10AA05', 'C10BA05', 'L01FF02', 'L01FX04', 'L04AX01', 'L04AX03', 'L01BA01').map((code) => ({ coding: [{ system: ATC, code }] })), 5),
      w(concept, 1),
    ),
    medicationReference: fc.record({ reference: fc.constantFrom('#m', 'Medication/m', 'urn:uuid:x') }),
    dosageInstruction: fc.array(
      fc.record({ timing: fc.record({ repeat: fc.record({ frequency: fc.integer({ min: 1, max: 3 }), period: fc.constantFrom(1, 7), periodUnit: fc.constantFrom('d', 'wk', 'mo') }, { requiredKeys: [] }) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      { maxLength: 2 },
    ),
    authoredOn: date,
    effectiveDateTime: date,
    effectivePeriod: fc.record({ start: date, end: date }, { requiredKeys: [] }),
    dateAsserted: date,
  },
  { requiredKeys: ['resourceType', 'status', 'medicationCodeableConcept'] },
);
const patient = fc.record(
  { resourceType: fc.constant('Patient'), id: fc.constantFrom('nam-1', 'other'), birthDate: date, gender: fc.constantFrom('female', 'male', 'other', 'unknown', 'x') },
  { requiredKeys: ['resourceType'] },
);
const resource = fc.oneof(observation, observation, medication, patient, anyValue);
const record = fc.array(resource, { maxLength: 12 });

describe('prefillFromFhir: properties', () => {
  it('never throws, for any value (JSON or not) as the record or the options', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (resources, options) => {
        const a = prefillFromFhir(resources);
        const b = prefillFromFhir(resources, options as never);
        const c = prefillFromFhir([resources], { today: TODAY });
        for (const r of [a, b, c]) expect(typeof r.ok).to.equal('boolean');
        expect(c.ok).to.equal(true);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary JSON, bare or as a Bundle entry', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(typeof prefillFromFhir(json, { today: TODAY }).ok).to.equal('boolean');
        expect(prefillFromFhir({ resourceType: 'Bundle', entry: [{ resource: json }, json] }, { today: TODAY }).ok).to.equal(true);
      }),
      RUNS,
    );
  });

  it('for record-like input: every value has provenance, is accepted by the core, and nothing is dated after today', () => {
    fc.assert(
      fc.property(record, (resources) => {
        const r = okPrefill(prefillFromFhir(resources, { today: TODAY }));
        for (const key of Object.keys(r.pathway)) expect(r.provenance, `pathway.${key}`).to.have.property(`pathway.${key}`);
        for (const key of Object.keys(r.doses).filter((k) => k !== 'weightUnit')) expect(r.provenance, `doses.${key}`).to.have.property(`doses.${key}`);
        expect(r.doses).to.not.have.property('weightConfirmed');
        if (r.doses.weight !== undefined) {
          expect(Number.isFinite(r.doses.weight) && r.doses.weight > 0).to.equal(true);
          expect(r.doses.weightUnit).to.equal('kg');
        }
        // Visits: one per date, sorted, not after today, CK a finite number ≥ 0.
        const dates = r.visits.map((v) => v.date);
        expect(dates).to.deep.equal([...new Set(dates)].sort());
        for (const v of r.visits) {
          expect(v.date <= TODAY).to.equal(true);
          expect(Number.isFinite(v.ck) && v.ck! >= 0).to.equal(true);
          if (v.ckUln !== undefined) expect(v.ckUln > 0).to.equal(true);
        }
        for (const p of Object.values(r.provenance)) if (p.effective) expect(p.effective <= TODAY).to.equal(true);
        for (const w of r.warnings) {
          expect(['critical', 'warning', 'info']).to.include(w.level);
          expect(w.message).to.be.a('string').and.not.match(/undefined|NaN|\[object/);
        }
        // The pathway takes what the record gave, except an age outside 18–110 (adults only).
        const age = r.pathway.age;
        expect(evaluatePathway(r.pathway).ok).to.equal(age === undefined || (age >= 18 && age <= 110));
      }),
      RUNS,
    );
  });

  it('the values do not depend on the order of the resources', () => {
    fc.assert(
      fc.property(
        record.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([a, b]) => {
          const x = okPrefill(prefillFromFhir(a, { today: TODAY }));
          const y = okPrefill(prefillFromFhir(b, { today: TODAY }));
          expect(y.pathway).to.deep.equal(x.pathway);
          expect(y.doses).to.deep.equal(x.doses);
          expect(y.visits).to.deep.equal(x.visits);
        },
      ),
      RUNS,
    );
  });

  it('a weight in [lb_av] becomes the kg the dose calculator computes for the same pounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 441, max: 7716 }).map((x) => x / 10), (lb) => {
        const obs = {
          resourceType: 'Observation',
          id: 'w',
          status: 'final',
          code: { coding: [{ system: LOINC, code: '29463-7' }] },
          effectiveDateTime: '2026-12-01',
          valueQuantity: { value: lb, system: UCUM, code: '[lb_av]' },
        };
        const kg = okPrefill(prefillFromFhir([obs], { today: TODAY })).doses.weight;
        const doses = calculateDoses({ weight: lb, weightUnit: 'lb' });
        expect(doses.ok).to.equal(true);
        if (doses.ok) expect(kg).to.equal(doses.weightKg);
      }),
      RUNS,
    );
  });
});

describe('toCdsHooksCards and checkOrders: properties', () => {
  it('never throw, for any value', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        expect(toCdsHooksCards(a as never, b as never)).to.be.an('array');
        expect(checkOrders(a, b as never)).to.be.an('array');
        expect(checkOrders({ resourceType: 'Bundle', entry: [{ resource: a }] }, { record: [b] })).to.be.an('array');
      }),
      RUNS,
    );
  });

  it('every card of a random record-like order set is well-formed', () => {
    fc.assert(
      fc.property(fc.array(medication, { maxLength: 6 }), record, (orders, rec) => {
        const drafts = { resourceType: 'Bundle', entry: orders.map((resource) => ({ resource })) };
        for (const card of checkOrders(drafts, { record: rec, today: TODAY })) {
          expect(card.indicator).to.equal('critical');
          expect(card.summary.length).to.be.below(140);
          expect(card.uuid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
          expect(card.source.label).to.match(/^nam-cds \d+\.\d+\.\d+$/);
        }
      }),
      RUNS,
    );
  });
});
