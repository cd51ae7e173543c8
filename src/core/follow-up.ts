/**
 * assessFollowUp: the follow-up visits of content-spec §5 → per visit the CK and MMT-8 changes,
 * the Total Improvement Score, deterioration and blood-test flags; the next safety blood tests;
 * glucocorticoid exposure prompts. Total: any input gives a result, never a throw. The first visit
 * by date is the baseline. planTaper and the notes are re-exported from here.
 */
import {
  BLOODS_SCHEDULE,
  CK_RULES,
  DETERIORATION_RULES,
  EXPOSURE_RULES,
  LAB_FIELDS,
  LAB_RULES_TEXT,
  TIS_RULES,
} from '../content/follow-up-rules.js';
import type { SourceId } from '../content/sources.js';
import { CONTENT_VERSION } from '../content/version.js';
import { configNotices, resolveConfig } from './config.js';
import { formatShortDate } from './dates.js';
import { exposureNotices } from './follow-up-exposure.js';
import { parseFollowUpInput } from './follow-up-input.js';
import { labFlags } from './follow-up-labs.js';
import { nextBloods } from './follow-up-schedule.js';
import { totalImprovementScore } from './follow-up-tis.js';
import { formatNumber } from './format.js';
import { clean, roundTo } from './numbers.js';
import type { FollowUpResult, MmtMax, Visit, VisitAssessment } from './follow-up-types.js';
import type { Notice } from './types.js';

export { planTaper } from './taper.js';
export { followUpNote, taperNote } from './follow-up-note.js';

const D = CK_RULES.decimals;

/** (CK − CK₀) / CK₀ × 100 to 2 decimals; undefined when the earlier CK is 0 or absent. */
function changePct(earlier: number | undefined, now: number): number | undefined {
  if (earlier === undefined || !(earlier > 0)) return undefined;
  const pct = roundTo(((now - earlier) * 100) / earlier, D);
  // A vanishingly small earlier value (a denormal) would give Infinity: no percentage then.
  return Number.isFinite(pct) ? pct : undefined;
}

function ckAssessment(visit: Visit, baseline: Visit, previous: Visit | undefined): VisitAssessment['ck'] {
  if (visit.ck === undefined || visit.ckUln === undefined) return undefined;
  const ck: NonNullable<VisitAssessment['ck']> = { timesUln: roundTo(visit.ck / visit.ckUln, D) };
  if (previous === undefined) return ck; // the baseline visit itself
  const fromBaseline = changePct(baseline.ck, visit.ck);
  const fromPrevious = changePct(previous.ck, visit.ck);
  if (fromBaseline !== undefined) ck.changeFromBaselinePct = fromBaseline;
  if (fromPrevious !== undefined) ck.changeFromPreviousPct = fromPrevious;
  return ck;
}

function mmtAssessment(visit: Visit, baseline: Visit, mmtMax: MmtMax): VisitAssessment['mmt8'] {
  if (visit.mmt8 === undefined || baseline.mmt8 === undefined) return undefined;
  const change = clean(visit.mmt8 - baseline.mmt8);
  return { changeFromBaseline: change, changeFromBaselinePct: roundTo((change * 100) / mmtMax, D) };
}

/**
 * The deterioration rule at one follow-up visit (content-spec §5.4): physician global activity
 * at least 2 cm worse than baseline and MMT-8 at least 20 % worse relative to the baseline
 * MMT-8 (compared after rounding to 2 decimals; not assessable when the baseline MMT-8 is 0).
 */
export function meetsDeterioration(visit: Visit, baseline: Visit): boolean {
  const { physicianGlobal: pg, mmt8 } = visit;
  const { physicianGlobal: pg0, mmt8: mmt0 } = baseline;
  if (pg === undefined || pg0 === undefined || mmt8 === undefined || mmt0 === undefined || !(mmt0 > 0)) return false;
  const worseCm = clean(pg - pg0);
  const worsePct = roundTo(((mmt0 - mmt8) * 100) / mmt0, D);
  return worseCm >= DETERIORATION_RULES.physicianGlobalWorseCm && worsePct >= DETERIORATION_RULES.mmt8WorsePct;
}

