/**
 * Properties over the whole accepted input space (fast-check): doses are finite, ≥ 0, min ≤ max,
 * inside their mg/kg range after inward rounding, within the cap, non-decreasing in weight and
 * free of float noise; citations exist; both functions are total and well-formed for any input.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SOURCES,
  addDays,
  calculateDoses,
  doseNote,
  evaluatePathway,
  formatAmount,
  formatDate,
  formatNumber,
  pathwayNote,
  resolveConfig,
  reviewState,
  todayIso,
  type DoseLine,
} from '../../src/core/index.js';
import { decimals, okDoses } from './helpers.js';

const KG_PER_LB = 0.45359237;
const RUNS = { numRuns: 150 };

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const weightKg = fc.oneof(
  fc.double({ min: 20, max: 350, noNaN: true }),
  fc.integer({ min: 2000, max: 35000 }).map((x) => x / 100),
  fc.integer({ min: 20, max: 350 }),
);
const weightLb = fc.oneof(
  fc.double({ min: 44.1, max: 771.6, noNaN: true }),
  fc.integer({ min: 441, max: 7716 }).map((x) => x / 10),
);
const others = fc.record(
  {
    heightCm: opt(fc.oneof(fc.double({ min: 120, max: 230, noNaN: true }), fc.integer({ min: 120, max: 230 }))),
    sex: opt(fc.constantFrom('female', 'male')),
    ivigDays: opt(fc.integer({ min: 2, max: 5 })),
    ivigDosingWeight: opt(fc.constantFrom('actual', 'adjusted')),
    tpmt: opt(fc.constantFrom('normal', 'intermediate', 'intermediate-both', 'poor', 'unknown')),
    startDate: opt(
      fc
        .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
    methotrexateDay: opt(fc.constantFrom('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')),
    weightConfirmed: opt(fc.boolean()),
    age: opt(fc.integer({ min: 18, max: 110 })),
  },
  { requiredKeys: [] },
);
const doseInput = fc.oneof(
  fc.tuple(weightKg, others).map(([weight, o]) => ({ ...o, weight })),
  fc.tuple(weightKg, others).map(([weight, o]) => ({ ...o, weight, weightUnit: 'kg' })),
  fc.tuple(weightLb, others).map(([weight, o]) => ({ ...o, weight, weightUnit: 'lb' })),
);
const config = opt(
  fc.record(
    {
      prednisone: fc.record(
        { maxDailyMg: fc.integer({ min: 20, max: 100 }), roundingMg: fc.constantFrom(1, 2.5, 5, 10) },
        { requiredKeys: [] },
      ),
      azathioprine: fc.record({ roundingMg: fc.constantFrom(10, 25, 50), maxDailyMg: fc.integer({ min: 50, max: 300 }) }, { requiredKeys: [] }),
      ivig: fc.record({ vialStepG: fc.constantFrom(1, 2.5, 5, 10) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
);

const pathwayInput = fc.record(
  {
    antibody: fc.constantFrom('anti-hmgcr', 'anti-srp', 'seronegative', 'pending'),
    statin: fc.constantFrom('current', 'past', 'never', 'unknown'),
    checkpointInhibitor: fc.boolean(),
    severity: fc.constantFrom('mild', 'moderate', 'severe', 'life-threatening'),
    redFlags: fc.subarray(['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis']),
    phase: fc.constantFrom('new', 'inadequate-response', 'relapse'),
    ckTimesUln: fc.double({ min: 0, max: 1000, noNaN: true }),
    age: fc.integer({ min: 18, max: 110 }),
  },
  { requiredKeys: [] },
);

/** The exact kg as entered, and whether the weight is in the confirmation tier (content-spec §4.1). */
function tierOf(input: { weight: number; weightUnit?: string; heightCm?: number }): boolean {
  const kg = input.weightUnit === 'lb' ? input.weight * KG_PER_LB : input.weight;
  const bmi = input.heightCm === undefined ? undefined : kg / (input.heightCm / 100) ** 2;
  return kg < 40 || kg >= 150 || (bmi !== undefined && (bmi < 15 || bmi > 50));
}
const WEIGHT_BASED = ['prednisone', 'azathioprine', 'ivig'];
/** The line should be withheld: a weight-based line before an unusual weight is confirmed, or azathioprine in a poor metaboliser. */
const shouldWithhold = (l: DoseLine, input: { weight: number; weightUnit?: string; heightCm?: number; weightConfirmed?: boolean; tpmt?: string }) =>
  (WEIGHT_BASED.includes(l.drug) && tierOf(input) && input.weightConfirmed !== true) || (l.drug === 'azathioprine' && input.tpmt === 'poor');

