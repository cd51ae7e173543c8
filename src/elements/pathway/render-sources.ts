/**
 * The clinical notes (collapsed), the full source list the citation marks lead to, and the
 * "Copy as note" / print actions.
 */
import { html, nothing } from 'lit';
import { CLINICAL_NOTES } from '../../content/pathway-rules.js';
import type { SourceId } from '../../content/sources.js';
import type { PathwayResult } from '../../core/types.js';
import { renderSource } from '../shared/sources.js';
import { UI } from '../shared/strings.js';
import { renderMarks } from './render-steps.js';
import type { PathwayView } from './pathway-state.js';
import { PATHWAY_UI } from './strings.js';

type OkResult = Extract<PathwayResult, { ok: true }>;

/** Every source cited on screen, in order of first citation: steps, doses, then notes. */
export function citedSources(result: OkResult, doses: PathwayView['doses'], shownDrugs: readonly string[]): SourceId[] {
  const ids: SourceId[] = [
    ...result.steps.flatMap((s) => s.citations),
    ...(doses ? doses.lines.filter((l) => shownDrugs.includes(l.drug)).flatMap((l) => l.citations) : []),
    ...CLINICAL_NOTES.flatMap((n) => n.citations),
  ];
  return [...new Set(ids)];
}

export function renderNotes() {
  return html`<details class="notes" part="notes">
    <summary>${PATHWAY_UI.notes}</summary>
    ${CLINICAL_NOTES.map(
      (n) => html`<section class="note-item" data-note=${n.id} aria-labelledby=${`note-${n.id}`}>
        <h4 id=${`note-${n.id}`}>${n.title}</h4>
        <p>${n.text}</p>
        ${renderMarks(n.citations)}
      </section>`,
    )}
  </details>`;
}

/** The full entries (authors, title, journal, year, DOI); the entry a mark led to is highlighted. */
export function renderSourceEntries(ids: readonly SourceId[], target: SourceId | undefined, canGoBack: boolean, open: boolean) {
  return html`<section class="source-list" part="sources" aria-labelledby="sources-title">
    <h3 id="sources-title">
      <button type="button" class="source-toggle" data-toggle-sources aria-expanded=${open ? 'true' : 'false'} aria-controls="source-entries">
        ${PATHWAY_UI.sourcesTitle} (${ids.length})
      </button>
    </h3>
    <ol id="source-entries" ?hidden=${!open}>
      ${ids.map(
        (id) => html`<li
          id=${`source-${id}`}
          class=${id === target ? 'source-entry is-target' : 'source-entry'}
          data-source-entry=${id}
          tabindex="-1"
        >
          <span class="cite-id">[${id}]</span> ${renderSource(id)}
          ${id === target && canGoBack
            ? html` <button type="button" class="back-link no-print" data-back>${PATHWAY_UI.backToStep}</button>`
            : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}

export type CopyState = 'idle' | 'copied' | 'fallback';

export function renderActions(copyState: CopyState, noteText: string) {
  return html`<div class="actions" part="actions">
      <button type="button" part="copy-button" data-action="copy">${UI.copyNote}</button>
      <button type="button" part="print-button" data-action="print">${UI.print}</button>
      <span class="copy-status" role="status"
        >${copyState === 'copied' ? UI.copied : copyState === 'fallback' ? UI.copyFallback : ''}</span
      >
    </div>
    ${copyState === 'fallback'
      ? html`<div class="note-box no-print">
          <label for="note-text">${UI.noteLabel}</label>
          <textarea id="note-text" class="note-text" part="note" readonly .value=${noteText}></textarea>
        </div>`
      : nothing}`;
}
