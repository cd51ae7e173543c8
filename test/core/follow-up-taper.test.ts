/**
 * The glucocorticoid taper plan (content-spec §5.6; etg): prednisone 1 mg/kg/day, rounded to 5 mg
 * and capped at 75 mg as the dose line, for 6 weeks; then 5 mg less every 2 weeks down to 25 mg,
 * whose step has no end; below it, by response. Dates worked out by hand (inclusive `to`).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calculateDoses, planTaper, type TaperStep } from '../../src/core/index.js';
import { expectError, okTaper } from './follow-up-helpers.js';
import { line } from './helpers.js';

const START = '2026-01-05';
/** Steps written as [from, to or '', mg]. */
const steps = (rows: [string, string, number][]): TaperStep[] =>
  rows.map(([from, to, mgPerDay]) => ({ from, ...(to && { to }), mgPerDay }));

describe('follow-up taper: from the weight (published defaults)', () => {
  it('70 kg: 70 mg for 6 weeks, then 5 mg less every 2 weeks to 25 mg (no end date)', () => {
    const r = okTaper(planTaper({ weight: 70, startDate: START }));
    expect(r.steps).to.deep.equal(
      steps([
        ['2026-01-05', '2026-02-15', 70],
        ['2026-02-16', '2026-03-01', 65],
        ['2026-03-02', '2026-03-15', 60],
        ['2026-03-16', '2026-03-29', 55],
        ['2026-03-30', '2026-04-12', 50],
        ['2026-04-13', '2026-04-26', 45],
        ['2026-04-27', '2026-05-10', 40],
        ['2026-05-11', '2026-05-24', 35],
        ['2026-05-25', '2026-06-07', 30],
        ['2026-06-08', '', 25],
      ]),
    );
    expect(r.startMgPerDay).to.equal(70);
    expect(r.then).to.include('Below 25 mg/day, taper by response');
    expect(r.then).to.include('no dates');
    expect(r.basis[0]).to.equal('1 mg/kg/day × 70 kg (154.3 lb) = 70 mg daily');
    expect(r.basis).to.include('6 weeks at 70 mg daily, then down by 5 mg every 2 weeks to 25 mg/day');
    expect(r.weightText).to.equal('70 kg (154.3 lb)');
    expect(r.weightConfirmationRequired).to.equal(false);
    expect(r.warnings).to.deep.equal([]);
    expect(r.citations).to.include.members(['etg', 'bsr-2022']);
  });

  it('100 kg: capped at 75 mg/day as the dose line, then down to 25 mg', () => {
    const r = okTaper(planTaper({ weight: 100, startDate: START }));
    expect(r.steps).to.deep.equal(
      steps([
        ['2026-01-05', '2026-02-15', 75],
        ['2026-02-16', '2026-03-01', 70],
        ['2026-03-02', '2026-03-15', 65],
        ['2026-03-16', '2026-03-29', 60],
        ['2026-03-30', '2026-04-12', 55],
        ['2026-04-13', '2026-04-26', 50],
        ['2026-04-27', '2026-05-10', 45],
        ['2026-05-11', '2026-05-24', 40],
        ['2026-05-25', '2026-06-07', 35],
        ['2026-06-08', '2026-06-21', 30],
        ['2026-06-22', '', 25],
      ]),
    );
    expect(r.basis).to.include('capped at 75 mg/day: 75 mg daily');
  });

  it('20 kg is in the confirmation tier: a field error on weightConfirmed until it is confirmed', () => {
    expectError(planTaper({ weight: 20, startDate: START }), 'weightConfirmed', ['weightConfirmed must be true', 'Unusual weight']);
    const r = okTaper(planTaper({ weight: 20, weightConfirmed: true, startDate: START }));
    // 20 mg is at or below the 25 mg floor: one step lasting the initial 6 weeks, then by response.
    expect(r.steps).to.deep.equal(steps([['2026-01-05', '2026-02-15', 20]]));
    expect(r.then).to.include('After the first 6 weeks, taper by response');
    expect(r.weightConfirmationRequired).to.equal(true);
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['weight-confirmed']);
  });

  it('150 kg unconfirmed: the error asks whether it is in pounds; a BMI outside 15–50 needs confirming too', () => {
    expectError(planTaper({ weight: 150, startDate: START }), 'weightConfirmed', ['Is this weight in pounds? 150 lb = 68.04 kg']);
    expectError(planTaper({ weight: 45, heightCm: 190, startDate: START }), 'weightConfirmed', ['BMI 12.5 for 190 cm']);
    expect(okTaper(planTaper({ weight: 45, heightCm: 190, weightConfirmed: true, startDate: START })).startMgPerDay).to.equal(45);
  });

  it('a weight in pounds is converted once (154 lb = 69.85 kg) and rounded to 70 mg', () => {
    const r = okTaper(planTaper({ weight: 154, weightUnit: 'lb', startDate: START }));
    expect(r.startMgPerDay).to.equal(70);
    expect(r.weightKg).to.equal(69.85);
    expect(r.weightText).to.equal('154 lb = 69.85 kg');
    expect(r.basis.slice(0, 2)).to.deep.equal([
      '1 mg/kg/day × 69.85 kg (154 lb) = 69.85 mg daily',
      'rounded from 69.85 mg to 70 mg daily (nearest 5 mg)',
    ]);
    expectError(planTaper({ weight: 154, weightUnit: 'lb', startDate: START }, { units: { allowPounds: false } }), 'weightUnit', ['kg']);
  });

  it('across a leap day: 6 weeks from 1 Feb 2028 end on 13 Mar 2028', () => {
    const r = okTaper(planTaper({ weight: 40, startDate: '2028-02-01' }));
    expect(r.steps.slice(0, 2)).to.deep.equal(steps([['2028-02-01', '2028-03-13', 40], ['2028-03-14', '2028-03-27', 35]]));
  });
});

