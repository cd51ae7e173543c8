/**
 * prefillFromFhir (content-spec §6.1): which FHIR R4 resources fill which input, with what
 * provenance, and what is reported instead of guessed. The rows are written from the spec's
 * table; the resources are the fixtures (written from the FHIR R4 examples) or built per row.
 */
import { expect } from '@open-wc/testing';
import type { Resource } from 'fhir/r4';
import { LIMITS, evaluatePathway, prefillFromFhir } from '../../src/core/index.js';
import {
  ATC,
  INTERPRETATION,
  SNOMED,
  TODAY,
  UCUM,
  bundle,
  codes,
  fixture,
  fixtures,
  hmgcr,
  medication,
  observation,
  okPrefill,
  srp,
  weight,
  type OkPrefill,
} from './fhir-helpers.js';

const prefill = (resources: unknown, config?: unknown) => okPrefill(prefillFromFhir(resources, { today: TODAY, ...(config !== undefined && { config }) }));

describe('prefillFromFhir: what it accepts', () => {
  const refused: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'Bundle'],
    ['an object that is not a Bundle', { resourceType: 'Observation' }],
    ['an object without resourceType', { entry: [] }],
  ];
  for (const [name, value] of refused) {
    it(`${name} → ok: false naming resources and what it accepts`, () => {
      const result = prefillFromFhir(value, { today: TODAY });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.errors[0].field).to.equal('resources');
      expect(result.errors[0].message).to.match(/Bundle/).and.match(/array/);
    });
  }

  it('an empty array or an empty Bundle → ok with nothing filled in', () => {
    for (const value of [[], { resourceType: 'Bundle', type: 'searchset' }, { resourceType: 'Bundle', entry: [] }]) {
      const result = prefill(value);
      expect(result.pathway).to.deep.equal({});
      expect(result.doses).to.deep.equal({});
      expect(result.visits).to.deep.equal([]);
      expect(result.provenance).to.deep.equal({});
    }
  });

  it('options.today must be a calendar date; bad options are refused', () => {
    for (const today of ['2026-02-30', '07/12/2026', '', 20261207]) {
      const result = prefillFromFhir([], { today } as never);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors[0].field).to.equal('today');
    }
    const result = prefillFromFhir([], 'today' as never);
    expect(result.ok).to.equal(false);
  });

  it('reads an array holding Bundles and nulls, as a CDS Hooks prefetch gives them', async () => {
    const [w, ab] = await fixtures('observation-weight-kg.json', 'observation-hmgcr-positive.json');
    const result = prefill([bundle(w), null, bundle(ab), null]);
    expect(result.doses.weight).to.equal(72);
    expect(result.pathway.antibody).to.equal('anti-hmgcr');
  });

  it('an item that is not a resource is reported, the rest is read', async () => {
    const w = await fixture('observation-weight-kg.json');
    const result = prefill([w, 'text', 7, { no: 'type' }]);
    expect(result.doses.weight).to.equal(72);
    expect(codes(result)).to.include('fhir-not-a-resource');
  });

  it('the same resource from two prefetch queries is read once (no conflict)', async () => {
    const w = await fixture('observation-weight-kg.json');
    const result = prefill([bundle(w), bundle(structuredClone(w))]);
    expect(result.doses.weight).to.equal(72);
    expect(codes(result)).to.not.include('fhir-conflict');
  });

  it('an invalid configuration is reported and the default tables are used', async () => {
    const w = await fixture('observation-weight-kg.json');
    const result = prefill([w], { fhir: { weightMaxAgeDays: 0 } });
    expect(result.doses.weight).to.equal(72);
    expect(codes(result)).to.include('config-invalid');
  });

  it('an OperationOutcome in the record is reported', () => {
    const result = prefill([{ resourceType: 'OperationOutcome', id: 'oo', issue: [{ severity: 'error', code: 'timeout' }] }]);
    expect(codes(result)).to.include('fhir-operation-outcome');
  });

  it('the whole record bundle of the fixtures', async () => {
    const result = prefill(await fixture('bundle-anti-hmgcr-statin.json'));
    expect(result.pathway).to.deep.equal({ age: 65, antibody: 'anti-hmgcr', statin: 'current' });
    expect(result.doses).to.deep.equal({ age: 65, sex: 'female', weight: 72, weightUnit: 'kg', heightCm: 170 });
    expect(result.visits).to.deep.equal([
      { date: '2026-11-20', ck: 8400, ckUln: 200 },
      { date: '2026-12-04', ck: 3100, ckUln: 200 },
    ]);
    expect(result.provenance['pathway.statin']).to.deep.equal({ resourceType: 'MedicationRequest', id: 'atorva-rx', effective: '2025-02-10' });
    expect(result.provenance['doses.weight']).to.deep.equal({ resourceType: 'Observation', id: 'weight-kg', effective: '2026-12-03' });
  });
});

