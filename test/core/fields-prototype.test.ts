/**
 * Regression: a field the caller did not give is never read from Object.prototype. The validated
 * values of every input (pathway, doses, follow-up, taper) used to be kept in a plain object, so a
 * page that had set Object.prototype.severity or .weightUnit chose those inputs without a word.
 */
import { expect } from '@open-wc/testing';
import { calculateDoses, evaluatePathway, planTaper } from '../../src/core/index.js';
import { okPathway, okDoses } from './helpers.js';

function polluted<T>(members: Record<string, unknown>, run: () => T): T {
  const proto = Object.prototype as Record<string, unknown>;
  for (const [k, v] of Object.entries(members)) proto[k] = v;
  try {
    return run();
  } finally {
    for (const k of Object.keys(members)) delete proto[k];
  }
}

describe('input fields are own properties only', () => {
  it('an inherited severity or phase does not change the pathway', () => {
    const r = polluted({ severity: 'life-threatening', phase: 'relapse' }, () => evaluatePathway({}));
    const ok = okPathway(r);
    expect(ok.input.severity).to.equal('moderate');
    expect(ok.input.phase).to.equal('new');
  });

  it('an inherited weightUnit does not turn kilograms into pounds', () => {
    const r = polluted({ weightUnit: 'lb', weightConfirmed: true }, () => calculateDoses({ weight: 70 }));
    expect(okDoses(r).weightKg).to.equal(70);
    expect(okDoses(r).input.weightConfirmed).to.equal(false);
  });

  it('an inherited startMgPerDay does not replace the weight-based start of a taper', () => {
    const r = polluted({ startMgPerDay: 100 }, () => planTaper({ weight: 70, startDate: '2026-01-05' }));
    expect(r.ok && r.startMgPerDay).to.equal(70);
  });

  it('an inherited optional field (heightCm, sex, checkpointInhibitor, redFlags, age, ckTimesUln) is never read from the parsed input', () => {
    const members = { heightCm: 120, sex: 'male', checkpointInhibitor: true, redFlags: ['bulbar'], age: 17, ckTimesUln: 1 };
    const d = okDoses(polluted(members, () => calculateDoses({ weight: 100 })));
    expect(d.weightConfirmationRequired).to.equal(false); // a 120 cm height would make BMI 69
    expect(d.body).to.deep.equal({});
    const pred = d.lines.find((l) => l.drug === 'prednisone')!;
    expect(pred.amount).to.deep.equal({ min: 75, max: 75, unit: 'mg' });
    expect(pred.notices.some((n) => n.code === 'oral-bulbar')).to.equal(false);
    const p = okPathway(polluted(members, () => evaluatePathway({})));
    expect(p.steps.map((s) => s.id)).to.not.include('withdraw-checkpoint-inhibitor');
    expect(polluted(members, () => p.input.age)).to.equal(undefined);
  });
});
