/**
 * Drug-safety blood-test flags (content-spec §5.5; bsr-dmard-2017). The thresholds are strict as
 * written: WBC < 3.5, neutrophils < 1.6, platelets < 140, eosinophils > 0.5, MCV > 105,
 * ALT/AST > 100, albumin < 30, creatinine rise > 30 % over the lowest value of the previous 12
 * months, eGFR < 60 (methotrexate: dose review). An institution's threshold is "local policy".
 */
import { expect } from '@open-wc/testing';
import { assessFollowUp, type Notice } from '../../src/core/index.js';
import { okFollowUp, visitOn } from './follow-up-helpers.js';

const flagsOf = (labs: Record<string, number>, config?: unknown, drugs?: unknown): Notice[] =>
  visitOn(assessFollowUp({ visits: [{ date: '2026-03-01', ...labs }], ...(drugs !== undefined && { drugs }) }, config), '2026-03-01').labFlags;

// field, value exactly at the threshold (no flag), value just beyond (flag), code, words in the message.
const EDGES: [string, number, number, string, string[]][] = [
  ['wbc', 3.5, 3.49, 'wbc-low', ['White cell count 3.49 ×10⁹/L', 'below 3.5 ×10⁹/L']],
  ['neutrophils', 1.6, 1.59, 'neutrophils-low', ['Neutrophils 1.59 ×10⁹/L', 'below 1.6 ×10⁹/L']],
  ['platelets', 140, 139, 'platelets-low', ['Platelets 139 ×10⁹/L', 'below 140 ×10⁹/L']],
  ['eosinophils', 0.5, 0.501, 'eosinophils-high', ['Eosinophils 0.501 ×10⁹/L', 'above 0.5 ×10⁹/L']],
  ['mcv', 105, 105.1, 'mcv-high', ['MCV 105.1 fL', 'above 105 fL']],
  ['alt', 100, 101, 'alt-high', ['ALT 101 U/L', 'above 100 U/L']],
  ['ast', 100, 100.5, 'ast-high', ['AST 100.5 U/L', 'above 100 U/L']],
  ['albumin', 30, 29.9, 'albumin-low', ['Albumin 29.9 g/L', 'below 30 g/L']],
  ['egfr', 60, 59, 'egfr-low', ['eGFR 59 mL/min/1.73 m²', 'below 60 mL/min/1.73 m²', 'with methotrexate, review the dose']],
];

describe('follow-up labs: each threshold at its edge (strict, as written)', () => {
  for (const [field, at, beyond, code, words] of EDGES) {
    it(`${field} ${at} does not flag; ${beyond} flags ${code}`, () => {
      expect(flagsOf({ [field]: at })).to.deep.equal([]);
      const flags = flagsOf({ [field]: beyond });
      expect(flags.map((f) => f.code)).to.deep.equal([code]);
      expect(flags[0].level).to.equal('warning');
      for (const w of words) expect(flags[0].message).to.include(w);
      expect(flags[0].message).to.include('(BSR 2017 threshold)');
      expect(flags[0].message).to.include('If the result is new or unexplained: withhold');
      expect(flags[0].message).to.include('discuss with the specialist team');
    });
  }

  it('the action names the listed drug(s), or all three when none is listed', () => {
    expect(flagsOf({ wbc: 3 })[0].message).to.include('withhold the drug (methotrexate, azathioprine or mycophenolate mofetil)');
    expect(flagsOf({ wbc: 3 }, undefined, [{ drug: 'azathioprine', started: '2026-01-01' }])[0].message).to.include('withhold azathioprine and discuss');
    const two = [{ drug: 'methotrexate', started: '2026-01-01' }, { drug: 'mycophenolate', started: '2026-01-01' }];
    expect(flagsOf({ wbc: 3 }, undefined, two)[0].message).to.include('withhold methotrexate and mycophenolate mofetil and discuss');
  });

  it('several results beyond their thresholds give one flag each, in table order', () => {
    const flags = flagsOf({ egfr: 40, alt: 300, wbc: 2, platelets: 90 });
    expect(flags.map((f) => f.code)).to.deep.equal(['wbc-low', 'platelets-low', 'alt-high', 'egfr-low']);
  });

  it('CK is not a blood-safety test: no flag however high', () => {
    expect(visitOn(assessFollowUp({ visits: [{ date: '2026-03-01', ck: 50000, ckUln: 200 }] }), '2026-03-01').labFlags).to.deep.equal([]);
  });
});

