/**
 * Content 2.0 in <nam-pathway>: the age and CK inputs (content-spec §2), the effective severity
 * a red flag gives, the weight confirmation tier (§4.1) with its checkbox, withheld dose lines,
 * the myasthenic flag and checkpoint-inhibitor grade 1. Expectations come from the spec.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LABELS } from '../../../src/content/inputs.js';
import { calculateDoses, shortDose, type DoseLine } from '../../../src/core/index.js';
import { $, $$, control, countEvents, expandAll, openStep, pathway, root, settle, shown, step, stepIds, text } from './helpers.js';

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

/** A dose amount: a number (or range) with mg or g. */
const AMOUNT = /\d[\d,.]*(?:–\d[\d,.]*)?\s?(?:mg|g)\b/;

/** The visible short doses of the collapsed result (glance lines and step title lines). */
const visibleShortDoses = (el: HTMLElement) => $$(el, '.glance-dose, .step-doses').filter((n) => shown(n)).map((n) => text(n));

/** The accessible description of a control. */
const description = (el: HTMLElement, input: Element) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root(el).getElementById(id)))
    .join(' ');

/** The dose lines of calculateDoses for this weight (the default moderate, new pathway). */
function expectedLines(weight: number, confirmed: boolean): Record<string, DoseLine> {
  const r = calculateDoses({ weight, weightConfirmed: confirmed });
  if (!r.ok) throw new Error('valid weight');
  return Object.fromEntries(r.lines.map((l) => [l.drug, l]));
}

describe('<nam-pathway> content 2.0 inputs', () => {
  it('is accessible with age, CK, a weight to confirm and its checkbox', async () => {
    const el = await pathway({ age: '45', 'ck-times-uln': '4', weight: '160', 'checkpoint-inhibitor': true });
    expect(control(el, 'weight-confirmed') !== null, 'the confirmation box').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('age, ck-times-uln and weight-confirmed attributes become properties, the core input and the controls', async () => {
    const el = await pathway({ age: '45', 'ck-times-uln': '2.5', weight: '160', 'weight-confirmed': true });
    expect(String(el.age)).to.equal('45');
    expect(String(el.ckTimesUln)).to.equal('2.5');
    expect(el.weightConfirmed).to.equal(true);
    if (!el.result.ok) throw new Error('valid input');
    expect(el.result.input.age).to.equal(45);
    expect(el.result.input.ckTimesUln).to.equal(2.5);
    expect(control(el, 'age').value).to.equal('45');
    expect(control(el, 'ck-times-uln').value).to.equal('2.5');
    expect(control(el, 'weight-confirmed').checked).to.equal(true);
    // Both in the inputs summary.
    const summary = text($(el, '[part="inputs-summary"]'));
    expect(summary).to.include('age 45');
    expect(summary).to.include('CK 2.5 × ULN');
  });

  it('properties set the controls too, and the attribute false or absent means not confirmed', async () => {
    const el = await pathway({ weight: '160' });
    el.age = 70;
    el.ckTimesUln = 12;
    el.weightConfirmed = true;
    await settle(el);
    expect(control(el, 'age').value).to.equal('70');
    expect(control(el, 'ck-times-uln').value).to.equal('12');
    expect(control(el, 'weight-confirmed').checked).to.equal(true);
    el.setAttribute('weight-confirmed', 'false');
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    expect(control(el, 'weight-confirmed').checked).to.equal(false);
  });

  // content-spec §2: age whole years 18–110 (under 18: adults only); ckTimesUln 0–1000.
  const BOUNDS: [string, string, boolean][] = [
    ['age', '18', true],
    ['age', '110', true],
    ['age', '17', false],
    ['age', '111', false],
    ['age', '45.5', false],
    ['age', 'adult', false],
    ['ck-times-uln', '0', true],
    ['ck-times-uln', '2.9', true],
    ['ck-times-uln', '1000', true],
    ['ck-times-uln', '1000.1', false],
    ['ck-times-uln', '-1', false],
    ['ck-times-uln', 'high', false],
  ];
  for (const [name, value, ok] of BOUNDS) {
    it(`${name}="${value}" is ${ok ? 'accepted' : 'an error at the control, with no steps'}`, async () => {
      const el = await pathway({ [name]: value });
      expect(el.result.ok, 'result').to.equal(ok);
      const input = control(el, name);
      if (ok) {
        expect(input.getAttribute('aria-invalid') === null, 'not invalid').to.equal(true);
        expect(stepIds(el).length).to.be.greaterThan(0);
        return;
      }
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // The message at the control names the range (and, for age, adults only).
      const said = description(el, input);
      if (name === 'age') {
        expect(said).to.include('18');
        expect(said).to.include('110');
        expect(said).to.match(/adults only/i);
      } else {
        expect(said).to.include('0');
        expect(said).to.include('1000');
      }
      expect(stepIds(el)).to.deep.equal([]);
    });
  }

  it('an age of 17 typed in the box is an error beside it; 18 clears it', async () => {
    const el = await pathway();
    const events = countEvents(el);
    control(el, 'age').focus();
    await sendKeys({ type: '17' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(control(el, 'age').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#error-age'))).to.match(/adults only/i);
    expect(text($(el, '[part="errors"] [data-error-for="age"]'))).to.match(/18/);
    expect(stepIds(el)).to.deep.equal([]);
    control(el, 'age').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '8' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(control(el, 'age').getAttribute('aria-invalid') === null).to.equal(true);
    expect($(el, '#error-age') === null).to.equal(true);
    expect(stepIds(el).length).to.be.greaterThan(0);
    expect(events.count()).to.be.greaterThan(0);
  });

  it('a CK typed with a checkpoint inhibitor changes the glucocorticoid step: below 3 × ULN no glucocorticoid yet', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true });
    control(el, 'ck-times-uln').focus();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.result.ok && el.result.steps.find((s) => s.id === 'glucocorticoid')?.rules).to.include('glucocorticoid/ici-ck-below-3');
    expect(text((await openStep(el, 'glucocorticoid')).querySelector('[part="step-text"]'))).to.match(/recheck/i);
    control(el, 'ck-times-uln').focus();
    await sendKeys({ type: '0' }); // 20 × ULN
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.result.ok && el.result.steps.find((s) => s.id === 'glucocorticoid')?.rules).to.include('glucocorticoid/ici-moderate');
  });
});

