/**
 * Institution configuration (design.md): the prednisone cap, rounding steps, the IVIG vial step,
 * default days and dosing weight, governance and the review state. An invalid configuration is
 * reported and the published defaults are used; nothing throws.
 */
import { expect } from '@open-wc/testing';
import {
  CONTENT_VERSION,
  DEFAULT_CONFIG,
  calculateDoses,
  doseNote,
  evaluatePathway,
  resolveConfig,
  reviewState,
} from '../../src/core/index.js';
import { line, lineWords, okDoses, okPathway } from './helpers.js';

describe('config: valid local settings', () => {
  it('[rule:dose/prednisone] a local cap of 60 mg/day applies after rounding and is labelled local policy', () => {
    const config = { prednisone: { maxDailyMg: 60 } };
    const l = line(calculateDoses({ weight: 70 }, config), 'prednisone');
    expect(l.amount).to.deep.equal({ min: 60, max: 60, unit: 'mg' });
    expect(l.capped).to.equal(true);
    expect(l.text).to.include('capped at 60 mg/day');
    expect(l.text).to.match(/local policy/i);
    expect(l.text).to.include('75 mg/day'); // the cited default beside it
  });

  const capCases: [number, number, number, boolean][] = [
    // cap, weight, dose, capped
    [62, 70, 62, true],
    [62, 61, 60, false],
    [62, 63, 62, true],
    [60, 58, 60, false],
    [60, 62.4, 60, false],
    [60, 62.5, 60, true],
    [40, 350, 40, true],
    [20, 70, 20, true],
    [100, 120, 100, true],
    [100, 98, 100, false],
  ];
  for (const [cap, weight, dose, capped] of capCases) {
    it(`[rule:dose/prednisone] cap ${cap} mg, ${weight} kg → ${dose} mg (round to 5 mg first, then cap)`, () => {
      const l = line(calculateDoses({ weight, weightConfirmed: true }, { prednisone: { maxDailyMg: cap } }), 'prednisone');
      expect(l.amount.min).to.equal(dose);
      expect(l.capped === true).to.equal(capped);
      expect(l.amount.min).to.be.at.most(cap);
    });
  }

  it('[rule:dose/prednisone] a local rounding step of 10 mg', () => {
    const config = { prednisone: { roundingMg: 10 } };
    expect(line(calculateDoses({ weight: 72 }, config), 'prednisone').amount.min).to.equal(70);
    expect(line(calculateDoses({ weight: 66 }, config), 'prednisone').amount.min).to.equal(70);
    expect(line(calculateDoses({ weight: 74 }, config), 'prednisone').amount.min).to.equal(70);
    const l = line(calculateDoses({ weight: 75 }, config), 'prednisone');
    expect(l.amount.min).to.equal(75); // 75 → 80, then capped at 75
    expect(l.capped).to.equal(true);
    expect(l.text).to.match(/nearest 10 mg, local policy/);
  });

  it('[rule:dose/azathioprine] a local azathioprine step of 50 mg rounds the range inward', () => {
    const config = { azathioprine: { roundingMg: 50 } };
    const l70 = line(calculateDoses({ weight: 70 }, config), 'azathioprine');
    expect(l70.amount).to.deep.equal({ min: 150, max: 200, unit: 'mg' });
    const l60 = line(calculateDoses({ weight: 60 }, config), 'azathioprine');
    expect(l60.amount).to.deep.equal({ min: 150, max: 150, unit: 'mg' });
    expect(l60.text).to.match(/local policy/i);
  });

  it('[rule:dose/methotrexate] a local methotrexate step of 5 mg: 15–25 mg once weekly in 5 mg steps, labelled local policy', () => {
    const l = line(calculateDoses({ weight: 70 }, { methotrexate: { roundingMg: 5 } }), 'methotrexate');
    expect(l.amount).to.deep.equal({ min: 15, max: 25, unit: 'mg' });
    expect(l.text).to.include('once weekly');
    expect(l.text).to.include('in 5 mg steps');
    expect(resolveConfig({ methotrexate: { roundingMg: 5 } }).config.local).to.deep.equal(['methotrexate.roundingMg']);
  });

  for (const roundingMg of [1, 2, 10, 0]) {
    it(`[rule:dose/methotrexate] a methotrexate step of ${roundingMg} mg is refused (content-spec §4.2: 2.5 or 5)`, () => {
      const res = resolveConfig({ methotrexate: { roundingMg } });
      expect(res.errors.join(' ')).to.match(/methotrexate\.roundingMg must be 2\.5 or 5/);
    });
  }

  it('[rule:dose/prednisone] a local cap above 75 mg says it is above the published default; a cap of 20–100 mg is accepted, outside it refused', () => {
    const l = line(calculateDoses({ weight: 90 }, { prednisone: { maxDailyMg: 80 } }), 'prednisone');
    expect(l.amount.min).to.equal(80);
    expect(l.notices.some((n) => n.code === 'prednisone-local-cap-above-default' && /above the published default cap of 75 mg\/day/.test(n.message))).to.equal(true);
    const below = line(calculateDoses({ weight: 50 }, { prednisone: { maxDailyMg: 60 } }), 'prednisone');
    expect(below.notices.some((n) => n.code === 'prednisone-local-cap-above-default')).to.equal(false);
    for (const cap of [20, 100]) expect(resolveConfig({ prednisone: { maxDailyMg: cap } }).errors).to.deep.equal([]);
    for (const cap of [19.9, 100.1, 10]) expect(resolveConfig({ prednisone: { maxDailyMg: cap } }).errors.join(' ')).to.match(/prednisone\.maxDailyMg must be a number from 20 to 100 mg/);
  });

  it('[rule:dose/azathioprine] an institution azathioprine daily maximum caps the range after rounding, labelled local policy', () => {
    const l = line(calculateDoses({ weight: 100 }, { azathioprine: { maxDailyMg: 250 } }), 'azathioprine');
    expect(l.amount).to.deep.equal({ min: 200, max: 250, unit: 'mg' });
    expect(l.capped).to.equal(true);
    expect(l.text).to.include('capped at 250 mg/day (local policy maximum)');
    const both = line(calculateDoses({ weight: 100 }, { azathioprine: { maxDailyMg: 150 } }), 'azathioprine');
    expect(both.amount).to.deep.equal({ min: 150, max: 150, unit: 'mg' });
    expect(line(calculateDoses({ weight: 70 }, { azathioprine: { maxDailyMg: 250 } }), 'azathioprine').capped).to.equal(false);
    for (const max of [49, 301]) expect(resolveConfig({ azathioprine: { maxDailyMg: max } }).errors.join(' ')).to.match(/azathioprine\.maxDailyMg/);
  });

  it('[rule:dose/ivig] a vial step of 5 g: whole vials per day, labelled local policy', () => {
    const l = line(calculateDoses({ weight: 70 }, { ivig: { vialStepG: 5 } }), 'ivig');
    expect(l.perDay! % 5).to.equal(0);
    expect(Math.abs(l.perDay! - 28)).to.be.at.most(2.5);
    expect(l.amount.min).to.equal(l.perDay! * 5);
    expect(l.text).to.match(/local policy/i);
  });

  it('[rule:dose/ivig] the basis shows the true daily split before the vial rounding (72 kg, 5 g vials: 28.8 g → 30 g daily, 4.17 % off)', () => {
    const l = line(calculateDoses({ weight: 72 }, { ivig: { vialStepG: 5 } }), 'ivig');
    expect(l.perDay).to.equal(30);
    expect(l.amount.min).to.equal(150);
    expect(l.text).to.include('divided equally over 5 consecutive days: 28.8 g daily');
    expect(l.text).to.include('4.17% off');
    expect(l.text).to.include('30 g daily, 150 g per course');
    expect(l.citations).to.include('hopa-2018');
  });

  // content-spec §4.2: the nearest whole-vial amount only when within ±10 % of the exact daily
  // dose (compared after rounding to 0.01 %; exactly 10 % is within); ties round up.
  const vialCases: [number, number, number, number, boolean, number][] = [
    // weight kg, days, vial g, exact g/day, vial rounding used, g/day shown
    [20, 5, 5, 8, false, 8], // 10 g is 25 % off
    [20, 5, 20, 8, false, 8], // 0 or 20 g: refused
    [25, 5, 10, 10, true, 10], // exact
    [27.5, 5, 10, 11, true, 10], // 9.09 % off → used
    [55, 2, 10, 55, true, 60], // 55 → tie rounds up to 60, 9.09 % off
    [50, 2, 20, 50, false, 50], // 60 g is 20 % off; 40 g 20 % off
    [70, 5, 5, 28, true, 30], // 7.14 % off
    [70, 5, 2.5, 28, true, 27.5], // 1.79 % off
  ];
  for (const [weight, days, vialStepG, exact, used, shown] of vialCases) {
    it(`[rule:dose/ivig] ${weight} kg over ${days} days with ${vialStepG} g vials: ${exact} g/day exact → ${shown} g/day (${used ? 'whole vials' : 'exact, no whole vial within 10%'})`, () => {
      const l = line(calculateDoses({ weight, ivigDays: days, weightConfirmed: true }, { ivig: { vialStepG } }), 'ivig');
      expect(l.perDay).to.equal(shown);
      expect(l.amount.min).to.equal(used ? shown * days : Math.round(2 * weight * 10) / 10);
      const refused = l.notices.find((n) => n.code === 'ivig-vial-refused');
      expect(Boolean(refused)).to.equal(!used && !(exact % vialStepG === 0));
      if (refused) expect(refused.message).to.match(/No whole-vial amount within 10%/);
    });
  }

  it('[rule:dose/ivig] exactly 10 % off is within the tolerance; 10.01 % is not', () => {
    // 2 g/kg × 50 kg = 100 g over 4 days = 25 g/day; a 27.5 g vial step gives 27.5 g, exactly 10 % off.
    const within = line(calculateDoses({ weight: 50, ivigDays: 4 }, { ivig: { vialStepG: 27.5 } }), 'ivig');
    expect(within.perDay).to.equal(27.5);
    expect(within.amount.min).to.equal(110);
    // 2 g/kg × 49.97 kg = 99.94 g over 4 days = 24.985 g/day; 27.5 g is 10.07 % off: refused.
    const beyond = line(calculateDoses({ weight: 49.97, ivigDays: 4 }, { ivig: { vialStepG: 27.5 } }), 'ivig');
    expect(beyond.perDay).to.equal(25);
    expect(beyond.notices.some((n) => n.code === 'ivig-vial-refused')).to.equal(true);
  });

  it('[rule:dose/ivig] a default of 3 days, overridden by the input', () => {
    const config = { ivig: { defaultDays: 3 } };
    const l = line(calculateDoses({ weight: 70 }, config), 'ivig');
    expect(l.days).to.equal(3);
    expect(l.perDay).to.equal(46.7);
    expect(lineWords(l)).to.match(/local policy/i);
    expect(line(calculateDoses({ weight: 70, ivigDays: 5 }, config), 'ivig').days).to.equal(5);
  });

  it('[rule:dose/ivig] a default dosing weight of adjusted, overridden by the input', () => {
    const config = { ivig: { defaultDosingWeight: 'adjusted' } };
    const input = { weight: 100, heightCm: 175, sex: 'male' };
    const l = line(calculateDoses(input, config), 'ivig');
    expect(l.amount.min).to.be.closeTo(164.6, 0.05);
    expect(lineWords(l)).to.match(/local policy/i);
    expect(line(calculateDoses({ ...input, ivigDosingWeight: 'actual' }, config), 'ivig').amount.min).to.equal(200);
  });

  it('a JSON string configuration is read like an object', () => {
    const l = line(calculateDoses({ weight: 70 }, '{"prednisone": {"maxDailyMg": 50}}'), 'prednisone');
    expect(l.amount.min).to.equal(50);
  });

  it('an empty object, undefined, null or "" means the published defaults', () => {
    for (const config of [{}, undefined, null, '']) {
      const res = resolveConfig(config);
      expect(res.errors).to.deep.equal([]);
      expect(res.config.prednisone.maxDailyMg).to.equal(75);
      expect(res.config.local).to.deep.equal([]);
    }
  });
});

