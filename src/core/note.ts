/**
 * Plain-text notes for copying into a patient record: inputs, the steps or doses with their
 * basis, the sources cited, the content version and the review status.
 */
import { LABELS } from '../content/inputs.js';
import { SOURCES, type SourceId } from '../content/sources.js';
import { CONTENT_DATE, CONTENT_VERSION } from '../content/version.js';
import { resolveConfig, reviewState } from './config.js';
import { todayIso } from './dates.js';
import { formatNumber } from './format.js';
import type { DoseResult, PathwayResult } from './types.js';

const INTENDED_USE =
  'Decision support for clinicians treating adults with IMNM/NAM; it does not replace clinical judgement or local protocols.';

function sourcesBlock(ids: Iterable<SourceId>): string[] {
  return ['Sources:', ...[...new Set(ids)].map((id) => `[${id}] ${SOURCES[id].citation}`)];
}

function footer(config: unknown, today: string): string[] {
  const review = reviewState(resolveConfig(config).config, today);
  const status =
    review.state === 'unreviewed'
      ? 'Content not yet reviewed by your institution.'
      : `Reviewed by ${review.reviewedBy ?? 'the institution'}${review.reviewedOn ? ` on ${review.reviewedOn}` : ''}${
          review.state === 'overdue' ? `; review was due ${review.reviewDue} (overdue)` : review.reviewDue ? `; next review due ${review.reviewDue}` : ''
        }${review.state === 'outdated' ? ` That review covered content ${review.contentVersion}, not this version: review it again before use` : ''}.`;
  return [`nam-cds clinical content ${CONTENT_VERSION} (${CONTENT_DATE}). ${status}`, INTENDED_USE];
}

function errorNote(title: string, errors: { field: string; message: string }[]): string {
  return [title, 'No result: the input is invalid.', ...errors.map((e) => `- ${e.message}`)].join('\n');
}

/** The pathway result as a plain-text note. */
export function pathwayNote(result: PathwayResult, config?: unknown, today = todayIso()): string {
  const title = 'IMNM/NAM treatment pathway';
  if (!result.ok) return errorNote(title, result.errors);
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
export function doseNote(result: DoseResult, config?: unknown, today = todayIso()): string {
  const title = 'IMNM/NAM weight-based doses';
  if (!result.ok) return errorNote(title, result.errors);
  const i = result.input;
  const weight = result.conversion ?? `${formatNumber(result.weightKg, 2)} kg`;
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
  for (const line of result.lines) {
    lines.push(`- ${line.text} [${line.citations.join(', ')}]`);
    for (const b of line.basis) lines.push(`  ${b}`);
    for (const n of line.notices) if (n.level !== 'info') lines.push(`  ${n.level.toUpperCase()}: ${n.message}`);
  }
  lines.push('', ...sourcesBlock(result.lines.flatMap((l) => l.citations)), '', ...footer(config, today));
  return lines.join('\n');
}