describe('<nam-pathway> effective severity (content-spec §2)', () => {
  it('[hazard:H29] a red flag raises mild to severe: both severities in the inputs summary, the warning in the result, the severe steps', async () => {
    const el = await pathway({ severity: 'mild', 'red-flags': 'bulbar' });
    if (!el.result.ok) throw new Error('valid input');
    expect(el.result.effectiveSeverity).to.equal('severe');
    const summary = text($(el, '[part="inputs-summary"]'));
    expect(summary).to.include(`severity ${LABELS.severity.mild}`);
    expect(summary).to.include(`treated as ${LABELS.severity.severe}`);
    // The result's warning, visible without opening anything.
    const warning = $$(el, '[part="result"] [data-code]').find((n) => /treated as severe/i.test(text(n)));
    expect(warning !== undefined && shown(warning), 'the severity warning').to.equal(true);
    expect(warning!.getAttribute('part')).to.include('notice-warning');
    for (const id of ['urgent-assessment', 'methylprednisolone-pulse', 'ivig']) expect(stepIds(el), id).to.include(id);
  });

  it('without a flag, or when the given severity is already life-threatening, one severity is shown', async () => {
    for (const attrs of [{ severity: 'mild' }, { severity: 'life-threatening', 'red-flags': 'dyspnoea' }] as Record<string, string>[]) {
      const el = await pathway(attrs);
      const summary = text($(el, '[part="inputs-summary"]'));
      expect(summary, JSON.stringify(attrs)).to.not.include('treated as');
      expect(summary).to.include(`severity ${LABELS.severity[attrs.severity as 'mild']}`);
    }
  });

  it('with a checkpoint inhibitor both grades are named', async () => {
    const el = await pathway({ severity: 'mild', 'red-flags': 'rhabdomyolysis', 'checkpoint-inhibitor': true });
    const summary = text($(el, '[part="inputs-summary"]'));
    expect(summary).to.include(LABELS.ctcaeGrade.severe);
    expect(summary).to.include('treated as');
  });
});