describe('follow-up taper: an explicit starting dose (startMgPerDay)', () => {
  it('40 mg: no weight needed; 40, 35, 30, then 25 mg', () => {
    const r = okTaper(planTaper({ startMgPerDay: 40, startDate: START }));
    expect(r.steps).to.deep.equal(
      steps([
        ['2026-01-05', '2026-02-15', 40],
        ['2026-02-16', '2026-03-01', 35],
        ['2026-03-02', '2026-03-15', 30],
        ['2026-03-16', '', 25],
      ]),
    );
    expect(r).to.not.have.property('weightKg');
    expect(r.basis[0]).to.include('40 mg daily: starting dose as entered');
  });

  it('at or below the floor (25 and 10 mg): one step with its end date, then by response', () => {
    for (const mg of [25, 10, 5]) {
      const r = okTaper(planTaper({ startMgPerDay: mg, startDate: START }));
      expect(r.steps, `${mg} mg`).to.deep.equal(steps([['2026-01-05', '2026-02-15', mg]]));
      expect(r.then).to.include('taper by response');
    }
  });

  it('the weight tier does not apply with an explicit start (an unconfirmed 20 kg is not an error)', () => {
    const r = okTaper(planTaper({ weight: 20, startMgPerDay: 30, startDate: START }));
    expect(r.startMgPerDay).to.equal(30);
    expect(r.weightConfirmationRequired).to.equal(false);
    expect(r.warnings).to.deep.equal([]);
  });

  const bad: [unknown, string][] = [[42, '5 to 75'], [4, '5 to 75'], [0, '5'], [80, '75'], [105, '75'], ['40', '5'], [Number.NaN, '5'], [null, '5']];
  for (const [value, words] of bad) {
    it(`startMgPerDay ${String(value)} is an error naming the multiple of 5 and the range within the cap`, () =>
      expectError(planTaper({ startMgPerDay: value, startDate: START }), 'startMgPerDay', ['multiple of 5', words]));
  }

  it('a local cap of 60 mg: 60 is accepted, 65 is not (and the message says local policy)', () => {
    const config = { prednisone: { maxDailyMg: 60 } };
    expect(okTaper(planTaper({ startMgPerDay: 60, startDate: START }, config)).startMgPerDay).to.equal(60);
    expectError(planTaper({ startMgPerDay: 65, startDate: START }, config), 'startMgPerDay', ['5 to 60', 'local policy']);
    // A local cap of 62 mg allows multiples of 5 up to 60.
    expectError(planTaper({ startMgPerDay: 65, startDate: START }, { prednisone: { maxDailyMg: 62 } }), 'startMgPerDay', ['5 to 60']);
  });
});

