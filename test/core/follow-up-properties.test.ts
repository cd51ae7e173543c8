/**
 * Properties of the follow-up core (fast-check): the Total Improvement Score stays within 0–100,
 * is the sum of its points and never falls when one measure improves; no result or note holds
 * undefined, NaN or Infinity; the taper's steps are contiguous and falling; every function is
 * total (never throws) for arbitrary input and configuration.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  assessFollowUp,
  followUpNote,
  planTaper,
  taperNote,
  TIS_MEASURES,
  type TisMeasure,
  type Visit,
} from '../../src/core/index.js';
import { badValues, BASELINE, expectError, okFollowUp, okTaper } from './follow-up-helpers.js';

const RUNS = { numRuns: 150 };
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const num = (min: number, max: number) =>
  fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
const dayOffset = fc.integer({ min: 0, max: 3650 });

/** A valid visit on `date` (mmtMax 80); the CK ULN given whenever CK is. */
const visitOn = (date: string): fc.Arbitrary<Visit> =>
  fc
    .record(
      {
        ck: num(0, 1_000_000),
        ckUln: num(10, 1000),
        mmt8: num(0, 80),
        physicianGlobal: num(0, 10),
        patientGlobal: num(0, 10),
        extramuscular: num(0, 10),
        haq: num(0, 3),
        prednisoneMgPerDay: num(0, 200),
        wbc: num(0, 1000),
        neutrophils: num(0, 1000),
        platelets: num(0, 5000),
        eosinophils: num(0, 1000),
        mcv: num(0, 250),
        alt: num(0, 100_000),
        ast: num(0, 100_000),
        albumin: num(0, 100),
        creatinine: num(0.01, 10_000),
        egfr: num(0, 250),
      },
      { requiredKeys: [] },
    )
    .map((v) => ({ date, ...v, ...(v.ck !== undefined && v.ckUln === undefined && { ckUln: 200 }) }));

const visits = fc
  .uniqueArray(dayOffset, { minLength: 0, maxLength: 8 })
  .chain((offsets) => fc.tuple(...offsets.map((o) => visitOn(addDays('2020-01-01', o)))));

const drugs = fc.uniqueArray(
  fc.record(
    {
      drug: fc.constantFrom('methotrexate', 'azathioprine', 'mycophenolate'),
      started: dayOffset.map((o) => addDays('2019-06-01', o)),
      lastIncrease: dayOffset.map((o) => addDays('2019-06-01', o)),
    },
    { requiredKeys: ['drug', 'started'] },
  ),
  { selector: (d) => d.drug, maxLength: 3 },
);

