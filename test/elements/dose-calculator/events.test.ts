/** User input: keyboard entry, live updates, nam-dose-change on user edits only. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DoseResult } from '../../../src/core/index.js';
import { calc, control, controls, doseText, lines, openMore, root, settle, visible, wrapped } from './helpers.js';
import type { Calc } from './helpers.js';

function record(el: Calc) {
  const events: CustomEvent<DoseResult>[] = [];
  el.addEventListener('nam-dose-change', (e) => events.push(e));
  return events;
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

describe('<nam-dose-calculator> user input and events', () => {
  it('is accessible after the user has typed a weight', async () => {
    const el = await calc({});
    await typeInto(control(el, 'weight'), '72');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('shows a neutral prompt, not an error, before any weight', async () => {
    const el = await calc({});
    expect(control(el, 'weight').hasAttribute('aria-invalid')).to.equal(false);
    expect(root(el).querySelector('[part~="prompt"]')?.textContent).to.match(/Enter the patient’s weight/);
    expect(root(el).querySelector<HTMLElement>('[part~="error-summary"]')!.hidden).to.equal(true);
    expect(lines(el)).to.have.length(0);
    expect(el.result.ok).to.equal(false);
  });

  it('typing a weight shows the doses and fires one event per keystroke, none on blur', async () => {
    const el = await calc({});
    const events = record(el);
    await typeInto(control(el, 'weight'), '72');
    await settle(el);
    expect(events).to.have.length(2);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(events).to.have.length(2);
    const last = events[1];
    expect(last.bubbles).to.equal(true);
    expect(last.composed).to.equal(true);
    expect(last.detail).to.equal(el.result);
    expect(last.detail.ok && last.detail.lines.find((l) => l.drug === 'prednisone')?.amount?.min).to.equal(70);
    expect(doseText(el, 'prednisone')).to.include('Prednisone 70 mg');
    expect(el.weight).to.equal('72');
  });

  it('typing another weight updates the doses', async () => {
    const el = await calc({ weight: '70' });
    const events = record(el);
    const [first] = await Promise.all([oneEvent(el, 'nam-dose-change'), typeInto(control(el, 'weight'), '100')]);
    await settle(el);
    // "1" is below the accepted range: an error result, then the doses for 100 kg.
    expect(first.detail.ok).to.equal(false);
    expect(events).to.have.length(3);
    expect(events[2].detail.ok).to.equal(true);
    expect(doseText(el, 'prednisone')).to.include('Prednisone 75 mg');
    expect(doseText(el, 'ivig')).to.include('200 g per course');
  });

  it('an emptied weight after typing is an error', async () => {
    const el = await calc({ weight: '70' });
    const input = control(el, 'weight');
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(lines(el)).to.have.length(0);
  });

  it('works from the keyboard alone: tab into the form, type, pick units and options', async () => {
    const { wrapper, el } = await wrapped('<div><button id="before">before</button><nam-dose-calculator></nam-dose-calculator></div>');
    const events = record(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(control(el, 'weight'));
    await sendKeys({ type: '154' });
    await settle(el);
    // 154 kg is unusual: the confirmation box comes next, asking whether it is a measured weight in kg.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(control(el, 'weight-confirmed'));
    await sendKeys({ press: 'Tab' }); // to the unit radio group (kg checked)
    expect(root(el).activeElement).to.equal(controls(el, 'weight-unit')[0]);
    await sendKeys({ press: 'ArrowRight' }); // lb: it was pounds
    await settle(el);
    expect(controls(el, 'weight-unit')[1].checked).to.equal(true);
    expect(root(el).querySelector('[part~="conversion"]')?.textContent).to.include('154 lb = 69.85 kg');
    expect(visible(control(el, 'weight-confirmed')), '69.85 kg needs no confirmation').to.equal(false);
    expect(events).to.have.length(4); // 3 keystrokes + 1 unit change
    expect(el.weightUnit).to.equal('lb');

    await sendKeys({ press: 'Tab' }); // "More details" (a narrow test page shows the form compact)
    if (root(el).activeElement?.classList.contains('more-toggle')) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
    }
    expect(root(el).activeElement).to.equal(control(el, 'height-cm'));
    await sendKeys({ type: '165' });
    await sendKeys({ press: 'Tab' }); // sex select
    expect(root(el).activeElement).to.equal(control(el, 'sex'));
    await sendKeys({ press: 'ArrowDown' }); // female
    await settle(el);
    expect(el.sex).to.equal('female');
    expect(doseText(el, 'prednisone')).to.include('Prednisone 70 mg');
    expect(root(el).querySelector('[data-drug="ivig"]')!.textContent).to.include('Ideal body weight');
    expect(events).to.have.length(8);
  });

  it('a select or radio change fires exactly one event', async () => {
    const el = await calc({ weight: '70' });
    const events = record(el);
    const tpmt = control<HTMLSelectElement>(el, 'tpmt');
    tpmt.focus();
    await sendKeys({ press: 'Home' }); // "normal"
    await settle(el);
    expect(events).to.have.length(1);
    expect(el.tpmt).to.equal('normal');
    expect(events[0].detail.ok && events[0].detail.input.tpmt).to.equal('normal');

    const adjusted = controls(el, 'ivig-dosing-weight')[1];
    adjusted.click();
    await settle(el);
    expect(events).to.have.length(2);
    expect(el.ivigDosingWeight).to.equal('adjusted');
  });

  it('unticking a drug hides its line and fires one event', async () => {
    const el = await calc({ weight: '70' });
    await openMore(el);
    const events = record(el);
    const box = root(el).querySelector<HTMLInputElement>('input[name="drugs"][value="methylprednisolone"]')!;
    box.click();
    await settle(el);
    expect(events).to.have.length(1);
    expect(lines(el).map((l) => l.dataset.drug)).not.to.include('methylprednisolone');
    expect(events[0].detail.ok && events[0].detail.lines.map((l) => l.drug)).not.to.include('methylprednisolone');
  });

  it('choosing a start date and a methotrexate day updates the lines', async () => {
    const el = await calc({ weight: '70' });
    const events = record(el);
    const date = control(el, 'start-date');
    date.value = '2026-12-01';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    date.dispatchEvent(new Event('change', { bubbles: true }));
    const day = control<HTMLSelectElement>(el, 'methotrexate-day');
    day.value = 'monday';
    day.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    day.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(events).to.have.length(2);
    expect(doseText(el, 'rituximab')).to.include('Tue 15 Dec 2026');
    expect(doseText(el, 'methotrexate')).to.include('once weekly on Monday');
  });

  it('scripted edits count once, whichever of input and change is fired, bubbling or not', async () => {
    const el = await calc({ weight: '70' });
    const events = record(el);
    const weight = control(el, 'weight');
    weight.value = '80';
    weight.dispatchEvent(new Event('input')); // does not bubble
    await settle(el);
    expect(events).to.have.length(1);
    expect(doseText(el, 'ivig')).to.include('160 g per course');
    weight.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events).to.have.length(1);
    weight.value = '90';
    weight.dispatchEvent(new Event('change', { bubbles: true })); // change alone
    await settle(el);
    expect(events).to.have.length(2);
    expect(doseText(el, 'ivig')).to.include('180 g per course');
    const sex = control<HTMLSelectElement>(el, 'sex');
    sex.value = 'male';
    sex.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    sex.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(events).to.have.length(3);
    expect(el.sex).to.equal('male');
  });

  it('attribute and property changes re-render but fire no event', async () => {
    const el = await calc({ weight: '70' });
    const events = record(el);
    el.setAttribute('weight', '80');
    el.setAttribute('tpmt', 'poor');
    el.weightUnit = 'lb';
    el.heightCm = 170;
    el.sex = 'male';
    el.ivigDays = '3';
    el.startDate = '2026-12-01';
    el.methotrexateDay = 'sunday';
    el.drugs = 'prednisone ivig';
    el.config = { prednisone: { maxDailyMg: 60 } };
    el.theme = 'dark';
    await settle(el);
    el.removeAttribute('weight');
    el.weight = 90;
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(events).to.have.length(0);
    expect(control(el, 'weight').value).to.equal('90');
    // 90 lb = 40.82 kg at 170 cm: BMI 14.1, below 15: withheld until confirmed.
    expect(doseText(el, 'prednisone')).to.equal('Prednisone: withheld until the weight is confirmed');
    el.weightConfirmed = true;
    await settle(el);
    expect(doseText(el, 'prednisone')).to.include('Prednisone 40 mg');
    expect(events).to.have.length(0);
  });

  it('result is read-only and always the last result', async () => {
    const el = await calc({ weight: '70' });
    const before = el.result;
    expect(() => {
      (el as unknown as { result: unknown }).result = 1;
    }).to.throw();
    expect(el.result).to.equal(before);
    el.weight = '80';
    await el.updateComplete;
    expect(el.result.ok && el.result.weightKg).to.equal(80);
  });
});
