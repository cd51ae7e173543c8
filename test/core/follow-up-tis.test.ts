/**
 * Total Improvement Score (content-spec §5.3). Every expected value below is worked out by hand
 * from the §5.3 table, not read from the code: % improvement = improvement ÷ range × 100
 * (globals and extramuscular 10 cm, HAQ 3, MMT-8 mmtMax, CK 15 × the baseline ULN), rounded to 2
 * decimals, bands closed on the right (5 % scores 0, 5.01 % the next band; MMT-8 2 %/2.01 % …).
 * The baseline (follow-up-helpers BASELINE): globals 6, MMT-8 40/80, HAQ 1.5, CK 2,000 U/L with ULN
 * 200 (range 3,000 U/L), extramuscular 5. One measure is changed at a time, so the total is that
 * measure's points.
 */
import { expect } from '@open-wc/testing';
import { assessFollowUp, type TisMeasure, type Visit } from '../../src/core/index.js';
import { tisBand, tisCategory } from '../../src/core/follow-up-tis.js';
import { BASELINE, followUp, okFollowUp, visitOn } from './follow-up-helpers.js';

function scoreOf(visit: Visit, baseline: Visit = BASELINE, mmtMax?: 80 | 150) {
  const result = assessFollowUp({ visits: [baseline, visit], ...(mmtMax && { mmtMax }) });
  return visitOn(result, visit.date).tis;
}

type EdgeCase = [pct: number, visitValue: number, points: number];

/**
 * Per measure: the visit value giving each % improvement at the band edges, and its points.
 * PG/PtG/EM: baseline 6 or 5, range 10 → 1 cm = 10 %. HAQ: baseline 1.5, range 3 → 0.03 = 1 %.
 * CK: baseline 2,000, range 3,000 → 30 U/L = 1 %. MMT-8: baseline 40, range 80 → 0.8 = 1 %.
 */
const EDGES: Record<TisMeasure, EdgeCase[]> = {
  physicianGlobal: [
    [-10, 7, 0], [0, 6, 0], [5, 5.5, 0], [5.01, 5.499, 7.5], [15, 4.5, 7.5], [15.01, 4.499, 15],
    [25, 3.5, 15], [25.01, 3.499, 17.5], [40, 2, 17.5], [40.01, 1.999, 20], [60, 0, 20],
  ],
  patientGlobal: [
    [-10, 7, 0], [0, 6, 0], [5, 5.5, 0], [5.01, 5.499, 2.5], [15, 4.5, 2.5], [15.01, 4.499, 5],
    [25, 3.5, 5], [25.01, 3.499, 7.5], [40, 2, 7.5], [40.01, 1.999, 10], [60, 0, 10],
  ],
  extramuscular: [
    [-10, 6, 0], [0, 5, 0], [5, 4.5, 0], [5.01, 4.499, 7.5], [15, 3.5, 7.5], [15.01, 3.499, 12.5],
    [25, 2.5, 12.5], [25.01, 2.499, 15], [40, 1, 15], [40.01, 0.999, 20], [50, 0, 20],
  ],
  haq: [
    [-10, 1.8, 0], [0, 1.5, 0], [5, 1.35, 0], [5.01, 1.3497, 5], [15, 1.05, 5], [15.01, 1.0497, 7.5],
    [25, 0.75, 7.5], [25.01, 0.7497, 7.5], [40, 0.3, 7.5], [40.01, 0.2997, 10], [50, 0, 10],
  ],
  ck: [
    [-10, 2300, 0], [0, 2000, 0], [5, 1850, 0], [5.01, 1849.7, 2.5], [15, 1550, 2.5], [15.01, 1549.7, 5],
    [25, 1250, 5], [25.01, 1249.7, 7.5], [40, 800, 7.5], [40.01, 799.7, 7.5], [66.67, 0, 7.5],
  ],
  mmt8: [
    [-10, 32, 0], [0, 40, 0], [2, 41.6, 0], [2.01, 41.608, 10], [10, 48, 10], [10.01, 48.008, 20],
    [20, 56, 20], [20.01, 56.008, 27.5], [30, 64, 27.5], [30.01, 64.008, 32.5], [50, 80, 32.5],
  ],
};

