// The single-file bundle under a strict Content-Security-Policy (default-src 'self'; no inline
// script or style, no eval): both elements render, and the page reports no violation.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames } from './helpers.js';

const CSP_MESSAGE = /Content Security Policy|Refused to/i;

describe('strict CSP (built bundle)', function () {
  // Pages load in iframes on a shared, sometimes busy machine: allow for it.
  this.timeout(60000);
  afterEach(removeFrames);

  it('the test server really sends the strict header on *.csp.html pages', async () => {
    const response = await fetch('/test/e2e/pages/strict.csp.html');
    expect(response.headers.get('content-security-policy')).to.contain("default-src 'self'");
  });

  it('sees a violation on a page that breaks the policy (negative control)', async () => {
    const { win } = await loadFrame('/test/e2e/pages/violation.csp.html');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__probe!.violations.length).to.be.greaterThan(0);
  });

  it('renders both elements with no securitypolicyviolation, error or CSP console message', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/test/e2e/pages/strict.csp.html');
    await elementsReady(win);
    const record = await probeStop();

    expect(win.__probe!.violations, JSON.stringify(win.__probe!.violations)).to.deep.equal([]);
    expect(win.__probe!.errors).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    const cspMessages = record.console.filter((m) => CSP_MESSAGE.test(m.text));
    expect(cspMessages, JSON.stringify(cspMessages)).to.deep.equal([]);

    const pathway = doc.querySelector('nam-pathway')!;
    const calculator = doc.querySelector('nam-dose-calculator')!;
    expect(pathway.shadowRoot, 'pathway shadow root').to.exist;
    expect(calculator.shadowRoot, 'calculator shadow root').to.exist;
    expect(pathway.shadowRoot!.querySelectorAll('[data-step]').length, 'pathway steps').to.be.greaterThan(0);
    expect(calculator.shadowRoot!.querySelectorAll('[data-drug]').length, 'dose lines').to.be.greaterThan(0);
  });

  it('styles come only from adopted style sheets: no <style> or style="" in the shadow roots', async () => {
    const { win, doc } = await loadFrame('/test/e2e/pages/strict.csp.html');
    await elementsReady(win);
    for (const el of doc.querySelectorAll('nam-pathway, nam-dose-calculator')) {
      const root = el.shadowRoot!;
      expect(root.adoptedStyleSheets.length, `${el.localName} adopted sheets`).to.be.greaterThan(0);
      expect(root.querySelectorAll('style').length, `${el.localName} <style>`).to.equal(0);
      expect(root.querySelectorAll('[style]').length, `${el.localName} [style]`).to.equal(0);
    }
  });
});
