/**
 * The element's furniture around the table and the assessment: attribute problems, the pointer to
 * a new critical notice, the copy and print actions with the note, the source list (collapsed until
 * a citation is followed), and the visits as printed.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SourceId } from '../../content/sources.js';
import { ownValue } from '../../core/own.js';
import type { NoteController } from '../shared/note-controller.js';
import { renderSource } from '../shared/sources.js';
import { UI } from '../shared/strings.js';
import type { MonitorView } from './monitor-view.js';
import { MON } from './strings.js';
import { cellText, fieldLabel, VISIT_FIELDS, visitName } from './visit-fields.js';

/** Theme, heading level and misspelt attribute names: reported, the assessment stays. */
export function renderAttributeErrors(view: MonitorView) {
  return view.attributeErrors.length
    ? html`<div class="config-error notice notice-warning" role="alert" part="attribute-error">${view.attributeErrors.join(' ')}</div>`
    : nothing;
}

/** A visible, focusable pointer below the form to a critical notice that appeared out of view. */
export function renderPointer(text: string | undefined, go: () => void) {
  return text
    ? html`<button type="button" class="critical-pointer no-print" part="critical-pointer" @click=${go}>${MON.criticalPointer(text)}</button>`
    : nothing;
}

/** "Copy as note" and "Print"; once copied, the note stays open below them and follows the result. */
export function renderActions(view: MonitorView, note: NoteController, text: () => string) {
  if (!view.result.ok) return nothing;
  const status = note.state === 'copied' ? MON.copyDone : note.state === 'fallback' ? UI.copyFallback : '';
  return html`<div class="actions no-print" part="actions">
      <button type="button" part="copy-button" @click=${() => void note.copy()}>${UI.copyNote}</button>
      <button type="button" part="print-button" @click=${() => note.print()}>${UI.print}</button>
    </div>
    <p class="copy-status no-print" role="status">${status}</p>
    <div class="note no-print" ?hidden=${!note.open}>
      <label for="mon-note-text">${UI.noteLabel}</label>
      <textarea id="mon-note-text" class="note-text" part="note" readonly rows="14" .value=${live(note.open ? text() : '')}></textarea>
    </div>`;
}

/** The full sources, collapsed to one line until opened or a citation mark is followed. */
export function renderSources(ids: readonly SourceId[], open: boolean, target: SourceId | undefined, toggle: () => void) {
  if (!ids.length) return nothing;
  return html`<section class="source-list" part="sources" aria-labelledby="mon-sources-title">
    <h3 id="mon-sources-title">
      <button type="button" class="sources-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="mon-sources-body" @click=${toggle}>
        ${MON.sourcesToggle(ids.length)}
      </button>
    </h3>
    <ol id="mon-sources-body" ?hidden=${!open}>
      ${ids.map(
        (id) => html`<li id=${`source-${id}`} class=${id === target ? 'source-entry is-target' : 'source-entry'} tabindex="-1">
          <span class="cite-id">[${id}]</span> ${renderSource(id)}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** The visits as entered, for print (the form itself does not print): every field given, one row per visit. */
export function renderPrintedVisits(view: MonitorView) {
  const visits = view.visits ?? [];
  if (!visits.length) return nothing;
  const fields = VISIT_FIELDS.filter((f) => visits.some((v) => ownValue(v, f) !== undefined));
  return html`<section class="printed-visits" aria-labelledby="mon-printed-title">
    <h3 id="mon-printed-title">${MON.printedVisits}</h3>
    <table class="printed">
      <thead>
        <tr>
          ${fields.map((f) => html`<th scope="col">${fieldLabel(f)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${visits.map(
          (v, i) => html`<tr aria-label=${visitName(v, i)}>
            ${fields.map((f) => html`<td>${cellText(ownValue(v, f))}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
