/**
 * A user's edit of the visit list as the list the `visits` property takes next: one cell, a visit
 * added, a visit removed. Pure functions of the visits shown (the page's, merged with the record's):
 * each returns the new list (plain copies, never the page's own objects) and which record values the
 * user took away, so the record does not fill them in again ("2026-12-03" for a visit,
 * "2026-12-03|ck" for one value).
 */
import { formatShortDate } from '../../core/dates.js';
import { ownValue } from '../../core/own.js';
import { RECORD_FIELDS, type RecordField } from './record.js';
import { cellValue, plainCopy, visitDate, visitName, withField, type VisitField } from './visit-fields.js';

export interface VisitEdit {
  visits: unknown[];
  /** Record values the user removed or cleared. */
  dismiss: string[];
  /** Record values the user gave back (typed again after clearing). */
  restore: string[];
}

const isRecordField = (field: VisitField): field is RecordField => (RECORD_FIELDS as readonly string[]).includes(field);

/**
 * One cell set to the text of its control (a date as it is, a number cell through cellValue), or
 * undefined when the visit already holds that value (the second event of one edit).
 */
export function editCell(
  shown: readonly unknown[],
  row: number,
  field: VisitField,
  text: string,
  fromRecord: (date: string) => boolean,
): VisitEdit | undefined {
  if (row < 0 || row >= shown.length) return undefined;
  const value = field === 'date' ? text : cellValue(text);
  if (Object.is(value, ownValue(shown[row], field))) return undefined;
  const date = visitDate(shown[row]);
  const dismiss: string[] = [];
  const restore: string[] = [];
  if (date !== undefined && fromRecord(date)) {
    if (field === 'date' && value !== date) dismiss.push(date);
    if (isRecordField(field)) (value === undefined ? dismiss : restore).push(`${date}|${field}`);
  }
  return { visits: shown.map((v, i) => (i === row ? withField(v, field, value) : plainCopy(v))), dismiss, restore };
}

/** A new visit at the end, dated `today` unless a visit already has that date (then the date is left for the user). */
export function addVisit(shown: readonly unknown[], today: string): VisitEdit & { row: number; name: string } {
  const taken = shown.some((v) => ownValue(v, 'date') === today);
  const row = shown.length;
  const visit = { date: taken ? '' : today };
  return {
    visits: [...shown.map(plainCopy), visit],
    dismiss: [],
    restore: [],
    row,
    name: taken ? visitName(visit, row) : formatShortDate(today),
  };
}

/** The visit of `row` removed. */
export function removeVisit(shown: readonly unknown[], row: number, fromRecord: (date: string) => boolean): (VisitEdit & { name: string }) | undefined {
  if (row < 0 || row >= shown.length) return undefined;
  const date = visitDate(shown[row]);
  return {
    visits: shown.filter((_, i) => i !== row).map(plainCopy),
    dismiss: date !== undefined && fromRecord(date) ? [date] : [],
    restore: [],
    name: visitName(shown[row], row),
  };
}

/** Row positions after the row `removed` was taken out (the rows below move up one). */
export function shiftRows(rows: ReadonlySet<number>, removed: number): Set<number> {
  return new Set([...rows].filter((i) => i !== removed).map((i) => (i > removed ? i - 1 : i)));
}
