/** Bad input: every bad attribute value gives a visible, described error and no dose; nothing throws. */
import { expect } from '@open-wc/testing';
import { calc, control, controls, description, expectFieldError, expectNoJunk, lines, norm, root, settle, shadowText } from './helpers.js';

const BAD: [attribute: string, value: string, message: RegExp][] = [
  ['weight', 'abc', /Weight must be a number from 20 to 350 kg/],
  ['weight', '-5', /20 to 350 kg/],
  ['weight', '0', /20 to 350 kg/],
  ['weight', '19.9', /20 to 350 kg/],
  ['weight', '350.1', /20 to 350 kg/],
  ['weight', 'NaN', /20 to 350 kg/],
  ['weight', 'Infinity', /20 to 350 kg/],
  ['weight', '-Infinity', /20 to 350 kg/],
  ['weight', '1e2', /20 to 350 kg/],
  ['weight', '70,5', /20 to 350 kg/],
  ['weight', '70kg', /20 to 350 kg/],
  ['weight', '', /Weight is required/],
  ['weight', '   ', /Weight is required/],
  ['weight-unit', 'stone', /Weight unit must be one of: kg, lb.*stone/],
  ['weight-unit', 'KG', /Weight unit must be one of: kg, lb/],
  ['height-cm', 'tall', /Height must be a number from 120 to 230 cm/],
  ['height-cm', '119', /120 to 230 cm/],
  ['height-cm', '231', /120 to 230 cm/],
  ['height-cm', 'NaN', /120 to 230 cm/],
  ['sex', 'other', /Sex must be one of: female, male/],
  // Adults only (content-spec §4.1): whole years from 18 to 110.
  ['age', '17', /Age must be a whole number of years from 18 to 110: this tool is for adults only/],
  ['age', '0', /from 18 to 110/],
  ['age', '111', /from 18 to 110/],
  ['age', '18.5', /whole number of years from 18 to 110/],
  ['age', 'adult', /from 18 to 110/],
  ['age', '-20', /from 18 to 110/],
  ['age', 'NaN', /from 18 to 110/],
  ['ivig-days', '1', /IVIG course length must be a whole number of days from 2 to 5/],
  ['ivig-days', '6', /from 2 to 5/],
  ['ivig-days', '3.5', /from 2 to 5/],
  ['ivig-days', 'five', /from 2 to 5.*five/],
  ['ivig-dosing-weight', 'ideal', /IVIG dosing weight must be one of: actual, adjusted/],
  ['tpmt', 'slow', /TPMT and NUDT15 status must be one of: normal, intermediate, intermediate-both, poor, unknown/],
  ['start-date', '2026-02-30', /Start date must be a real calendar date/],
  ['start-date', '01/12/2026', /YYYY-MM-DD/],
  ['start-date', 'tomorrow', /YYYY-MM-DD/],
  ['methotrexate-day', 'mon', /Methotrexate day must be one of: monday/],
  ['drugs', 'prednisone aspirin', /drugs.*prednisone, methylprednisolone.*not recognised: “aspirin”/],
  ['drugs', 'MTX', /not recognised/],
];

/** An empty attribute is a value: an error naming the attribute and what it accepts, never the default. */
const EMPTY: [attribute: string, message: RegExp][] = [
  ['tpmt', /TPMT and NUDT15 status must be one of: normal, intermediate, intermediate-both, poor, unknown\. \(received an empty value: tpmt=""\)/],
  ['sex', /Sex must be one of: female, male\. \(received an empty value: sex=""\)/],
  ['weight-unit', /Weight unit must be one of: kg, lb\. \(received an empty value: weight-unit=""\)/],
  ['ivig-days', /IVIG course length must be a whole number of days from 2 to 5\. \(received an empty value: ivig-days=""\)/],
  ['ivig-dosing-weight', /IVIG dosing weight must be one of: actual, adjusted\. \(received an empty value: ivig-dosing-weight=""\)/],
  ['methotrexate-day', /Methotrexate day must be one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday\. \(received an empty value: methotrexate-day=""\)/],
  ['start-date', /Start date must be a real calendar date written YYYY-MM-DD .*\(received an empty value: start-date=""\)/],
  ['height-cm', /Height must be a number from 120 to 230 cm\. \(received an empty value: height-cm=""\)/],
  ['age', /Age must be a whole number of years from 18 to 110: this tool is for adults only\. \(received an empty value: age=""\)/],
  ['drugs', /drugs\) must be one or more of: prednisone, methylprednisolone, .*rituximab .*\(received an empty value: drugs=""\)/],
];