describe('follow-up TIS: every band edge of every measure (rider-2017 Table 3)', () => {
  for (const [measure, cases] of Object.entries(EDGES) as [TisMeasure, EdgeCase[]][]) {
    for (const [pct, value, points] of cases) {
      it(`${measure}: ${pct}% improvement (visit value ${value}) scores ${points}`, () => {
        const tis = scoreOf(followUp({ [measure]: value }));
        expect(tis, 'a score with all six measures').to.exist;
        const m = tis!.measures.find((x) => x.measure === measure)!;
        expect(m.improvementPct).to.equal(pct);
        expect(m.points).to.equal(points);
        // Every other measure is unchanged: 0 % and 0 points, so the total is this measure's points.
        for (const other of tis!.measures.filter((x) => x.measure !== measure)) {
          expect(other.improvementPct, other.measure).to.equal(0);
          expect(other.points, other.measure).to.equal(0);
        }
        expect(tis!.total).to.equal(points);
      });
    }
  }

  it('lists the six measures in the core set order', () => {
    const tis = scoreOf(followUp({}));
    expect(tis!.measures.map((m) => m.measure)).to.deep.equal(['physicianGlobal', 'patientGlobal', 'mmt8', 'haq', 'ck', 'extramuscular']);
  });

  it('MMT-8 out of 150 (both sides): 2 % = 3 points of MMT-8, 2.01 % = 3.015 …', () => {
    const base150: Visit = { ...BASELINE, mmt8: 60 };
    const cases: EdgeCase[] = [
      [2, 63, 0], [2.01, 63.015, 10], [10, 75, 10], [10.01, 75.015, 20],
      [20, 90, 20], [20.01, 90.015, 27.5], [30, 105, 27.5], [30.01, 105.015, 32.5], [60, 150, 32.5],
    ];
    for (const [pct, value, points] of cases) {
      const tis = scoreOf({ ...base150, date: '2026-03-05', mmt8: value }, base150, 150);
      const m = tis!.measures.find((x) => x.measure === 'mmt8')!;
      expect(m.improvementPct, `MMT-8 ${value}/150`).to.equal(pct);
      expect(m.points, `MMT-8 ${value}/150`).to.equal(points);
    }
  });

  it('percentages are compared after rounding to 2 decimals: 5.004 % scores 0, 5.005 % (→ 5.01 %) scores the next band', () => {
    const low = scoreOf(followUp({ physicianGlobal: 5.4996 }))!.measures[0];
    expect(low.improvementPct).to.equal(5);
    expect(low.points).to.equal(0);
    const high = scoreOf(followUp({ physicianGlobal: 5.4995 }))!.measures[0];
    expect(high.improvementPct).to.equal(5.01);
    expect(high.points).to.equal(7.5);
  });

  it('the band function itself: closed on the right, above the last end is the top band', () => {
    const ends = [5, 15, 25, 40];
    expect([-50, 0, 5, 5.01, 15, 15.01, 25, 25.01, 40, 40.01, 1000].map((p) => tisBand(p, ends))).to.deep.equal([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    const mmt = [2, 10, 20, 30];
    expect([2, 2.01, 10, 10.01, 20, 20.01, 30, 30.01].map((p) => tisBand(p, mmt))).to.deep.equal([0, 1, 1, 2, 2, 3, 3, 4]);
  });
});

describe('follow-up TIS: categories (aggarwal-2017: minimal ≥ 20, moderate ≥ 40, major ≥ 60)', () => {
  const thresholds: [number, string][] = [
    [0, 'none'], [19.99, 'none'], [20, 'minimal'], [39.99, 'minimal'], [40, 'moderate'],
    [59.99, 'moderate'], [60, 'major'], [100, 'major'],
  ];
  for (const [total, category] of thresholds) {
    it(`a total of ${total} is ${category}`, () => expect(tisCategory(total)).to.equal(category));
  }

  // Reachable totals are multiples of 2.5: the ones either side of each threshold, by hand.
  const combos: [string, Partial<Visit>, number, string][] = [
    ['physician global 40 % (17.5)', { physicianGlobal: 2 }, 17.5, 'none'],
    ['physician global 60 % (20)', { physicianGlobal: 0 }, 20, 'minimal'],
    ['physician global 40 % + MMT-8 20 % (17.5 + 20)', { physicianGlobal: 2, mmt8: 56 }, 37.5, 'minimal'],
    ['physician global 60 % + MMT-8 20 % (20 + 20)', { physicianGlobal: 0, mmt8: 56 }, 40, 'moderate'],
    ['PG 60 % + MMT-8 30 % + patient global 60 % (20 + 27.5 + 10)', { physicianGlobal: 0, mmt8: 64, patientGlobal: 0 }, 57.5, 'moderate'],
    ['PG 60 % + MMT-8 30.01 % + patient global 40 % (20 + 32.5 + 7.5)', { physicianGlobal: 0, mmt8: 64.008, patientGlobal: 2 }, 60, 'major'],
    ['every measure at its top band (20 + 10 + 32.5 + 10 + 7.5 + 20)', { physicianGlobal: 0, patientGlobal: 0, mmt8: 80, haq: 0, ck: 0, extramuscular: 0 }, 100, 'major'],
  ];
  for (const [name, changes, total, category] of combos) {
    it(`${name}: total ${total}, ${category}`, () => {
      const tis = scoreOf(followUp(changes));
      expect(tis!.total).to.equal(total);
      expect(tis!.category).to.equal(category);
    });
  }

  it('CK normalising alone never reaches minimal: at most 7.5 points', () => {
    const tis = scoreOf(followUp({ ck: 100 }), { ...BASELINE, ck: 20000 });
    expect(tis!.measures.find((m) => m.measure === 'ck')!.points).to.equal(7.5);
    expect(tis!.total).to.equal(7.5);
    expect(tis!.category).to.equal('none');
  });
});

describe('follow-up TIS: when it is computed', () => {
  it('never for the baseline visit itself, even when it has every measure', () => {
    const result = okFollowUp(assessFollowUp({ visits: [BASELINE] }));
    expect(result.visits[0]).to.not.have.property('tis');
    expect(okFollowUp(assessFollowUp({ visits: [BASELINE, followUp({})] })).visits[0]).to.not.have.property('tis');
  });

  for (const measure of ['physicianGlobal', 'patientGlobal', 'mmt8', 'haq', 'ck', 'extramuscular'] as const) {
    it(`not without ${measure} at the baseline, nor without it at the visit`, () => {
      const { [measure]: _omit, ...rest } = BASELINE;
      const withoutAtBaseline = assessFollowUp({ visits: [rest, followUp({})] });
      expect(visitOn(withoutAtBaseline, '2026-03-05')).to.not.have.property('tis');
      const visit = { ...rest, date: '2026-03-05' };
      const withoutAtVisit = assessFollowUp({ visits: [BASELINE, visit] });
      expect(visitOn(withoutAtVisit, '2026-03-05')).to.not.have.property('tis');
    });
  }

  it('every follow-up visit is scored against the first visit by date, not the previous one', () => {
    const second = followUp({ physicianGlobal: 2 }, '2026-02-05'); // 40 % → 17.5
    const third = followUp({ physicianGlobal: 0 }, '2026-03-05'); // 60 % from baseline → 20
    const result = assessFollowUp({ visits: [third, BASELINE, second] });
    expect(visitOn(result, '2026-02-05').tis!.total).to.equal(17.5);
    expect(visitOn(result, '2026-03-05').tis!.total).to.equal(20);
  });

  it("the CK range uses the baseline visit's ULN; each visit's multiple of ULN uses its own", () => {
    // Visit ULN 100: 150 U/L less is 5 % of 15 × 200 (0 points), not 10 % of 15 × 100 (2.5 points).
    const result = assessFollowUp({ visits: [BASELINE, followUp({ ck: 1850, ckUln: 100 })] });
    const v = visitOn(result, '2026-03-05');
    const ck = v.tis!.measures.find((m) => m.measure === 'ck')!;
    expect(ck.improvementPct).to.equal(5);
    expect(ck.points).to.equal(0);
    expect(v.ck!.timesUln).to.equal(18.5);
  });

  it('the CK ULN may come from the institution (ckUlnUL) for the baseline range too', () => {
    const base = { ...BASELINE, ckUln: undefined };
    delete base.ckUln;
    const visit = { ...base, date: '2026-03-05', ck: 1550 };
    // ULN 250 from config: range 3,750; 450 U/L less = 12 % → 2.5 points.
    const tis = visitOn(assessFollowUp({ visits: [base, visit] }, { ckUlnUL: 250 }), '2026-03-05').tis!;
    const ck = tis.measures.find((m) => m.measure === 'ck')!;
    expect(ck.improvementPct).to.equal(12);
    expect(ck.points).to.equal(2.5);
  });
});
