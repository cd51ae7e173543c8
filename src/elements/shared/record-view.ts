/**
 * What an element shows of the patient record (the `fhir` property, read by FhirController):
 * the provenance line beside a control, the record's notices, and the note's record lines on paper.
 */
import { html, nothing } from 'lit';
import { formatShortDate } from '../../core/dates.js';
import { recordValueWords } from '../../core/note.js';
import type { Notice } from '../../core/types.js';
import type { RecordUse } from './fhir-controller.js';
import { renderNotices } from './notices.js';
import { UI } from './strings.js';

/** The id of the provenance line of a control. */
export const provenanceId = (name: string) => `prov-${name}`;

/**
 * Beside a control: "from the record, 3 Dec 2026" (a stale weight with its warning), or what the
 * record has when the clinician or the page gave another value. `maxAgeDays` is the configured
 * age beyond which a record weight is stale.
 */
export function renderProvenance(use: RecordUse | undefined, id: string, maxAgeDays: number) {
  if (!use) return nothing;
  const date = use.provenance.effective ? formatShortDate(use.provenance.effective) : '';
  const stale = use.provenance.stale ? html` — <strong class="stale">${UI.record.stale(maxAgeDays)}</strong>` : nothing;
  if (use.used) {
    return html`<p class="provenance" part="provenance" id=${id} data-provenance=${use.path}>${UI.record.from(date)}${stale}</p>`;
  }
  const words = recordValueWords(use.path, use.value);
  const has = typeof use.value === 'number' ? UI.record.has(words, date) : UI.record.says(words, date);
  const text = use.overriddenBy === 'page' ? UI.record.overriddenPage(has) : use.overriddenBy === 'unit' ? UI.record.notKg(has) : UI.record.overriddenUser(has);
  return html`<p class="provenance provenance-overridden" part="provenance" id=${id} data-provenance=${use.path}>${text}${stale}</p>`;
}

/** The record's notices at the top of the form (they change only when the record does, never with an edit). */
export function renderRecordNotices(notices: readonly Notice[]) {
  if (!notices.length) return nothing;
  const unreadable = notices.some((n) => n.code === 'record-unreadable');
  // Not a landmark: several widgets on one page each have one.
  // On paper the record block (renderRecordPrint) carries them, with the values.
  return html`<div class="record-notices no-print" part="record" role=${unreadable ? 'alert' : nothing}>
    <p class="record-title">${UI.record.noticesLabel}</p>
    ${renderNotices(notices)}
  </div>`;
}

/**
 * What came from the record, for paper: the note's own lines (recordNoteLines), shown only in
 * print, where the form and its provenance lines are not printed.
 */
export function renderRecordPrint(lines: readonly string[]) {
  if (!lines.length) return nothing;
  const [title, ...items] = lines;
  return html`<div class="record-print" part="record-print">
    <p class="record-title">${title}</p>
    <ul>
      ${items.map((line) => html`<li>${line.replace(/^- /, '')}</li>`)}
    </ul>
  </div>`;
}
