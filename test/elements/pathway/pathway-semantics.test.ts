/** Regressions in what a screen reader hears: names, descriptions, headings, motion. */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dose-calculator/define.js';
import { INDICATOR_LABELS, stepBadge } from '../../../src/elements/pathway/strings.js';
import { $, $$, control, openStep, pathway, root, settle, step, text } from './helpers.js';

/**
 * A disclosure's name as Chrome builds it: the text of its children, where a text node holding
 * only whitespace (such as the lone space Lit leaves between an element and its markers) is left
 * out — Chrome's accessibility tree named the citation disclosure "Sources:src, etg".
 */
function chromeName(node: Node): string {
  return [...node.childNodes]
    .map((child) => {
      if (child.nodeType === Node.TEXT_NODE) return /^\s+$/.test(child.textContent ?? '') ? '' : child.textContent;
      // Content hidden from the accessibility tree is not part of the name.
      if (child.nodeType === Node.ELEMENT_NODE) return (child as Element).getAttribute('aria-hidden') === 'true' ? '' : chromeName(child);
      return '';
    })
    .join('');
}

describe('<nam-pathway> regression: the citation disclosure was named "Sources:src, etg"', () => {
  it('the dose calculator\'s citation disclosures are named "Sources: src, …" with the space', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>('<nam-dose-calculator weight="70"></nam-dose-calculator>');
    await el.updateComplete;
    const summaries = [...el.shadowRoot!.querySelectorAll('details.citations > summary')];
    expect(summaries.length).to.be.greaterThan(0);
    for (const s of summaries) expect(chromeName(s)).to.match(/^Sources: [a-z0-9-]+(, [a-z0-9-]+)*$/);
    await expect(el).to.be.accessible();
  });
});

describe('<nam-pathway> regression: DOI links opened a new tab without saying so', () => {
  it('every link that opens a new tab says so in visually hidden text, in both elements', async () => {
    const path = await pathway({ antibody: 'anti-srp' });
    const calc = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>('<nam-dose-calculator weight="70"></nam-dose-calculator>');
    await calc.updateComplete;
    for (const d of calc.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')) d.open = true;
    for (const [name, shadow] of [
      ['pathway', root(path)],
      ['calculator', calc.shadowRoot!],
    ] as const) {
      const links = [...shadow.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')];
      expect(links.length, name).to.be.greaterThan(0);
      for (const a of links) {
        const hidden = a.querySelector('.visually-hidden');
        expect(text(hidden), `${name} ${a.href}`).to.equal('(opens in a new tab)');
        expect(hidden!.getBoundingClientRect().width).to.be.at.most(1);
        expect(chromeName(a)).to.match(/^10\.\S+ \(opens in a new tab\)$/);
      }
    }
  });
});

describe('<nam-pathway> regression: the red-flag hint was read at each of the five checkboxes', () => {
  it('the hint describes the fieldset once; no checkbox repeats it', async () => {
    const el = await pathway();
    const fieldset = $(el, 'fieldset[data-field="red-flags"]')!;
    expect(text(root(el).getElementById(fieldset.getAttribute('aria-describedby')!))).to.equal('Tick every one that applies.');
    const boxes = $$(el, 'input[name="red-flags"]');
    // Six red flags in content 2.0 (the myasthenic flag is new).
    expect(boxes.length).to.equal(6);
    for (const box of boxes) expect(box.getAttribute('aria-describedby') ?? '').to.not.include('hint-red-flags');
    await expect(el).to.be.accessible();
  });

  it('a red-flags error still describes each checkbox', async () => {
    const el = await pathway({ 'red-flags': 'fever' });
    for (const box of $$(el, 'input[name="red-flags"]')) {
      expect(box.getAttribute('aria-describedby')).to.equal('error-red-flags');
    }
    await expect(el).to.be.accessible();
  });

  it('the severity hint (with a checkpoint inhibitor) describes its fieldset, not each radio', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true });
    const fieldset = $(el, 'fieldset[data-field="severity"]')!;
    expect(text(root(el).getElementById(fieldset.getAttribute('aria-describedby')!))).to.include('CTCAE');
    for (const radio of $$(el, 'input[name="severity"]')) expect(radio.hasAttribute('aria-describedby')).to.equal(false);
  });
});

