/**
 * Dose lines of content-spec §4 (IVIG dosing weight and rituximab dates have their own files):
 * the 70 kg patient of issue 2, prednisone rounding and cap, the weight unit and its limits,
 * TPMT/NUDT15, methotrexate once weekly, the checks column and the citations of each row.
 */
import { expect } from '@open-wc/testing';
import { calculateDoses } from '../../src/core/index.js';
import { expectFieldError, line, lineWords, okDoses, sorted } from './helpers.js';

const DRUGS = ['prednisone', 'methylprednisolone', 'methotrexate', 'azathioprine', 'mycophenolate', 'ivig', 'rituximab'];

describe('doses: the 70 kg patient (issue 2, content-spec §4)', () => {
  const r = calculateDoses({ weight: 70 });

  it('[rule:dose/prednisone] [rule:dose/methylprednisolone] [rule:dose/methotrexate] [rule:dose/azathioprine] [rule:dose/mycophenolate] [rule:dose/ivig] [rule:dose/rituximab] one line for each drug of §4', () => {
    const ok = okDoses(r);
    expect(sorted(ok.lines.map((l) => l.drug))).to.deep.equal(sorted(DRUGS));
    expect(ok.weightKg).to.equal(70);
    expect(ok.contentVersion).to.match(/^\d+\.\d+\.\d+$/);
    expect(ok.warnings.filter((w) => /weight/i.test(w.message))).to.deep.equal([]);
  });

  it('[rule:dose/prednisone] prednisone 70 mg daily', () => {
    const l = line(r, 'prednisone');
    expect(l.amount).to.deep.equal({ min: 70, max: 70, unit: 'mg' });
    expect(l.exact).to.deep.equal({ min: 70, max: 70, unit: 'mg' });
    expect(l.per).to.equal('day');
    expect(l.dosingWeightKg).to.equal(70);
    expect(l.capped).to.not.equal(true);
    expect(l.text).to.include('70 mg');
    expect(l.text).to.match(/daily/);
    expect(l.text).to.include('1 mg/kg/day × 70 kg = 70 mg daily');
  });

  it('[rule:dose/methylprednisolone] methylprednisolone 500–1,000 mg IV once daily for 3 days, not weight-based', () => {
    const l = line(r, 'methylprednisolone');
    expect(l.amount).to.deep.equal({ min: 500, max: 1000, unit: 'mg' });
    expect(l.per).to.equal('day');
    expect(l.days).to.equal(3);
    expect(l.text).to.include('500–1,000 mg');
    expect(l.text).to.match(/IV/);
    expect(l.text).to.match(/3 days/);
    expect(lineWords(l)).to.match(/not weight-based/i);
    expect(line(calculateDoses({ weight: 300 }), 'methylprednisolone').amount).to.deep.equal(l.amount);
  });

  it('[rule:dose/methotrexate] methotrexate 15–25 mg once weekly', () => {
    const l = line(r, 'methotrexate');
    expect(l.amount).to.deep.equal({ min: 15, max: 25, unit: 'mg' });
    expect(l.per).to.equal('week');
    expect(l.text).to.include('15–25 mg');
    expect(l.text).to.include('once weekly');
    expect(l.text).to.not.match(/daily/i);
  });

  it('[rule:dose/azathioprine] azathioprine 150–200 mg daily, from 140–210 mg rounded inward to 25 mg', () => {
    const l = line(r, 'azathioprine');
    expect(l.exact).to.deep.equal({ min: 140, max: 210, unit: 'mg' });
    expect(l.amount).to.deep.equal({ min: 150, max: 200, unit: 'mg' });
    expect(l.per).to.equal('day');
    expect(l.rounded).to.equal(true);
    expect(l.dosingWeightKg).to.equal(70);
    expect(l.text).to.include('150–200 mg');
    expect(l.text).to.include('2–3 mg/kg/day × 70 kg = 140–210 mg daily');
  });

  it('[rule:dose/prednisone] [rule:dose/azathioprine] [rule:dose/methotrexate] [rule:dose/mycophenolate] [rule:dose/ivig] [rule:dose/rituximab] each line says its dose in the words of issue 2', () => {
    const text = (drug: Parameters<typeof line>[1], weight = 70) => line(calculateDoses({ weight }), drug).text;
    expect(text('prednisone')).to.include('70 mg daily');
    expect(text('prednisone', 100)).to.include('75 mg daily');
    expect(text('prednisone', 73)).to.include('75 mg daily');
    expect(text('azathioprine')).to.include('150–200 mg daily');
    expect(text('methotrexate')).to.include('15–25 mg once weekly');
    expect(text('mycophenolate')).to.include('1,000–1,500 mg by mouth twice daily');
    expect(text('ivig')).to.include('140 g per course, 28 g/day over 5 days'.replace(', ', ': '));
    expect(text('rituximab')).to.include('1,000 mg IV on day 1 and day 15');
  });

  it('[rule:dose/mycophenolate] mycophenolate mofetil 1,000–1,500 mg twice daily', () => {
    const l = line(r, 'mycophenolate');
    expect(l.amount).to.deep.equal({ min: 1000, max: 1500, unit: 'mg' });
    expect(l.per).to.equal('dose');
    expect(l.timesPerDay).to.equal(2);
    expect(l.text).to.include('1,000–1,500 mg');
    expect(l.text).to.include('twice daily');
    expect(l.text).to.match(/mycophenolate mofetil/i);
    expect(l.text).to.include('2,000–3,000 mg');
  });

  it('[rule:dose/ivig] IVIG 140 g per course, 28 g/day over 5 days', () => {
    const l = line(r, 'ivig');
    expect(l.amount).to.deep.equal({ min: 140, max: 140, unit: 'g' });
    expect(l.per).to.equal('course');
    expect(l.days).to.equal(5);
    expect(l.perDay).to.equal(28);
    expect(l.dosingWeightKg).to.equal(70);
    expect(l.text).to.include('140 g');
    expect(l.text).to.include('28 g');
    expect(l.text).to.match(/5 days/);
    expect(l.text).to.match(/4 weeks/);
  });

  it('[rule:dose/rituximab] rituximab 1,000 mg on day 1 and day 15', () => {
    const l = line(r, 'rituximab');
    expect(l.amount).to.deep.equal({ min: 1000, max: 1000, unit: 'mg' });
    expect(l.per).to.equal('dose');
    expect(l.schedule?.map((s) => s.day)).to.deep.equal([1, 15]);
    expect(l.schedule?.every((s) => s.date === undefined)).to.equal(true);
    expect(l.text).to.include('1,000 mg');
    expect(l.text).to.match(/day 1\b/);
    expect(l.text).to.match(/day 15\b/);
  });
});

