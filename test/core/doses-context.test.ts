/**
 * Content 2.0 dose rules that follow the pathway's context (content-spec §3.1, §4.2): the
 * prednisone line with a checkpoint inhibitor by grade and CK, the bulbar rule on every oral line,
 * the myasthenic IVIG days and glucocorticoid notices, the IVIG dosing-weight choice with both
 * doses, the infusion rate in g/h, and the pathway passing its effective severity to the doses.
 */
import { expect } from '@open-wc/testing';
import { calculateDoses, evaluatePathway, pathwayDoses } from '../../src/core/index.js';
import { expectFieldError, line, okDoses } from './helpers.js';

const ORAL = ['prednisone', 'methotrexate', 'azathioprine', 'mycophenolate'];

describe('doses: prednisone with a checkpoint inhibitor (content-spec §4.2, asco-2021)', () => {
  // [severity, ckTimesUln, expected mg for 70 kg or null when withheld, notice code]
  const cases: [string, number | undefined, [number, number] | null, string | null][] = [
    ['severe', undefined, [70, 70], null],
    ['life-threatening', 1, [70, 70], null],
    ['moderate', 3, [35, 70], null],
    ['moderate', 12.5, [35, 70], null],
    ['moderate', undefined, [35, 70], 'prednisone-ici-ck-condition'],
    ['moderate', 2.99, null, 'prednisone-ici-ck-below-3'],
    ['moderate', 0, null, 'prednisone-ici-ck-below-3'],
    ['mild', undefined, null, 'prednisone-ici-grade-1'],
    ['mild', 40, null, 'prednisone-ici-grade-1'],
  ];
  for (const [severity, ckTimesUln, mg, code] of cases) {
    it(`[rule:dose/prednisone] ${severity}, CK ${ckTimesUln ?? 'not given'} × ULN: ${mg ? `${mg[0]}–${mg[1]} mg` : 'no glucocorticoid'}`, () => {
      const input = { weight: 70, checkpointInhibitor: true, severity, ...(ckTimesUln !== undefined && { ckTimesUln }) };
      const l = okDoses(calculateDoses(input)).lines.find((x) => x.drug === 'prednisone')!;
      if (mg) {
        expect(l.amount).to.deep.equal({ min: mg[0], max: mg[1], unit: 'mg' });
        expect(l.withheld).to.not.equal(true);
      } else {
        expect(l.withheld).to.equal(true);
        expect(l).to.not.have.property('amount');
        expect(l.text).to.match(/no glucocorticoid/i);
      }
      if (code) expect(l.notices.map((n) => n.code)).to.include(code);
      expect(l.citations).to.include('asco-2021');
    });
  }

  it('[rule:dose/prednisone] the 0.5–1 mg/kg/day range is rounded inward to 5 mg and capped: 73 kg → 40–70 mg; 160 kg confirmed → 75 mg', () => {
    const l = line(calculateDoses({ weight: 73, checkpointInhibitor: true, ckTimesUln: 5 }), 'prednisone');
    expect(l.exact).to.deep.equal({ min: 36.5, max: 73, unit: 'mg' });
    expect(l.amount).to.deep.equal({ min: 40, max: 70, unit: 'mg' });
    expect(l.text).to.include('0.5–1 mg/kg/day × 73 kg = 36.5–73 mg daily');
    const big = line(calculateDoses({ weight: 160, weightConfirmed: true, checkpointInhibitor: true, ckTimesUln: 5 }), 'prednisone');
    expect(big.amount).to.deep.equal({ min: 75, max: 75, unit: 'mg' });
    expect(big.capped).to.equal(true);
  });

  it('[rule:dose/prednisone] without a checkpoint inhibitor severity and CK change nothing: 1 mg/kg/day', () => {
    for (const severity of ['mild', 'moderate', 'severe']) {
      expect(line(calculateDoses({ weight: 70, severity, ckTimesUln: 1 }), 'prednisone').amount.min).to.equal(70);
    }
  });

  it('[rule:dose/prednisone] ICI with myocarditis: the line shows 1 mg/kg/day and says ASCO gives 1–2 mg/kg/day', () => {
    const l = line(calculateDoses({ weight: 70, checkpointInhibitor: true, severity: 'severe', redFlags: ['myocarditis'] }), 'prednisone');
    expect(l.amount.min).to.equal(70);
    expect(l.notices.find((n) => n.code === 'prednisone-ici-myocarditis')?.message).to.match(/1–2 mg\/kg\/day within 24 hours/);
  });
});

