/**
 * <nam-dose-calculator> and the patient record (the `fhir` property, content-spec §6.1, §4.1): the
 * record fills only the inputs nothing else gave, each with its source and date beside the control;
 * a stale weight is flagged and can never be confirmed; a value the clinician or the page gives
 * instead wins and says so; the note lists what came from the record; null takes it all back; a
 * hostile record never breaks the element.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import '../../../src/elements/dose-calculator/define.js';
import type { Resource } from 'fhir/r4';
import { calc, control, doseText, lines, root, settle, shadowText, type Calc } from './helpers.js';
import { ATC, bundle, ckObs, fixture, hostileRecords, medicationRequest, norm, onTestDay, expectRecordPrintBlock, provenanceOf, record, typeInto, weightObs } from '../record-helpers.js';

onTestDay();

/** A calculator with attributes, given `fhir` after it was created (as a page does once it has fetched). */
async function withRecord(fhir: unknown, attrs: Record<string, string> = {}): Promise<Calc> {
  const el = await calc(attrs);
  el.fhir = fhir;
  await settle(el);
  return el;
}

const prov = (el: Calc, name: string) => provenanceOf(root(el), control(el, name));
const checked = (el: Calc, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]:checked`)?.value;
const selected = (el: Calc, name: string) => control<HTMLSelectElement>(el, name).value;
const recordNotices = (el: Calc) => norm(root(el).querySelector('[part~="record"]')?.textContent);

describe('<nam-dose-calculator> from the patient record', () => {
  it('is accessible with values from the record, a stale weight and a value changed by the page', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json', 'observation-height-cm.json', 'patient.json']));
    await expect(el).to.be.accessible();
    const stale = await withRecord(bundle(weightObs(160, '2026-09-01', 'w-old'), weightObs(1, '2027-01-01', 'w-future')), { 'height-cm': '180' });
    await expect(stale).to.be.accessible();
  });

  describe('each resource fills its control, with its source and date (FHIR R4 examples)', () => {
    // Written from content-spec §6.1 and the resources, not from the element: 154 [lb_av] × 0.45359237
    // = 69.853 kg → 69.85; 65 [in_i] × 2.54 = 165.1 cm; born 4 May 1961 → 65 on 7 Dec 2026.
    const rows: { name: string; resources: () => Promise<Resource[]>; control: string; value: string; kind?: 'text' | 'radio' | 'select'; provenance: string }[] = [
      { name: 'Observation body weight in kg', resources: async () => [await fixture('observation-weight-kg.json')], control: 'weight', value: '72', provenance: 'from the record, 3 Dec 2026' },
      { name: 'Observation body weight in [lb_av], converted once', resources: async () => [await fixture('observation-weight-lb.json')], control: 'weight', value: '69.85', provenance: 'from the record, 2 Dec 2026' },
      { name: 'the weight unit with a record weight is kg', resources: async () => [await fixture('observation-weight-lb.json')], control: 'weight-unit', kind: 'radio', value: 'kg', provenance: '' },
      { name: 'Observation body height in [in_i]', resources: async () => [await fixture('observation-height-in.json')], control: 'height-cm', value: '165.1', provenance: 'from the record, 14 Nov 2026' },
      { name: 'Observation body height in cm', resources: async () => [await fixture('observation-height-cm.json')], control: 'height-cm', value: '170', provenance: 'from the record, 15 Nov 2026' },
      { name: 'Patient.birthDate gives the age on the day', resources: async () => [await fixture('patient.json')], control: 'age', value: '65', provenance: 'from the record' },
      { name: 'Patient.gender gives the sex', resources: async () => [await fixture('patient.json')], control: 'sex', kind: 'select', value: 'female', provenance: 'from the record' },
      { name: 'a CK with its reference range fills nothing here', resources: async () => [ckObs(3100, 200, '2026-12-04', 'ck-x')], control: 'weight', value: '', provenance: '' },
      { name: 'an anti-HMGCR result fills nothing here', resources: async () => [await fixture('observation-hmgcr-positive.json')], control: 'weight', value: '', provenance: '' },
      { name: 'a statin MedicationRequest (ATC) fills nothing here', resources: async () => [await fixture('medicationrequest-statin-atc.json')], control: 'tpmt', kind: 'select', value: 'unknown', provenance: '' },
    ];
    for (const row of rows) {
      it(row.name, async () => {
        const el = await withRecord(bundle(...(await row.resources())));
        const value = row.kind === 'radio' ? checked(el, row.control) : row.kind === 'select' ? selected(el, row.control) : control(el, row.control).value;
        expect(value, 'the control').to.equal(row.value);
        expect(prov(el, row.control), 'its provenance').to.equal(row.provenance);
      });
    }
  });

  it('the doses are for the record\'s weight, with both units; the record fills no confirmation', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json']));
    expect(el.result.ok && el.result.weightKg).to.equal(72);
    expect(el.result.ok && el.result.input.weightConfirmed).to.not.equal(true);
    expect(norm(root(el).querySelector('[part~="conversion"]')?.textContent)).to.equal('72 kg (158.7 lb)');
  });

  it('a weight older than 30 days is filled with a warning beside it, and is never counted as confirmed', async () => {
    // 160 kg is in the confirmation tier (150 kg or more): with a fresh weight the box confirms it.
    const fresh = await withRecord(bundle(weightObs(160, '2026-12-01', 'w-fresh')));
    expect(prov(fresh, 'weight')).to.equal('from the record, 1 Dec 2026');
    expect(control(fresh, 'weight-confirmed').disabled).to.equal(false);
    control(fresh, 'weight-confirmed').click();
    await settle(fresh);
    expect(fresh.result.ok && fresh.result.lines.find((l) => l.drug === 'prednisone')?.withheld).to.not.equal(true);

    const old = await withRecord(bundle(weightObs(160, '2026-10-01', 'w-old')));
    expect(control(old, 'weight').value).to.equal('160');
    expect(prov(old, 'weight')).to.equal('from the record, 1 Oct 2026 — older than 30 days: weigh the patient');
    const box = control(old, 'weight-confirmed');
    expect(box.disabled, 'a stale record weight cannot be confirmed').to.equal(true);
    expect(provenanceOf(root(old), box)).to.match(/older than 30 days/);
    old.weightConfirmed = true;
    await settle(old);
    expect(old.result.ok && old.result.input.weightConfirmed, 'not even by the page').to.not.equal(true);
    expect(old.result.ok && old.result.lines.find((l) => l.drug === 'prednisone')?.withheld).to.equal(true);
    expect(recordNotices(old)).to.match(/160 kg, 1 Oct 2026\) is more than 30 days old/);
  });

  it('the institution\'s weightMaxAgeDays sets when a weight is stale', async () => {
    const el = await calc({ config: JSON.stringify({ fhir: { weightMaxAgeDays: 3 } }) });
    el.fhir = bundle(weightObs(72, '2026-12-01', 'w-6-days'));
    await settle(el);
    expect(prov(el, 'weight')).to.equal('from the record, 1 Dec 2026 — older than 3 days: weigh the patient');
  });

  it('the clinician\'s typed weight wins and says what the record has; the doses follow it', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json']));
    const events: CustomEvent[] = [];
    el.addEventListener('nam-dose-change', (e) => events.push(e));
    await typeInto(control(el, 'weight'), '75');
    await settle(el);
    expect(control(el, 'weight').value).to.equal('75');
    expect(prov(el, 'weight')).to.equal('changed here (the record has 72 kg, 3 Dec 2026)');
    expect(el.result.ok && el.result.weightKg).to.equal(75);
    expect(events.at(-1)?.detail.weightKg, 'the change event carries the typed weight').to.equal(75);
    expect(el.note).to.include('- weight: 72 kg (Observation/weight-kg, 3 Dec 2026) — not used: changed here');
  });

  it('a value the clinician clears stays cleared, and says what the record has', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json', 'observation-height-cm.json']));
    await typeInto(control(el, 'height-cm'), '');
    await settle(el);
    expect(control(el, 'height-cm').value).to.equal('');
    expect(prov(el, 'height-cm')).to.equal('changed here (the record has 170 cm, 15 Nov 2026)');
    expect(el.result.ok && el.result.input.heightCm).to.equal(undefined);
  });

  it('an attribute the page set wins over the record, and says what the record has', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json', 'patient.json']), { weight: '80', sex: 'male' });
    expect(control(el, 'weight').value).to.equal('80');
    expect(prov(el, 'weight')).to.equal('set by the page (the record has 72 kg, 3 Dec 2026)');
    expect(selected(el, 'sex')).to.equal('male');
    expect(prov(el, 'sex')).to.equal('set by the page (the record says female)');
    expect(control(el, 'age').value, 'what the page did not give still comes from the record').to.equal('65');
    expect(el.result.ok && el.result.weightKg).to.equal(80);
  });

  it('a page value equal to the record\'s is shown as from the record', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json']), { weight: '72' });
    expect(prov(el, 'weight')).to.equal('from the record, 3 Dec 2026');
  });

  it('a weight unit in pounds keeps the record\'s kg weight out (it is never read as pounds)', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json']), { 'weight-unit': 'lb' });
    expect(control(el, 'weight').value).to.equal('');
    expect(prov(el, 'weight')).to.equal('not filled in: the record has 72 kg, 3 Dec 2026, and the unit chosen is not kg');
    expect(lines(el)).to.have.length(0);
  });

  it('the note lists the values from the record with their resources and dates, and the record\'s notices', async () => {
    const el = await withRecord(await record(['observation-weight-lb.json', 'observation-height-in.json', 'patient.json']));
    const note = el.note;
    expect(note).to.include('From the patient record:');
    expect(note).to.include('- weight: 69.85 kg (Observation/weight-lb, 2 Dec 2026)');
    expect(note).to.include('- height: 165.1 cm (Observation/height-in, 14 Nov 2026)');
    expect(note).to.include('- sex: female (Patient/nam-1)');
    expect(note).to.include('- age: 65 years (Patient/nam-1)');
    // Every notice the widget shows about the record is in the note (shown = copied).
    for (const li of root(el).querySelectorAll('[part~="record"] [data-code]')) {
      expect(note).to.include(norm(li.textContent).replace(/^(Warning|Note): /, ''));
    }
    // The record block follows the inputs, before the drug lines.
    expect(note.indexOf('From the patient record:')).to.be.lessThan(note.indexOf('Prednisone'));
  });

  it('print shows what came from the record (the note\'s lines) in place of the form', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json']), { 'height-cm': '170' });
    el.weight = '70';
    el.fhir = bundle((await fixture('observation-weight-kg.json')) as Resource, weightObs(75, '2026-12-03', 'w-other'));
    await settle(el);
    await expectRecordPrintBlock(el, root(el), settle);
  });

  it('fhir = null takes back everything the record filled; what the clinician changed stays', async () => {
    const el = await withRecord(await record(['observation-weight-kg.json', 'observation-height-cm.json', 'patient.json']));
    await typeInto(control(el, 'height-cm'), '172');
    await settle(el);
    el.fhir = null;
    await settle(el);
    expect(control(el, 'weight').value).to.equal('');
    expect(control(el, 'age').value).to.equal('');
    expect(selected(el, 'sex')).to.equal('');
    expect(control(el, 'height-cm').value, 'the clinician\'s height').to.equal('172');
    expect(root(el).querySelectorAll('[part~="provenance"]')).to.have.length(0);
    expect(root(el).querySelector('[part~="record"]')).to.equal(null);
    expect(el.note).to.equal('');
    el.fhir = await record(['observation-weight-kg.json']);
    await settle(el);
    expect(control(el, 'weight').value, 'a new record fills again').to.equal('72');
  });

  it('setting the record fires no change event (it is not the user\'s edit)', async () => {
    const el = await calc();
    const events: Event[] = [];
    el.addEventListener('nam-dose-change', (e) => events.push(e));
    el.fhir = await record(['observation-weight-kg.json']);
    await settle(el);
    expect(events).to.have.length(0);
  });

  it('a record given before the first render fills the first render', async () => {
    const el = fixtureSync<Calc>('<nam-dose-calculator></nam-dose-calculator>');
    el.fhir = await record(['observation-weight-kg.json']);
    await settle(el);
    expect(control(el, 'weight').value).to.equal('72');
  });

  it('the record\'s conflicts and unreadable resources are shown as notices, never guessed', async () => {
    const el = await withRecord(bundle(weightObs(72, '2026-12-03', 'w-a'), weightObs(75, '2026-12-03', 'w-b'), weightObs(70, '2027-03-01', 'w-future')));
    expect(control(el, 'weight').value, 'two weights on the latest day: none is used').to.equal('');
    const text = recordNotices(el);
    expect(text).to.match(/Observation\/w-a|w-a/);
    expect(text).to.match(/w-future/);
  });

  describe('bad input never breaks the element', () => {
    for (const [name, value] of hostileRecords()) {
      it(`fhir = ${name}`, async () => {
        const el = await calc({ weight: '70' });
        el.fhir = value;
        await settle(el);
        expect(el.result.ok, 'the doses for the page\'s weight').to.equal(true);
        expect(doseText(el, 'prednisone')).to.match(/70 mg/);
        expect(shadowText(el)).not.to.match(/NaN|undefined|\[object Object\]/);
        // The element keeps working: a typed weight still gives doses.
        await typeInto(control(el, 'weight'), '60');
        await settle(el);
        expect(el.result.ok && el.result.weightKg).to.equal(60);
      });
    }

    it('a record that is not a Bundle or an array is reported in an alert', async () => {
      const el = await withRecord('not a record');
      const notice = root(el).querySelector('[part~="record"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(norm(notice.textContent)).to.match(/The record could not be read:/);
    });

    it('entries that are not resources are reported; the resources among them are read', async () => {
      const el = await withRecord({ resourceType: 'Bundle', type: 'searchset', entry: [1, { resource: 'x' }, { resource: await fixture('observation-weight-kg.json') }] });
      expect(control(el, 'weight').value).to.equal('72');
      expect(recordNotices(el)).to.not.equal('');
    });

    it('a polluted Object.prototype does not make a weight appear', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      proto.valueQuantity = { value: 500, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' };
      proto.resourceType = 'Observation';
      try {
        const el = await withRecord(bundle(observation29463NoValue()));
        expect(control(el, 'weight').value).to.equal('');
      } finally {
        delete proto.valueQuantity;
        delete proto.resourceType;
      }
    });
  });

  it('a MedicationRequest with an unknown code (not ATC) fills nothing', async () => {
    const el = await withRecord(bundle(medicationRequest('rx-unknown', 'active', { system: 'http://example.org/local-drugs', code: 'X1' }), medicationRequest('rx-atc', 'active', { system: ATC, code: 'C10AA05' })));
    expect(root(el).querySelectorAll('[part~="provenance"]')).to.have.length(0);
  });
});


/** A body weight Observation without a value: only a polluted prototype could give it one. */
function observation29463NoValue(): Resource {
  return { resourceType: 'Observation', id: 'w-none', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] }, effectiveDateTime: '2026-12-03' } as Resource;
}