describe('config: governance and review state', () => {
  const governance = { reviewedBy: 'Drug and Therapeutics Committee', reviewedOn: '2026-01-10', reviewDue: '2027-01-10' };

  it('unreviewed until the institution sets reviewedBy / reviewedOn', () => {
    expect(reviewState(resolveConfig(undefined).config, '2026-06-01').state).to.equal('unreviewed');
    expect(reviewState(resolveConfig({ reviewDue: '2027-01-10' }).config, '2026-06-01').state).to.equal('unreviewed');
  });

  for (const config of [governance, { governance }]) {
    it(`reviewed, then overdue after reviewDue (${'governance' in config ? 'nested' : 'top level'})`, () => {
      const resolved = resolveConfig(config);
      expect(resolved.errors).to.deep.equal([]);
      expect(resolved.config.governance).to.deep.include(governance);
      const before = reviewState(resolved.config, '2026-06-01');
      expect(before.state).to.equal('reviewed');
      expect(before).to.deep.include(governance);
      expect(reviewState(resolved.config, '2027-01-10').state).to.equal('reviewed');
      const after = reviewState(resolved.config, '2027-01-11');
      expect(after.state).to.equal('overdue');
      expect(after).to.deep.include({ reviewDue: '2027-01-10' });
    });
  }

  it('[hazard:H14] a review recorded for another content version is "outdated", in the state and in the note', () => {
    const config = { ...governance, contentVersion: '0.9.0' };
    const resolved = resolveConfig(config);
    expect(resolved.errors).to.deep.equal([]);
    expect(reviewState(resolved.config, '2026-06-01').state).to.equal('outdated');
    expect(reviewState(resolveConfig({ ...governance, contentVersion: CONTENT_VERSION }).config, '2026-06-01').state).to.equal('reviewed');
    expect(doseNote(calculateDoses({ weight: 70 }, config), config, '2026-06-01')).to.match(/covered content 0\.9\.0, not this version/);
    expect(resolveConfig({ contentVersion: 'latest' }).errors[0]).to.match(/contentVersion/);
  });

  it('[hazard:H15] a review due on or before the review date is an invalid configuration', () => {
    expect(resolveConfig({ reviewedBy: 'X', reviewedOn: '2026-06-01', reviewDue: '2026-05-01' }).errors[0]).to.match(/reviewDue .*after reviewedOn/);
    expect(resolveConfig({ reviewedBy: 'X', reviewedOn: '2026-06-01', reviewDue: '2026-06-01' }).errors).to.have.length(1);
  });

  it('[hazard:H15] protocolUrl accepts https addresses and paths on this site, never another host or a script', () => {
    for (const ok of ['https://intranet.example.org/imnm', 'http://intranet/imnm', '/policies/imnm.pdf']) {
      expect(resolveConfig({ protocolUrl: ok }).errors, ok).to.deep.equal([]);
    }
    for (const bad of ['//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'data:text/html,x', 'ftp://x', 'policies/imnm', ' https://x']) {
      expect(resolveConfig({ protocolUrl: bad }).errors[0], bad).to.match(/protocolUrl must be/);
    }
  });

  it('the dose note shows who reviewed and when review is due, and flags it overdue', () => {
    const r = calculateDoses({ weight: 70 }, governance);
    expect(doseNote(r, governance, '2026-06-01')).to.include('Drug and Therapeutics Committee');
    expect(doseNote(r, governance, '2027-02-01')).to.match(/overdue/i);
    expect(doseNote(r, undefined, '2027-02-01')).to.match(/not yet reviewed/i);
  });
});

describe('config: invalid configurations are reported and the defaults kept', () => {
  const bad: [string, unknown, RegExp][] = [
    ['a cap as a string', { prednisone: { maxDailyMg: '60' } }, /prednisone\.maxDailyMg/],
    ['a negative cap', { prednisone: { maxDailyMg: -5 } }, /prednisone\.maxDailyMg/],
    ['a zero cap', { prednisone: { maxDailyMg: 0 } }, /prednisone\.maxDailyMg/],
    ['a NaN cap', { prednisone: { maxDailyMg: NaN } }, /prednisone\.maxDailyMg/],
    ['an infinite cap', { prednisone: { maxDailyMg: Infinity } }, /prednisone\.maxDailyMg/],
    ['a huge cap', { prednisone: { maxDailyMg: 5000 } }, /prednisone\.maxDailyMg/],
    ['a zero rounding step', { prednisone: { roundingMg: 0 } }, /prednisone\.roundingMg/],
    ['an unknown drug key', { prednisone: { cap: 60 } }, /cap/],
    ['an unknown top-level key', { prednisolone: { maxDailyMg: 60 } }, /prednisolone/],
    ['ivig days out of range', { ivig: { defaultDays: 7 } }, /ivig\.defaultDays/],
    ['ivig days as a fraction', { ivig: { defaultDays: 2.5 } }, /ivig\.defaultDays/],
    ['an unknown dosing weight', { ivig: { defaultDosingWeight: 'ideal' } }, /ivig\.defaultDosingWeight/],
    ['a negative vial step', { ivig: { vialStepG: -1 } }, /ivig\.vialStepG/],
    ['an impossible review date', { reviewDue: '2027-02-30' }, /reviewDue/],
    ['an empty reviewer', { reviewedBy: '' }, /reviewedBy/],
    ['a nested unknown governance key', { governance: { approvedBy: 'x' } }, /approvedBy/],
    ['a javascript: protocol link', { protocolUrl: 'javascript:alert(1)' }, /protocolUrl/],
    ['text that is not JSON', '{prednisone: 60}', /JSON/],
    ['a JSON array', '[1, 2]', /object/],
    ['a JSON number', '42', /object/],
    ['a number', 42, /object/],
    ['an array', [], /object/],
    ['a boolean', true, /object/],
    ['a Date', new Date(), /object/],
    ['a drug section that is not an object', { prednisone: 60 }, /prednisone/],
  ];
  for (const [what, config, names] of bad) {
    it(`[rule:dose/prednisone] ${what}: reported, never thrown, published defaults used`, () => {
      const res = resolveConfig(config);
      expect(res.errors).to.not.be.empty;
      expect(res.errors.join(' ')).to.match(names);
      expect(res.config).to.deep.equal(DEFAULT_CONFIG);

      const doses = okDoses(calculateDoses({ weight: 100 }, config));
      expect(line(doses, 'prednisone').amount.min).to.equal(75);
      const notice = doses.warnings.find((w) => /configuration/i.test(w.message));
      expect(notice, JSON.stringify(doses.warnings)).to.exist;
      expect(notice!.message).to.match(/ignored|defaults/i);

      const pathway = okPathway(evaluatePathway({}, config));
      expect(pathway.warnings.some((w) => /configuration/i.test(w.message))).to.equal(true);
    });
  }

  it('one bad setting makes the whole configuration ignored (no half-applied policy)', () => {
    const config = { prednisone: { maxDailyMg: 60 }, ivig: { defaultDays: 9 } };
    const l = line(calculateDoses({ weight: 100 }, config), 'prednisone');
    expect(l.amount.min).to.equal(75);
  });

  it('a configuration whose getters throw is reported, not thrown, and the doses still come', () => {
    const hostile = Object.defineProperty({}, 'prednisone', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => resolveConfig(hostile)).to.not.throw();
    const r = calculateDoses({ weight: 70 }, hostile);
    expect(r.ok).to.equal(true);
    const p = evaluatePathway({}, hostile);
    expect(p.ok).to.equal(true);
  });
});
