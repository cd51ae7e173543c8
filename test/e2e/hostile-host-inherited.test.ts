// Hostile host pages, continued (built bundle, strict CSP): inherited text properties that
// reach into shadow DOM (direction, word-break, hyphens, font features, text stroke and fill,
// cursor, colour scheme…) are reset on :host, so every element inside has the same computed
// values as on a neutral page; a right-to-left page does not reorder a dose.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, removeFrames, shadowElements, type FrameWindow } from './helpers.js';

const PROPS = [
  'direction',
  'word-break',
  'line-break',
  'overflow-wrap',
  'hyphens',
  'font-feature-settings',
  'font-variant-numeric',
  'font-variation-settings',
  'font-kerning',
  'font-stretch',
  'font-size-adjust',
  '-webkit-text-stroke-width',
  '-webkit-text-fill-color',
  'text-emphasis-style',
  'text-align-last',
  'text-decoration-line',
  'text-underline-offset',
  'text-underline-position',
  'text-rendering',
  'caret-color',
  'cursor',
  'quotes',
  'list-style-position',
  'tab-size',
];

/** The computed PROPS of every element in each widget's shadow root (and of the host itself). */
function inherited(win: FrameWindow, props: string[]) {
  const out: Record<string, string[]> = {};
  for (const host of win.document.querySelectorAll('nam-pathway, nam-dose-calculator')) {
    out[host.localName] = [host, ...shadowElements(host.shadowRoot!)].map((el) => {
      const style = win.getComputedStyle(el);
      return `${el.localName}.${[...el.classList].join('.')}: ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join(' ')}`;
    });
  }
  return out;
}

function compare(actual: Record<string, string[]>, reference: Record<string, string[]>, tags: string[]) {
  for (const tag of tags) {
    expect(reference[tag]?.length, `${tag} renders`).to.be.greaterThan(5);
    const differences = actual[tag]
      .map((row, i) => (row === reference[tag][i] ? '' : `${row}\n   vs ${reference[tag][i]}`))
      .filter(Boolean);
    expect(differences.slice(0, 3), `${tag}:\n${differences.slice(0, 3).join('\n')}`).to.deep.equal([]);
    expect(actual[tag].length).to.equal(reference[tag].length);
  }
}

describe('hostile host pages: inherited properties (built bundle)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('[hazard:H18] other host CSS still reaches inside: direction, word-break, hyphens, font features, text stroke, cursor… are the neutral page values', async () => {
    const plain = await loadFrame('/test/e2e/pages/plain.csp.html');
    await elementsReady(plain.win);
    const hostile = await loadFrame('/test/e2e/pages/hostile-host-inherited.csp.html');
    await elementsReady(hostile.win);
    expect(hostile.win.getComputedStyle(hostile.doc.body).wordBreak, 'the page rules apply').to.equal('break-all');
    compare(inherited(hostile.win, PROPS), inherited(plain.win, PROPS), ['nam-pathway', 'nam-dose-calculator']);
    // color-scheme (inherited) is the calculator's own: the native controls keep its palette.
    compare(inherited(hostile.win, ['color-scheme']), inherited(plain.win, ['color-scheme']), ['nam-dose-calculator']);
  });

  it('an underline the page draws on an ancestor does not run through the calculator (its outer box is an inline-block)', async () => {
    const { win, doc } = await loadFrame('/test/e2e/pages/hostile-host-inherited.csp.html');
    await elementsReady(win);
    const host = doc.querySelector('nam-dose-calculator')!;
    // The page's "* { text-decoration }" selects the host: stopped by :host.
    expect(win.getComputedStyle(host).textDecorationLine).to.equal('none');
    // body's decoration propagates to in-flow boxes but not into an atomic inline box.
    expect(win.getComputedStyle(doc.body).textDecorationLine).to.equal('underline');
    const outer = [...host.shadowRoot!.children].filter((el) => win.getComputedStyle(el).display !== 'none');
    expect(outer.length).to.be.greaterThan(0);
    for (const el of outer) expect(win.getComputedStyle(el).display, el.localName).to.equal('inline-block');
  });

  it('[hazard:H17] right-to-left host pages scramble the doses: on <html dir="rtl"> the dose reads left to right and nothing sticks out', async () => {
    const { win, doc } = await loadFrame('/test/e2e/pages/hostile-host-rtl.csp.html', { width: 700, height: 900 });
    await elementsReady(win);
    const host = doc.querySelector('nam-dose-calculator')!;
    expect(win.getComputedStyle(doc.body).direction).to.equal('rtl');
    for (const el of shadowElements(host.shadowRoot!)) expect(win.getComputedStyle(el).direction, el.localName).to.equal('ltr');
    // The working is in each drug's item, collapsed until opened.
    host.shadowRoot!.querySelector<HTMLButtonElement>('button.expand-all')!.click();
    await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const walker = doc.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    let basis: Text | undefined;
    for (let n = walker.nextNode(); n && !basis; n = walker.nextNode()) {
      if ((n as Text).data.includes('1 mg/kg/day × 70 kg = 70 mg daily')) basis = n as Text;
    }
    expect(basis, 'the prednisone basis').to.exist;
    const glyph = (from: number) => {
      const range = doc.createRange();
      range.setStart(basis!, from);
      range.setEnd(basis!, from + 1);
      return range.getBoundingClientRect();
    };
    const start = basis!.data.indexOf('1 mg/kg/day');
    const end = basis!.data.indexOf('daily', start);
    expect(glyph(start).left, '"1" left of "daily"').to.be.lessThan(glyph(end).left);
    expect(glyph(start).left - basis!.parentElement!.getBoundingClientRect().left).to.be.lessThan(2);
    // Nothing (a list number, say) sticks out of the widget: no horizontal scrolling.
    expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
  });
});
