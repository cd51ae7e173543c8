/**
 * The result: critical banner, inputs summary, and the steps grouped by priority, each with its
 * indicator (text label + icon + colour), text, inline doses, "why" and citation marks.
 */
import { html, nothing } from 'lit';
import { LABELS } from '../../content/inputs.js';
import { PRIORITIES } from '../../content/pathway-rules.js';
import { SOURCES, type SourceId } from '../../content/sources.js';
import type { DoseLine, PathwayResult, Step } from '../../core/types.js';
import { renderNotices } from '../shared/notices.js';
import { doseLinesFor, stepNotices, stepTakesDose, weightText, type PathwayView } from './pathway-state.js';
import { INDICATOR_ICONS, INDICATOR_LABELS, PATHWAY_UI, PRIORITY_LABELS } from './strings.js';

type OkResult = Extract<PathwayResult, { ok: true }>;

/** Citation marks: each leads to the source's full entry in the source list. */
export function renderMarks(ids: readonly SourceId[]) {
  return html`<p class="marks" part="citations">
    <span class="marks-label">${PATHWAY_UI.sourcesLabel}</span>
    ${ids.map(
      (id) =>
        html`<a class="mark" href=${`#source-${id}`} data-cite=${id} title=${PATHWAY_UI.citeMarkTitle(SOURCES[id]?.citation ?? id)}
          >[${id}]</a
        > `,
    )}
  </p>`;
}

/**
 * A skip link (shown when focused): moves focus to the element with this id, so a keyboard user
 * need not Tab through every control or citation mark on the way.
 */
export function renderSkipLink(target: string, label: string) {
  return html`<a class="skip-link no-print" part="skip-link" href=${`#${target}`} data-skip=${target}>${label}</a>`;
}

/** Whether a step's own title already says, in words, that it is mandatory. */
const saysMandatory = (title: string) => title.toLowerCase().includes(PATHWAY_UI.mandatory.toLowerCase());

/**
 * The critical banner. "Mandatory" is said once per line: the badge leads the withdrawal line,
 * and a critical step whose title already says it is mandatory gets no second badge.
 */
