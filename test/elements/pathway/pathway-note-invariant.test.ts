/**
 * Shown = copied (the bedside layout's invariant, hazard H28), as a property over 500 or more
 * input combinations of the pathway: antibody, statin, checkpoint inhibitor, severity, red-flag
 * subsets, phase, CK, age, and weights across the confirmation tiers (confirmed or not, kg or lb)
 * under a few institution configurations. Whatever the element shows of a result — every step
 * title, every notice (the steps', the dose notices the pathway shows, the result's warnings),
 * every dose, every glance line — is in `el.note`, with all steps expanded and collapsed alike.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { ANTIBODIES, LABELS, PHASES, RED_FLAGS, SEVERITIES } from '../../../src/content/inputs.js';
import { pathwayDoseNotices, pathwayNote, stepNotices, type Notice } from '../../../src/core/index.js';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { $, $$, pathway, settle, text } from './helpers.js';
import '../../../src/elements/pathway/define.js';

/** A dose amount on screen: a number (or a range) with mg or g, not a rate. */
const AMOUNTS = /\d[\d,.]*(?:–\d[\d,.]*)?\s(?:mg|g)\b(?!\/)/g;

const CONFIGS: (Record<string, unknown> | undefined)[] = [
  undefined,
  { prednisone: { maxDailyMg: 60 } },
  { ivig: { vialStepG: 5, defaultDays: 3 } },
  { methotrexate: { roundingMg: 5 }, azathioprine: { roundingMg: 50, maxDailyMg: 150 } },
  { units: { allowPounds: false } },
];

/** Weights in kg around the tier edges (40 and 150; accepted 20–350) and anywhere between. */
const kgWeight = fc.oneof(
  fc.constantFrom(20, 39.99, 40, 70, 72.5, 149.99, 150, 160, 350),
  fc.integer({ min: 2000, max: 35000 }).map((n) => n / 100),
);
/** Weights in lb: 44.1 to 771.6 lb is 20 to 350 kg; 88.2 lb is 40 kg, 330.7 lb about 150 kg. */
const lbWeight = fc.oneof(fc.constantFrom(44.1, 88.2, 154, 330.6, 330.7, 771.6), fc.integer({ min: 441, max: 7716 }).map((n) => n / 10));

const inputs = fc.record({
  antibody: fc.constantFrom(...ANTIBODIES),
  statin: fc.constantFrom('current', 'past', 'never', 'unknown'),
  checkpointInhibitor: fc.boolean(),
  severity: fc.constantFrom(...SEVERITIES),
  // Mostly no flag or one, sometimes several.
  redFlags: fc.oneof(fc.constant([] as string[]), fc.subarray([...RED_FLAGS], { maxLength: 1 }), fc.subarray([...RED_FLAGS])),
  phase: fc.constantFrom(...PHASES),
  ckTimesUln: fc.option(fc.constantFrom(0, 1, 2.9, 3, 5, 40, 1000), { nil: undefined }),
  // 17 is refused (adults only): no result, no note.
  age: fc.option(fc.constantFrom(17, 18, 45, 80, 110), { nil: undefined }),
  weight: fc.option(
    fc.oneof(
      kgWeight.map((w) => ({ unit: 'kg', value: w })),
      lbWeight.map((w) => ({ unit: 'lb', value: w })),
    ),
    { nil: undefined, freq: 5 },
  ),
  weightConfirmed: fc.boolean(),
  config: fc.constantFrom(...CONFIGS),
});

type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

function show(el: NamPathway, i: Inputs): void {
  el.antibody = i.antibody;
  el.statin = i.statin;
  el.checkpointInhibitor = i.checkpointInhibitor;
  el.severity = i.severity;
  el.redFlags = i.redFlags;
  el.phase = i.phase;
  el.ckTimesUln = i.ckTimesUln;
  el.age = i.age;
  el.weight = i.weight === undefined ? undefined : String(i.weight.value);
  el.weightUnit = i.weight?.unit;
  el.weightConfirmed = i.weightConfirmed;
  el.config = i.config;
}

