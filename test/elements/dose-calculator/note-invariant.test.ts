/**
 * Shown = copied (the bedside layout's invariant, hazard H28), as a property over 500 or more
 * input combinations: weights across the confirmation tiers, both units, heights and sexes, ages,
 * TPMT and NUDT15 statuses, IVIG days and dosing weights, the drugs shown and institution
 * configurations. Whatever the screen shows of a result — every notice, every dose, every step of
 * the working, collapsed or expanded — is in the note that "Copy as note" copies; and the note
 * carries no dose of a drug that is not shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { DRUG_IDS, LABELS, type DrugId } from '../../../src/content/inputs.js';
import { calculateDoses, doseNote, shortDose, type DoseResult, type Notice } from '../../../src/core/index.js';
import { norm, root, settle } from './helpers.js';
import type { Calc } from './helpers.js';

/** A dose amount on screen: a number (or a range) with mg or g, not a rate. */
const AMOUNTS = /\d[\d,.]*(?:–\d[\d,.]*)?\s(?:mg|g)\b(?!\/)/g;

const CONFIGS: Record<string, unknown>[] = [
  {},
  { prednisone: { maxDailyMg: 60 } },
  { prednisone: { maxDailyMg: 90 } },
  { ivig: { vialStepG: 5 } },
  { ivig: { vialStepG: 10, defaultDays: 3 } },
  { ivig: { defaultDosingWeight: 'adjusted' } },
  { azathioprine: { maxDailyMg: 150, roundingMg: 50 } },
  { methotrexate: { roundingMg: 5 } },
  { units: { allowPounds: false } },
  { reviewedBy: 'Neuromuscular MDT', reviewedOn: '2026-01-10', reviewDue: '2027-01-10' },
];

/** Weights in kg around every tier edge (40, 150, the accepted 20–350) and anywhere between. */
const kgWeight = fc.oneof(
  fc.constantFrom(20, 39.99, 40, 45, 70, 72.5, 100, 149.99, 150, 160, 250, 350),
  fc.integer({ min: 2000, max: 35000 }).map((n) => n / 100),
);
/** Weights in lb: 44.1 to 771.6 lb is 20 to 350 kg; 330.7 lb is about 150 kg. */
const lbWeight = fc.oneof(fc.constantFrom(44.1, 88.2, 154, 330.6, 330.7, 352.7, 771.6), fc.integer({ min: 441, max: 7716 }).map((n) => n / 10));

const inputs = fc.record({
  unit: fc.constantFrom('kg', 'lb'),
  kg: kgWeight,
  lb: lbWeight,
  weightConfirmed: fc.boolean(),
  heightCm: fc.option(fc.constantFrom(120, 150.5, 165, 170, 190, 230), { nil: undefined }),
  sex: fc.option(fc.constantFrom('female', 'male'), { nil: undefined }),
  age: fc.option(fc.constantFrom(18, 45, 80, 110), { nil: undefined }),
  tpmt: fc.constantFrom('unknown', 'normal', 'intermediate', 'intermediate-both', 'poor'),
  ivigDays: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
  ivigDosingWeight: fc.option(fc.constantFrom('actual', 'adjusted'), { nil: undefined }),
  startDate: fc.option(fc.constantFrom('2026-12-01', '2024-02-29', '2027-01-04'), { nil: undefined }),
  methotrexateDay: fc.option(fc.constantFrom('monday', 'friday', 'sunday'), { nil: undefined }),
  drugs: fc.subarray([...DRUG_IDS], { minLength: 0 }),
  config: fc.constantFrom(...CONFIGS),
});

type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

async function show(el: Calc, i: Inputs): Promise<void> {
  el.weightUnit = i.unit;
  el.weight = String(i.unit === 'kg' ? i.kg : i.lb);
  el.weightConfirmed = i.weightConfirmed;
  el.heightCm = i.heightCm ?? null;
  el.sex = i.sex ?? null;
  el.age = i.age ?? null;
  el.tpmt = i.tpmt;
  el.ivigDays = i.ivigDays ?? null;
  el.ivigDosingWeight = i.ivigDosingWeight ?? null;
  el.startDate = i.startDate ?? null;
  el.methotrexateDay = i.methotrexateDay ?? null;
  el.drugs = i.drugs;
  el.config = i.config;
  await settle(el);
}

/** What the screen shows now (rendered and not hidden), inside the result. */
function shown(el: Calc) {
  const results = root(el).querySelector('[part~="results"]')!;
  const on = (n: Element) => n.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  return {
    notices: [...results.querySelectorAll<HTMLElement>('[data-code]')].filter(on),
    doses: [...results.querySelectorAll<HTMLElement>('[part~="dose"]')].filter(on),
    basis: [...results.querySelectorAll<HTMLElement>('[part~="basis"] li')].filter(on),
    glance: [...results.querySelectorAll<HTMLElement>('[data-glance-drug]')].filter(on),
    heading: results.querySelector('.results-heading'),
  };
}