const copy = (n: Notice): Notice => ({ level: n.level, code: n.code, message: n.message });

export function assessFollowUp(input: unknown, config?: unknown): FollowUpResult {
  try {
    const resolution = resolveConfig(config);
    const cfg = resolution.config;
    const parsed = parseFollowUpInput(input, cfg.ckUlnUL);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const { input: valid, order } = parsed;
    const { visits, drugs, mmtMax, today } = valid;
    const baseline = visits[0];
    const citations = new Set<SourceId>();
    const met: boolean[] = [];

    const assessed = visits.map((visit, i): VisitAssessment => {
      const previous = i > 0 ? visits[i - 1] : undefined;
      const notices: Notice[] = [];
      const a: VisitAssessment = { date: visit.date, index: order[i], labFlags: labFlags(visits, i, cfg, drugs), notices };
      const ck = ckAssessment(visit, baseline, previous);
      if (ck) {
        a.ck = ck;
        CK_RULES.citations.forEach((c) => citations.add(c));
        // A rise from the previous visit's CK: by its % (to 2 decimals), or from 0 (no % then).
        const before = previous?.ck;
        const pct = ck.changeFromPreviousPct;
        if (before !== undefined && visit.ck !== undefined && (pct !== undefined ? pct > 0 : visit.ck > before)) {
          notices.push({
            level: 'info',
            code: 'ck-rise',
            message: CK_RULES.riseNotice(pct === undefined ? undefined : formatNumber(pct), formatNumber(before), formatNumber(visit.ck)),
          });
        }
      }
      met.push(i > 0 && meetsDeterioration(visit, baseline));
      if (i === 0) return a;
      const mmt8 = mmtAssessment(visit, baseline, mmtMax);
      if (mmt8) a.mmt8 = mmt8;
      const tis = totalImprovementScore(baseline, visit, mmtMax);
      if (tis) {
        a.tis = tis;
        TIS_RULES.citations.forEach((c) => citations.add(c));
      }
      if (met[i]) {
        a.deterioration = met[i - 1] ? 'confirmed' : 'possible';
        notices.unshift(copy(met[i - 1] ? DETERIORATION_RULES.confirmed : DETERIORATION_RULES.possible));
        DETERIORATION_RULES.citations.forEach((c) => citations.add(c));
      }
      return a;
    });

    if (drugs.length || visits.some((v) => LAB_FIELDS.some((f) => v[f] !== undefined))) {
      LAB_RULES_TEXT.citations.forEach((c) => citations.add(c));
    }
    const next = nextBloods(visits, drugs, today);
    if (next) BLOODS_SCHEDULE.citations.forEach((c) => citations.add(c));
    const exposure = exposureNotices(visits);
    for (const n of exposure) {
      const rule = n.code === EXPOSURE_RULES.pneumocystis.code ? EXPOSURE_RULES.pneumocystis : EXPOSURE_RULES.bone;
      rule.citations.forEach((c) => citations.add(c));
    }
    const warnings: Notice[] = [
      ...(next?.overdue ? [{ level: 'warning' as const, code: 'bloods-overdue', message: BLOODS_SCHEDULE.overdue(formatShortDate(next.date)) }] : []),
      ...configNotices(resolution),
    ];
    return {
      ok: true,
      // Plain objects for the caller (the parsed ones have no prototype).
      input: { ...valid, visits: visits.map((v) => ({ ...v })), drugs: drugs.map((d) => ({ ...d })) },
      visits: assessed,
      ...(next && { nextBloods: next }),
      exposure,
      warnings,
      citations: [...citations],
      contentVersion: CONTENT_VERSION,
    };
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'The follow-up input could not be read.' }] };
  }
}
