/**
 * The bedside layout ("Answer first"): the result opens with the weight and "At a glance", each
 * drug follows collapsed to its title line, nothing that an input brings is inserted above the
 * control being used, a new critical notice out of view gets a pointer, a phone shows the glance
 * without scrolling, and Print prints the widget alone, every item open.
 */
import { expect, fixtureCleanup, fixtureSync } from '@open-wc/testing';
import { html, render } from 'lit';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import { calculateDoses, resolveConfig, shortDose } from '../../../src/core/index.js';
import { doseGlance, type OkDoseResult } from '../../../src/elements/dose-calculator/glance-view.js';
import { renderLines } from '../../../src/elements/dose-calculator/render-results.js';
import { calc, control, controls, expandAll, glanceText, line, lines, norm, openMore, root, settle, visible } from './helpers.js';
import type { Calc } from './helpers.js';

const ok = (r: ReturnType<typeof calculateDoses>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const toggle = (el: Calc, drug: string) => line(el, drug)!.querySelector<HTMLButtonElement>('button.line-toggle')!;
const body = (el: Calc, drug: string) => line(el, drug)!.querySelector<HTMLElement>('.line-body')!;
const glance = (el: Calc) => root(el).querySelector<HTMLElement>('[part~="glance"]')!;
const pointer = (el: Calc) => root(el).querySelector<HTMLButtonElement>('[part~="critical-pointer"] button');
/** Whether the pointer is shown (a boolean: a failed assertion on an element is slow to report). */
const pointed = (el: Calc) => pointer(el) !== null;
const pointerStatus = (el: Calc) => norm(root(el).querySelector('.pointer-slot [role="status"]')?.textContent);

/** Every control of the form with its top in page coordinates (a scroll does not count as a move). */
function controlTops(el: Calc): Map<Element, number> {
  const tops = new Map<Element, number>();
  for (const c of root(el).querySelectorAll('form input, form select, form button')) {
    // A control not rendered at this width ("More details" on a wide screen) has no place to keep.
    if (c.getClientRects().length) tops.set(c, c.getBoundingClientRect().top + window.scrollY);
  }
  return tops;
}

/** The controls above `used` (and `used` itself; every control with `all`) that moved, with how far. */
function movedAbove(before: Map<Element, number>, used: Element, all = false): string[] {
  const usedTop = before.get(used)!;
  const moved: string[] = [];
  for (const [c, top] of before) {
    if (top > usedTop && !all) continue;
    const now = c.getBoundingClientRect().top + window.scrollY;
    if (now !== top) moved.push(`${(c as HTMLInputElement).name || c.className}${(c as HTMLInputElement).value ? `=${(c as HTMLInputElement).value}` : ''}: ${now - top} px`);
  }
  return moved;
}

async function typeKeys(el: Calc, text: string) {
  for (const key of text) {
    await sendKeys({ type: key });
    await settle(el);
  }
}

describe('<nam-dose-calculator> bedside layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('is accessible with the glance, an item opened from it, and the sources open', async () => {
    const el = await calc({ weight: '100', 'height-cm': '170', sex: 'male', tpmt: 'poor' });
    root(el).querySelector<HTMLButtonElement>('[data-glance-drug="ivig"] button')!.click();
    await settle(el);
    root(el).querySelector<HTMLElement>('[part~="sources"] summary')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('the result in its order: the weight in both units, its warning, At a glance, then each drug', async () => {
    const el = await calc({ weight: '160' });
    const order = ['.results-heading', '[part~="warnings"]', '[part~="glance"]', '[data-drug="prednisone"]', '[data-drug="rituximab"]'].map(
      (s) => root(el).querySelector(s)!,
    );
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).to.be.greaterThan(0);
    }
    expect(norm(order[0].textContent)).to.equal('Doses for 160 kg (352.7 lb)');
    // The copy and print buttons, then the sources, come after the items; the footer last.
    const copy = root(el).querySelector('[part~="copy-button"]')!;
    const sources = root(el).querySelector('[part~="sources"]')!;
    const footer = root(el).querySelector('[part~="footer"]')!;
    expect(order[4].compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(copy.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(sources.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('At a glance: every critical notice once, first, with its drug; then one short dose per drug shown (shortDose)', async () => {
    const el = await calc({ weight: '70' });
    const items = [...glance(el).querySelectorAll('li')].map((li) => norm(li.textContent));
    expect(items).to.deep.equal([
      '⚠ Critical: Methotrexate: Once weekly only, never daily: daily dosing errors have killed patients. Name the day on the prescription.',
      '⚠ Critical: Azathioprine: Do not start before the TPMT and NUDT15 results are known.',
      'Prednisone 70 mg daily',
      'Methylprednisolone 500–1,000 mg IV daily for 3 days',
      'Methotrexate 15–25 mg once weekly',
      'Azathioprine 150–200 mg daily',
      'Mycophenolate mofetil 1,000–1,500 mg twice daily',
      'IVIG 140 g per course over 5 days (28 g/day)',
      'Rituximab 1,000 mg IV on day 1 and day 15',
    ]);
    // The short doses are the core's, one function for every element and note.
    const r = ok(calculateDoses({ weight: 70 }));
    expect(items.slice(2)).to.deep.equal(r.lines.map(shortDose));
    // Each critical notice is in the glance once, whatever else shows it.
    expect(glance(el).querySelectorAll('[data-code="methotrexate-weekly"]')).to.have.length(1);
    // A poor metaboliser: the do-not-use notice replaces the TPMT one, the glance says no dose.
    const poor = await calc({ weight: '70', tpmt: 'poor' });
    expect(glanceText(poor)).to.include('Critical: Azathioprine: Poor TPMT or NUDT15 metaboliser: do not use azathioprine');
    expect(glanceText(poor)).to.include('Azathioprine: do not use (poor TPMT or NUDT15 metaboliser)');
    expect(glanceText(poor)).not.to.include('Do not start before the TPMT');
  });

  it('a critical notice that several lines carry is in the glance once, naming each drug (bulbar: nothing by mouth)', () => {
    const r = ok(calculateDoses({ weight: 70, redFlags: ['bulbar'] }));
    const g = doseGlance(r);
    const bulbar = g.critical.filter((c) => c.code === 'oral-bulbar');
    expect(bulbar).to.have.length(1);
    expect(bulbar[0].drugs).to.deep.equal(['prednisone', 'methotrexate', 'azathioprine', 'mycophenolate']);
    expect(g.critical.map((c) => c.code)).to.deep.equal(['oral-bulbar', 'methotrexate-weekly', 'azathioprine-tpmt-unknown']);
    expect(g.doses).to.have.length(7);
  });

  it('[hazard:H27] the notices 2.0 brings (bulbar, myasthenic, TPMT not known, interactions, the IVIG choice, rate in g/h) render with their level word', () => {
    // The calculator takes no red flags (the pathway does), so its renderer is given a result that has them.
    const r = ok(calculateDoses({ weight: 100, heightCm: 170, sex: 'male', ivigDays: 3, redFlags: ['bulbar', 'myasthenic'] }));
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const state = { isOpen: () => true, toggle: () => {}, allOpen: true, toggleAll: () => {} };
    render(renderLines(r as OkDoseResult, resolveConfig(undefined), state), host);
    const words = { critical: 'Critical:', warning: 'Warning:', info: 'Note:' };
    const codes = ['oral-bulbar', 'methylprednisolone-myasthenia', 'prednisone-myasthenia', 'ivig-myasthenic-days', 'azathioprine-tpmt-unknown',
      'azathioprine-allopurinol', 'methotrexate-co-trimoxazole', 'ivig-dosing-weight-choice', 'ivig-rate'];
    for (const l of r.lines) {
      for (const n of l.notices) {
        const shown = host.querySelector(`[data-drug="${l.drug}"] [data-code="${n.code}"]`);
        expect(shown, `${l.drug} ${n.code}`).to.exist;
        expect(norm(shown!.textContent), `${l.drug} ${n.code}`).to.match(new RegExp(`^(⚠ )?${words[n.level]} `)).and.include(n.message);
        expect(shown!.getAttribute('part')).to.include(`notice-${n.level}`);
      }
    }
    for (const code of codes) expect(host.querySelector(`[data-code="${code}"]`), code).to.exist;
    expect(norm(host.querySelector('[data-code="ivig-rate"]')?.textContent)).to.match(/\(\d+(\.\d)? g\/h\)/);
  });

  it('each drug collapsed to its title line (its dose and level); a real button with aria-expanded opens it', async () => {
    const el = await calc({ weight: '70' });
    for (const l of lines(el)) {
      const drug = l.dataset.drug!;
      const t = toggle(el, drug);
      expect(t.getAttribute('aria-expanded'), drug).to.equal('false');
      expect(t.getAttribute('aria-controls')).to.equal(body(el, drug).id);
      expect(body(el, drug).hidden, drug).to.equal(true);
      expect(visible(l.querySelector('[part~="dose"]')), `${drug} title`).to.equal(true);
    }
    // The indicator means something: critical and warning lines say so in words, background lines carry no badge.
    expect(norm(toggle(el, 'methotrexate').textContent)).to.include('Critical');
    expect(norm(toggle(el, 'mycophenolate').textContent)).to.include('Warning');
    expect(norm(toggle(el, 'prednisone').textContent)).to.equal('Prednisone 70 mg by mouth once daily in the morning');
    expect(root(el).querySelector('.line-toggle')!.textContent).not.to.match(/\bInfo\b|\bNote\b/i);
    // Keyboard: Enter and Space on the title open and close it.
    toggle(el, 'ivig').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle(el, 'ivig').getAttribute('aria-expanded')).to.equal('true');
    expect(visible(body(el, 'ivig'))).to.equal(true);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(body(el, 'ivig').hidden).to.equal(true);
  });

  it('"Expand all" opens every item and becomes "Collapse all"; each dose line is rendered once', async () => {
    const el = await calc({ weight: '70' });
    const all = root(el).querySelector<HTMLButtonElement>('button.expand-all')!;
    expect(norm(all.textContent)).to.equal('Expand all');
    all.click();
    await settle(el);
    for (const l of lines(el)) expect(visible(body(el, l.dataset.drug!)), l.dataset.drug).to.equal(true);
    expect(norm(all.textContent)).to.equal('Collapse all');
    all.click();
    await settle(el);
    for (const l of lines(el)) expect(body(el, l.dataset.drug!).hidden).to.equal(true);
    // One [data-drug] element per drug, and each line's dose (its summary) once outside the glance
    // (whose short doses can read the same, as rituximab's does without dates).
    const r = ok(calculateDoses({ weight: 70 }));
    expect(root(el).querySelectorAll('[data-drug]')).to.have.length(7);
    const text = norm(root(el).textContent).replace(norm(glance(el).textContent), '');
    for (const l of r.lines) expect(text.split(l.summary).length - 1, l.drug).to.equal(1);
  });

  it('a glance entry opens its drug and moves focus to it', async () => {
    const el = await calc({ weight: '70' });
    root(el).querySelector<HTMLButtonElement>('[data-glance-drug="azathioprine"] button')!.click();
    await settle(el);
    expect(toggle(el, 'azathioprine').getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(toggle(el, 'azathioprine'));
    // A critical notice's drug name leads to the same item.
    root(el).querySelector<HTMLButtonElement>('[part~="glance"] [data-code="methotrexate-weekly"] button')!.click();
    await settle(el);
    expect(root(el).activeElement).to.equal(toggle(el, 'methotrexate'));
    expect(visible(line(el, 'methotrexate')!.querySelector('[data-code="methotrexate-weekly"]'))).to.equal(true);
  });

  it('the source list is collapsed until opened; a line\'s citation marks open their own references', async () => {
    const el = await calc({ weight: '70' });
    const list = root(el).querySelector<HTMLElement>('[part~="sources"]')!;
    const details = list.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(visible(list.querySelector('ol'))).to.equal(false);
    list.querySelector<HTMLElement>('summary')!.click();
    await settle(el);
    expect(details.open).to.equal(true);
    expect(norm(list.textContent)).to.include('Relling MV');
    list.querySelector<HTMLElement>('summary')!.click();
    await settle(el);
    expect(details.open).to.equal(false);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`no layout shift above the user at ${viewport.width}×${viewport.height}: weight typed, tier crossed, box ticked, TPMT changed, a drug ticked, the unit changed`, async () => {
      await setViewport(viewport);
      const el = await calc({ weight: '70' });
      await openMore(el);
      const weight = control(el, 'weight');
      // Typing the weight moves nothing at all, key by key: its error, its hint and the
      // confirmation box share one cell, and the line with both units is always there.
      const typeChecked = async (text: string) => {
        weight.focus();
        weight.select();
        for (const key of text) {
          const before = controlTops(el);
          await sendKeys({ type: key });
          await settle(el);
          expect(movedAbove(before, weight, true), `typing "${key}" of ${text}`).to.deep.equal([]);
        }
      };
      const steps: [name: string, used: () => HTMLElement, act: () => Promise<void>, all?: boolean][] = [
        ['weight typed', () => weight, () => typeChecked('72'), true],
        ['tier crossed', () => weight, () => typeChecked('160'), true],
        ['box ticked', () => control(el, 'weight-confirmed'), async () => {
          control(el, 'weight-confirmed').focus();
          await sendKeys({ press: 'Space' });
          await settle(el);
        }, true],
        ['TPMT changed', () => control(el, 'tpmt'), async () => {
          control(el, 'tpmt').focus();
          await sendKeys({ press: 'ArrowUp' }); // from "Not known yet" to "Poor"
          await settle(el);
        }],
        ['methotrexate unticked', () => controls(el, 'drugs')[2], async () => {
          controls(el, 'drugs')[2].focus();
          await sendKeys({ press: 'Space' });
          await settle(el);
        }],
        ['methotrexate ticked', () => controls(el, 'drugs')[2], async () => {
          await sendKeys({ press: 'Space' });
          await settle(el);
        }],
        ['unit changed', () => controls(el, 'weight-unit')[0], async () => {
          controls(el, 'weight-unit')[0].focus();
          await sendKeys({ press: 'ArrowRight' });
          await settle(el);
        }],
      ];
      for (const [name, used, act, all] of steps) {
        const before = controlTops(el);
        const control = used();
        await act();
        expect(movedAbove(before, control, all), name).to.deep.equal([]);
      }
      expect(el.weightConfirmed, 'the unit change cleared the confirmation').to.equal(false);
      // The inputs did what they say.
      expect(el.tpmt).to.equal('poor');
      expect(el.weightUnit).to.equal('lb');
      expect(el.result.ok && el.result.lines.map((l) => l.drug)).to.include('methotrexate');
    });
  }

  it('a phone (390×844): the glance and its first entry are on screen without scrolling once a weight is entered', async () => {
    await setViewport({ width: 390, height: 844 });
    for (const attrs of [{ weight: '70' }, { weight: '160' }]) {
      fixtureCleanup();
      window.scrollTo(0, 0);
      const el = await calc({});
      const weight = control(el, 'weight');
      weight.focus();
      await typeKeys(el, attrs.weight);
      expect(window.scrollY).to.equal(0);
      const g = glance(el).getBoundingClientRect();
      const first = glance(el).querySelector('li')!.getBoundingClientRect();
      expect(g.top, `${attrs.weight}: glance top`).to.be.greaterThan(0);
      expect(first.bottom, `${attrs.weight}: first entry ${Math.round(first.bottom)} px`).to.be.at.most(844);
    }
  });

  it('a new critical notice out of view: announced, and a pointer after the form takes the user to it; no scroll, no focus taken', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await calc({ weight: '70' });
    await openMore(el);
    const tpmt = control<HTMLSelectElement>(el, 'tpmt');
    tpmt.scrollIntoView({ block: 'end' });
    tpmt.focus();
    const scrolled = window.scrollY;
    expect(glance(el).getBoundingClientRect().top, 'the glance is below the screen').to.be.greaterThan(844);
    expect(pointed(el)).to.equal(false);
    await sendKeys({ press: 'ArrowUp' }); // poor metaboliser: a new critical notice
    await settle(el);
    expect(window.scrollY, 'the page did not scroll').to.equal(scrolled);
    expect(root(el).activeElement, 'focus stays on the control').to.equal(tpmt);
    const p = pointer(el)!;
    expect(p, 'a pointer').to.exist;
    expect(norm(p.textContent)).to.match(/^Critical: Azathioprine: Poor TPMT or NUDT15 metaboliser: do not use azathioprine; choose a non-thiopurine agent\. ↓$/);
    const box = p.getBoundingClientRect();
    expect(box.top, 'the pointer is on screen').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(844);
    expect(pointerStatus(el)).to.match(/^New critical notice: Azathioprine: Poor TPMT/);
    // Keyboard: the pointer is reached with Tab and used with Enter.
    p.focus();
    expect(root(el).activeElement).to.equal(p);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).activeElement, 'focus on the glance').to.equal(glance(el));
    const g = glance(el).getBoundingClientRect();
    expect(g.top).to.be.at.least(-1);
    expect(g.top).to.be.below(844);
    expect(pointed(el), 'the pointer has done its job').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('no pointer while the glance is in view; above the screen, the pointer points up', async () => {
    // A screen tall enough for the whole form and the glance.
    await setViewport({ width: 1280, height: 1700 });
    const el = await calc({ weight: '70' });
    control<HTMLSelectElement>(el, 'tpmt').focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.tpmt).to.equal('poor');
    expect(pointed(el), 'the glance is on screen').to.equal(false);
    // 1280×800: the TPMT box is low in the form column; the page scrolls to it and the glance at
    // the top of the result column is above the screen.
    fixtureCleanup();
    await setViewport({ width: 1280, height: 800 });
    const wide = await calc({ weight: '70' });
    const tpmt = control<HTMLSelectElement>(wide, 'tpmt');
    tpmt.scrollIntoView({ block: 'end' });
    tpmt.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(wide);
    expect(glance(wide).getBoundingClientRect().top, 'the critical notices at its top are above the screen').to.be.below(0);
    expect(norm(pointer(wide)?.textContent)).to.match(/^Critical: Azathioprine: Poor TPMT .* ↑$/);
    const box = pointer(wide)!.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(800);
    expect(box.top).to.be.at.least(0);
  });

  it('no pointer for a notice that is not new; the pointer goes when the glance is scrolled to', async () => {
    await setViewport({ width: 390, height: 844 });
    const phone = await calc({ weight: '70' });
    await openMore(phone);
    const box = controls(phone, 'drugs')[2]; // methotrexate
    box.scrollIntoView({ block: 'end' });
    box.focus();
    await sendKeys({ press: 'Space' }); // methotrexate off: no new critical notice
    await settle(phone);
    expect(pointed(phone)).to.equal(false);
    expect(glance(phone).getBoundingClientRect().top, 'the glance is below the screen').to.be.greaterThan(844);
    await sendKeys({ press: 'Space' }); // on again: "once weekly, never daily" is new
    await settle(phone);
    expect(norm(pointer(phone)?.textContent)).to.match(/^Critical: Methotrexate: Once weekly only, never daily.* ↓$/);
    glance(phone).scrollIntoView({ block: 'start' });
    for (let i = 0; i < 40 && pointed(phone); i++) await new Promise((r) => setTimeout(r, 25));
    expect(pointed(phone), 'gone once the glance is in view').to.equal(false);
  });

  it('Print on a long host page: everything outside the widget is hidden for print, every item and the sources print open; then all is put back', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div>
      <header id="page-header" style="height: 1200px">Intranet header</header>
      <main id="page-main">
        <p id="before" style="height: 1500px">Text before the widget</p>
        <section id="holder"><nam-dose-calculator weight="70" tpmt="normal"></nam-dose-calculator></section>
        <p id="after" style="height: 1500px">Text after the widget</p>
      </main>
      <footer id="page-footer">Intranet footer</footer>
    </div>`);
    const el = host.querySelector<Calc>('nam-dose-calculator')!;
    await el.updateComplete;
    const outside = ['#page-header', '#before', '#after', '#page-footer'].map((s) => host.querySelector<HTMLElement>(s)!);
    const inside = [host, host.querySelector('#page-main')!, host.querySelector('#holder')!];
    const original = window.print;
    const seen: { marked: boolean[]; ancestors: boolean[]; open: boolean[]; sources: boolean; inputs: boolean } = {
      marked: [],
      ancestors: [],
      open: [],
      sources: false,
      inputs: false,
    };
    let printed = 0;
    window.print = () => {
      printed++;
      seen.marked = outside.map((n) => n.hasAttribute('data-nam-print-hide'));
      seen.ancestors = inside.map((n) => n.hasAttribute('data-nam-print-hide'));
      seen.open = lines(el).map((l) => !l.querySelector<HTMLElement>('.line-body')!.hidden);
      seen.sources = root(el).querySelector<HTMLDetailsElement>('[part~="sources"] details')!.open;
      seen.inputs = !root(el).querySelector('[part~="summary"]')!.classList.contains('print-only');
    };
    try {
      root(el).querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
      for (let i = 0; i < 40 && !printed; i++) await new Promise((r) => setTimeout(r, 10));
      expect(printed).to.equal(1);
      expect(seen.marked, 'the page around the widget').to.deep.equal([true, true, true, true]);
      expect(seen.ancestors, 'the widget and its ancestors').to.deep.equal([false, false, false]);
      expect(seen.open, 'every item renders open').to.deep.equal([true, true, true, true, true, true, true]);
      expect(seen.sources, 'the sources render open').to.equal(true);
      expect(seen.inputs, 'the inputs render in place of the form').to.equal(true);
      // As the printer sees it, before the page is put back.
      await emulateMedia({ media: 'print' });
      try {
        for (const n of outside) expect(n.checkVisibility(), n.id).to.equal(false);
        expect(el.checkVisibility()).to.equal(true);
        expect(visible(line(el, 'azathioprine')!.querySelector('[data-code="azathioprine-allopurinol"]'))).to.equal(true);
        expect(root(el).querySelector<HTMLElement>('form')!.checkVisibility()).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(host.querySelectorAll('[data-nam-print-hide]'), 'nothing left marked').to.have.length(0);
      expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('data-nam-print-hide')))).to.equal(false);
      expect(lines(el).every((l) => l.querySelector<HTMLElement>('.line-body')!.hidden), 'collapsed again').to.equal(true);
      expect(root(el).querySelector<HTMLDetailsElement>('[part~="sources"] details')!.open).to.equal(false);
    } finally {
      window.print = original;
    }
  });

  it('print keeps what the user opened: an item and the sources opened before printing stay open after', async () => {
    const el = await calc({ weight: '70' });
    toggle(el, 'ivig').click();
    root(el).querySelector<HTMLElement>('[part~="sources"] summary')!.click();
    await settle(el);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      root(el).querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
      for (let i = 0; i < 40 && !printed; i++) await new Promise((r) => setTimeout(r, 10));
      expect(printed).to.equal(1);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    } finally {
      window.print = original;
    }
    expect(visible(body(el, 'ivig'))).to.equal(true);
    expect(body(el, 'prednisone').hidden).to.equal(true);
    expect(root(el).querySelector<HTMLDetailsElement>('[part~="sources"] details')!.open).to.equal(true);
  });
});
