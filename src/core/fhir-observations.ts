/**
 * Observations → inputs (content-spec §6.1): the latest weight and height, one visit per CK
 * date, the antibody result and the TPMT/NUDT15 status. A conflicting, unreadable or
 * future-dated observation is reported with its id and never guessed.
 */
import {
  OBSERVATION_STATUS,
  PHENOTYPE_TEXT,
  RESULT_CODES,
  RESULT_TEXT,
  UNITS,
  type ObservationKind,
  type Phenotype,
} from '../content/fhir-codes.js';
import { LABELS, LIMITS, type Antibody, type TpmtStatus } from '../content/inputs.js';
import { addDays, formatShortDate } from './dates.js';
import { conceptTexts, exactDay, fhirDays, hasCoding, label, printable, quantityUnit, words, type DayRange, type RecordItem } from './fhir-read.js';
import type { ObservationRead, QuantityRead } from './fhir-schemas.js';
import type { PrefillContext } from './fhir-context.js';
import type { PrefillVisit, Provenance } from './fhir-types.js';
import { formatNumber } from './format.js';
import { clean, roundTo } from './numbers.js';
import type { DoseInput, PathwayInput } from './types.js';

/** One observation of a kind, read: its status and the days its effective date stands for. */
interface Obs {
  item: RecordItem;
  obs: ObservationRead;
  provisional: boolean;
  /** Undefined when it has no effective date. */
  days?: DayRange;
}

/** A reading ready to use: the observation, its exact day (when it has one) and the value. */
interface Reading<T> {
  o: Obs;
  day?: string;
  value: T;
}

const warn = (ctx: PrefillContext, field: string, item: RecordItem | undefined, code: string, message: string) =>
  ctx.notices.push({ level: 'warning', code, message, field, ...(item && { resource: label(item) }) });
const info = (ctx: PrefillContext, field: string, code: string, message: string) =>
  ctx.notices.push({ level: 'info', code, message, field });

const provenanceOf = (r: { o: Obs; day?: string }, extra: Partial<Provenance> = {}): Provenance => ({
  resourceType: 'Observation',
  id: r.o.item.id,
  ...((r.day ?? exactDayOf(r.o)) && { effective: r.day ?? exactDayOf(r.o) }),
  ...extra,
});
const exactDayOf = (o: Obs) => (o.days && o.days.from === o.days.to ? o.days.from : undefined);
const when = (day: string | undefined) => (day ? `, ${formatShortDate(day)}` : '');
const effectiveOf = (obs: ObservationRead) =>
  obs.effectiveDateTime ?? obs.effectiveInstant ?? obs.effectivePeriod?.end ?? obs.effectivePeriod?.start;

/**
 * The observations of one kind (by code) with their status and dates checked: future-dated
 * ones and those with an undefined status or an unreadable date are reported under `field` and
 * left out; entered-in-error, cancelled and registered ones are left out without a word.
 * (Observations that are not valid FHIR were reported when the record was read.)
 */
function observationsOf(ctx: PrefillContext, kind: ObservationKind, field: string): Obs[] {
  const codes = ctx.codes[kind];
  if (!codes.length) return [];
  const out: Obs[] = [];
  for (const { item, read: obs } of ctx.observations) {
    if (!hasCoding(obs.code, codes)) continue;
    const status = obs.status === undefined ? 'unknown' : obs.status;
    const use = Object.prototype.hasOwnProperty.call(OBSERVATION_STATUS, status)
      ? OBSERVATION_STATUS[status as keyof typeof OBSERVATION_STATUS]
      : undefined;
    if (use === 'ignored') continue;
    if (use === undefined) {
      warn(ctx, field, item, 'fhir-unreadable', `${label(item)} has the status "${printable(status, 30)}", which FHIR R4 does not define: not used.`);
      continue;
    }
    const effective = effectiveOf(obs);
    const days = effective === undefined ? undefined : fhirDays(effective);
    if (effective !== undefined && !days) {
      warn(ctx, field, item, 'fhir-unreadable', `${label(item)} has an effective date that cannot be read ("${printable(effective, 40)}"): not used.`);
      continue;
    }
    if (days && days.from > ctx.today) {
      warn(ctx, field, item, 'fhir-future', `${label(item)} is dated ${days.from}, after today (${ctx.today}): not used.`);
      continue;
    }
    out.push({ item, obs, provisional: use === 'provisional', ...(days && { days }) });
  }
  return out;
}