describe('prefillFromFhir: weight (content-spec §6.1, §4.1)', () => {
  it('kg: the value as recorded, weightUnit kg, provenance with the date as written', async () => {
    const result = prefill([await fixture('observation-weight-kg.json')]);
    expect(result.doses.weight).to.equal(72);
    expect(result.doses.weightUnit).to.equal('kg');
    // 2026-12-03T09:30:00+11:00 is 2 Dec in UTC: the date is the one written, never shifted.
    expect(result.provenance['doses.weight']).to.deep.equal({ resourceType: 'Observation', id: 'weight-kg', effective: '2026-12-03' });
  });

  it('[lb_av]: converted once to kg with two decimals (154 lb = 69.85 kg), and the conversion is said', async () => {
    const result = prefill([await fixture('observation-weight-lb.json')]);
    expect(result.doses.weight).to.equal(69.85);
    expect(result.doses.weightUnit).to.equal('kg');
    const note = result.warnings.find((w) => w.code === 'fhir-weight-converted');
    expect(note?.message).to.include('154 lb = 69.85 kg');
  });

  it('a record weight never sets weightConfirmed, and the result says so', async () => {
    const result = prefill([weight(150, '2026-12-01')]);
    expect(result.doses.weight).to.equal(150);
    expect(result.doses).to.not.have.property('weightConfirmed');
    const note = result.warnings.find((w) => w.code === 'fhir-weight-not-confirmed');
    expect(note?.message).to.match(/never counts as confirmed/);
    expect(note?.field).to.equal('doses.weight');
  });

  const units: [string, Record<string, unknown>, number | undefined][] = [
    ['UCUM kg', { value: 80, system: UCUM, code: 'kg' }, 80],
    ['UCUM [lb_av] with the unit text "lbs"', { value: 100, unit: 'lbs', system: UCUM, code: '[lb_av]' }, 45.36],
    ['unit text "kg" only', { value: 80.5, unit: 'kg' }, 80.5],
    ['unit text "lb" only', { value: 200, unit: 'lb' }, 90.72],
    ['unit text " KG " (case and spaces)', { value: 80, unit: ' KG ' }, 80],
    ['UCUM g: not read', { value: 80000, system: UCUM, code: 'g' }, undefined],
    ['UCUM kg with the unit text "lb": disagree, not read', { value: 80, unit: 'lb', system: UCUM, code: 'kg' }, undefined],
    ['no unit at all: not read', { value: 80 }, undefined],
    ['a comparator (< 80 kg): not a measured value', { value: 80, comparator: '<', system: UCUM, code: 'kg' }, undefined],
    ['no value', { unit: 'kg', system: UCUM, code: 'kg' }, undefined],
    ['zero', { value: 0, system: UCUM, code: 'kg' }, undefined],
    ['negative', { value: -70, system: UCUM, code: 'kg' }, undefined],
  ];
  for (const [name, quantity, expected] of units) {
    it(`unit: ${name} → ${expected ?? 'not filled in, reported'}`, () => {
      const result = prefill([observation('29463-7', '2026-12-01', { valueQuantity: quantity }, 'w')]);
      expect(result.doses.weight).to.equal(expected);
      if (expected === undefined) {
        expect(result.warnings.some((w) => w.code === 'fhir-unreadable' && w.resource === 'Observation/w' && w.field === 'doses.weight')).to.equal(true);
      }
    });
  }

  it('the latest by effective date wins, whatever the order in the record', async () => {
    const result = prefill([weight(70, '2026-11-30', 'older'), weight(72, '2026-12-03', 'newer'), weight(71, '2026-12-01', 'middle')]);
    expect(result.doses.weight).to.equal(72);
    expect(result.provenance['doses.weight'].id).to.equal('newer');
  });

  it('two different weights on the latest date: not filled in (no fallback to an older one), reported with both ids', async () => {
    const result = prefill(await fixture('conflicting-weights.json'));
    expect(result.doses.weight).to.equal(undefined);
    expect(result.provenance).to.not.have.property('doses.weight');
    const conflict = result.warnings.find((w) => w.code === 'fhir-conflict');
    expect(conflict?.message).to.include('Observation/weight-a').and.include('Observation/weight-b');
    expect(conflict?.field).to.equal('doses.weight');
  });

  it('the same weight twice on one date (kg and the same in lb) is not a conflict', () => {
    const lb = observation('29463-7', '2026-12-03', { valueQuantity: { value: 72 / LIMITS.kgPerLb, system: UCUM, code: '[lb_av]' } });
    const result = prefill([weight(72, '2026-12-03'), lb]);
    expect(result.doses.weight).to.equal(72);
    expect(codes(result)).to.not.include('fhir-conflict');
  });

  // effective date, fhir.weightMaxAgeDays (default 30), stale?
  const ages: [string, number | undefined, boolean][] = [
    ['2026-11-07', undefined, false],
    ['2026-11-06', undefined, true],
    ['2026-11-30', 7, false],
    ['2026-11-29', 7, true],
  ];
  for (const [date, days, stale] of ages) {
    it(`a weight of ${date} with a ${days ?? 30}-day limit is ${stale ? 'stale: filled in, marked and warned' : 'not stale'}`, () => {
      const result = prefill([weight(72, date)], days === undefined ? undefined : { fhir: { weightMaxAgeDays: days } });
      expect(result.doses.weight).to.equal(72);
      expect(result.provenance['doses.weight'].stale === true).to.equal(stale);
      expect(codes(result).includes('fhir-weight-stale')).to.equal(stale);
    });
  }

  it('entered-in-error is ignored without a word; the next weight is used', async () => {
    const result = prefill(await fixtures('observation-weight-entered-in-error.json', 'observation-weight-kg.json'));
    expect(result.doses.weight).to.equal(72);
    expect(result.warnings.some((w) => w.resource === 'Observation/weight-error')).to.equal(false);
  });

  it('cancelled and registered observations are ignored too', () => {
    const cancelled = { ...weight(30, '2026-12-06'), status: 'cancelled' };
    const registered = { ...weight(31, '2026-12-05'), status: 'registered' };
    expect(prefill([cancelled, registered, weight(72, '2026-12-01')]).doses.weight).to.equal(72);
  });

  it('a future-dated weight is reported with its id and not used', async () => {
    const result = prefill(await fixtures('observation-weight-future.json', 'observation-weight-kg.json'));
    expect(result.doses.weight).to.equal(72);
    const future = result.warnings.find((w) => w.code === 'fhir-future');
    expect(future?.resource).to.equal('Observation/weight-future');
    expect(future?.message).to.include('2026-12-24');
  });

  it('a weight in grams (an unknown unit) is reported and not converted by guess', async () => {
    const result = prefill(await fixtures('observation-weight-unknown-unit.json', 'observation-weight-kg.json'));
    expect(result.doses.weight).to.equal(72);
    expect(result.warnings.find((w) => w.resource === 'Observation/weight-grams')?.code).to.equal('fhir-unreadable');
  });

  const dates: [string, Record<string, unknown>][] = [
    ['no effective date', {}],
    ['a month only ("2026-12")', { effectiveDateTime: '2026-12' }],
    ['not a date ("yesterday")', { effectiveDateTime: 'yesterday' }],
    ['an impossible date (2026-02-30)', { effectiveDateTime: '2026-02-30' }],
  ];
  for (const [name, effective] of dates) {
    it(`${name}: reported, not used`, () => {
      const o = { ...observation('29463-7', undefined, { valueQuantity: { value: 72, system: UCUM, code: 'kg' } }, 'undated'), ...effective };
      const result = prefill([o]);
      expect(result.doses.weight).to.equal(undefined);
      expect(result.warnings.find((w) => w.resource === 'Observation/undated')?.code).to.equal('fhir-unreadable');
    });
  }

  it('effectivePeriod and effectiveInstant are read too', () => {
    const period = observation('29463-7', undefined, { effectivePeriod: { start: '2026-12-01T08:00:00Z', end: '2026-12-02T08:00:00Z' }, ...{ valueQuantity: { value: 73, system: UCUM, code: 'kg' } } });
    expect(prefill([period]).provenance['doses.weight'].effective).to.equal('2026-12-02');
    const instant = observation('29463-7', undefined, { effectiveInstant: '2026-12-04T08:00:00.000Z', valueQuantity: { value: 74, system: UCUM, code: 'kg' } });
    expect(prefill([instant]).doses.weight).to.equal(74);
  });

  it('a preliminary weight is used with a warning', () => {
    const result = prefill([{ ...weight(72, '2026-12-03', 'prelim'), status: 'preliminary' }]);
    expect(result.doses.weight).to.equal(72);
    expect(result.warnings.find((w) => w.code === 'fhir-preliminary')?.resource).to.equal('Observation/prelim');
  });

  it("the institution's weight code is read only when configured", () => {
    const local = observation({ system: 'urn:oid:1.2.36.1', code: 'WT' }, '2026-12-01', { valueQuantity: { value: 66, system: UCUM, code: 'kg' } });
    expect(prefill([local]).doses.weight).to.equal(undefined);
    expect(prefill([local], { fhir: { codes: { weight: [{ system: 'urn:oid:1.2.36.1', code: 'WT' }] } } }).doses.weight).to.equal(66);
  });

  it('a structurally broken weight (value as text) is reported as unreadable', () => {
    const broken = observation('29463-7', '2026-12-01', { valueQuantity: { value: '72' as unknown as number, system: UCUM, code: 'kg' } }, 'broken');
    const result = prefill([broken]);
    expect(result.doses.weight).to.equal(undefined);
    const notice = result.warnings.find((w) => w.resource === 'Observation/broken');
    expect(notice?.field).to.equal('doses.weight');
    expect(notice?.message).to.include('valueQuantity.value');
  });

  it('an inherited (polluted) Object.prototype value is never read as the weight', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.valueQuantity = { value: 500, system: UCUM, code: 'kg' };
    try {
      const result = prefill([observation('29463-7', '2026-12-01', {}, 'novalue')]);
      expect(result.doses.weight).to.equal(undefined);
    } finally {
      delete proto.valueQuantity;
    }
  });
});