describe('<nam-pathway> weight confirmation (content-spec §4.1)', () => {
  it('[hazard:H02] by keyboard alone: 160 typed shows the box below the weight row, Space confirms and shows the doses, Space again withholds them', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', statin: 'never' });
    const events = countEvents(el);
    const weight = control(el, 'weight');
    expect(control(el, 'weight-confirmed') === null, 'no box before a weight').to.equal(true);
    const before = { weight: weight.getBoundingClientRect().top, unit: control(el, 'weight-unit').getBoundingClientRect().top };
    weight.focus();
    await sendKeys({ type: '160' });
    await settle(el);
    // Leave the box: Tab to the unit, then to the confirmation box that appeared after it.
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(active(el)?.getAttribute('name')).to.equal('weight-unit');
    const box = control(el, 'weight-confirmed');
    expect(box !== null, 'the confirmation box').to.equal(true);
    expect(box.checked).to.equal(false);
    expect(text(box.closest('label'))).to.equal('This is a measured weight in kg');
    // Below the weight row; the row itself did not move.
    expect(box.getBoundingClientRect().top).to.be.at.least(control(el, 'weight-unit').getBoundingClientRect().bottom);
    expect(weight.getBoundingClientRect().top).to.equal(before.weight);
    expect(control(el, 'weight-unit').getBoundingClientRect().top).to.equal(before.unit);
    // Withheld: no number in the weight-based lines; the unusual-weight warning is shown.
    const withheld = expectedLines(160, false);
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) {
      expect(withheld[drug].withheld, `${drug} withheld by the core`).to.equal(true);
      expect($(el, `[data-drug="${drug}"]`)?.dataset.withheld, drug).to.equal('true');
    }
    expect(text($(el, '[part="result"]'))).to.include('Unusual weight: confirm it is a measured weight in kilograms');
    expect(text($(el, '[part="result"]'))).to.include('Is this weight in pounds? 160 lb = 72.57 kg');

    await sendKeys({ press: 'Tab' });
    expect(active(el) === box, 'Tab reaches the box').to.equal(true);
    const eventsBefore = events.count();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(control(el, 'weight-confirmed').checked).to.equal(true);
    expect(el.weightConfirmed).to.equal(true);
    expect(events.count()).to.equal(eventsBefore + 1);
    const confirmed = expectedLines(160, true);
    const shortDoses = visibleShortDoses(el).join(' | ');
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) {
      const line = confirmed[drug];
      expect(line.withheld === true, `${drug} shown once confirmed`).to.equal(false);
      const node = $(el, `[data-drug="${drug}"]`)!;
      expect(node.dataset.withheld, drug).to.equal('false');
      expect(text(node.querySelector('.dose-text strong')), drug).to.equal(line.summary);
      // Visible without opening anything, on a glance line or the step's title line.
      expect(shortDoses, drug).to.include(shortDose(line));
    }
    // The box stays (the weight is still unusual), and the warning says it was confirmed.
    expect(active(el) === control(el, 'weight-confirmed'), 'focus stays on the box').to.equal(true);

    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) expect($(el, `[data-drug="${drug}"]`)?.dataset.withheld, drug).to.equal('true');
    expect(visibleShortDoses(el).join(' | ')).to.not.include(shortDose(confirmed.prednisone));
  });

  it('with the attribute: weight="160" weight-confirmed shows the doses; removing it withholds them', async () => {
    const el = await pathway({ weight: '160', 'weight-confirmed': true });
    const confirmed = expectedLines(160, true);
    expect(control(el, 'weight-confirmed').checked).to.equal(true);
    expect(text($(el, '[data-drug="prednisone"] .dose-text strong'))).to.equal(confirmed.prednisone.summary);
    el.removeAttribute('weight-confirmed');
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    expect(control(el, 'weight-confirmed').checked).to.equal(false);
    expect($(el, '[data-drug="prednisone"]')?.dataset.withheld).to.equal('true');
  });

  it('a usual weight shows no box; a confirmed weight that is no longer unusual keeps the box ticked so it can be unticked', async () => {
    const el = await pathway({ weight: '70' });
    expect(control(el, 'weight-confirmed') === null).to.equal(true);
    const lb = await pathway({ weight: '330.7', 'weight-unit': 'lb' });
    expect(control(lb, 'weight-confirmed') !== null, '330.7 lb is 150 kg: in the tier').to.equal(true);
    const low = await pathway({ weight: '39.99' });
    expect(control(low, 'weight-confirmed') !== null, 'below 40 kg: in the tier').to.equal(true);
    const edge = await pathway({ weight: '40' });
    expect(control(edge, 'weight-confirmed') === null, '40 kg: not in the tier').to.equal(true);
  });

  it('[hazard:H02] withheld dose lines show no number, open or collapsed; fixed doses still show', async () => {
    const el = await pathway({ weight: '30', antibody: 'anti-hmgcr', 'red-flags': 'dyspnoea', statin: 'never' });
    await expandAll(el);
    const lines = $$(el, '[data-drug]');
    const withheld = lines.filter((l) => l.dataset.withheld === 'true').map((l) => l.dataset.drug);
    expect(withheld).to.have.members(['prednisone', 'azathioprine', 'ivig']);
    for (const l of lines) {
      const dose = text(l.querySelector('.dose-text'));
      if (l.dataset.withheld === 'true') {
        expect(dose, l.dataset.drug).to.not.match(AMOUNT);
        expect(dose, l.dataset.drug).to.match(/withheld/i);
      } else {
        // methotrexate, mycophenolate, methylprednisolone: fixed doses (content-spec §4.1).
        expect(['methotrexate', 'mycophenolate', 'methylprednisolone'], l.dataset.drug).to.include(l.dataset.drug);
        expect(dose, l.dataset.drug).to.match(AMOUNT);
      }
    }
    await expandAll(el, false);
    for (const said of visibleShortDoses(el)) {
      for (const part of said.split(' · ')) {
        if (/^(Prednisone|Azathioprine|IVIG)/.test(part)) expect(part).to.not.match(AMOUNT);
      }
    }
  });
});