/** Readings that need an exact day (weights, heights, CK): the others are reported. */
function dated<T>(ctx: PrefillContext, field: string, readings: Reading<T>[]): Required<Reading<T>>[] {
  const out: Required<Reading<T>>[] = [];
  for (const r of readings) {
    const day = exactDayOf(r.o);
    if (!day) {
      const why = r.o.days ? 'a date without the day' : 'no effective date';
      warn(ctx, field, r.o.item, 'fhir-unreadable', `${label(r.o.item)} has ${why}, so it cannot be placed in time: not used.`);
      continue;
    }
    out.push({ ...r, day });
  }
  return out;
}

/** The number of a Quantity in one of `units`, or a reason it cannot be read. */
function quantityIn<U extends string>(
  q: QuantityRead | undefined,
  units: Record<U, { ucum: readonly string[]; text: readonly string[] }>,
): { ok: true; value: number; unit: U } | { ok: false; why: string } {
  if (!q || q.value === undefined) return { ok: false, why: 'has no value' };
  if (q.comparator !== undefined) return { ok: false, why: `gives a bound ("${printable(q.comparator, 4)}"), not a measured value` };
  const unit = quantityUnit(q, units);
  if (unit === 'unknown') {
    const shown = [q.code, q.unit].filter((u) => u !== undefined).map((u) => `"${printable(u!, 20)}"`);
    return { ok: false, why: shown.length ? `is in a unit that is not read here (${shown.join(', ')})` : 'has no unit' };
  }
  return { ok: true, value: q.value, unit };
}

/** The reading(s) of the latest day: one value, or a conflict between different values. */
function latestOf<T>(readings: Required<Reading<T>>[], key: (v: T) => string): { chosen?: Required<Reading<T>>; conflict?: Required<Reading<T>>[] } {
  if (!readings.length) return {};
  const last = readings.reduce((a, b) => (b.day > a.day ? b : a)).day;
  const onLast = readings.filter((r) => r.day === last);
  const values = new Set(onLast.map((r) => key(r.value)));
  if (values.size > 1) return { conflict: onLast };
  // Prefer a final result to a preliminary one of the same value.
  return { chosen: onLast.find((r) => !r.o.provisional) ?? onLast[0] };
}

const conflictList = <T>(rs: Required<Reading<T>>[], show: (v: T) => string) =>
  rs.map((r) => `${label(r.o.item)} ${show(r.value)}`).join(', ');

function provisionalNotice(ctx: PrefillContext, field: string, o: Obs, what: string) {
  if (!o.provisional) return;
  warn(ctx, field, o.item, 'fhir-preliminary', `The ${what} from the record (${label(o.item)}) is not a final result (status ${printable(o.obs.status ?? 'missing', 20)}): check it.`);
}

