/** Patient → age and sex (content-spec §6.1): the age on the evaluation date, female or male. */
import { LIMITS } from '../content/inputs.js';
import { fhirDays, label, printable, yearsBetween, type RecordItem } from './fhir-read.js';
import { S, readResource, type PatientRead } from './fhir-schemas.js';
import type { PrefillContext } from './fhir-context.js';
import type { DoseInput, PathwayInput } from './types.js';

const AGE_FIELD = 'pathway.age';
const SEX_FIELD = 'doses.sex';

/** One value the record's Patient resources agree on, or a conflict. */
function agreed<T>(patients: { item: RecordItem; read: PatientRead }[], pick: (p: PatientRead) => T | undefined) {
  const values = patients.map((p) => ({ item: p.item, value: pick(p.read) })).filter((v) => v.value !== undefined);
  const distinct = new Set(values.map((v) => String(v.value)));
  return { value: distinct.size === 1 ? values[0] : undefined, conflict: distinct.size > 1 ? values : undefined };
}

export function readPatient(ctx: PrefillContext, pathway: Partial<PathwayInput>, doses: Partial<DoseInput>): void {
  const items = ctx.items.filter((i) => i.resourceType === 'Patient');
  if (!items.length) return;
  const warn = (field: string, code: string, message: string, item?: RecordItem) =>
    ctx.notices.push({ level: 'warning', code, message, field, ...(item && { resource: label(item) }) });
  const ids = [...new Set(items.map((i) => i.id))];
  if (ids.length > 1) {
    const names = items.map(label).join(', ');
    warn(AGE_FIELD, 'fhir-conflict', `The record holds more than one patient (${names}): age and sex not filled in; check the record.`);
    return;
  }
  const patients: { item: RecordItem; read: PatientRead }[] = [];
  for (const item of items) {
    const read = readResource(S.patient, item);
    if (read.ok) patients.push({ item, read: read.value });
    else warn(AGE_FIELD, 'fhir-unreadable', `${label(item)} cannot be read as a FHIR R4 Patient (${read.path || 'its structure'}): age and sex not filled in from it.`, item);
  }

  const birth = agreed(patients, (p) => p.birthDate);
  if (birth.conflict) {
    warn(AGE_FIELD, 'fhir-conflict', `The record gives different birth dates for the patient (${birth.conflict.map((b) => label(b.item)).join(', ')}): age not filled in.`);
  } else if (birth.value) {
    const { item, value } = birth.value;
    const days = fhirDays(value);
    if (!days) {
      warn(AGE_FIELD, 'fhir-unreadable', `${label(item)} has a birth date that cannot be read ("${printable(value!, 30)}"): age not filled in.`, item);
    } else if (days.from > ctx.today) {
      warn(AGE_FIELD, 'fhir-future', `${label(item)} has a birth date after today (${ctx.today}): age not filled in.`, item);
    } else {
      // A partial birth date ("1970") gives an age only when every day it may stand for gives the same one.
      const youngest = yearsBetween(days.to > ctx.today ? ctx.today : days.to, ctx.today);
      const oldest = yearsBetween(days.from, ctx.today);
      if (youngest !== oldest) {
        warn(AGE_FIELD, 'fhir-unreadable', `${label(item)} gives the birth date only as "${printable(value!, 10)}", which allows ages ${youngest} and ${oldest} today: age not filled in.`, item);
      } else {
        pathway.age = oldest;
        doses.age = oldest;
        ctx.provenance['pathway.age'] = { resourceType: 'Patient', id: item.id };
        ctx.provenance['doses.age'] = { resourceType: 'Patient', id: item.id };
        if (oldest < LIMITS.ageYears.min) {
          warn(AGE_FIELD, 'fhir-under-age', `The patient is ${oldest} years old by the record: this tool is for adults (${LIMITS.ageYears.min} or older) only.`, item);
        }
      }
    }
  }

  const gender = agreed(patients, (p) => p.gender);
  if (gender.conflict) {
    warn(SEX_FIELD, 'fhir-conflict', `The record gives different genders for the patient (${gender.conflict.map((g) => label(g.item)).join(', ')}): sex not filled in.`);
  } else if (gender.value) {
    const { item, value } = gender.value;
    if (value === 'female' || value === 'male') {
      doses.sex = value;
      ctx.provenance[SEX_FIELD] = { resourceType: 'Patient', id: item.id };
    } else if (value === 'other' || value === 'unknown') {
      ctx.notices.push({
        level: 'info',
        code: 'fhir-sex-not-filled',
        message: `The record gives the gender as "${value}": sex is left for the clinician (ideal and adjusted body weight need female or male).`,
        field: SEX_FIELD,
      });
    } else {
      warn(SEX_FIELD, 'fhir-unreadable', `${label(item)} has the gender "${printable(value!, 20)}", which FHIR R4 does not define: sex not filled in.`, item);
    }
  }
}
