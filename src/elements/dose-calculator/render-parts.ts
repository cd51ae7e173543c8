/**
 * The calculator's page furniture around the form and the dose lines: the error summary, the
 * results body in its bedside order, the attribute alert, and the copy and print actions with the
 * note and the sources.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DrugId } from '../../content/inputs.js';
import type { NoteController } from '../shared/note-controller.js';
import { renderErrorSummary as renderSharedErrorSummary } from '../shared/error-summary.js';
import { UI } from '../shared/strings.js';
import type { CalculatorView } from './calculator-view.js';
import type { ControlName } from './fields.js';
import { renderGlance } from './render-glance.js';
import { renderDoseSources, renderInputsUsed, renderLines, renderWeightHeading, type LineState } from './render-results.js';
import { DC } from './strings.js';

export const RESULTS_HEADING_ID = 'results-heading';

/** The list of problems in place of the doses (the shared renderer). */
export function renderErrorSummary(view: CalculatorView, deferred: (name?: string) => boolean, focus: (name: ControlName) => void) {
  return renderSharedErrorSummary<ControlName>(view.errors.all, UI.fixErrors, deferred, focus);
}

/** Theme, heading level and misspelt attribute names: reported, the doses stay. */
export function renderAttributeErrors(view: CalculatorView) {
  return view.attributeErrors.length
    ? html`<div class="config-error notice notice-warning" role="alert" part="attribute-error">${view.attributeErrors.join(' ')}</div>`
    : nothing;
}

export interface ResultState extends LineState {
  allOpen: boolean;
  toggleAll(): void;
  /** Opens a drug's item from the glance and brings it into view. */
  show(drug: DrugId): void;
  printing: boolean;
}

/**
 * The result in its bedside order: the weight it is for (both units) with the weight warning,
 * "At a glance", the inputs (printed in place of the form), then each drug's item.
 */
export function renderResultBody(view: CalculatorView, state: ResultState) {
  const r = view.result;
  if (r.ok && view.glance) {
    return html`${renderWeightHeading(r, RESULTS_HEADING_ID)} ${renderGlance(view.glance, state.show)}
    ${renderInputsUsed(r, state.printing)} ${renderLines(r, view.resolution, state)}`;
  }
  return html`<h3 id=${RESULTS_HEADING_ID} class="results-heading">${DC.doses}</h3>
    ${view.errors.all.length ? html`<p class="prompt prompt-error" part="prompt">${DC.errorsInResults}</p>` : nothing}
    ${view.prompt ? html`<p class="prompt" part="prompt">${DC.prompt}</p>` : nothing}`;
}

/** "Copy as note" and "Print"; once copied, the note stays open below them and follows the result. Then the sources. */
export function renderActions(
  view: CalculatorView,
  note: NoteController,
  text: () => string,
  sources: { open: boolean; setOpen(open: boolean): void },
) {
  const r = view.result;
  if (!r.ok) return nothing;
  const status = note.state === 'copied' ? DC.copyDone : note.state === 'fallback' ? UI.copyFallback : '';
  return html`<div class="actions no-print" part="actions">
      <button type="button" part="copy-button" @click=${() => void note.copy()}>${UI.copyNote}</button>
      <button type="button" part="print-button" @click=${() => void note.print()}>${UI.print}</button>
    </div>
    <p class="copy-status no-print" role="status">${status}</p>
    <div class="note no-print" ?hidden=${!note.open}>
      <label for="note-text">${UI.noteLabel}</label>
      <textarea id="note-text" class="note-text" part="note" readonly rows="12" .value=${live(note.open ? text() : '')}></textarea>
    </div>
    ${renderDoseSources(
      r.lines.flatMap((l) => l.citations),
      sources.open,
      sources.setOpen,
    )}`;
}
