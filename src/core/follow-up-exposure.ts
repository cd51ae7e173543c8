/**
 * Glucocorticoid exposure prompts (content-spec §5.6) from the visits' `prednisoneMgPerDay`. The
 * dose between two visits is the earlier visit's dose; visits without a dose are skipped (a visit
 * for blood tests alone does not interrupt the exposure), and nothing is assumed after the last
 * visit with a dose. A run at or above a threshold lasts from its first visit to the next visit
 * with a lower dose, or to the last visit with a dose when the dose has not fallen since.
 *
 * - Pneumocystis: 15 mg/day or more for 14 days or more (eular-infection-2022).
 * - Bone: 2.5 mg/day or more over a span longer than 3 calendar months (acr-giop-2022).
 * When several runs qualify, the latest is described.
 */
import { EXPOSURE_RULES } from '../content/follow-up-rules.js';
import { addMonths, daysBetween, formatShortDate } from './dates.js';
import type { Visit } from './follow-up-types.js';
import type { Notice } from './types.js';

interface Run {
  from: string;
  to: string;
  days: number;
}

/** The runs of days at or above `minMgPerDay` (visits in date order). */
export function exposureRuns(visits: readonly Visit[], minMgPerDay: number): Run[] {
  const dosed = visits.filter((v) => v.prednisoneMgPerDay !== undefined) as (Visit & { prednisoneMgPerDay: number })[];
  const runs: Run[] = [];
  let start: string | undefined;
  for (let i = 0; i < dosed.length; i++) {
    const v = dosed[i];
    if (v.prednisoneMgPerDay >= minMgPerDay) {
      start ??= v.date;
      continue;
    }
    if (start !== undefined) runs.push({ from: start, to: v.date, days: daysBetween(start, v.date) });
    start = undefined;
  }
  if (start !== undefined) {
    const last = dosed[dosed.length - 1].date;
    runs.push({ from: start, to: last, days: daysBetween(start, last) });
  }
  return runs;
}

const span = (run: Run) => `${formatShortDate(run.from)} to ${formatShortDate(run.to)}, ${run.days} days`;

export function exposureNotices(visits: readonly Visit[]): Notice[] {
  const notices: Notice[] = [];
  const { pneumocystis: pcp, bone } = EXPOSURE_RULES;
  const pcpRun = exposureRuns(visits, pcp.minMgPerDay).filter((r) => r.days >= pcp.minDays).pop();
  if (pcpRun) notices.push({ level: 'warning', code: pcp.code, message: pcp.message(span(pcpRun)) });
  const boneRun = exposureRuns(visits, bone.minMgPerDay)
    .filter((r) => {
      const limit = addMonths(r.from, bone.moreThanMonths);
      return limit !== '' && r.to > limit;
    })
    .pop();
  if (boneRun) notices.push({ level: 'warning', code: bone.code, message: bone.message(span(boneRun)) });
  return notices;
}
