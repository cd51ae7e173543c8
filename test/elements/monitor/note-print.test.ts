/**
 * <nam-monitor>: "Copy as note", print, and the rule that the note holds what the screen shows —
 * every notice and every visit's assessment — tested as a property over generated visit sets.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import { addDays } from '../../../src/core/dates.js';
import { followUpNote, taperNote } from '../../../src/core/follow-up.js';
import { assessFollowUp, planTaper } from '../../../src/core/index.js';
import type { FollowUpDrug, Visit } from '../../../src/core/follow-up-types.js';
import { $, $$, copyVisits, expectNoJunk, HMGCR_DRUGS, monitor, norm, root, settle, wrapped, type Monitor } from './helpers.js';

async function copy(el: Monitor): Promise<HTMLTextAreaElement> {
  $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
  for (let i = 0; i < 20 && !norm($(el, '.copy-status')?.textContent); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return $<HTMLTextAreaElement>(el, 'textarea[part~="note"]')!;
}

/** The label a notice starts with on screen. */
const unlabelled = (text: string) => text.replace(/^(⚠ )?(Critical|Warning|Note): /, '');

/**
 * The screen ⊆ note rule: every text marked as the note's (glance facts, visit titles and facts)
 * and every notice on screen is in the note word for word; and every notice of the result is on
 * screen. Returns the number of texts checked.
 */
function expectScreenInNote(el: Monitor): number {
  const note = norm(el.note);
  const result = el.result;
  if (!result.ok) {
    expect(note).to.equal('');
    expect($$(el, '[data-note]')).to.have.length(0);
    return 0;
  }
  const texts = [
    ...$$(el, '[data-note]').map((n) => norm(n.textContent)),
    ...$$(el, 'li.notice').map((n) => unlabelled(norm(n.textContent))),
  ];
  for (const text of texts) expect(note, `“${text}” is on screen`).to.include(text);
  const shown = norm(root(el).textContent);
  const notices = [...result.visits.flatMap((v) => [...v.notices, ...v.labFlags]), ...result.exposure, ...result.warnings.filter((w) => w.code !== 'config-invalid')];
  for (const n of notices) expect(shown, `${n.code} is on screen`).to.include(norm(n.message));
  expect($$(el, '[part~="visit"]')).to.have.length(result.visits.length);
  return texts.length;
}

describe('<nam-monitor> copy as note', () => {
  it('copies the core\'s follow-up note and, with a taper shown, the core\'s taper note', async () => {
    const el = await monitor({ today: '2026-06-22', 'taper-start': '2026-07-01', weight: '70' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    const box = await copy(el);
    const input = { visits: copyVisits(), drugs: HMGCR_DRUGS, today: '2026-06-22' };
    const expected = `${followUpNote(assessFollowUp(input), undefined, '2026-06-22')}\n\n${taperNote(planTaper({ weight: 70, startDate: '2026-07-01' }), undefined, '2026-06-22')}`;
    expect(box.value).to.equal(expected);
    expect(el.note).to.equal(expected);
    expect(box.readOnly).to.equal(true);
    expect(box.labels?.length).to.equal(1);
    expect(norm($(el, '.copy-status')!.textContent)).to.match(/Copied|selected/);
    expect(box.value).to.include('Neutrophils 1.4 ×10⁹/L: below 1.6 ×10⁹/L (BSR 2017 threshold). If the result is new or unexplained: withhold methotrexate');
    expect(box.value).to.include('Next safety blood tests: 30 May 2026 (OVERDUE)');
    expectScreenInNote(el);
  });

  it('falls back to selecting the text when the clipboard is refused', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      const box = await copy(el);
      expect(box.value).to.equal(el.note);
      expect(root(el).activeElement).to.equal(box);
      expect(box.selectionEnd).to.equal(box.value.length);
      expect(norm($(el, '.copy-status')!.textContent)).to.include('selected');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('no copy button while the input is invalid; the note is empty', async () => {
    const el = await monitor({}, { visits: [{ date: 'soon' }] });
    expect($(el, '[part~="copy-button"]')).to.equal(null);
    expect(el.note).to.equal('');
  });

  it('screen ⊆ note over 500 generated visit sets (visits, blood results near their thresholds, drugs, scale, taper)', async function () {
    this.timeout(240000);
    const el = await monitor({ today: '2026-06-22' });
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
    const half = fc.integer({ min: 0, max: 20 }).map((n) => n / 2);
    const visit = (mmtMax: number) =>
      fc.record({
        gap: fc.integer({ min: 1, max: 120 }),
        ck: maybe(fc.oneof(fc.integer({ min: 0, max: 20000 }), fc.constantFrom(0, 150, 3000))),
        ckUln: fc.constantFrom(150, 200, 250),
        mmt8: maybe(fc.integer({ min: 0, max: mmtMax })),
        physicianGlobal: maybe(half),
        patientGlobal: maybe(half),
        extramuscular: maybe(half),
        haq: maybe(fc.integer({ min: 0, max: 24 }).map((n) => n / 8)),
        prednisoneMgPerDay: maybe(fc.constantFrom(0, 2.5, 5, 10, 15, 20, 30, 40, 60)),
        wbc: maybe(fc.constantFrom(2, 3.4, 3.5, 6.1)),
        neutrophils: maybe(fc.constantFrom(1, 1.59, 1.6, 4)),
        platelets: maybe(fc.constantFrom(100, 139, 140, 250)),
        eosinophils: maybe(fc.constantFrom(0.1, 0.5, 0.51)),
        mcv: maybe(fc.constantFrom(90, 105, 106)),
        alt: maybe(fc.constantFrom(30, 100, 101)),
        ast: maybe(fc.constantFrom(30, 100, 101)),
        albumin: maybe(fc.constantFrom(29, 30, 41)),
        creatinine: maybe(fc.constantFrom(60, 80, 105, 130)),
        egfr: maybe(fc.constantFrom(45, 59, 60, 90)),
      });
    const scenario = fc.constantFrom(80, 150).chain((mmtMax) =>
      fc.record({
        mmtMax: fc.constant(mmtMax),
        visits: fc.array(visit(mmtMax), { maxLength: 7 }),
        drugs: fc.subarray(['methotrexate', 'azathioprine', 'mycophenolate'] as const).chain((ds) =>
          fc.tuple(...ds.map((drug) => fc.record({ drug: fc.constant(drug), start: fc.integer({ min: -30, max: 300 }), increase: maybe(fc.integer({ min: 10, max: 200 })) }))),
        ),
        todayAfter: fc.integer({ min: 0, max: 240 }),
        taper: maybe(fc.record({ weight: fc.constantFrom(35, 55, 70, 90, 160), confirmed: fc.boolean() })),
      }),
    );
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        let date = '2026-01-05';
        const visits: Visit[] = s.visits.map((v, i) => {
          if (i) date = addDays(date, v.gap);
          const { gap: _gap, ...fields } = v;
          return Object.fromEntries(Object.entries({ date, ...fields }).filter(([k, x]) => x !== undefined && !(k === 'ckUln' && fields.ck === undefined))) as unknown as Visit;
        });
        const drugs: FollowUpDrug[] = s.drugs.map((d) => ({
          drug: d.drug,
          started: addDays('2026-01-05', d.start),
          ...(d.increase !== undefined && { lastIncrease: addDays('2026-01-05', d.start + d.increase) }),
        }));
        el.visits = visits;
        el.drugs = drugs;
        el.mmtMax = String(s.mmtMax);
        el.today = addDays(date, s.todayAfter);
        el.taperStart = s.taper ? '2026-07-01' : null;
        el.weight = s.taper ? String(s.taper.weight) : null;
        el.weightConfirmed = s.taper?.confirmed ?? false;
        await el.updateComplete;
        // Every visit opened, as print shows them.
        if (el.result.ok) {
          const all = $<HTMLButtonElement>(el, '.expand-all');
          if (all && all.getAttribute('aria-expanded') === 'false') all.click();
          await el.updateComplete;
        }
        checked += expectScreenInNote(el);
        expectNoJunk(el);
      }),
      { numRuns: 500 },
    );
    expect(checked, 'texts checked').to.be.greaterThan(5000);
  });
});

