/**
 * The confirmation tier (content-spec §4.1, hazards H01 and H02): an unusual weight withholds
 * every weight-based dose until the clinician confirms it as a measured weight in kg. Expected
 * values are worked out from the specification.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DoseResult } from '../../../src/core/index.js';
import { calc, control, controls, description, doseText, expandAll, glanceText, line, lineText, lines, norm, root, settle, visible, wrapped } from './helpers.js';
import type { Calc } from './helpers.js';

const WEIGHT_BASED = ['prednisone', 'azathioprine', 'ivig'];
const FIXED = ['methylprednisolone', 'methotrexate', 'mycophenolate', 'rituximab'];
/** A dose amount: a number with mg or g that is not a rate ("1 mg/kg/min", "40–60 mg/day" are not doses). */
const AMOUNT = /\d[\d,.]*(–\d[\d,.]*)?\s(mg|g)\b(?!\/)/;

const confirmBox = (el: Calc) => control(el, 'weight-confirmed');
const warning = (el: Calc) => norm(root(el).querySelector('[part~="warnings"]')?.textContent);
const withheld = (el: Calc) =>
  lines(el)
    .filter((l) => l.getAttribute('part')!.split(' ').includes('line-withheld'))
    .map((l) => l.dataset.drug);

function record(el: Calc) {
  const events: CustomEvent<DoseResult>[] = [];
  el.addEventListener('nam-dose-change', (e) => events.push(e));
  return events;
}

