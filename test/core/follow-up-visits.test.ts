/**
 * Follow-up visits (content-spec §5.1, §5.2, §5.4): validation with the visit named in every
 * error path, date order, CK and MMT-8 changes, and the deterioration rule (ProDERM: physician
 * global ≥ 2 cm worse and MMT-8 ≥ 20 % worse than baseline; confirmed at two visits in a row).
 * A CK rise alone is a rise, never a relapse.
 */
import { expect } from '@open-wc/testing';
import { assessFollowUp, CONTENT_VERSION } from '../../src/core/index.js';
import { expectError, okFollowUp, visitOn } from './follow-up-helpers.js';

describe('follow-up visits: validation, each error naming the visit', () => {
  // field, a bad value, words the message must contain (the field path and the allowed range).
  const bad: [string, unknown, (string | number)[]][] = [
    ['date', '2026-02-30', ['YYYY-MM-DD']],
    ['date', '1899-12-31', ['1900-01-01']],
    ['date', 20260101, ['YYYY-MM-DD']],
    ['ck', -1, ['0', '1,000,000', 'U/L']],
    ['ck', 1_000_001, ['1,000,000']],
    ['ck', '500', ['ck must be a number']],
    ['ckUln', 9, ['10', '1,000', 'U/L']],
    ['ckUln', 1001, ['1,000']],
    ['mmt8', 81, ['0', '80']],
    ['mmt8', -0.5, ['0', '80']],
    ['physicianGlobal', 10.1, ['0', '10', 'cm']],
    ['patientGlobal', -1, ['0', '10', 'cm']],
    ['extramuscular', 11, ['0', '10', 'cm']],
    ['haq', 3.01, ['0', '3']],
    ['prednisoneMgPerDay', 201, ['0', '200', 'mg/day']],
    ['wbc', -0.1, ['0', '1,000', '×10⁹/L']],
    ['neutrophils', Number.NaN, ['0', '1,000']],
    ['platelets', Number.POSITIVE_INFINITY, ['0', '5,000']],
    ['eosinophils', null, ['0', '1,000']],
    ['mcv', 251, ['0', '250', 'fL']],
    ['alt', 100_001, ['100,000', 'U/L']],
    ['ast', -5, ['100,000', 'U/L']],
    ['albumin', 101, ['0', '100', 'g/L']],
    ['creatinine', 0, ['greater than 0', '10,000', 'µmol/L']],
    ['egfr', 251, ['0', '250']],
    ['egfr', true, ['0', '250']],
  ];
  for (const [field, value, words] of bad) {
    it(`visits[1].${field} = ${String(value)} is an error naming visits[1].${field} and the allowed values`, () => {
      const result = assessFollowUp({ visits: [{ date: '2026-01-01' }, { date: '2026-02-01', ckUln: 200, [field]: value }] });
      expectError(result, `visits[1].${field}`, [`visits[1].${field}`, ...words]);
    });
  }

  it('mmt8 is checked against mmtMax 150 when both sides are scored', () => {
    okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', mmt8: 150 }], mmtMax: 150 }));
    expectError(assessFollowUp({ visits: [{ date: '2026-01-01', mmt8: 150.5 }], mmtMax: 150 }), 'visits[0].mmt8', ['150']);
  });

  it('a visit without a date is an error on visits[i].date', () => {
    expectError(assessFollowUp({ visits: [{ date: '2026-01-01' }, { ck: 100, ckUln: 200 }] }), 'visits[1].date', ['required']);
  });

  it('an unknown visit field is an error naming it and the accepted fields', () => {
    expectError(assessFollowUp({ visits: [{ date: '2026-01-01', CK: 100 }] }), 'visits[0].CK', ['"CK" is not a visit field', 'ckUln']);
  });

  it('a visit that is not an object is an error on visits[i]', () => {
    expectError(assessFollowUp({ visits: [{ date: '2026-01-01' }, 'visit'] }), 'visits[1]', ['visits[1] must be an object']);
    expectError(assessFollowUp({ visits: [null] }), 'visits[0]');
  });

  it('a CK without a ULN is an error on ckUln when the institution gives no default', () => {
    expectError(assessFollowUp({ visits: [{ date: '2026-01-01', ck: 900 }] }), 'visits[0].ckUln', ['required', '10', '1,000']);
    const r = okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', ck: 900 }] }, { ckUlnUL: 180 }));
    expect(r.visits[0].ck!.timesUln).to.equal(5);
    expect(r.input.visits[0].ckUln).to.equal(180);
    // A ULN given with the visit wins over the default.
    expect(okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', ck: 900, ckUln: 300 }] }, { ckUlnUL: 180 })).visits[0].ck!.timesUln).to.equal(3);
  });

  it('two visits on one date: an error on both, each naming the other', () => {
    const result = assessFollowUp({ visits: [{ date: '2026-01-01' }, { date: '2026-02-01' }, { date: '2026-01-01', ck: 100, ckUln: 200 }] });
    expectError(result, 'visits[0].date', ['2026-01-01', 'visits[2]']);
    expectError(result, 'visits[2].date', ['2026-01-01', 'visits[0]']);
    if (!result.ok) expect(result.errors.some((e) => e.field === 'visits[1].date')).to.equal(false);
  });

  it('the top-level fields: visits required and a list, mmtMax 80 or 150, today a date, no unknown fields', () => {
    expectError(assessFollowUp({}), 'visits', ['required']);
    expectError(assessFollowUp({ visits: {} }), 'visits', ['list']);
    expectError(assessFollowUp({ visits: [], mmtMax: 100 }), 'mmtMax', ['80', '150']);
    expectError(assessFollowUp({ visits: [], today: '2026-13-01' }), 'today', ['YYYY-MM-DD']);
    expectError(assessFollowUp({ visits: [], visit: [] }), 'visit', ['not a follow-up field']);
    expectError(assessFollowUp(null), 'input');
    expectError(assessFollowUp('visits'), 'input');
    expectError(assessFollowUp({ visits: Array.from({ length: 1001 }, () => ({})) }), 'visits', ['1,000']);
  });

  it('drugs: each a known drug with a start date, once each, errors naming drugs[i]', () => {
    expectError(assessFollowUp({ visits: [], drugs: [{ drug: 'ciclosporin', started: '2026-01-01' }] }), 'drugs[0].drug', ['methotrexate', 'azathioprine', 'mycophenolate']);
    expectError(assessFollowUp({ visits: [], drugs: [{ drug: 'methotrexate' }] }), 'drugs[0].started', ['required']);
    expectError(assessFollowUp({ visits: [], drugs: [{ drug: 'methotrexate', started: '2026-01-01', lastIncrease: '01/02/2026' }] }), 'drugs[0].lastIncrease', ['YYYY-MM-DD']);
    expectError(assessFollowUp({ visits: [], drugs: [{ drug: 'methotrexate', started: '2026-01-01', dose: 15 }] }), 'drugs[0].dose', ['not a drug field']);
    expectError(
      assessFollowUp({ visits: [], drugs: [{ drug: 'azathioprine', started: '2026-01-01' }, { drug: 'azathioprine', started: '2026-02-01' }] }),
      'drugs[1].drug',
      ['drugs[0]', 'one entry per drug'],
    );
    expectError(assessFollowUp({ visits: [], drugs: ['methotrexate'] }), 'drugs[0]');
  });

  it('every bad field is reported at once, in visit order', () => {
    const result = assessFollowUp({ visits: [{ date: 'x', haq: 4 }, { date: '2026-01-01', egfr: -1 }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).to.deep.equal(['visits[0].date', 'visits[0].haq', 'visits[1].egfr']);
  });

  it('an empty list of visits is valid: no assessments, the content version', () => {
    const r = okFollowUp(assessFollowUp({ visits: [] }));
    expect(r.visits).to.deep.equal([]);
    expect(r.exposure).to.deep.equal([]);
    expect(r.contentVersion).to.equal(CONTENT_VERSION);
    expect(r).to.not.have.property('nextBloods');
  });
});

describe('follow-up visits: date order, CK and MMT-8 (content-spec §5.2)', () => {
  const visits = [
    { date: '2026-03-01', ck: 3000, ckUln: 200, mmt8: 50 },
    { date: '2026-01-01', ck: 6000, ckUln: 200, mmt8: 40 },
    { date: '2026-02-01', ck: 2000, ckUln: 250, mmt8: 48 },
  ];

  it('visits in any order are assessed and returned in date order, each with its position as given', () => {
    const r = okFollowUp(assessFollowUp({ visits }));
    expect(r.visits.map((v) => v.date)).to.deep.equal(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(r.visits.map((v) => v.index)).to.deep.equal([1, 2, 0]);
    expect(r.input.visits.map((v) => v.date)).to.deep.equal(['2026-01-01', '2026-02-01', '2026-03-01']);
  });

  it('CK × ULN with each visit’s own ULN; % change from baseline and from the previous visit', () => {
    const r = okFollowUp(assessFollowUp({ visits }));
    // Baseline: 6000 / 200 = 30 × ULN, no changes.
    expect(r.visits[0].ck).to.deep.equal({ timesUln: 30 });
    // 2000 / 250 = 8; (2000 − 6000) / 6000 = −66.67 % from baseline and from the previous visit.
    expect(r.visits[1].ck).to.deep.equal({ timesUln: 8, changeFromBaselinePct: -66.67, changeFromPreviousPct: -66.67 });
    // 3000 / 200 = 15; −50 % from baseline; +50 % from the previous visit.
    expect(r.visits[2].ck).to.deep.equal({ timesUln: 15, changeFromBaselinePct: -50, changeFromPreviousPct: 50 });
  });

  it('MMT-8 change from baseline in points and in % of mmtMax (80, or 150)', () => {
    const r = okFollowUp(assessFollowUp({ visits }));
    expect(r.visits[0]).to.not.have.property('mmt8');
    expect(r.visits[1].mmt8).to.deep.equal({ changeFromBaseline: 8, changeFromBaselinePct: 10 });
    expect(r.visits[2].mmt8).to.deep.equal({ changeFromBaseline: 10, changeFromBaselinePct: 12.5 });
    const both = okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', mmt8: 100 }, { date: '2026-02-01', mmt8: 85 }], mmtMax: 150 }));
    expect(both.visits[1].mmt8).to.deep.equal({ changeFromBaseline: -15, changeFromBaselinePct: -10 });
  });

  it('% changes are absent when the earlier CK is 0 or absent', () => {
    const r = okFollowUp(
      assessFollowUp({
        visits: [
          { date: '2026-01-01', ck: 0, ckUln: 200 },
          { date: '2026-02-01' },
          { date: '2026-03-01', ck: 400, ckUln: 200 },
          { date: '2026-04-01', ck: 200, ckUln: 200 },
        ],
      }),
    );
    expect(r.visits[1]).to.not.have.property('ck');
    expect(r.visits[2].ck).to.deep.equal({ timesUln: 2 }); // baseline CK 0, previous visit without CK
    expect(r.visits[3].ck).to.deep.equal({ timesUln: 1, changeFromPreviousPct: -50 });
  });

  it('a CK rise is reported as a rise, never as a relapse or a deterioration', () => {
    const r = okFollowUp(
      assessFollowUp({
        visits: [
          { date: '2026-01-01', ck: 1000, ckUln: 200, mmt8: 60, physicianGlobal: 3 },
          { date: '2026-02-01', ck: 4000, ckUln: 200, mmt8: 60, physicianGlobal: 3 },
        ],
      }),
    );
    const v = r.visits[1];
    expect(v).to.not.have.property('deterioration');
    const rise = v.notices.find((n) => n.code === 'ck-rise')!;
    expect(rise.level).to.equal('info');
    expect(rise.message).to.include('CK rose 300%');
    expect(rise.message).to.include('1,000 to 4,000 U/L');
    expect(rise.message).to.include('not a relapse');
    expect(rise.message.replace('not a relapse', '')).to.not.match(/relapse/i);
  });

  it('a rise from a CK of 0 is still a rise, without a percentage', () => {
    const r = okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', ck: 0, ckUln: 200 }, { date: '2026-02-01', ck: 300, ckUln: 200 }] }));
    expect(r.visits[1].ck).to.deep.equal({ timesUln: 1.5 });
    expect(r.visits[1].notices.map((n) => n.message)).to.deep.equal([
      'CK rose since the previous visit (0 to 300 U/L). A CK rise alone is not a relapse: judge it with strength (MMT-8) and the clinical picture.',
    ]);
  });

  it('no CK-rise notice when CK falls or stays the same', () => {
    const r = okFollowUp(assessFollowUp({ visits: [{ date: '2026-01-01', ck: 1000, ckUln: 200 }, { date: '2026-02-01', ck: 1000, ckUln: 200 }, { date: '2026-03-01', ck: 500, ckUln: 200 }] }));
    expect(r.visits.flatMap((v) => v.notices)).to.deep.equal([]);
  });
});

describe('follow-up visits: deterioration (proderm-2022)', () => {
  const base = { date: '2026-01-01', physicianGlobal: 3, mmt8: 60 };
  const at = (date: string, physicianGlobal: number, mmt8: number) => ({ date, physicianGlobal, mmt8 });

  // PG worse by, MMT-8 at the visit (baseline 60: 48 is exactly 20 % worse), expected.
  const cases: [number, number, boolean][] = [
    [2, 48, true], // exactly 2 cm and exactly 20 %
    [1.99, 48, false],
    [2, 48.01, false], // (60 − 48.01) / 60 = 19.98 %
    [5, 30, true],
    [5, 60, false], // physician global alone
    [0, 20, false], // MMT-8 alone
  ];
  for (const [worse, mmt8, expected] of cases) {
    it(`physician global ${worse} cm worse and MMT-8 ${mmt8} (baseline 60): ${expected ? 'possible' : 'none'}`, () => {
      const v = visitOn(assessFollowUp({ visits: [base, at('2026-02-01', 3 + worse, mmt8)] }), '2026-02-01');
      if (expected) {
        expect(v.deterioration).to.equal('possible');
        expect(v.notices[0].code).to.equal('deterioration-possible');
        expect(v.notices[0].level).to.equal('warning');
      } else {
        expect(v).to.not.have.property('deterioration');
        expect(v.notices.some((n) => n.code.startsWith('deterioration'))).to.equal(false);
      }
    });
  }

  it('confirmed when the previous visit also met it; possible again after a visit that did not', () => {
    const r = assessFollowUp({
      visits: [
        base,
        at('2026-02-01', 5, 48),
        at('2026-03-01', 6, 40),
        at('2026-04-01', 3, 60),
        at('2026-05-01', 5.5, 45),
      ],
    });
    expect(okFollowUp(r).visits.map((v) => v.deterioration ?? 'none')).to.deep.equal(['none', 'possible', 'confirmed', 'none', 'possible']);
    const confirmed = visitOn(r, '2026-03-01').notices[0];
    expect(confirmed.code).to.equal('deterioration-confirmed');
    expect(confirmed.level).to.equal('critical');
    expect(confirmed.message).to.match(/relapse/);
    expect(confirmed.message).to.match(/inadequate response/);
  });

  it('not assessable without both measures at baseline and at the visit, or with a baseline MMT-8 of 0', () => {
    const cases = [
      [{ date: '2026-01-01', mmt8: 60 }, at('2026-02-01', 9, 10)],
      [{ date: '2026-01-01', physicianGlobal: 3 }, at('2026-02-01', 9, 10)],
      [base, { date: '2026-02-01', physicianGlobal: 9 }],
      [{ date: '2026-01-01', physicianGlobal: 3, mmt8: 0 }, at('2026-02-01', 9, 0)],
    ];
    for (const visits of cases) {
      expect(visitOn(assessFollowUp({ visits }), '2026-02-01'), JSON.stringify(visits)).to.not.have.property('deterioration');
    }
  });

  it('cites ProDERM when it fires', () => {
    expect(okFollowUp(assessFollowUp({ visits: [base, at('2026-02-01', 5, 48)] })).citations).to.include('proderm-2022');
  });
});
