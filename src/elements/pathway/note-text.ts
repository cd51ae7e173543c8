/**
 * "Copy as note": the core's pathway note (the plan: steps, every notice, the doses inside the
 * steps when a weight is given, the sources), so the copied note says what the screen says; with
 * the record's lines (recordNoteLines) after the inputs when the patient record gave values.
 */
import { STEP_DOSE_DRUGS } from '../../content/pathway-rules.js';
import { pathwayNote } from '../../core/note.js';
import type { DoseResult, PathwayResult } from '../../core/types.js';

/** The drugs whose dose lines appear inside the result's steps. */
export function shownDrugs(result: PathwayResult): string[] {
  return result.ok ? result.steps.flatMap((s) => [...(STEP_DOSE_DRUGS[s.id] ?? [])]) : [];
}

export function pathwayNoteText(
  result: PathwayResult,
  config: unknown,
  doses?: Extract<DoseResult, { ok: true }>,
  today?: string,
  record?: readonly string[],
): string {
  return pathwayNote(result, config, today, doses, record);
}
