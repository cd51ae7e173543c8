/**
 * <nam-monitor>: bad input, field by field, is shown at its cell (aria-invalid, the message in its
 * description) and no assessment is shown from it; nothing thrown, no junk. The ranges below are
 * content-spec §5.1's (the blood-test limits are product limits: a negative count or a comma
 * decimal is never a result).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Visit } from '../../../src/core/follow-up-types.js';
import { $, $$, control, description, expectNoJunk, monitor, norm, settle, userSets, type Monitor } from './helpers.js';

const BASE: Visit = { date: '2026-01-05', ck: 2000, ckUln: 200, mmt8: 50 };

/** The field's cell is flagged with a message matching `pattern`; no assessment is rendered. */
function expectCellError(el: Monitor, name: string, pattern: RegExp) {
  const c = control(el, name);
  expect(c, name).to.exist;
  expect(c.getAttribute('aria-invalid'), `${name} aria-invalid`).to.equal('true');
  expect(description(el, c), `${name} description`).to.match(pattern);
  const summary = $(el, '[part~="error-summary"]')!;
  expect(summary.hidden, 'the summary shows').to.equal(false);
  expect(summary.getAttribute('role')).to.equal('alert');
  expect(el.result.ok).to.equal(false);
  expect($(el, '[part~="glance"]'), 'no glance from invalid input').to.equal(null);
  expect($$(el, '[part~="visit"]'), 'no visit assessments').to.have.length(0);
  expect(el.note).to.equal('');
  expectNoJunk(el);
}

// [field, bad value, message pattern from content-spec §5.1]
const CASES: [keyof Visit, unknown, RegExp][] = [
  ['ck', -1, /^CK must be a number from 0 to 1,000,000 U\/L\.$/],
  ['ck', 1_000_001, /^CK must be a number from 0 to 1,000,000 U\/L\.$/],
  ['ck', 'high', /^CK must be a number from 0 to 1,000,000 U\/L\.$/],
  ['ckUln', 9, /^CK upper limit of normal must be a number from 10 to 1,000 U\/L\.$/],
  ['ckUln', 1001, /^CK upper limit of normal must be a number from 10 to 1,000 U\/L\.$/],
  ['mmt8', 81, /^MMT-8 must be a number from 0 to 80 \(mmtMax 80: one side\)\.$/],
  ['mmt8', -2, /^MMT-8 must be a number from 0 to 80/],
  ['physicianGlobal', 10.5, /^Physician global activity must be a number from 0 to 10 cm\.$/],
  ['patientGlobal', -0.5, /^Patient global activity must be a number from 0 to 10 cm\.$/],
  ['extramuscular', 11, /^Extramuscular activity must be a number from 0 to 10 cm\.$/],
  ['haq', 3.1, /^HAQ disability index must be a number from 0 to 3\.$/],
  ['prednisoneMgPerDay', 201, /^Prednisone dose must be a number from 0 to 200 mg\/day\.$/],
  ['wbc', -1, /^White cell count must be a number from 0 to/],
  ['neutrophils', '1,2', /^Neutrophils must be a number from 0 to/],
  ['platelets', -1, /^Platelets must be a number/],
  ['eosinophils', -0.1, /^Eosinophils must be a number/],
  ['mcv', -1, /^MCV must be a number/],
  ['alt', -1, /^ALT must be a number/],
  ['ast', 'n/a', /^AST must be a number/],
  ['albumin', -1, /^Albumin must be a number/],
  ['creatinine', 0, /^Creatinine must be a number greater than 0/],
  ['egfr', -1, /^eGFR must be a number/],
];