describe('doses: prednisone rounding to 5 mg and the cap after rounding', () => {
  const cases: [number, number, boolean][] = [
    // weight kg, prednisone mg, capped
    [20, 20, false],
    [22, 20, false],
    [22.4, 20, false],
    [22.5, 25, false],
    [72, 70, false],
    [72.5, 75, false],
    [73, 75, false],
    [75, 75, false],
    [77.4, 75, false],
    [77.5, 75, true],
    [78, 75, true],
    [100, 75, true],
    [350, 75, true],
  ];
  for (const [weight, mg, capped] of cases) {
    it(`[rule:dose/prednisone] ${weight} kg → ${mg} mg daily${capped ? ' (capped)' : ''}`, () => {
      // Below 40 kg or from 150 kg the weight must be confirmed first (content-spec §4.1).
      const l = line(calculateDoses({ weight, weightConfirmed: weight < 40 || weight >= 150 }), 'prednisone');
      expect(l.amount).to.deep.equal({ min: mg, max: mg, unit: 'mg' });
      expect(l.exact.min).to.equal(weight);
      expect(l.capped === true).to.equal(capped);
      expect(l.text).to.include(`${mg} mg`);
    });
  }

  it('[rule:dose/prednisone] the basis shows "1 mg/kg/day × 72 kg = 72 mg daily" and the rounding', () => {
    const l = line(calculateDoses({ weight: 72 }), 'prednisone');
    expect(l.text).to.include('1 mg/kg/day × 72 kg = 72 mg daily');
    expect(l.text).to.include('rounded from 72 mg');
    expect(l.rounded).to.equal(true);
  });

  it('[rule:dose/prednisone] 73 kg: "rounded from 73 mg" to 75 mg', () => {
    const l = line(calculateDoses({ weight: 73 }), 'prednisone');
    expect(l.text).to.include('rounded from 73 mg');
    expect(l.amount.min).to.equal(75);
  });

  it('[rule:dose/prednisone] 100 kg: "capped at 75 mg/day"', () => {
    const l = line(calculateDoses({ weight: 100 }), 'prednisone');
    expect(l.text).to.include('1 mg/kg/day × 100 kg = 100 mg daily');
    expect(l.text).to.include('capped at 75 mg/day');
    expect(l.capped).to.equal(true);
    expect(l.exact).to.deep.equal({ min: 100, max: 100, unit: 'mg' });
  });

  it('[rule:dose/prednisone] no rounding line when nothing was rounded', () => {
    const l = line(calculateDoses({ weight: 60 }), 'prednisone');
    expect(l.rounded).to.not.equal(true);
    expect(l.text).to.not.match(/rounded/i);
    expect(l.text).to.not.match(/capped/i);
  });
});