const visible = (n: Element) => n.checkVisibility({ visibilityProperty: true, opacityProperty: true });
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Checks what the element shows now against its note; returns how many things it compared. */
function check(el: NamPathway, what: string): number {
  const note = el.note;
  const r = el.result;
  const result = $(el, '[part="result"]')!;
  if (!r.ok) {
    expect(note, `${what}: no note without a result`).to.equal('');
    expect(result.querySelectorAll('[data-step], [data-glance], [data-drug]').length, `${what}: nothing shown from an invalid input`).to.equal(0);
    return 1;
  }
  const doses = el.doseResult?.ok ? el.doseResult : undefined;
  const known: Notice[] = [
    ...r.warnings,
    ...(doses?.warnings ?? []),
    ...r.steps.flatMap((s) => stepNotices(s)),
    ...(doses?.lines.flatMap((l) => pathwayDoseNotices(l)) ?? []),
  ];
  let n = 0;
  // Every notice visible in the result, with its level (a notice every dose of a step carries is
  // written once after them, "(every dose above)").
  for (const node of [...result.querySelectorAll<HTMLElement>('[data-code]')].filter(visible)) {
    const code = node.dataset.code!;
    const said = text(node);
    const notice = known.find((x) => x.code === code && said.includes(x.message));
    expect(notice !== undefined, `${what}: the notice ${code} shown is one of the result's`).to.equal(true);
    const level = new RegExp(`${notice!.level.toUpperCase()}(?: \\(every dose above\\))?: ${escapeRe(notice!.message)}`);
    expect(note, `${what}: notice ${code} with its level`).to.match(level);
    n++;
  }
  // Every step title visible (on the collapsed title line or the open card).
  for (const node of [...result.querySelectorAll('[part="step-title"]')].filter(visible)) {
    expect(note, `${what}: step title`).to.include(text(node));
    n++;
  }
  // Every glance line's title, and the amounts of its short doses.
  for (const node of [...result.querySelectorAll<HTMLElement>('[data-glance]')].filter(visible)) {
    const s = r.steps.find((x) => x.id === node.dataset.glance);
    expect(s !== undefined, `${what}: glance line ${node.dataset.glance} is a step`).to.equal(true);
    expect(text(node.querySelector('.glance-title')), `${what}: glance title`).to.include(s!.title);
    expect(note, `${what}: glance ${s!.id}`).to.include(s!.title);
    n++;
  }
  // Every dose shown: the full line in the open step, the short dose on a glance or title line.
  for (const node of [...result.querySelectorAll('[data-drug] .dose-text strong')].filter(visible)) {
    expect(note, `${what}: dose`).to.include(`Dose: ${text(node)}`);
    n++;
  }
  for (const node of [...result.querySelectorAll('.glance-dose, .step-doses')].filter(visible)) {
    const said = text(node);
    for (const amount of said.match(AMOUNTS) ?? []) expect(note, `${what}: short dose ${said}: ${amount}`).to.include(amount);
    // A withheld dose's words ("withheld until the weight is confirmed") are in the note too.
    for (const part of said.split(' · ')) {
      if (!part.match(AMOUNTS)) expect(note, `${what}: short dose ${part}`).to.include(part.slice(part.indexOf(': ') + 2).replace(/ \(for reference only\)$/, ''));
    }
    n++;
  }
  // The effective severity the inputs summary shows.
  if (r.effectiveSeverity !== r.input.severity) {
    expect(text($(el, '[part="inputs-summary"]')), `${what}: both severities on screen`).to.include(`treated as ${LABELS.severity[r.effectiveSeverity]}`);
    expect(note, `${what}: both severities in the note`).to.include(`treated as ${LABELS.severity[r.effectiveSeverity]}`);
  }
  return n;
}

describe('<nam-pathway> what is shown is in the note (property)', function () {
  this.timeout(300000);

  it('is accessible with every step open and a weight to confirm', async () => {
    const el = await pathway({ 'red-flags': 'bulbar', weight: '160', 'checkpoint-inhibitor': true });
    const all = $<HTMLButtonElement>(el, '[data-expand-all]')!;
    all.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('[hazard:H28] over 500 input combinations, collapsed and expanded: every step title, notice, dose and glance line shown is in the note', async () => {
    const el = await fixture<NamPathway>(html`<nam-pathway></nam-pathway>`);
    const started = performance.now();
    const seen = { runs: 0, compared: 0, withheld: 0, confirmed: 0, lb: 0, ici: 0, raised: 0, invalid: 0, refusedWeight: 0, doses: 0 };
    await fc.assert(
      fc.asyncProperty(inputs, async (i) => {
        seen.runs++;
        // The previous run left every step open and asked for them all closed; this run's inputs
        // render in the same update.
        show(el, i);
        await settle(el);
        const r = el.result;
        if (!r.ok) seen.invalid++;
        expect($$(el, '[data-step][data-open="true"]').length, 'collapsed').to.equal(0);
        seen.compared += check(el, 'collapsed');
        if (!r.ok) return;
        // The note is the core's pathway note of what the element computed.
        expect(el.note).to.equal(pathwayNote(r, i.config, undefined, el.doseResult));
        const doses = el.doseResult?.ok ? el.doseResult : undefined;
        if (doses) seen.doses++;
        if (i.weight && !doses) {
          // A refused weight (pounds not allowed): no dose anywhere, and no dose in the note.
          seen.refusedWeight++;
          expect($$(el, '[data-drug]').length, 'no dose line for a refused weight').to.equal(0);
          expect(el.note).to.not.include('Dose:');
        }
        if (doses?.lines.some((l) => l.withheld)) seen.withheld++;
        if (doses?.weightConfirmationRequired && i.weightConfirmed) seen.confirmed++;
        if (i.weight?.unit === 'lb' && doses) seen.lb++;
        if (r.input.checkpointInhibitor) seen.ici++;
        if (r.effectiveSeverity !== r.input.severity) seen.raised++;
        $<HTMLButtonElement>(el, '[data-expand-all]')!.click();
        await settle(el);
        expect($$(el, '[data-step][data-open="false"]').length, 'expanded').to.equal(0);
        seen.compared += check(el, 'expanded');
        // Closed again for the next run (rendered with its inputs).
        $<HTMLButtonElement>(el, '[data-expand-all]')!.click();
      }),
      { numRuns: 520 },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`pathway note invariant: ${seen.runs} runs, ${seen.compared} comparisons in ${seconds.toFixed(1)} s`, JSON.stringify(seen));
    expect(seen.runs).to.be.at.least(500);
    // The combinations did reach the cases that matter.
    expect(seen.withheld, 'runs with a withheld dose').to.be.greaterThan(20);
    expect(seen.confirmed, 'runs with a confirmed unusual weight').to.be.greaterThan(20);
    expect(seen.lb, 'runs dosed from pounds').to.be.greaterThan(20);
    expect(seen.ici, 'runs with a checkpoint inhibitor').to.be.greaterThan(100);
    expect(seen.raised, 'runs where a red flag raised the severity').to.be.greaterThan(50);
    expect(seen.invalid, 'runs refused (age under 18)').to.be.greaterThan(20);
    expect(seen.refusedWeight, 'runs with the weight refused (pounds not allowed)').to.be.greaterThan(5);
    expect(seen.compared).to.be.greaterThan(seen.runs * 10);
  });
});
