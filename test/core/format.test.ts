/**
 * ISMP-safe display (content-spec §4, "Dose display"): no trailing zeros, a leading zero, a space
 * between number and unit, thousands separators, units spelled mg / g / mg/kg / mL, never
 * U, IU, QD, µg or cc, full generic names (never MTX, AZA, MMF).
 */
import { expect } from '@open-wc/testing';
import {
  calculateDoses,
  doseNote,
  evaluatePathway,
  formatAmount,
  formatNumber,
  pathwayNote,
  pathwayDoses,
  pathwayDoseNotices,
  doseLinesForStep,
  stepNotices,
} from '../../src/core/index.js';
import { lineWords, okDoses, okPathway } from './helpers.js';

const DOSE_INPUTS: Record<string, unknown>[] = [
  { weight: 70 },
  { weight: 20 },
  { weight: 350 },
  { weight: 72.5 },
  { weight: 73.33 },
  { weight: 154, weightUnit: 'lb' },
  { weight: 101.7, weightUnit: 'lb', tpmt: 'intermediate' },
  { weight: 55.55, tpmt: 'intermediate-both', ivigDays: 3 },
  { weight: 64.3, tpmt: 'poor', ivigDays: 4 },
  { weight: 100, heightCm: 175, sex: 'male' },
  { weight: 100, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted', ivigDays: 3 },
  { weight: 90, heightCm: 160, sex: 'female', ivigDosingWeight: 'adjusted' },
  { weight: 80, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' },
  { weight: 120, ivigDosingWeight: 'adjusted', heightCm: 150 },
  { weight: 151 },
  { weight: 30, startDate: '2028-02-29', methotrexateDay: 'friday' },
];
const CONFIGS: unknown[] = [
  undefined,
  { prednisone: { maxDailyMg: 60, roundingMg: 2.5 }, azathioprine: { roundingMg: 50 }, ivig: { vialStepG: 2.5 } },
  { methotrexate: { roundingMg: 5 }, ivig: { vialStepG: 10, defaultDays: 2 } },
];

function allDoseTexts(): string[] {
  const out: string[] = [];
  for (const input of DOSE_INPUTS) {
    for (const config of CONFIGS) {
      const r = okDoses(calculateDoses(input, config));
      for (const l of r.lines) out.push(lineWords(l));
      for (const w of r.warnings) out.push(w.message);
    }
  }
  return out;
}

const FORBIDDEN_WORDS = [/\bMTX\b/, /\bAZA\b/, /\bMMF\b/, /\bQD\b/i, /\bIU\b/i, /\bU\b/, /µg|μg/, /\bcc\b/i];
const FORBIDDEN_SUBSTRINGS = ['MTX', 'AZA', 'MMF', 'QD', 'IU', 'µg', 'μg'];

function expectIsmp(text: string) {
  expect(text, 'trailing zero').to.not.match(/\d\.\d*0(?![\d])/);
  expect(text, 'missing leading zero').to.not.match(/(^|[^\d])\.\d/);
  expect(text, 'no space before the unit').to.not.match(/\d(mg|g|kg|mL)\b/);
  expect(text, 'no thousands separator').to.not.match(/\d{4,}(\.\d+)?\s?(mg|g|mL|kg)\b/);
  for (const re of FORBIDDEN_WORDS) expect(text, `forbidden ${re}`).to.not.match(re);
  for (const s of FORBIDDEN_SUBSTRINGS) expect(text, `forbidden ${s}`).to.not.include(s);
  expect(text).to.not.match(/NaN|undefined|Infinity|null|\[object/);
}

describe('ISMP display', () => {
  it('[rule:dose/prednisone] [rule:dose/azathioprine] [rule:dose/ivig] every dose text, basis and notice over many inputs and configurations', () => {
    const texts = allDoseTexts();
    expect(texts.length).to.be.above(100);
    for (const t of texts) expectIsmp(t);
  });

  it('[rule:dose/methotrexate] [rule:dose/mycophenolate] [rule:dose/azathioprine] full generic names on the dose lines', () => {
    const r = okDoses(calculateDoses({ weight: 70 }));
    const text = (drug: string) => r.lines.find((l) => l.drug === drug)!.text;
    expect(text('methotrexate')).to.match(/methotrexate/i);
    expect(text('azathioprine')).to.match(/azathioprine/i);
    expect(text('mycophenolate')).to.match(/mycophenolate mofetil/i);
    expect(text('prednisone')).to.match(/prednisone/i);
    expect(text('methylprednisolone')).to.match(/methylprednisolone/i);
    expect(text('rituximab')).to.match(/rituximab/i);
    expect(text('ivig')).to.match(/immunoglobulin/i);
  });

  it('pathway step texts carry no drug abbreviations or unsafe units', () => {
    const inputs = [
      {},
      { antibody: 'anti-hmgcr', statin: 'current', checkpointInhibitor: true, severity: 'life-threatening', redFlags: ['dyspnoea', 'bulbar', 'myocarditis'] },
      { antibody: 'anti-srp', phase: 'relapse', severity: 'severe' },
    ];
    for (const input of inputs) {
      for (const s of okPathway(evaluatePathway(input)).steps) {
        for (const t of [s.title, s.text, ...s.why]) {
          for (const re of FORBIDDEN_WORDS) expect(t, `${s.id} ${re}`).to.not.match(re);
          expect(t).to.not.match(/\d(mg|g|kg|mL)\b/);
          expect(t).to.not.match(/\d{4,}\s?(mg|g)\b/);
        }
      }
    }
  });

  it('[rule:dose/mycophenolate] thousands separators: "1,000 mg", "1,000–1,500 mg"', () => {
    const r = okDoses(calculateDoses({ weight: 70 }));
    expect(r.lines.find((l) => l.drug === 'rituximab')!.text).to.include('1,000 mg');
    expect(r.lines.find((l) => l.drug === 'mycophenolate')!.text).to.include('1,000–1,500 mg');
  });
});

describe('formatNumber and formatAmount', () => {
  const numbers: [number, number | undefined, string][] = [
    [5, undefined, '5'],
    [5.0, undefined, '5'],
    [0.5, undefined, '0.5'],
    [2.5, undefined, '2.5'],
    [2.5, 1, '2.5'],
    [1000, undefined, '1,000'],
    [1500, undefined, '1,500'],
    [12345.67, undefined, '12,345.67'],
    [27.94, 1, '27.9'],
    [46.666666, 1, '46.7'],
    [69.853224, 2, '69.85'],
    [0.1 + 0.2, undefined, '0.3'],
    [-0, undefined, '0'],
    [0, undefined, '0'],
  ];
  for (const [value, dp, expected] of numbers) {
    it(`formatNumber(${value}${dp === undefined ? '' : `, ${dp}`}) is "${expected}"`, () => {
      expect(formatNumber(value, dp)).to.equal(expected);
    });
  }

  it('formatAmount gives a space before the unit, an en dash for ranges and one value when min = max', () => {
    expect(formatAmount({ min: 1000, max: 1500, unit: 'mg' })).to.equal('1,000–1,500 mg');
    expect(formatAmount({ min: 0.5, max: 0.5, unit: 'g' })).to.equal('0.5 g');
    expect(formatAmount({ min: 70, max: 70, unit: 'mg' })).to.equal('70 mg');
    expect(formatAmount({ min: 164.56, max: 164.56, unit: 'g' }, 1)).to.equal('164.6 g');
  });
});

describe('plain-text notes for the record', () => {
  it('the dose note is a dose reference for this weight, not a prescription: inputs, doses with their working and every notice, sources compactly, version', () => {
    const r = calculateDoses({ weight: 154, weightUnit: 'lb' });
    const note = doseNote(r, undefined, '2026-12-01');
    expect(note.split('\n')[0]).to.match(/dose reference for 154 lb = 69.85 kg: not a prescription/);
    expect(note).to.include('70 mg');
    expect(note).to.include('once weekly');
    // Sources compactly: one line of the citation marks the widget shows, each cited source once.
    const sources = note.split('\n').filter((l) => l.startsWith('Sources'));
    expect(sources).to.deep.equal(['Sources (listed in full in the widget): [src] [etg] [bsr-2022] [bsr-dmard-2017] [medsafe-2022] [cpic-2018] [azathioprine-label] [mmf-label] [octagam-label] [rituximab-label] [eular-infection-2022]']);
    expect(note).to.match(/2\.0\.0/);
    expect(note).to.match(/not yet reviewed/i);
    expectIsmp(note.split('Sources')[0]);
    // Each step of the working is written once: under its dose line, not also inline.
    const lines = okDoses(r).lines;
    for (const line of lines) {
      for (const b of line.basis) {
        const lineCount = lines.filter((l) => l.basis.includes(b)).length;
        expect(note.split(`  ${b}\n`).length - 1, b).to.equal(lineCount);
      }
      // Every notice of every line, info included (issue: notes dropped info notices).
      for (const n of line.notices) expect(note, n.code).to.include(n.message);
    }
  });

  it('the dose note names the IVIG weight actually used: adjusted chosen but not applicable says actual', () => {
    const r = calculateDoses({ weight: 70, heightCm: 175, sex: 'male', ivigDosingWeight: 'adjusted' });
    const note = doseNote(r, undefined, '2026-12-01');
    expect(note).to.include('IVIG over 5 days on actual body weight (adjusted was chosen but does not apply)');
    expect(note).to.not.match(/on adjusted body weight[^ ]/);
    const obese = doseNote(calculateDoses({ weight: 110, heightCm: 170, sex: 'female', ivigDosingWeight: 'adjusted' }), undefined, '2026-12-01');
    expect(obese).to.include('IVIG over 5 days on adjusted body weight;');
  });

  it('the dose note carries the weight confirmation warning and withholds doses like the result', () => {
    const note = doseNote(calculateDoses({ weight: 160 }), undefined, '2026-12-01');
    expect(note).to.include('WARNING: Unusual weight: confirm it is a measured weight in kilograms. Is this weight in pounds? 160 lb = 72.57 kg.');
    expect(note).to.match(/Prednisone: withheld until the weight is confirmed/);
    expect(note).to.not.match(/Azathioprine \d/);
  });

  it('the pathway note lists this patient\'s steps, the critical texts, every notice, the doses, and the sources compactly', () => {
    const r = evaluatePathway({ antibody: 'anti-srp', checkpointInhibitor: true, redFlags: ['bulbar'] });
    const d = pathwayDoses(r, { weight: 70 });
    const note = pathwayNote(r, undefined, '2026-12-01', d);
    expect(note).to.match(/anti-SRP/);
    expect(note).to.match(/MANDATORY/);
    expect(note).to.match(/treated as severe because of the red flag/);
    expect(note).to.match(/^Sources \(listed in full in the widget\): \[asco-2021\] (\[[a-z0-9-]+\] )*\[acr-vaccine-2022\]$/m);
    expect(note).to.match(/2\.0\.0/);
    expect(note).to.not.match(/NaN|undefined|Infinity/);
    for (const s of okPathway(r).steps) {
      expect(note, s.id).to.include(s.title);
      if (s.indicator === 'critical') expect(note, s.id).to.include(s.text);
      for (const n of stepNotices(s)) expect(note, `${s.id} ${n.code}`).to.include(n.message);
      for (const l of doseLinesForStep(s, d)) {
        expect(note).to.include(l.summary);
        for (const n of pathwayDoseNotices(l)) expect(note, `${l.drug} ${n.code}`).to.include(n.message);
      }
    }
    for (const w of okPathway(r).warnings) expect(note).to.include(w.message);
  });

  it('notes of invalid results say there is no result and name the problem', () => {
    const note = doseNote(calculateDoses({ weight: 'seventy' }), undefined, '2026-12-01');
    expect(note).to.match(/invalid/i);
    expect(note).to.match(/weight/);
    expect(note).to.not.match(/\d+ mg/);
  });
});