/** The latest body weight, in kg (content-spec §6.1): pounds converted once, to 2 decimals. */
export function readWeight(ctx: PrefillContext, doses: Partial<DoseInput>): void {
  const field = 'doses.weight';
  const readings: Reading<{ kg: number; lb?: number }>[] = [];
  for (const o of observationsOf(ctx, 'weight', field)) {
    const q = quantityIn(o.obs.valueQuantity, UNITS.weight);
    if (!q.ok) {
      warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (body weight) ${q.why}: not used.`);
      continue;
    }
    if (!(q.value > 0)) {
      warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (body weight) is not a positive number: not used.`);
      continue;
    }
    // As the dose core converts a weight typed in pounds: once, to kg with two decimals.
    const kg = q.unit === 'lb' ? roundTo(q.value * LIMITS.kgPerLb, 2) : clean(q.value);
    readings.push({ o, value: q.unit === 'lb' ? { kg, lb: q.value } : { kg } });
  }
  const { chosen, conflict } = latestOf(dated(ctx, field, readings), (v) => String(roundTo(v.kg, 2)));
  if (conflict) {
    warn(ctx, field, undefined, 'fhir-conflict', `Different body weights on ${formatShortDate(conflict[0].day)} (${conflictList(conflict, (v) => `${formatNumber(v.kg)} kg`)}): no weight filled in; check the record.`);
    return;
  }
  if (!chosen) return;
  const maxAge = ctx.config.fhir.weightMaxAgeDays;
  const stale = chosen.day < addDays(ctx.today, -maxAge);
  doses.weight = chosen.value.kg;
  doses.weightUnit = 'kg';
  ctx.provenance[field] = provenanceOf(chosen, stale ? { stale: true } : {});
  if (chosen.value.lb !== undefined) {
    info(ctx, field, 'fhir-weight-converted', `The record gives the weight in pounds: ${formatNumber(chosen.value.lb)} lb = ${formatNumber(chosen.value.kg)} kg (${label(chosen.o.item)}).`);
  }
  if (stale) {
    warn(ctx, field, chosen.o.item, 'fhir-weight-stale', `The latest weight in the record (${formatNumber(chosen.value.kg)} kg, ${formatShortDate(chosen.day)}) is more than ${maxAge} days old: weigh the patient.`);
  }
  provisionalNotice(ctx, field, chosen.o, 'weight');
  info(ctx, field, 'fhir-weight-not-confirmed', 'A weight from the record never counts as confirmed: confirming an unusual weight is the clinician’s act.');
}

