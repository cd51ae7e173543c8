/**
 * Reading FHIR R4 JSON a host hands over (content-spec §6.1): the resources out of a Bundle or
 * an array, FHIR dates as calendar days, codings, quantities and the words a record may use.
 * Everything is read from own properties; nothing here throws on odd input.
 */
import type { CodeRef } from '../content/fhir-codes.js';
import { FHIR_SYSTEMS } from '../content/fhir-codes.js';
import { isCalendarDate } from './dates.js';
import { isPlainObject } from './fields.js';
import { formatNumber } from './format.js';
import { hasOwn, ownCopy, ownValue } from './own.js';
import type { FieldError, Notice } from './types.js';

/**
 * A notice about the record: `field` is the input it concerns ('doses.weight',
 * 'pathway.antibody', 'visits'…), `resource` the resource it is about ('Observation/w1').
 */
export type RecordNotice = Notice & { field?: string; resource?: string };

/** One resource found in the record, with its type and id ('' when it has none). */
export interface RecordItem {
  resourceType: string;
  id: string;
  resource: Record<string, unknown>;
  /** The Bundle entry's fullUrl, when it came in a Bundle (references may use it). */
  fullUrl?: string;
}

/** Nested Bundles (a prefetch Bundle inside an array) are read this deep at most. */
const MAX_DEPTH = 4;
/** Resources read at most; the rest is reported (a record this large is not a patient's chart). */
export const MAX_RESOURCES = 10_000;

/** "Observation/w1", or "Observation (no id)": how a message names a resource. */
export function label(item: { resourceType: string; id: string }): string {
  return item.id ? `${printable(item.resourceType, 40)}/${printable(item.id, 64)}` : `${printable(item.resourceType, 40)} (no id)`;
}

/** Text from the record that is safe to echo: printable characters, at most `max` of them. */
export function printable(text: string, max = 80): string {
  const cleaned = text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, '?');
  return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}

const str = (obj: unknown, key: string): string | undefined => {
  const v = ownValue(obj, key);
  return typeof v === 'string' ? v : undefined;
};

/**
 * The resources of a FHIR R4 Bundle or an array of resources (an array may hold Bundles, and
 * `null` for a prefetch the client had no data for). Exact duplicates (the same resource type,
 * id and content, e.g. from two prefetch queries) are read once.
 */
export function collectResources(
  input: unknown,
): { ok: true; items: RecordItem[]; notices: RecordNotice[] } | { ok: false; errors: FieldError[] } {
  const isBundle = isPlainObject(input) && ownValue(input, 'resourceType') === 'Bundle';
  if (!Array.isArray(input) && !isBundle) {
    return {
      ok: false,
      errors: [
        {
          field: 'resources',
          message: 'resources must be a FHIR R4 Bundle (an object with resourceType "Bundle") or an array of FHIR resources.',
        },
      ],
    };
  }
  const items: RecordItem[] = [];
  const notices: RecordNotice[] = [];
  /** The first resource read for each "type/id", and the JSON texts of those seen twice. */
  const seen = new Map<string, { first: Record<string, unknown>; texts?: Set<string> }>();
  let skipped = 0;
  let odd = 0;

  const visit = (value: unknown, depth: number, fullUrl?: string): void => {
    if (value === null || value === undefined) return;
    const type = isPlainObject(value) ? ownValue(value, 'resourceType') : undefined;
    if (!isPlainObject(value) || typeof type !== 'string' || type === '') {
      odd++;
      return;
    }
    if (type === 'Bundle') {
      if (depth >= MAX_DEPTH) {
        odd++;
        return;
      }
      const entries = ownValue(value, 'entry');
      if (entries === undefined) return;
      if (!Array.isArray(entries)) {
        odd++;
        return;
      }
      for (let i = 0; i < entries.length; i++) {
        const entry = hasOwn(entries, i) ? entries[i] : undefined;
        if (!isPlainObject(entry)) {
          odd++;
          continue;
        }
        // An entry without a resource (a search's "outcome" link, a deleted history entry) is not a problem.
        if (hasOwn(entry, 'resource')) visit(ownValue(entry, 'resource'), depth + 1, str(entry, 'fullUrl'));
      }
      return;
    }
    if (items.length >= MAX_RESOURCES) {
      skipped++;
      return;
    }
    const id = str(value, 'id') ?? '';
    if (id) {
      // Compared as JSON only when a type and id come twice (most records never pay for it).
      const key = `${type}/${id}`;
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, { first: value });
      else {
        earlier.texts ??= new Set([JSON.stringify(ownCopy(earlier.first))]);
        const text = JSON.stringify(ownCopy(value));
        if (earlier.texts.has(text)) return;
        earlier.texts.add(text);
      }
    }
    items.push({ resourceType: type, id, resource: value, ...(fullUrl && { fullUrl }) });
  };

  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const value = hasOwn(input, i) ? input[i] : undefined;
      if (Array.isArray(value)) odd++;
      else visit(value, 1);
    }
  } else {
    visit(input, 0);
  }
  if (odd) {
    notices.push({
      level: 'warning',
      code: 'fhir-not-a-resource',
      message: `${odd} item${odd === 1 ? '' : 's'} in the record ${odd === 1 ? 'is' : 'are'} not a FHIR resource (no resourceType, or a Bundle entry that cannot be read): not read.`,
    });
  }
  if (skipped) {
    notices.push({
      level: 'warning',
      code: 'fhir-too-many-resources',
      message: `The record holds more than ${formatNumber(MAX_RESOURCES)} resources: only the first ${formatNumber(MAX_RESOURCES)} were read.`,
    });
  }
  return { ok: true, items, notices };
}

