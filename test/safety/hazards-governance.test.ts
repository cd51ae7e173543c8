/**
 * Hazard tests for content status, configuration, stale results and display (docs/safety.md).
 */
import { expect } from '@open-wc/testing';
import {
  CONTENT_DATE,
  CONTENT_VERSION,
  DRUG_IDS,
  SOURCES,
  TPMT_STATUSES,
  calculateDoses,
  doseNote,
  evaluatePathway,
  formatAmount,
  isCalendarDate,
  pathwayNote,
  resolveConfig,
  reviewState,
} from '../../src/core/index.js';
import { INTENDED_USE } from '../../src/content/about.js';
import { doses, everyPathwayInput, lineWords, pathway, weights } from './helpers.js';

describe('hazards: content status', () => {
  it('[hazard:H14] every result carries the content version, and the version and date are well formed', () => {
    expect(CONTENT_VERSION).to.match(/^\d+\.\d+\.\d+$/);
    expect(isCalendarDate(CONTENT_DATE)).to.equal(true);
    expect(doses({ weight: 70 }).contentVersion).to.equal(CONTENT_VERSION);
    expect(pathway({}).contentVersion).to.equal(CONTENT_VERSION);
  });

  it('[hazard:H14] content is "not yet reviewed" until the institution records a review, and overdue once reviewDue has passed', () => {
    const today = '2026-11-25';
    expect(reviewState(resolveConfig(undefined).config, today).state).to.equal('unreviewed');
    const reviewed = resolveConfig({ reviewedBy: 'Drug and Therapeutics Committee', reviewedOn: '2026-11-01', reviewDue: '2027-11-01' });
    expect(reviewed.errors).to.deep.equal([]);
    expect(reviewState(reviewed.config, today).state).to.equal('reviewed');
    expect(reviewState(reviewed.config, '2027-11-01').state).to.equal('reviewed');
    expect(reviewState(reviewed.config, '2027-11-02').state).to.equal('overdue');
  });

  it('[hazard:H14] the note for the record carries the content version, date and review status', () => {
    const unreviewed = doseNote(calculateDoses({ weight: 70 }), undefined, '2026-11-25');
    expect(unreviewed).to.include(`${CONTENT_VERSION} (${CONTENT_DATE})`);
    expect(unreviewed).to.match(/not yet reviewed by your institution/i);
    const overdue = { reviewedBy: 'Pharmacy', reviewedOn: '2025-01-01', reviewDue: '2026-01-01' };
    expect(pathwayNote(evaluatePathway({}), overdue, '2026-11-25')).to.match(/overdue/i);
  });
});

describe('hazards: institution configuration', () => {
  it('[hazard:H15] an invalid configuration is reported with the setting at fault, and the published defaults are used', () => {
    const config = { prednisone: { maxDailyMg: -5 } };
    const r = doses({ weight: 70 }, config);
    expect(r.lines.find((l) => l.drug === 'prednisone')!.amount!.min).to.equal(70);
    const w = r.warnings.find((x) => /ignored/i.test(x.message));
    expect(w, 'configuration-ignored warning').to.exist;
    expect(w!.message).to.include('prednisone.maxDailyMg');
    const p = pathway({}, config);
    expect(p.warnings.some((x) => /ignored/i.test(x.message))).to.equal(true);
  });

  it('[hazard:H15] unknown settings, wrong types, bad JSON and non-objects are each reported, never silently ignored', () => {
    const bad: unknown[] = [
      '{ "prednisone": ',
      '[]',
      42,
      [],
      { predinsone: { maxDailyMg: 60 } },
      { prednisone: { cap: 60 } },
      { prednisone: { maxDailyMg: '60' } },
      { prednisone: { maxDailyMg: 1000 } },
      { ivig: { defaultDays: 7 } },
      { reviewDue: '2027-02-30' },
      { protocolUrl: 'javascript:alert(1)' },
    ];
    for (const config of bad) {
      const res = resolveConfig(config);
      expect(res.errors.length, JSON.stringify(config)).to.be.greaterThan(0);
      expect(doses({ weight: 70 }, config).warnings.some((w) => /ignored/i.test(w.message)), JSON.stringify(config)).to.equal(true);
    }
    // A configuration object that cannot even be read (a throwing getter) is reported too.
    const unreadable = Object.defineProperty({}, 'prednisone', {
      enumerable: true,
      get() {
        throw new Error('unreadable');
      },
    });
    expect(resolveConfig(unreadable).errors.length).to.be.greaterThan(0);
    const r = calculateDoses({ weight: 70 }, unreadable);
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.warnings.some((w) => /ignored/i.test(w.message))).to.equal(true);
    expect(resolveConfig({ prednisone: { maxDailyMg: 60 } }).errors).to.deep.equal([]);
    expect(resolveConfig('{"prednisone":{"maxDailyMg":60}}').config.prednisone.maxDailyMg).to.equal(60);
  });
});