describe('prefillFromFhir: height', () => {
  it('cm as recorded; [in_i] converted to cm once (65 in = 165.1 cm); the latest wins', async () => {
    expect(prefill([await fixture('observation-height-cm.json')]).doses.heightCm).to.equal(170);
    const inches = prefill([await fixture('observation-height-in.json')]);
    expect(inches.doses.heightCm).to.equal(165.1);
    expect(codes(inches)).to.include('fhir-height-converted');
    const both = prefill(await fixtures('observation-height-in.json', 'observation-height-cm.json'));
    expect(both.doses.heightCm).to.equal(170);
    expect(both.provenance['doses.heightCm']).to.deep.equal({ resourceType: 'Observation', id: 'height-cm', effective: '2026-11-15' });
  });

  it('a height in m is an unknown unit: reported', () => {
    const result = prefill([observation('8302-2', '2026-12-01', { valueQuantity: { value: 1.7, system: UCUM, code: 'm' } })]);
    expect(result.doses.heightCm).to.equal(undefined);
    expect(codes(result)).to.include('fhir-unreadable');
  });
});

describe('prefillFromFhir: CK visits (one per date, sorted, ULN from referenceRange.high)', () => {
  it('the fixtures: two dates, sorted, each with its ULN and provenance', async () => {
    const result = prefill(await fixtures('observation-ck-followup.json', 'observation-ck.json'));
    expect(result.visits).to.deep.equal([
      { date: '2026-11-20', ck: 8400, ckUln: 200 },
      { date: '2026-12-04', ck: 3100, ckUln: 200 },
    ]);
    expect(result.provenance['visits[0].ck']).to.deep.equal({ resourceType: 'Observation', id: 'ck-1', effective: '2026-11-20' });
    expect(result.provenance['visits[1].ckUln'].id).to.equal('ck-2');
  });

  const ck = (value: number, unit: Record<string, unknown>, range?: unknown, date = '2026-12-01') =>
    observation('2157-6', date, { valueQuantity: { value, ...unit }, ...(range !== undefined && { referenceRange: range }) } as never);
  const rows: [string, Resource[], unknown[]][] = [
    ['no reference range: no ULN', [ck(500, { system: UCUM, code: 'U/L' })], [{ date: '2026-12-01', ck: 500 }]],
    ['IU/L text is U/L', [ck(500, { unit: 'IU/L' }, [{ high: { value: 190, unit: 'IU/L' } }])], [{ date: '2026-12-01', ck: 500, ckUln: 190 }]],
    ['a limit without a unit is in the result unit', [ck(500, { system: UCUM, code: 'U/L' }, [{ high: { value: 170 } }])], [{ date: '2026-12-01', ck: 500, ckUln: 170 }]],
    ['µkat/L is not read', [ck(8, { system: UCUM, code: 'ukat/L' })], []],
    [
      'two different CK results on one date: the date is left out',
      [ck(500, { system: UCUM, code: 'U/L' }), ck(900, { system: UCUM, code: 'U/L' }), ck(300, { system: UCUM, code: 'U/L' }, undefined, '2026-11-01')],
      [{ date: '2026-11-01', ck: 300 }],
    ],
    [
      'reference ranges with different upper limits: no ULN',
      [ck(500, { system: UCUM, code: 'U/L' }, [{ high: { value: 170, system: UCUM, code: 'U/L' } }, { high: { value: 200, system: UCUM, code: 'U/L' } }])],
      [{ date: '2026-12-01', ck: 500 }],
    ],
  ];
  for (const [name, resources, visits] of rows) {
    it(name, () => {
      expect(prefill(resources).visits).to.deep.equal(visits);
    });
  }
});

