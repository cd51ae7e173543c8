/**
 * The whole pathway input space (content-spec §2): every antibody × statin × checkpoint
 * inhibitor × severity × phase, with every subset of red flags. The expected steps are
 * computed here from the "shown when" column of content-spec §3, written independently of
 * src/content/pathway-rules.ts.
 */
import { expect } from '@open-wc/testing';
import { SOURCES, evaluatePathway } from '../../src/core/index.js';

const ANTIBODIES = ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'];
const STATINS = ['current', 'past', 'never', 'unknown'];
const SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'];
const PHASES = ['new', 'inadequate-response', 'relapse'];
const FLAGS = ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'rhabdomyolysis'];
const MANDATORY_FLAGS = ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis'];
const ORDER = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'];

type Input = {
  antibody: string;
  statin: string;
  checkpointInhibitor: boolean;
  severity: string;
  redFlags: string[];
  phase: string;
};
type Expected = { priority: string; indicator: string; mandatory?: boolean };

/** content-spec §3, "shown when" → priority / indicator, one entry per step id. */
function expectedSteps(i: Input): Map<string, Expected> {
  const out = new Map<string, Expected>();
  const add = (id: string, priority: string, indicator: string, mandatory?: boolean) =>
    out.set(id, mandatory === undefined ? { priority, indicator } : { priority, indicator, mandatory });
  const flag = (f: string) => i.redFlags.includes(f);
  const anyFlag = i.redFlags.length > 0;
  const mandatoryFlag = MANDATORY_FLAGS.some(flag);
  const lifeThreatening = i.severity === 'life-threatening';
  const severe = i.severity === 'severe' || lifeThreatening; // life-threatening counts as severe
  const ici = i.checkpointInhibitor;
  const isNew = i.phase === 'new';
  const refractory = i.phase === 'inadequate-response' || i.phase === 'relapse';
  const ab = i.antibody;

  if (anyFlag || lifeThreatening) add('urgent-assessment', 'immediate', 'critical');
  if (i.statin === 'current') add('stop-statin', 'immediate', 'warning');
  if (i.statin === 'current' || i.statin === 'past' || ab === 'anti-hmgcr') {
    add('avoid-statin-rechallenge', 'ongoing', 'info');
  }
  if (ici) {
    if (mandatoryFlag || severe) add('withdraw-checkpoint-inhibitor', 'immediate', 'critical', true);
    else if (i.severity === 'moderate') add('withdraw-checkpoint-inhibitor', 'first-line', 'warning');
    else if (!anyFlag) add('withdraw-checkpoint-inhibitor', 'consider', 'info');
    // mild with only rhabdomyolysis: no spec row; the cautious "hold" row.
    else add('withdraw-checkpoint-inhibitor', 'first-line', 'warning');
  }
  if (ici || flag('myocarditis')) {
    if (flag('myocarditis')) add('cardiac-assessment', 'immediate', 'critical');
    else add('cardiac-assessment', 'first-line', 'warning');
  }
  if (ici && lifeThreatening) add('ici-rescue', 'immediate', 'critical');
  if (isNew) add('glucocorticoid', 'first-line', 'info');
  if (severe) add('methylprednisolone-pulse', 'first-line', 'warning');
  if (isNew && !ici) add('steroid-sparing-agent', 'first-line', 'info');
  if (isNew && ici) add('steroid-sparing-agent', 'consider', 'info');
  if (severe || flag('bulbar') || refractory) add('ivig', 'add-on', 'warning');
  else if (ab === 'anti-hmgcr' && isNew) add('ivig', 'consider', 'info');
  if ((ab === 'anti-srp' || ab === 'anti-hmgcr') && refractory) add('rituximab', 'add-on', 'warning');
  else if (ab === 'anti-srp' && isNew) add('rituximab', 'consider', 'info');
  if ((ab === 'seronegative' || ab === 'pending') && refractory) add('expert-referral', 'add-on', 'warning');
  if (!ici && refractory && severe) add('plasma-exchange-note', 'consider', 'info');
  if (ab === 'seronegative' || ab === 'anti-hmgcr') add('cancer-screening', 'first-line', 'warning');
  if (ab === 'anti-srp' || ab === 'pending') add('cancer-screening', 'ongoing', 'info');
  if (isNew) add('pre-treatment-checks', 'first-line', 'info');
  if (isNew) add('supportive-care', 'ongoing', 'info');
  add('monitoring', 'ongoing', 'info');
  if (i.phase === 'relapse') add('taper-caution', 'add-on', 'warning');
  else add('taper-caution', 'ongoing', 'info');
  add('physical-therapy', 'ongoing', 'info');
  add('multidisciplinary-team', 'ongoing', 'info');
  return out;
}