describe('hazards: stale or partial results', () => {
  it('[hazard:H16] invalid input gives no result at all: no lines, no steps, and a note that says "No result"', () => {
    const d = calculateDoses({ weight: 19.9, tpmt: 'poor' });
    expect(d.ok).to.equal(false);
    expect(Object.keys(d).sort()).to.deep.equal(['errors', 'ok']);
    expect(doseNote(d)).to.match(/No result/);
    const p = evaluatePathway({ antibody: 'anti-mda5', checkpointInhibitor: true });
    expect(p.ok).to.equal(false);
    expect(Object.keys(p).sort()).to.deep.equal(['errors', 'ok']);
    expect(pathwayNote(p)).to.match(/No result/);
  });

  it('[hazard:H16] the core keeps no state: a result depends only on its own input', () => {
    const a = calculateDoses({ weight: 70 });
    calculateDoses({ weight: 120, heightCm: 160, sex: 'female', ivigDosingWeight: 'adjusted', tpmt: 'poor' }, { prednisone: { maxDailyMg: 40 } });
    calculateDoses({ weight: 'bad' });
    expect(calculateDoses({ weight: 70 })).to.deep.equal(a);
    const p = evaluatePathway({});
    evaluatePathway({ checkpointInhibitor: true, severity: 'life-threatening', redFlags: ['myocarditis'] });
    expect(evaluatePathway({})).to.deep.equal(p);
  });

  it('[hazard:H22] the core never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'weight', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const inputs: unknown[] = [undefined, null, 0, 'x', [], cyclic, hostile, getter, Symbol('s'), () => 1, Object.create(null), { weight: 10n }];
    for (const input of inputs) {
      expect(() => calculateDoses(input)).to.not.throw();
      expect(() => evaluatePathway(input)).to.not.throw();
      expect(() => calculateDoses({ weight: 70 }, input)).to.not.throw();
      expect(() => evaluatePathway({}, input)).to.not.throw();
      expect(() => resolveConfig(input)).to.not.throw();
    }
  });
});

