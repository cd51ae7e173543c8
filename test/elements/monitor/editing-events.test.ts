/** <nam-monitor>: editing the table with the keyboard alone, and nam-monitor-change on user edits only. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Visit } from '../../../src/core/follow-up-types.js';
import { $, $$, control, copyVisits, description, HMGCR_DRUGS, monitor, norm, record, root, settle, userSets, wrapped } from './helpers.js';

const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const status = (el: HTMLElement) => norm(el.shadowRoot!.querySelector('[data-status]')!.textContent);

async function tab(times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
}

/** Tab until focus leaves the control `name` (a date box has a stop per part). */
async function tabPast(el: HTMLElement, name: string) {
  for (let i = 0; i < 5 && (active(el) as HTMLInputElement | null)?.name === name; i++) await tab();
}

describe('<nam-monitor> keyboard-only editing', () => {
  it('tab to "Add a visit", add one (dated today, focus on its date), type its values, remove it', async () => {
    const { wrapper, el } = await wrapped('<div><button id="before">before</button><nam-monitor today="2026-06-22"></nam-monitor></div>');
    const events = record(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await tab();
    expect(active(el)).to.equal(control(el, 'mmt-max'));
    await tab();
    expect(active(el)).to.equal($(el, '.add-visit'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el), 'focus on the new date').to.equal(control(el, 'visits[0].date'));
    expect(control(el, 'visits[0].date').value).to.equal('2026-06-22');
    expect(el.visits).to.deep.equal([{ date: '2026-06-22' }]);
    expect(events).to.have.length(1);

    // Chromium's date box takes a Tab press per part (month, day, year) before the next cell.
    await tabPast(el, 'visits[0].date');
    expect(active(el)).to.equal(control(el, 'visits[0].ck'));
    await sendKeys({ type: '1200' });
    await tab();
    await sendKeys({ type: '200' });
    await tab();
    await sendKeys({ type: '60' });
    await tab();
    await settle(el);
    expect(el.visits).to.deep.equal([{ date: '2026-06-22', ck: 1200, ckUln: 200, mmt8: 60 }]);
    // One event per keystroke that changed a value: 4 + 3 + 2, after the one for the new visit.
    expect(events).to.have.length(10);
    expect(status(el)).to.match(/^Assessment updated: 1 visit\./);
    expect(el.result.ok && el.result.visits[0].ck?.timesUln).to.equal(6);

    // On to the row's remove button: the physician and patient globals, extramuscular, HAQ, prednisone, blood tests.
    await tab(6);
    expect(norm(active(el)?.textContent)).to.equal('Remove the visit of 22 Jun 2026');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.visits).to.deep.equal([]);
    expect(active(el), 'the last row gone: focus on "Add a visit"').to.equal($(el, '.add-visit'));
    expect(status(el)).to.match(/^Visit of 22 Jun 2026 removed\. Assessment updated: 0 visits\./);
    expect(events).to.have.length(11);
  });

  it('removing a middle visit moves focus to the remove button of the visit that took its place', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const removes = () => $$<HTMLButtonElement>(el, 'button.remove');
    removes()[2].focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.visits!.map((v) => v.date)).to.deep.equal(['2026-01-05', '2026-02-16', '2026-04-27', '2026-05-25', '2026-06-22']);
    expect(active(el)).to.equal(removes()[2]);
    expect(norm(active(el)?.textContent)).to.equal('Remove the visit of 27 Apr 2026');
    // The cells of the row below moved up with their values.
    expect(control(el, 'visits[2].ck').value).to.equal('1000');
  });

  it('a new visit on a day that already has one gets no date: the date cell says so once it is left', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    $<HTMLButtonElement>(el, '.add-visit')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const date = control(el, 'visits[6].date');
    expect(active(el)).to.equal(date);
    expect(date.value).to.equal('');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(norm(root(el).getElementById(date.getAttribute('aria-describedby')!)!.textContent)).to.match(/^Visit date must be a real calendar date/);
    expect(el.result.ok).to.equal(false);
    await userSets(el, 'visits[6].date', '2026-07-20');
    expect(el.result.ok).to.equal(true);
    expect(el.result.ok && el.result.visits.length).to.equal(7);
  });

  it('the blood tests of a visit open with Enter and are next in the tab order', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const toggle = $$<HTMLButtonElement>(el, 'button.bloods-toggle')[5];
    const row = $$(el, 'tr.bloods-row')[5];
    expect(row.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(row.hidden).to.equal(false);
    await tab(2); // past the row's remove button
    expect(active(el)).to.equal(control(el, 'visits[5].wbc'));
    await sendKeys({ type: '3.1' });
    await tab();
    await settle(el);
    expect(el.visits![5].wbc).to.equal(3.1);
    const flag = $(el, '[data-visit="2026-06-22"] [data-code="wbc-low"]');
    expect(flag, 'the flag beside its visit').to.exist;
  });

  it('the drugs form opens from its line and its dates set the blood-test schedule', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const events = record(el);
    expect(norm($(el, '.drugs-toggle')!.textContent)).to.match(/none listed$/);
    $<HTMLButtonElement>(el, '.drugs-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '#mon-drugs')!.hidden).to.equal(false);
    await tab();
    expect(active(el)).to.equal(control(el, 'drugs.methotrexate.started'));
    await userSets(el, 'drugs.methotrexate.started', '2026-06-01');
    expect(el.drugs).to.deep.equal([{ drug: 'methotrexate', started: '2026-06-01' }]);
    expect(events).to.have.length(1);
    // BSR 2017: R + 2, 4, 6 weeks after the start; the latest blood results were on 25 May: 15 Jun.
    expect(el.result.ok && el.result.nextBloods?.date).to.equal('2026-06-15');
    expect(norm($(el, '.drugs-toggle')!.textContent)).to.include('methotrexate from 1 Jun 2026');
    await userSets(el, 'drugs.methotrexate.started', '');
    expect(el.drugs).to.deep.equal([]);
  });

  it('the taper inputs plan the taper and fire the event', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const events = record(el);
    expect(norm($(el, '.taper-plan')!.textContent)).to.match(/Enter a start date/);
    await userSets(el, 'taper-start', '2026-07-01');
    expect(el.taperStart).to.equal('2026-07-01');
    expect(norm($(el, '.taper-plan')!.textContent)).to.equal('No taper plan until the highlighted inputs are corrected.');
    expect(control(el, 'weight').getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, control(el, 'weight'))).to.match(/^Weight is required unless startMgPerDay is given/);
    await userSets(el, 'weight', '70');
    expect($$(el, '.taper-table tbody tr').length).to.be.greaterThan(1);
    expect(events.length).to.equal(2);
    expect(el.hasAttribute('taper-start'), 'no attribute written').to.equal(false);
  });
});

