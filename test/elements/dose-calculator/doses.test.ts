/**
 * Attributes → rendered doses, for the cases of content-spec §4 (content 2.0). The expected
 * numbers are worked out by hand from the specification, not read from the core.
 */
import { expect } from '@open-wc/testing';
import { DRUG_IDS } from '../../../src/content/inputs.js';
import { calculateDoses } from '../../../src/core/index.js';
import { calc, control, doseText, expandAll, expectNoJunk, fact, glanceText, line, lineText, lines, norm, root, shadowText, visible } from './helpers.js';
import type { Calc } from './helpers.js';

/** The notice with this code on a drug's line. */
const notice = (el: Calc, drug: string, code: string) => line(el, drug)?.querySelector<HTMLElement>(`[data-code="${code}"]`) ?? null;

describe('<nam-dose-calculator> doses (content-spec §4)', () => {
  it('is accessible with every item expanded', async () => {
    const el = await calc({ weight: '100', 'height-cm': '170', sex: 'male', 'start-date': '2026-12-01', config: '{"ivig":{"vialStepG":5}}' });
    await expandAll(el);
    await expect(el).to.be.accessible();
  });

  it('shows one item per drug, each with its dose, working and sources, for a 70 kg adult', async () => {
    const el = await calc({ weight: '70' });
    expect(lines(el).map((l) => l.dataset.drug)).to.deep.equal([...DRUG_IDS]);
    for (const l of lines(el)) {
      expect(l.querySelector('[part~="dose"]'), l.dataset.drug).to.exist;
      expect(l.querySelector('[part~="basis"]'), l.dataset.drug).to.exist;
      expect(l.querySelector('details[part~="citations"]'), l.dataset.drug).to.exist;
    }
    expectNoJunk(el);
  });

  const exactCases: Record<string, string>[] = [
    { weight: '83.4', 'height-cm': '181', sex: 'female', tpmt: 'intermediate', 'start-date': '2027-01-04', age: '54' },
    { weight: '250', 'weight-unit': 'lb', 'height-cm': '160', sex: 'male', 'ivig-dosing-weight': 'adjusted', 'ivig-days': '3' },
    { weight: '45', tpmt: 'poor', 'methotrexate-day': 'sunday' },
    { weight: '120', tpmt: 'intermediate-both' },
    { weight: '160', 'weight-confirmed': '' },
    { weight: '36', 'height-cm': '150' },
  ];
  for (const attrs of exactCases) {
    it(`renders exactly the core's summary, working and notices of every line (${JSON.stringify(attrs)})`, async () => {
      const el = await calc(attrs);
      await expandAll(el);
      const result = calculateDoses({
        weight: Number(attrs.weight),
        ...(attrs['weight-unit'] && { weightUnit: attrs['weight-unit'] }),
        ...('weight-confirmed' in attrs && { weightConfirmed: true }),
        ...(attrs['height-cm'] && { heightCm: Number(attrs['height-cm']) }),
        ...(attrs.sex && { sex: attrs.sex }),
        ...(attrs.age && { age: Number(attrs.age) }),
        ...(attrs.tpmt && { tpmt: attrs.tpmt }),
        ...(attrs['start-date'] && { startDate: attrs['start-date'] }),
        ...(attrs['methotrexate-day'] && { methotrexateDay: attrs['methotrexate-day'] }),
        ...(attrs['ivig-dosing-weight'] && { ivigDosingWeight: attrs['ivig-dosing-weight'] }),
        ...(attrs['ivig-days'] && { ivigDays: Number(attrs['ivig-days']) }),
      });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(el.result).to.deep.equal(result);
      for (const l of result.lines) {
        expect(doseText(el, l.drug)).to.equal(l.summary);
        // A withheld line shows its summary and notices only: its working holds numbers.
        if (!l.withheld) for (const b of l.basis) expect(lineText(el, l.drug)).to.include(b);
        for (const n of l.notices) {
          const shown = notice(el, l.drug, n.code);
          expect(shown, `${l.drug} ${n.code}`).to.exist;
          expect(norm(shown!.textContent)).to.include(n.message);
          expect(visible(shown), `${l.drug} ${n.code} visible once expanded`).to.equal(true);
        }
        for (const c of l.citations) expect(line(el, l.drug)!.querySelector(`[data-source="${c}"]`), c).to.exist;
      }
      for (const w of result.warnings) expect(shadowText(el)).to.include(w.message);
      expectNoJunk(el);
    });
  }

  it('[rule:dose/prednisone] 70 kg: prednisone 70 mg daily with its basis and the dosing weight in both units', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'prednisone')).to.equal('Prednisone 70 mg by mouth once daily in the morning');
    expect(lineText(el, 'prednisone')).to.include('1 mg/kg/day × 70 kg = 70 mg daily');
    expect(lineText(el, 'prednisone')).to.include('dosing weight 70 kg (154.3 lb)');
    expect(fact(el, 'prednisone', 'Dosing weight')).to.equal('70 kg (154.3 lb), actual body weight');
    expect(fact(el, 'prednisone', 'Daily maximum')).to.equal('75 mg/day (published default)');
    expect(line(el, 'prednisone')!.querySelector('.badge-capped')).to.equal(null);
  });

  it('[rule:dose/prednisone] 100 kg: capped at 75 mg, the cap shown', async () => {
    const el = await calc({ weight: '100' });
    expect(doseText(el, 'prednisone')).to.include('Prednisone 75 mg');
    expect(lineText(el, 'prednisone')).to.match(/capped at 75 mg\/day/i);
    expect(norm(line(el, 'prednisone')!.querySelector('.badge-capped')?.textContent)).to.equal('Capped');
  });

  it('[rule:dose/prednisone] 73 kg: rounding to the nearest 5 mg is shown', async () => {
    const el = await calc({ weight: '73' });
    expect(doseText(el, 'prednisone')).to.include('Prednisone 75 mg');
    expect(lineText(el, 'prednisone')).to.match(/rounded from 73 mg to 75 mg/i);
    expect(lineText(el, 'prednisone')).to.include('Rounded');
  });

  it('[rule:dose/methylprednisolone] fixed pulse 500–1,000 mg IV for 3 days', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'methylprednisolone')).to.include('500–1,000 mg IV once daily for 3 days');
    expect(glanceText(el)).to.include('Methylprednisolone 500–1,000 mg IV daily for 3 days');
  });

  it('[rule:dose/methotrexate] 15–25 mg once weekly, never daily (critical); the weekday is named when chosen', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'methotrexate')).to.include('Methotrexate 15–25 mg once weekly');
    expect(fact(el, 'methotrexate', 'Day of the week')).to.match(/^Not chosen/);
    const critical = notice(el, 'methotrexate', 'methotrexate-weekly')!;
    expect(critical.className).to.include('notice-critical');
    expect(norm(critical.textContent)).to.match(/Critical:.*never daily/);
    expect(norm(line(el, 'methotrexate')!.querySelector('.line-toggle')?.textContent)).to.include('Critical');

    el.methotrexateDay = 'friday';
    await el.updateComplete;
    expect(doseText(el, 'methotrexate')).to.include('once weekly on Friday');
    expect(fact(el, 'methotrexate', 'Day of the week')).to.equal('Friday');
  });

  it('[rule:dose/methotrexate] [hazard:H35] co-trimoxazole or trimethoprim: a warning on the methotrexate line', async () => {
    const el = await calc({ weight: '70' });
    const warning = notice(el, 'methotrexate', 'methotrexate-co-trimoxazole')!;
    expect(warning.getAttribute('part')).to.include('notice-warning');
    expect(norm(warning.textContent)).to.match(/^Warning:.*co-trimoxazole or trimethoprim/i);
  });

  it('[rule:dose/azathioprine] 70 kg, TPMT not known: 150–200 mg daily with the critical "do not start before TPMT and NUDT15"', async () => {
    const el = await calc({ weight: '70' });
    // 2–3 mg/kg/day × 70 kg = 140–210 mg, rounded inward to 25 mg steps.
    expect(doseText(el, 'azathioprine')).to.include('Azathioprine 150–200 mg');
    expect(lineText(el, 'azathioprine')).to.include('2–3 mg/kg/day × 70 kg = 140–210 mg daily');
    const critical = notice(el, 'azathioprine', 'azathioprine-tpmt-unknown')!;
    expect(critical.getAttribute('part')).to.include('notice-critical');
    expect(norm(critical.textContent)).to.match(/Critical:.*Do not start before the TPMT and NUDT15 results are known/);
    expect(glanceText(el)).to.match(/Critical: Azathioprine: Do not start before the TPMT and NUDT15 results are known/);
  });

  it('[rule:dose/azathioprine] [hazard:H35] allopurinol and febuxostat: a warning on the azathioprine line', async () => {
    const el = await calc({ weight: '70', tpmt: 'normal' });
    const warning = notice(el, 'azathioprine', 'azathioprine-allopurinol')!;
    expect(norm(warning.textContent)).to.match(/^Warning:.*quarter to a third.*Febuxostat: do not combine/);
  });

  const tpmtCases: [string, string, string | null][] = [
    // 70 kg: normal 2–3 mg/kg = 140–210 mg → 150–200; intermediate 0.6–2.4 mg/kg = 42–168 mg → 50–150;
    // both intermediate 0.4–1.5 mg/kg = 28–105 mg → 50–100 (25 mg steps, inward).
    ['normal', 'Azathioprine 150–200 mg', null],
    ['intermediate', 'Azathioprine 50–150 mg', 'azathioprine-tpmt-intermediate'],
    ['intermediate-both', 'Azathioprine 50–100 mg', 'azathioprine-tpmt-intermediate-both'],
  ];
  for (const [tpmt, text, code] of tpmtCases) {
    it(`[rule:dose/azathioprine] TPMT ${tpmt}: ${text}`, async () => {
      const el = await calc({ weight: '70', tpmt });
      expect(doseText(el, 'azathioprine')).to.include(text);
      expect((control(el, 'tpmt') as unknown as HTMLSelectElement).value).to.equal(tpmt);
      if (code) expect(notice(el, 'azathioprine', code)).to.exist;
      else expect(line(el, 'azathioprine')!.querySelector('[data-code^="azathioprine-tpmt"]')).to.equal(null);
      expect(glanceText(el)).not.to.include('Do not start before the TPMT');
    });
  }

  it('[rule:dose/azathioprine] TPMT poor: no dose, a critical notice with a text label', async () => {
    const el = await calc({ weight: '70', tpmt: 'poor' });
    const l = line(el, 'azathioprine')!;
    expect(doseText(el, 'azathioprine')).to.match(/do not use/i);
    expect(lineText(el, 'azathioprine')).not.to.match(/\d\s*mg\b(?!\/)/);
    expect(l.getAttribute('part')).to.include('line-withheld');
    expect(norm(l.querySelector('.badge-withheld')?.textContent)).to.include('Do not use');
    const critical = notice(el, 'azathioprine', 'azathioprine-tpmt-poor')!;
    expect(critical.getAttribute('part')).to.include('notice-critical');
    expect(norm(critical.querySelector('.notice-label')?.textContent)).to.include('Critical');
    // The other drugs are still dosed.
    expect(doseText(el, 'prednisone')).to.include('70 mg');
  });

  it('[rule:dose/mycophenolate] 1,000–1,500 mg twice daily, with the pregnancy warning', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'mycophenolate')).to.include('Mycophenolate mofetil 1,000–1,500 mg by mouth twice daily');
    expect(notice(el, 'mycophenolate', 'mycophenolate-pregnancy')).to.exist;
  });

  it('[rule:dose/ivig] 70 kg: 140 g per course, 28 g daily over 5 days, on actual weight, the rate in g/h', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'ivig')).to.include('140 g per course: 28 g/day over 5 days');
    expect(fact(el, 'ivig', 'Dosing weight')).to.equal('70 kg (154.3 lb), actual body weight');
    expect(fact(el, 'ivig', 'Per day')).to.equal('28 g daily on each of 5 consecutive days');
    // 1, 4 and 3.3 mg/kg/min × 70 kg × 60 min = 4.2, 16.8 and 13.86 g/h.
    const rate = norm(notice(el, 'ivig', 'ivig-rate')?.textContent);
    expect(rate).to.match(/^Note:/);
    expect(rate).to.include('1 mg/kg/min (4.2 g/h)').and.include('4 mg/kg/min (16.8 g/h)').and.include('3.3 mg/kg/min (13.9 g/h)');
    expect(rate).to.include('70 kg (154.3 lb)');
  });

  it('[rule:dose/ivig] ivig-days 2: 70 g daily', async () => {
    const el = await calc({ weight: '70', 'ivig-days': '2' });
    expect(doseText(el, 'ivig')).to.include('140 g per course: 70 g/day over 2 days');
    expect((control(el, 'ivig-days') as unknown as HTMLSelectElement).value).to.equal('2');
  });

  it('[rule:dose/ivig] more than 120% of ideal weight, dosing weight not chosen: a warning with both doses side by side, flagged in the glance', async () => {
    // 170 cm male: IBW 50 + 2.3 × (170 / 2.54 − 60) = 65.94 kg; adjusted 65.94 + 0.4 × 34.06 = 79.56 kg.
    const el = await calc({ weight: '100', 'height-cm': '170', sex: 'male' });
    expect(doseText(el, 'ivig')).to.include('200 g per course: 40 g/day over 5 days');
    expect(fact(el, 'ivig', 'Ideal body weight (Devine)')).to.equal('65.9 kg');
    expect(fact(el, 'ivig', 'Adjusted body weight')).to.equal('79.56 kg (175.4 lb)');
    expect(fact(el, 'ivig', 'Actual body weight')).to.equal('100 kg (220.5 lb)');
    expect(fact(el, 'ivig', 'BMI')).to.equal('34.6');
    expect(fact(el, 'ivig', 'Dosing weight')).to.equal('100 kg (220.5 lb), actual body weight');
    const choice = norm(notice(el, 'ivig', 'ivig-dosing-weight-choice')?.textContent);
    expect(choice).to.match(/^Warning:.*choose the dosing weight/);
    expect(choice).to.include('200 g per course: 40 g/day over 5 days').and.include('159.1 g per course: 31.8 g/day over 5 days');
    expect(norm(root(el).querySelector('[data-glance-drug="ivig"]')?.textContent)).to.include('choose the dosing weight');
  });

  it('[rule:dose/ivig] ivig-dosing-weight adjusted: doses on the adjusted weight (2 g/kg × 79.56 kg = 159.12 g)', async () => {
    const el = await calc({ weight: '100', 'height-cm': '170', sex: 'male', 'ivig-dosing-weight': 'adjusted' });
    expect(doseText(el, 'ivig')).to.include('159.1 g per course: 31.8 g/day over 5 days');
    expect(fact(el, 'ivig', 'Dosing weight')).to.equal('79.56 kg (175.4 lb), adjusted body weight');
    expect(notice(el, 'ivig', 'ivig-dosing-weight-choice')).to.equal(null);
    expect(norm(root(el).querySelector('[data-glance-drug="ivig"]')?.textContent)).not.to.include('choose');
  });

  it('[rule:dose/ivig] adjusted without height and sex: actual weight, and it says so', async () => {
    const el = await calc({ weight: '100', 'ivig-dosing-weight': 'adjusted' });
    expect(doseText(el, 'ivig')).to.include('200 g per course');
    expect(notice(el, 'ivig', 'ivig-adjusted-needs-height-sex')).to.exist;
    // The printed summary of the inputs says what was used, not only what was chosen.
    const used = norm(root(el).querySelector('[part~="summary"]')?.textContent);
    expect(used).to.match(/IVIG ?5 days, actual body weight \(adjusted body weight chosen, not applicable/);
    const applied = await calc({ weight: '100', 'height-cm': '170', sex: 'male', 'ivig-dosing-weight': 'adjusted' });
    expect(norm(root(applied).querySelector('[part~="summary"]')?.textContent)).to.match(/IVIG ?5 days, adjusted body weight/);
    expect(norm(root(applied).querySelector('[part~="summary"]')?.textContent)).to.not.include('not applicable');
  });

  it('[rule:dose/ivig] a vial step with no whole-vial amount within 10%: the exact amount and a note', async () => {
    // 45 kg over 5 days: 90 g, 18 g/day; the nearest 10 g vial amount (20 g) is 11.11% off.
    const el = await calc({ weight: '45', config: '{"ivig":{"vialStepG":10}}' });
    expect(doseText(el, 'ivig')).to.include('90 g per course: 18 g/day over 5 days');
    const refused = norm(notice(el, 'ivig', 'ivig-vial-refused')?.textContent);
    expect(refused).to.match(/^Note: No whole-vial amount within 10%/).and.include('20 g daily, 11.11% off');
    // Within 10%: 70 kg, 28 g/day → 30 g (7.14% off), so 150 g per course.
    const rounded = await calc({ weight: '70', config: '{"ivig":{"vialStepG":10}}' });
    expect(doseText(rounded, 'ivig')).to.include('150 g per course: 30 g/day over 5 days');
  });

  it('[rule:dose/rituximab] 1,000 mg on day 1 and day 15; dates from start-date', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'rituximab')).to.match(/^Rituximab 1,000 mg IV on day 1 and day 15\b/);
    expect(lineText(el, 'rituximab')).to.include('Enter a start date');
    el.startDate = '2026-12-01';
    await el.updateComplete;
    expect(doseText(el, 'rituximab')).to.include('day 1 (Tue 1 Dec 2026) and day 15 (Tue 15 Dec 2026)');
    const times = [...line(el, 'rituximab')!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2026-12-01', '2026-12-15']);
    expect(notice(el, 'rituximab', 'rituximab-hepatitis-b')).to.exist;
  });

  it('[rule:dose/prednisone] [hazard:H01] 154 lb: the conversion is shown and kg is used (69.85 kg)', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb' });
    const conv = root(el).querySelector('[part~="conversion"]');
    expect(norm(conv?.textContent)).to.equal('154 lb = 69.85 kg');
    expect(norm(root(el).querySelector('[part~="summary"]')?.textContent)).to.include('154 lb = 69.85 kg');
    expect(norm(root(el).querySelector('.results-heading')?.textContent)).to.equal('Doses for 69.85 kg (154 lb)');
    expect(lineText(el, 'prednisone')).to.include('1 mg/kg/day × 69.85 kg = 69.85 mg daily');
    expect(doseText(el, 'prednisone')).to.include('Prednisone 70 mg');
    // 2 g/kg × 69.85 kg = 139.7 g; 27.94 g/day shown as 27.9 g.
    expect(doseText(el, 'ivig')).to.include('139.7 g per course: 27.9 g/day over 5 days');
    const lb = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="weight-unit"][value="lb"]')!;
    expect(lb.checked).to.equal(true);
    expect(control(el, 'weight').getAttribute('aria-describedby')).to.include('weight-conversion');
  });

  it('[hazard:H01] every dosing weight on screen in both units: the heading, the line under the weight, each dosed line', async () => {
    const el = await calc({ weight: '72.5' });
    // 72.5 / 0.45359237 = 159.84 lb.
    expect(norm(root(el).querySelector('.results-heading')?.textContent)).to.equal('Doses for 72.5 kg (159.8 lb)');
    expect(norm(root(el).querySelector('[part~="conversion"]')?.textContent)).to.equal('72.5 kg (159.8 lb)');
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) {
      expect(fact(el, drug, 'Dosing weight'), drug).to.equal('72.5 kg (159.8 lb), actual body weight');
      expect(lineText(el, drug), drug).to.include('dosing weight 72.5 kg (159.8 lb)');
    }
  });

  it('no weight warning for an ordinary weight (40 kg and 149.9 kg are ordinary)', async () => {
    for (const weight of ['70', '40', '149.9']) {
      const el = await calc({ weight });
      expect(root(el).querySelector('[part~="warnings"]'), weight).to.equal(null);
      expect(root(el).querySelector('[part~="weight-check"]'), weight).to.equal(null);
      expect(el.result.ok && el.result.weightConfirmationRequired, weight).to.equal(false);
    }
  });

  it('drugs limits the lines (spaces or commas), in the core order, and the glance follows', async () => {
    const el = await calc({ weight: '70', drugs: 'rituximab, prednisone ivig' });
    expect(lines(el).map((l) => l.dataset.drug)).to.deep.equal(['prednisone', 'ivig', 'rituximab']);
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[name="drugs"]')];
    expect(boxes.filter((b) => b.checked).map((b) => b.value)).to.deep.equal(['prednisone', 'ivig', 'rituximab']);
    expect(el.result.ok && el.result.lines.map((l) => l.drug)).to.deep.equal(['prednisone', 'ivig', 'rituximab']);
    expect([...root(el).querySelectorAll<HTMLElement>('[data-glance-drug]')].map((g) => g.dataset.glanceDrug)).to.deep.equal([
      'prednisone',
      'ivig',
      'rituximab',
    ]);
    // No methotrexate or azathioprine shown: none of their critical notices either.
    expect(glanceText(el)).not.to.match(/Critical/);
    // The summary lists the settings of the lines shown only.
    const used = norm(root(el).querySelector('[part~="summary"]')?.textContent);
    expect(used).to.include('IVIG');
    expect(used).to.not.match(/azathioprine|Methotrexate day/i);
    const one = await calc({ weight: '70', drugs: 'prednisone' });
    expect(norm(root(one).querySelector('[part~="summary"]')?.textContent)).to.not.match(/IVIG|azathioprine|Methotrexate/i);
  });

  it('every line cites its sources, expanding to the full reference', async () => {
    const el = await calc({ weight: '70' });
    await expandAll(el);
    const details = line(el, 'azathioprine')!.querySelector('details[part~="citations"]') as HTMLDetailsElement;
    expect(norm(details.querySelector('summary')?.textContent)).to.include('cpic-2018');
    details.open = true;
    const entry = norm(details.querySelector('[data-source="cpic-2018"]')?.textContent);
    expect(entry).to.include('Relling MV');
    expect(entry).to.include('10.1002/cpt.1304');
    const list = root(el).querySelector('[part~="sources"]')!;
    expect(norm(list.textContent)).to.include('Relling MV');
  });

  it('shows content version, review status and the About panel', async () => {
    const el = await calc({ weight: '70' });
    const footer = norm(root(el).querySelector('[part~="footer"]')?.textContent);
    expect(footer).to.match(/Clinical content 2\.0\.0/);
    expect(footer).to.include('Not yet reviewed by your institution');
    const about = root(el).querySelector('details[part~="about"]')!;
    expect(norm(about.textContent)).to.include('adults');
    expect(shadowText(el)).not.to.match(/\b(MTX|AZA|MMF|QD|IU)\b/);
  });
});