describe('<nam-monitor> bad input, field by field', () => {
  for (const [field, value, pattern] of CASES) {
    it(`${field} = ${JSON.stringify(value)} from the page: shown at its cell, no assessment`, async () => {
      const el = await monitor({ today: '2026-06-22' }, { visits: [{ ...BASE }, { date: '2026-02-05', ck: 1500, ckUln: 200, [field]: value }] });
      expectCellError(el, `visits[1].${field}`, pattern);
      // The box shows what was given, so the clinician sees what to correct.
      expect(control(el, `visits[1].${field}`).value).to.equal(String(value));
    });
  }

  it('typed by the user: the message waits beside the cell while typing, then the summary lists it', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: [{ ...BASE }, { date: '2026-02-05', ck: 1500, ckUln: 200 }] });
    const cell = control(el, 'visits[1].haq');
    cell.focus();
    await sendKeys({ type: '4' });
    await settle(el);
    expect(cell.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, cell)).to.match(/^HAQ disability index must be a number from 0 to 3\./);
    expect($(el, '[part~="error-summary"]')!.hidden, 'not announced while typing').to.equal(true);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expectCellError(el, 'visits[1].haq', /^HAQ disability index/);
    expect(norm($(el, '[part~="error-summary"]')!.textContent)).to.include('5 Feb 2026: HAQ disability index must be');
    // The summary's entry leads back to the cell.
    $<HTMLButtonElement>(el, '[part~="error-summary"] button.link')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(cell);
    await userSets(el, 'visits[1].haq', '1');
    expect(el.result.ok).to.equal(true);
    expect(cell.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('dates: not a calendar date, missing, or the same day twice (both visits say so)', async () => {
    const bad = await monitor({}, { visits: [{ ...BASE }, { date: '2026-02-30', ck: 100, ckUln: 200 }] });
    expectCellError(bad, 'visits[1].date', /^Visit date must be a real calendar date written YYYY-MM-DD/);
    const missing = await monitor({}, { visits: [{ ...BASE }, { ck: 100, ckUln: 200 }] });
    expectCellError(missing, 'visits[1].date', /^Visit date is required/);
    const twice = await monitor({}, { visits: [{ ...BASE }, { date: '2026-01-05', mmt8: 52 }] });
    expectCellError(twice, 'visits[0].date', /^Visit date 2026-01-05 is also the date of the visit in row 2: one visit per date/);
    expectCellError(twice, 'visits[1].date', /is also the date of the visit in row 1/);
  });

  it('a CK without its ULN and no configured default: the ULN cell says it is required', async () => {
    const el = await monitor({}, { visits: [{ date: '2026-01-05', ck: 900 }] });
    expectCellError(el, 'visits[0].ckUln', /^CK upper limit of normal is required with a CK result/);
  });

  it('MMT-8 on the 150 scale: 120 is accepted, 151 is not; a bad mmt-max is shown at the scale', async () => {
    const ok = await monitor({ 'mmt-max': '150' }, { visits: [{ ...BASE, mmt8: 120 }] });
    expect(ok.result.ok).to.equal(true);
    const over = await monitor({ 'mmt-max': '150' }, { visits: [{ ...BASE, mmt8: 151 }] });
    expectCellError(over, 'visits[0].mmt8', /^MMT-8 must be a number from 0 to 150 \(mmtMax 150: both sides\)/);
    const scale = await monitor({ 'mmt-max': '100' }, { visits: [{ ...BASE }] });
    expectCellError(scale, 'mmt-max', /^MMT-8 scale \(mmt-max\) must be 80 \(MMT-8 on one side\) or 150 \(both sides\)\./);
    expect(control<HTMLSelectElement>(scale, 'mmt-max').value).to.equal('');
    await userSets(scale, 'mmt-max', '80');
    expect(scale.result.ok).to.equal(true);
  });

  it('drug dates: shown at the drug form, which opens to show them', async () => {
    const el = await monitor({}, { visits: [{ ...BASE }], drugs: [{ drug: 'azathioprine', started: '2026-02-30' }] });
    expectCellError(el, 'drugs.azathioprine.started', /^Azathioprine start date must be a real calendar date/);
    expect($(el, '#mon-drugs')!.hidden).to.equal(false);
    const noStart = await monitor({}, { visits: [{ ...BASE }], drugs: [{ drug: 'methotrexate', lastIncrease: '2026-03-01' }] });
    expectCellError(noStart, 'drugs.methotrexate.started', /^Methotrexate start date is required/);
  });

  it('property and attribute problems that have no cell are listed: visits not a list, a visit not an object, an unknown field, a bad today', async () => {
    const list = await monitor({}, { visits: 'six visits' as unknown as Visit[] });
    expect(list.result.ok).to.equal(false);
    expect(norm($(list, '[part~="error-summary"]')!.textContent)).to.include('visits must be a list of at most 1,000 visits');
    const item = await monitor({}, { visits: [42 as unknown as Visit] });
    expect(norm($(item, '[part~="error-summary"]')!.textContent)).to.include('Row 1 (no date yet): This visit must be an object of named visit fields.');
    const unknown = await monitor({}, { visits: [{ ...BASE, cpk: 3 } as Visit] });
    expect(norm($(unknown, '[part~="error-summary"]')!.textContent)).to.include('5 Jan 2026: This visit: "cpk" is not a visit field.');
    const today = await monitor({ today: '22/06/2026' }, { visits: [{ ...BASE }] });
    expect(norm($(today, '[part~="error-summary"]')!.textContent)).to.include('today must be a real calendar date written YYYY-MM-DD');
    for (const el of [list, item, unknown, today]) {
      expect($(el, '[part~="glance"]')).to.equal(null);
      expectNoJunk(el);
    }
  });

  it('taper inputs: each problem at its control, and no plan', async () => {
    const start = await monitor({ 'taper-start': '2026-02-30', weight: '70' });
    expect(control(start, 'taper-start').getAttribute('aria-invalid')).to.equal('true');
    expect(description(start, control(start, 'taper-start'))).to.match(/^Taper start date must be a real calendar date/);
    const weight = await monitor({ 'taper-start': '2026-07-01', weight: '70,5' });
    expect(description(weight, control(weight, 'weight'))).to.match(/^Weight must be/);
    const unit = await monitor({ 'taper-start': '2026-07-01', weight: '70', 'weight-unit': 'stone' });
    expect(description(unit, control(unit, 'weight-unit'))).to.match(/^Weight unit must be one of: kg, lb\./);
    expect(control<HTMLSelectElement>(unit, 'weight-unit').value).to.equal('');
    const height = await monitor({ 'taper-start': '2026-07-01', weight: '70', 'height-cm': '300' });
    expect(norm($(height, '.taper-errors')!.textContent)).to.match(/^Height must be a number from 120 to 230 cm\./);
    for (const el of [start, weight, unit, height]) {
      expect($(el, '.taper-table'), 'no plan').to.equal(null);
      expectNoJunk(el);
    }
  });

  it('a weight below 40 kg needs the check before a taper is planned: the box appears below the weight', async () => {
    const el = await monitor({ 'taper-start': '2026-07-01', weight: '35' });
    const box = control(el, 'weight-confirmed');
    expect(box, 'the check box').to.exist;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, box)).to.match(/^Weight check must be true before a taper is planned from this weight/);
    expect($(el, '.taper-table')).to.equal(null);
    box.click();
    await settle(el);
    expect(el.weightConfirmed).to.equal(true);
    expect($(el, '.taper-table')).to.exist;
    // 1 mg/kg/day × 35 kg = 35 mg daily for 6 weeks, then down by 5 mg every 2 weeks to 25 mg.
    expect(norm($(el, '.taper-table tbody tr')!.textContent)).to.equal('Wed 1 Jul 2026 Tue 11 Aug 2026 35 mg');
  });
});
