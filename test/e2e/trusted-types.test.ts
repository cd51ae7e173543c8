// Trusted Types on the built bundle. Lit creates a policy named "lit-html"; the README documents
// `require-trusted-types-for 'script'; trusted-types lit-html` for one copy of Lit on the page and
// `trusted-types lit-html 'allow-duplicates'` when there are more (the ES module and the classic
// script, or the page's own Lit). Every combination works, or fails with one clear console
// message and a plain sentence in the widget, never an uncaught error or a blank widget.
import { expect } from '@open-wc/testing';
import { UI } from '../../src/elements/shared/strings.js';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames, sleep, type FrameWindow } from './helpers.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function rendered(doc: Document) {
  return {
    steps: doc.querySelector('nam-pathway')!.shadowRoot!.querySelectorAll('[data-step]').length,
    lines: doc.querySelector('nam-dose-calculator')!.shadowRoot!.querySelectorAll('[data-drug]').length,
  };
}

async function load(page: string) {
  await probeStart();
  const { win, doc } = await loadFrame(`/test/e2e/pages/${page}`);
  await elementsReady(win);
  // Console messages reach the probe a moment after they are written.
  await sleep(250);
  const record = await probeStop();
  return { win, doc, record };
}

const errors = (record: Awaited<ReturnType<typeof probeStop>>, win: FrameWindow) => [
  ...record.errors,
  ...win.__probe!.errors,
];

describe('Trusted Types (built bundle)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('the test server sends the documented directives', async () => {
    const one = await fetch('/test/e2e/pages/tt-one.tt.html');
    expect(one.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'; trusted-types lit-html");
    const dup = await fetch('/test/e2e/pages/tt-page-lit.ttdup.html');
    expect(dup.headers.get('content-security-policy')).to.contain("trusted-types lit-html 'allow-duplicates'");
  });

  it("one copy under trusted-types lit-html: both widgets render, no violation, no error", async () => {
    const { win, doc, record } = await load('tt-one.tt.html');
    expect(win.__probe!.violations, JSON.stringify(win.__probe!.violations)).to.deep.equal([]);
    expect(errors(record, win)).to.deep.equal([]);
    expect(rendered(doc).steps).to.be.greaterThan(0);
    expect(rendered(doc).lines).to.be.greaterThan(0);
  });

  it('the ES module and the classic script under trusted-types lit-html: the second copy loads without throwing, the widgets render', async () => {
    const { win, doc, record } = await load('tt-twice.tt.html');
    expect(errors(record, win), 'no uncaught error').to.deep.equal([]);
    // The browser reports the refused duplicate itself; the bundle adds nothing (its first copy works).
    const ours = record.console.filter((m) => m.text.includes('nam-cds'));
    expect(ours, JSON.stringify(ours)).to.deep.equal([]);
    expect(rendered(doc).steps).to.be.greaterThan(0);
    expect(rendered(doc).lines).to.be.greaterThan(0);
  });

  it("the ES module and the classic script with 'allow-duplicates': no violation, no console error", async () => {
    const { win, doc, record } = await load('tt-twice.ttdup.html');
    expect(win.__probe!.violations, JSON.stringify(win.__probe!.violations)).to.deep.equal([]);
    expect(errors(record, win)).to.deep.equal([]);
    expect(record.console.filter((m) => m.type === 'error')).to.deep.equal([]);
    expect(rendered(doc).steps).to.be.greaterThan(0);
    expect(rendered(doc).lines).to.be.greaterThan(0);
  });

  it("the page's own Lit first, without 'allow-duplicates': one clear console error, a plain sentence in each widget, no uncaught error", async () => {
    const { win, doc, record } = await load('tt-page-lit.tt.html');
    expect(doc.getElementById('page-lit') !== null, "the page's own Lit rendered").to.equal(true);
    expect(errors(record, win), 'no uncaught error').to.deep.equal([]);
    const ours = record.console.filter((m) => m.type === 'error' && m.text.includes('nam-cds'));
    expect(ours, JSON.stringify(record.console)).to.have.length(1);
    expect(ours[0].text).to.include("trusted-types lit-html 'allow-duplicates'");
    for (const el of doc.querySelectorAll('nam-pathway, nam-dose-calculator')) {
      expect(norm(el.shadowRoot!.textContent), el.localName).to.equal(UI.trustedTypesRefused);
    }
  });

  it("the page's own Lit first, with 'allow-duplicates': both widgets render, no error", async () => {
    const { win, doc, record } = await load('tt-page-lit.ttdup.html');
    expect(win.__probe!.violations, JSON.stringify(win.__probe!.violations)).to.deep.equal([]);
    expect(doc.getElementById('page-lit') !== null).to.equal(true);
    expect(errors(record, win)).to.deep.equal([]);
    expect(record.console.filter((m) => m.type === 'error')).to.deep.equal([]);
    expect(rendered(doc).steps).to.be.greaterThan(0);
    expect(rendered(doc).lines).to.be.greaterThan(0);
  });
});