describe('hazards: display', () => {
  const BANNED = /\b(MTX|AZA|MMF|QD|qd|IU|U|cc|mcg|µg|μg|q\.d\.)\b|µg|μg/;
  const TRAILING_ZERO = /\d\.\d*0(?!\d)\s*(mg|g|kg|%)/;
  const NAKED_DECIMAL = /(^|[^\d])\.\d/;
  const NO_SPACE = /\d(mg|g|kg|mL)\b/;
  const NO_SEPARATOR = /(?<![\d,.])\d{4,}(\.\d+)?\s*(mg|g)\b/;

  function checkText(text: string, where: string) {
    expect(text, `${where}: banned abbreviation`).to.not.match(BANNED);
    expect(text, `${where}: trailing zero`).to.not.match(TRAILING_ZERO);
    expect(text, `${where}: missing leading zero`).to.not.match(NAKED_DECIMAL);
    expect(text, `${where}: no space before the unit`).to.not.match(NO_SPACE);
    expect(text, `${where}: no thousands separator`).to.not.match(NO_SEPARATOR);
  }

  it('[hazard:H17] dose text has no trailing zeros, a leading zero, a space before the unit, thousands separators and no banned abbreviations', () => {
    const variants = [
      {},
      { heightCm: 175, sex: 'male' },
      { heightCm: 160, sex: 'female', ivigDosingWeight: 'adjusted', ivigDays: 3 },
      { startDate: '2026-12-01', methotrexateDay: 'friday' },
    ];
    for (const weight of weights(0.35)) {
      for (const extra of variants) {
        for (const tpmt of TPMT_STATUSES) {
          const r = doses({ weight, tpmt, ...extra });
          for (const l of r.lines) checkText(lineWords(l), `${l.drug} at ${weight} kg ${JSON.stringify(extra)} ${tpmt}`);
          for (const w of r.warnings) checkText(w.message, `warning at ${weight} kg`);
          if (r.conversion) checkText(r.conversion, 'conversion');
        }
      }
    }
    for (const weight of [44.1, 100.5, 154, 771.6]) checkText(doses({ weight, weightUnit: 'lb' }).conversion!, `${weight} lb`);
  });

  it('[hazard:H17] the thousands separator, leading zero and no trailing zero are in the formatter itself', () => {
    expect(formatAmount({ min: 1000, max: 1500, unit: 'mg' })).to.equal('1,000–1,500 mg');
    expect(formatAmount({ min: 0.5, max: 0.5, unit: 'g' })).to.equal('0.5 g');
    expect(formatAmount({ min: 5, max: 5, unit: 'mg' })).to.equal('5 mg');
    expect(formatAmount({ min: 0.1 + 0.2, max: 0.1 + 0.2, unit: 'g' })).to.equal('0.3 g');
    expect(formatAmount({ min: 27.9, max: 27.9, unit: 'g' }, 1)).to.equal('27.9 g');
  });

  it('[hazard:H17] numbers leave the core without floating-point noise (at most two decimals, IVIG at most one)', () => {
    const places = (v: number) => (String(v).split('.')[1] ?? '').length;
    for (const weight of weights(0.37)) {
      for (const l of doses({ weight, weightUnit: 'kg', heightCm: 170, sex: 'female', ivigDosingWeight: 'adjusted', weightConfirmed: true }).lines) {
        if (!l.amount) continue; // azathioprine in a poor metaboliser only: none here
        expect(places(l.amount.min), `${l.drug} ${l.amount.min}`).to.be.at.most(l.drug === 'ivig' ? 1 : 2);
        expect(places(l.amount.max), `${l.drug} ${l.amount.max}`).to.be.at.most(l.drug === 'ivig' ? 1 : 2);
        if (l.perDay !== undefined) expect(places(l.perDay)).to.be.at.most(1);
      }
    }
  });

  it('[hazard:H17] pathway steps use full generic names and no banned abbreviations', () => {
    const seen = new Set<string>();
    for (const input of everyPathwayInput()) {
      for (const s of pathway(input).steps) {
        const key = `${s.id}\n${s.title}\n${s.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        expect(`${s.title} ${s.text} ${s.why.join(' ')}`, s.id).to.not.match(BANNED);
      }
    }
  });
});

describe('hazards: scope and record', () => {
  it('[hazard:H23] the intended use names adults with IMNM and excludes diagnosis, children, inclusion-body myositis and dermatomyositis', () => {
    const text = Object.values(INTENDED_USE).join(' ');
    expect(text).to.match(/adults/i);
    expect(text).to.match(/not for diagnosis/i);
    expect(text).to.match(/children/i);
    expect(text).to.match(/inclusion-body myositis/i);
    expect(text).to.match(/dermatomyositis/i);
    expect(text).to.match(/does not replace clinical judgement/i);
  });

  it('[hazard:H26] every dose line shows its basis and cites sources that exist', () => {
    for (const weight of [20, 70, 154, 350]) {
      const r = doses({ weight, heightCm: 175, sex: 'male' });
      expect(r.lines.map((l) => l.drug)).to.deep.equal([...DRUG_IDS]);
      for (const l of r.lines) {
        expect(l.basis.length, l.drug).to.be.greaterThan(0);
        expect(l.citations.length, l.drug).to.be.greaterThan(0);
        for (const c of l.citations) expect(SOURCES, `${l.drug} cites ${c}`).to.have.property(c);
      }
    }
    expect(doses({ weight: 72 }).lines[0].basis[0]).to.equal('1 mg/kg/day × 72 kg = 72 mg daily');
  });

  it('[hazard:H28] the note for the record keeps every critical and warning notice, the conversion and the basis', () => {
    const r = calculateDoses({ weight: 154, weightUnit: 'kg', tpmt: 'poor' });
    const note = doseNote(r, undefined, '2026-11-25');
    if (!r.ok) throw new Error('expected doses');
    for (const n of [...r.warnings, ...r.lines.flatMap((l) => l.notices)].filter((x) => x.level !== 'info')) {
      expect(note, n.code).to.include(n.message);
    }
    for (const b of r.lines.flatMap((l) => l.basis)) expect(note).to.include(b);
    expect(doseNote(calculateDoses({ weight: 154, weightUnit: 'lb' }), undefined, '2026-11-25')).to.include('154 lb = 69.85 kg');
  });
});
