/**
 * Regression: the map's words shrank with the container (7.7 px at 320 px wide), and the boxes
 * and connectors off the route were drawn at about 1.8:1 against the background (WCAG 1.4.11
 * asks 3:1 for the parts of a graphic needed to understand it).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAP_MIN_TEXT_PX } from '../../../src/elements/pathway/render-map.js';
import { $, $$, openMap, pathway as plain, root, type Attrs } from './helpers.js';

/** The pathway with its map shown (drawn only on request). */
async function pathway(attrs: Attrs) {
  const el = await plain(attrs);
  await openMap(el);
  return el;
}

/** Waits for layout, resize observers and the update they cause. */
async function frames(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
}

/** The rendered size, in CSS px, of the drawing's text element: its font size × the drawing's scale. */
function renderedPx(node: SVGTextElement): number {
  const scale = (node.ownerSVGElement as SVGSVGElement).getScreenCTM()!.a;
  return parseFloat(getComputedStyle(node).fontSize) * scale;
}

type Rgb = [number, number, number];
const rgb = (value: string): Rgb | undefined => {
  const m = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const luminance = ([r, g, b]: Rgb) => {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The first opaque background behind a node, across the shadow boundary to the host. */
function background(node: Element): Rgb {
  for (let n: Element | null = node; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c) return c;
  }
  return [255, 255, 255];
}

describe('<nam-pathway> regression: the map\'s words shrank below a readable size', () => {
  it(`at 300 px wide every word of the drawing renders at ${MAP_MIN_TEXT_PX} px or more, and the drawing scrolls`, async () => {
    const el = await pathway({ antibody: 'anti-srp', 'checkpoint-inhibitor': true });
    el.style.width = '300px';
    await frames(el);
    const texts = $$<SVGTextElement>(el, 'svg.map-svg text');
    expect(texts.length).to.be.greaterThan(10);
    for (const t of texts) expect(renderedPx(t), t.textContent ?? '').to.be.at.least(MAP_MIN_TEXT_PX);
    // Measured on screen too: a caption's box is as tall as its rendered font.
    const caption = $<SVGTextElement>(el, 'svg text.caption')!;
    expect(caption.getBoundingClientRect().height).to.be.at.least(MAP_MIN_TEXT_PX);
    // The element stays 300 px wide: the drawing scrolls inside its figure.
    const scroller = $(el, '.map-scroll')!;
    expect(el.scrollWidth).to.be.at.most(300);
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('the scrolling drawing is a labelled group in the tab order that the arrow keys scroll', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    el.style.width = '300px';
    await frames(el);
    const scroller = $(el, '.map-scroll')!;
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.getAttribute('role')).to.equal('group');
    expect(scroller.getAttribute('aria-label')).to.include('Pathway map');
    scroller.focus();
    expect(root(el).activeElement === scroller).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await frames(el);
    expect(scroller.scrollLeft).to.be.greaterThan(0);
  });

  it('when the drawing fits, it neither scrolls nor adds a tab stop; it comes back when narrowed', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    el.style.width = '800px';
    await frames(el);
    const scroller = $(el, '.map-scroll')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(scroller.hasAttribute('tabindex')).to.equal(false);
    el.style.width = '300px';
    await frames(el);
    expect(scroller.getAttribute('tabindex')).to.equal('0');
  });

  for (const width of [900, 1000, 1400]) {
    it(`below the steps (${width} px wide) the drawing fits without scrolling`, async () => {
      const el = await pathway({ antibody: 'anti-srp' });
      // The host is at most as wide as its parent: widen the fixture's container first.
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      el.style.width = `${width}px`;
      await frames(el);
      expect(el.getBoundingClientRect().width).to.equal(width);
      const scroller = $(el, '.map-scroll')!;
      // The map follows the steps (shown on request, after them).
      expect($(el, '[part="steps"]')!.getBoundingClientRect().bottom).to.be.at.most($(el, '[part="map"]')!.getBoundingClientRect().top);
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(scroller.hasAttribute('tabindex')).to.equal(false);
      for (const t of $$<SVGTextElement>(el, 'svg.map-svg text')) expect(renderedPx(t)).to.be.at.least(MAP_MIN_TEXT_PX);
    });
  }
});

describe('<nam-pathway> regression: boxes and connectors off the route were too faint', () => {
  for (const theme of ['light', 'dark']) {
    it(`[${theme}] off-route box borders and connectors have at least 3:1 contrast, and stay dashed and thinner`, async () => {
      const el = await pathway({ theme, antibody: 'anti-srp' });
      const svg = $(el, 'svg.map-svg')!;
      const bg = background(svg);
      const offBox = $(el, '[data-node][data-active="false"] rect.box')!;
      const onBox = $(el, '[data-node][data-active="true"] rect.box')!;
      const offEdge = $(el, '[data-edge][data-active="false"] line')!;
      const onEdge = $(el, '[data-edge][data-active="true"] line')!;
      const arrow = $(el, '[data-edge][data-active="false"] polygon')!;
      const fill = rgb(getComputedStyle(offBox).fill)!;
      for (const [name, colour] of [
        ['box border', getComputedStyle(offBox).stroke],
        ['connector', getComputedStyle(offEdge).stroke],
        ['arrowhead', getComputedStyle(arrow).fill],
      ] as const) {
        const c = rgb(colour);
        expect(c, `${name} colour ${colour}`).to.exist;
        expect(contrast(c!, bg), `${name} against the background`).to.be.at.least(3);
        if (name === 'box border') expect(contrast(c!, fill), 'box border against its own fill').to.be.at.least(3);
      }
      // Still unlike the route: dashed and thin against solid and thick.
      for (const [off, on] of [
        [offBox, onBox],
        [offEdge, onEdge],
      ]) {
        expect(getComputedStyle(off).strokeDasharray).to.not.equal('none');
        expect(getComputedStyle(on).strokeDasharray).to.equal('none');
        expect(parseFloat(getComputedStyle(off).strokeWidth)).to.be.lessThan(parseFloat(getComputedStyle(on).strokeWidth));
      }
      // The key's "not on the route" swatch matches.
      const swatch = getComputedStyle($(el, '.swatch-off')!);
      expect(swatch.borderTopStyle).to.equal('dashed');
      expect(contrast(rgb(swatch.borderTopColor)!, bg)).to.be.at.least(3);
    });
  }
});
