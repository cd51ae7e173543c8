/**
 * Attribute sets → the exact set of rendered `data-step` ids, for every row of content-spec §3
 * (content 2.0). The expectations are written from the spec table — which rows match, their
 * priority and indicator, "when two rows of one step id match, the step is shown once with the
 * highest priority" — not from evaluatePathway. Each case names the §3 rows (rule ids) it shows.
 *
 * Reading the spec for the defaults (§2): antibody pending and statin unknown, so a default
 * patient gets `stop-statin` (statin unknown, antibody pending); most rows below give the statin
 * exposure to keep that row out of cases about something else.
 */
import { expect } from '@open-wc/testing';
import { PATHWAY_RULE_IDS } from '../../../src/core/index.js';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { openStep, pathway, shown, step, stepIds, text, type Attrs } from './helpers.js';

/** Steps every patient gets (monitoring, taper caution, physiotherapy, the team). */
const ALWAYS = ['monitoring', 'taper-caution', 'physical-therapy', 'multidisciplinary-team'];
/**
 * Without a checkpoint inhibitor, when a glucocorticoid is recommended (phase new, or the
 * relapse / inadequate-response re-escalation): the glucocorticoid, the steroid-sparing agent,
 * the checks before a new immunosuppressant and supportive care — and a cancer-screening row for
 * every antibody.
 */