describe('prefillFromFhir: antibodies (content-spec §6.1)', () => {
  const rows: [string, () => Promise<Resource[]>, string | undefined, string[]][] = [
    // name, resources, antibody, notice codes expected
    ['anti-HMGCR positive, anti-SRP negative → anti-hmgcr', () => fixtures('observation-hmgcr-positive.json', 'observation-srp-negative-interpretation.json'), 'anti-hmgcr', []],
    ['anti-HMGCR positive alone (exactly one positive) → anti-hmgcr', () => fixtures('observation-hmgcr-positive.json'), 'anti-hmgcr', []],
    ['anti-SRP positive, anti-HMGCR negative (text) → anti-srp', () => fixtures('observation-srp-positive.json', 'observation-hmgcr-negative-text.json'), 'anti-srp', []],
    ['both positive → pending, with a warning to check', () => fixtures('observation-hmgcr-positive.json', 'observation-srp-positive.json'), 'pending', ['fhir-antibody-both-positive']],
    ['both negative → seronegative', () => fixtures('observation-hmgcr-negative-text.json', 'observation-srp-negative-interpretation.json'), 'seronegative', []],
    ['one negative, the other absent → pending', () => fixtures('observation-hmgcr-negative-text.json'), 'pending', ['fhir-antibody-incomplete']],
    ['none → not filled in (the default is pending)', () => fixtures('observation-weight-kg.json'), undefined, []],
    ['two anti-HMGCR results that disagree, anti-SRP negative → pending, conflict reported', async () => [...(await fixture<{ entry: { resource: Resource }[] }>('conflicting-antibodies.json')).entry.map((e) => e.resource), await fixture('observation-srp-negative-interpretation.json')], 'pending', ['fhir-conflict']],
    ['"Equivocal" is not read: reported; anti-SRP negative alone → pending', () => fixtures('observation-hmgcr-equivocal.json', 'observation-srp-negative-interpretation.json'), 'pending', ['fhir-unreadable']],
  ];
  for (const [name, resources, antibody, expected] of rows) {
    it(name, async () => {
      const result = prefill(await resources());
      expect(result.pathway.antibody).to.equal(antibody);
      for (const code of expected) expect(codes(result)).to.include(code);
      if (antibody === undefined) expect(result.provenance).to.not.have.property('pathway.antibody');
      else expect(result.provenance['pathway.antibody'].resourceType).to.equal('Observation');
    });
  }

  const values: [string, Record<string, unknown>, 'positive' | 'negative' | undefined][] = [
    ['SNOMED 10828004', { valueCodeableConcept: { coding: [{ system: SNOMED, code: '10828004' }] } }, 'positive'],
    ['SNOMED 260385009', { valueCodeableConcept: { coding: [{ system: SNOMED, code: '260385009' }] } }, 'negative'],
    ['SNOMED 260373001 (detected)', { valueCodeableConcept: { coding: [{ system: SNOMED, code: '260373001' }] } }, 'positive'],
    ['SNOMED 260415000 (not detected)', { valueCodeableConcept: { coding: [{ system: SNOMED, code: '260415000' }] } }, 'negative'],
    ['interpretation POS', { interpretation: [{ coding: [{ system: INTERPRETATION, code: 'POS' }] }] }, 'positive'],
    ['interpretation NEG with a titre', { valueQuantity: { value: 3, unit: 'U/mL' }, interpretation: [{ coding: [{ system: INTERPRETATION, code: 'NEG' }] }] }, 'negative'],
    ['text "Positive"', { valueString: 'Positive' }, 'positive'],
    ['text " not detected "', { valueString: ' not detected ' }, 'negative'],
    ['CodeableConcept text "negative"', { valueCodeableConcept: { text: 'negative' } }, 'negative'],
    ['text "weakly positive" (not read)', { valueString: 'weakly positive' }, undefined],
    ['interpretation H (high) (not read)', { valueQuantity: { value: 80, unit: 'U/mL' }, interpretation: [{ coding: [{ system: INTERPRETATION, code: 'H' }] }] }, undefined],
    ['a titre alone (not read)', { valueQuantity: { value: 80, unit: 'U/mL' } }, undefined],
    ['positive value with a NEG interpretation (contradicts itself)', { valueCodeableConcept: { coding: [{ system: SNOMED, code: '10828004' }] }, interpretation: [{ coding: [{ system: INTERPRETATION, code: 'NEG' }] }] }, undefined],
    ['the SNOMED code under another system (not read)', { valueCodeableConcept: { coding: [{ system: 'http://example.org', code: '10828004' }] } }, undefined],
  ];
  for (const [name, value, result] of values) {
    it(`anti-HMGCR value: ${name} → ${result ?? 'not read, reported'}`, () => {
      const out = prefill([observation('93493-5', '2026-11-01', value, 'ab')]);
      expect(out.pathway.antibody).to.equal(result === 'positive' ? 'anti-hmgcr' : result === 'negative' ? 'pending' : undefined);
      if (result === undefined) expect(out.warnings.find((w) => w.resource === 'Observation/ab')?.code).to.equal('fhir-unreadable');
    });
  }

  it('a laboratory code the institution adds is read', () => {
    const local = observation({ system: 'urn:lab:codes', code: 'HMGCR-IGG' }, '2026-11-01', { valueString: 'positive' });
    expect(prefill([local]).pathway.antibody).to.equal(undefined);
    expect(prefill([local], { fhir: { codes: { hmgcr: [{ system: 'urn:lab:codes', code: 'HMGCR-IGG' }] } } }).pathway.antibody).to.equal('anti-hmgcr');
  });

  it('a future-dated antibody result is not used', () => {
    const result = prefill([hmgcr('positive', 'future-ab', '2027-01-02'), srp('negative')]);
    expect(result.pathway.antibody).to.equal('pending');
    expect(result.warnings.find((w) => w.code === 'fhir-future')?.resource).to.equal('Observation/future-ab');
  });
});