describe('follow-up labs: local policy thresholds (config bloods.*)', () => {
  it('a lower local WBC threshold (3.0): 3.2 no longer flags, 2.99 flags with "local policy" and the published 3.5', () => {
    const config = { bloods: { wbcMin: 3 } };
    expect(flagsOf({ wbc: 3.2 }, config)).to.deep.equal([]);
    expect(flagsOf({ wbc: 3 }, config)).to.deep.equal([]);
    const [flag] = flagsOf({ wbc: 2.99 }, config);
    expect(flag.code).to.equal('wbc-low');
    expect(flag.message).to.include('below 3 ×10⁹/L (local policy; published threshold 3.5 ×10⁹/L)');
  });

  it('a higher local ALT threshold (150): 150 does not flag, 150.5 does; other tests keep the published threshold', () => {
    const config = { bloods: { altMax: 150 } };
    expect(flagsOf({ alt: 150 }, config)).to.deep.equal([]);
    expect(flagsOf({ alt: 150.5 }, config)[0].message).to.include('above 150 U/L (local policy; published threshold 100 U/L)');
    expect(flagsOf({ ast: 101 }, config)[0].message).to.include('(BSR 2017 threshold)');
  });

  it('local eosinophil and eGFR thresholds at their edges', () => {
    expect(flagsOf({ eosinophils: 0.6 }, { bloods: { eosinophilsMax: 0.6 } })).to.deep.equal([]);
    expect(flagsOf({ eosinophils: 0.61 }, { bloods: { eosinophilsMax: 0.6 } }).map((f) => f.code)).to.deep.equal(['eosinophils-high']);
    expect(flagsOf({ egfr: 45 }, { bloods: { egfrMin: 45 } })).to.deep.equal([]);
    expect(flagsOf({ egfr: 44.9 }, { bloods: { egfrMin: 45 } })[0].message).to.include('local policy');
  });

  // Every threshold moved within ±50 % of its published value: [setting, field, local value, at (no flag), beyond (flag), published words].
  const LOCAL: [string, string, number, number, number, string][] = [
    ['wbcMin', 'wbc', 4, 4, 3.99, '3.5 ×10⁹/L'],
    ['neutrophilsMin', 'neutrophils', 1, 1, 0.99, '1.6 ×10⁹/L'],
    ['plateletsMin', 'platelets', 100, 100, 99, '140 ×10⁹/L'],
    ['eosinophilsMax', 'eosinophils', 0.4, 0.4, 0.41, '0.5 ×10⁹/L'],
    ['mcvMax', 'mcv', 110, 110, 110.1, '105 fL'],
    ['altMax', 'alt', 60, 60, 61, '100 U/L'],
    ['astMax', 'ast', 120, 120, 121, '100 U/L'],
    ['albuminMin', 'albumin', 25, 25, 24.9, '30 g/L'],
    ['egfrMin', 'egfr', 50, 50, 49, '60 mL/min/1.73 m²'],
  ];
  for (const [setting, field, local, at, beyond, published] of LOCAL) {
    it(`bloods.${setting} ${local}: ${field} ${at} does not flag, ${beyond} does, labelled local policy`, () => {
      const config = { bloods: { [setting]: local } };
      expect(flagsOf({ [field]: at }, config)).to.deep.equal([]);
      const flags = flagsOf({ [field]: beyond }, config);
      expect(flags).to.have.length(1);
      expect(flags[0].message).to.include(`(local policy; published threshold ${published})`);
    });
  }

  it('a threshold outside ±50 % of the published one is refused: the configuration is ignored and says so', () => {
    const r = okFollowUp(assessFollowUp({ visits: [{ date: '2026-03-01', wbc: 3.2 }] }, { bloods: { wbcMin: 1 } }));
    expect(r.visits[0].labFlags.map((f) => f.code)).to.deep.equal(['wbc-low']);
    expect(r.visits[0].labFlags[0].message).to.include('(BSR 2017 threshold)');
    expect(r.warnings.map((w) => w.code)).to.include('config-invalid');
  });
});

describe('follow-up labs: creatinine rise against the lowest value of the previous 12 months', () => {
  const visits = (creatinine: number, earlier: [string, number][]) => ({
    visits: [...earlier.map(([date, c]) => ({ date, creatinine: c })), { date: '2026-03-01', creatinine }],
  });
  const rise = (input: unknown, config?: unknown) =>
    visitOn(assessFollowUp(input, config), '2026-03-01').labFlags.filter((f) => f.code === 'creatinine-rise');

  it('30 % above the lowest does not flag; 30.01 % does (compared to 2 decimals)', () => {
    expect(rise(visits(130, [['2026-01-01', 100]]))).to.deep.equal([]);
    expect(rise(visits(130.004, [['2026-01-01', 100]]))).to.deep.equal([]);
    const [flag] = rise(visits(130.01, [['2026-01-01', 100]]));
    expect(flag.message).to.include('Creatinine 130.01 µmol/L: 30.01% above the lowest value in the previous 12 months (100 µmol/L on 1 Jan 2026');
    expect(flag.message).to.include('product choice');
    expect(flag.message).to.include('a rise of more than 30% (BSR 2017 threshold)');
  });

  it('the lowest value in the window counts, not the previous one', () => {
    const [flag] = rise(visits(131, [['2025-06-01', 100], ['2026-01-01', 125]]));
    expect(flag.message).to.include('31% above');
    expect(flag.message).to.include('100 µmol/L on 1 Jun 2025');
  });

  it('the window starts on the same day 12 calendar months before: 2025-03-01 counts, 2025-02-28 does not', () => {
    expect(rise(visits(131, [['2025-03-01', 100]]))).to.have.length(1);
    expect(rise(visits(131, [['2025-02-28', 100]]))).to.deep.equal([]);
    expect(rise(visits(131, [['2025-02-28', 50], ['2025-09-01', 110]]))).to.deep.equal([]); // 19.09 % over 110
  });

  it('no earlier creatinine: no rise can be judged (the first value never flags)', () => {
    expect(rise(visits(500, []))).to.deep.equal([]);
  });

  it('a local rise threshold of 20 %: 120 over 100 does not flag, 120.5 does, labelled local policy', () => {
    const config = { bloods: { creatinineRisePct: 20 } };
    expect(rise(visits(120, [['2026-01-01', 100]]), config)).to.deep.equal([]);
    expect(rise(visits(120.5, [['2026-01-01', 100]]), config)[0].message).to.include('more than 20% (local policy; published threshold 30%)');
  });

  it('cites the BSR 2017 guideline when blood results are present', () => {
    expect(okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', wbc: 5 }] })).citations).to.include('bsr-dmard-2017');
  });
});