/** The calendar days a FHIR date, dateTime or instant may stand for (one day when it is exact). */
export interface DayRange {
  from: string;
  to: string;
}

const FHIR_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?)?)?)?$/;

/**
 * A FHIR date/dateTime/instant as calendar days: "2026" → 2026-01-01..2026-12-31, "2026-02" →
 * the days of February, "2026-12-03T08:00:00+11:00" → 2026-12-03. A time is read as the date
 * written (the local date where it was recorded), never shifted to another time zone.
 * Undefined when it is not a valid date (or before 1900).
 */
export function fhirDays(value: unknown): DayRange | undefined {
  if (typeof value !== 'string') return undefined;
  const m = FHIR_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d !== undefined) {
    const day = `${y}-${mo}-${d}`;
    return isCalendarDate(day) ? { from: day, to: day } : undefined;
  }
  if (mo !== undefined) {
    const first = `${y}-${mo}-01`;
    if (!isCalendarDate(first)) return undefined;
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { from: first, to: `${y}-${mo}-${String(last).padStart(2, '0')}` };
  }
  const first = `${y}-01-01`;
  return isCalendarDate(first) ? { from: first, to: `${y}-12-31` } : undefined;
}

/** The one calendar day a FHIR date stands for, or undefined when it is partial or invalid. */
export function exactDay(value: unknown): string | undefined {
  const range = fhirDays(value);
  return range && range.from === range.to ? range.from : undefined;
}

/** Whole years from `birth` to `on` (both YYYY-MM-DD); born 29 February: a year passes on 1 March in other years. */
export function yearsBetween(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

type CodingLike = { system?: string; code?: string; display?: string };
type ConceptLike = { coding?: CodingLike[]; text?: string };

/** The codings of a CodeableConcept. */
const codingsOf = (concept: ConceptLike | undefined): CodingLike[] => concept?.coding ?? [];

/** True when a coding of the concept is one of `refs` (same system, same code). */
export function hasCoding(concept: ConceptLike | undefined, refs: readonly CodeRef[]): boolean {
  return codingsOf(concept).some((c) => refs.some((r) => r.system === c.system && r.code === c.code));
}

/** True when an ATC coding of the concept starts with one of `prefixes`. */
export function hasAtc(concept: ConceptLike | undefined, prefixes: readonly string[]): boolean {
  return codingsOf(concept).some(
    (c) =>
      c.system === FHIR_SYSTEMS.atc &&
      typeof c.code === 'string' &&
      prefixes.some((p) => c.code!.trim().toUpperCase().startsWith(p.toUpperCase())),
  );
}

/** Lower case, single spaces, no surrounding spaces: how record words are compared. */
export const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The texts a concept carries: its text and each coding's display. */
export function conceptTexts(concept: ConceptLike | undefined): string[] {
  if (!concept) return [];
  return [concept.text, ...codingsOf(concept).map((c) => c.display)].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
}

type QuantityLike = { value?: number; unit?: string; system?: string; code?: string; comparator?: string };

/**
 * Which of `units` a Quantity is in: its UCUM code (when the system is UCUM or absent) and its
 * unit text must agree where both are given. 'unknown' when neither names a listed unit or
 * they disagree.
 */
export function quantityUnit<U extends string>(
  q: QuantityLike,
  units: Record<U, { ucum: readonly string[]; text: readonly string[] }>,
): U | 'unknown' {
  const names = Object.keys(units) as U[];
  const byCode =
    q.code !== undefined && (q.system === undefined || q.system === FHIR_SYSTEMS.ucum)
      ? (names.find((u) => units[u].ucum.includes(q.code!.trim())) ?? 'unknown')
      : undefined;
  const byText =
    q.unit !== undefined && q.unit.trim() !== ''
      ? (names.find((u) => units[u].text.some((t) => words(t) === words(q.unit!))) ?? 'unknown')
      : undefined;
  if (byCode === undefined && byText === undefined) return 'unknown';
  if (byCode !== undefined && byText !== undefined && byCode !== byText) {
    // A UCUM code with a display text the list does not know ("kilogram") is read by its code.
    return byText === 'unknown' && byCode !== 'unknown' ? byCode : 'unknown';
  }
  return (byCode ?? byText) as U | 'unknown';
}
