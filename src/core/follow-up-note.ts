/**
 * Plain-text notes for the patient record: the follow-up assessment (the latest visit, the CK and
 * MMT-8 trend, every flag and notice, the next blood tests, the exposure prompts) and the taper
 * plan. Every notice of the result is in the note. Same footer and the same totality as the
 * pathway and dose notes (note.ts).
 */
import {
  BLOODS_SCHEDULE,
  CK_RULES,
  FOLLOW_UP_NOTE,
  LAB_RULES_TEXT,
  TIS_RULES,
} from '../content/follow-up-rules.js';
import { formatDate, formatShortDate } from './dates.js';
import { formatAmount, formatNumber } from './format.js';
import { noteFooter as footer, safeNote, sourcesBlock } from './note.js';
import type { FollowUpResult, TaperResult, Visit, VisitAssessment } from './follow-up-types.js';
import type { Notice } from './types.js';

type OkFollowUp = Extract<FollowUpResult, { ok: true }>;
type OkTaper = Extract<TaperResult, { ok: true }>;

const n = (v: number) => formatNumber(v, 2);
const signed = (v: number) => `${v > 0 ? '+' : ''}${n(v)}`;
const notice = (x: Notice, indent = '  ') => `${indent}${x.level.toUpperCase()}: ${x.message}`;

/** "CK 2,000 U/L (10 × ULN of 200 U/L; −25% from baseline; +10% from the previous visit)". */
function ckWords(visit: Visit, a: VisitAssessment): string | undefined {
  if (visit.ck === undefined || !a.ck) return undefined;
  const parts = [`${n(a.ck.timesUln)} × ULN of ${n(visit.ckUln as number)} U/L`];
  if (a.ck.changeFromBaselinePct !== undefined) parts.push(`${signed(a.ck.changeFromBaselinePct)}% from baseline`);
  if (a.ck.changeFromPreviousPct !== undefined) parts.push(`${signed(a.ck.changeFromPreviousPct)}% from the previous visit`);
  return `CK ${n(visit.ck)} U/L (${parts.join('; ')})`;
}

/** "MMT-8 64/80 (+4 points, +5% of 80 from baseline)". */
function mmtWords(visit: Visit, a: VisitAssessment, mmtMax: number): string | undefined {
  if (visit.mmt8 === undefined) return undefined;
  const change = a.mmt8
    ? ` (${signed(a.mmt8.changeFromBaseline)} points, ${signed(a.mmt8.changeFromBaselinePct)}% of ${mmtMax} from baseline)`
    : '';
  return `MMT-8 ${n(visit.mmt8)}/${mmtMax}${change}`;
}

function tisLines(a: VisitAssessment): string[] {
  if (!a.tis) return [`- ${TIS_RULES.missing}`];
  return [
    `- ${TIS_RULES.title}: ${n(a.tis.total)} of 100, ${TIS_RULES.categoryLabels[a.tis.category]} [${TIS_RULES.citations.join(', ')}]`,
    ...a.tis.measures.map((m) => `  ${TIS_RULES.labels[m.measure]}: ${n(m.improvementPct)}% improvement, ${n(m.points)} points`),
    `  ${TIS_RULES.about}`,
  ];
}