function numbersOf(l: DoseLine): number[] {
  if (!l.amount || !l.exact) return [...(l.days === undefined ? [] : [l.days])];
  return [
    l.amount.min,
    l.amount.max,
    l.exact.min,
    l.exact.max,
    ...(l.perDay === undefined ? [] : [l.perDay]),
    ...(l.days === undefined ? [] : [l.days]),
  ];
}

/** No floating-point noise: the value is what 12 significant digits say (0.1 + 0.2 → 0.3). */
const noiseFree = (v: number) => Number.parseFloat(v.toPrecision(12)) === v;

const roundHalfUp = (v: number, step: number) => Math.round(Number((v / step).toPrecision(12))) * step;

describe('properties of calculateDoses over every accepted input', () => {
  it('[rule:dose/prednisone] [rule:dose/azathioprine] [rule:dose/ivig] finite, ≥ 0, min ≤ max, at most 2 decimals, cited', () => {
    fc.assert(
      fc.property(doseInput, config, (input, cfg) => {
        const r = okDoses(calculateDoses(input, cfg));
        expect(r.lines).to.have.length(7);
        // Pounds convert once to kg with two decimals; a weight in kg is used as given.
        if ((input as { weightUnit?: string }).weightUnit === 'lb') expect(decimals(r.weightKg)).to.be.at.most(2);
        else expect(r.weightKg).to.be.closeTo(input.weight, 1e-9);
        expect(noiseFree(r.weightKg), `weight ${r.weightKg}`).to.equal(true);
        for (const v of [r.body.bmi, r.body.idealKg, r.body.adjustedKg]) {
          if (v !== undefined) expect(Number.isFinite(v) && decimals(v) <= 2, `body ${v}`).to.equal(true);
        }
        for (const l of r.lines) {
          for (const v of numbersOf(l)) {
            expect(Number.isFinite(v), `${l.drug} ${v}`).to.equal(true);
            expect(v, l.drug).to.be.at.least(0);
            expect(decimals(v), `${l.drug} ${v} has float noise`).to.be.at.most(2);
          }
          if (l.dosingWeightKg !== undefined) {
            expect(Number.isFinite(l.dosingWeightKg) && noiseFree(l.dosingWeightKg), `${l.drug} dosing weight`).to.equal(true);
          }
          expect(l.withheld === true, `${l.drug} withheld`).to.equal(shouldWithhold(l, input));
          if (l.withheld) {
            expect(l, l.drug).to.not.have.property('amount');
            expect(l, l.drug).to.not.have.property('exact');
          } else {
            expect(l.amount!.min).to.be.at.most(l.amount!.max);
            expect(l.exact!.min).to.be.at.most(l.exact!.max);
          }
          expect(l.citations).to.not.be.empty;
          for (const c of l.citations) expect(SOURCES, c).to.have.property(c);
          expect(l.text).to.not.match(/NaN|undefined|Infinity|null/);
        }
      }),
      RUNS,
    );
  });

  it('[rule:dose/azathioprine] [rule:dose/methotrexate] ranges stay inside the exact mg/kg range after inward rounding', () => {
    const fractions: Record<string, [number, number] | null> = {
      normal: [1, 1],
      unknown: [1, 1],
      intermediate: [0.3, 0.8],
      'intermediate-both': [0.2, 0.5],
      poor: null,
    };
    fc.assert(
      fc.property(doseInput, (input) => {
        const r = okDoses(calculateDoses(input));
        const lb = (input as { weightUnit?: string }).weightUnit === 'lb';
        const exactKg = lb ? input.weight * KG_PER_LB : input.weight;
        expect(r.weightKg).to.be.closeTo(exactKg, lb ? 0.005 : 1e-9);
        // The mg/kg range of the weight as entered (kg), or of the canonical two-decimal kg (lb).
        const w = lb ? r.weightKg : input.weight;
        const aza = r.lines.find((l) => l.drug === 'azathioprine') as DoseLine & { amount: { min: number; max: number }; exact: { min: number; max: number } };
        const f = fractions[input.tpmt ?? 'unknown'];
        if (f === null) {
          expect(aza.withheld).to.equal(true);
          expect(aza.notices.some((n) => n.level === 'critical')).to.equal(true);
        } else if (aza.withheld) {
          expect(shouldWithhold(aza, input)).to.equal(true);
        } else {
          const lo = 2 * w * f[0];
          const hi = 3 * w * f[1];
          expect(aza.exact.min).to.be.closeTo(lo, 0.006);
          expect(aza.exact.max).to.be.closeTo(hi, 0.006);
          expect(aza.amount.min).to.be.at.least(lo - 1e-9);
          expect(aza.amount.max).to.be.at.most(hi + 1e-9);
          // A 25 mg step always fits at 20 kg or more: the amounts are whole steps.
          expect(aza.amount.min % 25).to.equal(0);
          expect(aza.amount.max % 25).to.equal(0);
          // Inward by less than one step.
          expect(aza.amount.min - lo).to.be.below(25);
          expect(hi - aza.amount.max).to.be.below(25);
        }
        const mtx = r.lines.find((l) => l.drug === 'methotrexate') as DoseLine & { amount: { min: number; max: number } };
        expect(mtx.amount.min).to.be.at.least(15);
        expect(mtx.amount.max).to.be.at.most(25);
        expect(mtx.per).to.equal('week');
        expect(mtx.text).to.include('once weekly');
        expect(mtx.text).to.not.match(/daily/i);
      }),
      RUNS,
    );
  });

  it('[rule:dose/prednisone] prednisone = nearest 5 mg of 1 mg/kg, then the cap; never above the cap', () => {
    fc.assert(
      fc.property(doseInput, config, (input, cfg) => {
        const r = okDoses(calculateDoses(input, cfg));
        const cap = cfg?.prednisone?.maxDailyMg ?? 75;
        const step = cfg?.prednisone?.roundingMg ?? 5;
        const p = r.lines.find((l) => l.drug === 'prednisone') as DoseLine & { amount: { min: number; max: number } };
        if (p.withheld) {
          expect(shouldWithhold(p, input)).to.equal(true);
          return;
        }
        expect(p.amount.min).to.equal(p.amount.max);
        expect(p.amount.min).to.be.at.most(cap);
        expect(p.amount.min).to.be.closeTo(Math.min(roundHalfUp(r.weightKg, step), cap), 1e-9);
        expect(p.capped === true).to.equal(roundHalfUp(r.weightKg, step) > cap);
      }),
      RUNS,
    );
  });

  it('[rule:dose/ivig] IVIG is 2 g/kg of the dosing weight the spec prescribes, split over the days', () => {
    fc.assert(
      fc.property(doseInput, (input) => {
        const r = okDoses(calculateDoses(input));
        const l = r.lines.find((x) => x.drug === 'ivig') as DoseLine & { amount: { min: number; max: number; unit: string } };
        if (l.withheld) {
          expect(shouldWithhold(l, input)).to.equal(true);
          return;
        }
        const w = r.weightKg;
        let dosing = w;
        // Devine is defined from 60 in (152.4 cm); below that the dose stays on actual weight.
        if (input.heightCm !== undefined && input.sex !== undefined && input.heightCm >= 152.4) {
          const ibw = (input.sex === 'male' ? 50 : 45.5) + 2.3 * (input.heightCm / 2.54 - 60);
          if (input.ivigDosingWeight === 'adjusted' && w > 1.2 * ibw) dosing = ibw + 0.4 * (w - ibw);
        }
        const days = input.ivigDays ?? 5;
        expect(l.days).to.equal(days);
        expect(l.dosingWeightKg).to.be.closeTo(dosing, 0.006);
        expect(l.amount.min).to.be.closeTo(2 * dosing, 0.061);
        expect(decimals(l.amount.min)).to.be.at.most(1);
        expect(decimals(l.perDay!)).to.be.at.most(1);
        expect(l.perDay!).to.be.closeTo(l.amount.min / days, 0.051);
        expect(l.amount.unit).to.equal('g');
      }),
      RUNS,
    );
  });

  it('[rule:dose/prednisone] [rule:dose/azathioprine] [rule:dose/ivig] doses never decrease as the weight rises (same other inputs)', () => {
    fc.assert(
      fc.property(fc.constantFrom('kg', 'lb'), weightKg, weightKg, others, config, (unit, a, b, o, cfg) => {
        const toUnit = (kg: number) => (unit === 'lb' ? Math.min(771.6, Math.max(44.1, kg / KG_PER_LB)) : kg);
        const [w1, w2] = [toUnit(Math.min(a, b)), toUnit(Math.max(a, b))];
        const r1 = okDoses(calculateDoses({ ...o, weight: w1, weightUnit: unit }, cfg));
        const r2 = okDoses(calculateDoses({ ...o, weight: w2, weightUnit: unit }, cfg));
        for (const l1 of r1.lines) {
          const l2 = r2.lines.find((l) => l.drug === l1.drug)!;
          // Spec-prescribed step: with ivigDosingWeight "adjusted", crossing 120% of IBW switches
          // the dosing weight from actual to adjusted (content-spec §4), so compare within a side.
          if (l1.drug === 'ivig' && r1.body.aboveThreshold !== r2.body.aboveThreshold && r1.input.ivigDosingWeight === 'adjusted') {
            continue;
          }
          // Withheld lines carry no dose to compare (content-spec §4.1; design.md: monotonicity skips them).
          if (!l1.amount || !l2.amount) continue;
          expect(l2.amount.min, `${l1.drug} min ${w1}→${w2}`).to.be.at.least(l1.amount.min);
          expect(l2.amount.max, `${l1.drug} max ${w1}→${w2}`).to.be.at.least(l1.amount.max);
          if (l1.perDay !== undefined) expect(l2.perDay!).to.be.at.least(l1.perDay);
        }
      }),
      RUNS,
    );
  });

  it('[rule:dose/rituximab] rituximab dates are always day 1 = startDate and day 15 = 14 calendar days later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const start = d.toISOString().slice(0, 10);
          const l = okDoses(calculateDoses({ weight: 70, startDate: start })).lines.find((x) => x.drug === 'rituximab')!;
          const expected = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 14)).toISOString().slice(0, 10);
          expect(l.schedule).to.deep.equal([
            { day: 1, date: start },
            { day: 15, date: expected },
          ]);
        },
      ),
      RUNS,
    );
  });

  it('the plain-text dose note never shows NaN, undefined or Infinity', () => {
    fc.assert(
      fc.property(doseInput, config, (input, cfg) => {
        const note = doseNote(calculateDoses(input, cfg), cfg, '2026-12-01');
        expect(note).to.not.match(/NaN|undefined|Infinity|\[object/);
      }),
      { numRuns: 60 },
    );
  });
});

