/** Events on user input only (one per change), keyboard-only use, attribute → property. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PathwayResult } from '../../../src/core/index.js';
import { $, $$, control, countEvents, pathway, root, settle, shown, step, stepIds, text } from './helpers.js';

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

describe('<nam-pathway> events and keyboard', () => {
  it('reflects attributes into properties and defaults to interactive mode', async () => {
    const el = await pathway({ antibody: 'anti-srp', 'red-flags': 'bulbar, dyspnoea', 'weight-unit': 'lb' });
    expect(el.antibody).to.equal('anti-srp');
    expect(el.redFlags).to.equal('bulbar, dyspnoea');
    expect(el.weightUnit).to.equal('lb');
    expect(el.mode).to.equal('interactive');
    expect($(el, 'form')).to.exist;
    expect(el.result.ok && el.result.input.redFlags).to.deep.equal(['dyspnoea', 'bulbar']);
  });

  it('choosing anti-SRP in the form fires one nam-pathway-change and brings early rituximab', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr' });
    const events = countEvents(el);
    expect(step(el, 'rituximab') === null).to.equal(true);
    setTimeout(() => control(el, 'antibody', 'anti-srp').click());
    const event = await oneEvent(el, 'nam-pathway-change');
    await settle(el);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    const detail = event.detail as PathwayResult;
    expect(detail.ok).to.equal(true);
    if (detail.ok) {
      expect(detail.input.antibody).to.equal('anti-srp');
      expect(detail.steps.map((s) => s.id)).to.include('rituximab');
    }
    expect(detail).to.deep.equal(el.result);
    expect(events.count()).to.equal(1);
    expect(step(el, 'rituximab')).to.exist;
    expect(text(step(el, 'rituximab'))).to.include('Early rituximab');
  });

  it('fires no event on attribute or property changes', async () => {
    const el = await pathway();
    const events = countEvents(el);
    el.setAttribute('antibody', 'anti-srp');
    el.setAttribute('red-flags', 'bulbar');
    el.setAttribute('weight', '70');
    await settle(el);
    el.phase = 'relapse';
    el.checkpointInhibitor = true;
    el.config = { reviewedBy: 'Pharmacy committee', reviewedOn: '2026-01-10' };
    await settle(el);
    // Relapse with a checkpoint inhibitor: a new episode at its grade, with the relapse taper caution.
    expect(step(el, 'taper-caution')?.dataset.priority).to.equal('add-on');
    expect(step(el, 'withdraw-checkpoint-inhibitor')?.dataset.mandatory).to.equal('true');
    expect(events.count()).to.equal(0);
  });

  it('fires exactly one event per user change, for every kind of control', async () => {
    const el = await pathway();
    const events = countEvents(el);
    control(el, 'statin', 'current').click();
    await settle(el);
    expect(events.count()).to.equal(1);
    control(el, 'checkpoint-inhibitor').click();
    await settle(el);
    expect(events.count()).to.equal(2);
    control(el, 'severity', 'severe').click();
    await settle(el);
    expect(events.count()).to.equal(3);
    control(el, 'red-flags', 'bulbar').click();
    await settle(el);
    expect(events.count()).to.equal(4);
    control(el, 'phase', 'relapse').click();
    await settle(el);
    expect(events.count()).to.equal(5);
    const unit = control<HTMLSelectElement>(el, 'weight-unit');
    unit.value = 'lb';
    unit.dispatchEvent(new Event('input', { bubbles: true }));
    unit.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(events.count()).to.equal(6);
    const weight = control(el, 'weight');
    weight.value = '154';
    weight.dispatchEvent(new Event('input', { bubbles: true }));
    weight.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(events.count()).to.equal(7);
    // Clicking the checked radio again changes nothing.
    control(el, 'phase', 'relapse').click();
    await settle(el);
    expect(events.count()).to.equal(7);
    const last = events.details[6] as PathwayResult;
    expect(last.ok && last.input).to.deep.equal({
      antibody: 'pending',
      statin: 'current',
      checkpointInhibitor: true,
      severity: 'severe',
      redFlags: ['bulbar'],
      phase: 'relapse',
    });
    expect($(el, '[data-drug="ivig"]')).to.exist;
  });

  it('counts scripted, non-bubbling input and change events once per change', async () => {
    const el = await pathway();
    const events = countEvents(el);
    const weight = control(el, 'weight');
    weight.value = '70';
    weight.dispatchEvent(new Event('input'));
    weight.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events.count()).to.equal(1);
    expect($(el, '[data-drug="prednisone"]')).to.exist;
    const radio = control(el, 'antibody', 'anti-srp');
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events.count()).to.equal(2);
    expect(step(el, 'rituximab')).to.exist;
    const flag = control(el, 'red-flags', 'dyspnoea');
    flag.checked = true;
    flag.dispatchEvent(new Event('input'));
    flag.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events.count()).to.equal(3);
    expect(step(el, 'urgent-assessment')).to.exist;
  });

  it('a user change after attribute errors clears the error and fires one event', async () => {
    const el = await pathway({ antibody: 'anti-xyz' });
    const events = countEvents(el);
    expect(stepIds(el)).to.deep.equal([]);
    control(el, 'antibody', 'seronegative').click();
    await settle(el);
    expect(events.count()).to.equal(1);
    expect($(el, '[role="alert"]') === null).to.equal(true);
    expect(step(el, 'cancer-screening')?.dataset.priority).to.equal('first-line');
  });

  it('can be used with the keyboard alone', async () => {
    const el = await pathway({ antibody: 'anti-hmgcr' });
    const events = countEvents(el);
    control(el, 'antibody', 'anti-hmgcr').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(control(el, 'antibody', 'anti-srp').checked).to.equal(true);
    expect(step(el, 'rituximab')).to.exist;
    expect(events.count()).to.equal(1);

    // Tab to the statin group, then to the checkpoint-inhibitor checkbox, and tick it.
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('name')).to.equal('statin');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('name')).to.equal('checkpoint-inhibitor');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(events.count()).to.equal(2);
    expect(step(el, 'withdraw-checkpoint-inhibitor')).to.exist;
    // The CTCAE grade wording appears beside each severity level.
    expect(text(control(el, 'severity', 'moderate').closest('label'))).to.include('grade 2');

    // With a checkpoint inhibitor the early-rituximab row no longer applies (content-spec §3).
    expect(step(el, 'rituximab') === null).to.equal(true);

    // Type a weight.
    control(el, 'weight').focus();
    await sendKeys({ type: '70' });
    await settle(el);
    expect(events.count()).to.equal(4); // one per keystroke: "7", then "70"
    expect(text($(el, '[data-step="steroid-sparing-agent"] [data-drug="methotrexate"] .dose-text'))).to.include('15–25 mg once weekly');
    await sendKeys({ press: 'Enter' }); // must not submit or navigate
    await settle(el);
    expect(el.isConnected).to.equal(true);
    expect(events.count()).to.equal(4);
  });

  it('citation marks open the source list, move focus to the full entry and back, by keyboard', async () => {
    const el = await pathway({ statin: 'current' });
    // The marks are in the step's details: open the step with its button first.
    const toggle = $(el, '[data-toggle-step="stop-statin"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#source-entries')!.hidden, 'the source list starts collapsed').to.equal(true);
    const mark = $(el, '[data-step="stop-statin"] a[data-cite="mammen-2016"]')!;
    mark.focus();
    expect(active(el) === mark).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const entry = $(el, '#source-mammen-2016')!;
    expect($(el, '#source-entries')!.hidden, 'following a citation opens the list').to.equal(false);
    expect($(el, '[data-toggle-sources]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el) === entry, 'focus on the entry').to.equal(true);
    expect(entry.classList.contains('is-target')).to.equal(true);
    expect(text(entry)).to.include('Mammen AL');
    expect(text(entry)).to.include('10.1056/NEJMra1515161');
    // Tab past the entry's DOI link to the "back" button.
    for (let i = 0; i < 3 && !active(el)?.hasAttribute('data-back'); i++) await sendKeys({ press: 'Tab' });
    expect(active(el)?.hasAttribute('data-back')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el) === mark, 'focus back on the mark').to.equal(true);
  });

  it('each line at a glance leads to its step: Enter on the link opens the step and moves focus to it', async () => {
    const el = await pathway({ 'red-flags': 'myocarditis' });
    const link = $(el, '[part="glance"] a[data-goto-step="cardiac-assessment"]')!;
    expect(link.getAttribute('href')).to.equal('#step-cardiac-assessment');
    expect(step(el, 'cardiac-assessment')!.dataset.open).to.equal('false');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const target = step(el, 'cardiac-assessment')!;
    expect(target.dataset.open).to.equal('true');
    expect($(el, '[data-toggle-step="cardiac-assessment"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(target.querySelector('[part="step-text"]'))).to.equal(true);
    expect(active(el) === target, 'focus on the step').to.equal(true);
  });

  it('summary mode renders no form and no controls', async () => {
    const el = await pathway({ mode: 'summary', antibody: 'anti-srp' });
    expect($(el, 'form') === null).to.equal(true);
    expect($$(el, 'input, select').length).to.equal(0);
    expect(step(el, 'rituximab')).to.exist;
    expect(text($(el, '[part="inputs-summary"]'))).to.include('anti-SRP');
  });
});
