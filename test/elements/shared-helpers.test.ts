/**
 * The plain helpers behind the shared element machinery: which misspelt attribute a page meant,
 * the bounds on echoed text, and the links a configuration may produce.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { editDistance, isGlobalAttribute, nearestAttribute } from '../../src/elements/shared/attribute-names.js';
import { safeHref } from '../../src/elements/shared/safe-link.js';
import { clip, limitList } from '../../src/elements/shared/text-limits.js';
import { untilMidnight } from '../../src/elements/shared/review-controller.js';
import { childrenParsed } from '../../src/elements/shared/config-controller.js';
import { echo, ownList } from '../../src/elements/shared/attribute-values.js';

const PATHWAY = ['antibody', 'statin', 'checkpoint-inhibitor', 'severity', 'red-flags', 'phase', 'weight', 'weight-unit', 'config', 'mode', 'theme', 'heading-level'];
const CALCULATOR = ['weight', 'weight-unit', 'height-cm', 'sex', 'ivig-days', 'ivig-dosing-weight', 'tpmt', 'start-date', 'methotrexate-day', 'drugs', 'config', 'theme', 'heading-level'];

describe('nearestAttribute: the attribute a misspelt one stands for', () => {
  const slips: [string, readonly string[], string][] = [
    ['redflags', PATHWAY, 'red-flags'],
    ['red_flags', PATHWAY, 'red-flags'],
    ['redflag', PATHWAY, 'red-flags'],
    ['flags', PATHWAY, 'red-flags'],
    ['checkpoint', PATHWAY, 'checkpoint-inhibitor'],
    ['checkpointinhibitor', PATHWAY, 'checkpoint-inhibitor'],
    ['checkpoint-inhibiter', PATHWAY, 'checkpoint-inhibitor'],
    ['severty', PATHWAY, 'severity'],
    ['antibody-result', PATHWAY, 'antibody'],
    ['statins', PATHWAY, 'statin'],
    ['weightunit', PATHWAY, 'weight-unit'],
    ['unit', PATHWAY, 'weight-unit'],
    ['height', CALCULATOR, 'height-cm'],
    ['heightcm', CALCULATOR, 'height-cm'],
    ['heigth', CALCULATOR, 'height-cm'],
    ['wieght', CALCULATOR, 'weight'],
    ['severtiy', PATHWAY, 'severity'],
    ['tmpt', CALCULATOR, 'tpmt'],
    ['ivigdays', CALCULATOR, 'ivig-days'],
    ['startdate', CALCULATOR, 'start-date'],
    ['headinglevel', CALCULATOR, 'heading-level'],
    ['drug', CALCULATOR, 'drugs'],
    ['configuration', CALCULATOR, 'config'],
  ];
  for (const [name, known, expected] of slips) {
    it(`${name} → ${expected}`, () => expect(nearestAttribute(name, known)).to.equal(expected));
  }

  it('never flags a known attribute, in any letter case', () => {
    for (const k of [...PATHWAY, ...CALCULATOR]) {
      expect(nearestAttribute(k, [...new Set([...PATHWAY, ...CALCULATOR])]), k).to.equal(undefined);
      expect(nearestAttribute(k.toUpperCase(), [...new Set([...PATHWAY, ...CALCULATOR])]), k).to.equal(undefined);
    }
  });

  it('never flags global attributes, data-*, aria-*, role or event handlers', () => {
    const globals = ['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'slot', 'tabindex', 'part', 'exportparts', 'inert', 'is', 'nonce', 'popover', 'draggable', 'spellcheck', 'translate', 'autofocus', 'enterkeyhint', 'inputmode', 'autocapitalize', 'contenteditable', 'accesskey', 'role', 'onclick', 'onweight', 'data-weight', 'data-red-flags', 'aria-label', 'aria-weight', 'itemprop'];
    for (const g of globals) {
      expect(isGlobalAttribute(g), g).to.equal(true);
      expect(nearestAttribute(g, PATHWAY), g).to.equal(undefined);
      expect(nearestAttribute(g, CALCULATOR), g).to.equal(undefined);
    }
  });

  it('never flags names far from every known attribute (a page\'s own attributes, framework markers)', () => {
    for (const far of ['width', 'name', 'src', 'href', 'align', 'ng-reflect-weight', '_ngcontent-c0', 'x-data', 'hx-get', 'v-cloak', 'key', 'ref', 'patient', 'size', 'color', 'a', 'xy']) {
      expect(nearestAttribute(far, PATHWAY), far).to.equal(undefined);
      expect(nearestAttribute(far, CALCULATOR), far).to.equal(undefined);
    }
  });

  it('edit distance: counts substitutions, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('tpmt', 'tmpt')).to.equal(1);
    expect(editDistance('severity', 'severty')).to.equal(1);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).to.equal(editDistance(b, a));
        expect(d).to.be.at.least(Math.abs(a.length - b.length));
        expect(d).to.be.at.most(Math.max(a.length, b.length));
        expect(d === 0).to.equal(a === b);
      }),
    );
  });
});

describe('text limits', () => {
  it('clip keeps text up to the limit and marks a cut with an ellipsis', () => {
    expect(clip('abc', 3)).to.equal('abc');
    expect(clip('abcd', 3)).to.equal('abc…');
    expect(clip('x'.repeat(5000))).to.have.length(201);
  });

  it('limitList keeps at most five items and counts the rest', () => {
    expect(limitList(['a', 'b'])).to.deep.equal(['a', 'b']);
    expect(limitList(['1', '2', '3', '4', '5'])).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(limitList(['1', '2', '3', '4', '5', '6'])).to.deep.equal(['1', '2', '3', '4', '5', 'and 1 more']);
    expect(limitList(Array.from({ length: 10000 }, (_, i) => String(i))).at(-1)).to.equal('and 9,995 more');
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 50 }), (items) => {
        const out = limitList(items);
        expect(out.length).to.be.at.most(6);
        if (items.length <= 5) expect(out).to.deep.equal(items);
        else expect(out[5]).to.equal(`and ${items.length - 5} more`);
      }),
    );
  });

  it('echo shows bidirectional controls as "?", so a quoted value cannot reorder the message', () => {
    expect(echo('a\u202Eb')).to.equal('a?b');
    expect(echo('\u2067x\u2069')).to.equal('?x?');
    expect(echo('\u200Fx')).to.equal('?x');
    expect(echo('שלום')).to.equal('שלום');
  });

  it('ownList reads own indices only', () => {
    const holes = [, 'b'] as unknown[]; // eslint-disable-line no-sparse-arrays
    Object.defineProperty(Array.prototype, 0, { value: 'polluted', configurable: true, writable: true });
    try {
      expect(ownList(holes)).to.deep.equal([undefined, 'b']);
    } finally {
      delete (Array.prototype as unknown as Record<number, unknown>)[0];
    }
    expect(ownList('a b')).to.equal(undefined);
  });
});

describe('safeHref: only http(s) addresses become links', () => {
  const base = 'https://intranet.example/wiki/page';
  const table: [unknown, string | undefined][] = [
    ['https://example.org/imnm', 'https://example.org/imnm'],
    ['http://intranet/imnm', 'http://intranet/imnm'],
    ['/guidelines/imnm', '/guidelines/imnm'],
    [' /guidelines/imnm ', '/guidelines/imnm'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['file:///etc/passwd', undefined],
    ['mailto:a@example.org', undefined],
    ['', undefined],
    ['   ', undefined],
    [42, undefined],
    [undefined, undefined],
    [{ toString: () => 'https://example.org' }, undefined],
    [`https://example.org/${'a'.repeat(3000)}`, undefined],
  ];
  for (const [url, expected] of table) {
    it(`${JSON.stringify(String(url)).slice(0, 60)} → ${expected ?? 'no link'}`, () => expect(safeHref(url, base)).to.equal(expected));
  }

  it('a relative path on a file: page is not an http(s) address', () => {
    expect(safeHref('/guidelines', 'file:///home/page.html')).to.equal(undefined);
  });
});

describe('today and the parser', () => {
  it('untilMidnight: the milliseconds to the next local midnight, at least one second', () => {
    expect(untilMidnight(new Date(2026, 10, 30, 23, 59, 0, 0))).to.equal(60_000);
    expect(untilMidnight(new Date(2026, 10, 30, 23, 59, 59, 900))).to.equal(1000);
    expect(untilMidnight(new Date(2026, 10, 30, 0, 0, 0, 0))).to.be.within(23 * 3600_000, 25 * 3600_000);
    expect(untilMidnight(new Date(NaN))).to.equal(60_000);
  });

  it('childrenParsed: an element the parser is not writing (this document is parsed) is complete', () => {
    const el = document.createElement('div');
    expect(childrenParsed(el)).to.equal(true);
    document.body.append(el);
    expect(childrenParsed(el)).to.equal(true);
    el.remove();
  });
});
