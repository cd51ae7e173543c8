/**
 * The machinery both elements share (src/elements/shared/*-controller.ts): where the
 * configuration comes from, the edit cycle against the page's settings, misspelt attributes,
 * "today" for the review status, and what a host page can inject. Each describe block is a
 * regression test named after the bedside-safety defect it guards against; each runs on both
 * elements, which must behave alike.
 *
 * An element expected to be absent is compared with null as a boolean: a failing
 * `expect(element).to.equal(null)` makes the runner format a shadow-tree element and stall.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DoseResult, PathwayResult } from '../../src/core/types.js';
import { REVIEW_WORDING } from '../../src/content/about.js';
import { clock } from '../../src/elements/shared/review-controller.js';

type Host = HTMLElement & {
  updateComplete: Promise<boolean>;
  config?: unknown;
  weight?: unknown;
  readonly note: string;
};
type Calc = Host & { readonly result: DoseResult; tpmt?: unknown };
type Pathway = Host & { readonly result: PathwayResult; readonly doseResult?: DoseResult; antibody?: unknown };

const TAGS = ['nam-dose-calculator', 'nam-pathway'] as const;
/** Attributes that give both elements a prednisone line (the pathway's glucocorticoid step). */
const BASE: Record<(typeof TAGS)[number], string> = {
  'nam-dose-calculator': 'weight="100"',
  'nam-pathway': 'antibody="anti-hmgcr" statin="current" weight="100"',
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T>(selector);
const prednisone = (el: HTMLElement) => norm($(el, '[data-drug="prednisone"]')?.textContent);
const footer = (el: HTMLElement) => norm($(el, '[part~="footer"]')?.textContent);
const configError = (el: HTMLElement) => norm($(el, '[part~="config-error"]')?.textContent);
/** Every alert's text (the pathway lists attribute problems under "errors", the calculator under "attribute-error"). */
const alerts = (el: HTMLElement) => [...shadow(el).querySelectorAll('[role="alert"]')].map((a) => norm(a.textContent)).join(' | ');

async function settle(el: Host) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

async function make<T extends Host = Host>(tag: string, attrs = '', inner = ''): Promise<T> {
  const el = await fixture<T>(`<${tag} ${attrs}>${inner}</${tag}>`);
  await settle(el);
  return el;
}

const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;
const LOCAL = { prednisone: { maxDailyMg: 60 }, reviewedBy: 'Neuromuscular MDT', reviewedOn: '2026-01-10' };

/** Collects console.warn calls while `act` runs. */
async function warnings(act: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await act();
  } finally {
    console.warn = original;
  }
  return seen;
}

