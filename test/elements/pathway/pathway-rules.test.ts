/**
 * Attribute sets → the exact set of rendered `data-step` ids, for every row of content-spec §3.
 * The expectations are written from the spec table, not from evaluatePathway.
 */
import { expect } from '@open-wc/testing';
import { PATHWAY_RULE_IDS } from '../../../src/core/index.js';
import { pathway, step, stepIds, type Attrs } from './helpers.js';

/** Steps every patient gets. */
const ALWAYS = ['monitoring', 'taper-caution', 'physical-therapy', 'multidisciplinary-team', 'cancer-screening'];
/** Steps of phase "new". */
const NEW = ['glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'supportive-care'];

type Expect = { priority: string; indicator: string; mandatory?: boolean };

interface Row {
  rule: string;
  attrs: Attrs;
  steps: string[];
  check: Record<string, Expect>;
  /** Also check that the step's "why" mentions these words. */
  why?: Record<string, string[]>;
}

const ROWS: Row[] = [
  {
    rule: 'urgent-assessment',
    attrs: { 'red-flags': 'rhabdomyolysis' },
    steps: [...ALWAYS, ...NEW, 'urgent-assessment'],
    check: { 'urgent-assessment': { priority: 'immediate', indicator: 'critical' } },
    why: { 'urgent-assessment': ['rhabdomyolysis'] },
  },
  {
    rule: 'urgent-assessment',
    attrs: { severity: 'life-threatening' },
    steps: [...ALWAYS, ...NEW, 'urgent-assessment', 'methylprednisolone-pulse', 'ivig'],
    check: {
      'urgent-assessment': { priority: 'immediate', indicator: 'critical' },
      'methylprednisolone-pulse': { priority: 'first-line', indicator: 'warning' },
      ivig: { priority: 'add-on', indicator: 'warning' },
    },
  },
  {
    rule: 'stop-statin',
    attrs: { statin: 'current' },
    steps: [...ALWAYS, ...NEW, 'stop-statin', 'avoid-statin-rechallenge'],
    check: {
      'stop-statin': { priority: 'immediate', indicator: 'warning' },
      'avoid-statin-rechallenge': { priority: 'ongoing', indicator: 'info' },
    },
  },
  {
    rule: 'avoid-statin-rechallenge',
    attrs: { statin: 'past' },
    steps: [...ALWAYS, ...NEW, 'avoid-statin-rechallenge'],
    check: { 'avoid-statin-rechallenge': { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rule: 'avoid-statin-rechallenge',
    attrs: { antibody: 'anti-hmgcr', statin: 'never' },
    steps: [...ALWAYS, ...NEW, 'avoid-statin-rechallenge', 'ivig'],
    check: { 'avoid-statin-rechallenge': { priority: 'ongoing', indicator: 'info' } },
    why: { 'avoid-statin-rechallenge': ['anti-HMGCR'] },
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    attrs: { 'checkpoint-inhibitor': true, 'red-flags': 'dyspnoea' },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'urgent-assessment'],
    check: {
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
      'cardiac-assessment': { priority: 'first-line', indicator: 'warning' },
      'steroid-sparing-agent': { priority: 'consider', indicator: 'info' },
    },
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/mandatory',
    attrs: { 'checkpoint-inhibitor': true, severity: 'severe' },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'methylprednisolone-pulse', 'ivig'],
    check: { 'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true } },
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/hold',
    attrs: { 'checkpoint-inhibitor': true, severity: 'moderate' },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment'],
    check: { 'withdraw-checkpoint-inhibitor': { priority: 'first-line', indicator: 'warning', mandatory: false } },
  },
  {
    rule: 'withdraw-checkpoint-inhibitor/discuss',
    attrs: { 'checkpoint-inhibitor': true, severity: 'mild' },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment'],
    check: { 'withdraw-checkpoint-inhibitor': { priority: 'consider', indicator: 'info', mandatory: false } },
  },
  {
    rule: 'cardiac-assessment/myocarditis',
    attrs: { 'red-flags': 'myocarditis' },
    steps: [...ALWAYS, ...NEW, 'cardiac-assessment', 'urgent-assessment'],
    check: { 'cardiac-assessment': { priority: 'immediate', indicator: 'critical' } },
  },
  {
    rule: 'cardiac-assessment/screen',
    attrs: { 'checkpoint-inhibitor': 'true' },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment'],
    check: { 'cardiac-assessment': { priority: 'first-line', indicator: 'warning' } },
  },
  {
    rule: 'ici-rescue',
    attrs: { 'checkpoint-inhibitor': true, severity: 'life-threatening' },
    steps: [
      ...ALWAYS,
      ...NEW,
      'ici-rescue',
      'withdraw-checkpoint-inhibitor',
      'urgent-assessment',
      'cardiac-assessment',
      'methylprednisolone-pulse',
      'ivig',
    ],
    check: {
      'ici-rescue': { priority: 'immediate', indicator: 'critical' },
      'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true },
    },
  },
  {
    rule: 'glucocorticoid',
    attrs: {},
    steps: [...ALWAYS, ...NEW],
    check: { glucocorticoid: { priority: 'first-line', indicator: 'info' } },
  },
  {
    rule: 'methylprednisolone-pulse',
    attrs: { severity: 'severe' },
    steps: [...ALWAYS, ...NEW, 'methylprednisolone-pulse', 'ivig'],
    check: { 'methylprednisolone-pulse': { priority: 'first-line', indicator: 'warning' } },
  },
  {
    rule: 'steroid-sparing-agent/combination',
    attrs: { antibody: 'seronegative' },
    steps: [...ALWAYS, ...NEW],
    check: { 'steroid-sparing-agent': { priority: 'first-line', indicator: 'info' } },
  },
  {
    rule: 'steroid-sparing-agent/ici',
    attrs: { 'checkpoint-inhibitor': true, severity: 'mild' },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment'],
    check: { 'steroid-sparing-agent': { priority: 'consider', indicator: 'info' } },
  },
  {
    rule: 'ivig/anti-hmgcr',
    attrs: { antibody: 'anti-hmgcr' },
    steps: [...ALWAYS, ...NEW, 'ivig', 'avoid-statin-rechallenge'],
    check: {
      ivig: { priority: 'consider', indicator: 'info' },
      'cancer-screening': { priority: 'first-line', indicator: 'warning' },
    },
  },
  {
    rule: 'ivig/escalation',
    attrs: { phase: 'inadequate-response' },
    steps: [...ALWAYS, 'ivig', 'expert-referral'],
    check: { ivig: { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rule: 'ivig/escalation',
    attrs: { 'red-flags': 'bulbar' },
    steps: [...ALWAYS, ...NEW, 'ivig', 'urgent-assessment'],
    check: { ivig: { priority: 'add-on', indicator: 'warning' } },
    why: { ivig: ['bulbar'] },
  },
  {
    // Both IVIG rows: one step, the add-on priority, both reasons.
    rule: 'ivig/anti-hmgcr',
    attrs: { antibody: 'anti-hmgcr', severity: 'severe' },
    steps: [...ALWAYS, ...NEW, 'ivig', 'avoid-statin-rechallenge', 'methylprednisolone-pulse'],
    check: { ivig: { priority: 'add-on', indicator: 'warning' } },
    why: { ivig: ['severe', 'anti-HMGCR'] },
  },
  {
    rule: 'rituximab/anti-srp',
    attrs: { antibody: 'anti-srp' },
    steps: [...ALWAYS, ...NEW, 'rituximab'],
    check: {
      rituximab: { priority: 'consider', indicator: 'info' },
      'cancer-screening': { priority: 'ongoing', indicator: 'info' },
    },
  },
  {
    rule: 'rituximab/refractory',
    attrs: { antibody: 'anti-srp', phase: 'relapse' },
    steps: [...ALWAYS, 'rituximab', 'ivig'],
    check: {
      rituximab: { priority: 'add-on', indicator: 'warning' },
      'taper-caution': { priority: 'add-on', indicator: 'warning' },
    },
  },
  {
    rule: 'rituximab/refractory',
    attrs: { antibody: 'anti-hmgcr', phase: 'inadequate-response' },
    steps: [...ALWAYS, 'rituximab', 'ivig', 'avoid-statin-rechallenge'],
    check: { rituximab: { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rule: 'expert-referral',
    attrs: { antibody: 'seronegative', phase: 'inadequate-response' },
    steps: [...ALWAYS, 'expert-referral', 'ivig'],
    check: { 'expert-referral': { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rule: 'expert-referral',
    attrs: { antibody: 'pending', phase: 'relapse' },
    steps: [...ALWAYS, 'expert-referral', 'ivig'],
    check: { 'expert-referral': { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rule: 'plasma-exchange-note',
    attrs: { phase: 'relapse', severity: 'severe' },
    steps: [...ALWAYS, 'plasma-exchange-note', 'methylprednisolone-pulse', 'ivig', 'expert-referral'],
    check: { 'plasma-exchange-note': { priority: 'consider', indicator: 'info' } },
  },
  {
    // Not with a checkpoint inhibitor.
    rule: 'plasma-exchange-note',
    attrs: { phase: 'relapse', severity: 'severe', 'checkpoint-inhibitor': true },
    steps: [...ALWAYS, 'methylprednisolone-pulse', 'ivig', 'expert-referral', 'withdraw-checkpoint-inhibitor', 'cardiac-assessment'],
    check: { 'withdraw-checkpoint-inhibitor': { priority: 'immediate', indicator: 'critical', mandatory: true } },
  },
  {
    rule: 'cancer-screening/enhanced',
    attrs: { antibody: 'seronegative' },
    steps: [...ALWAYS, ...NEW],
    check: { 'cancer-screening': { priority: 'first-line', indicator: 'warning' } },
  },
  {
    rule: 'cancer-screening/age-appropriate',
    attrs: { antibody: 'pending' },
    steps: [...ALWAYS, ...NEW],
    check: { 'cancer-screening': { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rule: 'pre-treatment-checks',
    attrs: { phase: 'new' },
    steps: [...ALWAYS, ...NEW],
    check: { 'pre-treatment-checks': { priority: 'first-line', indicator: 'info' } },
  },
  {
    rule: 'supportive-care',
    attrs: { phase: 'new' },
    steps: [...ALWAYS, ...NEW],
    check: { 'supportive-care': { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rule: 'monitoring',
    attrs: { phase: 'relapse' },
    steps: [...ALWAYS, 'ivig', 'expert-referral'],
    check: { monitoring: { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rule: 'taper-caution/relapse',
    attrs: { phase: 'relapse' },
    steps: [...ALWAYS, 'ivig', 'expert-referral'],
    check: { 'taper-caution': { priority: 'add-on', indicator: 'warning' } },
  },
  {
    rule: 'taper-caution',
    attrs: { phase: 'inadequate-response' },
    steps: [...ALWAYS, 'ivig', 'expert-referral'],
    check: { 'taper-caution': { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rule: 'physical-therapy',
    attrs: { phase: 'inadequate-response', antibody: 'anti-srp' },
    steps: [...ALWAYS, 'ivig', 'rituximab'],
    check: { 'physical-therapy': { priority: 'ongoing', indicator: 'info' } },
  },
  {
    rule: 'multidisciplinary-team',
    attrs: { 'checkpoint-inhibitor': true },
    steps: [...ALWAYS, ...NEW, 'withdraw-checkpoint-inhibitor', 'cardiac-assessment'],
    check: { 'multidisciplinary-team': { priority: 'ongoing', indicator: 'info' } },
  },
];

const PRIORITY_ORDER = ['immediate', 'first-line', 'add-on', 'consider', 'ongoing'];

describe('<nam-pathway> attribute sets → steps (content-spec §3)', () => {
  for (const row of ROWS) {
    const label = Object.entries(row.attrs)
      .map(([k, v]) => (v === true ? k : `${k}="${v}"`))
      .join(' ');
    it(`[rule:${row.rule}] ${label || '(defaults)'} shows exactly the spec's steps`, async () => {
      const el = await pathway(row.attrs);
      const ids = stepIds(el);
      expect([...ids].sort()).to.deep.equal([...new Set(row.steps)].sort());
      expect(new Set(ids).size, 'one step per id').to.equal(ids.length);
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
      for (const [id, words] of Object.entries(row.why ?? {})) {
        const why = step(el, id)!.querySelector('[part="why"]')!.textContent!;
        for (const w of words) expect(why).to.include(w);
      }
    });
  }

  it('covers every pathway rule id with a tagged row', () => {
    const tagged = new Set(ROWS.map((r) => r.rule));
    expect(PATHWAY_RULE_IDS.filter((id) => !tagged.has(id))).to.deep.equal([]);
  });

  it('[rule:withdraw-checkpoint-inhibitor/hold] mild with a non-mandatory red flag uses the cautious hold row', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, severity: 'mild', 'red-flags': 'rhabdomyolysis' });
    expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.priority).to.equal('first-line');
    expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.mandatory).to.equal('false');
  });

  it('[rule:withdraw-checkpoint-inhibitor/mandatory] [hazard:H13] every mandatory red flag makes withdrawal mandatory', async () => {
    for (const flag of ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis']) {
      const el = await pathway({ 'checkpoint-inhibitor': true, severity: 'mild', 'red-flags': flag });
      expect(step(el, 'withdraw-checkpoint-inhibitor')!.dataset.mandatory, flag).to.equal('true');
    }
  });
});