describe('prefillFromFhir: statin (content-spec §6.1: active → current; ended → past)', () => {
  const rows: [string, () => Promise<Resource[]> | Resource[], string | undefined][] = [
    ['an active MedicationRequest, ATC C10AA05 → current', () => fixtures('medicationrequest-statin-atc.json'), 'current'],
    ['a stopped MedicationStatement → past', () => fixtures('medicationstatement-statin-stopped.json'), 'past'],
    ['active and stopped → current', () => fixtures('medicationstatement-statin-stopped.json', 'medicationrequest-statin-atc.json'), 'current'],
    ['a statin coded only in RxNorm → not recognised', () => fixtures('medicationrequest-unknown-code.json'), undefined],
    ['entered-in-error → ignored', () => fixtures('medicationrequest-entered-in-error.json'), undefined],
    ['completed → past', () => [medication('MedicationRequest', 'completed', 'C10AA01')], 'past'],
    ['on-hold (paused, not stopped) → current', () => [medication('MedicationStatement', 'on-hold', 'C10AA07')], 'current'],
    ['a combination containing a statin (C10BA05) → current', () => [medication('MedicationRequest', 'active', 'C10BA05')], 'current'],
    ['cancelled → ignored', () => [medication('MedicationRequest', 'cancelled', 'C10AA01')], undefined],
    ['draft → ignored', () => [medication('MedicationRequest', 'draft', 'C10AA01')], undefined],
    ['intended (never taken yet) → ignored', () => [medication('MedicationStatement', 'intended', 'C10AA01')], undefined],
    ['not-taken → ignored', () => [medication('MedicationStatement', 'not-taken', 'C10AA01')], undefined],
    ['ezetimibe alone (C10AX09) is not a statin', () => [medication('MedicationRequest', 'active', 'C10AX09')], undefined],
    ['a statin given in hospital (MedicationAdministration) is not read for statin exposure', () => [medication('MedicationAdministration', 'completed', 'C10AA05', { effectiveDateTime: '2026-11-01' })], undefined],
  ];
  for (const [name, resources, statin] of rows) {
    it(name, async () => {
      const result = prefill(await resources());
      expect(result.pathway.statin).to.equal(statin);
    });
  }

  it('status unknown with none active: left unknown with a warning, never "past" by guess', () => {
    const result = prefill([medication('MedicationStatement', 'unknown', 'C10AA05', {}, 'u1'), medication('MedicationStatement', 'completed', 'C10AA01')]);
    expect(result.pathway.statin).to.equal(undefined);
    expect(result.warnings.find((w) => w.code === 'fhir-status-unknown')?.message).to.include('MedicationStatement/u1');
  });

  it('a status R4 does not define is reported', () => {
    const result = prefill([medication('MedicationRequest', 'taking', 'C10AA05', {}, 'odd')]);
    expect(result.pathway.statin).to.equal(undefined);
    expect(result.warnings.find((w) => w.resource === 'MedicationRequest/odd')?.code).to.equal('fhir-unreadable');
  });

  it('a future-dated statin is reported and not used', () => {
    const result = prefill([medication('MedicationRequest', 'active', 'C10AA05', { authoredOn: '2027-03-01' }, 'later')]);
    expect(result.pathway.statin).to.equal(undefined);
    expect(result.warnings.find((w) => w.code === 'fhir-future')?.resource).to.equal('MedicationRequest/later');
  });

  it('the medication from a contained Medication, or from a Medication in the record', () => {
    const contained = {
      resourceType: 'MedicationRequest',
      id: 'c',
      status: 'active',
      intent: 'order',
      contained: [{ resourceType: 'Medication', id: 'm', code: { coding: [{ system: ATC, code: 'C10AA03' }] } }],
      medicationReference: { reference: '#m' },
    };
    expect(prefill([contained]).pathway.statin).to.equal('current');
    const referenced = { resourceType: 'MedicationStatement', id: 's', status: 'completed', medicationReference: { reference: 'Medication/pravastatin' } };
    const med = { resourceType: 'Medication', id: 'pravastatin', code: { coding: [{ system: ATC, code: 'C10AA03' }] } };
    expect(prefill([referenced, med]).pathway.statin).to.equal('past');
    const missing = prefill([referenced]);
    expect(missing.pathway.statin).to.equal(undefined);
    expect(codes(missing)).to.include('fhir-medication-unresolved');
  });

  it("the institution's extra ATC codes are read", () => {
    const local = medication('MedicationRequest', 'active', 'Z99ZZ01');
    expect(prefill([local]).pathway.statin).to.equal(undefined);
    expect(prefill([local], { fhir: { medications: { statin: ['Z99'] } } }).pathway.statin).to.equal('current');
  });
});

