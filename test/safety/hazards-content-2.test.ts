/**
 * Hazard tests added with clinical content 2.0 (docs/safety.md H29–H35). Expected values are
 * written from content-spec 2.0, not computed by the core.
 */
import { expect } from '@open-wc/testing';
import { RED_FLAGS, calculateDoses, evaluatePathway, formatAmount, formatDate, formatNumber, resolveConfig } from '../../src/core/index.js';
import { doseLine, doses, pathway, stepOf } from './helpers.js';

const ORAL = ['prednisone', 'methotrexate', 'azathioprine', 'mycophenolate'];

describe('hazards: content 2.0', () => {
  it('[hazard:H29] every red flag alone, at a given mild or moderate severity, brings the severe treatment and says why', () => {
    for (const flag of RED_FLAGS) {
      for (const severity of ['mild', 'moderate']) {
        for (const checkpointInhibitor of [false, true]) {
          const r = pathway({ severity, redFlags: [flag], checkpointInhibitor });
          const where = `${flag} ${severity} ICI ${checkpointInhibitor}`;
          expect(r.effectiveSeverity, where).to.equal('severe');
          expect(r.warnings.some((w) => w.code === 'severity-raised' && w.message.includes(severity)), where).to.equal(true);
          for (const id of ['urgent-assessment', 'methylprednisolone-pulse', 'ivig'] as const) expect(stepOf(r, id), `${where} ${id}`).to.exist;
          expect(stepOf(r, 'urgent-assessment')!.indicator).to.equal('critical');
          if (checkpointInhibitor) expect(stepOf(r, 'withdraw-checkpoint-inhibitor')!.mandatory, where).to.equal(true);
          expect(stepOf(r, 'methylprednisolone-pulse')!.why.join(' '), where).to.match(/treated as severe because of the red flag/);
        }
      }
    }
  });

  it('[hazard:H30] with bulbar symptoms every oral dose line says nothing by mouth, in every phase; IV lines do not', () => {
    for (const phase of ['new', 'inadequate-response', 'relapse']) {
      const r = pathway({ redFlags: ['bulbar'], phase });
      expect(stepOf(r, 'glucocorticoid')!.text, phase).to.match(/nothing by mouth/i).and.match(/intravenously/i);
    }
    const d = doses({ weight: 70, redFlags: ['bulbar'] });
    for (const l of d.lines) {
      const says = l.notices.some((n) => n.level === 'critical' && /nothing by mouth until the swallow has been assessed/i.test(n.message));
      expect(says, l.drug).to.equal(ORAL.includes(l.drug));
    }
  });

  it('[hazard:H31] myasthenic features: an immediate critical overlap step, a critical notice on the pulse, IVIG immediate over 5 days', () => {
    const r = pathway({ redFlags: ['myasthenic'] });
    expect(stepOf(r, 'myasthenia-overlap')!.indicator).to.equal('critical');
    expect(stepOf(r, 'myasthenia-overlap')!.priority).to.equal('immediate');
    const pulse = stepOf(r, 'methylprednisolone-pulse')!;
    expect(pulse.notices?.some((n) => n.level === 'critical' && /worsen myasthenia/i.test(n.message))).to.equal(true);
    expect([stepOf(r, 'ivig')!.priority, stepOf(r, 'ivig')!.indicator]).to.deep.equal(['immediate', 'critical']);
    const ivig = doseLine({ weight: 70, ivigDays: 3, redFlags: ['myasthenic'] }, 'ivig');
    expect(ivig.days).to.equal(5);
    expect(stepOf(pathway({ redFlags: ['myasthenic'], phase: 'relapse' }), 'plasma-exchange-note')).to.equal(undefined);
  });

  it('[hazard:H32] checkpoint-inhibitor myositis by grade: none in grade 1, 0.5–1 mg/kg/day in grade 2 from CK 3 × ULN, 1 mg/kg/day in grade 3–4', () => {
    const pred = (input: Record<string, unknown>) => calculateDoses({ weight: 80, checkpointInhibitor: true, ...input });
    const line = (input: Record<string, unknown>) => {
      const r = pred(input);
      return r.ok ? r.lines.find((l) => l.drug === 'prednisone')! : undefined;
    };
    expect(line({ severity: 'mild' })!.withheld).to.equal(true);
    expect(line({ severity: 'moderate', ckTimesUln: 2 })!.withheld).to.equal(true);
    expect(line({ severity: 'moderate', ckTimesUln: 3 })!.amount).to.deep.equal({ min: 40, max: 75, unit: 'mg' });
    expect(line({ severity: 'severe' })!.amount).to.deep.equal({ min: 75, max: 75, unit: 'mg' });
    expect(stepOf(pathway({ checkpointInhibitor: true, severity: 'mild' }), 'glucocorticoid')).to.equal(undefined);
    expect(stepOf(pathway({ checkpointInhibitor: true, severity: 'mild' }), 'ici-grade-1')!.text).to.match(/No glucocorticoid/);
  });

  it('[hazard:H33] members a page adds to Object.prototype never set an input, a cap, a review or a link', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const members = {
      protocolUrl: 'javascript:alert(1)',
      reviewedBy: 'Nobody',
      reviewedOn: '2026-01-01',
      weightUnit: 'lb',
      maxDailyMg: 20,
      redFlags: ['myocarditis'],
      toJSONString: function toJSONString() {
        return '';
      },
    };
    for (const [k, v] of Object.entries(members)) Object.defineProperty(proto, k, { value: v, enumerable: true, configurable: true, writable: true });
    try {
      const c = resolveConfig({ prednisone: { maxDailyMg: 60 } });
      expect(c.errors).to.deep.equal([]);
      expect(c.config.protocolUrl).to.equal(undefined);
      expect(c.config.governance).to.not.have.property('reviewedBy');
      const d = doses({ weight: 70 }, { prednisone: { maxDailyMg: 60 } });
      expect(d.weightKg).to.equal(70);
      expect(d.lines.find((l) => l.drug === 'prednisone')!.amount!.min).to.equal(60);
      const p = evaluatePathway({});
      expect(p.ok && p.input.redFlags).to.deep.equal([]);
    } finally {
      for (const k of Object.keys(members)) delete proto[k];
    }
  });

  it('[hazard:H34] numbers and dates are the product\'s own English formatting, whatever the page does to Intl and toLocaleString', () => {
    const original = Number.prototype.toLocaleString;
    const intl = globalThis.Intl;
    Number.prototype.toLocaleString = function () {
      return 'locale!';
    };
    try {
      (globalThis as { Intl?: unknown }).Intl = undefined;
      expect(formatNumber(1000)).to.equal('1,000');
      expect(formatAmount({ min: 1000, max: 1500, unit: 'mg' })).to.equal('1,000–1,500 mg');
      expect(formatNumber(0.5)).to.equal('0.5');
      expect(formatDate('2026-12-01')).to.equal('Tue 1 Dec 2026');
      expect(doseLine({ weight: 70 }, 'rituximab').text).to.include('1,000 mg');
    } finally {
      Number.prototype.toLocaleString = original;
      (globalThis as { Intl?: unknown }).Intl = intl;
    }
  });

  it('[hazard:H35] the azathioprine–allopurinol/febuxostat and methotrexate–co-trimoxazole interactions are on their lines', () => {
    const aza = doseLine({ weight: 70 }, 'azathioprine').notices.find((n) => n.code === 'azathioprine-allopurinol')!;
    expect(aza.level).to.equal('warning');
    expect(aza.message).to.match(/quarter to a third/).and.match(/Febuxostat: do not combine/);
    const mtx = doseLine({ weight: 70 }, 'methotrexate').notices.find((n) => n.code === 'methotrexate-co-trimoxazole')!;
    expect(mtx.message).to.match(/co-trimoxazole or trimethoprim/i);
    expect(stepOf(pathway({}), 'supportive-care')!.text).to.match(/co-trimoxazole/);
  });
});