/** The latest body height, in cm (inches converted once, to 2 decimals). */
export function readHeight(ctx: PrefillContext, doses: Partial<DoseInput>): void {
  const field = 'doses.heightCm';
  const readings: Reading<{ cm: number; inches?: number }>[] = [];
  for (const o of observationsOf(ctx, 'height', field)) {
    const q = quantityIn(o.obs.valueQuantity, UNITS.height);
    if (!q.ok || !(q.value > 0)) {
      warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (body height) ${q.ok ? 'is not a positive number' : q.why}: not used.`);
      continue;
    }
    const cm = q.unit === 'in' ? roundTo(q.value * LIMITS.cmPerInch, 2) : clean(q.value);
    readings.push({ o, value: q.unit === 'in' ? { cm, inches: q.value } : { cm } });
  }
  const { chosen, conflict } = latestOf(dated(ctx, field, readings), (v) => String(roundTo(v.cm, 2)));
  if (conflict) {
    warn(ctx, field, undefined, 'fhir-conflict', `Different body heights on ${formatShortDate(conflict[0].day)} (${conflictList(conflict, (v) => `${formatNumber(v.cm)} cm`)}): no height filled in; check the record.`);
    return;
  }
  if (!chosen) return;
  doses.heightCm = chosen.value.cm;
  ctx.provenance[field] = provenanceOf(chosen);
  if (chosen.value.inches !== undefined) {
    info(ctx, field, 'fhir-height-converted', `The record gives the height in inches: ${formatNumber(chosen.value.inches)} in = ${formatNumber(chosen.value.cm)} cm (${label(chosen.o.item)}).`);
  }
  provisionalNotice(ctx, field, chosen.o, 'height');
}

/** The upper limit of normal of a CK result (U/L), or why there is none to use. */
function ckUln(obs: ObservationRead): { uln?: number; why?: string } {
  const highs = (obs.referenceRange ?? []).map((r) => r.high).filter((h): h is QuantityRead => h !== undefined);
  if (!highs.length) return {};
  const values = new Set<number>();
  for (const high of highs) {
    if (high.value === undefined || !(high.value > 0)) return { why: 'its reference range has an upper limit without a positive value' };
    // A limit written without a unit is in the result's unit.
    const q = high.code === undefined && high.unit === undefined ? { ...high, unit: 'U/L' } : high;
    const read = quantityIn(q, UNITS.ck);
    if (!read.ok) return { why: `its reference range's upper limit ${read.why}` };
    values.add(read.value);
  }
  if (values.size > 1) return { why: 'its reference ranges give different upper limits' };
  return { uln: [...values][0] };
}

/** One visit per CK date (content-spec §6.1), sorted by date; conflicting dates are left out. */
export function readCkVisits(ctx: PrefillContext): PrefillVisit[] {
  const field = 'visits';
  const readings: Reading<{ ck: number; uln?: number }>[] = [];
  for (const o of observationsOf(ctx, 'ck', field)) {
    const q = quantityIn(o.obs.valueQuantity, UNITS.ck);
    if (!q.ok || q.value < 0) {
      warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (creatine kinase) ${q.ok ? 'is negative' : q.why}: not used.`);
      continue;
    }
    const { uln, why } = ckUln(o.obs);
    if (why) warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (creatine kinase): ${why}, so no upper limit of normal is taken from it.`);
    readings.push({ o, value: { ck: clean(q.value), ...(uln !== undefined && { uln: clean(uln) }) } });
  }
  const byDay = new Map<string, Required<Reading<{ ck: number; uln?: number }>>[]>();
  for (const r of dated(ctx, field, readings)) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  const visits: PrefillVisit[] = [];
  const sources: { ck: Required<Reading<unknown>>; uln?: Required<Reading<unknown>> }[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const rs = byDay.get(day)!;
    if (new Set(rs.map((r) => r.value.ck)).size > 1) {
      warn(ctx, field, undefined, 'fhir-conflict', `Different CK results on ${formatShortDate(day)} (${conflictList(rs, (v) => `${formatNumber(v.ck)} U/L`)}): that date is left out; check the record.`);
      continue;
    }
    const chosen = rs.find((r) => !r.o.provisional) ?? rs[0];
    const ulns = new Set(rs.map((r) => r.value.uln).filter((u) => u !== undefined));
    const visit: PrefillVisit = { date: day, ck: chosen.value.ck };
    let ulnSource: Required<Reading<unknown>> | undefined;
    if (ulns.size > 1) {
      warn(ctx, field, undefined, 'fhir-conflict', `The CK results of ${formatShortDate(day)} give different upper limits of normal: none is filled in for that date.`);
    } else if (ulns.size === 1) {
      visit.ckUln = [...ulns][0];
      ulnSource = chosen.value.uln !== undefined ? chosen : rs.find((r) => r.value.uln !== undefined);
    }
    provisionalNotice(ctx, field, chosen.o, `CK of ${formatShortDate(day)}`);
    visits.push(visit);
    sources.push({ ck: chosen, ...(ulnSource && { uln: ulnSource }) });
  }
  sources.forEach((s, i) => {
    ctx.provenance[`visits[${i}].ck`] = provenanceOf(s.ck);
    if (s.uln) ctx.provenance[`visits[${i}].ckUln`] = provenanceOf(s.uln);
  });
  return visits;
}

type Result = 'positive' | 'negative';

/**
 * A qualitative result: SNOMED CT or v3 ObservationInterpretation codes (RESULT_CODES) in
 * valueCodeableConcept or interpretation, or a text that is exactly one of RESULT_TEXT
 * (valueString, a concept's text or a coding's display). Undefined when nothing says it, or
 * when the observation says both.
 */
function qualitativeResult(obs: ObservationRead): Result | undefined {
  const votes = new Set<Result>();
  const concepts = [obs.valueCodeableConcept, ...(obs.interpretation ?? [])];
  for (const result of ['positive', 'negative'] as const) {
    if (concepts.some((c) => hasCoding(c, RESULT_CODES[result]))) votes.add(result);
    const texts = [...concepts.flatMap(conceptTexts), ...(obs.valueString !== undefined ? [obs.valueString] : [])];
    if (texts.some((t) => (RESULT_TEXT[result] as readonly string[]).includes(words(t)))) votes.add(result);
  }
  return votes.size === 1 ? [...votes][0] : undefined;
}

/** The result of one antibody: agreed by every readable observation, or a conflict. */
function antibodyOf(ctx: PrefillContext, kind: 'hmgcr' | 'srp'): { result?: Result; source?: Obs; conflict?: boolean } {
  const field = 'pathway.antibody';
  const name = kind === 'hmgcr' ? LABELS.antibody['anti-hmgcr'] : LABELS.antibody['anti-srp'];
  const results: { o: Obs; result: Result }[] = [];
  for (const o of observationsOf(ctx, kind, field)) {
    const result = qualitativeResult(o.obs);
    if (!result) {
      warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (${name}) does not say positive or negative in a way read here (a coded result, or the text "positive", "negative", "detected" or "not detected"): not used.`);
      continue;
    }
    results.push({ o, result });
  }
  if (!results.length) return {};
  if (new Set(results.map((r) => r.result)).size > 1) {
    const list = results.map((r) => `${label(r.o.item)} ${r.result}`).join(', ');
    warn(ctx, field, undefined, 'fhir-conflict', `The ${name} results in the record disagree (${list}): not used; check the record.`);
    return { conflict: true };
  }
  // The latest dated observation (or the first) is the one named.
  const source = results.map((r) => r.o).reduce((a, b) => ((b.days?.to ?? '') > (a.days?.to ?? '') ? b : a));
  return { result: results[0].result, source };
}

/**
 * The antibody input (content-spec §6.1): both negative → seronegative; exactly one positive →
 * that antibody; both positive → pending with a warning; one negative and the other absent (or
 * conflicting), or none → pending. Left unset (so pending) when the record has no readable
 * antibody result at all.
 */
export function readAntibody(ctx: PrefillContext, pathway: Partial<PathwayInput>): void {
  const field = 'pathway.antibody';
  const h = antibodyOf(ctx, 'hmgcr');
  const s = antibodyOf(ctx, 'srp');
  // Nothing read (none, or only results that disagree, already reported): left to its default, pending.
  if (!h.result && !s.result) return;
  const describe = (r: { result?: Result; source?: Obs }, name: string) =>
    r.result && r.source ? `${name} ${r.result} (${label(r.source.item)}${when(exactDayOf(r.source))})` : `${name} not read`;
  const summary = `${describe(h, LABELS.antibody['anti-hmgcr'])}; ${describe(s, LABELS.antibody['anti-srp'])}`;
  let antibody: Antibody = 'pending';
  let source: Obs | undefined;
  if (h.result === 'positive' && s.result === 'positive') {
    warn(ctx, field, undefined, 'fhir-antibody-both-positive', `The record has both antibodies positive (${summary}): left as pending; check the results with the laboratory.`);
    source = h.source;
  } else if (h.result === 'positive') {
    antibody = 'anti-hmgcr';
    source = h.source;
  } else if (s.result === 'positive') {
    antibody = 'anti-srp';
    source = s.source;
  } else if (h.result === 'negative' && s.result === 'negative') {
    antibody = 'seronegative';
    source = [h.source!, s.source!].reduce((a, b) => ((b.days?.to ?? '') > (a.days?.to ?? '') ? b : a));
    info(ctx, field, 'fhir-antibodies', `Antibodies from the record: ${summary}.`);
  } else {
    source = h.source ?? s.source;
    info(ctx, field, 'fhir-antibody-incomplete', `Antibodies from the record: ${summary}. Both results are needed to call it seronegative: left as pending.`);
  }
  pathway.antibody = antibody;
  if (source) ctx.provenance[field] = provenanceOf({ o: source });
}

/** A TPMT or NUDT15 phenotype written as text: "TPMT Poor Metabolizer" → poor. */
export function phenotypeOf(text: string): Phenotype | undefined {
  const w = words(text)
    .replace(/^(tpmt|nudt15)\b\s*:?\s*/, '')
    .replace(/\s*\b(metabolizer|metaboliser)( phenotype)?$/, '');
  return (PHENOTYPE_TEXT as readonly string[]).includes(w) ? (w as Phenotype) : undefined;
}

function phenotypeResult(ctx: PrefillContext, kind: 'tpmt' | 'nudt15'): { phenotype?: Phenotype; source?: Obs } {
  const field = 'doses.tpmt';
  const name = kind.toUpperCase();
  const found: { o: Obs; phenotype: Phenotype }[] = [];
  for (const o of observationsOf(ctx, kind, field)) {
    const texts = [...conceptTexts(o.obs.valueCodeableConcept), ...(o.obs.valueString !== undefined ? [o.obs.valueString] : [])];
    const phenotypes = new Set(texts.map(phenotypeOf).filter((p) => p !== undefined));
    if (phenotypes.size !== 1) {
      warn(ctx, field, o.item, 'fhir-unreadable', `${label(o.item)} (${name}) does not give one phenotype read here (normal, intermediate or poor metaboliser): not used.`);
      continue;
    }
    found.push({ o, phenotype: [...phenotypes][0]! });
  }
  if (!found.length) return {};
  if (new Set(found.map((f) => f.phenotype)).size > 1) {
    warn(ctx, field, undefined, 'fhir-conflict', `The ${name} results in the record disagree (${found.map((f) => `${label(f.o.item)} ${f.phenotype}`).join(', ')}): not used; check the record.`);
    return {};
  }
  const source = found.map((f) => f.o).reduce((a, b) => ((b.days?.to ?? '') > (a.days?.to ?? '') ? b : a));
  return { phenotype: found[0].phenotype, source };
}

/**
 * The dose input's `tpmt` from the institution's TPMT and NUDT15 codes: any poor → poor; both
 * known → normal, intermediate (one) or intermediate-both; one missing → unknown (azathioprine
 * waits for both results, content-spec §4.2). Unset when the record has neither.
 */
export function readTpmt(ctx: PrefillContext, doses: Partial<DoseInput>): void {
  const field = 'doses.tpmt';
  const t = phenotypeResult(ctx, 'tpmt');
  const n = phenotypeResult(ctx, 'nudt15');
  if (!t.phenotype && !n.phenotype) return;
  let tpmt: TpmtStatus;
  if (t.phenotype === 'poor' || n.phenotype === 'poor') tpmt = 'poor';
  else if (!t.phenotype || !n.phenotype) tpmt = 'unknown';
  else if (t.phenotype === 'intermediate' && n.phenotype === 'intermediate') tpmt = 'intermediate-both';
  else if (t.phenotype === 'intermediate' || n.phenotype === 'intermediate') tpmt = 'intermediate';
  else tpmt = 'normal';
  doses.tpmt = tpmt;
  const source =
    tpmt === 'poor' ? (t.phenotype === 'poor' ? t.source : n.source) : [t.source, n.source].filter((o): o is Obs => o !== undefined).reduce((a, b) => ((b.days?.to ?? '') > (a.days?.to ?? '') ? b : a));
  if (source) ctx.provenance[field] = provenanceOf({ o: source });
  if (tpmt === 'unknown') {
    const missing = t.phenotype ? 'NUDT15' : 'TPMT';
    info(ctx, field, 'fhir-tpmt-incomplete', `The record has the ${missing === 'TPMT' ? 'NUDT15' : 'TPMT'} result but no ${missing} result: TPMT/NUDT15 status left as unknown.`);
  }
}
