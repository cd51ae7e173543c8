/**
 * Regression: the "Check these settings:" list named the problems but gave no way to reach the
 * field. Like the dose calculator's error summary, each error that belongs to a control is a
 * button that moves focus to it.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { $, $$, control, pathway, root, settle, text } from './helpers.js';

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
/** Names an element for a failure message (comparing elements themselves can stall the reporter). */
const id = (node: Element | null | undefined) =>
  node ? `${node.localName}[name=${node.getAttribute('name')}][value=${node.getAttribute('value')}] ${text(node).slice(0, 40)}` : 'nothing';
const errorButton = (el: HTMLElement, target: string) =>
  $<HTMLButtonElement>(el, `[part="errors"] [data-error-for="${target}"] button.link`);

describe('<nam-pathway> regression: the error list gave no way to reach the field', () => {
  it('Tab reaches the first error\'s button right after the form; Enter moves focus to its radio group', async () => {
    const wrap = await fixture<HTMLDivElement>(
      '<div><button type="button" id="before">Before</button><nam-pathway antibody="anti-xyz"></nam-pathway></div>',
    );
    const el = wrap.querySelector('nam-pathway') as NamPathway;
    await settle(el);
    const errors = $(el, '[part="errors"]')!;
    expect(errors.getAttribute('role')).to.equal('alert');
    // Nothing is inserted above the form: the list of settings to check follows it.
    expect($(el, 'form')!.compareDocumentPosition(errors) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    // One Tab stop per radio group, per checkbox and per box, then the first error's button.
    const stops: string[] = [];
    for (let i = 0; i < 30 && !active(el)?.matches('[part="errors"] button'); i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(active(el)?.getAttribute('name') ?? active(el)?.localName ?? 'none');
    }
    const form = [...new Set($$<HTMLInputElement>(el, 'form input, form select').map((c) => (c.type === 'radio' ? c.name : `${c.name}=${c.value}`)))];
    expect(stops.length, stops.join(' ')).to.equal(form.length + 1);
    expect(id(active(el))).to.equal(id(errorButton(el, 'antibody')));
    expect(errorButton(el, 'antibody')).to.exist;
    expect(text(active(el))).to.include('antibody="anti-xyz" is not accepted');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // No radio is checked for a value that is not accepted: the first one takes focus.
    expect(id(active(el))).to.equal(id(control(el, 'antibody', 'anti-hmgcr')));
    await expect(el).to.be.accessible();
  });

  it('each error that belongs to a control leads to it with Enter', async () => {
    const el = await pathway({
      statin: 'sometimes',
      'checkpoint-inhibitor': 'maybe',
      'red-flags': 'fever bulbar',
      weight: 'heavy',
      'weight-unit': 'stone',
    });
    const expected: Record<string, HTMLElement> = {
      statin: control(el, 'statin', 'current'),
      'checkpoint-inhibitor': control(el, 'checkpoint-inhibitor'),
      'red-flags': $$(el, 'input[name="red-flags"]')[0],
      weight: control(el, 'weight'),
      'weight-unit': control(el, 'weight-unit'),
    };
    for (const [target, want] of Object.entries(expected)) {
      const button = errorButton(el, target);
      expect(button, target).to.exist;
      button!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(id(active(el)), target).to.equal(id(want));
      expect(active(el) === want, target).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('an error that belongs to no control (theme, mode) stays plain text', async () => {
    const el = await pathway({ theme: 'pink', antibody: 'x' });
    expect(errorButton(el, 'theme') === null).to.equal(true);
    expect(text($(el, '[data-error-for="theme"]'))).to.include('theme="pink"');
    expect(errorButton(el, 'antibody')).to.exist;
  });

  it('in summary mode, with no form to go to, the errors stay plain text', async () => {
    const el = await pathway({ mode: 'summary', antibody: 'x' });
    expect($(el, '[part="errors"][role="alert"]')).to.exist;
    expect($$(el, '[part="errors"] button').length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
