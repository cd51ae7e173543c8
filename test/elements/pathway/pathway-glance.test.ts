/**
 * The answer-first layout of <nam-pathway> (the bedside layout): "At a glance" — every critical
 * action first, then the immediate and first-line plan, at most 6 lines unless the critical
 * actions need more, each leading to its step — and every step collapsed to its title line, one
 * by one or all at once, by keyboard, with critical notices never folded away and each dose
 * written once. The glance cases are worked out from content-spec §3 (priority and indicator of
 * each row for the inputs).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pathwayDoseNotices, shortDose, stepNotices, doseLinesForStep, type Notice } from '../../../src/core/index.js';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { $, $$, expandAll, pathway, root, settle, shown, step, stepIds, text, type Attrs } from './helpers.js';

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const glanceIds = (el: HTMLElement) => $$(el, '[part="glance"] [data-glance]').map((n) => n.dataset.glance as string);

interface GlanceCase {
  name: string;
  attrs: Attrs;
  /** The critical steps (§3: indicator critical for these inputs), all of them at a glance. */
  critical: string[];
  /** The immediate and first-line steps that are not critical: the plan is the first of these. */
  plan: string[];
}

const CASES: GlanceCase[] = [
  {
    name: 'defaults (antibody pending, statin unknown, moderate, new)',
    attrs: {},
    critical: [],
    plan: ['stop-statin', 'glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'cancer-screening'],
  },
  {
    name: 'current statin, anti-HMGCR, rhabdomyolysis',
    attrs: { statin: 'current', antibody: 'anti-hmgcr', 'red-flags': 'rhabdomyolysis' },
    critical: ['urgent-assessment'],
    plan: ['stop-statin', 'methylprednisolone-pulse', 'glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'cancer-screening'],
  },
  {
    name: 'myocarditis, seronegative, no statin',
    attrs: { 'red-flags': 'myocarditis', antibody: 'seronegative', statin: 'never' },
    critical: ['urgent-assessment', 'cardiac-assessment'],
    plan: ['methylprednisolone-pulse', 'glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks', 'cancer-screening'],
  },
  {
    name: 'checkpoint inhibitor, life-threatening, myocarditis and myasthenic features',
    attrs: { 'checkpoint-inhibitor': true, severity: 'life-threatening', 'red-flags': 'myocarditis myasthenic', statin: 'never' },
    critical: ['urgent-assessment', 'withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'myasthenia-overlap', 'ici-rescue', 'ivig'],
    plan: ['methylprednisolone-pulse', 'glucocorticoid', 'pre-treatment-checks'],
  },
  {
    name: 'checkpoint inhibitor, moderate (grade 2), no CK',
    attrs: { 'checkpoint-inhibitor': true, statin: 'never' },
    critical: [],
    plan: ['withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'glucocorticoid', 'pre-treatment-checks'],
  },
  {
    name: 'checkpoint inhibitor, mild (grade 1)',
    attrs: { 'checkpoint-inhibitor': true, severity: 'mild', statin: 'never' },
    critical: [],
    plan: ['ici-grade-1', 'cardiac-assessment'],
  },
  {
    name: 'inadequate response, seronegative',
    attrs: { phase: 'inadequate-response', antibody: 'seronegative', statin: 'never' },
    critical: [],
    plan: ['glucocorticoid', 'steroid-sparing-agent', 'review-treatment', 'pre-treatment-checks', 'cancer-screening'],
  },
];

describe('<nam-pathway> at a glance', () => {
  it('is accessible with critical actions and the plan at a glance', async () => {
    const el = await pathway({ 'red-flags': 'myocarditis', weight: '70' });
    expect(glanceIds(el).length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });

  for (const c of CASES) {
    it(`${c.name}: every critical action first, then the first-line plan, at most 6 lines unless the critical actions need more`, async () => {
      const el = await pathway(c.attrs);
      const ids = glanceIds(el);
      const order = stepIds(el);
      const critical = ids.slice(0, c.critical.length);
      expect([...critical].sort(), 'every critical action, first').to.deep.equal([...c.critical].sort());
      // In the order of the steps below.
      expect(critical).to.deep.equal([...critical].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      const room = Math.max(0, 6 - c.critical.length);
      const plan = [...c.plan].sort((a, b) => order.indexOf(a) - order.indexOf(b)).slice(0, room);
      expect(ids.slice(c.critical.length), 'then the plan, in order').to.deep.equal(plan);
      expect(ids.length).to.be.at.most(Math.max(6, c.critical.length));
      // Every line is marked as it is: the critical ones in their own list, first.
      const glance = $(el, '[part="glance"]')!;
      expect(glance.dataset.critical).to.equal(c.critical.length ? 'true' : 'false');
      for (const id of c.critical) {
        const line = glance.querySelector(`[data-glance="${id}"]`)!;
        expect(line.closest('.glance-critical-list') !== null, `${id} in the critical list`).to.equal(true);
        expect(text(line.querySelector('[data-indicator-label]')), id).to.include('Critical');
      }
      for (const id of plan) expect(glance.querySelector(`[data-glance="${id}"]`)!.closest('.glance-critical-list') === null, id).to.equal(true);
      // A first-line step that did not fit is named below the lines (it follows in the steps).
      const left = [...c.plan].sort((a, b) => order.indexOf(a) - order.indexOf(b)).slice(room);
      const more = glance.querySelector('[data-glance-more]');
      expect(more === null, 'a "more below" line exactly when steps were left out').to.equal(left.length === 0);
      const titles = new Map((el.result.ok ? el.result.steps : []).map((s) => [s.id, s.title]));
      for (const id of left) expect(text(more), id).to.include(titles.get(id as never)!);
      // The glance leads the result: before the steps, and visible.
      expect(shown(glance)).to.equal(true);
      expect(glance.compareDocumentPosition($(el, '[part="steps"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });
  }

  it('each line leads to its step by keyboard: Enter on its link opens the step and moves focus to it', async () => {
    const el = await pathway(CASES[3].attrs);
    const ids = glanceIds(el);
    expect(ids.length).to.equal(6);
    for (const id of ids) {
      const link = $(el, `[part="glance"] a[data-goto-step="${id}"]`)!;
      expect(link.getAttribute('href')).to.equal(`#step-${id}`);
      expect(step(el, id)!.dataset.open, `${id} collapsed before`).to.equal('false');
      link.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const target = step(el, id)!;
      expect(target.dataset.open, `${id} opened`).to.equal('true');
      expect($(el, `[data-toggle-step="${id}"]`)!.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(target.querySelector('[part="step-text"]')), `${id} text shown`).to.equal(true);
      expect(active(el) === target, `focus on ${id}`).to.equal(true);
    }
  });

  it('writes each dose once in the collapsed result: on the glance line, or on the title line of a step the glance does not hold', async () => {
    // Anti-HMGCR, no statin: the IVIG step ("consider") is not at a glance; the glucocorticoid and
    // steroid-sparing steps are.
    const el = await pathway({ antibody: 'anti-hmgcr', statin: 'never', weight: '70' });
    const ids = glanceIds(el);
    expect(ids).to.include.members(['glucocorticoid', 'steroid-sparing-agent']);
    expect(ids).to.not.include('ivig');
    const r = el.result;
    const doses = el.doseResult;
    if (!r.ok || !doses?.ok) throw new Error('valid input');
    const visibleShort = [...$$(el, '.glance-dose'), ...$$(el, '.step-doses')].filter((n) => shown(n)).map((n) => text(n));
    let drugs = 0;
    for (const s of r.steps) {
      const lines = doseLinesForStep(s, doses);
      if (!lines.length) continue;
      const titleLine = step(el, s.id)!.querySelector('.step-doses');
      // A step the glance holds shows no dose phrase on its title line.
      if (ids.includes(s.id)) expect(titleLine === null, `${s.id}: no dose on its title line`).to.equal(true);
      else expect(text(titleLine), `${s.id}: its doses on its title line`).to.include(shortDose(lines[0]));
      for (const line of lines) {
        const phrase = shortDose(line);
        const count = visibleShort.filter((t) => t.includes(phrase)).length;
        expect(count, `${line.drug} written once`).to.equal(1);
        drugs++;
      }
    }
    expect(drugs, 'prednisone, methotrexate, azathioprine, mycophenolate, IVIG').to.equal(5);
    // Expanded: one dose line per drug in the whole element.
    await expandAll(el);
    for (const line of doses.lines.filter((l) => r.steps.some((s) => doseLinesForStep(s, doses).includes(l)))) {
      expect($$(el, `[data-drug="${line.drug}"]`).length, `${line.drug}: one dose line`).to.equal(1);
    }
  });
});

/** Every critical notice of the steps and their dose lines (each code once). */
function criticalNotices(el: NamPathway): Notice[] {
  if (!el.result.ok) return [];
  const all = el.result.steps.flatMap((s) => [...stepNotices(s), ...doseLinesForStep(s, el.doseResult).flatMap((l) => pathwayDoseNotices(l))]);
  return all.filter((n, i) => n.level === 'critical' && all.findIndex((m) => m.code === n.code) === i);
}

describe('<nam-pathway> steps collapsed to their title line', () => {
  it('is accessible collapsed and with every step open', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'dyspnoea', weight: '70' });
    await expect(el).to.be.accessible();
    await expandAll(el);
    await expect(el).to.be.accessible();
  });

  it("each step's button toggles aria-expanded and its body (aria-controls names the body)", async () => {
    const el = await pathway({ antibody: 'anti-srp', weight: '70' });
    const ids = stepIds(el);
    expect(ids.length).to.be.greaterThan(8);
    for (const id of ids) {
      const button = $<HTMLButtonElement>(el, `[data-toggle-step="${id}"]`)!;
      const body = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(step(el, id)!.contains(body), `${id}: the body is the step's`).to.equal(true);
      expect(button.getAttribute('aria-expanded'), `${id} starts collapsed`).to.equal('false');
      expect(body.hidden).to.equal(true);
      expect(shown(step(el, id)!.querySelector('[part="step-title"]')), `${id}: title line visible`).to.equal(true);
      button.click();
      await settle(el);
      expect(button.getAttribute('aria-expanded'), `${id} opened`).to.equal('true');
      expect(body.hidden).to.equal(false);
      expect(shown(body.querySelector('[part="step-text"]'))).to.equal(true);
      button.click();
      await settle(el);
      expect(button.getAttribute('aria-expanded'), `${id} closed again`).to.equal('false');
      expect(body.hidden).to.equal(true);
    }
  });

  it('Expand all opens every step and becomes Collapse all, which closes them; by keyboard', async () => {
    const el = await pathway({ statin: 'current', antibody: 'anti-hmgcr', weight: '70' });
    const all = $<HTMLButtonElement>(el, '[data-expand-all]')!;
    expect(text(all)).to.equal('Expand all');
    all.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const toggles = $$(el, '[data-toggle-step]');
    expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect($$(el, '.step-body').every((b) => !b.hidden)).to.equal(true);
    expect(text($(el, '[data-expand-all]'))).to.equal('Collapse all');
    expect(active(el) === $(el, '[data-expand-all]'), 'focus stays on the button').to.equal(true);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect($$(el, '.step-body').every((b) => b.hidden)).to.equal(true);
    expect(text($(el, '[data-expand-all]'))).to.equal('Expand all');
    // Opening every step one by one also makes the button "Collapse all".
    for (const t of toggles) {
      t.focus();
      await sendKeys({ press: 'Enter' });
    }
    await settle(el);
    expect(text($(el, '[data-expand-all]'))).to.equal('Collapse all');
  });

  it('a step opens and closes with Enter and Space on its title line', async () => {
    const el = await pathway();
    const toggle = $(el, '[data-toggle-step="monitoring"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(active(el) === toggle).to.equal(true);
  });

  const NOTICE_CASES: Attrs[] = [
    { weight: '70' },
    { 'checkpoint-inhibitor': true, severity: 'severe', weight: '70' },
    { 'red-flags': 'bulbar myasthenic', weight: '70', antibody: 'anti-srp', phase: 'relapse' },
    { 'checkpoint-inhibitor': true, 'red-flags': 'myocarditis' },
  ];
  for (const attrs of NOTICE_CASES) {
    it(`critical notices of steps and doses are visible on the collapsed result, each once: ${JSON.stringify(attrs)}`, async () => {
      const el = await pathway(attrs);
      const notices = criticalNotices(el);
      expect(notices.length, 'critical notices to check').to.be.greaterThan(0);
      for (const n of notices) {
        const visible = $$(el, `[part="result"] [data-code="${n.code}"]`).filter((x) => shown(x));
        expect(visible.length, `${n.code} visible once`).to.equal(1);
        expect(visible[0].getAttribute('part'), n.code).to.include('notice-critical');
        expect(text(visible[0])).to.include(n.message);
      }
      // Every step still collapsed.
      expect($$(el, '[data-step][data-open="true"]').length).to.equal(0);
    });
  }

  it('background steps say "Info"; first-line actions are marked apart from background information', async () => {
    const el = await pathway({ statin: 'never', antibody: 'seronegative' });
    const badge = (id: string) => text(step(el, id)!.querySelector('[data-indicator-label]'));
    for (const id of ['monitoring', 'physical-therapy', 'multidisciplinary-team']) expect(badge(id), id).to.include('Info');
    for (const id of ['glucocorticoid', 'steroid-sparing-agent', 'pre-treatment-checks']) expect(badge(id), id).to.not.include('Info');
  });
});
