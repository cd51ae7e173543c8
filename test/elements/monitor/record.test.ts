/**
 * <nam-monitor> and the patient record (the `fhir` property, content-spec §6.1): CK results fill the
 * visits of their dates with their provenance; the clinician's values win and say that the record
 * differs; what the clinician removes stays removed; a record that cannot be read is reported.
 */
import { expect } from '@open-wc/testing';
import { bundle, fixtures, observation, UCUM } from '../../core/fhir-helpers.js';
import type { Visit } from '../../../src/core/follow-up-types.js';
import { $, $$, control, description, monitor, norm, record, settle, userSets } from './helpers.js';

/** ck-1: 8,400 U/L on 20 Nov 2026 (ULN 200); ck-2: 3,100 U/L on 4 Dec 2026 (ULN 200). */
const record2 = async () => bundle(...((await fixtures('observation-ck.json', 'observation-ck-followup.json')) as never[]));

describe('<nam-monitor> visits from the record', () => {
  it('each CK result becomes a visit of its date, its CK and ULN marked "from the record" with the date', async () => {
    const el = await monitor({ today: '2026-12-07' }, { fhir: await record2() });
    expect(control(el, 'visits[0].date').value).to.equal('2026-11-20');
    expect(control(el, 'visits[0].ck').value).to.equal('8400');
    expect(control(el, 'visits[0].ckUln').value).to.equal('200');
    expect(control(el, 'visits[1].ck').value).to.equal('3100');
    const ck = control(el, 'visits[1].ck');
    expect(description(el, ck)).to.equal('from the record, 4 Dec 2026');
    expect(description(el, control(el, 'visits[0].ckUln'))).to.equal('from the record, 20 Nov 2026');
    // (3,100 − 8,400) / 8,400 = −63.1 %; 3,100 / 200 = 15.5 × ULN.
    expect(el.result.ok && el.result.visits[1].ck).to.deep.equal({ timesUln: 15.5, changeFromBaselinePct: -63.1, changeFromPreviousPct: -63.1 });
    expect(el.visits, 'the page\'s property is untouched').to.equal(undefined);
    expect(el.note).to.include('From the record:');
    expect(el.note).to.include('- CK of 4 Dec 2026: 3,100 U/L from the record (Observation/ck-2, 4 Dec 2026)');
  });

  it('a visit the page gives for the same date keeps its values: the record fills only what it lacks, and a differing value says so', async () => {
    const visits: Visit[] = [{ date: '2026-12-04', ck: 3000, mmt8: 61 }];
    const el = await monitor({ today: '2026-12-07' }, { fhir: await record2(), visits });
    // The page's 4 Dec visit is first (the page's order); the record's 20 Nov visit follows.
    expect(control(el, 'visits[0].ck').value).to.equal('3000');
    expect(description(el, control(el, 'visits[0].ck'))).to.equal('changed here (the record has 3,100 U/L, 4 Dec 2026)');
    expect(control(el, 'visits[0].ckUln').value).to.equal('200');
    expect(description(el, control(el, 'visits[0].ckUln'))).to.equal('from the record, 4 Dec 2026');
    expect(control(el, 'visits[1].date').value).to.equal('2026-11-20');
    expect(el.result.ok && el.result.input.visits.map((v) => [v.date, v.ck])).to.deep.equal([
      ['2026-11-20', 8400],
      ['2026-12-04', 3000],
    ]);
  });

  it('the user\'s edit wins and says so; the event carries the visits with the record\'s values in them', async () => {
    const el = await monitor({ today: '2026-12-07' }, { fhir: await record2() });
    const events = record(el);
    await userSets(el, 'visits[1].ck', '2900');
    expect(description(el, control(el, 'visits[1].ck'))).to.equal('changed here (the record has 3,100 U/L, 4 Dec 2026)');
    expect(events).to.have.length(1);
    expect(events[0].detail.visits).to.deep.equal([
      { date: '2026-11-20', ck: 8400, ckUln: 200 },
      { date: '2026-12-04', ck: 2900, ckUln: 200 },
    ]);
    // A page that keeps the visits gives them back: the record's values still say where they came from.
    el.visits = JSON.parse(JSON.stringify(events[0].detail.visits));
    await settle(el);
    expect(description(el, control(el, 'visits[0].ck'))).to.equal('from the record, 20 Nov 2026');
    expect(description(el, control(el, 'visits[1].ck'))).to.match(/^changed here/);
  });

  it('a removed record visit or a cleared record value is not filled in again, until the record changes', async () => {
    const el = await monitor({ today: '2026-12-07' }, { fhir: await record2() });
    $$<HTMLButtonElement>(el, 'button.remove')[0].click();
    await settle(el);
    expect($$(el, 'tr.visit-row')).to.have.length(1);
    expect(control(el, 'visits[0].date').value).to.equal('2026-12-04');
    await userSets(el, 'visits[0].ckUln', '');
    expect(control(el, 'visits[0].ckUln').value).to.equal('');
    expect(el.result.ok, 'a CK without its ULN').to.equal(false);
    await userSets(el, 'visits[0].ckUln', '190');
    expect(el.result.ok).to.equal(true);
    expect(description(el, control(el, 'visits[0].ckUln'))).to.equal('changed here (the record has 200 U/L, 4 Dec 2026)');
    el.fhir = await record2();
    el.visits = [];
    await settle(el);
    expect($$(el, 'tr.visit-row'), 'a new record fills again').to.have.length(2);
  });

  it('the record\'s own notices are shown (and copied); a record that cannot be read is reported, never guessed', async () => {
    const odd = observation('2157-6', '2026-12-01', { valueQuantity: { value: 500, unit: 'mmol/L', system: UCUM, code: 'mmol/L' } } as never, 'ck-odd');
    const el = await monitor({ today: '2026-12-07' }, { fhir: bundle(odd) });
    const notices = $(el, '[part~="record"]')!;
    expect(norm(notices.textContent)).to.match(/Observation\/ck-odd/);
    const message = norm(notices.querySelector('[data-code]')!.textContent).replace(/^Warning: /, '');
    expect(el.note).to.include(message);
    const bad = await monitor({}, { fhir: 'not a record' });
    expect($(bad, '[part~="record"]')!.getAttribute('role')).to.equal('alert');
    expect(norm($(bad, '[part~="record"]')!.textContent)).to.match(/^The record could not be used:/);
    expect($$(bad, 'tr.visit-row')).to.have.length(0);
  });
});
