/** Accessibility: axe in every state, labelled controls, live region, map text alternative. */
import { expect } from '@open-wc/testing';
import { $, $$, pathway, root, text } from './helpers.js';

describe('<nam-pathway> accessibility', () => {
  it('is accessible in interactive mode (defaults)', async () => {
    const el = await pathway();
    await expect(el).to.be.accessible();
  });

  it('is accessible in summary mode', async () => {
    const el = await pathway({ mode: 'summary', antibody: 'anti-srp', weight: '70' });
    await expect(el).to.be.accessible();
  });

  it('is accessible with the critical banner and mandatory withdrawal', async () => {
    const el = await pathway({
      'checkpoint-inhibitor': true,
      severity: 'life-threatening',
      'red-flags': 'dyspnoea myocarditis',
      weight: '80',
    });
    expect($(el, '[part="banner"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible in summary mode with the critical banner', async () => {
    const el = await pathway({ mode: 'summary', 'checkpoint-inhibitor': true, 'red-flags': 'bulbar' });
    expect($(el, '[part="banner"]')).to.exist;
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

  it('labels every control and groups them in fieldsets with legends', async () => {
    const el = await pathway();
    for (const input of $$<HTMLInputElement | HTMLSelectElement>(el, 'input, select')) {
      expect(input.closest('fieldset')?.querySelector('legend'), input.name).to.exist;
      const labelled = input.closest('label') ?? root(el).querySelector(`label[for="${input.id}"]`);
      expect(labelled, `${input.name} ${input.value}`).to.exist;
    }
  });

  it('puts the result in a polite live region', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    const live = $(el, '[part="result"][aria-live="polite"]');
    expect(live).to.exist;
    expect(live!.querySelector('[data-step="rituximab"]')).to.exist;
  });

  it('gives the map a text alternative describing the highlighted route', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr' });
    const svg = $(el, 'svg[role="img"]')!;
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    const words = ids.map((id) => text(root(el).getElementById(id))).join(' ');
    expect(words).to.include('Pathway map');
    expect(words).to.include('anti-HMGCR');
    expect(words).to.include('First line');
  });

  it('[hazard:H18] host-page ::part() rules cannot hide the banner, critical steps or errors', async () => {
    const style = document.createElement('style');
    style.textContent =
      'nam-pathway::part(banner), nam-pathway::part(step), nam-pathway::part(errors) { display: none !important; visibility: hidden !important; opacity: 0 !important; }';
    document.head.append(style);
    try {
      const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'bulbar' });
      const errors = await pathway({ antibody: 'x' });
      for (const node of [$(el, '[part="banner"]'), $(el, '[data-step="withdraw-checkpoint-inhibitor"]'), $(errors, '[part="errors"]')]) {
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
  });
});
