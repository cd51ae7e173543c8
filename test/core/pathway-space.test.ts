/**
 * The whole pathway input space (content-spec 2.0 §2): every antibody × statin × checkpoint
 * inhibitor × severity × phase × CK (absent, below and at 3 × ULN), with every subset of the six
 * red flags. The expected steps, priorities, indicators, mandatory flags and effective severity
 * are computed here from content-spec §2–§3, written independently of src/content/pathway-rules.ts.
 */
import { expect } from '@open-wc/testing';
import { SOURCES, evaluatePathway } from '../../src/core/index.js';

const ANTIBODIES = ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'];
const STATINS = ['current', 'past', 'never', 'unknown'];
const SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'];
const PHASES = ['new', 'inadequate-response', 'relapse'];
const FLAGS = ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis'];
/** CK as a multiple of ULN: not given, below the grade-2 threshold of 3, exactly 3. */
const CK_VALUES: (number | undefined)[] = [undefined, 2.99, 3];
const ORDER = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'];
const INDICATOR_ORDER = ['critical', 'warning', 'info'];

type Input = {
  antibody: string;
  statin: string;
  checkpointInhibitor: boolean;
  severity: string;
  redFlags: string[];
  phase: string;
  ckTimesUln?: number;
};
type Expected = { priority: string; indicator: string; mandatory?: boolean };

/** The effective severity (content-spec §2): any red flag raises mild or moderate to severe. */
function effectiveSeverity(i: Input): string {
  return i.redFlags.length && (i.severity === 'mild' || i.severity === 'moderate') ? 'severe' : i.severity;
}

