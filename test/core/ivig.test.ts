/**
 * IVIG (content-spec §4): 2 g/kg per course over ivigDays (2–5) days, at most 1 decimal, and the
 * dosing weight — Devine IBW (male 50 kg, female 45.5 kg, + 2.3 kg per inch over 60 in),
 * adjusted weight IBW + 0.4 × (actual − IBW), the 120% rule.
 */
import { expect } from '@open-wc/testing';
import { calculateDoses } from '../../src/core/index.js';
import { decimals, line, lineWords, okDoses } from './helpers.js';

/** Devine, written from the spec. */
const ibw = (heightCm: number, sex: 'male' | 'female') => (sex === 'male' ? 50 : 45.5) + 2.3 * (heightCm / 2.54 - 60);
const adjusted = (actual: number, ideal: number) => ideal + 0.4 * (actual - ideal);

describe('ivig: days of the course', () => {
  const perDay: [number, number][] = [
    [2, 70],
    [3, 46.7],
    [4, 35],
    [5, 28],
  ];
  for (const [days, grams] of perDay) {
    it(`[rule:dose/ivig] 70 kg over ${days} days: 140 g per course, ${grams} g daily`, () => {
      const l = line(calculateDoses({ weight: 70, ivigDays: days }), 'ivig');
      expect(l.amount).to.deep.equal({ min: 140, max: 140, unit: 'g' });
      expect(l.days).to.equal(days);
      expect(l.perDay).to.equal(grams);
      expect(l.text).to.include(`${grams} g`);
      expect(l.text).to.include(`${days} days`);
    });
  }

  it('[rule:dose/ivig] the default is 5 days', () => {
    expect(line(calculateDoses({ weight: 50 }), 'ivig').days).to.equal(5);
  });

  it('[rule:dose/ivig] grams are shown with at most 1 decimal (73.33 kg → 146.7 g, 29.3 g daily)', () => {
    const l = line(calculateDoses({ weight: 73.33 }), 'ivig');
    expect(l.amount.min).to.equal(146.7);
    expect(l.perDay).to.equal(29.3);
    expect(decimals(l.amount.min)).to.be.at.most(1);
    expect(l.text).to.include('146.7 g');
    expect(l.text).to.not.include('146.66');
  });
});

