// The built bundle on unusual platforms: a page without Intl whose number formatting is forced
// into another locale (doses still read "1,000 mg"), a browser without constructable style
// sheets under a strict CSP (a clear sentence instead of an unstyled clinical widget), and a
// configuration child still arriving from a slow network (no published defaults shown as final).
import { expect } from '@open-wc/testing';
import { REVIEW_WORDING } from '../../src/content/about.js';
import { UI } from '../../src/elements/shared/strings.js';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames, sleep } from './helpers.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element | null | undefined, selector: string) => norm(el?.shadowRoot?.querySelector(selector)?.textContent);

describe('host platforms (built bundle)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('[hazard:H17] no Intl and a forced locale: doses read "1,000 mg" and dates "Tue 1 Dec 2026"', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/test/e2e/pages/no-intl.csp.html');
    await elementsReady(win);
    const record = await probeStop();
    expect((win as unknown as { Intl?: unknown }).Intl, 'the page has no Intl').to.equal(undefined);
    expect((win as unknown as { Number: NumberConstructor }).Number.prototype.toLocaleString.call(1000), 'the forced locale').to.equal('1000 (de)');
    expect([...record.errors, ...win.__probe!.errors]).to.deep.equal([]);
    const calculator = doc.querySelector('nam-dose-calculator');
    const pathway = doc.querySelector('nam-pathway');
    expect(text(calculator, '[data-drug="methylprednisolone"] [part~="dose"]')).to.include('500–1,000 mg');
    expect(text(calculator, '[data-drug="rituximab"] [part~="dose"]')).to.include('1,000 mg');
    expect(text(calculator, '[data-drug="rituximab"]')).to.include('Tue 1 Dec 2026');
    expect(text(pathway, '[data-drug="methylprednisolone"]')).to.include('500–1,000 mg');
    expect(norm(calculator!.shadowRoot!.textContent)).not.to.match(/\(de\)|31\.12\.1999/);
    expect(norm(pathway!.shadowRoot!.textContent)).not.to.match(/\(de\)|31\.12\.1999/);
  });

  it('no constructable style sheets and a CSP that blocks <style>: a plain sentence instead of an unstyled widget, and one console error', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/test/e2e/pages/no-adopted-stylesheets.csp.html');
    await elementsReady(win);
    await sleep(250);
    const record = await probeStop();
    expect('adoptedStyleSheets' in (win as unknown as { Document: typeof Document }).Document.prototype).to.equal(false);
    expect([...record.errors, ...win.__probe!.errors]).to.deep.equal([]);
    for (const el of doc.querySelectorAll('nam-pathway, nam-dose-calculator')) {
      // What the shadow root shows: its text outside the (blocked) <style> elements Lit added.
      const shown = [...el.shadowRoot!.childNodes].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join('');
      expect(norm(shown), el.localName).to.equal(UI.unstyled);
      expect(el.shadowRoot!.querySelector('[data-drug], [data-step]') === null).to.equal(true);
    }
    const ours = record.console.filter((m) => m.type === 'error' && m.text.includes('nam-cds'));
    expect(ours, JSON.stringify(record.console)).to.have.length(1);
  });

  it('[hazard:H15] a configuration child still arriving: a neutral "loading" state, never the published defaults, then the local settings', async () => {
    const id = `s${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '1200';
    const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    frame.src = `/test/e2e/stream/config-child.html?id=${id}`;
    document.body.append(frame);
    // The page stops inside the JSON child: wait for the element to render meanwhile.
    let el: Element | null = null;
    for (let i = 0; i < 200 && !el?.shadowRoot?.querySelector('.config-loading'); i++) {
      await sleep(25);
      el = frame.contentDocument?.querySelector('nam-dose-calculator') ?? null;
    }
    expect(frame.contentDocument!.readyState, 'the page is still arriving').to.equal('loading');
    expect(text(el, '.config-loading')).to.equal(UI.configLoading);
    const shown = norm(el!.shadowRoot!.textContent);
    expect(shown).not.to.include('75 mg');
    expect(shown).not.to.include(REVIEW_WORDING.unreviewed);
    expect(el!.shadowRoot!.querySelectorAll('[data-drug]').length).to.equal(0);
    await fetch(`/test/e2e/stream/release?id=${id}`);
    await loaded;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await sleep(0);
    expect(text(el, '[data-drug="prednisone"] [part~="dose"]')).to.include('Prednisone 60 mg');
    expect(text(el, '[part~="footer"]')).to.include('Reviewed by Neuromuscular MDT');
    expect(el!.shadowRoot!.querySelector('.config-loading') === null).to.equal(true);
  });
});