describe('<nam-dose-calculator> weight confirmation (content-spec §4.1)', () => {
  it('is accessible while the weight waits for confirmation, every item open', async () => {
    const el = await calc({ weight: '160' });
    await expandAll(el);
    await expect(el).to.be.accessible();
  });

  it('[hazard:H02] keyboard only: type 160, the box appears, Space ticks it, the doses appear; unticking withholds them again', async () => {
    const { wrapper, el } = await wrapped('<div><button id="before">before</button><nam-dose-calculator></nam-dose-calculator></div>');
    const events = record(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(control(el, 'weight'));
    expect(visible(confirmBox(el)), 'no box before a weight').to.equal(false);
    await sendKeys({ type: '160' });
    await settle(el);
    expect(visible(confirmBox(el)), 'the box once 160 kg is typed').to.equal(true);
    expect(confirmBox(el).checked).to.equal(false);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    expect(warning(el)).to.include('Unusual weight: confirm it is a measured weight in kilograms.');

    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'the box comes right after the weight').to.equal(confirmBox(el));
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(confirmBox(el).checked).to.equal(true);
    expect(el.weightConfirmed).to.equal(true);
    expect(withheld(el)).to.deep.equal([]);
    // 1 mg/kg/day × 160 kg = 160 mg, capped at 75 mg; 2–3 mg/kg/day × 160 kg = 320–480 mg, inward to
    // 25 mg steps 325–475 mg; 2 g/kg × 160 kg = 320 g over 5 days, 64 g/day.
    expect(doseText(el, 'prednisone')).to.include('Prednisone 75 mg');
    expect(doseText(el, 'azathioprine')).to.include('Azathioprine 325–475 mg');
    expect(doseText(el, 'ivig')).to.include('320 g per course: 64 g/day over 5 days');
    // The notice stays, as a warning that says the clinician confirmed the weight.
    expect(warning(el)).to.include('Unusual weight, confirmed by the clinician as a measured weight in kilograms.');
    expect(root(el).querySelector('[part~="warnings"] [data-code="weight-confirmed"]')!.getAttribute('part')).to.include('notice-warning');
    expect(events).to.have.length(4); // 3 keystrokes + the box
    expect(events[3].detail.ok && events[3].detail.input.weightConfirmed).to.equal(true);

    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(confirmBox(el).checked).to.equal(false);
    expect(el.weightConfirmed).to.equal(false);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    expect(events).to.have.length(5);
    expect(root(el).activeElement, 'focus stays on the box').to.equal(confirmBox(el));
    await expect(el).to.be.accessible();
  });

  it('the box is described by the weight warning, and is shown only while the core asks for a confirmation', async () => {
    const el = await calc({ weight: '160' });
    expect(description(el, confirmBox(el))).to.include('Is this weight in pounds? 160 lb = 72.57 kg.');
    for (const weight of ['70', '40', '149.99']) {
      el.weight = weight;
      await el.updateComplete;
      expect(visible(confirmBox(el)), weight).to.equal(false);
      expect(confirmBox(el).disabled, `${weight}: out of the tab order`).to.equal(true);
    }
    el.weight = '';
    await el.updateComplete;
    expect(visible(confirmBox(el)), 'no box for an invalid weight').to.equal(false);
  });

  const tier: [attrs: Record<string, string>, required: boolean, why: string][] = [
    [{ weight: '39.99' }, true, 'below 40 kg'],
    [{ weight: '40' }, false, '40 kg is ordinary'],
    [{ weight: '149.99' }, false, 'below 150 kg'],
    [{ weight: '150' }, true, '150 kg or more'],
    [{ weight: '350' }, true, 'the largest accepted weight'],
    [{ weight: '331', 'weight-unit': 'lb' }, true, '331 lb = 150.14 kg'],
    [{ weight: '330', 'weight-unit': 'lb' }, false, '330 lb = 149.69 kg'],
    [{ weight: '145', 'height-cm': '170' }, true, 'BMI 50.17, above 50'],
    [{ weight: '144', 'height-cm': '170' }, false, 'BMI 49.83'],
    [{ weight: '43', 'height-cm': '170' }, true, 'BMI 14.88, below 15'],
    [{ weight: '44', 'height-cm': '170' }, false, 'BMI 15.22'],
  ];
  for (const [attrs, required, why] of tier) {
    it(`[hazard:H02] ${JSON.stringify(attrs)}: ${required ? 'withheld until confirmed' : 'dosed at once'} (${why})`, async () => {
      const el = await calc(attrs);
      expect(el.result.ok && el.result.weightConfirmationRequired).to.equal(required);
      expect(withheld(el)).to.deep.equal(required ? WEIGHT_BASED : []);
      expect(visible(confirmBox(el))).to.equal(required);
      for (const drug of FIXED) expect(doseText(el, drug), `${drug} is a fixed dose`).to.match(AMOUNT);
    });
  }

  it('[hazard:H01] 160 typed as kg asks whether it is pounds; an implausible BMI names the height; a small weight asks neither', async () => {
    // 160 × 0.45359237 = 72.57 kg.
    expect(warning(await calc({ weight: '160' }))).to.equal(
      'Warning: Unusual weight: confirm it is a measured weight in kilograms. Is this weight in pounds? 160 lb = 72.57 kg.',
    );
    // 52 kg at 190 cm: BMI 14.4.
    expect(warning(await calc({ weight: '52', 'height-cm': '190' }))).to.equal(
      'Warning: Unusual weight: confirm it is a measured weight in kilograms. BMI 14.4 for 190 cm: check the weight and the unit.',
    );
    expect(warning(await calc({ weight: '39' }))).to.equal('Warning: Unusual weight: confirm it is a measured weight in kilograms.');
  });

  it('[hazard:H02] withheld lines show no number: the summary and the notices only, no working, no facts', async () => {
    const el = await calc({ weight: '160', 'height-cm': '170', sex: 'male' });
    await expandAll(el);
    for (const drug of WEIGHT_BASED) {
      const l = line(el, drug)!;
      expect(doseText(el, drug), drug).to.equal(`${drug === 'ivig' ? 'Intravenous immunoglobulin (IVIG)' : drug[0].toUpperCase() + drug.slice(1)}: withheld until the weight is confirmed`);
      expect(doseText(el, drug), drug).not.to.match(/\d/);
      expect(lineText(el, drug), drug).not.to.match(AMOUNT);
      expect(l.querySelector('[part~="basis"]'), `${drug}: no working`).to.equal(null);
      expect(l.querySelector('[part~="facts"]'), `${drug}: no facts`).to.equal(null);
      const reason = l.querySelector<HTMLElement>('[data-code="weight-withheld"]')!;
      expect(visible(reason)).to.equal(true);
      expect(norm(reason.textContent)).to.equal('Warning: Withheld until the weight is confirmed as a measured weight in kilograms.');
      expect(norm(l.querySelector('.line-toggle')?.textContent)).to.include('Withheld');
      expect(el.result.ok && el.result.lines.find((x) => x.drug === drug)).to.not.have.property('amount');
    }
    expect(glanceText(el)).to.include('Prednisone: withheld until the weight is confirmed');
    expect(glanceText(el)).to.include('IVIG: withheld until the weight is confirmed');
    expect(glanceText(el)).not.to.match(/Prednisone \d|IVIG \d|Azathioprine \d/);
  });

  it('the weight-confirmed attribute and property: present or true confirms; removed or false withholds again; no event', async () => {
    const el = await calc({ weight: '160', 'weight-confirmed': '' });
    const events = record(el);
    expect(el.weightConfirmed).to.equal(true);
    expect(confirmBox(el).checked).to.equal(true);
    expect(withheld(el)).to.deep.equal([]);
    el.removeAttribute('weight-confirmed');
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    el.weightConfirmed = true;
    await settle(el);
    expect(confirmBox(el).checked).to.equal(true);
    expect(withheld(el)).to.deep.equal([]);
    el.weightConfirmed = null;
    await settle(el);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    expect(events).to.have.length(0);
    // An ordinary weight takes no notice of a confirmation.
    const ordinary = await calc({ weight: '70', 'weight-confirmed': '' });
    expect(ordinary.result.ok && ordinary.result.warnings).to.deep.equal([]);
    expect(visible(confirmBox(ordinary))).to.equal(false);
  });

  it('[hazard:H02] a new weight or unit typed after a confirmation clears it: each unusual weight is confirmed for itself', async () => {
    const el = await calc({ weight: '160' });
    confirmBox(el).click();
    await settle(el);
    expect(withheld(el)).to.deep.equal([]);
    const weight = control(el, 'weight');
    weight.focus();
    weight.select();
    await sendKeys({ type: '170' });
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    expect(confirmBox(el).checked).to.equal(false);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    // The status says nothing about the page: the element cleared it.
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(norm(root(el).querySelector('.result-status')?.textContent)).not.to.match(/changed by the page/);
    confirmBox(el).click();
    await settle(el);
    expect(withheld(el)).to.deep.equal([]);
    controls(el, 'weight-unit')[1].click(); // lb: 170 lb = 77.11 kg, ordinary
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    controls(el, 'weight-unit')[0].click(); // back to kg: 170 kg, to be confirmed again
    await settle(el);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    // A confirmation the page gave covers the page's weight only, not one the user types.
    const paged = await calc({ weight: '160', 'weight-confirmed': '' });
    expect(withheld(paged)).to.deep.equal([]);
    const box = control(paged, 'weight');
    box.focus();
    box.select();
    await sendKeys({ type: '180' });
    await settle(paged);
    expect(paged.weightConfirmed).to.equal(false);
    expect(withheld(paged)).to.deep.equal(WEIGHT_BASED);
  });

  it('the page changing the weight clears a confirmation the user gave, but not one the page gives with it', async () => {
    const el = await calc({ weight: '160' });
    confirmBox(el).click();
    await settle(el);
    el.setAttribute('weight', '200');
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    expect(withheld(el)).to.deep.equal(WEIGHT_BASED);
    el.setAttribute('weight', '210');
    el.setAttribute('weight-confirmed', '');
    await settle(el);
    expect(withheld(el)).to.deep.equal([]);
  });

  it('[hazard:H28] the note gives the weight in both units, says who confirmed it, and keeps the warning', async () => {
    const el = await calc({ weight: '160', 'weight-confirmed': '' });
    expect(el.note).to.include('IMNM/NAM dose reference for 160 kg (352.7 lb): not a prescription');
    expect(el.note).to.include('Inputs: weight 160 kg (352.7 lb) (confirmed by the clinician)');
    expect(el.note).to.include('WARNING: Unusual weight, confirmed by the clinician as a measured weight in kilograms. Is this weight in pounds? 160 lb = 72.57 kg.');
    const lb = await calc({ weight: '154', 'weight-unit': 'lb' });
    expect(lb.note).to.include('for 154 lb = 69.85 kg');
  });
});
