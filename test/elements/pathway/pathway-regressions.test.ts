/** Regression tests, each named after the bug it guards against. */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { calculateDoses, evaluatePathway } from '../../../src/core/index.js';
import { pathwayDoseNotices } from '../../../src/core/pathway-doses.js';
import { DRUG_RULES } from '../../../src/content/drug-rules.js';
import { ANTIBODIES, PHASES, SEVERITIES } from '../../../src/content/inputs.js';
import { mapModel } from '../../../src/elements/pathway/map-model.js';
import { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { pathwayNoteText } from '../../../src/elements/pathway/note-text.js';
import '../../../src/elements/dose-calculator/define.js';
import { $, $$, control, expandAll, openMap, openStep, pathway, root, settle, shown, step, stepIds, text, type Attrs } from './helpers.js';

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

/** The accessible description of a control: the text of the ids in aria-describedby. */
const description = (el: HTMLElement, input: Element) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root(el).getElementById(id)))
    .join(' ');

/** The map node's drawn label and its text alternative. */
const nodeWords = (el: HTMLElement, id: string) => {
  const g = $(el, `svg [data-node="${id}"]`)!;
  return `${text(g.querySelector('title'))} | ${[...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')}`;
};
const activeNodes = (el: HTMLElement) => $$(el, 'svg [data-node][data-active="true"]').map((n) => n.dataset.node as string);
const currentNode = (el: HTMLElement) => $$(el, 'svg [data-node][data-current="true"]').map((n) => n.dataset.node);
const activeEdges = (el: HTMLElement) => $$(el, 'svg [data-edge][data-active="true"]').map((n) => n.dataset.edge as string);

