/**
 * The Total Improvement Score (content-spec §5.3; aggarwal-2017, rider-2017 Table 3): each core
 * set measure's absolute % improvement from baseline, its points by band, the total and the
 * response category. Every number comes from TIS_RULES.
 */
import { TIS_MEASURES, TIS_RULES, type MmtMax, type TisCategory, type TisMeasure } from '../content/follow-up-rules.js';
import { clean, roundTo } from './numbers.js';
import type { TisMeasureResult, Visit, VisitAssessment } from './follow-up-types.js';

/**
 * The band of a % improvement already rounded to 2 decimals: bands are closed on the right, so a
 * value equal to an upper end stays in that band (exactly 5 % is band 0, 5.01 % band 1).
 */
export function tisBand(pct: number, upperEnds: readonly number[]): number {
  const i = upperEnds.findIndex((end) => pct <= end);
  return i < 0 ? upperEnds.length : i;
}

/** The adult response category of a total: minimal ≥ 20, moderate ≥ 40, major ≥ 60. */
export function tisCategory(total: number): TisCategory {
  return TIS_RULES.thresholds.find((t) => total >= t.min)?.category ?? 'none';
}

/** The measure's value at a visit (CK in U/L). */
const value = (visit: Visit, measure: TisMeasure): number | undefined => visit[measure];

/** A measure's range: MMT-8 `mmtMax`; CK 15 × the baseline visit's ULN; the others from the table. */
function measureRange(measure: TisMeasure, baseline: Visit, mmtMax: MmtMax): number | undefined {
  if (measure === 'mmt8') return mmtMax;
  if (measure === 'ck') return baseline.ckUln === undefined ? undefined : TIS_RULES.ranges.ckTimesUln * baseline.ckUln;
  return TIS_RULES.ranges[measure];
}

/**
 * The % improvement of one measure from baseline to a visit, rounded to 2 decimals (negative when
 * worse); undefined when either value (or the baseline ULN for CK) is missing.
 */
export function improvementPct(measure: TisMeasure, baseline: Visit, visit: Visit, mmtMax: MmtMax): number | undefined {
  const b = value(baseline, measure);
  const v = value(visit, measure);
  const range = measureRange(measure, baseline, mmtMax);
  if (b === undefined || v === undefined || range === undefined || !(range > 0)) return undefined;
  const improvement = clean(TIS_RULES.higherIsBetter.includes(measure) ? v - b : b - v);
  return roundTo((improvement * 100) / range, TIS_RULES.decimals);
}

/** The score at a follow-up visit, or undefined unless all six measures are present at baseline and at the visit. */
export function totalImprovementScore(baseline: Visit, visit: Visit, mmtMax: MmtMax): VisitAssessment['tis'] {
  const measures: TisMeasureResult[] = [];
  for (const measure of TIS_MEASURES) {
    const pct = improvementPct(measure, baseline, visit, mmtMax);
    if (pct === undefined) return undefined;
    const bands = measure === 'mmt8' ? TIS_RULES.bands.mmt8 : TIS_RULES.bands.standard;
    measures.push({ measure, improvementPct: pct, points: TIS_RULES.points[measure][tisBand(pct, bands)] });
  }
  const total = clean(measures.reduce((sum, m) => sum + m.points, 0));
  return { total, category: tisCategory(total), measures };
}
