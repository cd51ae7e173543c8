/**
 * Visits from the patient record (the `fhir` property, read once by the shared FhirController
 * through the core's prefillFromFhir) merged
 * with the visits the page gave: one visit per date. A visit of the page with the same date keeps
 * every value it has (the clinician's value wins); the record fills the CK and the ULN it lacks;
 * a record date the page does not have becomes a visit of its own. Every value that came from the
 * record carries its provenance, and a value that differs from the record says so. What the user
 * removed or cleared (`dismissed`: "2026-12-03" for a visit, "2026-12-03|ck" for one value) is not
 * filled in again. Plain functions of plain values.
 */
import { formatShortDate } from '../../core/dates.js';
import type { Prefill, Provenance } from '../../core/fhir.js';
import type { FieldError, Notice } from '../../core/types.js';
import { ownValue } from '../../core/own.js';
import { plainCopy, visitDate } from './visit-fields.js';

export const RECORD_FIELDS = ['ck', 'ckUln'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

export interface RecordValue {
  value: number;
  provenance: Provenance;
}

export interface RecordVisit {
  date: string;
  ck?: RecordValue;
  ckUln?: RecordValue;
}

export interface RecordView {
  ok: boolean;
  errors: FieldError[];
  warnings: Notice[];
  visits: RecordVisit[];
}

/** Where a shown value came from: the record (as it is), or the record and then changed here. */
export interface CellSource {
  record: RecordValue;
  changed: boolean;
}

/** The record's visits with the provenance of each value, from the prefill (undefined when no record is given). */
export function readRecord(prefill: Prefill | undefined): RecordView | undefined {
  if (prefill === undefined) return undefined;
  if (!prefill.ok) return { ok: false, errors: prefill.errors, warnings: [], visits: [] };
  const visits = prefill.visits.map((v, i): RecordVisit => {
    const out: RecordVisit = { date: v.date };
    for (const field of RECORD_FIELDS) {
      const value = v[field];
      const provenance = prefill.provenance[`visits[${i}].${field}`];
      if (typeof value === 'number' && provenance) out[field] = { value, provenance };
    }
    return out;
  });
  const warnings = prefill.warnings.map((w) => ({ level: w.level, code: w.code, message: w.message }));
  return { ok: true, errors: [], warnings, visits };
}

/** "from the record, 3 Dec 2026" words for a provenance's date. */
export const provenanceDate = (p: Provenance) => (p.effective ? formatShortDate(p.effective) : '');

export interface Merged {
  /** The visits the table shows and the core assesses, in the page's order, then the record's new dates. */
  visits: unknown[];
  /** By "row.field" ("2.ck"): the record value behind a shown value. */
  sources: Map<string, CellSource>;
}

export const sourceKey = (row: number, field: string) => `${row}.${field}`;

export function mergeVisits(own: readonly unknown[], record: RecordView | undefined, dismissed: ReadonlySet<string>): Merged {
  const sources = new Map<string, CellSource>();
  if (!record?.ok || !record.visits.length) return { visits: [...own], sources };
  const byDate = new Map(record.visits.filter((r) => !dismissed.has(r.date)).map((r) => [r.date, r]));
  const used = new Set<string>();
  const visits = own.map((item, row) => {
    const date = visitDate(item);
    const r = date === undefined ? undefined : byDate.get(date);
    if (!r || used.has(r.date)) return item;
    used.add(r.date);
    let copy: Record<string, unknown> | undefined;
    for (const field of RECORD_FIELDS) {
      const rv = r[field];
      if (!rv || dismissed.has(`${r.date}|${field}`)) continue;
      const mine = ownValue(item, field);
      if (mine === undefined) {
        copy ??= plainCopy(item) as Record<string, unknown>;
        copy[field] = rv.value;
        sources.set(sourceKey(row, field), { record: rv, changed: false });
      } else {
        sources.set(sourceKey(row, field), { record: rv, changed: !Object.is(mine, rv.value) });
      }
    }
    return copy ?? item;
  });
  for (const r of record.visits) {
    if (used.has(r.date) || dismissed.has(r.date)) continue;
    const row = visits.length;
    const visit: Record<string, unknown> = { date: r.date };
    for (const field of RECORD_FIELDS) {
      const rv = r[field];
      if (!rv || dismissed.has(`${r.date}|${field}`)) continue;
      visit[field] = rv.value;
      sources.set(sourceKey(row, field), { record: rv, changed: false });
    }
    visits.push(visit);
  }
  return { visits, sources };
}
