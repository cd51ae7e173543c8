/**
 * Medication resources → inputs (content-spec §6.1): statin exposure (MedicationStatement,
 * MedicationRequest) and a checkpoint inhibitor now or within the window (those and
 * MedicationAdministration). Medications are recognised by their ATC codes only.
 */
import {
  MEDICATION_ADMINISTRATION_STATUS,
  MEDICATION_REQUEST_STATUS,
  MEDICATION_STATEMENT_STATUS,
  type ExposureStatus,
} from '../content/fhir-codes.js';
import { addDays, formatShortDate } from './dates.js';
import { fhirDays, hasAtc, label, printable, type DayRange, type RecordItem } from './fhir-read.js';
import { S, readResource, type ConceptRead, type MedicationUseRead } from './fhir-schemas.js';
import type { PrefillContext } from './fhir-context.js';
import type { Provenance } from './fhir-types.js';
import type { PathwayInput } from './types.js';

export const MEDICATION_USE_TYPES = ['MedicationRequest', 'MedicationStatement', 'MedicationAdministration'] as const;
export type MedicationUseType = (typeof MEDICATION_USE_TYPES)[number];

const STATUS_TABLES: Record<MedicationUseType, Record<string, ExposureStatus>> = {
  MedicationRequest: MEDICATION_REQUEST_STATUS,
  MedicationStatement: MEDICATION_STATEMENT_STATUS,
  MedicationAdministration: MEDICATION_ADMINISTRATION_STATUS,
};

/** A medication resource read, with the medication it names (absent when it cannot be found). */
export interface MedicationUse {
  item: RecordItem;
  read: MedicationUseRead;
  concept?: ConceptRead;
}

type MedicationCodeRead = Pick<MedicationUseRead, 'medicationCodeableConcept' | 'medicationReference' | 'contained'>;

/**
 * The medication a resource names: its medicationCodeableConcept, or the Medication its
 * medicationReference points to (contained "#id", "Medication/id", or a Bundle entry's
 * fullUrl). 'unresolved' when the reference points to nothing in the record.
 */
export function medicationConcept(items: readonly RecordItem[], read: MedicationCodeRead): ConceptRead | 'unresolved' | undefined {
  if (read.medicationCodeableConcept) return read.medicationCodeableConcept;
  const ref = read.medicationReference?.reference;
  if (ref === undefined) return read.medicationReference ? 'unresolved' : undefined;
  if (ref.startsWith('#')) {
    const found = (read.contained ?? []).find((c) => c.resourceType === 'Medication' && c.id === ref.slice(1));
    return found?.code ?? 'unresolved';
  }
  const m = /(?:^|\/)Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]*)?$/.exec(ref);
  const target = items.find(
    (i) => i.resourceType === 'Medication' && ((i.fullUrl !== undefined && i.fullUrl === ref) || (m !== null && i.id === m[1])),
  );
  if (!target) return 'unresolved';
  const med = readResource(S.medication, target);
  return med.ok && med.value.code ? med.value.code : 'unresolved';
}

/** What the resource's status says about exposure; undefined for a status R4 does not define. */
export function exposureOf(type: MedicationUseType, status: string | undefined): ExposureStatus | undefined {
  const table = STATUS_TABLES[type];
  if (status === undefined) return 'unknown';
  return Object.prototype.hasOwnProperty.call(table, status) ? table[status] : undefined;
}

const typeOf = (item: RecordItem) => item.resourceType as MedicationUseType;
const day = (range: DayRange | undefined) => (range && range.from === range.to ? range.from : undefined);

/** The date the resource was recorded for: when prescribed, taken from, or given. */
function recordDays(use: MedicationUse): DayRange | undefined {
  const r = use.read;
  const value =
    typeOf(use.item) === 'MedicationRequest'
      ? r.authoredOn
      : (r.effectiveDateTime ?? r.effectivePeriod?.start ?? r.effectivePeriod?.end ?? (typeOf(use.item) === 'MedicationStatement' ? r.dateAsserted : undefined));
  return fhirDays(value);
}

interface Use extends MedicationUse {
  exposure: ExposureStatus;
  days?: DayRange;
}

/**
 * The medication resources of the given types whose ATC code matches, with their exposure:
 * a status R4 does not define, an unreadable or a future date is reported under `field`;
 * resources that were never given (or entered in error) are left out.
 */
function usesOf(ctx: PrefillContext, types: readonly MedicationUseType[], atc: readonly string[], field: string, what: string): Use[] {
  const out: Use[] = [];
  for (const use of ctx.medicationUses) {
    if (!types.includes(typeOf(use.item)) || !hasAtc(use.concept, atc)) continue;
    const { item, read } = use;
    const exposure = exposureOf(typeOf(item), read.status);
    if (exposure === 'ignored') continue;
    if (exposure === undefined) {
      ctx.notices.push({
        level: 'warning',
        code: 'fhir-unreadable',
        message: `${label(item)} (${what}) has the status "${printable(read.status ?? '', 30)}", which FHIR R4 does not define: not used.`,
        field,
        resource: label(item),
      });
      continue;
    }
    const dates = [read.authoredOn, read.effectiveDateTime, read.effectivePeriod?.start, read.effectivePeriod?.end, read.dateAsserted];
    if (dates.some((d) => d !== undefined && fhirDays(d) === undefined)) {
      ctx.notices.push({ level: 'warning', code: 'fhir-unreadable', message: `${label(item)} (${what}) has a date that cannot be read: not used.`, field, resource: label(item) });
      continue;
    }
    const days = recordDays(use);
    if (days && days.from > ctx.today) {
      ctx.notices.push({
        level: 'warning',
        code: 'fhir-future',
        message: `${label(item)} (${what}) is dated ${days.from}, after today (${ctx.today}): not used.`,
        field,
        resource: label(item),
      });
      continue;
    }
    out.push({ ...use, exposure, ...(days && { days }) });
  }
  return out;
}