describe('<nam-pathway> regression: a critical banner inserted above the form pushed the controls down', () => {
  it('[hazard:H13] the critical actions lead the result at a glance, below the form, at 1280 px and 390 px', async () => {
    for (const width of [1280, 390]) {
      const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'myocarditis' });
      el.style.width = `${width}px`;
      await el.updateComplete;
      const glance = $(el, '[part="glance"]')!;
      const form = $(el, 'form')!;
      expect(form.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING, `${width}: after the form`).to.not.equal(0);
      expect(glance.getBoundingClientRect().top, `${width}: below the form`).to.be.at.least(form.getBoundingClientRect().bottom);
      // Nothing of the result before it but the line saying what it is for.
      const before = [...$(el, '[part="result"]')!.children].filter(
        (c) => c.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      expect(before.map((c) => c.getAttribute('part') ?? c.className), `${width}`).to.deep.equal(['inputs-summary', 'notices']);
      // The mandatory withdrawal and a link to every critical step.
      expect(text(glance)).to.include('withdrawal is mandatory');
      for (const id of ['withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'urgent-assessment']) {
        expect(glance.querySelectorAll(`a[data-goto-step="${id}"]`).length, `${width}: ${id}`).to.equal(1);
      }
    }
  });

  it('choosing a red flag in the form inserts nothing above the form; the glance is in the polite live result region', async () => {
    const el = await pathway();
    const form = $(el, 'form')!;
    const top = form.getBoundingClientRect().top;
    const box = control(el, 'red-flags', 'dyspnoea');
    const boxTop = box.getBoundingClientRect().top;
    box.click();
    await settle(el);
    expect(form.getBoundingClientRect().top).to.equal(top);
    expect(box.getBoundingClientRect().top).to.equal(boxTop);
    const region = $(el, '[part="result"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const glance = $(el, '[part="glance"]')!;
    expect(region.contains(glance)).to.equal(true);
    expect(glance.dataset.critical).to.equal('true');
    expect(glance.querySelectorAll('[data-glance="urgent-assessment"]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});

describe('<nam-pathway> regression: empty attribute values were silently replaced by defaults', () => {
  interface EmptyCase {
    attrs: Attrs;
    attribute: string;
    names: string[];
    control?: string;
    keepsSteps?: boolean;
  }
  const CASES: EmptyCase[] = [
    { attrs: { antibody: '' }, attribute: 'antibody', names: ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'], control: 'antibody' },
    { attrs: { statin: '' }, attribute: 'statin', names: ['current', 'past', 'never', 'unknown'], control: 'statin' },
    { attrs: { severity: '' }, attribute: 'severity', names: ['mild', 'moderate', 'severe', 'life-threatening'], control: 'severity' },
    { attrs: { phase: '' }, attribute: 'phase', names: ['new', 'inadequate-response', 'relapse'], control: 'phase' },
    { attrs: { phase: '   ' }, attribute: 'phase', names: ['new', 'inadequate-response', 'relapse'], control: 'phase' },
    { attrs: { weight: '' }, attribute: 'weight', names: ['20', '350'], control: 'weight', keepsSteps: true },
    { attrs: { weight: '70', 'weight-unit': '' }, attribute: 'weight-unit', names: ['kg', 'lb'], control: 'weight-unit', keepsSteps: true },
    { attrs: { 'weight-unit': '' }, attribute: 'weight-unit', names: ['kg', 'lb'], control: 'weight-unit', keepsSteps: true },
    { attrs: { mode: '' }, attribute: 'mode', names: ['interactive', 'summary'], keepsSteps: true },
    { attrs: { theme: '' }, attribute: 'theme', names: ['light', 'dark'], keepsSteps: true },
  ];
  for (const c of CASES) {
    const label = Object.entries(c.attrs)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    it(`[hazard:H19] ${label} is a visible error naming ${c.attribute} and its allowed values, not the default`, async () => {
      const el = await pathway(c.attrs);
      const alert = $(el, '[role="alert"]');
      expect(alert, 'form-level alert').to.exist;
      const message = text(alert!.querySelector(`[data-error-for="${c.attribute}"]`));
      expect(message).to.include(`${c.attribute}=""`);
      for (const n of c.names) expect(message).to.include(n);
      if (c.control) {
        const inputs = $$(el, `[name="${c.control}"]`);
        expect(inputs.length).to.be.greaterThan(0);
        for (const input of inputs) {
          expect(input.getAttribute('aria-invalid'), c.control).to.equal('true');
          expect(description(el, input)).to.include(c.attribute);
        }
      }
      if (c.keepsSteps) expect(stepIds(el).length).to.be.greaterThan(0);
      else expect(stepIds(el), 'no steps from invalid input').to.deep.equal([]);
      expect($(el, '[data-drug]') === null, 'no dose from invalid input').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('red-flags="" still means no red flags, and checkpoint-inhibitor="" still means true', async () => {
    const el = await pathway({ 'red-flags': '', 'checkpoint-inhibitor': '' });
    expect($(el, '[role="alert"]') === null).to.equal(true);
    expect(el.result.ok && el.result.input.redFlags).to.deep.equal([]);
    expect(el.result.ok && el.result.input.checkpointInhibitor).to.equal(true);
  });

  it('a removed attribute means the default again', async () => {
    const el = await pathway({ antibody: '', weight: '' });
    expect(stepIds(el)).to.deep.equal([]);
    el.removeAttribute('antibody');
    el.removeAttribute('weight');
    await el.updateComplete;
    expect($(el, '[role="alert"]') === null).to.equal(true);
    expect(el.result.ok && el.result.input.antibody).to.equal('pending');
  });

  it('emptying the weight field in the form means no weight, not an error', async () => {
    const el = await pathway({ weight: '70' });
    const weight = control(el, 'weight');
    weight.value = '';
    weight.dispatchEvent(new Event('input'));
    weight.dispatchEvent(new Event('change'));
    await settle(el);
    expect($(el, '[role="alert"]') === null).to.equal(true);
    expect(weight.hasAttribute('aria-invalid')).to.equal(false);
    expect($(el, '[data-drug]') === null).to.equal(true);
  });
});

describe('<nam-pathway> regression: the map contradicted the step list', () => {
  for (const severity of ['moderate', 'severe']) {
    it(`checkpoint inhibitor, ${severity}: the first-line node does not claim a steroid-sparing agent from the start`, async () => {
      const el = await pathway({ 'checkpoint-inhibitor': true, severity });
      await openMap(el);
      const ssa = step(el, 'steroid-sparing-agent')!;
      expect(ssa.dataset.priority).to.equal('consider');
      expect(activeNodes(el)).to.include('first-line-pending');
      const words = nodeWords(el, 'first-line-pending');
      expect(words).to.not.include('with a steroid-sparing agent');
      expect(words).to.not.include('Steroid +');
      expect(words).to.include('later');
      const desc = text($(el, '#map-desc'));
      expect(desc).to.not.include('a glucocorticoid with a steroid-sparing agent');
      expect(desc).to.include('a steroid-sparing agent to consider later');
    });
  }

  it('checkpoint inhibitor, grade 1: no glucocorticoid step, and no first-line node lit to claim one', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, severity: 'mild' });
    await openMap(el);
    expect(stepIds(el)).to.include('ici-grade-1');
    expect(stepIds(el)).to.not.include('glucocorticoid');
    expect(activeNodes(el).filter((n) => n.startsWith('first-line-'))).to.deep.equal([]);
    expect(text($(el, '#map-desc'))).to.not.include('First line');
  });

  it('without a checkpoint inhibitor the first-line node names the combination the step list gives', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    await openMap(el);
    expect(step(el, 'steroid-sparing-agent')!.dataset.priority).to.equal('first-line');
    expect(nodeWords(el, 'first-line-anti-srp')).to.include('with a steroid-sparing agent');
  });

  const ESCALATION_STEP: Record<string, string> = {
    'anti-hmgcr': 'rituximab',
    'anti-srp': 'rituximab',
    seronegative: 'expert-referral',
    pending: 'expert-referral',
  };
  for (const antibody of ANTIBODIES) {
    for (const phase of ['relapse', 'inadequate-response']) {
      it(`${antibody}, phase ${phase}: the route ends at the escalation, where the patient is now`, async () => {
        const el = await pathway({ antibody, phase });
        await openMap(el);
        // Content 2.0: the glucocorticoid is increased again and the steroid-sparing agent checked
        // (first-line re-escalation rows), then the escalation step of the subgroup.
        expect(step(el, 'glucocorticoid')?.dataset.priority).to.equal('first-line');
        expect(step(el, 'steroid-sparing-agent')?.dataset.priority).to.equal('first-line');
        expect(stepIds(el)).to.include(ESCALATION_STEP[antibody]);
        expect(activeNodes(el)).to.include(`escalation-${antibody}`);
        expect(currentNode(el)).to.deep.equal([`escalation-${antibody}`]);
        expect(activeEdges(el)).to.include(`first-line-${antibody}>escalation-${antibody}`);
        const desc = text($(el, '#map-desc'));
        expect(desc).to.include('Escalation');
        expect(desc).to.include('increase the glucocorticoid again');
      });
    }
  }

  it('for every input, a highlighted node agrees with the steps the core returned', () => {
    for (const antibody of ANTIBODIES)
      for (const checkpointInhibitor of [false, true])
        for (const severity of SEVERITIES)
          for (const phase of PHASES)
            for (const ck of [undefined, 2, 5]) {
              const result = evaluatePathway({ antibody, checkpointInhibitor, severity, phase, ...(ck !== undefined && { ckTimesUln: ck }) });
              if (!result.ok) throw new Error('valid input');
              const ids = result.steps.map((s) => s.id);
              const rules = result.steps.flatMap((s) => s.rules);
              const ssa = result.steps.find((s) => s.id === 'steroid-sparing-agent');
              const model = mapModel(result);
              const label = `${antibody} ${checkpointInhibitor} ${severity} ${phase} ck=${ck}`;
              for (const n of model.nodes.filter((x) => x.active)) {
                if (n.stage === 'first-line') {
                  expect(ids, label).to.include('glucocorticoid');
                  if (n.text.includes('with a steroid-sparing agent')) expect(ssa?.priority, label).to.equal('first-line');
                  // A first-line box claims no treatment the steps do not hold.
                  if (/IVIG/.test(n.text)) expect(ids, `${label}: ${n.text}`).to.include('ivig');
                  if (/rituximab/.test(n.text)) expect(ids, `${label}: ${n.text}`).to.include('rituximab');
                  // …and no glucocorticoid where the step says none is indicated yet (grade 2, CK below 3 × ULN).
                  if (rules.includes('glucocorticoid/ici-ck-below-3')) expect(n.text, label).to.match(/^CK below 3 × ULN: no glucocorticoid yet/);
                  else expect(n.text, label).to.match(/^a glucocorticoid/);
                }
              }
              if (ssa?.priority !== 'first-line') expect(model.description, label).to.not.include('with a steroid-sparing agent');
              if (!ids.includes('glucocorticoid')) expect(model.description, label).to.not.include('First line');
            }
  });

  it('checkpoint inhibitor, grade 2 with CK below 3 × ULN: the first-line box says no glucocorticoid yet, as the step does', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'ck-times-uln': '2' });
    await openMap(el);
    expect(nodeWords(el, 'first-line-pending')).to.include('no glucocorticoid yet');
    expect(text(step(el, 'glucocorticoid')!.querySelector('[part="step-text"]'))).to.match(/recheck/i);
  });
});

describe('<nam-pathway> regression: the methotrexate once-weekly warning was missing from the pathway', () => {
  const weekly = DRUG_RULES.methotrexate.notices.find((n) => n.code === 'methotrexate-weekly')!;

  const CASES: [string, Attrs][] = [
    ['no checkpoint inhibitor', {}],
    ['checkpoint inhibitor', { 'checkpoint-inhibitor': true }],
  ];
  for (const [name, attrs] of CASES) {
    it(`[hazard:H05] shows the critical once-weekly notice for the steroid-sparing-agent step without a weight, once, without opening anything (${name})`, async () => {
      const el = await pathway(attrs);
      // Collapsed: the notice is on the step's glance line when the glance holds the step, else on
      // its collapsed card; visible either way, and said once.
      const visible = $$(el, '[data-code="methotrexate-weekly"]').filter((n) => shown(n));
      expect(visible.length, 'visible once').to.equal(1);
      const notice = visible[0];
      const holder = notice.closest('[data-glance], [data-step]') as HTMLElement;
      expect(holder.dataset.glance ?? holder.dataset.step).to.equal('steroid-sparing-agent');
      expect(notice.getAttribute('part')).to.include('notice-critical');
      expect(text(notice)).to.include(weekly.message);
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      // Opened, the step says it too.
      const ssa = await openStep(el, 'steroid-sparing-agent');
      expect([...ssa.querySelectorAll('[data-code="methotrexate-weekly"]')].filter((n) => shown(n)).length, 'open step').to.equal(1);
    });
  }

  it('[hazard:H05] [hazard:H28] "Copy as note" carries the once-weekly notice under the steroid-sparing-agent step, without a weight', () => {
    const el = new NamPathway();
    const note = pathwayNoteText(el.result, undefined);
    const lines = note.split('\n');
    const at = lines.findIndex((l) => l.includes('Add a steroid-sparing agent from the start'));
    expect(at).to.be.greaterThan(-1);
    expect(lines[at + 1]).to.equal(`  CRITICAL: ${weekly.message}`);
  });

  it('[hazard:H05] [hazard:H06] [hazard:H20] with a weight, shows the methotrexate, azathioprine and mycophenolate lines (with the TPMT warning) and the weekly notice once', async () => {
    const el = await pathway({ weight: '70' });
    const ssa = step(el, 'steroid-sparing-agent')!;
    const doses = calculateDoses({ weight: 70 });
    if (!doses.ok) throw new Error('valid weight');
    for (const drug of ['methotrexate', 'azathioprine', 'mycophenolate']) {
      const line = doses.lines.find((l) => l.drug === drug)!;
      expect(text(ssa.querySelector(`[data-drug="${drug}"] .dose-text`)), drug).to.equal(line.summary);
    }
    expect(ssa.querySelector('[data-drug="azathioprine"] [data-code="azathioprine-tpmt-unknown"]')).to.exist;
    const visibleNotices = (code: string) => [...ssa.querySelectorAll(`[data-code="${code}"]`)].filter((n) => shown(n)).length;
    const visibleInElement = (code: string) => $$(el, `[data-code="${code}"]`).filter((n) => shown(n));
    // Collapsed: the critical notices are visible once each, on the step's glance line (the glance
    // holds this first-line step), not repeated on its card.
    for (const code of ['methotrexate-weekly', 'azathioprine-tpmt-unknown']) {
      const visible = visibleInElement(code);
      expect(visible.length, `collapsed: ${code}`).to.equal(1);
      expect((visible[0].closest('[data-glance]') as HTMLElement | null)?.dataset.glance, code).to.equal('steroid-sparing-agent');
      expect(visibleNotices(code), `collapsed card: ${code}`).to.equal(0);
    }
    await openStep(el, 'steroid-sparing-agent');
    expect(visibleNotices('methotrexate-weekly'), 'open').to.equal(1);
    expect(visibleNotices('azathioprine-tpmt-unknown'), 'open').to.equal(1);
    // The working stays one click away.
    for (const d of ssa.querySelectorAll<HTMLDetailsElement>('details.dose-working')) expect(d.open).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<nam-pathway> regression: in relapse the IVIG and rituximab steps had no check before the infusion', () => {
  /** How often the words occur in a text. */
  const count = (haystack: string, needle: RegExp) => (haystack.match(needle) ?? []).length;

  for (const phase of ['relapse', 'inadequate-response']) {
    it(`[hazard:H09] [hazard:H11] [rule:ivig/escalation] [rule:rituximab/refractory] ${phase}, anti-SRP, no weight: the IVIG step says the renal, hydration and thrombosis checks, the rituximab step hepatitis B screening`, async () => {
      const el = await pathway({ antibody: 'anti-srp', phase });
      // Content 2.0: the checks before each new immunosuppressant in every phase too.
      expect(step(el, 'pre-treatment-checks')?.dataset.priority).to.equal('first-line');
      // content-spec §3: the IVIG checks in every phase; every rituximab row's own text asks for HBsAg and anti-HBc.
      const ivig = text((await openStep(el, 'ivig')).querySelector('[part="step-text"]'));
      expect(ivig).to.match(/renal function/i);
      expect(ivig).to.match(/hydration/i);
      expect(ivig).to.match(/thrombosis/i);
      const rtx = text((await openStep(el, 'rituximab')).querySelector('[part="step-text"]'));
      expect(rtx).to.include('HBsAg');
      expect(rtx).to.include('anti-HBc');
      expect(rtx).to.match(/hepatology/i);
    });
  }

  it('[hazard:H09] [hazard:H11] with a weight, each check is said once in its step: in its text, not again beside the dose', async () => {
    const el = await pathway({ antibody: 'anti-srp', phase: 'relapse', weight: '70' });
    await expandAll(el);
    const ivig = step(el, 'ivig')!;
    const rtx = step(el, 'rituximab')!;
    expect(ivig.querySelector('[data-drug="ivig"]')).to.exist;
    expect(rtx.querySelector('[data-drug="rituximab"]')).to.exist;
    expect(count(text(ivig), /thrombosis/gi), 'IVIG step').to.equal(1);
    expect(count(text(rtx), /HBsAg/g), 'rituximab step').to.equal(1);
    await expect(el).to.be.accessible();
  });
});

describe('<nam-pathway> regression: two landmarks named "Sources" with both widgets on one page', () => {
  it('names the pathway source list "Pathway sources", distinct from the dose calculator', async () => {
    const page = await fixture<HTMLElement>(
      '<div><nam-pathway weight="70"></nam-pathway><nam-dose-calculator weight="70"></nam-dose-calculator></div>',
    );
    const [pw, calc] = [...page.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await pw.updateComplete;
    await calc.updateComplete;
    const name = (host: HTMLElement, region: Element) => {
      const by = region.getAttribute('aria-labelledby');
      return by ? by.split(' ').map((id) => text(host.shadowRoot!.getElementById(id))).join(' ') : region.getAttribute('aria-label') ?? '';
    };
    const regions = (host: HTMLElement) =>
      [...host.shadowRoot!.querySelectorAll('section[aria-labelledby], section[aria-label], form[aria-label]')].map((r) => name(host, r));
    const sources = pw.shadowRoot!.querySelector('[part="sources"]')!;
    // The heading is the list's disclosure button, with the number of sources.
    expect(name(pw, sources)).to.match(/^Pathway sources \(\d+\)$/);
    const theirs = new Set(regions(calc));
    for (const mine of regions(pw)) expect(theirs.has(mine), mine).to.equal(false);
  });
});

describe('<nam-pathway> regression: summary mode pointed to a weight field it does not show', () => {
  it('names the attribute instead', async () => {
    const el = await pathway({ mode: 'summary', weight: 'heavy' });
    const missing = text($(el, '[data-step="glucocorticoid"] .dose-missing'));
    expect(missing).to.include('weight');
    expect(missing).to.include('attribute');
    expect(missing).to.not.include('field');
    const interactive = await pathway({ weight: 'heavy' });
    expect(text($(interactive, '[data-step="glucocorticoid"] .dose-missing'))).to.include('weight field');
  });
});

describe('<nam-pathway> regression: mode was reflected onto the tag', () => {
  it('never writes a mode attribute the page did not set', async () => {
    const el = await pathway();
    expect(el.hasAttribute('mode')).to.equal(false);
    el.mode = 'summary';
    await el.updateComplete;
    expect(el.hasAttribute('mode')).to.equal(false);
    expect($(el, 'form') === null).to.equal(true);
    const summary = await pathway({ mode: 'summary' });
    expect(summary.getAttribute('mode')).to.equal('summary');
    expect(summary.outerHTML).to.equal('<nam-pathway mode="summary"></nam-pathway>');
  });
});

describe('<nam-pathway> regression: the institution review warning was only in the footer', () => {
  it('[hazard:H14] an overdue review shows a warning at the top', async () => {
    const el = await pathway();
    el.config = { reviewedBy: 'X', reviewedOn: '2026-01-01', reviewDue: '2026-02-01' };
    await el.updateComplete;
    const alert = $(el, '[part="review-alert"]')!;
    expect(alert).to.exist;
    expect(text(alert)).to.include('Overdue');
    expect(alert.getBoundingClientRect().top).to.be.lessThan($(el, 'form')!.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });

  it('[hazard:H14] a review of another content version shows the outdated wording', async () => {
    const el = await pathway();
    el.config = { reviewedBy: 'X', contentVersion: '0.9.0' };
    await el.updateComplete;
    expect(text($(el, '[part="review-alert"]'))).to.include('reviewed earlier content');
  });

  it('a current review shows none', async () => {
    const el = await pathway();
    el.config = { reviewedBy: 'X', reviewedOn: '2026-01-01', reviewDue: '2099-01-01' };
    await el.updateComplete;
    expect($(el, '[part="review-alert"]') === null).to.equal(true);
    expect(text($(el, '[part="footer"]'))).to.include('Reviewed by X');
  });
});

describe('<nam-pathway> regression: 70–80 Tab presses to get through the pathway', () => {
  it('"Skip to the result" comes before the form, shows when focused and moves focus to the glance', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    const skip = $(el, 'a[data-skip]')!;
    expect(skip).to.exist;
    expect(skip.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const target = active(el);
    expect(target !== null && $(el, '[part="glance"]')!.contains(target), 'focus in the glance').to.equal(true);
  });

  it('from the glance, one Tab per glance line, "Expand all", one per step and the map button lead to the copy button', async () => {
    const el = await pathway({ antibody: 'anti-srp', 'red-flags': 'bulbar' });
    $(el, 'a[data-skip]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const glanceLinks = $$(el, '[part="glance"] a[data-goto-step]').length;
    const steps = $$(el, '[data-toggle-step]').length;
    const expected = glanceLinks + 1 + steps + 1;
    const seen: string[] = [];
    for (let i = 0; i < expected + 5 && active(el)?.getAttribute('part') !== 'copy-button'; i++) {
      await sendKeys({ press: 'Tab' });
      const a = active(el);
      seen.push(a?.dataset.gotoStep ?? a?.dataset.toggleStep ?? (a?.hasAttribute('data-expand-all') ? 'expand-all' : a?.hasAttribute('data-toggle-map') ? 'map' : a?.getAttribute('part') ?? a?.localName ?? 'none'));
    }
    expect(seen.length, seen.join(' ')).to.equal(expected + 1);
    expect(seen[glanceLinks]).to.equal('expand-all');
    expect(seen[expected - 1]).to.equal('map');
    expect(seen[expected]).to.equal('copy-button');
    // Citation marks are still links in the tab order once their step is open.
    await openStep(el, 'rituximab');
    const mark = $<HTMLAnchorElement>(el, '[data-step="rituximab"] a[data-cite]')!;
    expect(mark.tabIndex).to.equal(0);
    expect(shown(mark)).to.equal(true);
    expect(mark.getAttribute('href')).to.match(/^#source-/);
  });
});

describe('<nam-pathway> regression: the critical banner said "mandatory" twice on one line', () => {
  const count = (node: Element | null) => (text(node).match(/mandatory/gi) ?? []).length;

  it('the withdrawal line at a glance and the step\'s title line each say "mandatory" once; the badge stays', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'myocarditis' });
    const items = $$(el, '[part="glance"] [data-glance]');
    expect(items.length).to.be.greaterThan(1);
    for (const li of items) expect(count(li), text(li)).to.be.at.most(1);
    const withdraw = items.find((li) => li.dataset.glance === 'withdraw-checkpoint-inhibitor')!;
    expect(count(withdraw), text(withdraw)).to.equal(1);
    // The step itself: its Mandatory badge in words, and "mandatory" once on its title.
    const card = step(el, 'withdraw-checkpoint-inhibitor')!;
    expect(text(card.querySelector('.badge-mandatory'))).to.equal('Mandatory');
    expect(count(card.querySelector('[part="step-title"]')), 'title').to.equal(1);
  });
});

describe('<nam-pathway> regression: the map left the cardiac assessment unlit without a checkpoint inhibitor', () => {
  it('myocarditis, no checkpoint inhibitor: the box naming the cardiac assessment is lit and claims no checkpoint inhibitor', async () => {
    const el = await pathway({ 'red-flags': 'myocarditis' });
    await openMap(el);
    const cardiac = step(el, 'cardiac-assessment')!;
    expect(cardiac).to.exist;
    expect(stepIds(el)).to.not.include('withdraw-checkpoint-inhibitor');
    expect(activeNodes(el)).to.include('ici');
    const title = text(cardiac.querySelector('.step-title'));
    // Drawing and text alternative say the same: the step the core returned, nothing more.
    const words = nodeWords(el, 'ici');
    expect(words).to.equal(`${title} | ${title}`);
    expect(words.toLowerCase()).to.not.include('checkpoint');
    const desc = text($(el, '#map-desc'));
    expect(desc).to.include(title);
    expect(desc.toLowerCase()).to.not.include('checkpoint');
  });

  it('with a checkpoint inhibitor the box keeps its own wording', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'myocarditis' });
    await openMap(el);
    expect(activeNodes(el)).to.include('ici');
    expect(nodeWords(el, 'ici')).to.include('Checkpoint inhibitor; cardiac assessment');
  });

  it('for every input, every returned step a box stands for lights that box', () => {
    for (const antibody of ANTIBODIES)
      for (const checkpointInhibitor of [false, true])
        for (const severity of SEVERITIES)
          for (const redFlags of [[], ['myocarditis'], ['rhabdomyolysis'], ['dyspnoea', 'myocarditis']])
            for (const phase of PHASES) {
              const result = evaluatePathway({ antibody, checkpointInhibitor, severity, redFlags, phase });
              if (!result.ok) throw new Error('valid input');
              const ids = result.steps.map((s) => s.id);
              const lit = new Set(mapModel(result).nodes.filter((n) => n.active).map((n) => n.id));
              const label = `${antibody} ${checkpointInhibitor} ${severity} ${redFlags.join(',')} ${phase}`;
              if (ids.includes('cardiac-assessment')) expect(lit.has('ici'), label).to.equal(true);
              if (ids.includes('withdraw-checkpoint-inhibitor')) expect(lit.has('ici'), label).to.equal(true);
              if (ids.includes('urgent-assessment')) expect(lit.has('urgent'), label).to.equal(true);
              if (ids.includes('methylprednisolone-pulse')) expect(lit.has('severe'), label).to.equal(true);
              if (ids.includes('ici-rescue')) expect(lit.has('ici-rescue'), label).to.equal(true);
              if (ids.includes('stop-statin') || ids.includes('avoid-statin-rechallenge')) expect(lit.has('statin'), label).to.equal(true);
              // A lit checkpoint-inhibitor box claims a checkpoint inhibitor only when one is involved.
              const ici = mapModel(result).nodes.find((n) => n.id === 'ici')!;
              if (!checkpointInhibitor && ici.active) expect(ici.text.toLowerCase(), label).to.not.include('checkpoint');
            }
  });
});

describe('<nam-pathway> regression: a weight typed in the form was reported in attribute syntax', () => {
  it('a typed weight is named with the field\'s label; an attribute value, with the attribute', async () => {
    const el = await pathway();
    const weight = control(el, 'weight');
    weight.focus();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const alertItem = () => text($(el, '[part="errors"] [data-error-for="weight"]'));
    const fieldMessage = () => text($(el, '#error-weight'));
    for (const message of [alertItem(), fieldMessage()]) {
      expect(message).to.match(/^Weight: "1" is not accepted\. Weight must be a number from 20 to 350 kg/);
      expect(message).to.not.include('weight=');
    }
    expect(description(el, weight)).to.include('Weight: "1" is not accepted.');
    // The page sets the attribute: its value is named with the attribute again.
    el.setAttribute('weight', '2');
    await settle(el);
    expect(alertItem()).to.match(/^weight="2" is not accepted\. weight must be a number from 20 to 350 kg/);
    expect(fieldMessage()).to.match(/^weight="2" is not accepted\./);
  });
});

describe('<nam-pathway> regression: the copied note repeated the methotrexate once-weekly warning', () => {
  it('with a weight, every notice of the steps and dose lines is in the note exactly once', async () => {
    const el = await pathway({ weight: '70', antibody: 'anti-srp', severity: 'severe' });
    const doses = el.doseResult;
    if (!doses?.ok) throw new Error('valid weight');
    const note = pathwayNoteText(el.result, undefined, doses);
    const count = (s: string) => note.split(s).length - 1;
    const weekly = DRUG_RULES.methotrexate.notices.find((n) => n.code === 'methotrexate-weekly')!;
    expect(count(weekly.message)).to.equal(1);
    // It stays under the steroid-sparing-agent step, as on screen.
    const lines = note.split('\n');
    const at = lines.findIndex((l) => l.includes('Add a steroid-sparing agent from the start'));
    expect(lines[at + 1]).to.equal(`  CRITICAL: ${weekly.message}`);
    // No notice lost: each notice the pathway shows with the dose lines on screen is there once.
    await expandAll(el);
    const onScreen = $$(el, '[data-drug] .notice').filter((n) => shown(n)).map((n) => n.dataset.code!);
    const drawn = new Set($$(el, '[data-drug]').map((d) => d.dataset.drug));
    const notices = doses.lines.filter((l) => drawn.has(l.drug)).flatMap((l) => pathwayDoseNotices(l)).filter((n) => n.code !== weekly.code);
    expect(notices.length).to.be.greaterThan(0);
    expect([...new Set(onScreen)].sort()).to.deep.equal([...new Set(notices.map((n) => n.code))].sort());
    for (const n of notices) expect(count(`${n.level.toUpperCase()}: ${n.message}`), n.code).to.be.at.least(1);
    for (const n of new Set(notices.map((x) => x.message))) expect(count(n), n).to.equal(1);
  });
});

describe('<nam-pathway> regression: the pathway had no note property, unlike the dose calculator', () => {
  /** Presses "Copy as note" with a clipboard that records the text. */
  async function copied(el: NamPathway): Promise<string> {
    let text = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => ((text = t), Promise.resolve()) },
    });
    try {
      $(el, '[part="copy-button"]')!.click();
      for (let i = 0; i < 20 && !text; i++) await new Promise((r) => setTimeout(r, 25));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    return text;
  }

  it('note is the text "Copy as note" copies, doses included, and follows the inputs', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', statin: 'current', weight: '70' });
    const note = el.note;
    expect(note).to.include('Stop the statin now');
    expect(note).to.include('140 g per course');
    expect(await copied(el)).to.equal(note);
    expect(note).to.equal(pathwayNoteText(el.result, undefined, el.doseResult as never));
    el.antibody = 'anti-srp';
    // Read before the update renders: the note is already the new one.
    expect(el.note).to.not.equal(note);
    expect(el.note).to.equal(pathwayNoteText(el.result, undefined, el.doseResult as never));
  });

  it('note is empty while the input is invalid, and is read-only', async () => {
    const el = await pathway({ antibody: 'nope' });
    expect(el.note).to.equal('');
    const descriptor = Object.getOwnPropertyDescriptor(NamPathway.prototype, 'note')!;
    expect(descriptor.get).to.be.a('function');
    expect(descriptor.set).to.equal(undefined);
  });
});
