/**
 * The result, answer first (the bedside layout): the inputs it is for, at a glance (every critical
 * action, then the first-line plan with its doses), then every step collapsed to its title line —
 * indicator, title, short doses and any critical notice — with its text, notices, doses and
 * working, "why" and citation marks one click away.
 */
import { html, nothing } from 'lit';
import { LABELS } from '../../content/inputs.js';
import { PRIORITIES } from '../../content/pathway-rules.js';
import { SOURCES, type SourceId } from '../../content/sources.js';
import { glanceOmitted, pathwayGlance, referenceWords, shortDose, type GlanceItem } from '../../core/glance.js';
import { pathwayDoseNotices } from '../../core/pathway-doses.js';
import type { DoseLine, PathwayResult, Step } from '../../core/types.js';
import { renderNotices } from '../shared/notices.js';
import { doseLinesFor, stepNotices, stepTakesDose, weightText, type PathwayView } from './pathway-state.js';
import { INDICATOR_ICONS, INDICATOR_LABELS, PATHWAY_UI, PRIORITY_LABELS, stepBadge } from './strings.js';

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

/** One line saying which input the result is for (also printed); both severities when a red flag raised it. */
export function renderInputsSummary(result: OkResult, doses: PathwayView['doses']) {
  const i = result.input;
  const grade = (s: typeof i.severity) => `${LABELS.severity[s]}${i.checkpointInhibitor ? ` (${LABELS.ctcaeGrade[s]})` : ''}`;
  const severity =
    result.effectiveSeverity === i.severity
      ? `${PATHWAY_UI.severityPrefix} ${grade(i.severity)}`
      : PATHWAY_UI.effectiveSeverity(LABELS.severity[i.severity], grade(result.effectiveSeverity));
  const parts = [
    LABELS.antibody[i.antibody],
    LABELS.statin[i.statin],
    i.checkpointInhibitor ? PATHWAY_UI.checkpointYes : PATHWAY_UI.checkpointNo,
    severity,
    i.redFlags.length ? `${PATHWAY_UI.redFlagsPrefix}: ${i.redFlags.map((f) => LABELS.redFlagShort[f]).join(', ')}` : PATHWAY_UI.noRedFlags,
    LABELS.phase[i.phase],
    ...(i.age !== undefined ? [`age ${i.age}`] : []),
    ...(i.ckTimesUln !== undefined ? [`CK ${i.ckTimesUln} × ULN`] : []),
    ...(doses ? [`${PATHWAY_UI.weightPrefix} ${weightText(doses)}`] : []),
  ];
  return html`<p class="inputs-summary" part="inputs-summary">
    <strong>${PATHWAY_UI.inputsSummary}:</strong> ${parts.join(' · ')}
  </p>`;
}

function badge(step: Pick<Step, 'indicator' | 'priority'>) {
  const b = stepBadge(step.indicator, step.priority);
  return html`<span class=${`badge badge-${b.kind}`} data-indicator-label
    ><span class="icon" aria-hidden="true">${INDICATOR_ICONS[step.indicator]}</span> ${b.label}</span
  >`;
}

/**
 * At a glance: every critical action (always), then the first-line plan with its doses — the
 * core's pathwayGlance — each line leading to its full step.
 */