/** content-spec 2.0 §3, "shown when" → priority / indicator, one entry per step id (rows merged). */
function expectedSteps(i: Input): Map<string, Expected> {
  const out = new Map<string, Expected>();
  // Two rows of one step: the highest priority and the highest indicator of the rows.
  const add = (id: string, priority: string, indicator: string, mandatory?: boolean) => {
    const had = out.get(id);
    const p = had && ORDER.indexOf(had.priority) < ORDER.indexOf(priority) ? had.priority : priority;
    const ind = had && INDICATOR_ORDER.indexOf(had.indicator) < INDICATOR_ORDER.indexOf(indicator) ? had.indicator : indicator;
    out.set(id, mandatory === undefined ? { priority: p, indicator: ind } : { priority: p, indicator: ind, mandatory });
  };
  const flag = (f: string) => i.redFlags.includes(f);
  const anyFlag = i.redFlags.length > 0;
  const eff = effectiveSeverity(i);
  const severe = eff === 'severe' || eff === 'life-threatening';
  const mild = eff === 'mild';
  const moderate = eff === 'moderate';
  const givenLifeThreatening = i.severity === 'life-threatening';
  const ici = i.checkpointInhibitor;
  const isNew = i.phase === 'new';
  // The IMNM refractory rows apply only without a checkpoint inhibitor.
  const refractory = !ici && i.phase !== 'new';
  const ab = i.antibody;
  const ckBelow3 = i.ckTimesUln !== undefined && i.ckTimesUln < 3;

  if (anyFlag || severe) add('urgent-assessment', 'immediate', 'critical');
  if (i.statin === 'current') add('stop-statin', 'immediate', 'warning');
  if (i.statin === 'unknown' && (ab === 'anti-hmgcr' || ab === 'pending')) add('stop-statin', 'immediate', 'warning');
  if (i.statin === 'current' || i.statin === 'past' || ab === 'anti-hmgcr') add('avoid-statin-rechallenge', 'ongoing', 'info');
  if (ici) {
    if (severe) add('withdraw-checkpoint-inhibitor', 'immediate', 'critical', true);
    else if (moderate) add('withdraw-checkpoint-inhibitor', 'first-line', 'warning');
    else add('withdraw-checkpoint-inhibitor', 'consider', 'info');
  }
  if (ici && mild) add('ici-grade-1', 'first-line', 'info');
  if (flag('myocarditis')) add('cardiac-assessment', 'immediate', 'critical');
  else if (ici) add('cardiac-assessment', 'first-line', 'warning');
  if (flag('myasthenic')) add('myasthenia-overlap', 'immediate', 'critical');
  if (ici && givenLifeThreatening) add('ici-rescue', 'immediate', 'critical');
  let glucocorticoidRecommended = false;
  if (ici) {
    if (moderate) add('glucocorticoid', 'first-line', 'info');
    if (severe) add('glucocorticoid', 'first-line', 'warning');
    glucocorticoidRecommended = severe || (moderate && !ckBelow3);
  } else {
    if (isNew) add('glucocorticoid', 'first-line', severe ? 'warning' : 'info');
    if (refractory) add('glucocorticoid', 'first-line', 'warning');
    glucocorticoidRecommended = true;
  }
  if (severe) add('methylprednisolone-pulse', 'immediate', 'warning');
  if (!ici && isNew) add('steroid-sparing-agent', 'first-line', 'info');
  if (refractory) add('steroid-sparing-agent', 'first-line', 'warning');
  if (ici && !mild) add('steroid-sparing-agent', 'consider', 'info');
  if (refractory && i.phase === 'inadequate-response') add('review-treatment', 'first-line', 'warning');
  if (ab === 'anti-hmgcr' && isNew && !ici) add('ivig', 'consider', 'info');
  if (severe || refractory) {
    if (flag('myasthenic')) add('ivig', 'immediate', 'critical');
    else add('ivig', 'add-on', 'warning');
  }
  if (ab === 'anti-srp' && isNew && !ici) add('rituximab', 'consider', 'info');
  if (((ab === 'anti-srp' || ab === 'anti-hmgcr') && refractory) || (ici && severe && i.phase === 'inadequate-response')) {
    add('rituximab', 'add-on', 'warning');
  }
  if ((ab === 'seronegative' || ab === 'pending') && refractory) add('expert-referral', 'add-on', 'warning');
  if (refractory && severe && !flag('myasthenic')) add('plasma-exchange-note', 'consider', 'info');
  if (!ici && (ab === 'seronegative' || ab === 'anti-hmgcr' || ab === 'pending')) add('cancer-screening', 'first-line', 'warning');
  if (!ici && ab === 'anti-srp') add('cancer-screening', 'ongoing', 'info');
  const shown = (id: string) => out.has(id);
  if ((shown('glucocorticoid') && glucocorticoidRecommended) || shown('steroid-sparing-agent') || shown('ivig') || shown('rituximab')) {
    add('pre-treatment-checks', 'first-line', 'info');
  }
  if (shown('glucocorticoid') && glucocorticoidRecommended) add('supportive-care', 'ongoing', 'info');
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
            for (const redFlags of flagSubsets)
              for (const ckTimesUln of CK_VALUES)
                yield {
                  antibody,
                  statin,
                  checkpointInhibitor,
                  severity,
                  redFlags,
                  phase,
                  ...(ckTimesUln !== undefined && { ckTimesUln }),
                };
}

describe('pathway: the whole input space against content-spec §3', () => {
  it('[rule:withdraw-checkpoint-inhibitor/mandatory] [rule:withdraw-checkpoint-inhibitor/hold] [rule:withdraw-checkpoint-inhibitor/continue] every combination gives exactly the spec steps, priorities, indicators and mandatory flags', () => {
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
      const eff = effectiveSeverity(input);
      if (result.effectiveSeverity !== eff) problems.push(`${JSON.stringify(input)}: effective severity ${result.effectiveSeverity} ≠ ${eff}`);
      const raised = result.warnings.filter((w) => w.code === 'severity-raised');
      if (raised.length !== (eff !== input.severity ? 1 : 0)) problems.push(`${JSON.stringify(input)}: severity-raised warnings ${raised.length}`);
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
    expect(checked).to.equal(4 * 4 * 2 * 4 * 3 * 64 * 3);
  });

  it('the result echoes the input with red flags as a set in a stable order', () => {
    const result = evaluatePathway({ redFlags: ['myocarditis', 'bulbar', 'bulbar'] });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect([...result.input.redFlags].sort()).to.deep.equal(['bulbar', 'myocarditis']);
    }
  });

  it('[rule:cancer-screening/enhanced] [rule:cancer-screening/pending] [rule:cancer-screening/age-appropriate] every antibody gives exactly one cancer-screening step', () => {
    for (const antibody of ANTIBODIES) {
      const result = evaluatePathway({ antibody });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.steps.filter((s) => s.id === 'cancer-screening')).to.have.length(1);
    }
  });
});
