// Guarded registration: the bundle loaded twice (two URLs, and the classic script next to the
// ES module) never throws and stays quiet; another version on the page warns once and leaves
// the first definition in place.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames } from './helpers.js';

describe('loading the bundle more than once (built bundle)', function () {
  // Pages load in iframes on a shared, sometimes busy machine: allow for it.
  this.timeout(60000);
  afterEach(removeFrames);

  it('ES module twice plus the classic script: no error, no warning, both elements work', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/test/e2e/pages/twice.csp.html');
    await elementsReady(win);
    const record = await probeStop();

    expect(win.__probe!.errors).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    const noisy = record.console.filter((m) => m.type === 'error' || m.type === 'warn' || m.type === 'warning');
    expect(noisy, JSON.stringify(noisy)).to.deep.equal([]);
    // All three copies loaded: the classic script exposes the core on window.NamCds.
    const iife = (win as unknown as { NamCds?: { calculateDoses: (i: unknown) => { ok: boolean } } }).NamCds;
    // (The input object is made in the page's own realm, as the page's scripts would make it.)
    expect(iife?.calculateDoses(win.JSON.parse('{"weight":70}')).ok).to.equal(true);
    expect(doc.querySelector('nam-pathway')!.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(0);
    expect(doc.querySelector('nam-dose-calculator')!.shadowRoot!.querySelectorAll('[data-drug]').length).to.be.greaterThan(0);
  });

  it('another version of the bundle: one console warning, the first definition stays', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
    try {
      const first = await import(/* @vite-ignore */ '/dist/nam-cds.min.js' as string);
      const pathwayClass = customElements.get('nam-pathway');
      const calculatorClass = customElements.get('nam-dose-calculator');
      expect(pathwayClass).to.exist;
      expect(calculatorClass).to.exist;

      // The same file again under another URL (a second web part): quiet.
      await import(/* @vite-ignore */ '/dist/nam-cds.min.js?web-part-2' as string);
      expect(warnings).to.deep.equal([]);

      // A copy that says it is another version.
      const source = await (await fetch('/dist/nam-cds.min.js')).text();
      const version = first.VERSION as string;
      expect(source).to.contain(JSON.stringify(version));
      const other = source.split(JSON.stringify(version)).join('"99.0.0-other"');
      const url = URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
      const second = await import(/* @vite-ignore */ url);
      expect(second.VERSION).to.equal('99.0.0-other');

      expect(warnings.length, JSON.stringify(warnings)).to.equal(1);
      expect(String(warnings[0][0])).to.contain(version).and.to.contain('99.0.0-other');
      expect(customElements.get('nam-pathway')).to.equal(pathwayClass);
      expect(customElements.get('nam-dose-calculator')).to.equal(calculatorClass);
      // The first copy's elements still work.
      const el = document.createElement('nam-dose-calculator');
      el.setAttribute('weight', '70');
      document.body.append(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[data-drug]').length).to.be.greaterThan(0);
      el.remove();
    } finally {
      console.warn = original;
    }
  });
});
