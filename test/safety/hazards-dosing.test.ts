/**
 * Hazard tests for dosing (docs/safety.md). Each title names the hazard it proves mitigated
 * with a hazard tag (hazard:Hnn in square brackets). Expected values are written from content-spec §4, not computed by the core.
 */
import { expect } from '@open-wc/testing';
import { TPMT_STATUSES, calculateDoses, DRUG_IDS, type DoseLine } from '../../src/core/index.js';
import { doseLine, doses, lineWords, weights } from './helpers.js';

const codes = (list: readonly { code: string }[]) => list.map((n) => n.code);

describe('hazards: weight entry', () => {
  it('[hazard:H01] [rule:dose/prednisone] 154 lb is converted once to 69.85 kg, the conversion is shown and every weight-based line uses it', () => {
    const r = doses({ weight: 154, weightUnit: 'lb' });
    expect(r.weightKg).to.equal(69.85);
    expect(r.conversion).to.equal('154 lb = 69.85 kg');
    const pred = r.lines.find((l) => l.drug === 'prednisone')!;
    expect(pred.dosingWeightKg).to.equal(69.85);
    expect(pred.amount).to.deep.equal({ min: 70, max: 70, unit: 'mg' });
    expect(r.lines.find((l) => l.drug === 'ivig')!.dosingWeightKg).to.equal(69.85);
    expect(r.lines.find((l) => l.drug === 'azathioprine')!.dosingWeightKg).to.equal(69.85);
  });

  it('[hazard:H01] a weight of 150 or more entered in kg asks whether it is in pounds and withholds every weight-based dose until confirmed', () => {
    const r = doses({ weight: 154, weightUnit: 'kg' });
    const pounds = r.warnings.find((w) => /pounds/i.test(w.message));
    expect(pounds, 'a warning asking about pounds').to.exist;
    expect(pounds!.level).to.equal('warning');
    expect(pounds!.message).to.include('154 lb = 69.85 kg');
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) {
      const l = r.lines.find((x) => x.drug === drug)!;
      expect(l.withheld, drug).to.equal(true);
      expect(l, drug).to.not.have.property('amount');
    }
    // The same patient entered correctly in pounds is not asked, and gets doses.
    const lb = doses({ weight: 154, weightUnit: 'lb' });
    expect(lb.warnings).to.deep.equal([]);
    expect(lb.lines.every((l) => l.amount !== undefined)).to.equal(true);
    // 340 lb (154.22 kg) is not in kg: no pounds question, but the weight must still be confirmed.
    const big = doses({ weight: 340, weightUnit: 'lb' });
    expect(big.warnings.some((w) => /pounds/i.test(w.message))).to.equal(false);
    expect(big.warnings.some((w) => /confirm/i.test(w.message))).to.equal(true);
    expect(big.weightConfirmationRequired).to.equal(true);
  });

  it('[hazard:H01] with a height, a smaller pound value typed as kg is caught by the BMI check (120 "kg" at 150 cm: BMI 53.3)', () => {
    const r = doses({ weight: 120, heightCm: 150 });
    expect(r.weightConfirmationRequired).to.equal(true);
    expect(r.warnings[0].message).to.match(/BMI 53\.3 for 150 cm: check the weight and the unit/);
    expect(r.lines.find((l) => l.drug === 'azathioprine')!.withheld).to.equal(true);
  });

  it('[hazard:H01] the unit is kg or lb exactly; any other unit is a field error, never a silent kg', () => {
    for (const weightUnit of ['stone', 'KG', 'lbs', 'pounds', '', 1]) {
      const r = calculateDoses({ weight: 70, weightUnit });
      expect(r.ok, String(weightUnit)).to.equal(false);
      if (!r.ok) expect(r.errors.map((e) => e.field)).to.include('weightUnit');
    }
    // A unit under another name is an unknown field, not ignored.
    const r = calculateDoses({ weight: 154, unit: 'lb' });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).to.include('unit');
  });

  it('[hazard:H02] weights outside 20–350 kg (44.1–771.6 lb) are field errors with no dose', () => {
    const bad = [
      { weight: 19.9 },
      { weight: 350.1 },
      { weight: 0 },
      { weight: -70 },
      { weight: 7000 },
      { weight: 44, weightUnit: 'lb' }, // 19.96 kg
      { weight: 771.7, weightUnit: 'lb' }, // 350.04 kg
    ];
    for (const input of bad) {
      const r = calculateDoses(input);
      expect(r.ok, JSON.stringify(input)).to.equal(false);
      expect(r).to.not.have.property('lines');
      if (!r.ok) {
        const e = r.errors.find((x) => x.field === 'weight');
        expect(e, JSON.stringify(input)).to.exist;
        expect(e!.message).to.include('20').and.include('350');
      }
    }
    for (const input of [{ weight: 20 }, { weight: 350 }, { weight: 44.1, weightUnit: 'lb' }, { weight: 771.6, weightUnit: 'lb' }]) {
      expect(calculateDoses(input).ok, JSON.stringify(input)).to.equal(true);
    }
  });

  it('[hazard:H02] non-numbers, NaN, Infinity and empty or missing weights are field errors, never a dose', () => {
    const values: unknown[] = ['70', '', ' ', NaN, Infinity, -Infinity, true, [70], { kg: 70 }, null, undefined];
    for (const weight of values) {
      const r = calculateDoses({ weight });
      expect(r.ok, String(weight)).to.equal(false);
      expect(r).to.not.have.property('lines');
      if (!r.ok) expect(r.errors.map((e) => e.field)).to.include('weight');
    }
    expect(calculateDoses({}).ok).to.equal(false);
    expect(calculateDoses(undefined).ok).to.equal(false);
  });

  it('[hazard:H02] weights below 40 kg or from 150 kg give weight-based doses only once confirmed as a measured weight in kg', () => {
    for (const weight of [20, 39.99, 150, 350]) {
      const before = doses({ weight });
      const w = before.warnings.find((x) => x.code === 'weight-confirm');
      expect(w, String(weight)).to.exist;
      expect(w!.level).to.equal('warning');
      expect(before.lines.filter((l) => l.withheld).map((l) => l.drug), String(weight)).to.deep.equal(['prednisone', 'azathioprine', 'ivig']);
      const after = doses({ weight, weightConfirmed: true });
      expect(after.lines.every((l) => l.amount !== undefined), String(weight)).to.equal(true);
      expect(after.warnings.some((x) => x.code === 'weight-confirmed')).to.equal(true);
    }
    for (const weight of [40, 70, 149.99]) expect(doses({ weight }).warnings, String(weight)).to.deep.equal([]);
  });
});

