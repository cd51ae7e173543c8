/** Bad values for every attribute: a visible message naming the attribute, nothing thrown, no junk. */
import { expect } from '@open-wc/testing';
import { $, $$, control, pathway, root, stepIds, text, type Attrs } from './helpers.js';

/** The accessible description of a control: the text of the ids in aria-describedby. */
const description = (el: HTMLElement, input: Element) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root(el).getElementById(id)))
    .join(' ');

interface BadCase {
  attrs: Attrs;
  attribute: string;
  /** Words the message must contain (allowed values). */
  names: string[];
  control?: string;
  /** The pathway itself is still valid (only doses, mode or theme are affected). */
  keepsSteps?: boolean;
}

const CASES: BadCase[] = [
  { attrs: { antibody: 'anti-xyz' }, attribute: 'antibody', names: ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'], control: 'antibody' },
  { attrs: { statin: 'sometimes' }, attribute: 'statin', names: ['current', 'past', 'never', 'unknown'], control: 'statin' },
  { attrs: { 'checkpoint-inhibitor': 'maybe' }, attribute: 'checkpoint-inhibitor', names: ['true', 'false'], control: 'checkpoint-inhibitor' },
  { attrs: { severity: 'grade-5' }, attribute: 'severity', names: ['mild', 'moderate', 'severe', 'life-threatening'], control: 'severity' },
  { attrs: { 'red-flags': 'bulbar, fever' }, attribute: 'red-flags', names: ['dyspnoea', 'rhabdomyolysis', 'fever'], control: 'red-flags' },
  { attrs: { phase: 'remission' }, attribute: 'phase', names: ['new', 'inadequate-response', 'relapse'], control: 'phase' },
  { attrs: { weight: 'seventy' }, attribute: 'weight', names: ['20', '350'], control: 'weight', keepsSteps: true },
  { attrs: { weight: '5' }, attribute: 'weight', names: ['20', '350'], control: 'weight', keepsSteps: true },
  { attrs: { weight: '-70' }, attribute: 'weight', names: ['20', '350'], control: 'weight', keepsSteps: true },
  { attrs: { weight: '0x46' }, attribute: 'weight', names: ['20', '350'], control: 'weight', keepsSteps: true },
  { attrs: { weight: '70', 'weight-unit': 'stone' }, attribute: 'weight-unit', names: ['kg', 'lb'], control: 'weight-unit', keepsSteps: true },
  { attrs: { 'weight-unit': 'st' }, attribute: 'weight-unit', names: ['kg', 'lb'], control: 'weight-unit', keepsSteps: true },
  { attrs: { mode: 'compact' }, attribute: 'mode', names: ['interactive', 'summary'], keepsSteps: true },
  { attrs: { theme: 'blue' }, attribute: 'theme', names: ['light', 'dark'], keepsSteps: true },
];

describe('<nam-pathway> bad attribute values', () => {
  for (const c of CASES) {
    const label = Object.entries(c.attrs)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    it(`${label} → a visible error naming ${c.attribute} and its allowed values`, async () => {
      const el = await pathway(c.attrs);
      const alert = $(el, '[role="alert"]');
      expect(alert, 'form-level alert').to.exist;
      const message = text(alert!.querySelector(`[data-error-for="${c.attribute}"]`));
      expect(message).to.include(c.attribute);
      for (const n of c.names) expect(message).to.include(n);
      expect(alert!.getBoundingClientRect().height).to.be.greaterThan(0);
      if (c.control) {
        const inputs = $$(el, `[name="${c.control}"]`);
        expect(inputs.length).to.be.greaterThan(0);
        for (const input of inputs) {
          expect(input.getAttribute('aria-invalid'), c.control).to.equal('true');
          expect(description(el, input)).to.include(c.attribute);
        }
      }
      if (c.keepsSteps) expect(stepIds(el).length).to.be.greaterThan(0);
      else expect(stepIds(el), 'no result from invalid input').to.deep.equal([]);
      expect($(el, '[data-drug]') === null, 'no dose from invalid input').to.equal(true);
    });
  }

  it('[hazard:H16] an edit that makes the input invalid removes every step and dose at once', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', weight: '70' });
    expect($$(el, '[data-drug]').length).to.be.greaterThan(0);
    el.setAttribute('phase', 'later');
    await el.updateComplete;
    expect(stepIds(el)).to.deep.equal([]);
    expect($$(el, '[data-drug]').length).to.equal(0);
    expect($(el, 'svg[role="img"]') === null).to.equal(true);
    el.removeAttribute('phase');
    await el.updateComplete;
    const weight = control(el, 'weight');
    weight.value = '7o';
    weight.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(stepIds(el).length).to.be.greaterThan(0);
    expect($$(el, '[data-drug]').length).to.equal(0);
    expect(weight.getAttribute('aria-invalid')).to.equal('true');
  });

  it('a bad weight keeps the steps but says in each dose step that no dose is shown', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr', weight: 'abc' });
    expect(text($(el, '[data-step="ivig"] .dose-missing'))).to.include('not valid');
    expect(text($(el, '[data-step="glucocorticoid"] .dose-missing'))).to.include('not valid');
  });

  it('reports every bad attribute at once', async () => {
    const el = await pathway({ antibody: 'x', statin: 'y', phase: 'z' });
    const items = $$(el, '[role="alert"] [data-error-for]').map((i) => i.dataset.errorFor);
    expect(items).to.deep.equal(['antibody', 'statin', 'phase']);
  });

  it('renders hostile values as text only', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = await pathway({ antibody: hostile, 'red-flags': hostile, weight: hostile, config: hostile });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect($$(el, 'img').length).to.equal(0);
    expect($$(el, 'script').length).to.equal(0);
    expect(text($(el, '[part="errors"]'))).to.include('<img');
  });

  it('treats checkpoint-inhibitor="false" as false and a bare attribute as true', async () => {
    const off = await pathway({ 'checkpoint-inhibitor': 'false' });
    expect(off.result.ok && off.result.input.checkpointInhibitor).to.equal(false);
    expect($(off, '[data-step="withdraw-checkpoint-inhibitor"]') === null).to.equal(true);
    expect($(off, '[role="alert"]') === null).to.equal(true);
    const on = await pathway({ 'checkpoint-inhibitor': true });
    expect(on.result.ok && on.result.input.checkpointInhibitor).to.equal(true);
    const yes = await pathway({ 'checkpoint-inhibitor': 'TRUE' });
    expect(yes.result.ok && yes.result.input.checkpointInhibitor).to.equal(true);
  });

  it('an invalid configuration is reported and the defaults are used', async () => {
    const el = await pathway({ config: '{"prednisone":{"maxDailyMg":-5}}', weight: '100' });
    expect(text($(el, '[part="config-error"]'))).to.include('prednisone.maxDailyMg');
    expect(text($(el, '[data-drug="prednisone"]'))).to.include('75 mg');
    const broken = await pathway({ config: '{not json' });
    expect(text($(broken, '[part="config-error"]'))).to.include('not valid JSON');
    expect(stepIds(broken).length).to.be.greaterThan(0);
  });

  it('takes the configuration from a property, an attribute or a JSON script child', async () => {
    const attr = await pathway({ config: '{"prednisone":{"maxDailyMg":60}}', weight: '100' });
    expect(text($(attr, '[data-drug="prednisone"]'))).to.include('60 mg');
    const child = await pathway(
      { weight: '100' },
      '<script type="application/json">{"prednisone":{"maxDailyMg":50},"reviewedBy":"Drug committee","reviewedOn":"2026-01-02"}</script>',
    );
    expect(text($(child, '[data-drug="prednisone"]'))).to.include('50 mg');
    expect(text($(child, '[part="footer"]'))).to.include('Drug committee');
    const prop = await pathway({ weight: '100' });
    prop.config = { prednisone: { maxDailyMg: 40 } };
    await prop.updateComplete;
    expect(text($(prop, '[data-drug="prednisone"]'))).to.include('40 mg');
    expect(text($(prop, '[data-drug="prednisone"]'))).to.include('local policy');
  });

  it('never throws for odd property values', async () => {
    const el = await pathway();
    const odd: unknown[] = [null, 42, {}, [], NaN, Symbol('x'), () => 1];
    for (const v of odd) {
      (el as unknown as Record<string, unknown>).antibody = v;
      (el as unknown as Record<string, unknown>).redFlags = v;
      (el as unknown as Record<string, unknown>).weight = v;
      await el.updateComplete;
      expect(el.result).to.have.property('ok');
    }
  });

  it('a theme with blanks around it is reported, as in the dose calculator: the styles select on the exact attribute', async () => {
    const el = await pathway({ theme: ' dark ' });
    expect(text($(el, '[role="alert"]'))).to.include('theme="dark" is not accepted');
    expect($(el, '[data-step]'), 'the pathway stays').to.exist;
  });

  it('quotes no NaN, Infinity or object text back, and names the field of a non-list red-flags property', async () => {
    for (const [key, value, attribute] of [
      ['weight', NaN, 'weight'],
      ['weight', Infinity, 'weight'],
      ['weight', -Infinity, 'weight'],
      ['antibody', NaN, 'antibody'],
      ['weightUnit', NaN, 'weight-unit'],
      ['redFlags', [NaN], 'red-flags'],
      ['redFlags', 5, 'red-flags'],
      ['redFlags', {}, 'red-flags'],
      ['theme', NaN, 'theme'],
      ['mode', Infinity, 'mode'],
    ] as const) {
      const el = await pathway({ weight: '70' });
      (el as unknown as Record<string, unknown>)[key] = value;
      await el.updateComplete;
      const shown = `${text(root(el) as unknown as Element)} ${[...root(el).querySelectorAll('input')].map((i) => i.value).join(' ')}`;
      expect(shown, `${key} = ${String(value)}`).to.not.match(/NaN|Infinity|undefined|\[object/);
      const alert = $(el, '[role="alert"]');
      expect(alert, `${key}: an alert`).to.exist;
      expect(text(alert), `${key}: the alert names ${attribute}`).to.include(attribute);
    }
  });
});