export function renderGlance(result: OkResult, doses: PathwayView['doses']) {
  const items = pathwayGlance(result, doses);
  if (!items.length) return nothing;
  const critical = items.filter((i) => i.indicator === 'critical');
  const plan = items.filter((i) => i.indicator !== 'critical');
  const omitted = glanceOmitted(result, items);
  const line = (i: GlanceItem) => html`<li class=${`glance-item glance-${i.indicator}`} data-glance=${i.stepId}>
    ${badge(i)}
    <a class="glance-title" href=${`#step-${i.stepId}`} data-goto-step=${i.stepId}
      >${i.title}${i.mandatory && !saysMandatory(i.title) ? ` (${PATHWAY_UI.mandatory})` : ''}</a
    >${i.doses.length ? html`<span class="glance-doses">${i.doses.map((d) => html`<span class="glance-dose">${d}</span>`)}</span>` : nothing}
    ${i.notices.length ? html`<div class="glance-notices">${renderNotices(i.notices)}</div>` : nothing}
  </li>`;
  // Both take focus from a script (tabindex -1): the skip link leads to the heading, the pointer to the block.
  return html`<section class="glance" part="glance" tabindex="-1" aria-label=${PATHWAY_UI.glance.region} data-critical=${critical.length ? 'true' : 'false'}>
    <h3 id="glance-title" class="glance-heading" tabindex="-1">${PATHWAY_UI.glance.title}</h3>
    ${critical.length
      ? html`<ul class="glance-list glance-critical-list" aria-label=${PATHWAY_UI.glance.critical}>${critical.map(line)}</ul>`
      : nothing}
    ${plan.length ? html`<ul class="glance-list" aria-label=${PATHWAY_UI.glance.plan}>${plan.map(line)}</ul>` : nothing}
    ${omitted.length ? html`<p class="glance-more" data-glance-more>${PATHWAY_UI.glance.more(omitted.map((s) => s.title))}</p>` : nothing}
  </section>`;
}

/** One dose line inside a step: the dose, the notices the pathway shows with it, the working one click away. */
function renderDoseLine(step: Step, line: DoseLine, doses: NonNullable<PathwayView['doses']>, shown: readonly string[], open: boolean) {
  const notices = pathwayDoseNotices(line).filter((n) => !shown.includes(n.code));
  const reference = referenceWords(step);
  return html`<div class="dose" part="dose" data-drug=${line.drug} data-withheld=${line.withheld ? 'true' : 'false'}>
    <p class="dose-label">${line.dosingWeightKg === undefined ? PATHWAY_UI.doses.fixed : PATHWAY_UI.doses.for(weightText(doses))}</p>
    <p class="dose-text"><strong>${line.summary}</strong>${reference ? html` <span class="dose-reference">(${reference})</span>` : nothing}</p>
    ${renderNotices(notices)}
    ${line.basis.length
      ? html`<details class="dose-working" ?open=${open}>
          <summary>${PATHWAY_UI.steps.working}</summary>
          <ul class="basis">
            ${line.basis.map((b) => html`<li>${b}</li>`)}
          </ul>
        </details>`
      : nothing}
  </div>`;
}

function renderStepDoses(step: Step, view: PathwayView, interactive: boolean, shown: readonly string[], open: boolean) {
  if (!stepTakesDose(step)) return nothing;
  if (view.doses) {
    const lines = doseLinesFor(step, view.doses);
    return html`${lines.map((line) => renderDoseLine(step, line, view.doses!, shown, open))}
      <p class="hint dose-more">${PATHWAY_UI.steps.allChecks}</p>`;
  }
  if (view.doseInvalid) {
    // Summary mode has no field to point to: name the attribute instead.
    const message = interactive ? PATHWAY_UI.doses.invalidWeight : PATHWAY_UI.doses.invalidWeightAttribute;
    return html`<p class="dose-missing" role="note">${message}</p>`;
  }
  return interactive ? html`<p class="hint dose-hint">${PATHWAY_UI.doses.enterWeight}</p>` : nothing;
}

export interface StepState {
  /** Whether a step's details are shown. */
  open(step: Step): boolean;
  /** Whether the glance holds the step (it then carries the step's doses). */
  inGlance(step: Step): boolean;
  /** The codes of the critical notices the glance already shows (not repeated on collapsed cards). */
  glanceNotices: ReadonlySet<string>;
  /** Everything open (printing): the dose working too. */
  printing: boolean;
}

function renderStep(step: Step, view: PathwayView, interactive: boolean, state: StepState) {
  const notices = stepNotices(step);
  const lines = view.doses ? doseLinesFor(step, view.doses) : [];
  // Critical notices are never folded away: the step's own, and its doses' (each once), stay on
  // the collapsed card.
  const critical = [...notices, ...lines.flatMap((l) => pathwayDoseNotices(l))]
    .filter((n) => n.level === 'critical' && !state.glanceNotices.has(n.code))
    .filter((n, i, all) => all.findIndex((m) => m.code === n.code) === i);
  const open = state.open(step);
  // A dose is written once in the collapsed result: in the glance for a step the glance holds,
  // else on the step's title line.
  const shortDoses = state.inGlance(step) ? [] : lines.map(shortDose);
  const classes = ['step', `indicator-${step.indicator}`, `kind-${stepBadge(step.indicator, step.priority).kind}`, step.mandatory ? 'mandatory' : '', open ? 'open' : '']
    .filter(Boolean)
    .join(' ');
  const bodyId = `step-body-${step.id}`;
  return html`<li
    class=${classes}
    id=${`step-${step.id}`}
    tabindex="-1"
    data-step=${step.id}
    data-priority=${step.priority}
    data-indicator=${step.indicator}
    data-mandatory=${step.mandatory ? 'true' : 'false'}
    data-open=${open ? 'true' : 'false'}
    part=${`step step-${step.indicator}${step.mandatory ? ' step-mandatory' : ''}`}
  >
    <h4 class="step-heading">
      <button
        type="button"
        class="step-toggle"
        data-toggle-step=${step.id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId}
      >
        <span class="step-head" aria-hidden="true">
          ${badge(step)}
          ${step.mandatory ? html`<span class="badge badge-mandatory">${PATHWAY_UI.mandatory}</span>` : nothing}
        </span>
        <span class="visually-hidden"
          >${PATHWAY_UI.stepHeadingPrefix(INDICATOR_LABELS[step.indicator], step.mandatory === true && !saysMandatory(step.title))}</span
        ><span class="step-title" part="step-title">${step.title}</span>
        ${shortDoses.length ? html`<span class="step-doses">${shortDoses.join(' · ')}</span>` : nothing}
      </button>
    </h4>
    ${critical.length && !open ? renderNotices(critical) : nothing}
    <div class="step-body" id=${bodyId} ?hidden=${!open}>
      <p class="step-text" part="step-text">${step.text}</p>
      ${renderNotices(notices)}
      ${renderStepDoses(
        step,
        view,
        interactive,
        notices.map((n) => n.code),
        state.printing,
      )}
      <div class="why" part="why">
        <span class="why-label">${PATHWAY_UI.why}</span>
        <ul>
          ${step.why.map((w) => html`<li>${w}</li>`)}
        </ul>
      </div>
      ${renderMarks(step.citations)}
    </div>
  </li>`;
}

/**
 * Every step, grouped under its priority heading in the core's order, each collapsed to its title
 * line unless opened ("Expand all" opens every one). The container is the target of "Skip to the
 * steps".
 */
export function renderSteps(result: OkResult, view: PathwayView, interactive: boolean, state: StepState) {
  const allOpen = result.steps.every((s) => state.open(s));
  return html`<div class="steps" part="steps" id="steps" tabindex="-1" role="group" aria-label=${PATHWAY_UI.stepsLabel}>
    <div class="steps-head">
      <h3 class="steps-title">${PATHWAY_UI.steps.title(result.steps.length)}</h3>
      <button type="button" class="link no-print" data-expand-all=${allOpen ? 'false' : 'true'}>
        ${allOpen ? PATHWAY_UI.steps.collapseAll : PATHWAY_UI.steps.expandAll}
      </button>
    </div>
    ${PRIORITIES.map((priority) => {
      const steps = result.steps.filter((s) => s.priority === priority);
      if (!steps.length) return nothing;
      return html`<section class="group" data-priority=${priority} aria-labelledby=${`group-${priority}`}>
        <h3 class="group-title" id=${`group-${priority}`}>
          ${PRIORITY_LABELS[priority]} <span class="count">(${steps.length})</span>
        </h3>
        <ol class="step-list">
          ${steps.map((s) => renderStep(s, view, interactive, state))}
        </ol>
      </section>`;
    })}
  </div>`;
}