describe('hazards: dose size and rounding', () => {
  it('[hazard:H03] [rule:dose/prednisone] prednisone never exceeds the 75 mg/day default cap at any accepted weight; 100 kg gives 75 mg, capped', () => {
    for (const weight of weights(0.05)) {
      const l = doseLine({ weight }, 'prednisone');
      expect(l.amount.max, String(weight)).to.be.at.most(75);
    }
    const l = doseLine({ weight: 100 }, 'prednisone');
    expect(l.amount).to.deep.equal({ min: 75, max: 75, unit: 'mg' });
    expect(l.capped).to.equal(true);
    expect(l.basis.join(' ')).to.match(/capped at 75 mg/i);
    expect(doseLine({ weight: 75 }, 'prednisone').capped).to.equal(false);
  });

  it('[hazard:H03] an institution cap is applied after rounding, never exceeded, and labelled local policy beside the published cap', () => {
    const config = { prednisone: { maxDailyMg: 60 } };
    for (const weight of weights(0.5)) expect(doseLine({ weight }, 'prednisone', config).amount.max).to.be.at.most(60);
    const l = doseLine({ weight: 70 }, 'prednisone', config);
    expect(l.amount.min).to.equal(60);
    expect(l.capped).to.equal(true);
    expect(l.basis.join(' ')).to.include('local policy').and.include('75 mg');
  });

  it('[hazard:H04] [rule:dose/prednisone] prednisone rounds to the nearest 5 mg (72 kg → 70 mg, 73 kg → 75 mg), never more than 2.5 mg from 1 mg/kg', () => {
    expect(doseLine({ weight: 72 }, 'prednisone').amount.min).to.equal(70);
    expect(doseLine({ weight: 73 }, 'prednisone').amount.min).to.equal(75);
    expect(doseLine({ weight: 73 }, 'prednisone').basis.join(' ')).to.include('73 mg');
    for (const weight of weights(0.05)) {
      const l = doseLine({ weight }, 'prednisone');
      if (l.capped) continue;
      expect(Math.abs(l.amount.min - weight), String(weight)).to.be.at.most(2.5 + 1e-9);
      expect(l.amount.min % 5).to.equal(0);
    }
  });

  it('[hazard:H04] [rule:dose/prednisone] a coarse local rounding step never rounds prednisone to 0 mg (20 kg, 50 mg steps: the exact 20 mg)', () => {
    for (const roundingMg of [1, 2.5, 5, 10, 20, 25, 40, 50]) {
      for (const weight of weights(0.5)) {
        const l = doseLine({ weight }, 'prednisone', { prednisone: { roundingMg } });
        expect(l.amount.min, `${weight} kg, ${roundingMg} mg steps`).to.be.greaterThan(0);
        expect(l.text, `${weight} kg, ${roundingMg} mg steps`).to.not.match(/Prednisone 0 mg/);
      }
    }
    const l = doseLine({ weight: 20 }, 'prednisone', { prednisone: { roundingMg: 50 } });
    expect(l.amount.min).to.equal(20);
    expect(l.basis.join(' ')).to.match(/no 50 mg step fits/i);
  });

  it('[hazard:H04] [rule:dose/azathioprine] azathioprine rounds inward: at 70 kg 140–210 mg becomes 150–200 mg, and no weight or TPMT state leaves the mg/kg range', () => {
    expect(doseLine({ weight: 70, tpmt: 'normal' }, 'azathioprine').amount).to.deep.equal({ min: 150, max: 200, unit: 'mg' });
    const fraction = { normal: [1, 1], unknown: [1, 1], intermediate: [0.3, 0.8], 'intermediate-both': [0.2, 0.5] } as const;
    for (const [tpmt, [lo, hi]] of Object.entries(fraction)) {
      for (const weight of weights(0.25)) {
        for (const config of [undefined, { azathioprine: { roundingMg: 50 } }, { azathioprine: { roundingMg: 100 } }]) {
          const l = doseLine({ weight, tpmt }, 'azathioprine', config);
          const min = 2 * weight * lo;
          const max = 3 * weight * hi;
          const where = `${weight} kg, ${tpmt}, ${JSON.stringify(config)}`;
          expect(l.amount.min, where).to.be.at.least(min - 1e-9);
          expect(l.amount.max, where).to.be.at.most(max + 1e-9);
          expect(l.amount.min, where).to.be.at.most(l.amount.max);
        }
      }
    }
  });

  it('[hazard:H04] [rule:dose/methotrexate] methotrexate stays within 15–25 mg once weekly with any institution rounding step', () => {
    for (const roundingMg of [undefined, 2.5, 4, 5, 7.5, 10, 11, 12, 20, 25]) {
      const config = roundingMg ? { methotrexate: { roundingMg } } : undefined;
      const l = doseLine({ weight: 70 }, 'methotrexate', config);
      expect(l.amount.min, String(roundingMg)).to.be.at.least(15);
      expect(l.amount.max, String(roundingMg)).to.be.at.most(25);
      expect(l.per).to.equal('week');
    }
    expect(doseLine({ weight: 70 }, 'methotrexate').amount).to.deep.equal({ min: 15, max: 25, unit: 'mg' });
  });

  it('[hazard:H04] [rule:dose/ivig] IVIG shows at most one decimal and stays within 0.05 g of 2 g/kg per course', () => {
    for (const weight of weights(0.05)) {
      const l = doseLine({ weight }, 'ivig');
      expect(Math.abs(l.amount.min - 2 * weight), String(weight)).to.be.at.most(0.05 + 1e-9);
      expect(Math.round(l.amount.min * 10) / 10).to.equal(l.amount.min);
      expect(Math.round(l.perDay! * 10) / 10).to.equal(l.perDay);
      expect(Math.abs(l.perDay! - (2 * weight) / 5)).to.be.at.most(0.05 + 1e-9);
    }
    const l = doseLine({ weight: 154, weightUnit: 'lb' }, 'ivig');
    expect(l.amount.min).to.equal(139.7);
    expect(l.perDay).to.equal(27.9);
  });

  it('[hazard:H22] every dose is a finite, non-negative number that never falls as the weight rises', () => {
    let previous: Record<string, DoseLine> | undefined;
    for (const weight of weights(0.1)) {
      const r = doses({ weight, tpmt: 'normal', weightConfirmed: true });
      const byDrug = Object.fromEntries(r.lines.map((l) => [l.drug, l]));
      expect(Object.keys(byDrug)).to.deep.equal([...DRUG_IDS]);
      for (const line of r.lines) {
        const l = line as typeof line & { amount: { min: number; max: number }; exact: { min: number; max: number } };
        for (const v of [l.amount.min, l.amount.max, l.exact.min, l.exact.max, l.perDay ?? 0, l.dosingWeightKg ?? 0]) {
          expect(Number.isFinite(v) && v >= 0, `${l.drug} at ${weight} kg: ${v}`).to.equal(true);
        }
        expect(l.text).to.not.match(/NaN|Infinity|undefined|null|-\d/);
        if (previous) {
          const p = previous[l.drug] as typeof l;
          expect(l.amount.min, `${l.drug} min at ${weight} kg`).to.be.at.least(p.amount.min);
          expect(l.amount.max, `${l.drug} max at ${weight} kg`).to.be.at.least(p.amount.max);
        }
      }
      previous = byDrug;
    }
  });

  it('[hazard:H24] from 150 kg no weight-based dose is shown until the weight is confirmed; after confirmation the warning stays', () => {
    for (const weight of weights(1).filter((w) => w >= 150)) {
      const r = doses({ weight });
      expect(r.weightConfirmationRequired, String(weight)).to.equal(true);
      expect(r.lines.filter((l) => l.amount === undefined).map((l) => l.drug), String(weight)).to.deep.equal(['prednisone', 'azathioprine', 'ivig']);
      const c = doses({ weight, weightConfirmed: true });
      expect(c.warnings.some((w) => w.level === 'warning' && /confirmed/i.test(w.message)), String(weight)).to.equal(true);
    }
    // The content gives no absolute maximum for azathioprine: 350 kg confirmed gives 700–1,050 mg/day, shown with the warning.
    expect(doseLine({ weight: 350, tpmt: 'normal' }, 'azathioprine').amount).to.deep.equal({ min: 700, max: 1050, unit: 'mg' });
  });
});