describe('doses: the pathway context (content-spec §3.1)', () => {
  it('[rule:dose/prednisone] [rule:dose/methotrexate] [rule:dose/azathioprine] [rule:dose/mycophenolate] with the bulbar flag every oral line carries "nothing by mouth", no IV line does', () => {
    const r = okDoses(calculateDoses({ weight: 70, redFlags: ['bulbar'] }));
    for (const l of r.lines) {
      const has = l.notices.some((n) => n.code === 'oral-bulbar' && n.level === 'critical' && /nothing by mouth/i.test(n.message));
      expect(has, l.drug).to.equal(ORAL.includes(l.drug));
    }
    const plain = okDoses(calculateDoses({ weight: 70 }));
    expect(plain.lines.some((l) => l.notices.some((n) => n.code === 'oral-bulbar'))).to.equal(false);
  });

  it('[rule:dose/ivig] [rule:dose/methylprednisolone] [rule:dose/prednisone] with the myasthenic flag: IVIG over 5 days whatever ivigDays says, the pulse carries the critical myasthenia notice, prednisone the warning', () => {
    const r = okDoses(calculateDoses({ weight: 70, ivigDays: 2, redFlags: ['myasthenic'] }));
    const ivig = line(r, 'ivig');
    expect(ivig.days).to.equal(5);
    expect(ivig.perDay).to.equal(28);
    expect(ivig.notices.find((n) => n.code === 'ivig-myasthenic-days')?.message).to.match(/5 days .*not the 2 days chosen/);
    const pulse = line(r, 'methylprednisolone');
    expect(pulse.notices.find((n) => n.code === 'methylprednisolone-myasthenia')?.level).to.equal('critical');
    expect(line(r, 'prednisone').notices.find((n) => n.code === 'prednisone-myasthenia')?.message).to.match(/0.5 mg\/kg\/day/);
  });

  it('[rule:glucocorticoid] the pathway passes its effective severity: ICI, given mild, with dyspnoea → prednisone 1 mg/kg/day (severe), not withheld', () => {
    const r = evaluatePathway({ checkpointInhibitor: true, severity: 'mild', redFlags: ['dyspnoea'] });
    const d = okDoses(pathwayDoses(r, { weight: 70 }));
    expect(line(d, 'prednisone').amount).to.deep.equal({ min: 70, max: 70, unit: 'mg' });
    const mild = okDoses(pathwayDoses(evaluatePathway({ checkpointInhibitor: true, severity: 'mild' }), { weight: 70 }));
    expect(mild.lines.find((l) => l.drug === 'prednisone')!.withheld).to.equal(true);
  });

  // Called directly, the dose core raises the severity for a red flag as the pathway does (content-spec §2).
  const raised: [Record<string, unknown>, number][] = [
    [{ severity: 'moderate', ckTimesUln: 2, redFlags: ['myocarditis'] }, 70],
    [{ severity: 'mild', redFlags: ['myasthenic'] }, 70],
    [{ redFlags: ['dyspnoea'] }, 70],
  ];
  for (const [context, mg] of raised) {
    it(`[rule:dose/prednisone] a direct call with a checkpoint inhibitor and ${JSON.stringify(context)}: the flag raises the severity, prednisone ${mg} mg`, () => {
      const l = line(calculateDoses({ weight: 72, checkpointInhibitor: true, ...context }), 'prednisone');
      expect(l.amount).to.deep.equal({ min: mg, max: mg, unit: 'mg' });
      expect(l.notices.map((n) => n.code)).to.not.include.members(['prednisone-ici-ck-below-3', 'prednisone-ici-grade-1', 'prednisone-ici-ck-condition']);
    });
  }

  it('pathwayDoses without a valid pathway gives an error, never doses', () => {
    const r = pathwayDoses(evaluatePathway({ antibody: 'x' }), { weight: 70 });
    expect(r.ok).to.equal(false);
    expect(pathwayDoses(undefined as never, { weight: 70 }).ok).to.equal(false);
  });
});

