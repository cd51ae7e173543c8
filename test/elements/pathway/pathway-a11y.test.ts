/** Accessibility: axe in every state, labelled controls, live region, map text alternative. */
import { expect } from '@open-wc/testing';
import { $, $$, expandAll, openMap, openSources, pathway, root, step, text } from './helpers.js';

describe('<nam-pathway> accessibility', () => {
  it('is accessible in interactive mode (defaults)', async () => {
    const el = await pathway();
    await expect(el).to.be.accessible();
  });

  it('is accessible in summary mode', async () => {
    const el = await pathway({ mode: 'summary', antibody: 'anti-srp', weight: '70' });
    await expect(el).to.be.accessible();
  });

  it('is accessible with critical actions at a glance and the mandatory withdrawal, collapsed and expanded', async () => {
    const el = await pathway({
      'checkpoint-inhibitor': true,
      severity: 'life-threatening',
      'red-flags': 'dyspnoea myocarditis',
      weight: '80',
    });
    expect($(el, '[part="glance"]')?.dataset.critical).to.equal('true');
    expect($$(el, '[part="glance"] [data-glance="withdraw-checkpoint-inhibitor"]').length).to.equal(1);
    await expect(el).to.be.accessible();
    await expandAll(el);
    await openMap(el);
    await openSources(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in summary mode with critical actions at a glance', async () => {
    const el = await pathway({ mode: 'summary', 'checkpoint-inhibitor': true, 'red-flags': 'bulbar' });
    expect($(el, '[part="glance"]')?.dataset.critical).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is accessible with errors shown', async () => {
    const el = await pathway({ antibody: 'anti-xyz', weight: 'heavy', 'red-flags': 'fever' });
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme with the notes and About panel open', async () => {
    const el = await pathway({ theme: 'dark', antibody: 'anti-hmgcr', statin: 'current' });
    for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('labels every control and groups the choices in fieldsets with legends', async () => {
    // The weight in the confirmation tier, so the confirmation box is there too.
    const el = await pathway({ weight: '160' });
    const controls = $$<HTMLInputElement | HTMLSelectElement>(el, 'input, select');
    expect(controls.map((c) => c.name)).to.include.members(['age', 'ck-times-uln', 'weight', 'weight-unit', 'weight-confirmed']);
    for (const input of controls) {
      const labelled = input.closest('label') ?? root(el).querySelector(`label[for="${input.id}"]`);
      expect(text(labelled).length, `${input.name} ${input.value}: a label with words`).to.be.greaterThan(0);
      // Every radio and checkbox belongs to a group with a legend; the text boxes carry their own label.
      if (input.type === 'radio' || input.type === 'checkbox') {
        expect(text(input.closest('fieldset')?.querySelector('legend')).length, `${input.name}: a legend`).to.be.greaterThan(0);
      }
    }
  });

  it('puts the result in a polite live region', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    const live = $(el, '[part="result"][aria-live="polite"]');
    expect(live).to.exist;
    expect(live!.querySelector('[data-step="rituximab"]')).to.exist;
    expect(live!.querySelector('[part="glance"]')).to.exist;
  });

  it('gives the map a text alternative describing the highlighted route', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr' });
    expect($(el, 'svg[role="img"]') === null, 'the map is drawn only on request').to.equal(true);
    await openMap(el);
    const svg = $(el, 'svg[role="img"]')!;
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    const words = ids.map((id) => text(root(el).getElementById(id))).join(' ');
    expect(words).to.include('Pathway map');
    expect(words).to.include('anti-HMGCR');
    expect(words).to.include('First line');
  });

  it('[hazard:H18] host-page ::part() rules cannot hide the glance, critical steps, their notices or errors', async () => {
    const style = document.createElement('style');
    style.textContent =
      'nam-pathway::part(glance), nam-pathway::part(step), nam-pathway::part(notice-critical), nam-pathway::part(errors) { display: none !important; visibility: hidden !important; opacity: 0 !important; }';
    document.head.append(style);
    try {
      const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'bulbar' });
      const errors = await pathway({ antibody: 'x' });
      // The once-weekly methotrexate notice stays on the collapsed steroid-sparing card.
      const weekly = step(el, 'steroid-sparing-agent')!.querySelector('[data-code="methotrexate-weekly"]');
      for (const node of [$(el, '[part="glance"]'), $(el, '[data-step="withdraw-checkpoint-inhibitor"]'), weekly, $(errors, '[part="errors"]')]) {
        expect(node!.getBoundingClientRect().height, node!.getAttribute('part')!).to.be.greaterThan(0);
        expect(getComputedStyle(node!).visibility).to.equal('visible');
        expect(getComputedStyle(node!).opacity).to.equal('1');
      }
    } finally {
      style.remove();
    }
  });

  it('follows theme="dark" and theme="light"', async () => {
    const dark = await pathway({ theme: 'dark' });
    const light = await pathway({ theme: 'light' });
    expect(getComputedStyle(dark).backgroundColor).to.not.equal(getComputedStyle(light).backgroundColor);
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('declares its language', async () => {
    const el = await pathway();
    expect($(el, '.layout')!.getAttribute('lang')).to.equal('en');
  });

  it('[hazard:H27] shows the indicator as a text label, not colour alone', async () => {
    const el = await pathway({ statin: 'current', 'red-flags': 'bulbar' });
    expect(text($(el, '[data-step="urgent-assessment"] [data-indicator-label]'))).to.include('Critical');
    expect(text($(el, '[data-step="stop-statin"] [data-indicator-label]'))).to.include('Warning');
    expect(text($(el, '[data-step="monitoring"] [data-indicator-label]'))).to.include('Info');
    // The glance lines carry the same words.
    expect(text($(el, '[data-glance="urgent-assessment"] [data-indicator-label]'))).to.include('Critical');
  });

  it('says "Info" only for background steps; first-line and add-on actions of info level say "Act"', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', weight: '70' });
    const result = el.result;
    if (!result.ok) throw new Error('valid input');
    for (const s of result.steps) {
      const label = text(step(el, s.id)!.querySelector('[data-indicator-label]'));
      if (s.indicator === 'info' && (s.priority === 'consider' || s.priority === 'ongoing')) expect(label, s.id).to.include('Info');
      else expect(label, s.id).to.not.include('Info');
      if (s.indicator === 'info' && s.priority === 'first-line') expect(label, s.id).to.include('Act');
    }
    expect(result.steps.some((s) => s.indicator === 'info' && s.priority === 'first-line')).to.equal(true);
  });
});