describe('hazards: drug-specific', () => {
  it('[hazard:H05] [rule:dose/methotrexate] methotrexate reads "once weekly", never "daily", with a critical never-daily notice', () => {
    for (const weight of [20, 70, 350]) {
      const l = doseLine({ weight }, 'methotrexate');
      expect(l.per).to.equal('week');
      expect(l.text).to.include('once weekly');
      expect(l.text).to.not.match(/daily|every day|\/day|per day/i);
      expect(l.basis.join(' ')).to.not.match(/daily/i);
      const n = l.notices.find((x) => /never daily/i.test(x.message));
      expect(n, 'never-daily notice').to.exist;
      expect(n!.level).to.equal('critical');
    }
  });

  it('[hazard:H05] [rule:dose/methotrexate] the methotrexate day is named when given, and asked for when not', () => {
    expect(doseLine({ weight: 70, methotrexateDay: 'monday' }, 'methotrexate').text).to.include('once weekly on Monday');
    expect(doseLine({ weight: 70 }, 'methotrexate').text).to.match(/name one day of the week/i);
  });

  it('[hazard:H06] [rule:dose/azathioprine] unknown TPMT/NUDT15 status (the default): a critical "do not start before the results are known"', () => {
    for (const input of [{ weight: 70 }, { weight: 70, tpmt: 'unknown' }]) {
      const l = doseLine(input, 'azathioprine');
      const n = l.notices.find((x) => x.code === 'azathioprine-tpmt-unknown');
      expect(n, 'do-not-start notice').to.exist;
      expect(n!.level).to.equal('critical');
      expect(n!.message).to.match(/Do not start before the TPMT and NUDT15 results are known/);
    }
    expect(doseLine({ weight: 70, tpmt: 'normal' }, 'azathioprine').notices.some((n) => n.code === 'azathioprine-tpmt-unknown')).to.equal(false);
  });

  it('[hazard:H07] [rule:dose/azathioprine] a poor metaboliser gets no azathioprine dose: "do not use", withheld, critical', () => {
    for (const weight of [20, 70, 350]) {
      const l = doseLine({ weight, tpmt: 'poor' }, 'azathioprine');
      expect(l.withheld).to.equal(true);
      expect(l.text).to.match(/do not use/i);
      expect(l.text).to.not.match(/\d\s*mg/);
      expect(l).to.not.have.property('amount');
      expect(l).to.not.have.property('exact');
      expect(l.notices.some((n) => n.level === 'critical' && /do not use/i.test(n.message))).to.equal(true);
    }
  });

  it('[hazard:H07] [rule:dose/azathioprine] intermediate metabolisers get 30–80% and both-intermediate 20–50% of the normal dose (70 kg: 50–150 mg, 50–100 mg)', () => {
    expect(doseLine({ weight: 70, tpmt: 'intermediate' }, 'azathioprine').amount).to.deep.equal({ min: 50, max: 150, unit: 'mg' });
    expect(doseLine({ weight: 70, tpmt: 'intermediate-both' }, 'azathioprine').amount).to.deep.equal({ min: 50, max: 100, unit: 'mg' });
    for (const tpmt of ['intermediate', 'intermediate-both']) {
      expect(doseLine({ weight: 70, tpmt }, 'azathioprine').notices.some((n) => n.level !== 'info'), tpmt).to.equal(true);
    }
    // Every state is accepted; nothing else is.
    for (const tpmt of TPMT_STATUSES) expect(calculateDoses({ weight: 70, tpmt }).ok, tpmt).to.equal(true);
    expect(calculateDoses({ weight: 70, tpmt: 'low' }).ok).to.equal(false);
  });

  it('[hazard:H08] [rule:dose/ivig] in obesity the IVIG line shows the adjusted-weight course (man, 175 cm, 100 kg: 164.6 g) and doses on it when asked', () => {
    const actual = doseLine({ weight: 100, heightCm: 175, sex: 'male' }, 'ivig');
    expect(actual.amount.min).to.equal(200);
    const note = actual.notices.find((n) => /adjusted/i.test(n.message));
    expect(note, 'adjusted-weight note').to.exist;
    expect(note!.level).to.equal('warning');
    expect(note!.message).to.include('164.6 g');
    const adjusted = doseLine({ weight: 100, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' }, 'ivig');
    expect(adjusted.amount.min).to.equal(164.6);
    expect(adjusted.perDay).to.equal(32.9);
    expect(adjusted.dosingWeightKg).to.equal(82.28);
    expect(adjusted.basis.join(' ')).to.match(/adjusted body weight/i);
    expect(adjusted.citations).to.include('devine-1974');
  });

  it('[hazard:H08] [rule:dose/ivig] without height and sex, or below 120% of ideal weight, IVIG doses on actual weight and says so', () => {
    const plain = doseLine({ weight: 70 }, 'ivig');
    expect(plain.notices.some((n) => /actual body weight/i.test(n.message) && /height and sex/i.test(n.message))).to.equal(true);
    const asked = doseLine({ weight: 70, ivigDosingWeight: 'adjusted' }, 'ivig');
    expect(asked.amount.min).to.equal(140);
    expect(asked.notices.some((n) => /height and sex/i.test(n.message))).to.equal(true);
    const lean = doseLine({ weight: 80, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' }, 'ivig');
    expect(lean.amount.min).to.equal(160);
    expect(lean.notices.some((n) => /120%/.test(n.message) && /actual body weight/i.test(n.message))).to.equal(true);
  });

  it('[hazard:H09] [rule:dose/ivig] the IVIG line warns about renal function, hydration and thrombosis and gives the slower rate for risk', () => {
    const l = doseLine({ weight: 70 }, 'ivig');
    const renal = l.notices.find((n) => /renal/i.test(n.message) && /thrombosis/i.test(n.message));
    expect(renal).to.exist;
    expect(renal!.level).to.equal('warning');
    expect(renal!.message).to.match(/hydration/i);
    expect(lineWords(l)).to.include('3.3 mg/kg/min');
    expect(l.citations).to.include('octagam-label');
  });

  it('[hazard:H10] [rule:dose/ivig] the IVIG line says not to start plasma exchange straight after IVIG', () => {
    const l = doseLine({ weight: 70 }, 'ivig');
    expect(l.notices.some((n) => /plasma exchange/i.test(n.message) && /after IVIG/i.test(n.message))).to.equal(true);
  });

  it('[hazard:H11] [rule:dose/rituximab] the rituximab line warns to screen for hepatitis B before the first dose', () => {
    const l = doseLine({ weight: 70 }, 'rituximab');
    const n = l.notices.find((x) => /hepatitis B/i.test(x.message));
    expect(n).to.exist;
    expect(n!.level).to.equal('warning');
    expect(l.citations).to.include('rituximab-label');
  });

  it('[hazard:H12] [rule:dose/methotrexate] [rule:dose/mycophenolate] methotrexate and mycophenolate lines ask for a pregnancy test and contraception', () => {
    const mtx = doseLine({ weight: 70 }, 'methotrexate');
    const mmf = doseLine({ weight: 70 }, 'mycophenolate');
    for (const l of [mtx, mmf]) {
      const n = l.notices.find((x) => /pregnancy test/i.test(x.message) && /contraception/i.test(x.message));
      expect(n, l.drug).to.exist;
      expect(n!.level, l.drug).to.equal('warning');
    }
    expect(mmf.notices.some((n) => /two forms of contraception/i.test(n.message) && /embryofetal/i.test(n.message))).to.equal(true);
    expect(mmf.citations).to.include('mmf-label');
  });

  it('[hazard:H21] [rule:dose/rituximab] rituximab day 15 is 14 calendar days after day 1 across month ends, leap years and clock changes', () => {
    const cases: [string, string][] = [
      ['2026-12-01', '2026-12-15'],
      ['2026-02-20', '2026-03-06'],
      ['2028-02-20', '2028-03-05'],
      ['2026-03-25', '2026-04-08'],
      ['2026-10-20', '2026-11-03'],
      ['2026-12-25', '2027-01-08'],
    ];
    for (const [start, second] of cases) {
      const l = doseLine({ weight: 70, startDate: start }, 'rituximab');
      expect(l.schedule).to.deep.equal([
        { day: 1, date: start },
        { day: 15, date: second },
      ]);
    }
    expect(doseLine({ weight: 70, startDate: '2026-02-20' }, 'rituximab').text).to.include('6 Mar 2026');
    for (const startDate of ['2026-02-30', '2026-13-01', '01/12/2026', '2026-1-5', '']) {
      const r = calculateDoses({ weight: 70, startDate });
      expect(r.ok, startDate).to.equal(false);
    }
  });
});