describe('follow-up taper: local policy (config taper.*, prednisone.*)', () => {
  it('4 weeks, then 10 mg every week down to 10 mg: each setting labelled local policy with the published one', () => {
    const config = { taper: { initialWeeks: 4, stepMg: 10, intervalWeeks: 1, floorMg: 10 } };
    const r = okTaper(planTaper({ weight: 70, startDate: START }, config));
    expect(r.steps).to.deep.equal(
      steps([
        ['2026-01-05', '2026-02-01', 70],
        ['2026-02-02', '2026-02-08', 60],
        ['2026-02-09', '2026-02-15', 50],
        ['2026-02-16', '2026-02-22', 40],
        ['2026-02-23', '2026-03-01', 30],
        ['2026-03-02', '2026-03-08', 20],
        ['2026-03-09', '', 10],
      ]),
    );
    const plan = r.basis[r.basis.length - 1];
    expect(plan).to.include('4 weeks (local policy; published 6 weeks)');
    expect(plan).to.include('10 mg (local policy; published 5 mg)');
    expect(plan).to.include('1 week (local policy; published 2 weeks)');
    expect(plan).to.include('10 mg/day (local policy; published 25 mg/day)');
    expect(r.then).to.include('10 mg/day (local policy; published 25 mg/day)');
  });

  it('a 10 mg step that does not land on the floor stops at the floor (70 → … → 30 → 25)', () => {
    const r = okTaper(planTaper({ weight: 70, startDate: START }, { taper: { stepMg: 10 } }));
    expect(r.steps.map((s) => s.mgPerDay)).to.deep.equal([70, 60, 50, 40, 30, 25]);
    expect(r.steps[r.steps.length - 1]).to.deep.equal({ from: '2026-04-13', mgPerDay: 25 });
  });

  it('2.5 mg steps to a 20 mg floor: 25, 22.5, 20', () => {
    const r = okTaper(planTaper({ startMgPerDay: 25, startDate: START }, { taper: { stepMg: 2.5, floorMg: 20 } }));
    expect(r.steps).to.deep.equal(steps([['2026-01-05', '2026-02-15', 25], ['2026-02-16', '2026-03-01', 22.5], ['2026-03-02', '', 20]]));
  });

  it('the local prednisone cap and rounding apply exactly as on the dose line', () => {
    const capped = okTaper(planTaper({ weight: 70, startDate: START }, { prednisone: { maxDailyMg: 60 } }));
    expect(capped.startMgPerDay).to.equal(60);
    expect(capped.basis).to.include('capped at 60 mg/day (local policy; published default cap 75 mg/day): 60 mg daily');
    const rounded = okTaper(planTaper({ weight: 72, startDate: START }, { prednisone: { roundingMg: 10 } }));
    expect(rounded.startMgPerDay).to.equal(70);
    expect(rounded.basis).to.include('rounded from 72 mg to 70 mg daily (nearest 10 mg, local policy)');
  });

  it('an invalid configuration is ignored, said so, and the published taper used', () => {
    const r = okTaper(planTaper({ weight: 70, startDate: START }, { taper: { floorMg: 50 } }));
    expect(r.steps[r.steps.length - 1].mgPerDay).to.equal(25);
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['config-invalid']);
  });
});

describe('follow-up taper: bad input', () => {
  it('startDate is required and must be a calendar date; far-future starts are refused', () => {
    expectError(planTaper({ weight: 70 }), 'startDate', ['required']);
    expectError(planTaper({ weight: 70, startDate: '2026-02-29' }), 'startDate', ['YYYY-MM-DD']);
    expectError(planTaper({ weight: 70, startDate: '9999-12-01' }), 'startDate', ['9999-12-31']);
  });

  it('a weight or a starting dose is required', () => {
    expectError(planTaper({ startDate: START }), 'weight', ['startMgPerDay', '20', '350']);
  });

  it('weights outside 20–350 kg, unknown fields and non-objects are errors', () => {
    expectError(planTaper({ weight: 19.9, startDate: START }), 'weight', ['20', '350']);
    expectError(planTaper({ weight: 351, startDate: START }), 'weight', ['350']);
    expectError(planTaper({ weight: '70', startDate: START }), 'weight');
    expectError(planTaper({ weight: 70, startDate: START, floorMg: 10 }), 'floorMg', ['not a taper field']);
    expectError(planTaper({ weight: 70, startDate: START, heightCm: 300 }), 'heightCm', ['120', '230']);
    expectError(planTaper(null), 'input');
    expectError(planTaper([70]), 'input');
  });
});

describe('follow-up taper: the starting dose is the dose line’s prednisone dose', () => {
  it('for any confirmed weight and local cap or rounding, the taper starts at the calculator’s prednisone amount', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 350, noNaN: true }),
        fc.option(fc.record({ maxDailyMg: fc.integer({ min: 20, max: 100 }), roundingMg: fc.constantFrom(1, 2.5, 5, 10) }), { nil: undefined }),
        (weight, prednisone) => {
          const config = prednisone ? { prednisone } : undefined;
          const taper = okTaper(planTaper({ weight, weightConfirmed: true, startDate: START }, config));
          const dose = line(calculateDoses({ weight, weightConfirmed: true }, config), 'prednisone');
          expect(taper.startMgPerDay).to.equal(dose.amount.min);
        },
      ),
      { numRuns: 200 },
    );
  });
});
