/**
 * The host page: its direction, inherited text properties and narrow columns must not change
 * how a dose reads; landmarks stay distinct when both widgets share a page.
 */
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { calc, control, controls, expandAll, line, norm, openMore, root, wrapped } from './helpers.js';
import type { Calc } from './helpers.js';

const ATTRS =
  'weight="154" weight-unit="lb" height-cm="165" sex="female" start-date="2026-12-01" tpmt="intermediate" methotrexate-day="wednesday"';

/** Every text node of the shadow tree that is rendered (not in a closed <details>). */
function textNodes(el: Calc): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) out.push(n as Text);
  return out;
}

/** The rendered boxes of characters [start, end) of a text node. */
function boxes(node: Text, start: number, end: number): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/**
 * Words (letters and digits, with the commas and points inside numbers such as "1,000" or
 * "69.85") that are drawn on more than one line although they would fit on one.
 */
function brokenWords(el: Calc): string[] {
  const width = el.getBoundingClientRect().width;
  const broken: string[] = [];
  for (const node of textNodes(el)) {
    for (const m of node.data.matchAll(/[A-Za-z0-9]+(?:[,.][A-Za-z0-9]+)*/g)) {
      const rects = boxes(node, m.index, m.index + m[0].length);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      const total = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.size > 1 && total < width / 2) broken.push(`${m[0]} (in “${norm(node.data).slice(0, 40)}”)`);
    }
  }
  return broken;
}

describe('<nam-dose-calculator> on a host page', () => {
  it('is accessible on a right-to-left page with every item open', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const { wrapper, el } = await wrapped(`<div><nam-dose-calculator ${ATTRS}></nam-dose-calculator></div>`);
      await expandAll(el);
      await expect(wrapper).to.be.accessible();
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('[hazard:H17] right-to-left host pages scramble the doses: inside the widget the text is left to right', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const { el } = await wrapped(`<div><nam-dose-calculator weight="70"></nam-dose-calculator></div>`);
      await expandAll(el);
      expect(getComputedStyle(el).direction).to.equal('ltr');
      for (const node of root(el).querySelectorAll('*')) expect(getComputedStyle(node).direction, node.localName).to.equal('ltr');
      // "1 mg/kg/day × 70 kg = 70 mg daily": the 1 is drawn first, on the left, not after "daily".
      const node = textNodes(el).find((n) => n.data.includes('1 mg/kg/day × 70 kg = 70 mg daily'))!;
      expect(node, 'basis text').to.exist;
      const at = node.data.indexOf('1 mg/kg/day');
      const one = boxes(node, at, at + 1)[0];
      const daily = boxes(node, node.data.indexOf('daily', at), node.data.indexOf('daily', at) + 5)[0];
      expect(one.left).to.be.lessThan(daily.left);
      const host = node.parentElement!.getBoundingClientRect();
      expect(one.left - host.left, 'first glyph at the left edge').to.be.lessThan(2);
      // The dose line itself starts on the left with the drug name.
      const dose = line(el, 'prednisone')!.querySelector('[part~="dose"]')!;
      const text = [...dose.childNodes].find((n): n is Text => n instanceof Text && !!n.data.trim())!;
      expect(text.data).to.match(/^Prednisone/);
      const first = boxes(text, 0, 1)[0];
      expect(first.left - dose.getBoundingClientRect().left).to.be.lessThan(2);
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('overflow-wrap: anywhere breaks "Methylprednisolone" mid-word at 320 px: no word that fits is broken', async () => {
    const { wrapper, el } = await wrapped(`<div><nam-dose-calculator ${ATTRS}></nam-dose-calculator></div>`);
    wrapper.style.width = '320px';
    await el.updateComplete;
    await openMore(el);
    await expandAll(el);
    // Only a word that cannot fit on a line of its own may break (not "anywhere").
    expect(getComputedStyle(line(el, 'methylprednisolone')!.querySelector('.dose')!).overflowWrap).to.equal('break-word');
    expect(brokenWords(el)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
      const box = node.getBoundingClientRect();
      if (box.width) expect(box.right - el.getBoundingClientRect().left, `${node.localName}.${node.className}`).to.be.at.most(321);
    }
  });

  for (const width of [240, 200]) {
    it(`a sidebar narrower than 320 px (${width} px): the dose lines shrink with the widget, nothing sticks out`, async () => {
      const { wrapper, el } = await wrapped(`<div><nam-dose-calculator ${ATTRS}></nam-dose-calculator></div>`);
      wrapper.style.width = `${width}px`;
      await el.updateComplete;
      await openMore(el);
      await expandAll(el);
      const host = el.getBoundingClientRect();
      expect(host.width).to.be.at.most(width);
      for (const node of root(el).querySelectorAll<HTMLElement>('.glance, .lines, .line, .dose, .facts, form')) {
        const box = node.getBoundingClientRect();
        expect(box.right - host.left, `${node.localName}.${node.className}`).to.be.at.most(width + 1);
      }
    });
  }

  it('host word-break: break-all splits "1,000" across lines: the host page cannot reach inside', async () => {
    const { wrapper, el } = await wrapped(
      `<div lang="de" style="word-break: break-all; hyphens: auto; line-break: anywhere; overflow-wrap: anywhere"><nam-dose-calculator ${ATTRS}></nam-dose-calculator></div>`,
    );
    wrapper.style.width = '320px';
    await el.updateComplete;
    await expandAll(el);
    expect(brokenWords(el)).to.deep.equal([]);
    const style = getComputedStyle(line(el, 'methylprednisolone')!.querySelector('.dose')!);
    expect([style.wordBreak, style.hyphens, style.lineBreak, style.overflowWrap]).to.deep.equal(['normal', 'manual', 'auto', 'break-word']);
  });

  it('at 320 px the IVIG checkbox is drawn smaller than the others: every box and radio keeps its size', async () => {
    const { wrapper, el } = await wrapped(`<div><nam-dose-calculator ${ATTRS}></nam-dose-calculator></div>`);
    wrapper.style.width = '320px';
    await el.updateComplete;
    await openMore(el);
    // 154 lb is an ordinary weight: its confirmation box is not shown, so a weight in kg that needs it.
    el.weight = '160';
    el.weightUnit = 'kg';
    await el.updateComplete;
    const inputs = [...controls(el, 'drugs'), ...controls(el, 'weight-unit'), ...controls(el, 'ivig-dosing-weight'), ...controls(el, 'weight-confirmed')];
    expect(inputs.length).to.equal(12);
    for (const input of inputs) {
      const box = input.getBoundingClientRect();
      expect([box.width, box.height], `${input.name}=${input.value}`).to.deep.equal([18, 18]);
    }
  });

  it('two landmarks named "Sources" when both widgets are on a page: the calculator names its own "Dose sources"', async () => {
    const { wrapper, el } = await wrapped(
      `<div><section aria-label="Sources"><p>The other widget's sources</p></section><nam-dose-calculator weight="70"></nam-dose-calculator></div>`,
    );
    const region = root(el).querySelector('[part~="sources"]')!;
    const heading = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(norm(heading.textContent)).to.equal('Dose sources (11)');
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(wrapper, { runOnly: ['landmark-unique'] });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('keeps its colour scheme when the page sets another on every element', async () => {
    const { el } = await wrapped(`<div style="color-scheme: dark"><nam-dose-calculator weight="70"></nam-dose-calculator></div>`);
    expect(getComputedStyle(control(el, 'weight')).colorScheme).to.equal('light');
    const dark = await calc({ weight: '70', theme: 'dark' });
    expect(getComputedStyle(control(dark, 'weight')).colorScheme).to.equal('dark');
  });
});