for (const tag of TAGS) {
  describe(`<${tag}> regression: config="" hid the JSON configuration child`, () => {
    for (const value of ['', '   ']) {
      it(`[hazard:H15] config="${value}" falls through to the <script type="application/json"> child: the local cap applies and the review shows`, async () => {
        const el = await make(tag, `${BASE[tag]} config="${value}"`, json(LOCAL));
        expect(prednisone(el)).to.include('Prednisone 60 mg');
        expect(prednisone(el)).not.to.include('Prednisone 75 mg');
        expect(footer(el)).to.include('Reviewed by Neuromuscular MDT');
        expect(footer(el)).not.to.include(REVIEW_WORDING.unreviewed);
        expect(configError(el)).to.equal('');
      });
    }

    it('one rule for every source: property, else attribute, else the JSON child; absent, null and blank fall through', async () => {
      const el = await make(tag, BASE[tag], json({ prednisone: { maxDailyMg: 50 } }));
      expect(prednisone(el), 'the child').to.include('Prednisone 50 mg');
      el.setAttribute('config', '{"prednisone":{"maxDailyMg":30}}');
      await settle(el);
      expect(prednisone(el), 'the attribute').to.include('Prednisone 30 mg');
      el.config = { prednisone: { maxDailyMg: 40 } };
      await settle(el);
      expect(prednisone(el), 'the property').to.include('Prednisone 40 mg');
      el.config = '  ';
      await settle(el);
      expect(prednisone(el), 'a blank property: the attribute').to.include('Prednisone 30 mg');
      el.config = null;
      await settle(el);
      expect(prednisone(el), 'a null property: the attribute').to.include('Prednisone 30 mg');
      el.setAttribute('config', '');
      await settle(el);
      expect(prednisone(el), 'an empty attribute: the child').to.include('Prednisone 50 mg');
      el.removeAttribute('config');
      await settle(el);
      expect(prednisone(el), 'no attribute: the child').to.include('Prednisone 50 mg');
      el.querySelector('script')!.remove();
      await settle(el);
      expect(prednisone(el), 'no source: the published cap').to.include('Prednisone 75 mg');
    });

    it('notices a change of the child\'s type: text/plain is not configuration, application/json is', async () => {
      const el = await make(tag, BASE[tag], `<script type="text/plain">${JSON.stringify(LOCAL)}</script>`);
      expect(prednisone(el)).to.include('Prednisone 75 mg');
      const script = el.querySelector('script')!;
      script.type = 'application/json';
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(prednisone(el)).to.include('Prednisone 60 mg');
      script.setAttribute('type', 'text/plain');
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(prednisone(el)).to.include('Prednisone 75 mg');
    });
  });

  describe(`<${tag}> regression: misspelt attributes were ignored silently`, () => {
    const [wrong, right] = tag === 'nam-pathway' ? ['redflags', 'red-flags'] : ['height', 'height-cm'];
    const [later, laterMeant] = tag === 'nam-pathway' ? ['checkpoint', 'checkpoint-inhibitor'] : ['ivigdays', 'ivig-days'];

    it(`[hazard:H19] ${wrong}="…" is named in the console once and shown in the widget with the attribute meant`, async () => {
      let el!: Host;
      const seen = await warnings(async () => {
        el = await make(tag, `${BASE[tag]} ${wrong}="bulbar"`);
        el.setAttribute(wrong, 'dyspnoea');
        await settle(el);
      });
      const mine = seen.filter((w) => w.includes(`'${wrong}'`));
      expect(mine, JSON.stringify(seen)).to.have.length(1);
      expect(mine[0]).to.include(`'${right}'`).and.to.include(tag);
      expect(alerts(el)).to.include(`Ignored attribute '${wrong}' — did you mean '${right}'?`);
      await expect(el).to.be.accessible();
    });

    it('an attribute added later counts too; removing it removes the notice; adding it again warns no more', async () => {
      let el!: Host;
      const seen = await warnings(async () => {
        el = await make(tag, BASE[tag]);
        expect(alerts(el)).not.to.include('Ignored attribute');
        el.setAttribute(later, '');
        el.setAttribute('weightunit', 'lb');
        await new Promise((r) => setTimeout(r, 0));
        await settle(el);
        expect(alerts(el)).to.include(`Ignored attribute '${later}' — did you mean '${laterMeant}'?`);
        expect(alerts(el)).to.include("Ignored attribute 'weightunit' — did you mean 'weight-unit'?");
        el.removeAttribute(later);
        el.removeAttribute('weightunit');
        await new Promise((r) => setTimeout(r, 0));
        await settle(el);
        expect(alerts(el)).not.to.include('Ignored attribute');
        el.setAttribute(later, '');
        await new Promise((r) => setTimeout(r, 0));
        await settle(el);
        expect(alerts(el)).to.include(`Ignored attribute '${later}'`);
      });
      expect(seen.filter((w) => w.includes(`'${later}'`))).to.have.length(1);
      expect(seen.filter((w) => w.includes("'weightunit'"))).to.have.length(1);
    });

    it('global attributes, data-*, aria-*, role, event handlers and unrelated names are never flagged', async () => {
      const attrs = 'id="w1" class="widget" lang="en" dir="ltr" title="Doses" slot="x" tabindex="0" data-weight="70" data-redflags="x" aria-label="IMNM" role="region" onfoo="1" width="300" name="imnm" x-data="{}"';
      let el!: Host;
      const seen = await warnings(async () => {
        el = await make(tag, `${BASE[tag]} ${attrs}`);
      });
      expect(seen.filter((w) => w.includes('Ignored attribute'))).to.deep.equal([]);
      expect(alerts(el)).not.to.include('Ignored attribute');
    });
  });

  describe(`<${tag}> regression: the review state was computed once, so screen and note disagreed across midnight`, () => {
    const original = clock.now;
    afterEach(() => {
      clock.now = original;
    });

    it('[hazard:H14] at midnight past reviewDue the note and the screen both say overdue, from one "today"', async () => {
      let now = new Date(2026, 10, 30, 23, 59, 59, 0);
      clock.now = () => now;
      const config = { reviewedBy: 'Neuromuscular MDT', reviewedOn: '2026-01-10', reviewDue: '2026-11-30' };
      const el = await make(tag, BASE[tag], json(config));
      expect($(el, '[part~="review-alert"]') === null, 'not overdue on the due date').to.equal(true);
      expect(el.note).not.to.include('overdue');
      expect(el.note).to.include('next review due 2026-11-30');
      // Midnight passes: nothing else changes.
      now = new Date(2026, 11, 1, 0, 0, 1, 0);
      expect(el.note, 'the note read after midnight').to.include('(overdue)');
      await settle(el);
      expect(norm($(el, '[part~="review-alert"]')?.textContent), 'the screen follows the note').to.include('Overdue for review');
      expect(footer(el)).to.include(`${REVIEW_WORDING.overdue} 2026-11-30`);
    });

    it('the element updates itself at midnight, with no input and no reading of the note', async () => {
      let now = new Date(2026, 10, 30, 23, 59, 59, 500);
      clock.now = () => now;
      const el = await make(tag, BASE[tag], json({ reviewedBy: 'MDT', reviewedOn: '2026-01-10', reviewDue: '2026-11-30' }));
      expect($(el, '[part~="review-alert"]') === null).to.equal(true);
      now = new Date(2026, 11, 1, 0, 0, 0, 500);
      // The timer was set for the next midnight (at least a second away).
      await new Promise((r) => setTimeout(r, 1300));
      await settle(el);
      expect(norm($(el, '[part~="review-alert"]')?.textContent)).to.include('Overdue for review');
    });
  });

  describe(`<${tag}> regression: an RLO in a reviewer name reversed the review date`, () => {
    it('[hazard:H17] every host-supplied string in the footer is isolated: the date after a right-to-left name reads left to right', async () => {
      const name = 'Dr \u202EAbc';
      const el = await make(tag, BASE[tag], json({ reviewedBy: name, reviewedOn: '2026-01-10', protocolUrl: '/p', protocolLabel: 'Protocol \u202E1' }));
      const isolated = [...shadow(el).querySelectorAll('[part~="footer"] bdi')].map((b) => b.textContent);
      expect(isolated).to.include(name);
      expect(isolated).to.include('2026-01-10');
      expect(isolated).to.include('Protocol \u202E1');
      const date = [...shadow(el).querySelectorAll('[part~="footer"] bdi')].find((b) => b.textContent === '2026-01-10')!;
      expect(getComputedStyle(date).unicodeBidi).to.equal('isolate');
      const text = [...date.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() !== '')!;
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect();
      };
      // Character by character, on the same line, the date runs left to right.
      for (let i = 0; i + 1 < text.data.length; i++) {
        const [a, b] = [box(i), box(i + 1)];
        if (Math.abs(a.top - b.top) < 2) expect(a.left, `character ${i} of the date`).to.be.lessThan(b.left);
      }
    });

    for (const [label, governance, problem] of [
      ['an invisible-only reviewer name', { reviewedBy: '\u200B\u200E ', reviewedOn: '2026-01-10' }, 'reviewedBy must be'],
      ['a review date in the future', { reviewedBy: 'MDT', reviewedOn: '2999-01-01' }, 'reviewedOn must be'],
    ] as const) {
      it(`[hazard:H15] ${label} is a configuration error on screen, and the content counts as not reviewed`, async () => {
        const el = await make(tag, BASE[tag], json(governance));
        expect(configError(el)).to.include(problem);
        expect(footer(el)).to.include(REVIEW_WORDING.unreviewed);
      });
    }
  });

  describe(`<${tag}> regression: a polluted Object.prototype leaked into configuration and input`, () => {
    const POLLUTION: Record<string, unknown> = {
      protocolUrl: 'javascript:alert(1)',
      protocolLabel: 'Polluted',
      reviewedBy: 'Polluted reviewer',
      reviewedOn: '2020-01-01',
      weightUnit: 'lb',
      vialStepG: 50,
      maxDailyMg: 10,
      toJSONString: () => '{}',
    };

    it('[hazard:H01] [hazard:H15] nothing inherited is read: kg stays kg, no link, no reviewer, the published cap', async () => {
      for (const [key, value] of Object.entries(POLLUTION)) {
        Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
      }
      let seen: { prednisone: string; footer: string; links: string[]; weightKg?: number; configError: string; ivig: string };
      try {
        const el = await make(tag, BASE[tag]);
        el.config = { ivig: { defaultDays: 5 } };
        await settle(el);
        const doses = tag === 'nam-pathway' ? (el as Pathway).doseResult : (el as Calc).result;
        seen = {
          prednisone: prednisone(el),
          footer: footer(el),
          links: [...shadow(el).querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
          weightKg: doses?.ok ? doses.weightKg : undefined,
          configError: configError(el),
          ivig: norm($(el, '[data-drug="ivig"]')?.textContent),
        };
      } finally {
        for (const key of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[key];
      }
      expect(seen.weightKg, 'kg, not the inherited lb').to.equal(100);
      expect(seen.prednisone).to.include('Prednisone 75 mg');
      expect(seen.ivig).to.include('200 g');
      expect(seen.ivig).not.to.include('250 g');
      expect(seen.configError, 'a valid configuration stays valid').to.equal('');
      expect(seen.footer).to.include(REVIEW_WORDING.unreviewed);
      expect(seen.footer).not.to.include('Polluted');
      expect(seen.links.filter((h) => !/^(https:\/\/doi\.org\/|#)/.test(h)), 'no protocol link').to.deep.equal([]);
    });
  });

  describe(`<${tag}> regression: error text had no length limit`, () => {
    it('[hazard:H15] a configuration with hundreds of problems shows five and counts the rest; each at most 200 characters', async () => {
      const codes = Array.from({ length: 40 }, () => ({}));
      const el = await make(tag, BASE[tag], json({ fhir: { codes: { weight: codes } } }));
      const text = configError(el);
      expect(text).to.match(/and \d+ more\.$/);
      expect(text.length).to.be.lessThan(1500);
      const unknown = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`setting${i}`, i]));
      el.config = unknown;
      await settle(el);
      expect(configError(el)).to.include('unknown setting');
      expect(configError(el).length).to.be.lessThan(400);
      expect($(el, '[part~="config-error"]')!.getBoundingClientRect().height).to.be.lessThan(300);
    });
  });
}

describe('<nam-dose-calculator> regression: result and note were stale right after an attribute or property change', () => {
  it('[hazard:H16] setAttribute then reading result: the new input at once (TPMT poor withholds azathioprine)', async () => {
    const el = await make<Calc>('nam-dose-calculator', 'weight="70"');
    const before = el.result;
    if (!before.ok) throw new Error('valid input');
    expect(before.lines.find((l) => l.drug === 'azathioprine')?.withheld).to.not.equal(true);
    el.setAttribute('tpmt', 'poor');
    const after = el.result;
    if (!after.ok) throw new Error('valid input');
    const aza = after.lines.find((l) => l.drug === 'azathioprine')!;
    expect(aza.withheld).to.equal(true);
    expect(aza.amount).to.equal(undefined);
    expect(el.note).to.include('TPMT');
  });

  it('a property, a configuration attribute and an edited JSON child are read at once too', async () => {
    const el = await make<Calc>('nam-dose-calculator', 'weight="100"', json({ prednisone: { maxDailyMg: 50 } }));
    el.weight = '80';
    expect(el.result.ok && el.result.weightKg).to.equal(80);
    el.setAttribute('config', '{"prednisone":{"maxDailyMg":40}}');
    const line = el.result.ok ? el.result.lines.find((l) => l.drug === 'prednisone') : undefined;
    expect(line?.amount?.max).to.equal(40);
    el.removeAttribute('config');
    el.querySelector('script')!.textContent = '{"prednisone":{"maxDailyMg":30}}';
    const edited = el.result.ok ? el.result.lines.find((l) => l.drug === 'prednisone') : undefined;
    expect(edited?.amount?.max).to.equal(30);
    expect(el.note).to.include('30 mg');
    await settle(el);
    expect(prednisone(el), 'and the screen follows').to.include('Prednisone 30 mg');
  });
});

describe('regression: a page setting an attribute again replaced what the clinician was typing', () => {
  for (const tag of TAGS) {
    it(`[hazard:H16] <${tag}>: the same attribute value set again keeps the typed weight; a different one wins and is announced`, async () => {
      const el = await make(tag, BASE[tag].replace('weight="100"', 'weight="70"'));
      const events: unknown[] = [];
      el.addEventListener(`${tag === 'nam-pathway' ? 'nam-pathway-change' : 'nam-dose-change'}`, (e) => events.push(e));
      const box = $<HTMLInputElement>(el, 'input[name="weight"]')!;
      const busy = () => $(el, tag === 'nam-pathway' ? '[part="result"]' : '[part~="results"]')!.getAttribute('aria-busy');
      const status = () => norm($(el, '[data-status]')?.textContent);
      box.focus();
      box.select();
      await sendKeys({ type: '72' });
      await settle(el);
      expect(box.value).to.equal('72');
      expect(busy()).to.equal('true');
      const userEvents = events.length;
      expect(userEvents, 'one event per keystroke that changed the value').to.equal(2);
      // A framework re-rendering the page sets the attribute to the value it already had.
      el.setAttribute('weight', '70');
      await settle(el);
      expect(box.value, 'the typed weight stays').to.equal('72');
      expect(el.weight).to.equal('72');
      expect(busy(), 'still being typed').to.equal('true');
      expect(events.length, 'no event from the page').to.equal(userEvents);
      // A different value from the page wins, ends the edit, and the status says so.
      el.setAttribute('weight', '90');
      await settle(el);
      expect(box.value).to.equal('90');
      expect(busy()).to.equal('false');
      expect(status()).to.match(/^Weight was changed by the page to "90"\. /);
      expect(status()).to.include('90 kg');
      expect(events.length, 'still no event from the page').to.equal(userEvents);
    });
  }

  it('[hazard:H19] <nam-pathway>: a choice the user made survives the page setting its attribute again to the old value', async () => {
    const el = await make<Pathway>('nam-pathway', 'antibody="anti-hmgcr"');
    $<HTMLInputElement>(el, 'input[name="antibody"][value="anti-srp"]')!.click();
    await settle(el);
    expect(el.antibody).to.equal('anti-srp');
    el.setAttribute('antibody', 'anti-hmgcr');
    await settle(el);
    expect(el.antibody).to.equal('anti-srp');
    expect($<HTMLInputElement>(el, 'input[name="antibody"][value="anti-srp"]')!.checked).to.equal(true);
    el.setAttribute('antibody', 'seronegative');
    await settle(el);
    expect(el.antibody).to.equal('seronegative');
    expect(norm($(el, '[data-status]')?.textContent)).to.match(/^Antibody result was changed by the page to "seronegative"\. Pathway updated/);
  });
});
