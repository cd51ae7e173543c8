/**
 * "Copy as note": the core's pathway note, with the drug notices shown on the steps and, when a
 * weight was given, the dose lines shown inside the steps (and their sources), so the copied note
 * says what the screen says, each notice once.
 */
import { STEP_DOSE_DRUGS } from '../../content/pathway-map.js';
import { SOURCES, type SourceId } from '../../content/sources.js';
import { doseLineNote, pathwayNote } from '../../core/note.js';
import type { DoseResult, PathwayResult } from '../../core/types.js';
import { stepNotices, weightText } from './pathway-state.js';
import { PATHWAY_UI } from './strings.js';

/** The drugs whose dose lines appear inside the result's steps. */
export function shownDrugs(result: PathwayResult): string[] {
  return result.ok ? result.steps.flatMap((s) => [...(STEP_DOSE_DRUGS[s.id] ?? [])]) : [];
}

/**
 * The drug notices shown on the steps (e.g. methotrexate once weekly), under each step's "Why"
 * line; `shown` are the codes written there, which the dose lines below do not repeat.
 */
function withStepNotices(note: string, result: PathwayResult): { note: string; shown: Set<string> } {
  const shown = new Set<string>();
  if (!result.ok) return { note, shown };
  const lines = note.split('\n');
  for (const step of result.steps) {
    const notices = stepNotices(step);
    if (!notices.length) continue;
    const at = lines.findIndex((l) => l.startsWith('- ') && l.includes(`${step.title}`));
    if (at < 0) continue;
    const after = lines[at + 1]?.startsWith('  ') ? at + 2 : at + 1;
    lines.splice(after, 0, ...notices.map((n) => `  ${n.level.toUpperCase()}: ${n.message}`));
    for (const n of notices) shown.add(n.code);
  }
  return { note: lines.join('\n'), shown };
}

/** `today` (YYYY-MM-DD) is the element's date for the review status, the one its screen shows. */
export function pathwayNoteText(
  result: PathwayResult,
  config: unknown,
  doses?: Extract<DoseResult, { ok: true }>,
  today?: string,
): string {
  const { note, shown } = withStepNotices(pathwayNote(result, config, today), result);
  if (!result.ok || !doses) return note;
  const drugs = shownDrugs(result);
  const doseLines = doses.lines.filter((l) => drugs.includes(l.drug));
  const lines = note.split('\n');
  const start = lines.indexOf('Sources:');
  if (!doseLines.length || start < 0) return note;
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith('[')) end++;
  const listed = new Set(lines.slice(start + 1, end).map((l) => l.slice(1, l.indexOf(']'))));
  const block = [
    PATHWAY_UI.dosesInNote(weightText(doses)),
    // Each notice once: one already written under its step is not repeated with the dose.
    ...doseLines.flatMap((l) => doseLineNote(l, shown)),
    '',
  ];
  const extra = [...new Set(doseLines.flatMap((l) => l.citations))]
    .filter((id) => !listed.has(id))
    .map((id: SourceId) => `[${id}] ${SOURCES[id].citation}`);
  return [...lines.slice(0, start), ...block, ...lines.slice(start, end), ...extra, ...lines.slice(end)].join('\n');
}