describe('ivig: dosing weight (Devine IBW, adjusted weight, the 120% rule)', () => {
  it('[rule:dose/ivig] worked example: man, 175 cm, 100 kg, adjusted → IBW ≈ 70.5, adjusted ≈ 82.3 kg, course ≈ 164.6 g', () => {
    const r = okDoses(calculateDoses({ weight: 100, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' }));
    const l = line(r, 'ivig');
    expect(l.amount.min).to.be.closeTo(164.6, 0.05);
    expect(l.amount.unit).to.equal('g');
    expect(l.dosingWeightKg).to.be.closeTo(82.3, 0.05);
    expect(l.perDay).to.be.closeTo(32.9, 0.05);
    expect(r.body.idealKg).to.be.closeTo(70.5, 0.05);
    expect(r.body.adjustedKg).to.be.closeTo(82.3, 0.05);
    expect(r.body.aboveThreshold).to.equal(true);
    expect(r.body.bmi).to.be.closeTo(32.7, 0.05);
    expect(lineWords(l)).to.match(/adjusted/i);
    expect(l.text).to.include('164.6 g');
    expect(l.citations).to.include('devine-1974');
  });

  it('[rule:dose/ivig] the same man on the default (actual) weight: 200 g, with a note giving the adjusted-weight dose', () => {
    const l = line(calculateDoses({ weight: 100, heightCm: 175, sex: 'male' }), 'ivig');
    expect(l.amount.min).to.equal(200);
    expect(l.dosingWeightKg).to.equal(100);
    const note = l.notices.find((n) => n.message.includes('164.6 g'));
    expect(note, JSON.stringify(l.notices)).to.exist;
    expect(note!.message).to.match(/120%/);
  });

  const women: [number, number][] = [
    [160, 90],
    [152.4, 70],
    [170, 120],
  ];
  for (const [heightCm, weight] of women) {
    it(`[rule:dose/ivig] woman ${heightCm} cm, ${weight} kg, adjusted: dosed on IBW + 0.4 × (actual − IBW)`, () => {
      const ideal = ibw(heightCm, 'female');
      expect(weight).to.be.above(1.2 * ideal);
      const adj = adjusted(weight, ideal);
      const l = line(calculateDoses({ weight, heightCm, sex: 'female', ivigDosingWeight: 'adjusted' }), 'ivig');
      expect(l.dosingWeightKg).to.be.closeTo(adj, 0.006);
      expect(l.amount.min).to.be.closeTo(2 * adj, 0.061);
    });
  }

  it('[rule:dose/ivig] exactly 120% of IBW is not "more than 120%": actual weight (man 152.4 cm, IBW 50 kg, 60 kg)', () => {
    const l = line(calculateDoses({ weight: 60, heightCm: 152.4, sex: 'male', ivigDosingWeight: 'adjusted' }), 'ivig');
    expect(l.dosingWeightKg).to.equal(60);
    expect(l.amount.min).to.equal(120);
    expect(lineWords(l)).to.match(/actual/i);
  });

  it('[rule:dose/ivig] just above 120% (60.01 kg): adjusted weight 54 kg → 108 g', () => {
    const l = line(calculateDoses({ weight: 60.01, heightCm: 152.4, sex: 'male', ivigDosingWeight: 'adjusted' }), 'ivig');
    expect(l.dosingWeightKg).to.be.closeTo(54, 0.01);
    expect(l.amount.min).to.equal(108);
  });

  it('[rule:dose/ivig] adjusted requested but below the threshold: doses on actual weight and says so', () => {
    const r = okDoses(calculateDoses({ weight: 80, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' }));
    expect(r.body.aboveThreshold).to.equal(false);
    const l = line(r, 'ivig');
    expect(l.amount.min).to.equal(160);
    expect(l.dosingWeightKg).to.equal(80);
    expect(l.notices.some((n) => /actual/i.test(n.message))).to.equal(true);
  });

  const incomplete: [string, Record<string, unknown>][] = [
    ['no height or sex', {}],
    ['height only', { heightCm: 160 }],
    ['sex only', { sex: 'female' }],
  ];
  for (const [what, extra] of incomplete) {
    it(`[rule:dose/ivig] adjusted requested with ${what}: doses on actual weight and says so`, () => {
      const l = line(calculateDoses({ weight: 120, ivigDosingWeight: 'adjusted', ...extra }), 'ivig');
      expect(l.amount.min).to.equal(240);
      expect(l.dosingWeightKg).to.equal(120);
      expect(l.notices.some((n) => /actual/i.test(n.message) && /height/i.test(n.message))).to.equal(true);
    });
  }

  it('[rule:dose/ivig] without height and sex the default line says it is dosed on actual weight', () => {
    const l = line(calculateDoses({ weight: 70 }), 'ivig');
    expect(lineWords(l)).to.match(/actual body weight/i);
  });

  it('[rule:dose/ivig] with height but no sex: BMI is shown, no ideal or adjusted weight', () => {
    const r = okDoses(calculateDoses({ weight: 80, heightCm: 180 }));
    expect(r.body.bmi).to.be.closeTo(24.7, 0.05);
    expect(r.body.idealKg).to.equal(undefined);
    expect(r.body.adjustedKg).to.equal(undefined);
  });

  it('[rule:dose/ivig] a pound weight is converted once before the dosing weight (220 lb = 99.79 kg)', () => {
    const r = okDoses(calculateDoses({ weight: 220, weightUnit: 'lb', heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' }));
    expect(r.weightKg).to.equal(99.79);
    const ideal = ibw(175, 'male');
    const l = line(r, 'ivig');
    expect(l.dosingWeightKg).to.be.closeTo(adjusted(99.79, ideal), 0.006);
  });

  it('[rule:dose/ivig] the adjusted weight only lowers the dose; the other lines stay on actual weight', () => {
    const r = calculateDoses({ weight: 100, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' });
    expect(line(r, 'prednisone').dosingWeightKg).to.equal(100);
    expect(line(r, 'azathioprine').exact).to.deep.equal({ min: 200, max: 300, unit: 'mg' });
    expect(line(r, 'ivig').amount.min).to.be.below(200);
  });
  it('[rule:dose/ivig] [hazard:H17] a daily amount rounded to one decimal says so, so days × daily need not match the course silently', () => {
    const rounded = line(calculateDoses({ weight: 154, weightUnit: 'lb' }), 'ivig');
    expect(rounded.amount.min).to.equal(139.7);
    expect(rounded.perDay).to.equal(27.9);
    expect(rounded.basis.join(' ')).to.contain('27.9 g daily (rounded to 0.1 g)');
    const whole = line(calculateDoses({ weight: 70 }), 'ivig');
    expect(whole.basis.join(' ')).to.not.contain('rounded to');
  });
  it('[rule:dose/ivig] below 60 in (152.4 cm) no ideal or adjusted weight is extrapolated: actual weight, and it says why', () => {
    const r = okDoses(calculateDoses({ weight: 70, heightCm: 140, sex: 'female', ivigDosingWeight: 'adjusted' }));
    expect(r.body.idealKg).to.equal(undefined);
    expect(r.body.adjustedKg).to.equal(undefined);
    expect(r.body.bmi).to.be.closeTo(35.7, 0.05);
    const l = line(r, 'ivig');
    expect(l.dosingWeightKg).to.equal(70);
    expect(l.amount.min).to.equal(140);
    expect(l.notices.map((n) => n.code)).to.include('ivig-height-below-ideal-weight-range');
    expect(l.notices.find((n) => n.code === 'ivig-height-below-ideal-weight-range')!.message).to.contain('152.4 cm');
  });
});