/** Checks one state of the screen against the note; returns how many things it compared. */
function check(el: Calc, what: string): number {
  const note = el.note;
  const r = el.result;
  const s = shown(el);
  if (!r.ok) {
    expect(note, `${what}: no note without a result`).to.equal('');
    expect(s.notices.length + s.doses.length + s.glance.length, `${what}: nothing shown from an invalid input`).to.equal(0);
    return 1;
  }
  const all: Notice[] = [...r.warnings, ...r.lines.flatMap((l) => l.notices)];
  let n = 0;
  for (const node of s.notices) {
    const code = node.dataset.code!;
    const text = norm(node.textContent);
    const notice = all.find((x) => x.code === code && text.includes(x.message));
    expect(notice, `${what}: the notice ${code} shown is one of the result's`).to.exist;
    expect(note, `${what}: notice ${code}`).to.include(notice!.message);
    expect(note, `${what}: notice ${code} with its level`).to.include(`${notice!.level.toUpperCase()}: ${notice!.message}`);
    n++;
  }
  for (const node of s.doses) {
    expect(note, `${what}: dose`).to.include(norm(node.textContent));
    n++;
  }
  for (const node of s.basis) {
    expect(note, `${what}: working`).to.include(norm(node.textContent));
    n++;
  }
  for (const node of s.glance) {
    const drug = node.dataset.glanceDrug as DrugId;
    const line = r.lines.find((l) => l.drug === drug)!;
    expect(norm(node.textContent), `${what}: glance ${drug}`).to.include(shortDose(line));
    // Every amount the short dose shows is in the note, under that drug's line.
    for (const amount of shortDose(line).match(AMOUNTS) ?? []) expect(note, `${what}: glance ${drug} ${amount}`).to.include(amount);
    if (line.withheld) expect(note).to.include(line.summary);
    n++;
  }
  expect(note).to.include(r.weightText.split(' (')[0]);
  expect(norm(s.heading?.textContent)).to.equal(`Doses for ${r.weightText}`);
  return n;
}

describe('<nam-dose-calculator> what is shown is in the note (property)', function () {
  this.timeout(600000);

  it('[hazard:H28] over 500 input combinations, collapsed and expanded: every notice, dose, step of the working and glance entry shown is in the note; no dose of a drug not shown', async () => {
    const el = await fixture<Calc>(html`<nam-dose-calculator></nam-dose-calculator>`);
    let runs = 0;
    let compared = 0;
    let withheldRuns = 0;
    let invalidRuns = 0;
    await fc.assert(
      fc.asyncProperty(inputs, async (i) => {
        runs++;
        await show(el, i);
        compared += check(el, 'collapsed');
        const r = el.result;
        if (!r.ok) {
          invalidRuns++;
          return;
        }
        if (r.lines.some((l) => l.withheld)) withheldRuns++;
        // The note is the core's dose note of the lines shown, and names only them.
        const full = calculateDoses(
          {
            weight: i.unit === 'kg' ? i.kg : i.lb,
            weightUnit: i.unit,
            weightConfirmed: i.weightConfirmed,
            tpmt: i.tpmt,
            ...(i.heightCm !== undefined && { heightCm: i.heightCm }),
            ...(i.sex !== undefined && { sex: i.sex }),
            ...(i.age !== undefined && { age: i.age }),
            ...(i.ivigDays !== undefined && { ivigDays: i.ivigDays }),
            ...(i.ivigDosingWeight !== undefined && { ivigDosingWeight: i.ivigDosingWeight }),
            ...(i.startDate !== undefined && { startDate: i.startDate }),
            ...(i.methotrexateDay !== undefined && { methotrexateDay: i.methotrexateDay }),
          },
          i.config,
        ) as Extract<DoseResult, { ok: true }>;
        expect(r.lines.map((l) => l.drug)).to.deep.equal(DRUG_IDS.filter((d) => i.drugs.includes(d)));
        for (const line of full.lines.filter((l) => !i.drugs.includes(l.drug))) {
          expect(el.note, `${line.drug} is not shown`).not.to.include(line.summary);
          expect(el.note, `${line.drug} is not shown`).not.to.include(LABELS.drug[line.drug]);
          if (line.amount) expect(el.note, `${line.drug} is not shown`).not.to.include(`- ${shortDose(line)}`);
        }
        const expected = doseNote({ ...full, lines: full.lines.filter((l) => i.drugs.includes(l.drug)) }, i.config);
        expect(el.note).to.equal(expected);
        // Every item open, then closed again for the next run.
        const all = root(el).querySelector<HTMLButtonElement>('button.expand-all');
        if (all) {
          all.click();
          await settle(el);
          compared += check(el, 'expanded');
          all.click();
          await settle(el);
        }
      }),
      { numRuns: 520 },
    );
    expect(runs).to.be.at.least(500);
    // The combinations did reach the cases that matter.
    expect(withheldRuns, 'runs with a withheld line').to.be.greaterThan(50);
    expect(invalidRuns, 'runs refused (pounds not allowed)').to.be.greaterThan(5);
    expect(compared).to.be.greaterThan(runs * 5);
  });
});