const provenanceOf = (use: Use): Provenance => ({
  resourceType: use.item.resourceType,
  id: use.item.id,
  ...(day(use.days) && { effective: day(use.days) }),
});
const latest = (uses: Use[]) => uses.reduce((a, b) => ((b.days?.to ?? '') > (a.days?.to ?? '') ? b : a));

/**
 * Statin exposure: an active (or on-hold) statin → current; otherwise a completed or stopped
 * one → past; none → left unset. A statin whose status the record does not know, with none
 * active, leaves it unset (unknown) with a warning rather than guessing "past".
 */
export function readStatin(ctx: PrefillContext, pathway: Partial<PathwayInput>): void {
  const field = 'pathway.statin';
  const uses = usesOf(ctx, ['MedicationRequest', 'MedicationStatement'], ctx.atc.statin, field, 'statin');
  const current = uses.filter((u) => u.exposure === 'active');
  const unknown = uses.filter((u) => u.exposure === 'unknown');
  const past = uses.filter((u) => u.exposure === 'ended');
  if (current.length) {
    pathway.statin = 'current';
    ctx.provenance[field] = provenanceOf(latest(current));
  } else if (unknown.length) {
    ctx.notices.push({
      level: 'warning',
      code: 'fhir-status-unknown',
      message: `The record has a statin whose status it does not know (${unknown.map((u) => label(u.item)).join(', ')}): statin exposure left as unknown; ask the patient.`,
      field,
    });
  } else if (past.length) {
    pathway.statin = 'past';
    ctx.provenance[field] = provenanceOf(latest(past));
  }
}

/**
 * When a checkpoint inhibitor was last given, as bounds: `lower` — given on or after this day;
 * `upper` — not given after this day.
 */
function lastGiven(use: Use): { lower?: string; upper?: string } {
  const r = use.read;
  switch (typeOf(use.item)) {
    case 'MedicationAdministration': {
      const d = fhirDays(r.effectivePeriod?.end ?? r.effectiveDateTime ?? r.effectivePeriod?.start);
      return d ? { lower: d.from, upper: d.to } : {};
    }
    case 'MedicationStatement': {
      const exact = fhirDays(r.effectivePeriod?.end ?? r.effectiveDateTime);
      if (exact) return { lower: exact.from, upper: exact.to };
      const start = fhirDays(r.effectivePeriod?.start);
      const asserted = fhirDays(r.dateAsserted);
      return { ...(start && { lower: start.from }), ...(asserted && { upper: asserted.to }) };
    }
    default: {
      // A request says when it was written, not when the drug was last given.
      const authored = fhirDays(r.authoredOn);
      return authored ? { lower: authored.from } : {};
    }
  }
}

/**
 * Checkpoint inhibitor: true when one is active, or was last given within
 * `fhir.checkpointInhibitorWindowDays` of today; false when every one in the record was
 * given before the window; unset (with a warning) when the record cannot tell.
 */
export function readCheckpointInhibitor(ctx: PrefillContext, pathway: Partial<PathwayInput>): void {
  const field = 'pathway.checkpointInhibitor';
  const windowDays = ctx.config.fhir.checkpointInhibitorWindowDays;
  const windowStart = addDays(ctx.today, -windowDays);
  const uses = usesOf(ctx, MEDICATION_USE_TYPES, ctx.atc.checkpointInhibitor, field, 'checkpoint inhibitor');
  if (!uses.length) return;
  const within: Use[] = [];
  const before: Use[] = [];
  const unclear: Use[] = [];
  for (const use of uses) {
    if (use.exposure === 'active') {
      within.push(use);
      continue;
    }
    if (use.exposure === 'unknown') {
      unclear.push(use);
      continue;
    }
    const { lower, upper } = lastGiven(use);
    if (lower !== undefined && lower >= windowStart) within.push(use);
    else if (upper !== undefined && upper < windowStart) before.push(use);
    else unclear.push(use);
  }
  if (within.length) {
    pathway.checkpointInhibitor = true;
    ctx.provenance[field] = provenanceOf(within.find((u) => u.exposure === 'active') ?? latest(within));
    return;
  }
  if (unclear.length) {
    ctx.notices.push({
      level: 'warning',
      code: 'fhir-checkpoint-inhibitor-unclear',
      message: `The record has a checkpoint inhibitor but does not say whether it is current or was last given within ${windowDays} days, since ${formatShortDate(windowStart)} (${unclear.map((u) => label(u.item)).join(', ')}): left unset; check the record.`,
      field,
    });
    return;
  }
  pathway.checkpointInhibitor = false;
  ctx.provenance[field] = provenanceOf(latest(before));
  ctx.notices.push({
    level: 'info',
    code: 'fhir-checkpoint-inhibitor-past',
    message: `The record's checkpoint inhibitor was last given before ${formatShortDate(windowStart)} (more than ${windowDays} days ago): not counted as recent.`,
    field,
  });
}