describe('doses: the weight, its unit and its limits', () => {
  it('[rule:dose/prednisone] 154 lb is 69.85 kg, converted once and shown', () => {
    const r = okDoses(calculateDoses({ weight: 154, weightUnit: 'lb' }));
    expect(r.weightKg).to.equal(69.85);
    const pred = line(r, 'prednisone');
    expect(pred.amount.min).to.equal(70);
    expect(pred.exact.min).to.equal(69.85);
    expect(pred.dosingWeightKg).to.equal(69.85);
    expect(pred.text).to.include('69.85 kg');
    const aza = line(r, 'azathioprine');
    expect(aza.exact).to.deep.equal({ min: 139.7, max: 209.55, unit: 'mg' });
    expect(aza.amount).to.deep.equal({ min: 150, max: 200, unit: 'mg' });
    const ivig = line(r, 'ivig');
    expect(ivig.amount.min).to.equal(139.7);
    expect(ivig.perDay).to.equal(27.9);
    const shown = JSON.stringify(r);
    expect(shown).to.include('154 lb');
    expect(shown).to.include('69.85 kg');
  });

  it('[rule:dose/prednisone] [rule:dose/azathioprine] a weight in kg is used as entered: the dose is rounded once, from the exact mg/kg product', () => {
    // Rounding 22.499 kg to 22.5 first would round the dose up to 25 mg.
    expect(line(calculateDoses({ weight: 22.499, weightConfirmed: true }), 'prednisone').amount.min).to.equal(20);
    expect(line(calculateDoses({ weight: 22.5, weightConfirmed: true }), 'prednisone').amount.min).to.equal(25);
    const r = okDoses(calculateDoses({ weight: 174.999, weightConfirmed: true }));
    expect(r.weightKg).to.equal(174.999);
    const aza = line(r, 'azathioprine');
    // 3 mg/kg × 174.999 kg = 524.997 mg: 525 mg would be above the range.
    expect(aza.amount).to.deep.equal({ min: 350, max: 500, unit: 'mg' });
    expect(aza.exact).to.deep.equal({ min: 350, max: 525, unit: 'mg' });
    expect(aza.dosingWeightKg).to.equal(174.999);
  });

  const accepted: [number, string, number][] = [
    [20, 'kg', 20],
    [350, 'kg', 350],
    [44.1, 'lb', 20],
    [771.6, 'lb', 349.99],
  ];
  for (const [weight, weightUnit, kg] of accepted) {
    it(`[rule:dose/prednisone] ${weight} ${weightUnit} is accepted (${kg} kg)`, () => {
      const r = okDoses(calculateDoses({ weight, weightUnit }));
      expect(r.weightKg).to.equal(kg);
      expect(r.weightConfirmationRequired).to.equal(true);
      expect(r.warnings.some((w) => w.message.includes('confirm it is a measured weight in kilograms'))).to.equal(true);
    });
  }

  const refused: [number, string][] = [
    [19.99, 'kg'],
    [350.01, 'kg'],
    [44.09, 'lb'],
    [771.7, 'lb'],
    [10, 'kg'],
    [1000, 'kg'],
    [19.995, 'kg'],
  ];
  for (const [weight, weightUnit] of refused) {
    it(`[rule:dose/prednisone] ${weight} ${weightUnit} is outside 20–350 kg: a weight error, no dose`, () => {
      expectFieldError(calculateDoses({ weight, weightUnit }), 'weight', ['20', '350']);
    });
  }

  // The confirmation tier (content-spec §4.1): below 40 kg, or 150 kg or more.
  const tier: [number, string, boolean, boolean][] = [
    // weight, unit, in the tier, asks "is it pounds?"
    [20, 'kg', true, false],
    [39.99, 'kg', true, false],
    [40, 'kg', false, false],
    [149.99, 'kg', false, false],
    [150, 'kg', true, true],
    [150.01, 'kg', true, true],
    [200, 'kg', true, true],
    [400, 'lb', true, false], // 181.44 kg
    [330.7, 'lb', true, false], // 150.003 kg
    [330.6, 'lb', false, false], // 149.958 kg
    [88.2, 'lb', false, false], // 40.007 kg
    [88.1, 'lb', true, false], // 39.961 kg
    [80, 'lb', true, false],
  ];
  for (const [weight, weightUnit, inTier, pounds] of tier) {
    it(`[rule:dose/prednisone] [rule:dose/azathioprine] [rule:dose/ivig] ${weight} ${weightUnit}: ${inTier ? 'weight-based lines withheld until confirmed' : 'no confirmation needed'}${pounds ? ', asking about pounds' : ''}`, () => {
      const r = okDoses(calculateDoses({ weight, weightUnit }));
      expect(r.weightConfirmationRequired).to.equal(inTier);
      const notice = r.warnings.filter((w) => w.code === 'weight-confirm');
      expect(notice, JSON.stringify(r.warnings)).to.have.length(inTier ? 1 : 0);
      expect(r.lines).to.have.length(7);
      for (const l of r.lines) {
        const weightBased = ['prednisone', 'azathioprine', 'ivig'].includes(l.drug);
        if (inTier && weightBased) {
          expect(l.withheld, l.drug).to.equal(true);
          expect(l, l.drug).to.not.have.property('amount');
          expect(l, l.drug).to.not.have.property('exact');
          expect(l.text).to.match(/withheld until the weight is confirmed/i);
          expect(l.text).to.not.match(/\d\s*(mg|g)\b(?!\/kg)/);
        } else {
          expect(l.withheld, l.drug).to.not.equal(true);
          expect(l.amount, l.drug).to.be.an('object');
        }
      }
      if (!inTier) return;
      // A warning, not critical (content-spec 2.0 §4.1).
      expect(notice[0].level).to.equal('warning');
      expect(notice[0].message).to.match(/^Unusual weight: confirm it is a measured weight in kilograms\./);
      expect(/pounds/i.test(notice[0].message)).to.equal(pounds);
      if (pounds) {
        const kg = Math.round(weight * 0.45359237 * 100) / 100;
        expect(notice[0].message).to.include(`Is this weight in pounds? ${weight} lb = ${kg} kg`);
      }
      // Confirmed: every line is dosed, the notice stays as a warning that says so.
      const c = okDoses(calculateDoses({ weight, weightUnit, weightConfirmed: true }));
      expect(c.weightConfirmationRequired).to.equal(true);
      expect(c.lines.every((l) => l.amount !== undefined)).to.equal(true);
      const kept = c.warnings.filter((w) => w.code === 'weight-confirmed');
      expect(kept).to.have.length(1);
      expect(kept[0].level).to.equal('warning');
      expect(kept[0].message).to.match(/confirmed/i);
    });
  }

  const bmi: [number, number, boolean][] = [
    // weight kg, height cm, in the tier (BMI below 15 or above 50, unrounded)
    [70, 120, false], // 48.6
    [80, 120, true], // 55.6
    [72, 120, false], // 50.0
    [72.01, 120, true], // 50.007
    [43.35, 170, false], // 15.0 exactly
    [43.34, 170, true], // 14.997
    [45, 175, true], // 14.69
  ];
  for (const [weight, heightCm, expected] of bmi) {
    it(`[rule:dose/prednisone] ${weight} kg at ${heightCm} cm (BMI ${(weight / (heightCm / 100) ** 2).toFixed(3)}): ${expected ? 'confirmation needed' : 'no confirmation'}`, () => {
      const r = okDoses(calculateDoses({ weight, heightCm }));
      expect(r.weightConfirmationRequired).to.equal(expected);
      const notice = r.warnings.find((w) => w.code === 'weight-confirm');
      expect(Boolean(notice)).to.equal(expected);
      if (notice) expect(notice.message).to.match(new RegExp(`BMI [\\d.]+ for ${heightCm} cm: check the weight and the unit`));
    });
  }

  it('[rule:dose/azathioprine] issue example: 160 kg shows no weight-based dose until confirmed, then azathioprine 325–475 mg (from 320–480 mg) with the warning kept', () => {
    const before = okDoses(calculateDoses({ weight: 160 }));
    expect(before.lines.filter((l) => l.amount === undefined).map((l) => l.drug)).to.deep.equal(['prednisone', 'azathioprine', 'ivig']);
    expect(before.lines.filter((l) => l.amount !== undefined).map((l) => l.drug)).to.deep.equal(['methylprednisolone', 'methotrexate', 'mycophenolate', 'rituximab']);
    const after = okDoses(calculateDoses({ weight: 160, weightConfirmed: true }));
    const aza = line(after, 'azathioprine');
    expect(aza.exact).to.deep.equal({ min: 320, max: 480, unit: 'mg' });
    expect(aza.amount).to.deep.equal({ min: 325, max: 475, unit: 'mg' });
    expect(after.warnings.some((w) => w.level === 'warning' && /confirmed/i.test(w.message))).to.equal(true);
  });

  it('[rule:dose/prednisone] every dosing weight is shown in both units: "70 kg (154.3 lb)"', () => {
    const r = okDoses(calculateDoses({ weight: 70 }));
    expect(r.weightText).to.equal('70 kg (154.3 lb)');
    for (const drug of ['prednisone', 'azathioprine', 'ivig'] as const) expect(line(r, drug).text).to.include('70 kg (154.3 lb)');
    const lb = okDoses(calculateDoses({ weight: 154, weightUnit: 'lb' }));
    expect(lb.conversion).to.equal('154 lb = 69.85 kg');
    expect(lb.weightText).to.equal('69.85 kg (154 lb)');
  });

  it('[rule:dose/prednisone] units.allowPounds false refuses pounds with a field error naming the policy', () => {
    const r = calculateDoses({ weight: 154, weightUnit: 'lb' }, { units: { allowPounds: false } });
    expectFieldError(r, 'weightUnit', ['kg', 'allowPounds']);
    expect(okDoses(calculateDoses({ weight: 70 }, { units: { allowPounds: false } })).weightKg).to.equal(70);
  });

  for (const [age, ok] of [[17, false], [18, true], [110, true], [111, false], [40.5, false], [-1, false]] as const) {
    it(`[rule:dose/prednisone] age ${age}: ${ok ? 'accepted' : 'a field error (adults only, 18–110)'}`, () => {
      const r = calculateDoses({ weight: 70, age });
      if (ok) expect(okDoses(r).input.age).to.equal(age);
      else expectFieldError(r, 'age', ['18', '110', 'adults']);
    });
  }

  it('[rule:dose/prednisone] the weight unit defaults to kg', () => {
    const r = okDoses(calculateDoses({ weight: 154 }));
    expect(r.weightKg).to.equal(154);
  });
});

