/**
 * "At a glance" for the follow-up (the bedside layout): every critical notice of the latest visit,
 * always; then the latest visit's response, its CK and MMT-8; then the warnings (deterioration,
 * the latest blood results' flags, overdue blood tests, exposure prompts); then the next blood
 * tests and background notes — at most GLANCE_LINES lines unless the critical notices alone need
 * more. Every line links to the item that holds it in full. Each piece marked `note` is a text the
 * copied note contains word for word (the screen ⊆ note rule, tested). Chooses and words only what
 * the core returned: no clinical logic.
 */
import { FOLLOW_UP_NOTE, LAB_FIELDS, TIS_RULES } from '../../content/follow-up-rules.js';
import { formatShortDate } from '../../core/dates.js';
import { GLANCE_LINES } from '../../core/glance.js';
import { ownValue } from '../../core/own.js';
import type { FollowUpResult, VisitAssessment } from '../../core/follow-up-types.js';
import type { Notice } from '../../core/types.js';
import { MON } from './strings.js';
import { n, signed } from './words.js';

type OkResult = Extract<FollowUpResult, { ok: true }>;

export interface GlancePart {
  text: string;
  /** The text is in the note word for word. */
  note?: boolean;
}

export interface GlanceLine {
  kind: 'critical' | 'warning' | 'info' | 'result';
  parts: GlancePart[];
  /** The id of the item the line leads to. */
  target: string;
  /** The notice's code, when the line is a notice. */
  code?: string;
}

/** The id of a visit's item (visits in date order). */
export const visitItemId = (dateIndex: number) => `mon-visit-${dateIndex}`;
export const BLOODS_ID = 'mon-bloods';
export const EXPOSURE_ID = 'mon-exposure';
export const TABLE_ID = 'mon-visit-table';

/** The first sentence of a notice ("Neutrophils 1.2 ×10⁹/L: below 1.6 ×10⁹/L (BSR 2017 threshold).") — the item has the rest. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=[A-Z(])/.exec(text);
  return m ? m[1] : text;
}

const noticeLine = (x: Notice, target: string, short: boolean): GlanceLine => ({
  kind: x.level,
  parts: [{ text: short ? firstSentence(x.message) : x.message, note: true }],
  target,
  code: x.code,
});

/** The latest visit (date order) whose row has any blood result, and its position. */
function latestWithBloods(result: OkResult): number {
  for (let i = result.input.visits.length - 1; i >= 0; i--) {
    const v = result.input.visits[i];
    if (LAB_FIELDS.some((f) => ownValue(v, f) !== undefined)) return i;
  }
  return -1;
}

function responseLines(result: OkResult, last: number): GlanceLine[] {
  const a: VisitAssessment = result.visits[last];
  const visit = result.input.visits[last];
  const target = visitItemId(last);
  const date = { text: formatShortDate(a.date), note: true };
  if (last === 0) {
    return [{ kind: 'result', parts: [{ text: `${MON.baselineVisit}, ` }, date, { text: `: ${MON.glanceBaselineOnly}` }], target }];
  }
  const first: GlanceLine = {
    kind: 'result',
    parts: [
      { text: `${FOLLOW_UP_NOTE.latest}, ` },
      date,
      { text: ': ' },
      a.tis
        ? { text: `${n(a.tis.total)} of 100, ${TIS_RULES.categoryLabels[a.tis.category]}`, note: true }
        : { text: MON.noTis, note: true },
      { text: a.tis ? MON.tisAfter : MON.noTisAfter },
    ],
    target,
  };
  const facts: GlancePart[] = [];
  if (a.ck) {
    facts.push({ text: 'CK ' }, { text: `${n(a.ck.timesUln)} × ULN`, note: true });
    if (a.ck.changeFromBaselinePct !== undefined) facts.push({ text: ', ' }, { text: `${signed(a.ck.changeFromBaselinePct)}% from baseline`, note: true });
  }
  if (visit.mmt8 !== undefined) {
    if (facts.length) facts.push({ text: ' · ' });
    facts.push({ text: `MMT-8 ${n(visit.mmt8)}/${result.input.mmtMax}`, note: true });
    if (a.mmt8) facts.push({ text: ', ' }, { text: `${signed(a.mmt8.changeFromBaseline)} points`, note: true });
  }
  return facts.length ? [first, { kind: 'result', parts: facts, target }] : [first];
}

export function glanceLines(result: OkResult): GlanceLine[] {
  const last = result.visits.length - 1;
  const latest: VisitAssessment | undefined = result.visits[last];
  const visitTarget = last < 0 ? TABLE_ID : visitItemId(last);
  const critical = (latest?.notices ?? []).filter((x) => x.level === 'critical').map((x) => noticeLine(x, visitTarget, false));
  const rest: GlanceLine[] = latest ? responseLines(result, last) : [{ kind: 'result', parts: [{ text: MON.noVisits }], target: TABLE_ID }];
  rest.push(...(latest?.notices ?? []).filter((x) => x.level === 'warning').map((x) => noticeLine(x, visitTarget, true)));
  const bloods = latestWithBloods(result);
  if (bloods >= 0) {
    const flags = result.visits[bloods].labFlags;
    // A blood-test flag is a warning today; were one critical, it would lead with the others.
    critical.push(...flags.filter((x) => x.level === 'critical').map((x) => noticeLine(x, visitItemId(bloods), false)));
    rest.push(...flags.filter((x) => x.level !== 'critical').map((x) => noticeLine(x, visitItemId(bloods), true)));
  }
  rest.push(...result.warnings.filter((x) => x.code !== 'config-invalid').map((x) => noticeLine(x, BLOODS_ID, false)));
  rest.push(...result.exposure.map((x) => noticeLine(x, EXPOSURE_ID, false)));
  const next = result.nextBloods;
  if (next && !next.overdue) {
    rest.push({ kind: 'result', parts: [{ text: `${FOLLOW_UP_NOTE.nextBloods}: ${formatShortDate(next.date)}`, note: true }], target: BLOODS_ID });
  }
  rest.push(...(latest?.notices ?? []).filter((x) => x.level === 'info').map((x) => noticeLine(x, visitTarget, false)));

  const room = Math.max(0, GLANCE_LINES - critical.length);
  if (rest.length <= room) return [...critical, ...rest];
  const kept = rest.slice(0, Math.max(0, room - 1));
  const left = rest.length - kept.length;
  return [...critical, ...kept, { kind: 'info', parts: [{ text: MON.glanceMore(left) }], target: visitTarget }];
}
