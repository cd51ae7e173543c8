/**
 * "At a glance" (design.md 2.0, bedside layout): every critical action, then the first-line plan
 * with its doses, at most 6 lines unless the critical actions alone need more.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { GLANCE_LINES, calculateDoses, evaluatePathway, pathwayDoses, pathwayGlance, shortDose } from '../../src/core/index.js';
import { okDoses, okPathway } from './helpers.js';

const pathwayInput = fc.record(
  {
    antibody: fc.constantFrom('anti-hmgcr', 'anti-srp', 'seronegative', 'pending'),
    statin: fc.constantFrom('current', 'past', 'never', 'unknown'),
    checkpointInhibitor: fc.boolean(),
    severity: fc.constantFrom('mild', 'moderate', 'severe', 'life-threatening'),
    redFlags: fc.subarray(['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis']),
    phase: fc.constantFrom('new', 'inadequate-response', 'relapse'),
  },
  { requiredKeys: [] },
);

describe('at a glance', () => {
  it('every critical step, always, first and in the result order; then immediate and first-line steps up to 6 lines', () => {
    fc.assert(
      fc.property(pathwayInput, fc.integer({ min: 40, max: 149 }), (input, weight) => {
        const r = okPathway(evaluatePathway(input));
        const g = pathwayGlance(r, pathwayDoses(r, { weight }));
        const critical = r.steps.filter((s) => s.indicator === 'critical').map((s) => s.id);
        expect(g.slice(0, critical.length).map((i) => i.stepId)).to.deep.equal(critical);
        expect(g.length).to.be.at.most(Math.max(GLANCE_LINES, critical.length));
        const plan = g.slice(critical.length);
        for (const i of plan) expect(['immediate', 'first-line']).to.include(i.priority);
        const eligible = r.steps.filter((s) => s.indicator !== 'critical' && ['immediate', 'first-line'].includes(s.priority));
        expect(plan.map((i) => i.stepId)).to.deep.equal(eligible.slice(0, Math.max(0, GLANCE_LINES - critical.length)).map((s) => s.id));
      }),
      { numRuns: 300 },
    );
  });

  it('the first-line plan carries its doses in a few words; a relapse dose says it is for reference only', () => {
    const r = okPathway(evaluatePathway({ antibody: 'anti-hmgcr', statin: 'current' }));
    const g = pathwayGlance(r, pathwayDoses(r, { weight: 70 }));
    expect(g.find((i) => i.stepId === 'glucocorticoid')!.doses).to.deep.equal(['Prednisone 70 mg daily']);
    expect(g.find((i) => i.stepId === 'steroid-sparing-agent')!.doses).to.deep.equal([
      'Methotrexate 15–25 mg once weekly',
      'Azathioprine 150–200 mg daily',
      'Mycophenolate mofetil 1,000–1,500 mg twice daily',
    ]);
    const relapse = okPathway(evaluatePathway({ phase: 'relapse' }));
    const rg = pathwayGlance(relapse, pathwayDoses(relapse, { weight: 70 }));
    expect(rg.find((i) => i.stepId === 'glucocorticoid')!.doses[0]).to.match(/^Prednisone 70 mg daily \(the starting dose, for reference only/);
  });

  it('short doses for every drug, withheld lines included', () => {
    const d = okDoses(calculateDoses({ weight: 70, redFlags: [] }));
    expect(d.lines.map(shortDose)).to.deep.equal([
      'Prednisone 70 mg daily',
      'Methylprednisolone 500–1,000 mg IV daily for 3 days',
      'Methotrexate 15–25 mg once weekly',
      'Azathioprine 150–200 mg daily',
      'Mycophenolate mofetil 1,000–1,500 mg twice daily',
      'IVIG 140 g per course over 5 days (28 g/day)',
      'Rituximab 1,000 mg IV on day 1 and day 15',
    ]);
    const w = okDoses(calculateDoses({ weight: 160 }));
    expect(shortDose(w.lines[0])).to.equal('Prednisone: withheld until the weight is confirmed');
  });

  it('is total: no lines for anything that is not an ok result', () => {
    for (const bad of [undefined, null, {}, { ok: false, errors: [] }, 'x', { ok: true }]) expect(pathwayGlance(bad as never)).to.deep.equal([]);
  });
});