export function renderBanner(result: OkResult) {
  const critical = result.steps.filter((s) => s.indicator === 'critical');
  if (!critical.length) return nothing;
  const flags = result.input.redFlags;
  const mandatory = result.steps.some((s) => s.mandatory);
  return html`<section class="banner" part="banner" aria-labelledby="banner-title" data-critical="true">
    <h3 id="banner-title" class="banner-title"><span aria-hidden="true">⚠ </span>${PATHWAY_UI.banner.title}</h3>
    ${flags.length
      ? html`<p class="banner-flags">
          <strong>${PATHWAY_UI.banner.redFlags}</strong> ${flags.map((f) => LABELS.redFlag[f]).join('; ')}.
        </p>`
      : nothing}
    ${mandatory
      ? html`<p class="banner-mandatory">
          <span class="badge badge-mandatory">${PATHWAY_UI.mandatory}</span> ${PATHWAY_UI.banner.mandatory}
        </p>`
      : nothing}
    <p class="banner-steps-label">${PATHWAY_UI.banner.steps}</p>
    <ul class="banner-steps">
      ${critical.map(
        (s) => html`<li>
          <a href=${`#step-${s.id}`} data-goto-step=${s.id}>${s.title}</a>${s.mandatory && !saysMandatory(s.title)
            ? html` <span class="badge badge-mandatory">${PATHWAY_UI.mandatory}</span>`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** One line saying which input the result is for (also printed). */
export function renderInputsSummary(result: OkResult, doses: PathwayView['doses']) {
  const i = result.input;
  const severity = `${PATHWAY_UI.severityPrefix} ${LABELS.severity[i.severity]}${
    i.checkpointInhibitor ? ` (${LABELS.ctcaeGrade[i.severity]})` : ''
  }`;
  const parts = [
    LABELS.antibody[i.antibody],
    LABELS.statin[i.statin],
    i.checkpointInhibitor ? PATHWAY_UI.checkpointYes : PATHWAY_UI.checkpointNo,
    severity,
    i.redFlags.length
      ? `${PATHWAY_UI.redFlagsPrefix}: ${i.redFlags.map((f) => LABELS.redFlag[f]).join(', ')}`
      : PATHWAY_UI.noRedFlags,
    LABELS.phase[i.phase],
    ...(doses ? [`${PATHWAY_UI.weightPrefix} ${weightText(doses)}`] : []),
  ];
  return html`<p class="inputs-summary" part="inputs-summary">
    <strong>${PATHWAY_UI.inputsSummary}:</strong> ${parts.join(' · ')}
  </p>`;
}

/** One dose line; `shown` are notice codes the step already shows, not repeated here. */
function renderDoseLine(line: DoseLine, doses: NonNullable<PathwayView['doses']>, shown: readonly string[]) {
  const notices = line.notices.filter((n) => !shown.includes(n.code));
  const info = notices.filter((n) => n.level === 'info');
  // The dose in bold, the basis the core appends after " — " in normal weight.
  const cut = line.text.indexOf(' — ');
  const main = cut > 0 ? line.text.slice(0, cut) : line.text;
  const rest = cut > 0 ? line.text.slice(cut) : '';
  // The basis the line's own text does not already say.
  const basis = line.basis.filter((b) => !line.text.toLowerCase().includes(b.toLowerCase()));
  return html`<div class="dose" part="dose" data-drug=${line.drug}>
    <p class="dose-label">${line.dosingWeightKg === undefined ? PATHWAY_UI.doses.fixed : PATHWAY_UI.doses.for(weightText(doses))}</p>
    <p class="dose-text"><strong>${main}</strong>${rest}</p>
    ${basis.length
      ? html`<ul class="basis">
          ${basis.map((b) => html`<li>${b}</li>`)}
        </ul>`
      : nothing}
    ${renderNotices(notices.filter((n) => n.level !== 'info'))}
    ${info.length
      ? html`<details class="dose-notes">
          <summary>${PATHWAY_UI.doses.moreNotes(info.length)}</summary>
          ${renderNotices(info)}
        </details>`
      : nothing}
    ${renderMarks(line.citations)}
  </div>`;
}

function renderStepDoses(step: Step, view: PathwayView, interactive: boolean, shown: readonly string[]) {
  if (!stepTakesDose(step)) return nothing;
  if (view.doses) return doseLinesFor(step, view.doses).map((line) => renderDoseLine(line, view.doses!, shown));
  if (view.doseInvalid) {
    // Summary mode has no field to point to: name the attribute instead.
    const message = interactive ? PATHWAY_UI.doses.invalidWeight : PATHWAY_UI.doses.invalidWeightAttribute;
    return html`<p class="dose-missing" role="note">${message}</p>`;
  }
  return interactive ? html`<p class="hint dose-hint">${PATHWAY_UI.doses.enterWeight}</p>` : nothing;
}

function renderStep(step: Step, view: PathwayView, interactive: boolean) {
  const notices = stepNotices(step);
  const classes = ['step', `indicator-${step.indicator}`, step.mandatory ? 'mandatory' : ''].filter(Boolean).join(' ');
  return html`<li
    class=${classes}
    id=${`step-${step.id}`}
    tabindex="-1"
    data-step=${step.id}
    data-priority=${step.priority}
    data-indicator=${step.indicator}
    data-mandatory=${step.mandatory ? 'true' : 'false'}
    part=${`step step-${step.indicator}${step.mandatory ? ' step-mandatory' : ''}`}
  >
    <div class="step-head" aria-hidden="true">
      <span class=${`badge badge-${step.indicator}`} data-indicator-label
        ><span class="icon">${INDICATOR_ICONS[step.indicator]}</span> ${INDICATOR_LABELS[step.indicator]}</span
      >
      ${step.mandatory ? html`<span class="badge badge-mandatory">${PATHWAY_UI.mandatory}</span>` : nothing}
    </div>
    <h4 class="step-heading"
      ><span class="visually-hidden"
        >${PATHWAY_UI.stepHeadingPrefix(INDICATOR_LABELS[step.indicator], step.mandatory === true && !saysMandatory(step.title))}</span
      ><span class="step-title" part="step-title">${step.title}</span></h4
    >
    <p class="step-text" part="step-text">${step.text}</p>
    ${renderNotices(notices)}
    ${renderStepDoses(
      step,
      view,
      interactive,
      notices.map((n) => n.code),
    )}
    <div class="why" part="why">
      <span class="why-label">${PATHWAY_UI.why}</span>
      <ul>
        ${step.why.map((w) => html`<li>${w}</li>`)}
      </ul>
    </div>
    ${renderMarks(step.citations)}
  </li>`;
}

/**
 * The steps grouped under their priority headings, in the core's order. The container is the
 * target of "Skip to the steps" and starts with a link that skips past the steps to the map.
 */
export function renderSteps(result: OkResult, view: PathwayView, interactive: boolean) {
  return html`<div class="steps" part="steps" id="steps" tabindex="-1" role="group" aria-label=${PATHWAY_UI.stepsLabel}>
    ${renderSkipLink('map-title', PATHWAY_UI.skip.pastSteps)}
    ${PRIORITIES.map((priority) => {
      const steps = result.steps.filter((s) => s.priority === priority);
      if (!steps.length) return nothing;
      return html`<section class="group" data-priority=${priority} aria-labelledby=${`group-${priority}`}>
        <h3 class="group-title" id=${`group-${priority}`}>
          ${PRIORITY_LABELS[priority]} <span class="count">(${steps.length})</span>
        </h3>
        <ol class="step-list">
          ${steps.map((s) => renderStep(s, view, interactive))}
        </ol>
      </section>`;
    })}
  </div>`;
}
