/**
 * heading-level on both elements: a portal fits the widget under its own headings. The
 * headings keep their look; their outline level follows the attribute, and a bad value is
 * reported without hiding anything.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { parseHeadingLevel } from '../../src/elements/shared/heading-level.js';

type Host = HTMLElement & { updateComplete: Promise<boolean>; headingLevel?: unknown };

const TAGS = ['nam-dose-calculator', 'nam-pathway'] as const;
const ATTRS = 'weight="70" antibody="anti-srp" checkpoint-inhibitor red-flags="myocarditis"';

/** Each heading's exposed level: aria-level when present, else its tag. */
function levels(el: Host): { tag: string; level: number; text: string }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((h) => ({
    tag: h.localName,
    level: Number(h.getAttribute('aria-level') ?? h.localName.slice(1)),
    text: (h.textContent ?? '').trim().slice(0, 30),
  }));
}

describe('heading-level', () => {
  it('parses whole numbers 1 to 5; anything else is an error and 2 is used', () => {
    expect(parseHeadingLevel(undefined)).to.deep.equal({ level: 2, error: false });
    expect(parseHeadingLevel(null)).to.deep.equal({ level: 2, error: false });
    for (const ok of ['1', ' 3 ', 5, '5']) expect(parseHeadingLevel(ok).error, String(ok)).to.equal(false);
    for (const bad of ['', '0', '6', '2.5', 'h3', '-1', NaN, Infinity, 3.5, {}, [], true]) {
      expect(parseHeadingLevel(bad), String(bad)).to.deep.equal({ level: 2, error: true });
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}>: by default the title is an h2 and no heading carries aria-level`, async () => {
      const el = await fixture<Host>(`<${tag} ${ATTRS}></${tag}>`);
      const list = levels(el);
      expect(list[0]).to.include({ tag: 'h2', level: 2 });
      expect(el.shadowRoot!.querySelector('[aria-level]') === null).to.equal(true);
    });

    it(`<${tag}> heading-level="4": every heading shifts by two, looks the same, stays axe clean, and follows changes`, async () => {
      const el = await fixture<Host>(`<${tag} ${ATTRS} heading-level="4"></${tag}>`);
      const before = levels(el);
      expect(before[0]).to.include({ tag: 'h2', level: 4 });
      for (const h of before) expect(h.level, `${h.tag} ${h.text}`).to.equal(Math.min(6, Number(h.tag.slice(1)) + 2));
      for (const h of el.shadowRoot!.querySelectorAll('h2, h3, h4')) expect(h.getAttribute('role')).to.equal('heading');
      expect(before.some((h) => h.tag === 'h4' && h.level === 6), 'a level-4 heading lands on 6').to.equal(true);
      await expect(el).to.be.accessible();
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(levels(el)[0]).to.include({ tag: 'h2', level: 1 });
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-level]') === null).to.equal(true);
    });

    it(`<${tag}> heading-level="7": reported by name with its range, the default level used, the result still shown`, async () => {
      const el = await fixture<Host>(`<${tag} ${ATTRS} heading-level="7"></${tag}>`);
      const alerts = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => (a.textContent ?? '').replace(/\s+/g, ' '));
      expect(alerts.join(' ')).to.match(/heading-level="7" is not accepted: heading-level must be a whole number from 1 to 5/);
      expect(el.shadowRoot!.querySelector('[aria-level]') === null).to.equal(true);
      expect(el.shadowRoot!.querySelector(tag === 'nam-pathway' ? '[data-step]' : '[data-drug]'), 'the result stays').to.exist;
      await expect(el).to.be.accessible();
    });
  }
});
