/**
 * The calculator's page furniture around the form and the dose lines: the error summary, the
 * results body, the attribute alert, and the copy and print actions with the note.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { NoteController } from '../shared/note-controller.js';
import { UI } from '../shared/strings.js';
import type { CalculatorView } from './calculator-view.js';
import type { ControlName } from './fields.js';
import { renderDoseSources, renderInputsUsed, renderLines, renderWarnings } from './render-results.js';
import { DC } from './strings.js';

/**
 * The announced list of problems above the form. The error of the box being typed in stays
 * beside the box until the edit is committed (`deferred`), so a weight typed digit by digit does
 * not flash an alert or move the form.
 */
export function renderErrorSummary(view: CalculatorView, deferred: (name?: string) => boolean, focus: (name: ControlName) => void) {
  const list = view.errors.all.filter((e) => !deferred(e.control));
  return html`<div class="error-summary" part="error-summary" role="alert" ?hidden=${!list.length}>
    ${list.length
      ? html`<p class="error-summary-title">${UI.fixErrors}</p>
          <ul>
            ${list.map((e) =>
              e.control
                ? html`<li><button type="button" class="link" @click=${() => focus(e.control!)}>${e.message}</button></li>`
                : html`<li>${e.message}</li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}

/** Theme, heading level and misspelt attribute names: reported, the doses stay. */
export function renderAttributeErrors(view: CalculatorView) {
  return view.attributeErrors.length
    ? html`<div class="config-error notice notice-warning" role="alert" part="attribute-error">${view.attributeErrors.join(' ')}</div>`
    : nothing;
}

export function renderResultBody(view: CalculatorView) {
  const r = view.result;
  if (r.ok) return html`${renderInputsUsed(r)} ${renderWarnings(r)} ${renderLines(r, view.resolution)}`;
  return html`${view.errors.all.length ? html`<p class="prompt prompt-error" part="prompt">${DC.errorsInResults}</p>` : nothing}
  ${view.prompt ? html`<p class="prompt" part="prompt">${DC.prompt}</p>` : nothing}`;
}

/** "Copy as note" and "Print"; once copied, the note stays open below them and follows the result. */
export function renderActions(view: CalculatorView, note: NoteController, text: () => string) {
  const r = view.result;
  if (!r.ok) return nothing;
  const status = note.state === 'copied' ? DC.copyDone : note.state === 'fallback' ? UI.copyFallback : '';
  return html`<div class="actions no-print" part="actions">
      <button type="button" part="copy-button" @click=${() => void note.copy()}>${UI.copyNote}</button>
      <button type="button" part="print-button" @click=${() => note.print()}>${UI.print}</button>
    </div>
    <p class="copy-status no-print" role="status">${status}</p>
    <div class="note no-print" ?hidden=${!note.open}>
      <label for="note-text">${UI.noteLabel}</label>
      <textarea id="note-text" class="note-text" part="note" readonly rows="12" .value=${live(note.open ? text() : '')}></textarea>
    </div>
    ${renderDoseSources(r.lines.flatMap((l) => l.citations))}`;
}