function writeFollowUpNote(result: OkFollowUp, config: unknown, today: string): string {
  const { visits, mmtMax } = result.input;
  const lines: string[] = [FOLLOW_UP_NOTE.title];
  for (const w of result.warnings) lines.push(notice(w, ''));
  lines.push('');
  const last = result.visits.length - 1;
  if (last < 0) {
    lines.push(FOLLOW_UP_NOTE.noVisits);
  } else {
    const a = result.visits[last];
    const v = visits[last];
    lines.push(`${FOLLOW_UP_NOTE.latest}: ${formatShortDate(a.date)}${last === 0 ? ` (${FOLLOW_UP_NOTE.baseline})` : ''}`);
    for (const words of [ckWords(v, a), mmtWords(v, a, mmtMax)]) if (words) lines.push(`- ${words}`);
    if (last > 0) lines.push(...tisLines(a));
    for (const x of [...a.notices, ...a.labFlags]) lines.push(notice(x, '- '));

    lines.push('', `${FOLLOW_UP_NOTE.trend} (${CK_RULES.together})`);
    result.visits.forEach((x, i) => {
      const parts = [ckWords(visits[i], x), mmtWords(visits[i], x, mmtMax)].filter(Boolean);
      if (x.tis) parts.push(`TIS ${n(x.tis.total)} (${TIS_RULES.categoryLabels[x.tis.category]})`);
      if (x.deterioration) parts.push(`${x.deterioration} deterioration`);
      lines.push(`- ${formatShortDate(x.date)}${i === 0 ? ` (${FOLLOW_UP_NOTE.baseline})` : ''}: ${parts.length ? parts.join('; ') : 'no CK or MMT-8'}`);
    });

    const earlier = result.visits.slice(0, last).filter((x) => x.notices.length || x.labFlags.length);
    if (earlier.length) {
      lines.push('', FOLLOW_UP_NOTE.earlier);
      for (const x of earlier) {
        lines.push(`- ${formatShortDate(x.date)}:`);
        for (const y of [...x.notices, ...x.labFlags]) lines.push(notice(y, '  '));
      }
    }
    if (result.visits.some((x) => x.labFlags.length)) lines.push(`(${LAB_RULES_TEXT.secondary})`);
  }

  lines.push('');
  const next = result.nextBloods;
  if (next) {
    lines.push(`${FOLLOW_UP_NOTE.nextBloods}: ${formatShortDate(next.date)}${next.overdue ? ' (OVERDUE)' : ''} — ${next.reason} [${BLOODS_SCHEDULE.citations.join(', ')}]`);
    lines.push(`  ${BLOODS_SCHEDULE.about}`);
  } else if (!result.input.drugs.length) {
    lines.push(FOLLOW_UP_NOTE.noNextBloods);
  }
  if (result.exposure.length) {
    lines.push(`${FOLLOW_UP_NOTE.exposure}:`);
    for (const x of result.exposure) lines.push(notice(x, '- '));
  } else {
    lines.push(FOLLOW_UP_NOTE.noExposure);
  }
  lines.push('', ...sourcesBlock(result.citations), '', ...footer(config, today));
  return lines.join('\n');
}

/** The follow-up assessment as a plain-text note. */
export function followUpNote(result: FollowUpResult, config?: unknown, today?: string): string {
  return safeNote<FollowUpResult>(FOLLOW_UP_NOTE.title, 'assessFollowUp', result, (r, on) => writeFollowUpNote(r, config, on), today);
}

function writeTaperNote(result: OkTaper, config: unknown, today: string): string {
  const mg = (v: number) => formatAmount({ min: v, max: v, unit: 'mg' });
  const lines: string[] = [FOLLOW_UP_NOTE.taperTitle];
  if (result.weightText) lines.push(`Weight: ${result.weightText}`);
  for (const w of result.warnings) lines.push(notice(w, ''));
  lines.push(`Start: prednisone ${mg(result.startMgPerDay)} daily [${result.citations.join(', ')}]`);
  for (const b of result.basis) lines.push(`  ${b}`);
  lines.push('');
  for (const s of result.steps) {
    lines.push(s.to ? `- ${formatDate(s.from)} to ${formatDate(s.to)}: ${mg(s.mgPerDay)} daily` : `- from ${formatDate(s.from)}: ${mg(s.mgPerDay)} daily`);
  }
  lines.push(`Then: ${result.then}`, '', ...sourcesBlock(result.citations), '', ...footer(config, today));
  return lines.join('\n');
}

/** The taper plan as a plain-text note. */
export function taperNote(result: TaperResult, config?: unknown, today?: string): string {
  return safeNote<TaperResult>(FOLLOW_UP_NOTE.taperTitle, 'planTaper', result, (r, on) => writeTaperNote(r, config, on), today);
}