describe('<nam-pathway> myasthenic flag and checkpoint-inhibitor grade 1', () => {
  it('the myasthenic flag is a checkbox; it brings the critical myasthenia step and IVIG over 5 days whatever the configured days', async () => {
    const el = await pathway({ weight: '70', statin: 'never', config: '{"ivig":{"defaultDays":3}}' });
    const box = control(el, 'red-flags', 'myasthenic');
    expect(text(box.closest('label'))).to.equal(LABELS.redFlag.myasthenic);
    box.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(step(el, 'myasthenia-overlap')?.dataset.indicator).to.equal('critical');
    expect(step(el, 'ivig')?.dataset.indicator).to.equal('critical');
    expect(step(el, 'ivig')?.dataset.priority).to.equal('immediate');
    // Both are critical actions at a glance.
    const glance = $$(el, '[part="glance"] [data-glance]').map((n) => n.dataset.glance);
    expect(glance).to.include.members(['myasthenia-overlap', 'ivig']);
    // IVIG over 5 days: 2 g/kg × 70 kg = 140 g, 28 g/day.
    const ivig = text($(el, '[data-drug="ivig"] .dose-text'));
    expect(ivig).to.include('140 g');
    expect(ivig).to.include('over 5 days');
    // The pulse carries the critical myasthenia notice, visible without opening anything.
    const pulse = (el.result.ok ? el.result.steps.find((s) => s.id === 'methylprednisolone-pulse')?.notices ?? [] : []).filter(
      (n) => n.level === 'critical',
    );
    expect(pulse.length, 'a critical notice on the pulse').to.be.greaterThan(0);
    for (const n of pulse) {
      expect($$(el, `[data-code="${n.code}"]`).filter((x) => shown(x)).length, n.code).to.equal(1);
    }
  });

  it('[rule:ici-grade-1] checkpoint inhibitor, grade 1: no glucocorticoid step and no prednisone line anywhere, the grade-1 step instead', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, severity: 'mild', weight: '70', statin: 'never' });
    await expandAll(el);
    expect(step(el, 'glucocorticoid') === null, 'no glucocorticoid step').to.equal(true);
    expect(step(el, 'methylprednisolone-pulse') === null, 'no pulse').to.equal(true);
    expect($$(el, '[data-drug="prednisone"], [data-drug="methylprednisolone"]').length).to.equal(0);
    expect(text($(el, '[part="glance"]'))).to.not.match(/prednisone/i);
    expect(text(step(el, 'ici-grade-1')!.querySelector('[part="step-text"]'))).to.match(/no glucocorticoid/i);
    expect(el.note).to.not.match(/Dose: Prednisone/);
  });
});
