/**
 * Validation of the follow-up input (content-spec §5.1): `{ visits, drugs?, mmtMax?, today? }`.
 *
 * Each visit is a flat object (see follow-up-types.ts); errors name the visit by its position in
 * the list as given: "visits[2].ck". Unknown fields are errors. Visits may come in any order and
 * are returned in date order; two visits on one date are an error on both (each message names the
 * other), because which of two same-day results is the later one cannot be known and the
 * baseline, the previous visit and the deterioration rule all depend on the order.
 */
import {
  DEFAULT_MMT_MAX,
  LAB_FIELDS,
  MMT_MAXIMA,
  MONITORED_DRUGS,
  VISIT_LIMITS,
  FOLLOW_UP_LIMITS,
  type MmtMax,
  type MonitoredDrug,
} from '../content/follow-up-rules.js';
import { isCalendarDate } from './dates.js';
import { oneOf, parseFields, type FieldSpecs } from './fields.js';
import { formatNumber } from './format.js';
import { ownValue, detached } from './own.js';
import { schemas, z } from './zod.js';
import type { FollowUpDrug, FollowUpInput, Visit } from './follow-up-types.js';
import type { FieldError } from './types.js';

const DATE_WORDS = 'a real calendar date written YYYY-MM-DD (e.g. 2026-12-01), from 1900-01-01 to 9999-12-31';
const dateSchema = () => z.string().check(z.refine((v) => isCalendarDate(v)));

type RangedField = keyof typeof VISIT_LIMITS;

function rangeMessage(field: string, limit: { min: number; max: number; unit: string; minExclusive?: boolean }): string {
  const unit = limit.unit ? ` ${limit.unit}` : '';
  return limit.minExclusive
    ? `${field} must be a number greater than ${formatNumber(limit.min)} and at most ${formatNumber(limit.max)}${unit}.`
    : `${field} must be a number from ${formatNumber(limit.min)} to ${formatNumber(limit.max)}${unit}.`;
}

const rangedSpec = (field: RangedField) => {
  const limit = VISIT_LIMITS[field] as { min: number; max: number; unit: string; minExclusive?: boolean };
  return {
    schema: z.number().check(limit.minExclusive ? z.gt(limit.min) : z.gte(limit.min), z.lte(limit.max)),
    message: rangeMessage(field, limit),
  };
};

/** The visit specs for one MMT-8 maximum, fields in table order (content-spec §5.1). */
const visitSpecs = (mmtMax: number): FieldSpecs => ({
  date: {
    schema: dateSchema(),
    message: `date must be ${DATE_WORDS}.`,
    required: `date is required: ${DATE_WORDS}.`,
  },
  ck: rangedSpec('ck'),
  ckUln: rangedSpec('ckUln'),
  mmt8: {
    schema: z.number().check(z.gte(0), z.lte(mmtMax)),
    message: `mmt8 must be a number from 0 to ${mmtMax} (mmtMax ${mmtMax}: ${mmtMax === 80 ? 'one side' : 'both sides'}).`,
  },
  physicianGlobal: rangedSpec('physicianGlobal'),
  patientGlobal: rangedSpec('patientGlobal'),
  extramuscular: rangedSpec('extramuscular'),
  haq: rangedSpec('haq'),
  prednisoneMgPerDay: rangedSpec('prednisoneMgPerDay'),
  ...Object.fromEntries(LAB_FIELDS.map((f) => [f, rangedSpec(f)])),
});

const S = schemas(() => ({
  top: {
    visits: {
      schema: z.array(z.unknown()).check(z.maxLength(FOLLOW_UP_LIMITS.maxVisits)),
      message: `visits must be a list of at most ${formatNumber(FOLLOW_UP_LIMITS.maxVisits)} visits, each an object with a date.`,
      required: 'visits is required: a list of visits, each an object with a date (the list may be empty).',
    },
    drugs: {
      schema: z.array(z.unknown()).check(z.maxLength(MONITORED_DRUGS.length)),
      message: `drugs must be a list of at most ${MONITORED_DRUGS.length} entries, one per drug: ${MONITORED_DRUGS.join(', ')}.`,
    },
    mmtMax: {
      schema: z.union([z.literal(MMT_MAXIMA[0]), z.literal(MMT_MAXIMA[1])]),
      message: 'mmtMax must be 80 (MMT-8 on one side) or 150 (both sides).',
    },
    today: { schema: dateSchema(), message: `today must be ${DATE_WORDS}.` },
  } satisfies FieldSpecs,
  visit: Object.fromEntries(MMT_MAXIMA.map((m) => [m, visitSpecs(m)])) as Record<MmtMax, FieldSpecs>,
  drug: {
    drug: { schema: z.enum(MONITORED_DRUGS), message: oneOf('drug', MONITORED_DRUGS), required: `drug is required: ${MONITORED_DRUGS.join(', ')}.` },
    started: { schema: dateSchema(), message: `started must be ${DATE_WORDS}.`, required: `started is required: ${DATE_WORDS}.` },
    lastIncrease: { schema: dateSchema(), message: `lastIncrease must be ${DATE_WORDS}.` },
  } satisfies FieldSpecs,
}));