const config = opt(
  fc.record(
    {
      ckUlnUL: num(10, 1000),
      bloods: fc.record({ wbcMin: num(1.75, 5.25), creatinineRisePct: num(15, 45), egfrMin: num(30, 90) }, { requiredKeys: [] }),
      taper: fc.record(
        {
          initialWeeks: fc.integer({ min: 2, max: 12 }),
          stepMg: fc.constantFrom(2.5, 5, 7.5, 10),
          intervalWeeks: fc.integer({ min: 1, max: 4 }),
          floorMg: fc.constantFrom(5, 10, 12.5, 20, 25, 40),
        },
        { requiredKeys: [] },
      ),
      prednisone: fc.record({ maxDailyMg: fc.integer({ min: 20, max: 100 }), roundingMg: fc.constantFrom(1, 2.5, 5, 10) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
);

const followUpInput = fc.record(
  {
    visits,
    drugs: opt(drugs),
    today: opt(dayOffset.map((o) => addDays('2020-01-01', o))),
  },
  { requiredKeys: ['visits'] },
);

describe('follow-up properties: valid input', () => {
  it('every valid input gives ok: true with no undefined, NaN or Infinity anywhere, and a clean note', () => {
    fc.assert(
      fc.property(followUpInput, config, (input, cfg) => {
        const result = assessFollowUp(input, cfg);
        const ok = okFollowUp(result);
        expect(badValues(ok)).to.deep.equal([]);
        expect(ok.visits.map((v) => v.date)).to.deep.equal([...ok.visits.map((v) => v.date)].sort());
        const note = followUpNote(result, cfg, '2026-01-01');
        expect(note.startsWith('IMNM/NAM follow-up')).to.equal(true);
        expect(note).to.not.include('No note');
        expect(note).to.not.match(/\b(undefined|NaN|null|Infinity)\b|\[object Object\]/);
        for (const flag of ok.visits.flatMap((v) => [...v.labFlags, ...v.notices])) expect(note).to.include(flag.message);
        for (const n of [...ok.exposure, ...ok.warnings]) expect(note).to.include(n.message);
      }),
      RUNS,
    );
  });

  it('the TIS total is within 0–100, a multiple of 2.5, the sum of its points, and its category follows the thresholds', () => {
    fc.assert(
      fc.property(followUpInput, (input) => {
        for (const v of okFollowUp(assessFollowUp(input)).visits) {
          if (!v.tis) continue;
          const { total, category, measures } = v.tis;
          expect(total).to.be.within(0, 100);
          expect((total * 2) % 5).to.equal(0);
          expect(total).to.equal(measures.reduce((s, m) => s + m.points, 0));
          expect(category).to.equal(total >= 60 ? 'major' : total >= 40 ? 'moderate' : total >= 20 ? 'minimal' : 'none');
          for (const m of measures) expect(Number.isFinite(m.improvementPct)).to.equal(true);
        }
      }),
      RUNS,
    );
  });
});

/** Bounds and the direction of improvement for each measure (BASELINE's scales, mmtMax 80). */
const SCALE: Record<TisMeasure, { max: number; higherIsBetter: boolean }> = {
  physicianGlobal: { max: 10, higherIsBetter: false },
  patientGlobal: { max: 10, higherIsBetter: false },
  extramuscular: { max: 10, higherIsBetter: false },
  haq: { max: 3, higherIsBetter: false },
  mmt8: { max: 80, higherIsBetter: true },
  ck: { max: 20000, higherIsBetter: false },
};

describe('follow-up properties: the TIS is monotone in each measure', () => {
  it('improving one measure (all else equal) never lowers the total', () => {
    const all = fc.record(
      Object.fromEntries(TIS_MEASURES.map((m) => [m, num(0, SCALE[m].max)])) as Record<TisMeasure, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(all, all, fc.constantFrom(...TIS_MEASURES), num(0, 1), (base, visit, measure, t) => {
        const baseline: Visit = { ...BASELINE, ...base };
        const worse: Visit = { ...BASELINE, ...visit, date: '2026-03-05' };
        // A value at least as good as the visit's own for this measure, within its scale.
        const { max, higherIsBetter } = SCALE[measure];
        const current = worse[measure] as number;
        const better = higherIsBetter ? current + (max - current) * t : current - current * t;
        const improved: Visit = { ...worse, [measure]: better };
        const score = (v: Visit) => okFollowUp(assessFollowUp({ visits: [baseline, v] })).visits[1].tis!.total;
        expect(score(improved)).to.be.at.least(score(worse));
      }),
      { numRuns: 300 },
    );
  });
});

describe('follow-up properties: the taper', () => {
  const taperInput = fc.oneof(
    fc.record({ weight: num(20, 350), weightConfirmed: fc.constant(true), startDate: dayOffset.map((o) => addDays('2024-01-01', o)) }),
    fc.record({
      startMgPerDay: fc.integer({ min: 1, max: 20 }).map((k) => k * 5),
      startDate: dayOffset.map((o) => addDays('2024-01-01', o)),
    }),
  );

  it('steps follow on day after day, fall at every step, never exceed the cap, and only the floor step (reached by tapering) is open', () => {
    fc.assert(
      fc.property(taperInput, config, (input, cfg) => {
        const result = planTaper(input, cfg);
        if (!result.ok) {
          // Only an explicit start above the (local) cap is refused.
          expect(result.errors.map((e) => e.field)).to.deep.equal(['startMgPerDay']);
          return;
        }
        const r = okTaper(result);
        expect(badValues(r)).to.deep.equal([]);
        expect(r.steps[0].from).to.equal(input.startDate);
        r.steps.forEach((s, i) => {
          if (i > 0) {
            expect(s.from).to.equal(addDays(r.steps[i - 1].to as string, 1));
            expect(s.mgPerDay).to.be.below(r.steps[i - 1].mgPerDay);
          }
          if (s.to) expect(s.to >= s.from).to.equal(true);
          expect(s.mgPerDay).to.be.above(0);
        });
        const last = r.steps[r.steps.length - 1];
        expect(last.to === undefined).to.equal(r.steps.length > 1);
        const note = taperNote(result, cfg, '2026-01-01');
        expect(note).to.not.match(/\b(undefined|NaN|null|Infinity)\b|No note/);
        for (const s of r.steps) expect(note).to.include(`${s.mgPerDay} mg daily`);
      }),
      RUNS,
    );
  });
});

describe('follow-up properties: total functions', () => {
  const junk = fc.oneof(
    fc.anything(),
    fc.record({ visits: fc.array(fc.anything(), { maxLength: 5 }), drugs: fc.anything(), mmtMax: fc.anything(), today: fc.anything() }, { requiredKeys: [] }),
    fc.record({ visits: fc.array(fc.dictionary(fc.constantFrom('date', 'ck', 'ckUln', 'mmt8', 'haq', 'wbc', 'creatinine', 'x'), fc.anything()), { maxLength: 5 }) }),
    fc.record({ weight: fc.anything(), weightUnit: fc.anything(), startDate: fc.anything(), startMgPerDay: fc.anything(), weightConfirmed: fc.anything() }, { requiredKeys: [] }),
  );

  it('assessFollowUp, planTaper and both notes never throw, and errors always name a field', () => {
    fc.assert(
      fc.property(junk, fc.oneof(fc.anything(), config), (input, cfg) => {
        for (const result of [assessFollowUp(input, cfg), planTaper(input, cfg)]) {
          expect(typeof result.ok).to.equal('boolean');
          if (result.ok) expect(badValues(result)).to.deep.equal([]);
          else for (const e of result.errors) {
            expect(e.field).to.be.a('string');
            expect(e.message).to.be.a('string').and.not.equal('');
          }
        }
        expect(followUpNote(assessFollowUp(input, cfg), cfg)).to.be.a('string');
        expect(taperNote(planTaper(input, cfg), cfg)).to.be.a('string');
        expect(followUpNote(input as never, cfg)).to.be.a('string');
        expect(taperNote(input as never, cfg)).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });

  it('a throwing getter, a proxy or a polluted prototype never escapes as an exception', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    const getter = { visits: [{ get date() { throw new Error('getter'); } }] };
    for (const input of [trap, getter, { visits: [trap] }, { visits: trap }]) {
      expect(assessFollowUp(input).ok).to.equal(false);
      expect(planTaper(input).ok).to.equal(false);
    }
    const proto = Object.prototype as Record<string, unknown>;
    let result: ReturnType<typeof assessFollowUp>;
    let taper: ReturnType<typeof planTaper>;
    proto.mmtMax = 150;
    proto.ckUln = 5;
    proto.startMgPerDay = 100;
    try {
      result = assessFollowUp({ visits: [{ date: '2026-01-01', mmt8: 100 }, { date: '2026-02-01', ck: 400 }] }, { ckUlnUL: 200 });
      taper = planTaper({ weight: 70, startDate: '2026-01-05' });
    } finally {
      delete proto.mmtMax;
      delete proto.ckUln;
      delete proto.startMgPerDay;
    }
    // An inherited mmtMax of 150 is not read: 100 is outside 0–80.
    expectError(result, 'visits[0].mmt8', ['80']);
    // An inherited ckUln is not read: the configured 200 U/L is used; an inherited start dose neither.
    const fine = okFollowUp(assessFollowUp({ visits: [{ date: '2026-02-01', ck: 400 }] }, { ckUlnUL: 200 }));
    expect(fine.visits[0].ck!.timesUln).to.equal(2);
    expect(okTaper(taper).startMgPerDay).to.equal(70);
  });
});