const flagSubsets: string[][] = [];
for (let mask = 0; mask < 1 << FLAGS.length; mask++) flagSubsets.push(FLAGS.filter((_, i) => mask & (1 << i)));

function* everyInput(): Generator<Input> {
  for (const antibody of ANTIBODIES)
    for (const statin of STATINS)
      for (const checkpointInhibitor of [false, true])
        for (const severity of SEVERITIES)
          for (const phase of PHASES)
            for (const redFlags of flagSubsets) yield { antibody, statin, checkpointInhibitor, severity, redFlags, phase };
}

describe('pathway: the whole input space against content-spec §3', () => {
  it('[rule:withdraw-checkpoint-inhibitor/mandatory] [rule:withdraw-checkpoint-inhibitor/hold] [rule:withdraw-checkpoint-inhibitor/discuss] every combination gives exactly the spec steps, priorities, indicators and mandatory flags', () => {
    let checked = 0;
    const problems: string[] = [];
    for (const input of everyInput()) {
      checked++;
      const result = evaluatePathway(input);
      if (!result.ok) {
        problems.push(`${JSON.stringify(input)}: ${JSON.stringify(result.errors)}`);
        continue;
      }
      const expected = expectedSteps(input);
      const got = result.steps.map((s) => s.id);
      const want = [...expected.keys()];
      if ([...got].sort().join() !== [...want].sort().join()) {
        problems.push(`${JSON.stringify(input)}: steps ${got.join(',')} ≠ ${want.join(',')}`);
      }
      if (new Set(got).size !== got.length) problems.push(`${JSON.stringify(input)}: duplicate step ids ${got}`);
      const ranks = result.steps.map((s) => ORDER.indexOf(s.priority));
      if (ranks.some((r, k) => r < 0 || (k > 0 && r < ranks[k - 1]))) {
        problems.push(`${JSON.stringify(input)}: not sorted by priority ${result.steps.map((s) => s.priority)}`);
      }
      for (const s of result.steps) {
        const e = expected.get(s.id);
        if (e && (s.priority !== e.priority || s.indicator !== e.indicator)) {
          problems.push(`${JSON.stringify(input)}: ${s.id} ${s.priority}/${s.indicator} ≠ ${e.priority}/${e.indicator}`);
        }
        if (e && (s.mandatory === true) !== (e.mandatory === true)) {
          problems.push(`${JSON.stringify(input)}: ${s.id} mandatory ${s.mandatory}`);
        }
        if (s.id !== 'withdraw-checkpoint-inhibitor' && s.mandatory !== undefined) {
          problems.push(`${JSON.stringify(input)}: ${s.id} carries mandatory`);
        }
        if (!s.citations.length || s.citations.some((c) => !(c in SOURCES))) {
          problems.push(`${JSON.stringify(input)}: ${s.id} citations ${s.citations}`);
        }
        if (new Set(s.citations).size !== s.citations.length) problems.push(`${s.id}: duplicate citations`);
        if (!s.why.length || s.why.some((w) => !w.trim())) problems.push(`${JSON.stringify(input)}: ${s.id} why empty`);
        if (!s.title.trim() || !s.text.trim()) problems.push(`${s.id}: empty title or text`);
      }
      if (problems.length > 20) break;
    }
    expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
    expect(checked).to.equal(4 * 4 * 2 * 4 * 3 * 32);
  });

  it('the result echoes the input with red flags as a set in a stable order', () => {
    const result = evaluatePathway({ redFlags: ['myocarditis', 'bulbar', 'bulbar'] });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect([...result.input.redFlags].sort()).to.deep.equal(['bulbar', 'myocarditis']);
    }
  });

  it('[rule:cancer-screening/enhanced] [rule:cancer-screening/age-appropriate] every antibody gives exactly one cancer-screening step', () => {
    for (const antibody of ANTIBODIES) {
      const result = evaluatePathway({ antibody });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.steps.filter((s) => s.id === 'cancer-screening')).to.have.length(1);
    }
  });
});
