/**
 * The pathway's page furniture around the form and the steps: the list of settings not
 * accepted, and the result region's body (inputs summary, dose summary, steps and map).
 */
import { html, nothing } from 'lit';
import { renderNotices } from '../shared/notices.js';
import type { MapModel } from './map-model.js';
import { FIELD_ATTRIBUTES, type ControlName, type ErrorTarget, type PathwayView } from './pathway-state.js';
import { renderMap } from './render-map.js';
import { renderGlance, renderInputsSummary, renderSteps, type StepState } from './render-steps.js';
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

export interface ResultState extends StepState {
  /** Whether the map is shown (it is drawn only then). */
  mapOpen: boolean;
  mapScrolls: boolean;
}

/**
 * The result, answer first: what it is for, the warnings about the input, at a glance, every
 * step (collapsed), then the map (shown on request).
 */
export function renderResult(view: PathwayView, map: MapModel | undefined, interactive: boolean, state: ResultState) {
  const result = view.result;
  if (!result.ok || !map) return html`<p class="no-result">${PATHWAY_UI.noResult}</p>`;
  const doseWarnings = view.doses?.warnings.filter((w) => w.code !== 'config-invalid') ?? [];
  const warnings = [...result.warnings.filter((w) => w.code !== 'config-invalid'), ...doseWarnings];
  return html`${renderInputsSummary(result, view.doses)} ${warnings.length ? renderNotices(warnings) : nothing}
    ${renderGlance(result, view.doses)} ${renderSteps(result, view, interactive, state)}
    <div class="map-toggle no-print">
      <button type="button" class="link" data-toggle-map aria-expanded=${state.mapOpen ? 'true' : 'false'} aria-controls="map-region">
        ${state.mapOpen ? PATHWAY_UI.mapHide : PATHWAY_UI.mapToggle}
      </button>
    </div>
    <div id="map-region" class="map-region" ?hidden=${!state.mapOpen}>${state.mapOpen ? renderMap(map, state.mapScrolls) : nothing}</div>`;
}
