/** Attribute parsing: red-flag lists, blanks and spaces, the boolean attribute, weight text. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, control, countEvents, pathway, settle, step, text } from './helpers.js';

describe('<nam-pathway> attribute parsing', () => {
  for (const list of ['bulbar,dyspnoea', 'bulbar dyspnoea', 'bulbar, dyspnoea', '  dyspnoea ,, bulbar  ', 'bulbar\tdyspnoea bulbar']) {
    it(`[rule:urgent-assessment] red-flags="${list}" reads dyspnoea and bulbar`, async () => {
      const el = await pathway({ 'red-flags': list });
      expect(el.result.ok && el.result.input.redFlags).to.deep.equal(['dyspnoea', 'bulbar']);
      expect($(el, '[role="alert"]') === null).to.equal(true);
      expect(text($(el, '[part="inputs-summary"]'))).to.include('red flags: dyspnoea, bulbar symptoms');
      expect($$(el, '[part="glance"] [data-glance="urgent-assessment"]').length).to.equal(1);
      expect(control(el, 'red-flags', 'bulbar').checked).to.equal(true);
      expect(control(el, 'red-flags', 'dyspnoea').checked).to.equal(true);
      expect(control(el, 'red-flags', 'myocarditis').checked).to.equal(false);
    });
  }

  it('takes red flags as an array property too', async () => {
    const el = await pathway();
    el.redFlags = ['myocarditis'];
    await el.updateComplete;
    expect(step(el, 'cardiac-assessment')?.dataset.priority).to.equal('immediate');
  });

  it('an empty red-flags attribute means none', async () => {
    const el = await pathway({ 'red-flags': '' });
    expect(el.result.ok && el.result.input.redFlags).to.deep.equal([]);
    expect(text($(el, '[part="inputs-summary"]'))).to.include('no red flags');
    expect($(el, '[part="glance"]')?.dataset.critical, 'no critical line at a glance').to.equal('false');
  });

  it('values are trimmed; absent attributes take the defaults (empty ones are errors: see the regression tests)', async () => {
    const el = await pathway({ statin: ' current ', phase: ' relapse ' });
    expect(el.result.ok && el.result.input).to.deep.include({ antibody: 'pending', statin: 'current', phase: 'relapse' });
  });

  it('accepts a decimal weight with blanks around it', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', weight: ' 72.5 ' });
    expect(text($(el, '[data-drug="ivig"]'))).to.include('145 g per course');
  });

  it('[hazard:H20] reads weight text exactly as the dose calculator does: "70." and ".5" are not weights in either', async () => {
    await import('../../../src/elements/dose-calculator/define.js');
    for (const weight of ['70.', '.5', '70,5']) {
      const el = await pathway({ antibody: 'anti-hmgcr', weight });
      expect($(el, '[data-drug]') === null, weight).to.equal(true);
      expect(control(el, 'weight').getAttribute('aria-invalid'), weight).to.equal('true');
      const calc = document.createElement('nam-dose-calculator');
      calc.setAttribute('weight', weight);
      document.body.append(calc);
      await (calc as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(calc.shadowRoot!.querySelector('[data-drug]') === null, weight).to.equal(true);
      calc.remove();
    }
  });

  it('[hazard:H13] critical actions lead the result at a glance, never above the form, with the mandatory withdrawal', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'severe-weakness', statin: 'current' });
    const glance = $(el, '[part="glance"]')!;
    const form = $(el, 'form')!;
    const result = $(el, '[part="result"]')!;
    // Inside the result, after the form (nothing that an input brings is inserted above the form).
    expect(result.contains(glance)).to.equal(true);
    expect(form.compareDocumentPosition(glance) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(glance.getBoundingClientRect().top).to.be.at.least(form.getBoundingClientRect().bottom);
    // First in the result after the line saying what it is for (and the result's warnings).
    for (const later of [$(el, '[part="steps"]')!, $(el, '[data-toggle-map]')!]) {
      expect(glance.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    expect(text($(el, '[part="inputs-summary"]'))).to.include('severe weakness');
    // Every critical step listed first, the mandatory withdrawal among them.
    const critical = (el.result.ok ? el.result.steps : []).filter((s) => s.indicator === 'critical').map((s) => s.id);
    expect(critical).to.include('withdraw-checkpoint-inhibitor');
    expect($$(el, '[part="glance"] [data-glance]').slice(0, critical.length).map((li) => li.dataset.glance)).to.deep.equal(critical);
    expect(text(glance.querySelector('[data-glance="withdraw-checkpoint-inhibitor"]'))).to.include('withdrawal is mandatory');
    const withdraw = step(el, 'withdraw-checkpoint-inhibitor')!;
    expect(text(withdraw.querySelector('.badge-mandatory'))).to.equal('Mandatory');
    expect(withdraw.getAttribute('part')).to.include('step-mandatory');
  });

  it('while the weight is typed its error stays beside the field; the alert waits for the change', async () => {
    const el = await pathway();
    const events = countEvents(el);
    control(el, 'weight').focus();
    await sendKeys({ type: '7' });
    await settle(el);
    expect(events.count()).to.equal(1);
    expect(control(el, 'weight').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#error-weight'))).to.include('Weight must be');
    expect($(el, '[part="errors"]') === null).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(text($(el, '[part="errors"]'))).to.include('Weight must be');
    expect(events.count()).to.equal(1);
  });

  it('a weight a script sets and announces with an input event is committed: the alert shows at once', async () => {
    const el = await pathway();
    const weight = control(el, 'weight') as HTMLInputElement;
    weight.value = '5';
    weight.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(weight.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part="errors"]')?.getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part="errors"]'))).to.include('Weight must be a number from 20 to 350 kg');
  });
});