describe('doses: azathioprine and TPMT/NUDT15 (cpic-2018)', () => {
  it('[rule:dose/azathioprine] normal: the full 2–3 mg/kg/day, no TPMT warning', () => {
    const l = line(calculateDoses({ weight: 70, tpmt: 'normal' }), 'azathioprine');
    expect(l.amount).to.deep.equal({ min: 150, max: 200, unit: 'mg' });
    expect(l.notices.filter((n) => /TPMT|NUDT15/.test(n.message))).to.deep.equal([]);
  });

  it('[rule:dose/azathioprine] unknown (the default): the line is shown with a critical "do not start before the results" notice', () => {
    for (const input of [{ weight: 70 }, { weight: 70, tpmt: 'unknown' }]) {
      const l = line(calculateDoses(input), 'azathioprine');
      expect(l.amount).to.deep.equal({ min: 150, max: 200, unit: 'mg' });
      const n = l.notices.filter((x) => x.code === 'azathioprine-tpmt-unknown');
      expect(n).to.have.length(1);
      expect(n[0].level).to.equal('critical');
      expect(n[0].message).to.equal('Do not start before the TPMT and NUDT15 results are known.');
    }
  });

  it('[rule:dose/azathioprine] intermediate: 30–80% of the normal dose, rounded inward', () => {
    // 70 kg: normal 140–210 mg; 30% of 140 = 42, 80% of 210 = 168 → 50–150 mg.
    const l = line(calculateDoses({ weight: 70, tpmt: 'intermediate' }), 'azathioprine');
    expect(l.exact).to.deep.equal({ min: 42, max: 168, unit: 'mg' });
    expect(l.amount).to.deep.equal({ min: 50, max: 150, unit: 'mg' });
    expect(lineWords(l)).to.include('30–80%');
  });

  it('[rule:dose/azathioprine] both intermediate: 20–50% of the normal dose, rounded inward', () => {
    // 70 kg: 20% of 140 = 28, 50% of 210 = 105 → 50–100 mg.
    const l = line(calculateDoses({ weight: 70, tpmt: 'intermediate-both' }), 'azathioprine');
    expect(l.exact).to.deep.equal({ min: 28, max: 105, unit: 'mg' });
    expect(l.amount).to.deep.equal({ min: 50, max: 100, unit: 'mg' });
    expect(lineWords(l)).to.include('20–50%');
  });

  it('[rule:dose/azathioprine] intermediate at 100 kg: 60–240 mg → 75–225 mg', () => {
    const l = line(calculateDoses({ weight: 100, tpmt: 'intermediate' }), 'azathioprine');
    expect(l.amount).to.deep.equal({ min: 75, max: 225, unit: 'mg' });
  });

  it('[rule:dose/azathioprine] poor metaboliser: no dose and a critical notice to choose a non-thiopurine agent', () => {
    const l = okDoses(calculateDoses({ weight: 70, tpmt: 'poor' })).lines.find((x) => x.drug === 'azathioprine')!;
    expect(l.withheld).to.equal(true);
    expect(l).to.not.have.property('amount');
    expect(l).to.not.have.property('exact');
    expect(l.text).to.not.match(/\d\s*mg/);
    expect(l.text).to.match(/do not use/i);
    const critical = l.notices.filter((n) => n.level === 'critical');
    expect(critical).to.have.length(1);
    expect(critical[0].message).to.match(/non-thiopurine/i);
  });

  it('[rule:dose/azathioprine] the smallest accepted weight still fits a 25 mg step (20 kg: 40–60 → 50 mg)', () => {
    const l = line(calculateDoses({ weight: 20, weightConfirmed: true }), 'azathioprine');
    expect(l.amount).to.deep.equal({ min: 50, max: 50, unit: 'mg' });
  });
});

