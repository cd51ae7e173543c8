/** Inline doses come from calculateDoses, the same function as <nam-dose-calculator>. */
import { expect, fixture } from '@open-wc/testing';
import { calculateDoses } from '../../../src/core/index.js';
import '../../../src/elements/dose-calculator/define.js';
import { $, $$, expandAll, pathway, shown, step, text } from './helpers.js';

const STEP_DRUGS: Record<string, string[]> = {
  glucocorticoid: ['prednisone'],
  'methylprednisolone-pulse': ['methylprednisolone'],
  'steroid-sparing-agent': ['methotrexate', 'azathioprine', 'mycophenolate'],
  ivig: ['ivig'],
  rituximab: ['rituximab'],
};
const STEP_DRUG = Object.entries(STEP_DRUGS).flatMap(([stepId, drugs]) => drugs.map((drug) => [stepId, drug] as const));

/** Attributes that show every dose-bearing step at once. */
const ALL_FOUR = { antibody: 'anti-srp', severity: 'severe' };

describe('<nam-pathway> inline doses', () => {
  for (const [weight, unit] of [
    ['70', 'kg'],
    ['45', 'kg'],
    ['112.5', 'kg'],
    ['154', 'lb'],
    ['300', 'lb'],
  ] as const) {
    it(`[rule:ivig/escalation] weight ${weight} ${unit}: every dose step shows calculateDoses' line text and basis`, async () => {
      const el = await pathway({ ...ALL_FOUR, weight, 'weight-unit': unit });
      const doses = calculateDoses({ weight: Number(weight), weightUnit: unit });
      expect(doses.ok).to.equal(true);
      if (!doses.ok) return;
      await expandAll(el);
      for (const [stepId, drug] of STEP_DRUG) {
        const block = step(el, stepId)!.querySelector(`[data-drug="${drug}"]`);
        const line = doses.lines.find((l) => l.drug === drug)!;
        expect(block, `${stepId} carries the ${drug} line`).to.exist;
        expect(shown(block), `${stepId}: the ${drug} line shows once the step is open`).to.equal(true);
        // The dose, then its working one click away.
        expect(text(block!.querySelector('.dose-text'))).to.equal(line.summary);
        for (const b of line.basis) expect(text(block!.querySelector('.dose-working'))).to.include(b);
      }
      // No dose line anywhere else, and one per drug.
      expect($$(el, '[data-drug]').map((d) => d.closest('[data-step]')!.getAttribute('data-step')).sort()).to.deep.equal(
        STEP_DRUG.map(([stepId]) => stepId).sort(),
      );
      expect($$(el, '[data-drug]').map((d) => d.dataset.drug).sort()).to.deep.equal(STEP_DRUG.map(([, drug]) => drug).sort());
    });
  }

  it('labels only weight-based lines "Dose for <weight>"; fixed doses say they are fixed', async () => {
    const el = await pathway({ ...ALL_FOUR, weight: '70' });
    const doses = calculateDoses({ weight: 70 });
    if (!doses.ok) throw new Error('valid weight');
    const label = (drug: string) => text($(el, `[data-drug="${drug}"] .dose-label`));
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) {
      expect(doses.lines.find((l) => l.drug === drug)!.dosingWeightKg, drug).to.equal(70);
      // Both units wherever a dosing weight is shown (content-spec §4.1).
      expect(label(drug), drug).to.equal('Dose for 70 kg (154.3 lb):');
    }
    for (const drug of ['methotrexate', 'mycophenolate', 'methylprednisolone', 'rituximab']) {
      expect(doses.lines.find((l) => l.drug === drug)!.dosingWeightKg, drug).to.equal(undefined);
      expect(label(drug), drug).to.equal('Fixed dose:');
    }
    // The line saying what the result is for gives the weight in both units.
    expect(text($(el, '[part="inputs-summary"]'))).to.include('weight 70 kg (154.3 lb)');
  });

  it('[rule:ivig/anti-hmgcr] 70 kg IVIG is 140 g per course', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', weight: '70' });
    expect(text($(el, '[data-step="ivig"] [data-drug="ivig"]'))).to.include('140 g per course');
  });

  it('[rule:glucocorticoid] prednisone is capped at the published cap, and the cap is shown', async () => {
    const el = await pathway({ weight: '100' });
    const block = text($(el, '[data-step="glucocorticoid"] [data-drug="prednisone"]'));
    expect(block).to.include('75 mg');
    expect(block.toLowerCase()).to.include('capped at 75 mg/day');
  });

  it('shows the pound conversion once, with the computed kg', async () => {
    const el = await pathway({ weight: '154', 'weight-unit': 'lb' });
    expect(text($(el, '[part="inputs-summary"]'))).to.include('154 lb = 69.85 kg');
  });

  it('[hazard:H02] an unusual weight withholds the weight-based doses until it is confirmed; fixed doses still show', async () => {
    const el = await pathway({ weight: '160', antibody: 'anti-hmgcr' });
    const warnings = text($(el, '[part="result"] > .notices'));
    expect(warnings).to.include('Unusual weight: confirm it is a measured weight in kilograms.');
    expect(warnings).to.include('Is this weight in pounds? 160 lb = 72.57 kg.');
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) expect($(el, `[data-drug="${drug}"]`)?.dataset.withheld, drug).to.equal('true');
    for (const drug of ['methotrexate', 'mycophenolate']) expect($(el, `[data-drug="${drug}"]`)?.dataset.withheld, drug).to.equal('false');
  });

  it('without a weight, no doses (and a hint in interactive mode only)', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr' });
    expect($(el, '[data-drug]') === null).to.equal(true);
    expect(text($(el, '[data-step="ivig"] .dose-hint'))).to.include('weight');
    const summary = await pathway({ antibody: 'anti-hmgcr', mode: 'summary' });
    expect($(summary, '.dose-hint') === null).to.equal(true);
  });

  it('[hazard:H20] the dose calculator element shows the same lines for the same weight', async () => {
    const el = await pathway({ ...ALL_FOUR, weight: '70' });
    const calc = await fixture<HTMLElement>('<nam-dose-calculator weight="70"></nam-dose-calculator>');
    await (calc as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const calcLines = [...(calc.shadowRoot?.querySelectorAll('[data-drug]') ?? [])];
    expect(calcLines.length, 'the calculator renders its lines').to.be.greaterThan(0);
    for (const [, drug] of STEP_DRUG) {
      const mine = text($(el, `[data-drug="${drug}"] .dose-text`));
      const theirs = calcLines.find((l) => l.getAttribute('data-drug') === drug);
      expect(theirs, drug).to.exist;
      expect(text(theirs)).to.include(mine);
    }
  });

  it('"Copy as note" includes the steps, the doses and their sources', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', statin: 'current', weight: '70' });
    $(el, '[part="copy-button"]')!.click();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const status = text($(el, '.copy-status'));
    expect(status.length).to.be.greaterThan(0);
    const area = $<HTMLTextAreaElement>(el, 'textarea[part="note"]');
    // Clipboard access is not granted in headless tests: the fallback shows the selected note.
    if (area) {
      const note = area.value;
      expect(note).to.include('Stop the statin now');
      expect(note).to.include('140 g per course');
      expect(note).to.include('[octagam-label]');
      expect(note).to.include('Content not yet reviewed');
    }
  });
});