describe('<nam-dose-calculator> errors', () => {
  it('is accessible with an age and a pound weight refused', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb', age: '16', config: '{"units":{"allowPounds":false}}' });
    await expect(el).to.be.accessible();
  });

  it('[hazard:H23] age: 18 and 110 are accepted, 17 is an error at the field and no dose is shown', async () => {
    for (const age of ['18', '110']) {
      const el = await calc({ weight: '70', age });
      expect(lines(el), age).to.have.length(7);
      expect(control(el, 'age').hasAttribute('aria-invalid'), age).to.equal(false);
      expect(norm(root(el).querySelector('[part~="summary"]')?.textContent)).to.match(new RegExp(`Age ?${age} years`));
    }
    const child = await calc({ weight: '70', age: '17' });
    expectFieldError(child, 'age', /adults only/);
    // The age is under "More details" on a narrow screen: an error there opens it.
    expect(root(child).querySelector('button.more-toggle')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('[hazard:H01] units.allowPounds false: lb is refused at the unit control with the policy named; kg still works', async () => {
    const config = '{"units":{"allowPounds":false}}';
    const el = await calc({ weight: '154', 'weight-unit': 'lb', config });
    expectFieldError(el, 'weight-unit', /Weight unit must be kg: weights in pounds are not accepted here \(local policy: units\.allowPounds is false\)/);
    expect(el.result.ok).to.equal(false);
    const ok = await calc({ weight: '70', config });
    expect(lines(ok)).to.have.length(7);
    // The user picking lb gets the same error, at once, on the unit control.
    controls(ok, 'weight-unit')[1].click();
    await settle(ok);
    expectFieldError(ok, 'weight-unit', /units\.allowPounds is false/);
    controls(ok, 'weight-unit')[0].click();
    await settle(ok);
    expect(lines(ok)).to.have.length(7);
  });

  it('weight-confirmed given any value but true or false as a property: an error at the confirmation box, no dose', async () => {
    for (const value of ['true', 1, 'yes']) {
      const el = await calc({ weight: '160' });
      (el as unknown as Record<string, unknown>).weightConfirmed = value;
      await el.updateComplete;
      expectFieldError(el, 'weight-confirmed', /Weight confirmation must be true or false/);
      expect(el.result.ok).to.equal(false);
    }
  });

  for (const [attribute, message] of EMPTY) {
    it(`[hazard:H19] empty attribute values are silently replaced by defaults: ${attribute}="" is an error on the control, no dose`, async () => {
      const el = await calc({ weight: '70', [attribute]: '' });
      expectFieldError(el, attribute, message);
      expect(el.result.ok).to.equal(false);
      const flagged = [...root(el).querySelectorAll('[aria-invalid="true"]')].map((c) => c.getAttribute('name'));
      expect(new Set(flagged)).to.deep.equal(new Set([attribute]));
      // A removed attribute means the default again.
      el.removeAttribute(attribute);
      await el.updateComplete;
      expect(root(el).querySelector('[aria-invalid]'), `${attribute} removed`).to.equal(null);
      expect(lines(el)).to.have.length(7);
    });
  }

  it('empty attribute values: a select shows that its value was not accepted, not the default', async () => {
    const el = await calc({ weight: '70', tpmt: '', sex: '', 'ivig-days': '' });
    for (const name of ['tpmt', 'sex', 'ivig-days']) {
      const select = control<HTMLSelectElement>(el, name);
      expect(select.selectedOptions[0]?.textContent, name).to.match(/Not accepted/);
    }
    const el2 = await calc({ weight: '70', 'weight-unit': '', 'ivig-dosing-weight': '' });
    for (const name of ['weight-unit', 'ivig-dosing-weight']) {
      expect(controls(el2, name).some((r) => r.checked), name).to.equal(false);
    }
  });

  it('an invalid theme attribute value is ignored silently: theme="blue" and theme="" are reported, the doses stay', async () => {
    for (const theme of ['blue', '']) {
      const el = await calc({ weight: '70', theme });
      const alert = root(el).querySelector<HTMLElement>('[part~="attribute-error"]');
      expect(alert, `theme="${theme}"`).to.exist;
      expect(alert!.getAttribute('role')).to.equal('alert');
      expect(norm(alert!.textContent)).to.equal(
        `theme="${theme}" is not accepted: theme must be one of: light, dark (or leave it out to follow the system setting).`,
      );
      expect(lines(el)).to.have.length(7);
      await expect(el).to.be.accessible();
    }
    for (const theme of ['light', 'dark']) {
      const el = await calc({ weight: '70', theme });
      expect(root(el).querySelector('[part~="attribute-error"]'), theme).to.equal(null);
    }
    const el = await calc({ weight: '70' });
    expect(root(el).querySelector('[part~="attribute-error"]')).to.equal(null);
  });

  for (const [attribute, value, message] of BAD) {
    it(`${attribute}="${value}" → error on the control, no dose`, async () => {
      const attrs: Record<string, string> = { weight: '70', [attribute]: value };
      const el = await calc(attrs);
      expectFieldError(el, attribute, message);
      expect(el.result.ok).to.equal(false);
      // The other controls are not flagged.
      const flagged = [...root(el).querySelectorAll('[aria-invalid="true"]')].map((c) => c.getAttribute('name'));
      expect(new Set(flagged)).to.deep.equal(new Set([attribute]));
    });
  }

  it('keeps what was typed or set visible in the text box', async () => {
    const el = await calc({ weight: '70,5' });
    expect(control(el, 'weight').value).to.equal('70,5');
  });

  it('lists several errors at once, each on its own control', async () => {
    const el = await calc({ weight: 'x', 'height-cm': '10', tpmt: 'bad', 'ivig-days': '9' });
    for (const name of ['weight', 'height-cm', 'tpmt', 'ivig-days']) expectFieldError(el, name);
    const items = root(el).querySelectorAll('[part~="error-summary"] li');
    expect(items).to.have.length(4);
  });

  it('recovers when the bad value is corrected', async () => {
    const el = await calc({ weight: '70', tpmt: 'slow' });
    expect(lines(el)).to.have.length(0);
    el.setAttribute('tpmt', 'normal');
    await el.updateComplete;
    expect(lines(el)).to.have.length(7);
    expect(root(el).querySelector('[aria-invalid]')).to.equal(null);
    expect(root(el).querySelector<HTMLElement>('[part~="error-summary"]')!.hidden).to.equal(true);
  });

  it('renders hostile attribute values as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__namPwned=1"><script>window.__namPwned=2</script>';
    const el = await calc({});
    for (const name of ['weight', 'weight-unit', 'height-cm', 'sex', 'age', 'ivig-days', 'ivig-dosing-weight', 'tpmt', 'start-date', 'methotrexate-day', 'drugs']) {
      el.setAttribute(name, hostile);
    }
    el.setAttribute('config', hostile);
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(root(el).querySelector('img, script, iframe')).to.equal(null);
    expect((window as unknown as { __namPwned?: number }).__namPwned).to.equal(undefined);
    expect(control(el, 'weight').value).to.equal(hostile);
    expect(shadowText(el)).to.include('<img src=x');
    expect(root(el).querySelector('[part~="config-error"]')).to.exist;
    expectNoJunk(el);
  });

  it('never shows NaN, undefined or Infinity for bad property values, and never throws', async () => {
    const el = await calc({ weight: '70' });
    const values: unknown[] = [NaN, Infinity, -Infinity, -1, 0, {}, [], [70], true, () => 70, Symbol('w'), 1e308, '1'.repeat(400)];
    for (const v of values) {
      (el as unknown as Record<string, unknown>).weight = v;
      await el.updateComplete;
      expect(lines(el), String(typeof v)).to.have.length(0);
      expect(control(el, 'weight').getAttribute('aria-invalid')).to.equal('true');
      expectNoJunk(el);
    }
    for (const [prop, v] of [
      ['heightCm', NaN],
      ['age', 17.5],
      ['age', NaN],
      ['weightConfirmed', 'false'],
      ['ivigDays', 2.5],
      ['ivigDays', Infinity],
      ['tpmt', 42],
      ['drugs', 5],
      ['startDate', {}],
    ] as const) {
      const fresh = await calc({ weight: '70' });
      (fresh as unknown as Record<string, unknown>)[prop] = v;
      await fresh.updateComplete;
      expect(lines(fresh), prop).to.have.length(0);
      expect(root(fresh).querySelector('[aria-invalid="true"]'), prop).to.exist;
      expectNoJunk(fresh);
    }
  });

  it('[rule:dose/ivig] blanks around a choice are ignored, as in <nam-pathway>: the value is used and its control selected', async () => {
    const el = await calc({ weight: ' 154 ', 'weight-unit': ' lb ', sex: ' male ', 'height-cm': '180', tpmt: ' normal ', 'ivig-dosing-weight': ' adjusted ' });
    expect(root(el).querySelector('[aria-invalid="true"]')).to.equal(null);
    expect(el.result?.ok).to.equal(true);
    const input = (el.result as unknown as { input: Record<string, unknown> }).input;
    expect(input).to.include({ weightUnit: 'lb', sex: 'male', tpmt: 'normal', ivigDosingWeight: 'adjusted' });
    expect(root(el).querySelector<HTMLInputElement>('input[name="weight-unit"][value="lb"]')?.checked).to.equal(true);
    expect(control<HTMLSelectElement>(el, 'sex').value).to.equal('male');
    expect(lines(el)).to.have.length(7);
  });

  it('an invalid weight unit does not hide the weight itself', async () => {
    const el = await calc({ weight: '70', 'weight-unit': 'stone' });
    expect(control(el, 'weight').value).to.equal('70');
    expect(control(el, 'weight').hasAttribute('aria-invalid')).to.equal(false);
    expect(description(el, control(el, 'weight-unit'))).to.include('stone');
  });

  it('bad attributes before any weight: errors for them, a prompt for the weight', async () => {
    const el = await calc({ tpmt: 'slow' });
    expectFieldError(el, 'tpmt');
    expect(control(el, 'weight').hasAttribute('aria-invalid')).to.equal(false);
    expect(shadowText(el)).to.include('Enter the patient’s weight');
  });
});
