/**
 * <nam-pathway> and the patient record (the `fhir` property, content-spec §6.1, §2): the antibody,
 * statin and checkpoint-inhibitor exposure, age, CK × ULN and weight nothing else gave come from the
 * record, each with its source and date beside its control; a stale weight is flagged and never
 * confirmed; the clinician's and the page's values win and say so; the note lists what came from
 * the record; null takes it all back; a hostile record never breaks the element.
 */
import { expect, fixture as render, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Resource } from 'fhir/r4';
import '../../../src/elements/pathway/define.js';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { ATC, bundle, ckObs, fixture, hostileRecords, medicationRequest, norm, onTestDay, expectRecordPrintBlock, provenanceOf, record, typeInto, weightObs } from '../record-helpers.js';

onTestDay();

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function pathwayWith(fhir: unknown, attrs: Record<string, string> = {}): Promise<NamPathway> {
  const list = Object.entries(attrs).map(([k, v]) => `${k}="${escape(v)}"`).join(' ');
  const el = await render<NamPathway>(`<nam-pathway ${list}></nam-pathway>`);
  el.fhir = fhir;
  await settle(el);
  return el;
}

async function settle(el: NamPathway): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

const root = (el: NamPathway) => el.shadowRoot as ShadowRoot;
const control = (el: NamPathway, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const checkedValue = (el: NamPathway, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]:checked`)?.value;
/** The provenance of a control: the checked radio of a group, else the control. */
const prov = (el: NamPathway, name: string) =>
  provenanceOf(root(el), root(el).querySelector(`[name="${name}"]:checked`) ?? (control(el, name).type === 'radio' ? null : control(el, name)));
const recordNotices = (el: NamPathway) => norm(root(el).querySelector('[part~="record"]')?.textContent);

describe('<nam-pathway> from the patient record', () => {
  it('is accessible with values from the record, a stale weight and a value set by the page', async () => {
    const el = await pathwayWith(await record(['patient.json', 'observation-hmgcr-positive.json', 'medicationrequest-statin-atc.json', 'observation-ck.json', 'observation-weight-kg.json']));
    await expect(el).to.be.accessible();
    el.remove();
    const other = await pathwayWith(bundle(weightObs(160, '2026-09-01', 'w-old'), ckObs(900, undefined, '2026-12-01', 'ck-no-uln')), { antibody: 'anti-srp' });
    await expect(other).to.be.accessible();
  });

  describe('each resource fills its control, with its source and date (FHIR R4 examples)', () => {
    // Expected values from content-spec §2 and §6.1: 3,100 / 200 = 15.5 × ULN (the latest CK);
    // 599 / 200 = 2.995, truncated to 2.99 so it stays below 3; born 4 May 1961 → 65 on 7 Dec 2026;
    // 154 [lb_av] = 69.85 kg; a statin request that is active → current; pembrolizumab (ATC L01FF02)
    // given on 15 Oct 2026, within 365 days → checkpoint inhibitor. A MedicationStatement's date is the
    // start of its effective period (the core's provenance).
    const rows: { name: string; resources: () => Promise<Resource[]>; control: string; radio?: boolean; value: string | boolean; provenance: string }[] = [
      { name: 'anti-HMGCR Observation positive', resources: async () => [await fixture('observation-hmgcr-positive.json')], control: 'antibody', radio: true, value: 'anti-hmgcr', provenance: 'from the record, 22 Nov 2026' },
      { name: 'MedicationRequest with an ATC statin code, active', resources: async () => [await fixture('medicationrequest-statin-atc.json')], control: 'statin', radio: true, value: 'current', provenance: 'from the record, 10 Feb 2025' },
      { name: 'MedicationStatement of a statin, stopped', resources: async () => [await fixture('medicationstatement-statin-stopped.json')], control: 'statin', radio: true, value: 'past', provenance: 'from the record, 1 Mar 2019' },
      { name: 'MedicationRequest with an unknown (non-ATC) code fills nothing', resources: async () => [await fixture('medicationrequest-unknown-code.json')], control: 'statin', radio: true, value: 'unknown', provenance: '' },
      { name: 'MedicationAdministration of pembrolizumab within the window', resources: async () => [await fixture('medicationadministration-pembrolizumab.json')], control: 'checkpoint-inhibitor', value: true, provenance: 'from the record, 15 Oct 2026' },
      { name: 'Patient.birthDate gives the age on the day', resources: async () => [await fixture('patient.json')], control: 'age', value: '65', provenance: 'from the record' },
      { name: 'CK Observations with referenceRange: the latest CK × ULN', resources: async () => [await fixture('observation-ck.json'), await fixture('observation-ck-followup.json')], control: 'ck-times-uln', value: '15.5', provenance: 'from the record, 4 Dec 2026' },
      { name: 'a CK just under 3 × ULN stays under it', resources: async () => [ckObs(599, 200, '2026-12-05', 'ck-599')], control: 'ck-times-uln', value: '2.99', provenance: 'from the record, 5 Dec 2026' },
      { name: 'the latest CK without a ULN gives no CK × ULN (an older one is not the latest)', resources: async () => [ckObs(4000, 200, '2026-11-01', 'ck-old'), ckObs(900, undefined, '2026-12-01', 'ck-no-uln')], control: 'ck-times-uln', value: '', provenance: '' },
      { name: 'Observation body weight in kg', resources: async () => [await fixture('observation-weight-kg.json')], control: 'weight', value: '72', provenance: 'from the record, 3 Dec 2026' },
      { name: 'Observation body weight in [lb_av]', resources: async () => [await fixture('observation-weight-lb.json')], control: 'weight', value: '69.85', provenance: 'from the record, 2 Dec 2026' },
      { name: 'a weight older than 30 days, with its warning', resources: async () => [weightObs(70, '2026-10-20', 'w-old')], control: 'weight', value: '70', provenance: 'from the record, 20 Oct 2026 — older than 30 days: weigh the patient' },
    ];
    for (const row of rows) {
      it(row.name, async () => {
        const el = await pathwayWith(bundle(...(await row.resources())));
        const value = row.radio ? checkedValue(el, row.control) : typeof row.value === 'boolean' ? control(el, row.control).checked : control(el, row.control).value;
        expect(value, 'the control').to.equal(row.value);
        expect(prov(el, row.control), 'its provenance').to.equal(row.provenance);
      });
    }
  });

  it('the pathway is evaluated with the record\'s values', async () => {
    const el = await pathwayWith(await record(['patient.json', 'observation-hmgcr-positive.json', 'medicationrequest-statin-atc.json', 'observation-ck.json', 'observation-ck-followup.json']));
    expect(el.result.ok && el.result.input).to.include({ antibody: 'anti-hmgcr', statin: 'current', age: 65, ckTimesUln: 15.5 });
  });

  it('a stale record weight in the confirmation tier cannot be confirmed, not even by the page', async () => {
    const el = await pathwayWith(bundle(weightObs(160, '2026-09-01', 'w-old')));
    const box = control(el, 'weight-confirmed');
    expect(box.disabled).to.equal(true);
    expect(provenanceOf(root(el), box)).to.match(/older than 30 days: weigh the patient/);
    el.weightConfirmed = true;
    await settle(el);
    const doses = el.doseResult;
    expect(doses?.ok && doses.input.weightConfirmed).to.not.equal(true);
    expect(doses?.ok && doses.lines.find((l) => l.drug === 'prednisone')?.withheld).to.equal(true);
  });

  it('the clinician\'s typed age wins and says what the record has', async () => {
    const el = await pathwayWith(await record(['patient.json']));
    await typeInto(control(el, 'age'), '70');
    await settle(el);
    expect(control(el, 'age').value).to.equal('70');
    expect(prov(el, 'age')).to.equal('changed here (the record has 65 years)');
    expect(el.result.ok && el.result.input.age).to.equal(70);
    expect(el.note).to.include('- age: 65 years (Patient/nam-1) — not used: changed here');
  });

  it('the clinician\'s choice by keyboard wins: an arrow key in the antibody group, Space on the checkpoint inhibitor', async () => {
    const el = await pathwayWith(await record(['observation-hmgcr-positive.json', 'medicationadministration-pembrolizumab.json']));
    const events: CustomEvent[] = [];
    el.addEventListener('nam-pathway-change', (e) => events.push(e));
    root(el).querySelector<HTMLInputElement>('[name="antibody"]:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(checkedValue(el, 'antibody')).to.equal('anti-srp');
    expect(prov(el, 'antibody')).to.equal('changed here (the record says anti-HMGCR, 22 Nov 2026)');
    control(el, 'checkpoint-inhibitor').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(control(el, 'checkpoint-inhibitor').checked).to.equal(false);
    expect(prov(el, 'checkpoint-inhibitor')).to.equal('changed here (the record says yes, 15 Oct 2026)');
    expect(el.result.ok && el.result.input.checkpointInhibitor).to.equal(false);
    expect(events).to.have.length(2);
  });

  it('a value the clinician clears stays cleared', async () => {
    const el = await pathwayWith(await record(['observation-ck-followup.json']));
    await typeInto(control(el, 'ck-times-uln'), '');
    await settle(el);
    expect(control(el, 'ck-times-uln').value).to.equal('');
    expect(prov(el, 'ck-times-uln')).to.equal('changed here (the record has 15.5 × ULN, 4 Dec 2026)');
    expect(el.result.ok && el.result.input.ckTimesUln).to.equal(undefined);
  });

  it('attributes the page set win over the record and say what the record has', async () => {
    const el = await pathwayWith(await record(['observation-hmgcr-positive.json', 'medicationadministration-pembrolizumab.json', 'observation-weight-kg.json', 'patient.json']), {
      antibody: 'seronegative',
      'checkpoint-inhibitor': 'false',
      weight: '80',
    });
    expect(checkedValue(el, 'antibody')).to.equal('seronegative');
    expect(prov(el, 'antibody')).to.equal('set by the page (the record says anti-HMGCR, 22 Nov 2026)');
    expect(control(el, 'checkpoint-inhibitor').checked).to.equal(false);
    expect(prov(el, 'checkpoint-inhibitor')).to.equal('set by the page (the record says yes, 15 Oct 2026)');
    expect(control(el, 'weight').value).to.equal('80');
    expect(prov(el, 'weight')).to.equal('set by the page (the record has 72 kg, 3 Dec 2026)');
    expect(control(el, 'age').value, 'what the page did not give still comes from the record').to.equal('65');
  });

  it('the note lists what came from the record, after the inputs', async () => {
    const el = await pathwayWith(await record(['patient.json', 'observation-hmgcr-positive.json', 'medicationrequest-statin-atc.json', 'observation-ck-followup.json', 'observation-weight-kg.json']));
    const note = el.note;
    for (const line of [
      'From the patient record:',
      '- antibody: anti-HMGCR (Observation/hmgcr-pos, 22 Nov 2026)',
      '- statin: currently taking a statin (MedicationRequest/atorva-rx, 10 Feb 2025)',
      '- age: 65 years (Patient/nam-1)',
      '- CK × ULN: 15.5 × ULN (Observation/ck-2, 4 Dec 2026)',
      '- weight: 72 kg (Observation/weight-kg, 3 Dec 2026)',
    ]) {
      expect(note).to.include(line);
    }
    expect(note.indexOf('From the patient record:')).to.be.greaterThan(note.indexOf('Inputs:'));
    for (const li of root(el).querySelectorAll('[part~="record"] [data-code]')) {
      expect(note).to.include(norm(li.textContent).replace(/^(Warning|Note): /, ''));
    }
  });

  it('print shows what came from the record (the note\'s lines) in place of the form', async () => {
    const el = await pathwayWith(await record(['observation-weight-kg.json']));
    el.fhir = bundle((await fixture('observation-weight-kg.json')) as Resource, weightObs(75, '2026-12-03', 'w-other'));
    await settle(el);
    await expectRecordPrintBlock(el, root(el), settle);
  });

  it('fhir = null takes back everything the record filled; what the clinician changed stays', async () => {
    const el = await pathwayWith(await record(['patient.json', 'observation-hmgcr-positive.json', 'observation-weight-kg.json']));
    await typeInto(control(el, 'weight'), '74');
    await settle(el);
    el.fhir = null;
    await settle(el);
    expect(checkedValue(el, 'antibody')).to.equal('pending');
    expect(control(el, 'age').value).to.equal('');
    expect(control(el, 'weight').value).to.equal('74');
    expect(root(el).querySelectorAll('[part~="provenance"]')).to.have.length(0);
    expect(root(el).querySelector('[part~="record"]')).to.equal(null);
    expect(el.note).not.to.include('From the patient record');
  });

  it('setting the record fires no change event; a record set before the first render fills it', async () => {
    const el = fixtureSync<NamPathway>('<nam-pathway></nam-pathway>');
    const events: Event[] = [];
    el.addEventListener('nam-pathway-change', (e) => events.push(e));
    el.fhir = await record(['observation-hmgcr-positive.json']);
    await settle(el);
    expect(checkedValue(el, 'antibody')).to.equal('anti-hmgcr');
    expect(events).to.have.length(0);
  });

  it('conflicting antibody results are reported, and the antibody is not guessed', async () => {
    const el = await pathwayWith(bundle((await fixture('observation-hmgcr-positive.json')) as Resource, (await fixture('observation-srp-positive.json')) as Resource));
    expect(checkedValue(el, 'antibody')).to.equal('pending');
    expect(recordNotices(el)).to.match(/HMGCR|SRP/);
  });

  describe('bad input never breaks the element', () => {
    for (const [name, value] of hostileRecords()) {
      it(`fhir = ${name}`, async () => {
        const el = await pathwayWith(value, { antibody: 'anti-srp' });
        expect(el.result.ok).to.equal(true);
        expect(checkedValue(el, 'antibody')).to.equal('anti-srp');
        expect(norm(root(el).textContent)).not.to.match(/NaN|undefined|\[object Object\]/);
        await typeInto(control(el, 'age'), '50');
        await settle(el);
        expect(el.result.ok && el.result.input.age).to.equal(50);
      });
    }

    it('a record that is not a Bundle or an array is reported in an alert', async () => {
      const el = await pathwayWith(12345);
      const notice = root(el).querySelector('[part~="record"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(norm(notice.textContent)).to.match(/The record could not be read:/);
    });

    it('entries that are not resources are reported; the resources among them are read', async () => {
      const el = await pathwayWith([null, 'text', { resourceType: 7 }, await fixture('observation-hmgcr-positive.json')]);
      expect(checkedValue(el, 'antibody')).to.equal('anti-hmgcr');
      expect(recordNotices(el)).to.not.equal('');
    });
  });

  it('a MedicationRequest with an ATC code of another drug class fills nothing', async () => {
    const el = await pathwayWith(bundle(medicationRequest('rx-mtx', 'active', { system: ATC, code: 'L04AX03' })));
    expect(checkedValue(el, 'statin')).to.equal('unknown');
    expect(control(el, 'checkpoint-inhibitor').checked).to.equal(false);
    expect(root(el).querySelectorAll('[part~="provenance"]')).to.have.length(0);
  });
});

