// Hostile host CSS (62.5% root font size, serif fonts, odd line-height, `* { letter-spacing }`,
// uppercase): the text inside the widgets keeps its designed size, font and spacing — the same
// computed values as on a neutral page.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, removeFrames, shadowElements, type FrameWindow } from './helpers.js';

const PROPS = ['font-size', 'font-family', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform'];

/** The typography of every element with its own text in each widget's shadow root. */
function typography(win: FrameWindow) {
  const out: Record<string, string[]> = {};
  for (const host of win.document.querySelectorAll('nam-pathway, nam-dose-calculator')) {
    const rows: string[] = [];
    for (const el of shadowElements(host.shadowRoot!)) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!ownText) continue;
      const style = win.getComputedStyle(el);
      rows.push(`${el.localName}.${[...el.classList].join('.')}: ${PROPS.map((p) => style.getPropertyValue(p)).join(' | ')}`);
    }
    out[host.localName] = rows;
  }
  return out;
}

describe('hostile host CSS (built bundle)', function () {
  // Pages load in iframes on a shared, sometimes busy machine: allow for it.
  this.timeout(60000);
  afterEach(removeFrames);

  it('text in the shadow roots keeps its designed size at html { font-size: 62.5% }', async () => {
    const { win } = await loadFrame('/test/e2e/pages/hostile.csp.html');
    await elementsReady(win);
    expect(win.getComputedStyle(win.document.documentElement).fontSize).to.equal('10px');
    for (const host of win.document.querySelectorAll('nam-pathway, nam-dose-calculator')) {
      expect(win.getComputedStyle(host).fontSize, `${host.localName} host`).to.equal('16px');
      // Body text (labels, paragraphs) is at the designed 16px.
      const body = shadowElements(host.shadowRoot!).filter((el) => ['label', 'p', 'legend'].includes(el.localName));
      expect(body.length, `${host.localName} has labels or paragraphs`).to.be.greaterThan(0);
      const sixteen = body.filter((el) => win.getComputedStyle(el).fontSize === '16px');
      expect(sixteen.length, `${host.localName}: some body text at 16px`).to.be.greaterThan(0);
      // Nothing outside the pathway map's drawing (which scales with its SVG) shrinks to a rem size.
      for (const el of shadowElements(host.shadowRoot!).filter((e) => !e.closest('svg'))) {
        const size = parseFloat(win.getComputedStyle(el).fontSize);
        expect(size, `${host.localName} <${el.localName} class="${el.getAttribute('class')}">`).to.be.at.least(12);
      }
    }
  });

  it('every text element has the same typography as on a neutral page', async () => {
    const plain = await loadFrame('/test/e2e/pages/plain.csp.html');
    await elementsReady(plain.win);
    const reference = typography(plain.win);
    const hostile = await loadFrame('/test/e2e/pages/hostile.csp.html');
    await elementsReady(hostile.win);
    const actual = typography(hostile.win);
    for (const tag of ['nam-pathway', 'nam-dose-calculator']) {
      expect(reference[tag].length, `${tag} renders text`).to.be.greaterThan(0);
      const differences = actual[tag]
        .map((row, i) => (row === reference[tag][i] ? '' : `${row}\n   vs ${reference[tag][i]}`))
        .filter(Boolean);
      expect(differences.slice(0, 5), `${tag}:\n${differences.slice(0, 5).join('\n')}`).to.deep.equal([]);
      expect(actual[tag].length).to.equal(reference[tag].length);
    }
  });
});