describe('doses: IVIG dosing weight and infusion rate (content-spec §4.2)', () => {
  it('[rule:dose/ivig] above 120 % of IBW with no choice made: dosed on actual weight, a warning shows both doses side by side', () => {
    // 110 kg, 170 cm (66.93 in), female: IBW 45.5 + 2.3 × 6.93 = 61.44 kg (Devine); adjusted
    // 61.44 + 0.4 × 48.56 = 80.86 kg → 161.72 g per course, 32.34 g/day.
    const r = okDoses(calculateDoses({ weight: 110, heightCm: 170, sex: 'female' }));
    const l = line(r, 'ivig');
    expect(l.dosingWeightKind).to.equal('actual');
    expect(l.amount.min).to.equal(220);
    const n = l.notices.find((x) => x.code === 'ivig-dosing-weight-choice')!;
    expect(n.level).to.equal('warning');
    expect(n.message).to.include('On actual body weight (110 kg (242.5 lb)): 220 g per course: 44 g/day over 5 days');
    expect(n.message).to.include('On adjusted body weight (80.86 kg (178.3 lb)): 161.7 g per course: 32.3 g/day over 5 days');
    // Chosen explicitly: no prompt either way.
    const adjusted = line(calculateDoses({ weight: 110, heightCm: 170, sex: 'female', ivigDosingWeight: 'adjusted' }), 'ivig');
    expect(adjusted.dosingWeightKind).to.equal('adjusted');
    expect(adjusted.notices.some((x) => x.code === 'ivig-dosing-weight-choice')).to.equal(false);
    const actual = line(calculateDoses({ weight: 110, heightCm: 170, sex: 'female', ivigDosingWeight: 'actual' }), 'ivig');
    expect(actual.notices.some((x) => x.code === 'ivig-dosing-weight-choice')).to.equal(false);
    expect(actual.notices.some((x) => x.code === 'ivig-actual-chosen')).to.equal(true);
  });

  const rates: [number, string, string, string][] = [
    // dosing kg, start g/h, max g/h, renal/thrombotic g/h (1, 4, 3.3 mg/kg/min × kg × 60 / 1000)
    [70, '4.2', '16.8', '13.9'],
    [50, '3', '12', '9.9'],
    [100, '6', '24', '19.8'],
  ];
  for (const [kg, start, max, risk] of rates) {
    it(`[rule:dose/ivig] infusion rate for ${kg} kg: ${start} g/h to start, at most ${max} g/h, ${risk} g/h with renal or thrombotic risk`, () => {
      const n = line(calculateDoses({ weight: kg }), 'ivig').notices.find((x) => x.code === 'ivig-rate')!;
      expect(n.message).to.include(`1 mg/kg/min (${start} g/h)`);
      expect(n.message).to.include(`4 mg/kg/min (${max} g/h)`);
      expect(n.message).to.include(`3.3 mg/kg/min (${risk} g/h)`);
    });
  }
});

describe('pathway: age and CK inputs (content-spec §2)', () => {
  for (const [field, value, ok] of [
    ['age', 18, true],
    ['age', 17, false],
    ['age', 110, true],
    ['age', 111, false],
    ['age', 45.5, false],
    ['age', '45', false],
    ['ckTimesUln', 0, true],
    ['ckTimesUln', 1000, true],
    ['ckTimesUln', 1000.1, false],
    ['ckTimesUln', -0.1, false],
    ['ckTimesUln', Number.NaN, false],
  ] as const) {
    it(`${field} ${String(value)}: ${ok ? 'accepted' : 'a field error naming the range'}`, () => {
      const r = evaluatePathway({ [field]: value });
      if (ok) expect(r.ok).to.equal(true);
      else expectFieldError(r, field, field === 'age' ? ['18', '110', 'adults'] : ['0', '1000']);
    });
  }
});