describe('properties of evaluatePathway', () => {
  it('[rule:monitoring] [rule:physical-therapy] [rule:multidisciplinary-team] every step cites existing sources; sorted, one per id; the note is clean', () => {
    const order = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'];
    fc.assert(
      fc.property(pathwayInput, (input) => {
        const r = evaluatePathway(input);
        expect(r.ok).to.equal(true);
        if (!r.ok) return;
        const ids = r.steps.map((s) => s.id);
        expect(new Set(ids).size).to.equal(ids.length);
        const ranks = r.steps.map((s) => order.indexOf(s.priority));
        expect(ranks).to.deep.equal([...ranks].sort((x, y) => x - y));
        for (const s of r.steps) {
          expect(s.citations).to.not.be.empty;
          for (const c of s.citations) expect(SOURCES, c).to.have.property(c);
        }
        expect(ids).to.include.members(['monitoring', 'taper-caution', 'physical-therapy', 'multidisciplinary-team']);
        expect(pathwayNote(r, undefined, '2026-12-01')).to.not.match(/NaN|undefined|Infinity|\[object/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('totality: any input, any configuration, never throws, always well formed', () => {
  const FIELDS = [
    'weight',
    'weightUnit',
    'heightCm',
    'sex',
    'ivigDays',
    'ivigDosingWeight',
    'tpmt',
    'startDate',
    'methotrexateDay',
    'antibody',
    'statin',
    'checkpointInhibitor',
    'severity',
    'redFlags',
    'phase',
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
  ];
  const wild = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string()), fc.anything()),
    fc.dictionary(
      fc.constantFrom(...FIELDS),
      fc.oneof(
        fc.double(),
        fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity, 0, -0),
        fc.string(),
        fc.string({ minLength: 1000, maxLength: 5000 }),
        fc.constantFrom('kg', 'lb', 'male', 'adjusted', 'poor', '2026-12-01', 'anti-srp', 'bulbar', 'relapse'),
        fc.array(fc.string()),
      ),
    ),
    fc.constantFrom(undefined, null, NaN, '', 'null', '{}', [], new Date(Number.NaN), Symbol('x'), () => 1),
  );

  function wellFormed(r: { ok: boolean } & Record<string, unknown>, kind: 'doses' | 'pathway') {
    expect(typeof r.ok).to.equal('boolean');
    if (r.ok) {
      if (kind === 'doses') {
        const lines = r.lines as DoseLine[];
        expect(lines).to.have.length(7);
        for (const l of lines) for (const v of numbersOf(l)) expect(Number.isFinite(v) && v >= 0).to.equal(true);
      } else {
        expect(r.steps).to.be.an('array').and.not.empty;
      }
      expect(r.contentVersion).to.be.a('string');
    } else {
      const errors = r.errors as { field: unknown; message: unknown }[];
      expect(errors).to.be.an('array').and.not.empty;
      for (const e of errors) {
        // The field is the offending key, which may itself be odd (an unknown key "").
        expect(e.field).to.be.a('string');
        expect(e.message).to.be.a('string').and.not.empty;
        expect(e.message as string).to.not.match(/NaN|undefined|\[object/);
      }
      expect(r).to.not.have.property('lines');
      expect(r).to.not.have.property('steps');
    }
  }

  it('calculateDoses(anything, anything)', () => {
    fc.assert(
      fc.property(wild, fc.oneof(fc.constant(undefined), fc.anything(), config), (input, cfg) => {
        let r: ReturnType<typeof calculateDoses> | undefined;
        expect(() => {
          r = calculateDoses(input, cfg);
        }).to.not.throw();
        wellFormed(r as never, 'doses');
        expect(() => doseNote(r!, cfg, '2026-12-01')).to.not.throw();
      }),
      { numRuns: 300 },
    );
  });

  it('evaluatePathway(anything, anything)', () => {
    fc.assert(
      fc.property(wild, fc.oneof(fc.constant(undefined), fc.anything()), (input, cfg) => {
        let r: ReturnType<typeof evaluatePathway> | undefined;
        expect(() => {
          r = evaluatePathway(input, cfg);
        }).to.not.throw();
        wellFormed(r as never, 'pathway');
        expect(() => pathwayNote(r!, cfg, '2026-12-01')).to.not.throw();
      }),
      { numRuns: 300 },
    );
  });

  it('every exported function is total: the notes, the review state and the format and date helpers', () => {
    const junk = fc.oneof(wild, fc.record({ ok: fc.boolean(), errors: fc.anything(), steps: fc.anything(), lines: fc.anything(), input: fc.anything() }));
    const text = (v: unknown) => expect(v).to.be.a('string').and.not.match(/NaN|undefined|Infinity|\[object/);
    fc.assert(
      fc.property(junk, fc.anything(), fc.anything(), (a, b, c) => {
        for (const [name, call] of [
          ['pathwayNote', () => pathwayNote(a as never, b, c as never)],
          ['doseNote', () => doseNote(a as never, b, c as never)],
          ['formatNumber', () => formatNumber(a as never, b as never)],
          ['formatAmount', () => formatAmount(a as never, b as never)],
          ['formatDate', () => formatDate(a as never)],
          ['addDays', () => addDays(a as never, b as never)],
          ['todayIso', () => todayIso(a as never)],
        ] as const) {
          let out: unknown;
          expect(() => (out = call()), name).to.not.throw();
          text(out);
        }
        let state: unknown;
        expect(() => (state = reviewState(a as never, b as never))).to.not.throw();
        expect(['unreviewed', 'reviewed', 'overdue', 'outdated']).to.include((state as { state: string }).state);
        expect(() => resolveConfig(a)).to.not.throw();
      }),
      { numRuns: 300 },
    );
    // A result of the other function, and no result at all, say so in words.
    const doses = calculateDoses({ weight: 70 });
    expect(pathwayNote(doses as never)).to.match(/not a result of evaluatePathway/);
    expect(doseNote(evaluatePathway({}) as never)).to.match(/not a result of calculateDoses/);
    expect(doseNote(undefined as never)).to.match(/not a result of calculateDoses/);
    expect(reviewState(undefined as never, undefined as never)).to.deep.equal({ state: 'unreviewed' });
    expect(formatNumber(Number.NaN)).to.equal('');
    expect(formatDate('2026-02-30')).to.equal('');
    expect(addDays('9999-12-31', 1)).to.equal('');
  });

  it('both functions accept no arguments at all', () => {
    expect(() => (calculateDoses as () => unknown)()).to.not.throw();
    expect(() => (evaluatePathway as () => unknown)()).to.not.throw();
  });
});
