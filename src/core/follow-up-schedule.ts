/**
 * The drug-safety blood-test schedule (content-spec §5.5; the BSR 2017 schedule, bsr-dmard-2017).
 * Per drug from R = the later of its start and its last dose increase: R + 2, 4 and 6 weeks; then
 * R + 6 weeks + 1, 2 and 3 calendar months (same day of the month, or the month's last day); then
 * every 12 weeks after the last monthly date. The next due date is the earliest scheduled date,
 * over the listed drugs, after the latest visit with any blood result (CK does not count) — or,
 * with no such visit, after the earliest start date.
 */
import { BLOODS_SCHEDULE, DRUG_LABELS, LAB_FIELDS, type MonitoredDrug } from '../content/follow-up-rules.js';
import { addDays, addMonths, daysBetween, formatShortDate } from './dates.js';
import type { FollowUpDrug, NextBloods, Visit } from './follow-up-types.js';

export type SchedulePhase = keyof typeof BLOODS_SCHEDULE.phases;

/** R: the later of the start and the last dose increase. */
export const restartDate = (drug: FollowUpDrug): string =>
  drug.lastIncrease !== undefined && drug.lastIncrease > drug.started ? drug.lastIncrease : drug.started;

/**
 * The fixed part of a drug's schedule from R: the fortnightly and monthly dates, and the last
 * monthly date from which the 12-weekly dates run. Dates past 9999 are left out.
 */
export function scheduleFrom(r: string): { fortnightly: string[]; monthly: string[] } {
  const weeks = BLOODS_SCHEDULE.fortnightlyWeeks;
  const fortnightly = weeks.map((w) => addDays(r, w * 7));
  const stable = addDays(r, weeks[weeks.length - 1] * 7);
  const monthly = BLOODS_SCHEDULE.monthlyMonths.map((m) => (stable ? addMonths(stable, m) : ''));
  return { fortnightly: fortnightly.filter(Boolean), monthly: monthly.filter(Boolean) };
}

/** The first scheduled date of one drug strictly after `after`, and the phase it belongs to. */
export function nextForDrug(drug: FollowUpDrug, after: string): { date: string; phase: SchedulePhase } | undefined {
  const r = restartDate(drug);
  const { fortnightly, monthly } = scheduleFrom(r);
  const f = fortnightly.find((d) => d > after);
  if (f) return { date: f, phase: 'fortnightly' };
  const m = monthly.find((d) => d > after);
  if (m) return { date: m, phase: 'monthly' };
  if (monthly.length < BLOODS_SCHEDULE.monthlyMonths.length) return undefined;
  const last = monthly[monthly.length - 1];
  const every = BLOODS_SCHEDULE.thenEveryWeeks * 7;
  const k = Math.floor(daysBetween(last, after) / every) + 1;
  const date = Number.isSafeInteger(k) && k >= 1 ? addDays(last, k * every) : '';
  return date ? { date, phase: 'twelveWeekly' } : undefined;
}

/** Any blood result in the visit (any field of the labs row; CK does not count). */
export const hasBloods = (visit: Visit) => LAB_FIELDS.some((f) => visit[f] !== undefined);

function drugReason(drug: FollowUpDrug, phase: SchedulePhase): string {
  const r = restartDate(drug);
  const since = r === drug.started ? `started ${formatShortDate(r)}` : `dose increased ${formatShortDate(r)}`;
  return `${DRUG_LABELS[drug.drug]} (${since}): ${BLOODS_SCHEDULE.phases[phase]}`;
}

/** The next due date over the listed drugs (visits in date order), or undefined without drugs. */
export function nextBloods(visits: readonly Visit[], drugs: readonly FollowUpDrug[], today?: string): NextBloods | undefined {
  if (!drugs.length) return undefined;
  const withBloods = visits.filter(hasBloods);
  const after = withBloods.length
    ? withBloods[withBloods.length - 1].date
    : drugs.map((d) => d.started).reduce((a, b) => (b < a ? b : a));
  const next = drugs
    .map((drug) => ({ drug, next: nextForDrug(drug, after) }))
    .filter((x): x is { drug: FollowUpDrug; next: { date: string; phase: SchedulePhase } } => x.next !== undefined);
  if (!next.length) return undefined;
  const date = next.map((x) => x.next.date).reduce((a, b) => (b < a ? b : a));
  const due = next.filter((x) => x.next.date === date);
  return {
    date,
    reason: `${BLOODS_SCHEDULE.name}: ${due.map((x) => drugReason(x.drug, x.next.phase)).join('; ')}`,
    drugs: due.map((x) => x.drug.drug as MonitoredDrug),
    overdue: today !== undefined && date < today,
  };
}