/** Errors of one list item, with their field paths and messages naming the item ("visits[2].ck must be …"). */
function itemErrors(path: string, what: string, errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => {
    if (e.field === 'input') return { field: path, message: `${path} must be an object of named ${what} fields.` };
    const field = `${path}.${e.field}`;
    const message = e.message.startsWith(`${e.field} `) ? `${path}.${e.message}` : `${path}: ${e.message}`;
    return { field, message };
  });
}

export type ParsedFollowUp =
  | { ok: true; input: FollowUpInput; /** Position in the list as given, per sorted visit. */ order: number[] }
  | { ok: false; errors: FieldError[] };

export function parseFollowUpInput(raw: unknown, defaultCkUln?: number): ParsedFollowUp {
  const { values, errors } = parseFields(raw, S.top, 'follow-up');
  const mmtMax = (values.mmtMax as MmtMax | undefined) ?? DEFAULT_MMT_MAX;
  // With an invalid mmtMax, mmt8 is checked against the widest scale only (one error, not two).
  const visitSpecsInUse = S.visit[errors.some((e) => e.field === 'mmtMax') ? 150 : mmtMax];

  const visits: { visit: Visit; index: number }[] = [];
  const rawVisits = (values.visits as unknown[] | undefined) ?? [];
  rawVisits.forEach((item, i) => {
    const path = `visits[${i}]`;
    const parsed = parseFields(item, visitSpecsInUse, 'visit');
    const errs = itemErrors(path, 'visit', parsed.errors);
    const v = parsed.values as Record<string, unknown>;
    if (typeof v.ck === 'number' && v.ckUln === undefined && defaultCkUln === undefined && !parsed.errors.some((e) => e.field === 'ckUln')) {
      const limit = VISIT_LIMITS.ckUln;
      errs.push({
        field: `${path}.ckUln`,
        message: `${path}.ckUln is required with a CK result: the laboratory's upper limit of normal, a number from ${formatNumber(limit.min)} to ${formatNumber(limit.max)} U/L (no default ULN is configured).`,
      });
    }
    errors.push(...errs);
    if (errs.length === 0) {
      // parseFields' values have no prototype: an absent field reads as undefined, never inherited.
      const visit = v as unknown as Visit;
      if (visit.ck !== undefined && visit.ckUln === undefined) visit.ckUln = defaultCkUln;
      visits.push({ visit, index: i });
    }
  });

  // One visit per date: both visits of a date get an error naming the other.
  const byDate = new Map<string, number[]>();
  rawVisits.forEach((item, i) => {
    const date = ownValue(item, 'date');
    if (typeof date === 'string' && isCalendarDate(date) && !errors.some((e) => e.field === `visits[${i}].date`)) {
      byDate.set(date, [...(byDate.get(date) ?? []), i]);
    }
  });
  for (const [date, indexes] of byDate) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const others = indexes.filter((j) => j !== i).map((j) => `visits[${j}]`).join(', ');
      errors.push({
        field: `visits[${i}].date`,
        message: `visits[${i}].date ${date} is also the date of ${others}: one visit per date (put that day's results in one visit).`,
      });
    }
  }

  const drugs: FollowUpDrug[] = [];
  const seen = new Map<MonitoredDrug, number>();
  ((values.drugs as unknown[] | undefined) ?? []).forEach((item, i) => {
    const path = `drugs[${i}]`;
    const parsed = parseFields(item, S.drug, 'drug');
    const errs = itemErrors(path, 'drug', parsed.errors);
    const d = parsed.values as Partial<FollowUpDrug>;
    if (d.drug !== undefined) {
      const first = seen.get(d.drug);
      if (first !== undefined) {
        errs.push({
          field: `${path}.drug`,
          message: `${path}.drug ${d.drug} is already listed as drugs[${first}]: one entry per drug (give its last dose increase as lastIncrease).`,
        });
      } else {
        seen.set(d.drug, i);
      }
    }
    errors.push(...errs);
    if (errs.length === 0) drugs.push(d as FollowUpDrug);
  });

  if (errors.length) return { ok: false, errors };
  const sorted = [...visits].sort((a, b) => (a.visit.date < b.visit.date ? -1 : a.visit.date > b.visit.date ? 1 : 0));
  return {
    ok: true,
    order: sorted.map((s) => s.index),
    input: detached({
      visits: sorted.map((s) => s.visit),
      drugs,
      mmtMax,
      ...(values.today !== undefined && { today: values.today as string }),
    }),

  };
}
