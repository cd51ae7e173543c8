/**
 * Print prints the widget alone (the bedside layout): on a long host page, while printing every
 * step body and the source list are rendered open and everything outside the widget is marked
 * hidden for print media; after printing nothing is left marked and what was collapsed is
 * collapsed again. The browser's own print command (beforeprint/afterprint) expands it too.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import '../../../src/elements/pathway/define.js';
import { $, $$, openStep, pathway, settle, shown } from './helpers.js';

/** A long intranet page around the widget. */
function hostPage() {
  const host = fixtureSync<HTMLDivElement>(html`<div>
    <header id="page-header" style="height: 1200px">Intranet header</header>
    <main id="page-main">
      <p id="before" style="height: 1500px">Text before the widget</p>
      <section id="holder">
        <nam-pathway statin="current" antibody="anti-hmgcr" red-flags="bulbar" weight="70"></nam-pathway>
      </section>
      <p id="after" style="height: 1500px">Text after the widget</p>
    </main>
    <footer id="page-footer">Intranet footer</footer>
  </div>`);
  const el = host.querySelector<NamPathway>('nam-pathway')!;
  const outside = ['#page-header', '#before', '#after', '#page-footer'].map((s) => host.querySelector<HTMLElement>(s)!);
  const inside = [host, host.querySelector<HTMLElement>('#page-main')!, host.querySelector<HTMLElement>('#holder')!];
  return { host, el, outside, inside };
}

const bodiesOpen = (el: NamPathway) => $$(el, '.step-body').map((b) => !b.hidden);
const sourcesOpen = (el: NamPathway) => !$(el, '#source-entries')!.hidden;

describe('<nam-pathway> print', () => {
  it('is accessible on a long host page', async () => {
    const { el } = hostPage();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('Print on a long host page: every step and the sources print open, the page around is hidden for print; then all is put back', async () => {
    const { host, el, outside, inside } = hostPage();
    await el.updateComplete;
    const steps = bodiesOpen(el).length;
    expect(steps).to.be.greaterThan(8);
    expect(bodiesOpen(el).every((o) => !o), 'collapsed on screen').to.equal(true);
    expect(sourcesOpen(el)).to.equal(false);
    const original = window.print;
    const seen = { printed: 0, marked: [] as boolean[], ancestors: [] as boolean[], open: [] as boolean[], sources: false, working: [] as boolean[] };
    window.print = () => {
      seen.printed++;
      seen.marked = outside.map((n) => n.hasAttribute('data-nam-print-hide'));
      seen.ancestors = [...inside, el].map((n) => n.hasAttribute('data-nam-print-hide'));
      seen.open = bodiesOpen(el);
      seen.sources = sourcesOpen(el);
      seen.working = $$<HTMLDetailsElement>(el, 'details.dose-working').map((d) => d.open);
    };
    try {
      $<HTMLButtonElement>(el, '[part="print-button"]')!.click();
      for (let i = 0; i < 40 && !seen.printed; i++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.printed).to.equal(1);
      expect(seen.marked, 'the page around the widget').to.deep.equal([true, true, true, true]);
      expect(seen.ancestors, 'the widget and its ancestors').to.deep.equal([false, false, false, false]);
      expect(seen.open, 'every step body open').to.deep.equal(Array(steps).fill(true));
      expect(seen.sources, 'the sources open').to.equal(true);
      expect(seen.working.length, 'dose workings').to.be.greaterThan(0);
      expect(seen.working.every(Boolean), 'every dose working open').to.equal(true);
      // As the printer sees it, before the page is put back.
      await emulateMedia({ media: 'print' });
      try {
        for (const n of outside) expect(n.checkVisibility(), n.id).to.equal(false);
        expect(el.checkVisibility()).to.equal(true);
        for (const b of $$(el, '.step-body')) expect(shown(b), b.id).to.equal(true);
        expect(shown($(el, '#source-entries'))).to.equal(true);
        expect(shown($(el, '[part="inputs-summary"]')), 'the inputs').to.equal(true);
        expect($$(el, '[part~="footer"]').some((f) => shown(f)), 'the version').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(host.querySelectorAll('[data-nam-print-hide]').length, 'nothing left marked').to.equal(0);
      expect(document.querySelectorAll('[data-nam-print-hide]').length).to.equal(0);
      expect(bodiesOpen(el).every((o) => !o), 'collapsed again').to.equal(true);
      expect(sourcesOpen(el)).to.equal(false);
    } finally {
      window.print = original;
    }
  });

  it("the browser's own print command renders every step open and restores the collapsed view after", async () => {
    const el = await pathway({ 'red-flags': 'myocarditis', weight: '70' });
    await openStep(el, 'monitoring');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(bodiesOpen(el).every(Boolean), 'every step open while printing').to.equal(true);
    expect(sourcesOpen(el)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    // What the user had opened stays open; the rest is collapsed again.
    const open = $$(el, '[data-step]').filter((s) => s.dataset.open === 'true').map((s) => s.dataset.step);
    expect(open).to.deep.equal(['monitoring']);
    expect(sourcesOpen(el)).to.equal(false);
  });
});