describe('prefillFromFhir: checkpoint inhibitor (active, or last given within 365 days)', () => {
  const rows: [string, () => Promise<Resource[]> | Resource[], boolean | undefined, unknown?][] = [
    ['pembrolizumab given on 15 Oct 2026 → true', () => fixtures('medicationadministration-pembrolizumab.json'), true],
    ['ipilimumab last given on 2 May 2024 → false (before the window)', () => fixtures('medicationadministration-ipilimumab-old.json'), false],
    ['an active MedicationRequest → true', () => [medication('MedicationRequest', 'active', 'L01FF01', { authoredOn: '2024-01-01' })], true],
    ['a MedicationAdministration in progress → true', () => [medication('MedicationAdministration', 'in-progress', 'L01FF05', { effectiveDateTime: '2026-12-07' })], true],
    ['a statement ended 7 Dec 2025 (365 days ago: inside) → true', () => [medication('MedicationStatement', 'completed', 'L01FF02', { effectivePeriod: { start: '2025-01-01', end: '2025-12-07' } })], true],
    ['a statement ended 6 Dec 2025 (366 days ago) → false', () => [medication('MedicationStatement', 'completed', 'L01FF02', { effectivePeriod: { start: '2025-01-01', end: '2025-12-06' } })], false],
    ['a completed request written 1 Mar 2026 → true (given after it)', () => [medication('MedicationRequest', 'completed', 'L01FF01', { authoredOn: '2026-03-01' })], true],
    ['a completed request written in 2023: when last given is not known → unset', () => [medication('MedicationRequest', 'completed', 'L01FF01', { authoredOn: '2023-01-01' })], undefined],
    ['pembrolizumab on 15 Oct 2026 with a 30-day window → false', () => fixtures('medicationadministration-pembrolizumab.json'), false, { fhir: { checkpointInhibitorWindowDays: 30 } }],
    ['an old and a recent one → true', () => fixtures('medicationadministration-ipilimumab-old.json', 'medicationadministration-pembrolizumab.json'), true],
    ['not done → ignored', () => [medication('MedicationAdministration', 'not-done', 'L01FF02', { effectiveDateTime: '2026-11-01' })], undefined],
  ];
  for (const [name, resources, expected, config] of rows) {
    it(name, async () => {
      const result = prefill(await resources(), config);
      expect(result.pathway.checkpointInhibitor).to.equal(expected);
      if (expected === undefined && name.includes('not known')) expect(codes(result)).to.include('fhir-checkpoint-inhibitor-unclear');
      if (expected !== undefined) expect(result.provenance['pathway.checkpointInhibitor']).to.have.property('resourceType');
    });
  }
});

