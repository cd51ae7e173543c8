/**
 * Plain-text notes for copying into a patient record: inputs, the steps or doses with their
 * basis, the sources cited, the content version and the review status.
 */
import { LABELS } from '../content/inputs.js';
import { SOURCES, type SourceId } from '../content/sources.js';
import { CONTENT_DATE, CONTENT_VERSION } from '../content/version.js';
import { resolveConfig, reviewState } from './config.js';
import { isCalendarDate, todayIso } from './dates.js';
import { isPlainObject } from './fields.js';
import { formatDoseWeight, formatNumber } from './format.js';
import type { DoseLine, DoseResult, PathwayResult } from './types.js';

const PATHWAY_TITLE = 'IMNM/NAM treatment pathway';
const DOSE_TITLE = 'IMNM/NAM weight-based doses';

const INTENDED_USE =
  'Decision support for clinicians treating adults with IMNM/NAM; it does not replace clinical judgement or local protocols.';

function sourcesBlock(ids: Iterable<SourceId>): string[] {
  return ['Sources:', ...[...new Set(ids)].map((id) => `[${id}] ${SOURCES[id].citation}`)];
}

function footer(config: unknown, today: string): string[] {
  const review = reviewState(resolveConfig(config, today).config, today);
  const status =
    review.state === 'unreviewed'
      ? 'Content not yet reviewed by your institution.'
      : `Reviewed by ${review.reviewedBy ?? 'the institution'}${review.reviewedOn ? ` on ${review.reviewedOn}` : ''}${
          review.state === 'overdue' ? `; review was due ${review.reviewDue} (overdue)` : review.reviewDue ? `; next review due ${review.reviewDue}` : ''
        }${review.state === 'outdated' ? ` That review covered content ${review.contentVersion}, not this version: review it again before use` : ''}.`;
  return [`nam-cds clinical content ${CONTENT_VERSION} (${CONTENT_DATE}). ${status}`, INTENDED_USE];
}

/**
 * One dose line in a note: the dose and its citations, then its working one step per line
 * (line.text has the working inline too), then its critical and warning notices, except those
 * whose codes are in `omit` (already written elsewhere in the note).
 */
export function doseLineNote(line: DoseLine, omit: ReadonlySet<string> = new Set()): string[] {
  return [
    `- ${line.summary} [${line.citations.join(', ')}]`,
    ...line.basis.map((b) => `  ${b}`),
    ...line.notices.filter((n) => n.level !== 'info' && !omit.has(n.code)).map((n) => `  ${n.level.toUpperCase()}: ${n.message}`),
  ];
}

function errorNote(title: string, errors: readonly unknown[]): string {
  const messages = errors.flatMap((e) => (isPlainObject(e) && typeof e.message === 'string' ? [e.message] : []));
  return [title, 'No result: the input is invalid.', ...messages.map((m) => `- ${m}`)].join('\n');
}

/**
 * Notes are total like the rest of the core: anything that is not a result of the matching
 * function gives a note that says so, never an exception or a half-written note.
 */
function safeNote<R extends { ok: boolean }>(
  title: string,
  kind: string,
  result: unknown,
  write: (result: Extract<R, { ok: true }>, today: string) => string,
  today: unknown,
): string {
  const on = typeof today === 'string' && isCalendarDate(today) ? today : todayIso();
  const notAResult = [title, `No note: this is not a result of ${kind}.`].join('\n');
  if (!isPlainObject(result) || typeof result.ok !== 'boolean') return notAResult;
  if (!result.ok) return errorNote(title, Array.isArray(result.errors) ? result.errors : []);
  try {
    const note = write(result as Extract<R, { ok: true }>, on);
    // A hand-made object can pass the checks above and still lack fields.
    return /\b(undefined|NaN|null)\b|\[object Object\]/.test(note) ? notAResult : note;
  } catch {
    return notAResult;
  }
}

/** The pathway result as a plain-text note. */
export function pathwayNote(result: PathwayResult, config?: unknown, today?: string): string {
  return safeNote<PathwayResult>(PATHWAY_TITLE, 'evaluatePathway', result, (r, on) => writePathwayNote(r, config, on), today);
}

function writePathwayNote(result: Extract<PathwayResult, { ok: true }>, config: unknown, today: string): string {
  const title = PATHWAY_TITLE;
  const i = result.input;
  const lines = [
    title,
    `Inputs: antibody ${LABELS.antibody[i.antibody]}; ${LABELS.statin[i.statin]}; checkpoint inhibitor ${i.checkpointInhibitor ? 'yes' : 'no'}; severity ${i.severity}; red flags ${i.redFlags.length ? i.redFlags.map((f) => LABELS.redFlag[f]).join(', ') : 'none'}; phase: ${LABELS.phase[i.phase]}.`,
    '',
  ];
  let priority = '';
  for (const step of result.steps) {
    if (step.priority !== priority) {
      priority = step.priority;
      lines.push(`${priority.toUpperCase()}`);
    }
    lines.push(
      `- ${step.indicator === 'info' ? '' : `[${step.indicator.toUpperCase()}] `}${step.title}${step.mandatory ? ' (MANDATORY)' : ''}: ${step.text} [${step.citations.join(', ')}]`,
      `  Why: ${step.why.join('; ')}.`,
    );
  }
  for (const w of result.warnings) lines.push(`Note: ${w.message}`);
  lines.push('', ...sourcesBlock(result.steps.flatMap((s) => s.citations)), '', ...footer(config, today));
  return lines.join('\n');
}

/** The dose result as a plain-text note. */
export function doseNote(result: DoseResult, config?: unknown, today?: string): string {
  return safeNote<DoseResult>(DOSE_TITLE, 'calculateDoses', result, (r, on) => writeDoseNote(r, config, on), today);
}

function writeDoseNote(result: Extract<DoseResult, { ok: true }>, config: unknown, today: string): string {
  const title = DOSE_TITLE;
  const i = result.input;
  const weight = formatDoseWeight(result);
  const extras = [
    i.heightCm !== undefined ? `height ${formatNumber(i.heightCm, 1)} cm` : '',
    i.sex ? `sex ${i.sex}` : '',
    `IVIG over ${i.ivigDays} days on ${LABELS.ivigDosingWeight[i.ivigDosingWeight]}`,
    LABELS.tpmt[i.tpmt],
    i.startDate ? `start date ${i.startDate}` : '',
    i.methotrexateDay ? `methotrexate day ${LABELS.weekday[i.methotrexateDay]}` : '',
  ].filter(Boolean);
  const lines = [title, `Inputs: weight ${weight}; ${extras.join('; ')}.`];
  for (const w of result.warnings) lines.push(`${w.level.toUpperCase()}: ${w.message}`);
  lines.push('');
  for (const line of result.lines) lines.push(...doseLineNote(line));
  lines.push('', ...sourcesBlock(result.lines.flatMap((l) => l.citations)), '', ...footer(config, today));
  return lines.join('\n');
}