const IMNM = ['glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'supportive-care', 'cancer-screening'];
/** With a checkpoint inhibitor, grade 2 or more: the glucocorticoid, the steroid-sparing agent to consider, checks, supportive care. */
const ICI = ['withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'supportive-care'];
/** Severe (every red flag included): urgent assessment, the IV pulse, IVIG. */
const SEVERE = ['urgent-assessment', 'methylprednisolone-pulse', 'ivig'];

type Expect = { priority: string; indicator: string; mandatory?: boolean };

interface Row {
  /** The §3 rows (rule ids) this case shows. */
  rules: { rule: string }[];
  /** §3 rows this case must not fire (a row's exclusion). */
  not?: string[];
  attrs: Attrs;
  steps: string[];
  check: Record<string, Expect>;
  /** Words a step's "why" must contain. */
  why?: Record<string, string[]>;
  /** Words (case-insensitive patterns) a step's text must, or must not, contain. */
  says?: Record<string, RegExp[]>;
  saysNot?: Record<string, RegExp[]>;
}

const ROWS: Row[] = [
  {
    rules: [{ rule: 'urgent-assessment' }, { rule: 'glucocorticoid/severe' }, { rule: 'methylprednisolone-pulse' }, { rule: 'ivig/escalation' }, { rule: 'cancer-screening/pending' }],
    attrs: { 'red-flags': 'rhabdomyolysis', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE],
    check: {
      'urgent-assessment': { priority: 'immediate', indicator: 'critical' },
      'methylprednisolone-pulse': { priority: 'immediate', indicator: 'warning' },
      glucocorticoid: { priority: 'first-line', indicator: 'warning' },
      ivig: { priority: 'add-on', indicator: 'warning' },
      'cancer-screening': { priority: 'first-line', indicator: 'warning' },
    },
    why: { 'urgent-assessment': ['rhabdomyolysis'], ivig: ['treated as severe', 'rhabdomyolysis'] },
    says: { 'urgent-assessment': [/renal function/i] },
  },
  {
    rules: [{ rule: 'urgent-assessment' }, { rule: 'glucocorticoid/severe' }, { rule: 'methylprednisolone-pulse' }, { rule: 'ivig/escalation' }, { rule: 'cancer-screening/enhanced' }],
    attrs: { severity: 'life-threatening', statin: 'never', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE],
    check: {
      'urgent-assessment': { priority: 'immediate', indicator: 'critical' },
      'methylprednisolone-pulse': { priority: 'immediate', indicator: 'warning' },
      ivig: { priority: 'add-on', indicator: 'warning' },
      'cancer-screening': { priority: 'first-line', indicator: 'warning' },
    },
  },
  {
    rules: [{ rule: 'stop-statin' }, { rule: 'avoid-statin-rechallenge' }, { rule: 'rituximab/anti-srp' }, { rule: 'cancer-screening/age-appropriate' }, { rule: 'glucocorticoid' }, { rule: 'steroid-sparing-agent/combination' }],
    attrs: { statin: 'current', antibody: 'anti-srp' },
    steps: [...ALWAYS, ...IMNM, 'stop-statin', 'avoid-statin-rechallenge', 'rituximab'],
    check: {
      'stop-statin': { priority: 'immediate', indicator: 'warning' },
      'avoid-statin-rechallenge': { priority: 'ongoing', indicator: 'info' },
      rituximab: { priority: 'consider', indicator: 'info' },
      'cancer-screening': { priority: 'ongoing', indicator: 'info' },
      glucocorticoid: { priority: 'first-line', indicator: 'info' },
      'steroid-sparing-agent': { priority: 'first-line', indicator: 'info' },
    },
    // Every rituximab row says hepatitis B screening; "re-exposure" with a current statin.
    says: { rituximab: [/HBsAg/, /anti-HBc/], 'avoid-statin-rechallenge': [/re-?expos/i] },
    // The anti-HMGCR sentence is for anti-HMGCR or pending only.
    saysNot: { 'stop-statin': [/immunotherapy/i] },
  },
  {
    rules: [{ rule: 'stop-statin' }, { rule: 'ivig/anti-hmgcr' }, { rule: 'cancer-screening/enhanced' }, { rule: 'avoid-statin-rechallenge' }],
    attrs: { statin: 'current', antibody: 'anti-hmgcr' },
    steps: [...ALWAYS, ...IMNM, 'stop-statin', 'avoid-statin-rechallenge', 'ivig'],
    check: {
      'stop-statin': { priority: 'immediate', indicator: 'warning' },
      ivig: { priority: 'consider', indicator: 'info' },
      'cancer-screening': { priority: 'first-line', indicator: 'warning' },
    },
    says: { 'stop-statin': [/immunotherapy/i], ivig: [/renal function/i] },
  },
  {
    rules: [{ rule: 'stop-statin/unknown' }, { rule: 'cancer-screening/pending' }],
    attrs: { antibody: 'pending' },
    steps: [...ALWAYS, ...IMNM, 'stop-statin'],
    check: {
      'stop-statin': { priority: 'immediate', indicator: 'warning' },
      'cancer-screening': { priority: 'first-line', indicator: 'warning' },
    },
    why: { 'stop-statin': ['unknown'] },
    // A pending result is not low risk: never the anti-SRP reassurance.
    saysNot: { 'cancer-screening': [/not raised/i] },
  },
  {
    rules: [{ rule: 'stop-statin/unknown' }, { rule: 'avoid-statin-rechallenge' }],
    attrs: { antibody: 'anti-hmgcr' },
    steps: [...ALWAYS, ...IMNM, 'stop-statin', 'avoid-statin-rechallenge', 'ivig'],
    check: { 'stop-statin': { priority: 'immediate', indicator: 'warning' } },
  },
  {
    // Statin unknown, anti-SRP: no stop-statin row applies.
    rules: [{ rule: 'rituximab/anti-srp' }],
    not: ['stop-statin/unknown'],
    attrs: { antibody: 'anti-srp' },
    steps: [...ALWAYS, ...IMNM, 'rituximab'],
    check: { rituximab: { priority: 'consider', indicator: 'info' } },
  },
  {
    rules: [{ rule: 'avoid-statin-rechallenge' }, { rule: 'cancer-screening/enhanced' }],
    attrs: { statin: 'past', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM, 'avoid-statin-rechallenge'],
    check: { 'avoid-statin-rechallenge': { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rules: [{ rule: 'avoid-statin-rechallenge' }, { rule: 'ivig/anti-hmgcr' }],
    attrs: { antibody: 'anti-hmgcr', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, 'avoid-statin-rechallenge', 'ivig'],
    check: { 'avoid-statin-rechallenge': { priority: 'ongoing', indicator: 'info' }, ivig: { priority: 'consider', indicator: 'info' } },
    why: { 'avoid-statin-rechallenge': ['anti-HMGCR'] },
    // "re-exposure" only when a statin was taken.
    saysNot: { 'avoid-statin-rechallenge': [/re-?expos/i] },
  },
  {
    rules: [{ rule: 'withdraw-checkpoint-inhibitor/mandatory' }, { rule: 'cardiac-assessment/screen' }, { rule: 'glucocorticoid/ici-severe' }, { rule: 'steroid-sparing-agent/ici' }, { rule: 'ivig/escalation' }, { rule: 'urgent-assessment' }],
    attrs: { 'checkpoint-inhibitor': true, 'red-flags': 'dyspnoea', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
      'cardiac-assessment': { priority: 'first-line', indicator: 'warning' },
      glucocorticoid: { priority: 'first-line', indicator: 'warning' },
      'steroid-sparing-agent': { priority: 'consider', indicator: 'info' },
      ivig: { priority: 'add-on', indicator: 'warning' },
    },
    says: { 'cardiac-assessment': [/triple M/i] },
  },
  {
    // Checkpoint inhibitor: no cancer screening, and the anti-HMGCR IVIG row does not apply.
    rules: [{ rule: 'withdraw-checkpoint-inhibitor/mandatory' }, { rule: 'avoid-statin-rechallenge' }, { rule: 'ivig/escalation' }],
    not: ['ivig/anti-hmgcr', 'cancer-screening/enhanced'],
    attrs: { 'checkpoint-inhibitor': true, severity: 'severe', antibody: 'anti-hmgcr', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE, 'avoid-statin-rechallenge'],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
      ivig: { priority: 'add-on', indicator: 'warning' },
    },
  },
  {
    rules: [{ rule: 'withdraw-checkpoint-inhibitor/hold' }, { rule: 'glucocorticoid/ici-moderate' }, { rule: 'cardiac-assessment/screen' }, { rule: 'steroid-sparing-agent/ici' }],
    attrs: { 'checkpoint-inhibitor': true, severity: 'moderate', statin: 'never' },
    steps: [...ALWAYS, ...ICI],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'first-line', indicator: 'warning', mandatory: false },
      glucocorticoid: { priority: 'first-line', indicator: 'info' },
      'steroid-sparing-agent': { priority: 'consider', indicator: 'info' },
    },
    // Without CK the condition is stated.
    says: { glucocorticoid: [/3 × ULN|3 times the upper limit/i] },
  },
  {
    rules: [{ rule: 'glucocorticoid/ici-moderate' }],
    attrs: { 'checkpoint-inhibitor': true, 'ck-times-uln': '5', statin: 'never' },
    steps: [...ALWAYS, ...ICI],
    check: { glucocorticoid: { priority: 'first-line', indicator: 'info' } },
    why: { glucocorticoid: ['CK 5'] },
  },
  {
    // Grade 2 below 3 × ULN: no glucocorticoid yet, so no supportive care; the steroid-sparing
    // agent to consider still brings the checks.
    rules: [{ rule: 'glucocorticoid/ici-ck-below-3' }, { rule: 'pre-treatment-checks' }],
    not: ['supportive-care'],
    attrs: { 'checkpoint-inhibitor': true, 'ck-times-uln': '2', statin: 'never' },
    steps: [...ALWAYS, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks'],
    check: { glucocorticoid: { priority: 'first-line', indicator: 'info' } },
    says: { glucocorticoid: [/recheck/i] },
  },
  {
    // Grade 1: no glucocorticoid, no steroid-sparing agent, nothing to check before one.
    rules: [{ rule: 'withdraw-checkpoint-inhibitor/continue' }, { rule: 'ici-grade-1' }, { rule: 'cardiac-assessment/screen' }],
    not: ['glucocorticoid/ici-moderate', 'steroid-sparing-agent/ici', 'pre-treatment-checks', 'supportive-care'],
    attrs: { 'checkpoint-inhibitor': true, severity: 'mild', statin: 'never' },
    steps: [...ALWAYS, 'withdraw-checkpoint-inhibitor', 'ici-grade-1', 'cardiac-assessment'],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'consider', indicator: 'info', mandatory: false },
      'ici-grade-1': { priority: 'first-line', indicator: 'info' },
      'cardiac-assessment': { priority: 'first-line', indicator: 'warning' },
    },
  },
  {
    // A relapse with a checkpoint inhibitor is a new episode at its grade, with the relapse taper caution.
    rules: [{ rule: 'ici-grade-1' }, { rule: 'taper-caution/relapse' }],
    attrs: { 'checkpoint-inhibitor': true, severity: 'mild', phase: 'relapse', statin: 'never' },
    steps: [...ALWAYS, 'withdraw-checkpoint-inhibitor', 'ici-grade-1', 'cardiac-assessment'],
    check: { 'ici-grade-1': { priority: 'first-line', indicator: 'info' }, 'taper-caution': { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rules: [{ rule: 'cardiac-assessment/myocarditis' }, { rule: 'urgent-assessment' }],
    attrs: { 'red-flags': 'myocarditis', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE, 'cardiac-assessment'],
    check: { 'cardiac-assessment': { priority: 'immediate', indicator: 'critical' } },
    // Cardiology joins the team with myocarditis.
    says: { 'multidisciplinary-team': [/cardiology/i] },
  },
  {
    rules: [{ rule: 'cardiac-assessment/myocarditis' }, { rule: 'withdraw-checkpoint-inhibitor/mandatory' }, { rule: 'glucocorticoid/ici-severe' }],
    attrs: { 'checkpoint-inhibitor': true, 'red-flags': 'myocarditis', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE],
    check: {
      'cardiac-assessment': { priority: 'immediate', indicator: 'critical' },
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
    },
    says: { 'withdraw-checkpoint-inhibitor': [/permanent/i], 'multidisciplinary-team': [/oncology/i, /cardiology/i] },
  },
  {
    rules: [{ rule: 'myasthenia-overlap' }, { rule: 'ivig/myasthenic' }, { rule: 'methylprednisolone-pulse' }, { rule: 'glucocorticoid/severe' }, { rule: 'cancer-screening/enhanced' }],
    not: ['ivig/escalation'],
    attrs: { 'red-flags': 'myasthenic', statin: 'never', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE, 'myasthenia-overlap'],
    check: {
      'myasthenia-overlap': { priority: 'immediate', indicator: 'critical' },
      ivig: { priority: 'immediate', indicator: 'critical' },
      'methylprednisolone-pulse': { priority: 'immediate', indicator: 'warning' },
    },
    says: { 'myasthenia-overlap': [/pyridostigmine/i, /neurology/i], ivig: [/5 days/] },
  },
  {
    rules: [{ rule: 'myasthenia-overlap' }, { rule: 'ivig/myasthenic' }, { rule: 'withdraw-checkpoint-inhibitor/mandatory' }],
    attrs: { 'checkpoint-inhibitor': true, 'red-flags': 'myasthenic', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE, 'myasthenia-overlap'],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
      ivig: { priority: 'immediate', indicator: 'critical' },
    },
  },
  {
    rules: [{ rule: 'ici-rescue' }, { rule: 'withdraw-checkpoint-inhibitor/mandatory' }],
    attrs: { 'checkpoint-inhibitor': true, severity: 'life-threatening', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE, 'ici-rescue'],
    check: {
      'ici-rescue': { priority: 'immediate', indicator: 'critical' },
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
    },
    says: { 'ici-rescue': [/plasma exchange/i], 'withdraw-checkpoint-inhibitor': [/permanent/i] },
  },
  {
    // Grade 3–4 not better: the checkpoint-inhibitor rituximab row; the IMNM refractory rows do not apply.
    rules: [{ rule: 'rituximab/ici' }, { rule: 'ici-rescue' }],
    not: ['review-treatment', 'glucocorticoid/refractory', 'rituximab/refractory', 'expert-referral'],
    attrs: { 'checkpoint-inhibitor': true, severity: 'life-threatening', phase: 'inadequate-response', antibody: 'anti-srp', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE, 'ici-rescue', 'rituximab'],
    check: { rituximab: { priority: 'add-on', indicator: 'warning' } },
    says: { rituximab: [/HBsAg/, /anti-HBc/] },
  },
  {
    // Relapse with a checkpoint inhibitor: no plasma-exchange note, no expert referral, no rituximab.
    rules: [{ rule: 'withdraw-checkpoint-inhibitor/mandatory' }, { rule: 'taper-caution/relapse' }],
    not: ['plasma-exchange-note', 'expert-referral', 'rituximab/ici'],
    attrs: { 'checkpoint-inhibitor': true, severity: 'severe', phase: 'relapse', statin: 'never' },
    steps: [...ALWAYS, ...ICI, ...SEVERE],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
      'taper-caution': { priority: 'add-on', indicator: 'warning' },
    },
  },
  {
    rules: [{ rule: 'glucocorticoid' }, { rule: 'steroid-sparing-agent/combination' }, { rule: 'pre-treatment-checks' }, { rule: 'supportive-care' }, { rule: 'cancer-screening/enhanced' }, { rule: 'monitoring' }, { rule: 'taper-caution' }, { rule: 'physical-therapy' }, { rule: 'multidisciplinary-team' }],
    attrs: { statin: 'never', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM],
    check: {
      glucocorticoid: { priority: 'first-line', indicator: 'info' },
      'steroid-sparing-agent': { priority: 'first-line', indicator: 'info' },
      'pre-treatment-checks': { priority: 'first-line', indicator: 'info' },
      'supportive-care': { priority: 'ongoing', indicator: 'info' },
      'cancer-screening': { priority: 'first-line', indicator: 'warning' },
      monitoring: { priority: 'ongoing', indicator: 'info' },
      'taper-caution': { priority: 'ongoing', indicator: 'info' },
      'physical-therapy': { priority: 'ongoing', indicator: 'info' },
      'multidisciplinary-team': { priority: 'ongoing', indicator: 'info' },
    },
    says: { 'pre-treatment-checks': [/TPMT/, /NUDT15/, /HBsAg/], 'supportive-care': [/live vaccine/i] },
  },
  {
    // Bulbar: nothing by mouth until the swallow is assessed.
    rules: [{ rule: 'glucocorticoid/severe' }, { rule: 'ivig/escalation' }, { rule: 'urgent-assessment' }],
    attrs: { 'red-flags': 'bulbar', statin: 'never', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE],
    check: { ivig: { priority: 'add-on', indicator: 'warning' }, glucocorticoid: { priority: 'first-line', indicator: 'warning' } },
    why: { ivig: ['bulbar'] },
    says: { glucocorticoid: [/swallow/i], 'urgent-assessment': [/swallow/i] },
  },
  {
    // Both IVIG rows: one step, the add-on priority, both reasons.
    rules: [{ rule: 'ivig/anti-hmgcr' }, { rule: 'ivig/escalation' }],
    attrs: { antibody: 'anti-hmgcr', severity: 'severe', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE, 'avoid-statin-rechallenge'],
    check: { ivig: { priority: 'add-on', indicator: 'warning' } },
    why: { ivig: ['severe', 'anti-HMGCR'] },
  },
  {
    rules: [{ rule: 'glucocorticoid/refractory' }, { rule: 'steroid-sparing-agent/refractory' }, { rule: 'review-treatment' }, { rule: 'expert-referral' }, { rule: 'ivig/escalation' }, { rule: 'taper-caution' }],
    attrs: { antibody: 'seronegative', phase: 'inadequate-response', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, 'review-treatment', 'ivig', 'expert-referral'],
    check: {
      glucocorticoid: { priority: 'first-line', indicator: 'warning' },
      'steroid-sparing-agent': { priority: 'first-line', indicator: 'warning' },
      'review-treatment': { priority: 'first-line', indicator: 'warning' },
      ivig: { priority: 'add-on', indicator: 'warning' },
      'expert-referral': { priority: 'add-on', indicator: 'warning' },
      'taper-caution': { priority: 'ongoing', indicator: 'info' },
    },
    says: { glucocorticoid: [/specialist/i], 'review-treatment': [/adherence/i, /dystroph/i] },
  },
  {
    rules: [{ rule: 'rituximab/refractory' }, { rule: 'taper-caution/relapse' }, { rule: 'cancer-screening/age-appropriate' }],
    not: ['review-treatment', 'rituximab/anti-srp'],
    attrs: { antibody: 'anti-srp', phase: 'relapse', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, 'ivig', 'rituximab'],
    check: {
      rituximab: { priority: 'add-on', indicator: 'warning' },
      'taper-caution': { priority: 'add-on', indicator: 'warning' },
      'cancer-screening': { priority: 'ongoing', indicator: 'info' },
    },
    says: { rituximab: [/HBsAg/, /anti-HBc/] },
  },
  {
    rules: [{ rule: 'rituximab/refractory' }, { rule: 'review-treatment' }],
    not: ['ivig/anti-hmgcr'],
    attrs: { antibody: 'anti-hmgcr', phase: 'inadequate-response', statin: 'never' },
    steps: [...ALWAYS, ...IMNM, 'review-treatment', 'ivig', 'rituximab', 'avoid-statin-rechallenge'],
    check: { rituximab: { priority: 'add-on', indicator: 'warning' }, ivig: { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rules: [{ rule: 'expert-referral' }, { rule: 'cancer-screening/pending' }, { rule: 'stop-statin/unknown' }],
    attrs: { antibody: 'pending', phase: 'relapse' },
    steps: [...ALWAYS, ...IMNM, 'ivig', 'expert-referral', 'stop-statin'],
    check: { 'expert-referral': { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rules: [{ rule: 'plasma-exchange-note' }, { rule: 'glucocorticoid/refractory' }, { rule: 'methylprednisolone-pulse' }],
    attrs: { phase: 'relapse', severity: 'severe', statin: 'never', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE, 'expert-referral', 'plasma-exchange-note'],
    check: {
      'plasma-exchange-note': { priority: 'consider', indicator: 'info' },
      glucocorticoid: { priority: 'first-line', indicator: 'warning' },
    },
  },
  {
    // Not with the myasthenic flag (plasma exchange is then part of the myasthenia treatment).
    rules: [{ rule: 'ivig/myasthenic' }, { rule: 'myasthenia-overlap' }],
    not: ['plasma-exchange-note'],
    attrs: { phase: 'relapse', 'red-flags': 'myasthenic', statin: 'never', antibody: 'seronegative' },
    steps: [...ALWAYS, ...IMNM, ...SEVERE, 'expert-referral', 'myasthenia-overlap'],
    check: { ivig: { priority: 'immediate', indicator: 'critical' } },
  },
];

const PRIORITY_ORDER = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'];

/** A pathway element with these attributes, kept for the tests of one row (removed after them). */
async function mount(attrs: Attrs): Promise<NamPathway> {
  const el = document.createElement('nam-pathway') as NamPathway;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v === true ? '' : v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<nam-pathway> attribute sets → steps (content-spec §3, content 2.0)', () => {
  for (const row of ROWS) {
    const label = Object.entries(row.attrs)
      .map(([k, v]) => (v === true ? k : `${k}="${v}"`))
      .join(' ');
    describe(label || '(defaults)', () => {
      let el: NamPathway;
      before(async () => {
        el = await mount(row.attrs);
      });
      after(() => el.remove());

      it("shows exactly the spec's steps, once each, in priority order, with the spec's priority, indicator, reasons and words", async () => {
        const ids = stepIds(el);
        expect([...ids].sort()).to.deep.equal([...new Set(row.steps)].sort());
        expect(new Set(ids).size, 'one step per id').to.equal(ids.length);
        // The case does not fire the rows it rules out.
        const fired = el.result.ok ? el.result.steps.flatMap((s) => s.rules) : [];
        for (const r of row.not ?? []) expect(fired, `${r} must not fire`).to.not.include(r);
        // Shown in priority order, each under its priority heading.
        const ranks = ids.map((id) => PRIORITY_ORDER.indexOf(step(el, id)!.dataset.priority!));
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
        for (const [id, want] of Object.entries(row.check)) {
          const node = step(el, id)!;
          expect(node.dataset.priority, `${id} priority`).to.equal(want.priority);
          expect(node.dataset.indicator, `${id} indicator`).to.equal(want.indicator);
          expect(node.closest('section[data-priority]')?.getAttribute('data-priority')).to.equal(want.priority);
          if (want.mandatory !== undefined) expect(node.dataset.mandatory, `${id} mandatory`).to.equal(String(want.mandatory));
        }
        // The reasons and the step text, read from the opened step as a user would.
        const read = async (id: string, selector: string) => {
          const node = (await openStep(el, id)).querySelector(selector);
          expect(shown(node), `${id} ${selector} shown once opened`).to.equal(true);
          return text(node);
        };
        for (const [id, words] of Object.entries(row.why ?? {})) {
          const why = await read(id, '[part="why"]');
          for (const w of words) expect(why, `${id} why`).to.include(w);
        }
        for (const [id, patterns] of Object.entries(row.says ?? {})) {
          const said = await read(id, '[part="step-text"]');
          for (const p of patterns) expect(said, `${id} text`).to.match(p);
        }
        for (const [id, patterns] of Object.entries(row.saysNot ?? {})) {
          const said = await read(id, '[part="step-text"]');
          for (const p of patterns) expect(said, `${id} text`).to.not.match(p);
        }
      });

      for (const r of row.rules) {
        it(`[rule:${r.rule}] fires, and the step it gives is shown`, () => {
          const steps = el.result.ok ? el.result.steps : [];
          const from = steps.find((s) => s.rules.includes(r.rule));
          expect(from?.id, `a step from ${r.rule}`).to.be.a('string');
          expect(stepIds(el)).to.include(from!.id);
        });
      }
    });
  }

  it('covers every pathway rule id with a tagged case', () => {
    const tagged = new Set(ROWS.flatMap((r) => r.rules.map((x) => x.rule)));
    expect(PATHWAY_RULE_IDS.filter((id) => !tagged.has(id))).to.deep.equal([]);
    // …and tags no rule id that does not exist.
    expect([...tagged].filter((id) => !PATHWAY_RULE_IDS.includes(id))).to.deep.equal([]);
  });

  it('[rule:withdraw-checkpoint-inhibitor/mandatory] [hazard:H29] mild with any red flag is treated as severe: mandatory withdrawal, no grade-1 row', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, severity: 'mild', 'red-flags': 'rhabdomyolysis' });
    expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.priority).to.equal('immediate');
    expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.mandatory).to.equal('true');
    expect(step(el, 'ici-grade-1') === null).to.equal(true);
    expect(text(step(el, 'glucocorticoid')!.querySelector('[part="why"]'))).to.include('treated as severe');
  });

  it('[rule:withdraw-checkpoint-inhibitor/mandatory] [hazard:H13] every red flag makes withdrawal mandatory', async () => {
    for (const flag of ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis']) {
      const el = await pathway({ 'checkpoint-inhibitor': true, severity: 'mild', 'red-flags': flag });
      expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.mandatory, flag).to.equal('true');
      expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.indicator, flag).to.equal('critical');
    }
  });
});