describe('prefillFromFhir: TPMT/NUDT15 (only the institution’s codes)', () => {
  const TPMT = { system: 'urn:lab:pgx', code: 'TPMT-PHENO' };
  const NUDT15 = { system: 'urn:lab:pgx', code: 'NUDT15-PHENO' };
  const config = { fhir: { codes: { tpmt: [TPMT], nudt15: [NUDT15] } } };
  const pheno = (code: typeof TPMT, text: string) => observation(code, '2026-06-01', { valueCodeableConcept: { text } });

  it('without configured codes nothing is read (no default codes)', () => {
    expect(prefill([pheno(TPMT, 'Normal Metabolizer'), pheno(NUDT15, 'Normal Metabolizer')]).doses.tpmt).to.equal(undefined);
  });

  const rows: [string, string | undefined, string | undefined, string | undefined][] = [
    ['TPMT Normal Metabolizer', 'NUDT15 Normal Metabolizer', 'normal', undefined],
    ['Intermediate Metabolizer', 'Normal Metabolizer', 'intermediate', undefined],
    ['normal', 'intermediate metaboliser', 'intermediate', undefined],
    ['Intermediate Metabolizer', 'Intermediate Metabolizer', 'intermediate-both', undefined],
    ['Poor Metabolizer', undefined, 'poor', undefined],
    ['Normal Metabolizer', 'Poor Metabolizer', 'poor', undefined],
    ['Normal Metabolizer', undefined, 'unknown', undefined],
    ['Possible Intermediate Metabolizer', 'Normal Metabolizer', 'unknown', 'fhir-unreadable'],
  ];
  for (const [tpmt, nudt15, expected, notice] of rows) {
    it(`TPMT "${tpmt}", NUDT15 ${nudt15 ? `"${nudt15}"` : 'absent'} → ${expected}`, () => {
      const resources = [pheno(TPMT, tpmt!), ...(nudt15 ? [pheno(NUDT15, nudt15)] : [])];
      const result = prefill(resources, config);
      expect(result.doses.tpmt).to.equal(expected);
      if (notice) expect(codes(result)).to.include(notice);
    });
  }
});

