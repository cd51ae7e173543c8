/** Accessibility: axe in every state, labels, live region, focus, CSP-clean styling. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { calc, control, controls, description, expandAll, openMore, root, visible, wrapped } from './helpers.js';
import type { Calc } from './helpers.js';
import '../../../src/elements/dose-calculator/define.js';

describe('<nam-dose-calculator> accessibility', () => {
  it('is accessible with results shown', async () => {
    const el = await calc({ weight: '70', 'height-cm': '170', sex: 'male', tpmt: 'poor', 'start-date': '2026-12-01' });
    await expect(el).to.be.accessible();
  });

  it('is accessible with errors shown', async () => {
    const el = await calc({ weight: 'abc', 'weight-unit': 'stone', tpmt: 'slow', drugs: 'aspirin', 'start-date': '2026-02-30' });
    await expect(el).to.be.accessible();
  });

  it('is accessible with the first-load prompt, in the dark theme and with warnings', async () => {
    await expect(await calc({})).to.be.accessible();
    await expect(await calc({ weight: '70', theme: 'dark' })).to.be.accessible();
    await expect(await calc({ weight: '350', config: '{"nope":1}' })).to.be.accessible();
  });

  it('is accessible with an unusual weight (the confirmation box shown), unconfirmed and confirmed', async () => {
    const el = await calc({ weight: '160', 'height-cm': '170', sex: 'male' });
    expect(visible(control(el, 'weight-confirmed'))).to.equal(true);
    await expect(el).to.be.accessible();
    el.weightConfirmed = true;
    await el.updateComplete;
    await expandAll(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in a narrow column, with "More details" closed and open', async () => {
    const { wrapper, el } = await wrapped('<div style="width: 390px"><nam-dose-calculator weight="70"></nam-dose-calculator></div>');
    await expect(wrapper).to.be.accessible();
    await openMore(el);
    expect(visible(control(el, 'tpmt'))).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  it('is accessible with the note open', async () => {
    const el = await calc({ weight: '70' });
    root(el).querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('labels every control, and names it after its attribute', async () => {
    const el = await calc({ weight: '70' });
    const names = ['weight', 'weight-unit', 'weight-confirmed', 'height-cm', 'sex', 'age', 'ivig-days', 'ivig-dosing-weight', 'tpmt', 'start-date', 'methotrexate-day', 'drugs'];
    for (const name of names) {
      const list = controls<HTMLInputElement>(el, name);
      expect(list.length, name).to.be.greaterThan(0);
      for (const c of list) expect(c.labels?.length, `${name} label`).to.be.greaterThan(0);
    }
    expect(control(el, 'weight').type).to.equal('text');
    expect(control(el, 'weight').inputMode).to.equal('decimal');
    expect(control(el, 'age').inputMode).to.equal('numeric');
    expect(control(el, 'weight-confirmed').type).to.equal('checkbox');
    expect(control(el, 'weight-confirmed').labels![0].textContent!.trim()).to.equal('This is a measured weight in kg');
    expect(controls(el, 'weight-unit').map((r) => r.value)).to.deep.equal(['kg', 'lb']);
    expect(controls(el, 'ivig-dosing-weight').map((r) => r.value)).to.deep.equal(['actual', 'adjusted']);
    const tpmt = control<HTMLSelectElement>(el, 'tpmt');
    expect([...tpmt.options].map((o) => o.value)).to.deep.equal(['normal', 'intermediate', 'intermediate-both', 'poor', 'unknown']);
    expect(tpmt.value).to.equal('unknown');
    const days = control<HTMLSelectElement>(el, 'ivig-days');
    expect([...days.options].map((o) => o.value)).to.deep.equal(['2', '3', '4', '5']);
    expect(days.value).to.equal('5');
    expect(control(el, 'start-date').type).to.equal('date');
  });

  it('hints name the accepted ranges (from the product limits)', async () => {
    const el = await calc({ weight: '70' });
    expect(description(el, control(el, 'weight'))).to.match(/20 to 350 kg \(44\.1 to 771\.6 lb\)/);
    expect(description(el, control(el, 'height-cm'))).to.match(/120 to 230 cm/);
    expect(description(el, control(el, 'age'))).to.match(/Adults only: from 18 to 110/);
    // With pounds refused by the institution, the hint speaks of kilograms only.
    const kgOnly = await calc({ weight: '70', config: '{"units":{"allowPounds":false}}' });
    expect(description(kgOnly, control(kgOnly, 'weight'))).to.match(/20 to 350 kg, measured in kilograms/);
    expect(root(kgOnly).getElementById('weight-hint')!.textContent).not.to.include('lb');
  });

  it('puts the results in a polite live region and announces problems with role=alert', async () => {
    const el = await calc({ weight: '70' });
    const results = root(el).querySelector('[part~="results"]')!;
    expect(results.getAttribute('aria-live')).to.equal('polite');
    expect(results.querySelector('[data-drug="prednisone"]')).to.exist;
    const alert = root(el).querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.hidden).to.equal(true);
  });

  it('error summary entries move focus to their control', async () => {
    const el = await calc({ weight: '70', tpmt: 'slow' });
    const button = root(el).querySelector<HTMLButtonElement>('[part~="error-summary"] button')!;
    expect(button.textContent).to.match(/TPMT/);
    button.click();
    expect(root(el).activeElement).to.equal(control(el, 'tpmt'));
  });

  it('styles come only from static styles: no style attribute, no <style> in the shadow tree', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb', 'height-cm': '165', sex: 'female', tpmt: 'poor' });
    expect(root(el).querySelector('[style]')).to.equal(null);
    expect(root(el).querySelector('style')).to.equal(null);
    expect(root(el).adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('sets its own font size, so a host page rem base does not leak in', async () => {
    const { el } = await wrapped('<div><nam-dose-calculator weight="70"></nam-dose-calculator></div>');
    document.documentElement.style.fontSize = '10px';
    try {
      expect(getComputedStyle(el).fontSize).to.equal('16px');
      expect(getComputedStyle(control(el, 'weight')).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const { wrapper, el } = await wrapped(
      '<div><nam-dose-calculator weight="154" weight-unit="lb" height-cm="165" sex="female" start-date="2026-12-01" tpmt="poor"></nam-dose-calculator></div>',
    );
    wrapper.style.width = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
      const box = node.getBoundingClientRect();
      if (box.width) expect(box.right - el.getBoundingClientRect().left, node.tagName + '.' + node.className).to.be.at.most(321);
    }
  });

  it('host CSS cannot hide notices (of every level), the glance, warnings, errors or a withheld drug through ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = ['notice', 'notice-critical', 'notice-warning', 'notice-info', 'warnings', 'glance', 'line', 'line-withheld', 'dose', 'confirm', 'field-error', 'error-summary', 'config-error']
      .map((p) => `nam-dose-calculator::part(${p}) { display: none !important; visibility: hidden !important; opacity: 0 !important; }`)
      .join('\n');
    document.head.append(style);
    const shown = (n: Element) => n.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && n.getBoundingClientRect().height > 0;
    try {
      const el = await calc({ weight: '350', tpmt: 'poor', config: '{"nope":1}' });
      await expandAll(el);
      const nodes = [
        ...root(el).querySelectorAll(
          '[part~="notice"], [part~="warnings"], [part~="glance"], [part~="line"], [part~="dose"], [part~="confirm"], [part~="config-error"]',
        ),
      ];
      expect(nodes.length).to.be.greaterThan(30);
      expect(root(el).querySelectorAll('[part~="notice-info"]').length).to.be.greaterThan(5);
      for (const n of nodes) expect(shown(n), n.getAttribute('part')!).to.equal(true);
      const bad = await calc({ weight: 'x' });
      for (const n of root(bad).querySelectorAll('[part~="field-error"], [part~="error-summary"]')) {
        expect(shown(n), n.getAttribute('part')!).to.equal(true);
      }
    } finally {
      style.remove();
    }
  });

  it('shows a visible focus ring', async () => {
    const { wrapper, el } = await wrapped('<div><button>before</button><nam-dose-calculator weight="70"></nam-dose-calculator></div>');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const input = control(el, 'weight');
    expect(root(el).activeElement).to.equal(input);
    const style = getComputedStyle(input);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