describe('<nam-monitor> print', () => {
  it('prints the widget alone, expanded: every visit, the chart data, the visits as entered, the sources and the version', async () => {
    const { wrapper, el } = await wrapped(
      '<div><p id="host-text">Host page</p><nam-monitor today="2026-06-22" taper-start="2026-07-01" weight="70"></nam-monitor></div>',
      { visits: copyVisits(), drugs: HMGCR_DRUGS },
    );
    const original = window.print;
    let during: { items: number; hidden: boolean; sources: boolean; table: boolean; printed: string } | undefined;
    window.print = () => {
      during = {
        items: $$(el, '.item-body:not([hidden])').length,
        hidden: wrapper.querySelector('#host-text')!.hasAttribute('data-nam-print-hide'),
        sources: !$(el, '#mon-sources-body')!.hidden,
        table: !$(el, '#mon-chart-table')!.hidden,
        printed: [
          $$(el, '.printed-visits th').map((n) => norm(n.textContent)).join('|'),
          ...$$(el, '.printed-visits tbody tr').map((tr) => [...tr.children].map((c) => norm(c.textContent)).join(' ')),
        ].join('\n'),
      };
    };
    try {
      $<HTMLButtonElement>(el, '[part~="print-button"]')!.click();
      for (let i = 0; i < 40 && !during; i++) await new Promise((r) => setTimeout(r, 25));
      expect(during, 'window.print was called').to.exist;
      expect(during!.items).to.equal(6);
      expect(during!.hidden, 'the host page is hidden for print').to.equal(true);
      expect(during!.sources).to.equal(true);
      expect(during!.table).to.equal(true);
      expect(during!.printed).to.match(/^Visit date\|CK\|CK upper limit of normal\|MMT-8\|/);
      expect(during!.printed.split('\n')).to.include('2026-05-25 600 200 70 2 3 0 0.8 25 3.9 1.4 210 ');
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect($$(el, '.item-body:not([hidden])')).to.have.length(0);
      expect(wrapper.querySelector('#host-text')!.hasAttribute('data-nam-print-hide')).to.equal(false);
      expect($(el, '.printed-visits')).to.equal(null);
    } finally {
      window.print = original;
    }
  });

  it('the browser\'s own print command prints it expanded too; print media hides the form and the buttons, not the result', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect($$(el, '.item-body:not([hidden])')).to.have.length(6);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, 'form.form')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="actions"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="glance"]')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.printed-visits')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '[part~="footer"]')!).display).not.to.equal('none');
      expect(norm($(el, '[part~="footer"]')!.textContent)).to.match(/^Clinical content 2\.0\.0/);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    }
  });
});
