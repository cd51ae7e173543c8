/**
 * The pathway's page furniture around the form and the steps: the list of settings not
 * accepted, and the result region's body (inputs summary, dose summary, steps and map).
 */
import { html, nothing } from 'lit';
import { renderNotices } from '../shared/notices.js';
import type { MapModel } from './map-model.js';
import { FIELD_ATTRIBUTES, weightText, type ControlName, type ErrorTarget, type PathwayView } from './pathway-state.js';
import { renderMap } from './render-map.js';
import { renderInputsSummary, renderSteps } from './render-steps.js';
import { PATHWAY_UI } from './strings.js';

/** The controls an error can belong to (each control's `name` is its attribute's). */
const CONTROL_NAMES: readonly ErrorTarget[] = Object.values(FIELD_ATTRIBUTES);

/**
 * The settings not accepted (role="alert"). In interactive mode an error that belongs to a
 * control leads to it; the error of the box being typed in waits beside the box (`deferred`).
 */
export function renderErrors(
  view: PathwayView,
  interactive: boolean,
  deferred: (name: string) => boolean,
  focus: (name: ControlName) => void,
) {
  const errors = view.errors.filter((e) => !deferred(e.target));
  if (!errors.length) return nothing;
  return html`<div class="errors" role="alert" part="errors">
    <p>${PATHWAY_UI.errorsTitle}</p>
    <ul>
      ${errors.map((e) =>
        interactive && CONTROL_NAMES.includes(e.target)
          ? html`<li data-error-for=${e.target}>
              <button type="button" class="link" @click=${() => focus(e.target as ControlName)}>${e.message}</button>
            </li>`
          : html`<li data-error-for=${e.target}>${e.message}</li>`,
      )}
    </ul>
  </div>`;
}

export function renderResult(view: PathwayView, map: MapModel | undefined, interactive: boolean, mapScrolls: boolean) {
  const result = view.result;
  if (!result.ok || !map) return html`<p class="no-result">${PATHWAY_UI.noResult}</p>`;
  const doseWarnings = view.doses?.warnings.filter((w) => w.code !== 'config-invalid') ?? [];
  return html`${renderInputsSummary(result, view.doses)}
    ${view.doses
      ? html`<p class="dose-summary">${PATHWAY_UI.doses.summary(weightText(view.doses))}</p>
          ${renderNotices(doseWarnings)}`
      : nothing}
    <div class="result-grid">${renderSteps(result, view, interactive)} ${renderMap(map, mapScrolls)}</div>`;
}