describe('<nam-pathway> regression: scrolling to a step or source ignored prefers-reduced-motion', () => {
  /** The behaviours scrollIntoView was asked for while `act` ran. */
  async function behaviours(act: () => Promise<void>): Promise<(string | undefined)[]> {
    const seen: (string | undefined)[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (arg?: boolean | ScrollIntoViewOptions) {
      seen.push(typeof arg === 'object' ? arg.behavior : undefined);
    };
    try {
      await act();
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    return seen;
  }

  async function follow(): Promise<(string | undefined)[]> {
    const el = await pathway({ 'red-flags': 'bulbar' });
    await openStep(el, 'urgent-assessment');
    return behaviours(async () => {
      $(el, '[data-step="urgent-assessment"] a[data-cite]')!.click();
      await settle(el);
      $(el, '[part="glance"] a[data-goto-step]')!.click();
      await settle(el);
      $(el, 'a[data-skip]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
    });
  }

  it('with reduced motion asked for, every scroll jumps (behavior "auto")', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(await follow()).to.deep.equal(['auto', 'auto', 'auto']);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('without it, scrolls stay smooth', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await follow()).to.deep.equal(['smooth', 'smooth', 'smooth']);
  });
});

describe('<nam-pathway> regression: moving by headings never said a step\'s severity', () => {
  it('each step heading starts with its indicator; the badges are not read twice; the title part keeps its text', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'myocarditis', statin: 'current' });
    const result = el.result;
    if (!result.ok) throw new Error('valid input');
    for (const s of result.steps) {
      const li = step(el, s.id)!;
      const heading = li.querySelector('h4')!;
      const name = chromeName(heading);
      expect(name, s.id).to.match(new RegExp(`^${INDICATOR_LABELS[s.indicator]}(, mandatory)?: `));
      expect(name.endsWith(s.title), s.id).to.equal(true);
      // Mandatory is said once: by the prefix, or by the title when it already says so.
      expect((name.match(/mandatory/gi) ?? []).length, s.id).to.equal(s.mandatory ? 1 : (s.title.match(/mandatory/gi) ?? []).length);
      expect(text(li.querySelector('[part="step-title"]')), s.id).to.equal(s.title);
      // The visible badges stay, hidden from the accessibility tree (the heading says them).
      expect(li.querySelector('.step-head')!.getAttribute('aria-hidden')).to.equal('true');
      // The badge says what the step means at the bedside ("Act" for a first-line info step).
      expect(text(li.querySelector('[data-indicator-label]'))).to.include(stepBadge(s.indicator, s.priority).label);
      // The prefix takes no room on screen.
      expect(heading.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
    }
    expect(result.steps.some((s) => s.indicator === 'critical')).to.equal(true);
    expect(result.steps.some((s) => s.mandatory)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the heading is the step\'s title line: a disclosure button holding the badge, the title in bold, nothing above it', async () => {
    const el = await pathway({ statin: 'current' });
    const li = step(el, 'stop-statin')!;
    const heading = li.querySelector('h4')!;
    const button = heading.querySelector('button[data-toggle-step="stop-statin"]')!;
    const title = li.querySelector<HTMLElement>('[part="step-title"]')!;
    expect(button.contains(title)).to.equal(true);
    expect(button.contains(li.querySelector('.step-head'))).to.equal(true);
    expect(Number(getComputedStyle(title).fontWeight)).to.be.at.least(600);
    // The badge leads the line; the title follows it.
    const badge = li.querySelector('.step-head')!.getBoundingClientRect();
    const t = title.getBoundingClientRect();
    expect(badge.left <= t.left || badge.top < t.top).to.equal(true);
    // Nothing of the step is drawn above its title line.
    expect(heading.getBoundingClientRect().top - li.getBoundingClientRect().top).to.be.at.most(12);
    expect(control(el, 'statin', 'current').checked).to.equal(true);
  });
});
