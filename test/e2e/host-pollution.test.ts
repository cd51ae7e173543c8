// A host page that pollutes Object.prototype, on the built bundle: before it loads (an old
// library's enumerable toJSONString, which once made zod throw at load, and values an attack
// would plant: a javascript: protocol link, a reviewer, pounds, a vial step) and after it loaded
// (which once made every configuration invalid). The widgets load, read nothing inherited, and a
// valid configuration stays valid.
import { expect } from '@open-wc/testing';
import { REVIEW_WORDING } from '../../src/content/about.js';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames, type FrameWindow } from './helpers.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element | null, selector: string) => norm(el?.shadowRoot?.querySelector(selector)?.textContent);

/** Adds enumerable members to the frame's own Object.prototype (its realm, not this test page's). */
function pollute(win: FrameWindow, members: Record<string, unknown>): () => void {
  const proto = (win as unknown as { Object: ObjectConstructor }).Object.prototype;
  for (const [key, value] of Object.entries(members)) {
    Object.defineProperty(proto, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return () => {
    for (const key of Object.keys(members)) delete (proto as Record<string, unknown>)[key];
  };
}

describe('a host page that pollutes Object.prototype (built bundle)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('[hazard:H22] polluted before the bundle loads: no error, both widgets work, nothing inherited is read', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/test/e2e/pages/polluted.csp.html');
    await elementsReady(win);
    const record = await probeStop();
    expect(win.__probe!.errors, 'uncaught errors').to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    const calculator = doc.querySelector('nam-dose-calculator');
    const pathway = doc.querySelector('nam-pathway');
    // The weight stays in kg (the page's Object.prototype.weightUnit is "lb") and the cap is the published one.
    expect(text(calculator, '[data-drug="prednisone"] [part~="dose"]')).to.include('Prednisone 70 mg');
    expect(text(calculator, '[data-drug="ivig"]')).to.include('140 g per course');
    expect(text(pathway, '[data-drug="prednisone"]')).to.include('Prednisone 70 mg');
    for (const el of [calculator, pathway]) {
      expect(text(el, '[part~="footer"]')).to.include(REVIEW_WORDING.unreviewed);
      expect(text(el, '[part~="footer"]')).not.to.include('Polluted');
      expect(el!.shadowRoot!.querySelector('a.protocol, a[href^="javascript:" i]') === null).to.equal(true);
      expect(text(el, '[part~="config-error"]')).to.equal('');
    }
    // No inherited antibody or red flag reaches the pathway: the defaults apply.
    const result = (pathway as unknown as { result: { ok: boolean; input?: { antibody: string; redFlags: string[] } } }).result;
    expect(result.ok).to.equal(true);
    expect(result.input!.antibody).to.equal('pending');
    expect([...result.input!.redFlags]).to.deep.equal([]);
  });

  it('[hazard:H15] polluted after load: a valid configuration stays valid, from the attribute and from an object', async () => {
    const { win, doc } = await loadFrame('/test/e2e/pages/plain.csp.html');
    await elementsReady(win);
    const restore = pollute(win, {
      toJSONString() {
        return '{}';
      },
      protocolUrl: 'javascript:alert(1)',
      reviewedBy: 'Polluted reviewer',
      maxDailyMg: 10,
    });
    try {
      const calculator = doc.querySelector('nam-dose-calculator') as HTMLElement & { updateComplete: Promise<unknown> };
      const pathway = doc.querySelector('nam-pathway') as HTMLElement & { updateComplete: Promise<unknown>; config: unknown };
      calculator.setAttribute('config', '{"prednisone":{"maxDailyMg":60},"reviewedBy":"Neuromuscular MDT","reviewedOn":"2026-01-10"}');
      // An object made by the page's own scripts, in the page's realm.
      pathway.config = win.JSON.parse('{"prednisone":{"maxDailyMg":60},"reviewedBy":"Neuromuscular MDT","reviewedOn":"2026-01-10"}');
      await calculator.updateComplete;
      await pathway.updateComplete;
      for (const el of [calculator, pathway]) {
        expect(text(el, '[part~="config-error"]'), el.localName).to.equal('');
        expect(text(el, '[data-drug="prednisone"]'), el.localName).to.include('Prednisone 60 mg');
        expect(text(el, '[part~="footer"]'), el.localName).to.include('Reviewed by Neuromuscular MDT');
        expect(el.shadowRoot!.querySelector('a.protocol') === null).to.equal(true);
      }
    } finally {
      restore();
    }
  });
});
