/** Attributes → rendered doses, for the cases of content-spec §4. */
import { expect } from '@open-wc/testing';
import { DRUG_IDS } from '../../../src/content/inputs.js';
import { calculateDoses } from '../../../src/core/index.js';
import { calc, control, doseText, fact, expectNoJunk, line, lineText, lines, norm, root, shadowText } from './helpers.js';

describe('<nam-dose-calculator> doses (content-spec §4)', () => {
  it('shows one line per drug, in large type, for a 70 kg adult', async () => {
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
    { weight: '83.4', 'height-cm': '181', sex: 'female', tpmt: 'intermediate', 'start-date': '2027-01-04' },
    { weight: '250', 'weight-unit': 'lb', 'height-cm': '160', sex: 'male', 'ivig-dosing-weight': 'adjusted', 'ivig-days': '3' },
    { weight: '45', tpmt: 'poor', 'methotrexate-day': 'sunday' },
    { weight: '120', tpmt: 'intermediate-both' },
  ];
  for (const attrs of exactCases) {
    it(`renders exactly the core text, basis and notices of every line (${JSON.stringify(attrs)})`, async () => {
      const el = await calc(attrs);
      const result = calculateDoses({
        weight: Number(attrs.weight),
        ...(attrs['weight-unit'] && { weightUnit: attrs['weight-unit'] }),
        ...(attrs['height-cm'] && { heightCm: Number(attrs['height-cm']) }),
        ...(attrs.sex && { sex: attrs.sex }),
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
        expect(doseText(el, l.drug)).to.equal(l.text);
        expect(lineText(el, l.drug)).to.include(l.text);
        for (const b of l.basis) expect(lineText(el, l.drug)).to.include(b);
        for (const n of l.notices) expect(lineText(el, l.drug)).to.include(n.message);
        for (const c of l.citations) expect(line(el, l.drug)!.querySelector(`[data-source="${c}"]`), c).to.exist;
      }
      for (const w of result.warnings) expect(shadowText(el)).to.include(w.message);
      expectNoJunk(el);
    });
  }

  it('[rule:dose/prednisone] 70 kg: prednisone 70 mg daily with its basis', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'prednisone')).to.match(/^Prednisone 70 mg .*once daily/);
    expect(lineText(el, 'prednisone')).to.include('1 mg/kg/day × 70 kg = 70 mg daily');
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
  });

  it('[rule:dose/methotrexate] 15–25 mg once weekly; the weekday is named when chosen', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'methotrexate')).to.include('Methotrexate 15–25 mg once weekly');
    expect(fact(el, 'methotrexate', 'Day of the week')).to.match(/^Not chosen/);
    const critical = line(el, 'methotrexate')!.querySelector('[data-code="methotrexate-weekly"]')!;
    expect(critical.className).to.include('notice-critical');
    expect(norm(critical.textContent)).to.match(/Critical:.*never daily/);

    el.methotrexateDay = 'friday';
    await el.updateComplete;
    expect(doseText(el, 'methotrexate')).to.include('once weekly on Friday');
    expect(fact(el, 'methotrexate', 'Day of the week')).to.equal('Friday');
  });

  it('[rule:dose/azathioprine] 70 kg: 150–200 mg daily, test TPMT first', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'azathioprine')).to.include('Azathioprine 150–200 mg');
    expect(lineText(el, 'azathioprine')).to.include('2–3 mg/kg/day × 70 kg = 140–210 mg daily');
    expect(line(el, 'azathioprine')!.querySelector('[data-code="azathioprine-tpmt-unknown"]')).to.exist;
  });

  const tpmtCases: [string, string, string | null][] = [
    ['normal', 'Azathioprine 150–200 mg', null],
    ['intermediate', 'Azathioprine 50–150 mg', 'azathioprine-tpmt-intermediate'],
    ['intermediate-both', 'Azathioprine 50–100 mg', 'azathioprine-tpmt-intermediate-both'],
  ];
  for (const [tpmt, text, code] of tpmtCases) {
    it(`[rule:dose/azathioprine] TPMT ${tpmt}: ${text}`, async () => {
      const el = await calc({ weight: '70', tpmt });
      expect(doseText(el, 'azathioprine')).to.include(text);
      expect((control(el, 'tpmt') as unknown as HTMLSelectElement).value).to.equal(tpmt);
      if (code) expect(line(el, 'azathioprine')!.querySelector(`[data-code="${code}"]`)).to.exist;
      else expect(line(el, 'azathioprine')!.querySelector('[data-code^="azathioprine-tpmt"]')).to.equal(null);
    });
  }

  it('[rule:dose/azathioprine] TPMT poor: no dose, a critical notice with a text label', async () => {
    const el = await calc({ weight: '70', tpmt: 'poor' });
    const l = line(el, 'azathioprine')!;
    expect(doseText(el, 'azathioprine')).to.match(/do not use/i);
    expect(doseText(el, 'azathioprine')).not.to.match(/\d+\s*mg/);
    expect(l.getAttribute('part')).to.include('line-withheld');
    expect(norm(l.querySelector('.badge-withheld')?.textContent)).to.include('Do not use');
    const notice = l.querySelector('[data-code="azathioprine-tpmt-poor"]')!;
    expect(notice.getAttribute('part')).to.include('notice-critical');
    expect(norm(notice.querySelector('.notice-label')?.textContent)).to.include('Critical');
    // The other drugs are still dosed.
    expect(doseText(el, 'prednisone')).to.include('70 mg');
  });

  it('[rule:dose/mycophenolate] 1,000–1,500 mg twice daily', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'mycophenolate')).to.include('Mycophenolate mofetil 1,000–1,500 mg by mouth twice daily');
    expect(line(el, 'mycophenolate')!.querySelector('[data-code="mycophenolate-pregnancy"]')).to.exist;
  });

  it('[rule:dose/ivig] 70 kg: 140 g per course, 28 g daily over 5 days, on actual weight', async () => {
    const el = await calc({ weight: '70' });
    expect(doseText(el, 'ivig')).to.include('140 g per course: 28 g/day over 5 days');
    expect(fact(el, 'ivig', 'Dosing weight')).to.equal('70 kg (actual body weight)');
    expect(fact(el, 'ivig', 'Per day')).to.equal('28 g daily on each of 5 consecutive days');
  });

  it('[rule:dose/ivig] ivig-days 2: 70 g daily', async () => {
    const el = await calc({ weight: '70', 'ivig-days': '2' });
    expect(doseText(el, 'ivig')).to.include('140 g per course: 70 g/day over 2 days');
    expect((control(el, 'ivig-days') as unknown as HTMLSelectElement).value).to.equal('2');
  });

  it('[rule:dose/ivig] height and sex: IBW, adjusted weight and BMI shown; obesity note on actual weight', async () => {
    const el = await calc({ weight: '100', 'height-cm': '170', sex: 'male' });
    expect(doseText(el, 'ivig')).to.include('200 g per course');
    expect(fact(el, 'ivig', 'Ideal body weight (Devine)')).to.equal('65.9 kg');
    expect(fact(el, 'ivig', 'Adjusted body weight')).to.equal('79.56 kg');
    expect(fact(el, 'ivig', 'BMI')).to.equal('34.6');
    expect(fact(el, 'ivig', 'Dosing weight')).to.equal('100 kg (actual body weight)');
    expect(line(el, 'ivig')!.querySelector('[data-code="ivig-obesity"]')).to.exist;
  });

  it('[rule:dose/ivig] ivig-dosing-weight adjusted: doses on the adjusted weight', async () => {
    const el = await calc({ weight: '100', 'height-cm': '170', sex: 'male', 'ivig-dosing-weight': 'adjusted' });
    expect(doseText(el, 'ivig')).to.include('159.1 g per course: 31.8 g/day over 5 days');
    expect(fact(el, 'ivig', 'Dosing weight')).to.equal('79.56 kg (adjusted body weight)');
    expect(fact(el, 'ivig', 'Actual body weight')).to.equal('100 kg');
  });

  it('[rule:dose/ivig] adjusted without height and sex: actual weight, and it says so', async () => {
    const el = await calc({ weight: '100', 'ivig-dosing-weight': 'adjusted' });
    expect(doseText(el, 'ivig')).to.include('200 g per course');
    expect(line(el, 'ivig')!.querySelector('[data-code="ivig-adjusted-needs-height-sex"]')).to.exist;
    // The summary of the inputs says what was used, not only what was chosen.
    const used = norm(root(el).querySelector('[part~="summary"]')?.textContent);
    expect(used).to.match(/IVIG ?5 days, actual body weight \(adjusted body weight chosen, not applicable/);
    const applied = await calc({ weight: '100', 'height-cm': '170', sex: 'male', 'ivig-dosing-weight': 'adjusted' });
    expect(norm(root(applied).querySelector('[part~="summary"]')?.textContent)).to.match(/IVIG ?5 days, adjusted body weight/);
    expect(norm(root(applied).querySelector('[part~="summary"]')?.textContent)).to.not.include('not applicable');
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
  });

  it('[rule:dose/prednisone] 154 lb: the conversion is shown and kg is used (69.85 kg)', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb' });
    const conv = root(el).querySelector('[part~="conversion"]');
    expect(norm(conv?.textContent)).to.equal('154 lb = 69.85 kg');
    expect(norm(root(el).querySelector('[part~="summary"]')?.textContent)).to.include('154 lb = 69.85 kg');
    expect(lineText(el, 'prednisone')).to.include('1 mg/kg/day × 69.85 kg = 69.85 mg daily');
    expect(doseText(el, 'prednisone')).to.include('Prednisone 70 mg');
    const lb = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="weight-unit"][value="lb"]')!;
    expect(lb.checked).to.equal(true);
    expect(control(el, 'weight').getAttribute('aria-describedby')).to.include('weight-conversion');
  });

  it('[rule:dose/prednisone] 20 kg edge: dosed, with a critical warning about the weight', async () => {
    const el = await calc({ weight: '20' });
    expect(doseText(el, 'prednisone')).to.include('Prednisone 20 mg');
    const warnings = root(el).querySelector('[part~="warnings"]')!;
    expect(warnings.querySelector('[data-code="weight-implausible"]')?.getAttribute('part')).to.include('notice-critical');
    // Above the lines.
    const first = root(el).querySelector('[data-drug]')!;
    expect(warnings.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('[rule:dose/prednisone] 350 kg edge: capped, weight and pounds warnings', async () => {
    const el = await calc({ weight: '350' });
    expect(doseText(el, 'prednisone')).to.include('Prednisone 75 mg');
    const warnings = root(el).querySelector('[part~="warnings"]')!;
    expect(warnings.querySelector('[data-code="weight-maybe-pounds"]')?.getAttribute('part')).to.include('notice-critical');
    expect(norm(warnings.textContent)).to.match(/confirm a measured weight.*pounds/i);
    expectNoJunk(el);
  });

  it('no weight warning for an ordinary weight', async () => {
    const el = await calc({ weight: '70' });
    expect(root(el).querySelector('[part~="warnings"]')).to.equal(null);
    expect(root(el).querySelector('[part~="weight-check"]')).to.equal(null);
  });

  for (const weight of ['154', '35']) {
    it(`[hazard:H02] an implausible weight (${weight} kg) has one global warning only: each weight-based line points back to it`, async () => {
      const el = await calc({ weight });
      expect(root(el).querySelector('[part~="warnings"] [data-code^="weight-"]')).to.exist;
      for (const drug of DRUG_IDS) {
        const marker = line(el, drug)!.querySelector<HTMLElement>('[part~="weight-check"]');
        const weightBased = ['prednisone', 'azathioprine', 'ivig'].includes(drug);
        expect(!!marker, drug).to.equal(weightBased);
        if (marker) expect(norm(marker.textContent)).to.equal('⚠ Check the weight: see the warning above.');
      }
      // The marker takes the reader (and the focus) to the warning.
      line(el, 'ivig')!.querySelector<HTMLButtonElement>('[part~="weight-check"] button')!.click();
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part~="warnings"]'));
      await expect(el).to.be.accessible();
    });
  }

  it('no weight marker on a withheld line (azathioprine with TPMT poor)', async () => {
    const el = await calc({ weight: '154', tpmt: 'poor' });
    expect(line(el, 'azathioprine')!.querySelector('[part~="weight-check"]')).to.equal(null);
    expect(line(el, 'prednisone')!.querySelector('[part~="weight-check"]')).to.exist;
  });

  it('drugs limits the lines (spaces or commas), in the core order', async () => {
    const el = await calc({ weight: '70', drugs: 'rituximab, prednisone ivig' });
    expect(lines(el).map((l) => l.dataset.drug)).to.deep.equal(['prednisone', 'ivig', 'rituximab']);
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[name="drugs"]')];
    expect(boxes.filter((b) => b.checked).map((b) => b.value)).to.deep.equal(['prednisone', 'ivig', 'rituximab']);
    expect(el.result.ok && el.result.lines.map((l) => l.drug)).to.deep.equal(['prednisone', 'ivig', 'rituximab']);
    // The summary lists the settings of the lines shown only.
    const used = norm(root(el).querySelector('[part~="summary"]')?.textContent);
    expect(used).to.include('IVIG');
    expect(used).to.not.match(/azathioprine|Methotrexate day/i);
    const one = await calc({ weight: '70', drugs: 'prednisone' });
    expect(norm(root(one).querySelector('[part~="summary"]')?.textContent)).to.not.match(/IVIG|azathioprine|Methotrexate/i);
  });

  it('every line cites its sources, expanding to the full reference', async () => {
    const el = await calc({ weight: '70' });
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
    expect(footer).to.match(/Clinical content \d+\.\d+\.\d+/);
    expect(footer).to.include('Not yet reviewed by your institution');
    const about = root(el).querySelector('details[part~="about"]')!;
    expect(norm(about.textContent)).to.include('adults');
    expect(shadowText(el)).not.to.match(/\b(MTX|AZA|MMF|QD|IU)\b/);
  });
});