describe('prefillFromFhir: Patient → age and sex', () => {
  const patient = (extra: Record<string, unknown>, id = 'nam-1') => ({ resourceType: 'Patient', id, ...extra });
  const rows: [string, Record<string, unknown>, number | undefined, string | undefined, string[]][] = [
    ['born 4 May 1961, female', { birthDate: '1961-05-04', gender: 'female' }, 65, 'female', []],
    ['18 today', { birthDate: '2008-12-07', gender: 'male' }, 18, 'male', []],
    ['17 (18 tomorrow): still reported, with a warning', { birthDate: '2008-12-08' }, 17, undefined, ['fhir-under-age']],
    ['born on 29 February', { birthDate: '1960-02-29' }, 66, undefined, []],
    ['a year only that allows two ages: not filled in', { birthDate: '1961' }, undefined, undefined, ['fhir-unreadable']],
    ['a month that gives one age', { birthDate: '1961-05' }, 65, undefined, []],
    ['gender other: sex left for the clinician', { birthDate: '1961-05-04', gender: 'other' }, 65, undefined, ['fhir-sex-not-filled']],
    ['gender unknown', { gender: 'unknown' }, undefined, undefined, ['fhir-sex-not-filled']],
    ['a birth date after today', { birthDate: '2027-01-01' }, undefined, undefined, ['fhir-future']],
  ];
  for (const [name, extra, age, sex, expected] of rows) {
    it(name, () => {
      const result = prefill([patient(extra)]);
      expect(result.pathway.age).to.equal(age);
      expect(result.doses.age).to.equal(age);
      expect(result.doses.sex).to.equal(sex);
      for (const code of expected) expect(codes(result)).to.include(code);
      if (age !== undefined) expect(result.provenance['pathway.age']).to.deep.equal({ resourceType: 'Patient', id: 'nam-1' });
    });
  }

  it('an age under 18 from the record is refused by the pathway (adults only)', () => {
    const result = prefill([patient({ birthDate: '2010-01-01' })]);
    const pathway = evaluatePathway(result.pathway);
    expect(pathway.ok).to.equal(false);
    if (!pathway.ok) expect(pathway.errors[0].field).to.equal('age');
  });

  it('two different patients: nothing from either, reported', () => {
    const result = prefill([patient({ birthDate: '1961-05-04' }, 'a'), patient({ birthDate: '1970-01-01' }, 'b')]);
    expect(result.pathway.age).to.equal(undefined);
    expect(codes(result)).to.include('fhir-conflict');
  });

  it('the patient fixture', async () => {
    const result = prefill([await fixture('patient.json')]);
    expect(result.doses).to.deep.equal({ age: 65, sex: 'female' });
  });
});

describe('prefillFromFhir: every value it fills is one the core accepts', () => {
  it('the fixture record feeds evaluatePathway as it is', async () => {
    const result: OkPrefill = prefill(await fixture('bundle-anti-hmgcr-statin.json'));
    const pathway = evaluatePathway(result.pathway);
    expect(pathway.ok).to.equal(true);
    if (pathway.ok) expect(pathway.steps.map((s) => s.id)).to.include('stop-statin');
  });
});