describe('doses: methotrexate is once weekly, on one named day', () => {
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  for (const day of days) {
    it(`[rule:dose/methotrexate] methotrexateDay ${day} is named in the text, once weekly, never daily`, () => {
      const l = line(calculateDoses({ weight: 70, methotrexateDay: day }), 'methotrexate');
      const name = day[0].toUpperCase() + day.slice(1);
      expect(l.text).to.include(name);
      expect(l.text).to.include('once weekly');
      expect(l.text).to.not.match(/daily/i);
      expect(l.amount).to.deep.equal({ min: 15, max: 25, unit: 'mg' });
    });
  }

  it('[rule:dose/methotrexate] without a day the text asks for one, still once weekly and never daily', () => {
    const l = line(calculateDoses({ weight: 70 }), 'methotrexate');
    expect(l.text).to.include('once weekly');
    expect(l.text).to.not.match(/daily/i);
    expect(l.text).to.match(/day of the week/i);
  });
});

describe('doses: the checks and citations of each §4 row', () => {
  const r = calculateDoses({ weight: 70, heightCm: 175, sex: 'male' });
  type CheckRow = { rule: string; drug: string; checks: RegExp[]; citations: string[] };
  const ROWS: CheckRow[] = [
    {
      rule: 'dose/prednisone',
      drug: 'prednisone',
      checks: [/prednisolone/i, /equivalent/i, /6 weeks/, /40–60 mg/],
      citations: ['src', 'etg', 'bsr-2022'],
    },
    {
      rule: 'dose/methylprednisolone',
      drug: 'methylprednisolone',
      checks: [/not weight-based/i, /severe/i],
      citations: ['etg'],
    },
    {
      rule: 'dose/methotrexate',
      drug: 'methotrexate',
      checks: [/never daily/i, /killed/i, /folic acid/i, /another day|different day/i, /pregnancy test/i, /contraception/i, /renal/i, /avoid in severe/i, /reduce the dose in moderate/i, /co-trimoxazole/i, /trimethoprim/i],
      citations: ['src', 'bsr-dmard-2017', 'medsafe-2022'],
    },
    {
      rule: 'dose/azathioprine',
      drug: 'azathioprine',
      checks: [/TPMT/, /NUDT15/, /2 weeks at each dose/i, /steady state/i, /1 mg\/kg\/day/, /2.5 mg\/kg\/day/, /allopurinol/i, /quarter to a third/i, /febuxostat/i],
      citations: ['src', 'cpic-2018', 'azathioprine-label'],
    },
    {
      rule: 'dose/mycophenolate',
      drug: 'mycophenolate',
      checks: [/embryofetal/i, /pregnancy test/i, /two forms of contraception/i],
      citations: ['src', 'mmf-label'],
    },
    {
      rule: 'dose/ivig',
      drug: 'ivig',
      checks: [/renal function/i, /hydration/i, /thrombosis/i, /IgA/, /anti-IgA/, /1 mg\/kg\/min \(4\.2 g\/h\)/, /4 mg\/kg\/min \(16\.8 g\/h\)/, /3\.3 mg\/kg\/min \(13\.9 g\/h\)/],
      citations: ['src', 'octagam-label', 'devine-1974'],
    },
    {
      rule: 'dose/rituximab',
      drug: 'rituximab',
      checks: [
        /hepatitis B/i,
        /HBsAg/,
        /anti-HBc/,
        /30 min/i,
        /methylprednisolone 100 mg IV/i,
        /paracetamol/i,
        /antihistamine/i,
        /50 mg\/h/,
        /400 mg\/h/,
        /100 mg\/h/,
        /16 weeks/,
      ],
      citations: ['src', 'rituximab-label', 'eular-infection-2022'],
    },
  ];
  for (const row of ROWS) {
    it(`[rule:${row.rule}] ${row.drug}: the checks column is on the line, with the row's citations`, () => {
      const l = line(r, row.drug as never);
      expect(l.drug).to.equal(row.drug);
      for (const re of row.checks) expect(lineWords(l), `${row.drug} ${re}`).to.match(re);
      expect(sorted(l.citations)).to.deep.equal(sorted(row.citations));
      for (const n of l.notices) {
        expect(['critical', 'warning', 'info']).to.include(n.level);
        expect(n.code).to.be.a('string').and.not.empty;
        expect(n.message).to.be.a('string').and.not.empty;
      }
    });
  }

  it('[rule:dose/methotrexate] "never daily" is the most prominent methotrexate notice', () => {
    const n = line(r, 'methotrexate').notices.find((x) => /never daily/i.test(x.message));
    expect(n?.level).to.equal('critical');
  });

  it('[rule:dose/ivig] without height and sex the IVIG line cites no body-weight formula', () => {
    expect(sorted(line(calculateDoses({ weight: 70 }), 'ivig').citations)).to.deep.equal(['octagam-label', 'src']);
  });
});
