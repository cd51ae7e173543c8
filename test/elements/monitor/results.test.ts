/**
 * <nam-monitor>: what the assessment shows, checked against content-spec §5 (values worked out by
 * hand from the specification) and against the core's result object (the element renders it, it
 * computes nothing clinical).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Visit } from '../../../src/core/follow-up-types.js';
import { $, $$, control, copyVisits, HMGCR_DRUGS, HMGCR_VISITS, monitor, norm, root, settle, userSets, wrapped } from './helpers.js';

const glanceLines = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.glance-line')].map((l) => norm(l.textContent));

describe('<nam-monitor> assessment', () => {
  it('at a glance: the latest visit, its CK and MMT-8, the flag of the latest blood results, overdue bloods, exposure — at most 6 lines', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    const lines = glanceLines(el);
    expect(lines.length).to.be.at.most(6);
    // 22 Jun against the baseline: globals 7 → 2 (50 %: 20) and 6 → 2 (40 %: 7.5), MMT-8 50 → 72 (27.5 %: 27.5),
    // HAQ 1.5 → 0.6 (30 %: 7.5), CK 8,000 → 400 (253.33 %: 7.5), extramuscular 2 → 0 (20 %: 12.5): 82.5, major.
    expect(lines[0]).to.equal('Latest visit, 22 Jun 2026: 82.5 of 100, major improvement (Total Improvement Score)');
    expect(lines[1]).to.equal('CK 2 × ULN, -95% from baseline · MMT-8 72/80, +22 points');
    // Neutrophils 1.4 on 25 May (the latest blood results) are below 1.6: the first sentence, the action in the visit.
    expect(lines[2]).to.equal('Warning: Neutrophils 1.4 ×10⁹/L: below 1.6 ×10⁹/L (BSR 2017 threshold).');
    // Methotrexate from 16 Feb: stable from 30 Mar, monthly 30 Apr, 30 May, 30 Jun; after 25 May: 30 May, overdue on 22 Jun.
    expect(lines[3]).to.equal('Warning: Safety blood tests overdue: they were due on 30 May 2026.');
    expect(lines[4]).to.match(/^Warning: Prednisone 15 mg\/day or more for 2 weeks or more \(5 Jan 2026 to 22 Jun 2026, 168 days\): consider Pneumocystis prophylaxis/);
    expect(lines[5]).to.match(/^Warning: Prednisone 2.5 mg\/day or more for more than 3 months/);
    // Each line leads to its item: the flag to the visit of 25 May, which opens and takes the focus.
    const link = $$<HTMLAnchorElement>(el, '.glance-line a')[2];
    link.click();
    await settle(el);
    const item = $(el, '[data-visit="2026-05-25"]')!;
    expect(item.querySelector('.item-body')!.hasAttribute('hidden')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(item.querySelector('.item-toggle'));
    expect(norm(item.querySelector('[data-code="neutrophils-low"]')!.textContent)).to.equal(
      'Warning: Neutrophils 1.4 ×10⁹/L: below 1.6 ×10⁹/L (BSR 2017 threshold). If the result is new or unexplained: withhold methotrexate and discuss with the specialist team.',
    );
  });

  it('each visit is one title line (date, response, indicator) until expanded; "Expand all" opens them all', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    const titles = $$(el, '.item-toggle').map((b) => norm(b.textContent));
    expect(titles).to.deep.equal([
      '5 Jan 2026 (baseline)',
      '16 Feb 2026 · TIS 40 (moderate improvement)',
      '30 Mar 2026 · TIS 60 (major improvement)',
      '27 Apr 2026 · TIS 65 (major improvement)',
      '25 May 2026 · TIS 82.5 (major improvement) Warning: 1 notice',
      '22 Jun 2026 · TIS 82.5 (major improvement)',
    ]);
    expect($$(el, '.item-body:not([hidden])')).to.have.length(0);
    const all = $<HTMLButtonElement>(el, '.expand-all')!;
    all.click();
    await settle(el);
    expect($$(el, '.item-body:not([hidden])')).to.have.length(6);
    expect(all.getAttribute('aria-expanded')).to.equal('true');
    expect(norm(all.textContent)).to.equal('Collapse all');
    const toggle = $$<HTMLButtonElement>(el, '.item-toggle')[1];
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(toggle.getAttribute('aria-controls')!)!.hidden).to.equal(true);
  });

  it('the Total Improvement Score with its six parts, as worked out from content-spec §5.3 and equal to the core\'s', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    $<HTMLButtonElement>(el, '.expand-all')!.click();
    await settle(el);
    const item = $(el, '[data-visit="2026-04-27"]')!;
    const rows = [...item.querySelectorAll('tr[data-measure]')].map((tr) => [
      tr.getAttribute('data-measure'),
      norm(tr.querySelector('[data-pct]')!.textContent),
      norm(tr.querySelector('[data-points]')!.textContent),
    ]);
    expect(rows).to.deep.equal([
      ['physicianGlobal', '40%', '17.5'],
      ['patientGlobal', '20%', '5'],
      ['mmt8', '20%', '20'],
      ['haq', '16.67%', '7.5'],
      ['ck', '233.33%', '7.5'],
      ['extramuscular', '10%', '7.5'],
    ]);
    expect(norm(item.querySelector('[data-total]')!.textContent)).to.equal('65');
    expect(norm(item.querySelector('.tis-table caption')!.textContent)).to.match(/^Total Improvement Score \(2016 ACR\/EULAR myositis response criteria\): 65 of 100, major improvement/);
    expect(norm(item.querySelector('.tis')!.textContent)).to.include('Developed for adult dermatomyositis and polymyositis and used as an end point in IMNM trials');
    expect(norm(item.querySelector('.tis')!.textContent)).to.include('a normal CK alone never reaches minimal improvement');
    // Every visit's table shows exactly the core's numbers.
    const result = el.result;
    if (!result.ok) throw new Error('expected a result');
    result.visits.forEach((a, i) => {
      const shown = $(el, `[data-visit="${a.date}"]`)!;
      if (!a.tis) {
        expect(shown.querySelector('.tis-table'), a.date).to.equal(null);
        return;
      }
      const cells = [...shown.querySelectorAll('tr[data-measure]')].map((tr) => ({
        measure: tr.getAttribute('data-measure'),
        pct: norm(tr.querySelector('[data-pct]')!.textContent),
        points: norm(tr.querySelector('[data-points]')!.textContent),
      }));
      expect(cells, `visit ${i}`).to.deep.equal(a.tis.measures.map((m) => ({ measure: m.measure, pct: `${String(m.improvementPct)}%`, points: String(m.points) })));
    });
    // The baseline has no score, and says nothing about one.
    expect($(el, '[data-visit="2026-01-05"] .tis')).to.equal(null);
  });

  it('no score without all six measures, and the CK and MMT-8 changes in the note\'s words', async () => {
    const visits: Visit[] = [
      { date: '2026-01-05', ck: 5000, ckUln: 250, mmt8: 60 },
      { date: '2026-02-02', ck: 2500, ckUln: 250, mmt8: 66 },
    ];
    const el = await monitor({ today: '2026-06-22' }, { visits });
    $<HTMLButtonElement>(el, '.expand-all')!.click();
    await settle(el);
    const item = $(el, '[data-visit="2026-02-02"]')!;
    // CK 2,500 / 250 = 10 × ULN; (2,500 − 5,000) / 5,000 = −50 %; MMT-8 +6 points = 7.5 % of 80.
    expect([...item.querySelectorAll('.facts li')].map((li) => norm(li.textContent))).to.deep.equal([
      'CK 2,500 U/L (10 × ULN of 250 U/L; -50% from baseline; -50% from the previous visit)',
      'MMT-8 66/80 (+6 points, +7.5% of 80 from baseline)',
    ]);
    expect(norm(item.querySelector('.tis-missing')!.textContent)).to.match(/^No Total Improvement Score: it needs all six core set measures/);
    expect(glanceLines(el)[0]).to.equal('Latest visit, 2 Feb 2026: No Total Improvement Score (it needs all six core set measures at the baseline and at this visit)');
  });

  it('deterioration (ProDERM): possible at one visit, confirmed at the next — a critical notice first in the glance and beside the visit', async () => {
    // Baseline physician global 3, MMT-8 60. 2 Feb: 5 (2 cm worse) and 48 (20 % worse): possible.
    // 2 Mar: 6 and 45 (25 % worse), and the previous visit met it too: confirmed.
    const visits: Visit[] = [
      { date: '2026-01-05', physicianGlobal: 3, mmt8: 60, ck: 900, ckUln: 200 },
      { date: '2026-02-02', physicianGlobal: 5, mmt8: 48, ck: 1200, ckUln: 200 },
      { date: '2026-03-02', physicianGlobal: 6, mmt8: 45, ck: 1100, ckUln: 200 },
    ];
    const el = await monitor({ today: '2026-03-02' }, { visits });
    const titles = $$(el, '.item-toggle').map((b) => norm(b.textContent));
    expect(titles[1]).to.equal('2 Feb 2026 · no TIS · possible deterioration Warning: 2 notices');
    expect(titles[2]).to.equal('2 Mar 2026 · no TIS · confirmed deterioration Critical: 1 notice');
    const first = $(el, '.glance-line')!;
    expect(first.getAttribute('data-kind')).to.equal('critical');
    expect(norm(first.textContent)).to.match(/^⚠ Critical: Confirmed deterioration: physician global activity 2 cm or more worse and MMT-8 20% or more worse than at baseline at two visits in a row \(ProDERM definition\)\. Consider the pathway for relapse/);
    // A CK rise alone is shown as a rise, never called a relapse.
    $<HTMLButtonElement>(el, '.expand-all')!.click();
    await settle(el);
    const rise = $(el, '[data-visit="2026-02-02"] [data-code="ck-rise"]')!;
    expect(norm(rise.textContent)).to.equal(
      'Note: CK rose 33.33% since the previous visit (900 to 1,200 U/L). A CK rise alone is not a relapse: judge it with strength (MMT-8) and the clinical picture.',
    );
    expect($(el, '[data-visit="2026-03-02"] [data-code="deterioration-confirmed"]')).to.exist;
    expect($(el, '[data-visit="2026-02-02"] [data-code="deterioration-possible"]')).to.exist;
  });

  it('the safety blood tests: the next date with its schedule and drugs; none without a listed drug', async () => {
    const el = await monitor({ today: '2026-05-26' }, { visits: copyVisits().slice(0, 5), drugs: HMGCR_DRUGS });
    const bloods = $(el, '[part~="next-bloods"]')!;
    expect(norm(bloods.querySelector('.next')!.textContent)).to.equal('Next safety blood tests: 30 May 2026');
    expect(norm(bloods.textContent)).to.include('BSR 2017 schedule: methotrexate (started 16 Feb 2026): monthly for 3 months once the dose has been stable for 6 weeks');
    expect(norm(bloods.textContent)).to.include('This is the BSR 2017 schedule; BSR 2025 moved to risk-adapted monitoring.');
    expect(glanceLines(el)).to.include('Next safety blood tests: 30 May 2026');
    const none = await monitor({ today: '2026-05-26' }, { visits: copyVisits() });
    expect(norm($(none, '[part~="next-bloods"]')!.textContent)).to.include('none scheduled (no methotrexate, azathioprine or mycophenolate listed)');
  });

  it('no exposure prompt below the thresholds (content-spec §5.6: 15 mg/day for 14 days; 2.5 mg/day over more than 3 months)', async () => {
    const el = await monitor({ today: '2026-03-01' }, {
      visits: [
        { date: '2026-01-05', prednisoneMgPerDay: 15 },
        { date: '2026-01-18', prednisoneMgPerDay: 10 },
        { date: '2026-02-20', prednisoneMgPerDay: 5 },
      ],
    });
    // 15 mg/day from 5 to 18 Jan is 13 days; 2.5 mg/day or more from 5 Jan to 20 Feb is under 3 months.
    expect(norm($(el, '[part~="exposure"]')!.textContent)).to.include('Glucocorticoid exposure: no prompt from the doses recorded.');
    expect($$(el, '[part~="exposure"] [data-code]')).to.have.length(0);
  });

  it('the taper plan for the taper-start date: 70 kg → 70 mg for 6 weeks, then 5 mg less every 2 weeks to 25 mg, then by response', async () => {
    const el = await monitor({ 'taper-start': '2026-07-01', weight: '70' });
    const rows = $$(el, '.taper-table tbody tr').map((tr) => norm(tr.textContent));
    expect(rows).to.deep.equal([
      'Wed 1 Jul 2026 Tue 11 Aug 2026 70 mg',
      'Wed 12 Aug 2026 Tue 25 Aug 2026 65 mg',
      'Wed 26 Aug 2026 Tue 8 Sep 2026 60 mg',
      'Wed 9 Sep 2026 Tue 22 Sep 2026 55 mg',
      'Wed 23 Sep 2026 Tue 6 Oct 2026 50 mg',
      'Wed 7 Oct 2026 Tue 20 Oct 2026 45 mg',
      'Wed 21 Oct 2026 Tue 3 Nov 2026 40 mg',
      'Wed 4 Nov 2026 Tue 17 Nov 2026 35 mg',
      'Wed 18 Nov 2026 Tue 1 Dec 2026 30 mg',
      'Wed 2 Dec 2026 then by response 25 mg',
    ]);
    expect(norm($(el, '.taper-then')!.textContent)).to.match(/^Then: Below 25 mg\/day, taper by response: no dates are computed\./);
    // 90 kg: 1 mg/kg/day is 90 mg, capped at 75 mg (content-spec §4).
    const capped = await monitor({ 'taper-start': '2026-07-01', weight: '90' });
    expect(norm($(capped, '.taper-table tbody tr')!.textContent)).to.equal('Wed 1 Jul 2026 Tue 11 Aug 2026 75 mg');
    // The institution's taper is local policy.
    const local = await monitor({ 'taper-start': '2026-07-01', weight: '70', config: '{"taper": {"floorMg": 20}}' });
    expect(norm($(local, '.taper-then')!.textContent)).to.include('20 mg/day (local policy; published 25 mg/day)');
  });
});

describe('<nam-monitor> chart', () => {
  it('draws a focusable point per value with its date and value as its name; the table alternative has the same data', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const points = $$(el, 'svg.chart [data-point]');
    expect(points).to.have.length(18);
    const names = points.map((p) => p.getAttribute('aria-label'));
    expect(names[0]).to.equal('CK on 5 Jan 2026: 40 × ULN (8,000 U/L)');
    expect(names[5]).to.equal('CK on 22 Jun 2026: 2 × ULN (400 U/L)');
    expect(names[6]).to.equal('MMT-8 on 5 Jan 2026: 50 of 80');
    expect(names[17]).to.equal('Prednisone on 22 Jun 2026: 20 mg/day');
    for (const p of points) expect(p.getAttribute('role')).to.equal('img');
    // The table alternative: one row per visit, the same values the points name.
    $<HTMLButtonElement>(el, '.chart-table-toggle')!.click();
    await settle(el);
    const rows = $$(el, '.chart-data tbody tr').map((tr) =>
      ['ck', 'timesUln', 'mmt8', 'prednisone'].map((c) => norm(tr.querySelector(`[data-col="${c}"]`)!.textContent)),
    );
    expect(rows).to.deep.equal(HMGCR_VISITS.map((v) => [v.ck!.toLocaleString('en-GB'), String(v.ck! / v.ckUln!), String(v.mmt8), String(v.prednisoneMgPerDay)]));
    const result = el.result;
    if (!result.ok) throw new Error('expected a result');
    result.visits.forEach((a, i) => {
      const row = $$(el, '.chart-data tbody tr')[i];
      expect(row.getAttribute('data-date')).to.equal(a.date);
      expect(norm(row.querySelector('[data-col="timesUln"]')!.textContent)).to.equal(String(a.ck!.timesUln));
    });
  });

  it('is one tab stop; the arrow keys move along a series and between series, the readout shows the value', async () => {
    const { wrapper, el } = await wrapped('<div><nam-monitor today="2026-06-22"></nam-monitor><button id="after">after</button></div>', { visits: copyVisits() });
    const readout = () => norm($(el, '.chart-readout')!.textContent);
    const active = () => el.shadowRoot!.activeElement as Element | null;
    wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
    // From the control after the chart, one Shift+Tab reaches the chart's one tab stop: its first point.
    $<HTMLButtonElement>(el, '.chart-table-toggle')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(active() === $(el, 'svg.chart [data-point="0"]'), 'the first point has the tab stop').to.equal(true);
    expect(active()?.getAttribute('aria-label')).to.equal('CK on 5 Jan 2026: 40 × ULN (8,000 U/L)');
    expect(readout()).to.equal('CK on 5 Jan 2026: 40 × ULN (8,000 U/L)');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active()?.getAttribute('aria-label')).to.equal('CK on 16 Feb 2026: 20 × ULN (4,000 U/L)');
    expect(readout()).to.equal('CK on 16 Feb 2026: 20 × ULN (4,000 U/L)');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active()?.getAttribute('aria-label')).to.equal('MMT-8 on 16 Feb 2026: 56 of 80');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active()?.getAttribute('aria-label')).to.equal('MMT-8 on 22 Jun 2026: 72 of 80');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active()?.getAttribute('aria-label')).to.equal('Prednisone on 22 Jun 2026: 20 mg/day');
    expect($$(el, 'svg.chart [tabindex="0"]')).to.have.length(1);
    expect($(el, 'svg.chart [tabindex="0"]')).to.equal(active());
    // Tab leaves the chart for the next control (the table toggle), not the next point.
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal($(el, '.chart-table-toggle'));
  });

  it('CK on a log scale (decades), MMT-8 from 0 to the scale, prednisone as a step line; nothing drawn without data', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const ticks = $$(el, '.ck-tick').map((t) => norm(t.textContent));
    expect(ticks).to.deep.equal(['1', '10', '100']);
    expect($$(el, '.mmt-tick').map((t) => norm(t.textContent))).to.deep.equal(['0', '40', '80']);
    const step = $(el, '.line-prednisone')!.getAttribute('d')!;
    expect(step).to.match(/^M[\d.]+ [\d.]+( H[\d.]+ V[\d.]+){5}$/);
    const bare = await monitor({ today: '2026-06-22' }, { visits: [{ date: '2026-01-05', haq: 1 }] });
    expect($(bare, 'svg.chart')).to.equal(null);
    expect(norm($(bare, '[part~="chart"]')!.textContent)).to.include('The chart needs a visit with CK, MMT-8 or a prednisone dose.');
  });
});

describe('<nam-monitor> no layout shift above the user', () => {
  it('a critical notice that an edit brings while the glance is out of view: announced, a pointer below the form, no scroll, no focus taken', async () => {
    const visits: Visit[] = [
      { date: '2026-01-05', physicianGlobal: 3, mmt8: 60 },
      { date: '2026-02-02', physicianGlobal: 5, mmt8: 48 },
      { date: '2026-03-02', physicianGlobal: 6, mmt8: 55 },
    ];
    const { wrapper, el } = await wrapped('<div><div class="spacer"></div><nam-monitor today="2026-03-02"></nam-monitor></div>', { visits });
    // A tall host page above the widget: the cell edited is at the bottom of the window, the glance below it.
    const spacer = wrapper.querySelector<HTMLElement>('.spacer')!;
    spacer.append(...Array.from({ length: 120 }, () => document.createElement('p')).map((p) => Object.assign(p, { textContent: 'Host page text.' })));
    await settle(el);
    const cell = control(el, 'visits[2].mmt8');
    cell.focus();
    // The clinician has scrolled the cell to the bottom of the window.
    window.scrollBy(0, cell.getBoundingClientRect().bottom - (window.innerHeight - 40));
    const top = cell.getBoundingClientRect().top;
    const scroll = window.scrollY;
    expect($(el, '[part~="critical-pointer"]')).to.equal(null);
    cell.select();
    await sendKeys({ type: '45' });
    await settle(el);
    await settle(el);
    expect(el.result.ok && el.result.visits[2].deterioration).to.equal('confirmed');
    const glance = $(el, '#mon-glance')!.getBoundingClientRect();
    expect(glance.top, 'the glance is below the window').to.be.greaterThan(window.innerHeight);
    const pointer = $<HTMLButtonElement>(el, '[part~="critical-pointer"]')!;
    expect(pointer, 'a pointer').to.exist;
    expect(norm(pointer.textContent)).to.equal('Critical: Confirmed deterioration ↓');
    expect(norm($(el, '[data-announce]')!.textContent)).to.match(/^Critical notice: Confirmed deterioration: /);
    expect($(el, '[data-announce]')!.getAttribute('aria-live')).to.equal('polite');
    expect(el.shadowRoot!.activeElement, 'focus stays in the cell').to.equal(cell);
    expect(window.scrollY, 'the page did not scroll').to.equal(scroll);
    expect(cell.getBoundingClientRect().top, 'the cell did not move').to.equal(top);
    // The pointer is after the form: nothing appeared above the cell.
    expect(cell.compareDocumentPosition(pointer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(pointer.getBoundingClientRect().top).to.be.greaterThan(cell.getBoundingClientRect().bottom);
    pointer.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#mon-glance-title'));
    expect($(el, '[part~="critical-pointer"]')).to.equal(null);
    window.scrollTo(0, 0);
  });

  it('an edit inside the table changes nothing above the form', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    const form = $(el, 'form.form')!;
    const y = () => form.getBoundingClientRect().top + window.scrollY;
    const before = y();
    const aboveText = norm([...el.shadowRoot!.querySelectorAll('article > *')].filter((n) => n.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).map((n) => n.textContent).join(' '));
    await userSets(el, 'visits[4].neutrophils', '0.9');
    await userSets(el, 'visits[5].physicianGlobal', '9');
    const after = norm([...el.shadowRoot!.querySelectorAll('article > *')].filter((n) => n.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).map((n) => n.textContent).join(' '));
    expect(after).to.equal(aboveText);
    expect(y()).to.equal(before);
  });
});

describe('<nam-monitor> on a phone (390 × 844)', () => {
  it('once there is a result, the glance and its first line are in view without scrolling', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 390, height: 844 });
    try {
      const { el } = await wrapped('<div><nam-monitor today="2026-06-22" taper-start="2026-01-05" weight="60"></nam-monitor></div>', { visits: copyVisits(), drugs: HMGCR_DRUGS });
      window.scrollTo(0, 0);
      const top = el.getBoundingClientRect().top;
      const first = $(el, '.glance-line')!.getBoundingClientRect();
      expect(first.bottom - top, `the first glance line ends ${Math.round(first.bottom - top)} px below the widget's top`).to.be.at.most(844);
      expect(document.documentElement.scrollWidth, 'no sideways scroll of the page').to.be.at.most(390);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