describe('<nam-monitor> nam-monitor-change', () => {
  it('fires after a user edit with { visits, result }, bubbling and composed', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    const events = record(el);
    const outside: Event[] = [];
    document.addEventListener('nam-monitor-change', (e) => outside.push(e), { once: true });
    await userSets(el, 'visits[5].ck', '300');
    expect(events).to.have.length(1);
    const e = events[0];
    expect(e.bubbles).to.equal(true);
    expect(e.composed).to.equal(true);
    expect(outside).to.have.length(1);
    expect(e.detail.result).to.equal(el.result);
    expect(e.detail.visits).to.deep.equal(el.visits);
    expect(e.detail.visits[5].ck).to.equal(300);
    expect(Object.keys(e.detail).sort()).to.deep.equal(['result', 'visits']);
  });

  it('never fires on property or attribute changes', async () => {
    const el = await monitor({ today: '2026-06-22' });
    const events = record(el);
    el.visits = copyVisits();
    el.drugs = HMGCR_DRUGS;
    el.setAttribute('mmt-max', '150');
    el.setAttribute('taper-start', '2026-07-01');
    el.setAttribute('weight', '70');
    el.setAttribute('today', '2026-06-30');
    el.fhir = [];
    el.config = { ckUlnUL: 200 };
    await settle(el);
    expect(el.result.ok).to.equal(true);
    expect(events).to.have.length(0);
    expect($$(el, '.taper-table tbody tr').length).to.be.greaterThan(1);
  });

  it('one event per edit, whether input, change or both arrive; none for a value that did not change', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const events = record(el);
    const ck = control(el, 'visits[1].ck');
    ck.value = '3900';
    ck.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events).to.have.length(1);
    ck.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events).to.have.length(1);
    await userSets(el, 'mmt-max', '80');
    expect(events, 'the scale already was 80').to.have.length(1);
    await userSets(el, 'mmt-max', '150');
    expect(events).to.have.length(2);
    expect(el.mmtMax).to.equal('150');
  });

  it('a page that writes the visits back after each event does not interrupt typing', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const events = record(el);
    el.addEventListener('nam-monitor-change', (e) => {
      el.visits = JSON.parse(JSON.stringify((e as CustomEvent<{ visits: Visit[] }>).detail.visits));
    });
    const cell = control(el, 'visits[3].haq');
    cell.focus();
    cell.select();
    await sendKeys({ type: '0.75' });
    await settle(el);
    expect(cell.value).to.equal('0.75');
    expect(el.visits![3].haq).to.equal(0.75);
    expect(events.map((e) => e.detail.visits[3].haq)).to.deep.equal([0, '0.', 0.7, 0.75]);
  });

  it('the page replacing the visits while a cell is typed in: its values win and the status says so', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    const cell = control(el, 'visits[1].ck');
    cell.focus();
    cell.select();
    await sendKeys({ type: '39' });
    await settle(el);
    el.visits = copyVisits().slice(0, 3);
    await settle(el);
    expect(control(el, 'visits[1].ck').value).to.equal('4000');
    expect(control(el, 'visits[3].ck')).to.equal(null);
    expect(status(el)).to.match(/^The visit list was changed by the page\./);
  });
});
