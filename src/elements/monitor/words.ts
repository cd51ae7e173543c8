/**
 * The follow-up's numbers in words, exactly as the copied note writes them (core follow-up-note.ts):
 * what the screen shows of a visit is then in the note word for word. Formatting only.
 */
import { formatNumber } from '../../core/format.js';
import type { VisitAssessment } from '../../core/follow-up-types.js';
import { ownValue } from '../../core/own.js';

export const n = (v: number) => formatNumber(v, 2);
export const signed = (v: number) => `${v > 0 ? '+' : ''}${n(v)}`;

/** "CK 2,000 U/L (10 × ULN of 200 U/L; -25% from baseline; +10% from the previous visit)". */
export function ckWords(visit: unknown, a: VisitAssessment): string | undefined {
  const ck = ownValue(visit, 'ck');
  const uln = ownValue(visit, 'ckUln');
  if (typeof ck !== 'number' || typeof uln !== 'number' || !a.ck) return undefined;
  const parts = [`${n(a.ck.timesUln)} × ULN of ${n(uln)} U/L`];
  if (a.ck.changeFromBaselinePct !== undefined) parts.push(`${signed(a.ck.changeFromBaselinePct)}% from baseline`);
  if (a.ck.changeFromPreviousPct !== undefined) parts.push(`${signed(a.ck.changeFromPreviousPct)}% from the previous visit`);
  return `CK ${n(ck)} U/L (${parts.join('; ')})`;
}

/** "MMT-8 64/80 (+4 points, +5% of 80 from baseline)". */
export function mmtWords(visit: unknown, a: VisitAssessment, mmtMax: number): string | undefined {
  const mmt8 = ownValue(visit, 'mmt8');
  if (typeof mmt8 !== 'number') return undefined;
  const change = a.mmt8 ? ` (${signed(a.mmt8.changeFromBaseline)} points, ${signed(a.mmt8.changeFromBaselinePct)}% of ${mmtMax} from baseline)` : '';
  return `MMT-8 ${n(mmt8)}/${mmtMax}${change}`;
}
