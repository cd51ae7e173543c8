/**
 * The calculator's result below the glance: the weight the doses are for with its warning, then
 * one item per drug, collapsed to its title line (the dose, its level and whether it is withheld)
 * and expanding to its working, facts, every notice and its sources. Everything shown comes from
 * the core's DoseResult or from src/content; nothing is computed here but layout.
 */
import { html, nothing } from 'lit';
import { DRUG_RULES } from '../../content/drug-rules.js';
import { LABELS, type DrugId } from '../../content/inputs.js';
import type { ConfigResolution } from '../../core/config.js';
import { formatDate } from '../../core/dates.js';
import { formatAmount, formatDoseWeight, formatDualWeight, formatNumber } from '../../core/format.js';
import type { SourceId } from '../../content/sources.js';
import type { DoseLine, Notice } from '../../core/types.js';
import { renderCitations, renderSource } from '../shared/sources.js';
import { renderNotices } from '../shared/notices.js';
import type { OkDoseResult } from './glance-view.js';
import { DC } from './strings.js';

export type { OkDoseResult };

const LEVEL_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** Critical first, then warnings, then notes; the core's order within a level. */
export function byLevel(list: readonly Notice[]): Notice[] {
  return [...list].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** The highest level among a line's notices. */
export function levelOf(line: DoseLine): Notice['level'] | undefined {
  return byLevel(line.notices)[0]?.level;
}

const kg = (value: number, decimals = 2) => `${formatNumber(value, decimals)} kg`;

function fact(term: string, value: unknown) {
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** The inputs the doses were calculated for: printed in place of the form (screen readers and print). */
export function renderInputsUsed(result: OkDoseResult, printing: boolean) {
  const i = result.input;
  // Only the settings of the lines shown (drugs="prednisone" needs no IVIG or TPMT summary).
  const shown = (drug: DoseLine['drug']) => result.lines.find((l) => l.drug === drug);
  const ivig = shown('ivig');
  // "Adjusted" chosen, but the core dosed on actual weight (no height or sex, or not above 120%
  // of ideal): the summary says what was used, as the IVIG line does.
  const actualUsed = i.ivigDosingWeight === 'adjusted' && ivig !== undefined && ivig.dosingWeightKind !== 'adjusted';
  return html`<dl class=${`inputs-used${printing ? '' : ' print-only'}`} part="summary" aria-label=${DC.inputsUsed}>
    ${fact(DC.weightField, `${formatDoseWeight(result)}${i.weightConfirmed && result.weightConfirmationRequired ? `, ${DC.confirmedByClinician}` : ''}`)}
    ${i.heightCm !== undefined ? fact(DC.heightField, `${formatNumber(i.heightCm, 1)} cm`) : nothing}
    ${i.sex ? fact(DC.sexField, LABELS.sex[i.sex]) : nothing}
    ${i.age !== undefined ? fact(DC.ageField, DC.ageValue(i.age)) : nothing}
    ${ivig
      ? fact(
          DC.ivigField,
          `${DC.ivigDaysOption(ivig.days ?? i.ivigDays)}, ${actualUsed ? DC.ivigActualUsed(LABELS.ivigDosingWeight.adjusted, LABELS.ivigDosingWeight.actual) : LABELS.ivigDosingWeight[ivig.dosingWeightKind ?? i.ivigDosingWeight]}`,
        )
      : nothing}
    ${shown('azathioprine') ? fact(DC.thiopurineTests, LABELS.tpmt[i.tpmt]) : nothing}
    ${i.startDate && shown('rituximab') ? fact(DC.startField, formatDate(i.startDate)) : nothing}
    ${shown('methotrexate') ? fact(DC.methotrexateField, i.methotrexateDay ? LABELS.weekday[i.methotrexateDay] : DC.methotrexateDayNone) : nothing}
  </dl>`;
}

const WEIGHT_CODES: readonly string[] = ['weight-confirm', 'weight-confirmed'];
/** The weight warning's id: the confirmation box is described by it. */
export const WEIGHT_WARNING_ID = 'weight-warning';

/** True when the core warns about the weight itself (unusual, maybe pounds, implausible BMI). */
export const hasWeightWarning = (result: OkDoseResult) => result.warnings.some((w) => WEIGHT_CODES.includes(w.code));

/**
 * The weight the doses are for, in both units ("Doses for 70 kg (154.3 lb)"), as the results'
 * heading; under it the result's own warnings (the unusual weight, asking for confirmation),
 * in their place at the top of the result.
 */
export function renderWeightHeading(result: OkDoseResult, headingId: string) {
  // The ignored configuration has its own alert (renderConfigErrors).
  const list = byLevel(result.warnings.filter((w) => w.code !== 'config-invalid'));
  return html`<h3 id=${headingId} class="results-heading">${DC.dosesFor(result.weightText)}</h3>
    ${list.length
      ? html`<div class="warnings" id=${WEIGHT_WARNING_ID} tabindex="-1" part="warnings">${renderNotices(list)}</div>`
      : nothing}`;
}

function dosingWeight(line: DoseLine) {
  if (line.dosingWeightKg === undefined) return nothing;
  const which = line.dosingWeightKind === 'adjusted' ? LABELS.ivigDosingWeight.adjusted : LABELS.ivigDosingWeight.actual;
  return fact(DC.dosingWeight, `${formatDualWeight(line.dosingWeightKg)}, ${which}`);
}

function ivigFacts(line: DoseLine, result: OkDoseResult) {
  const b = result.body;
  const perDay =
    line.perDay !== undefined && line.days !== undefined
      ? fact(
          DC.perDay,
          DC.perDayValue(formatAmount({ min: line.perDay, max: line.perDay, unit: 'g' }, DRUG_RULES.ivig.maxDecimals), line.days),
        )
      : nothing;
  return html`${perDay}
    ${b.idealKg !== undefined ? fact(DC.actualWeight, formatDualWeight(result.weightKg)) : nothing}
    ${b.idealKg !== undefined ? fact(DC.idealWeight, kg(b.idealKg, 1)) : nothing}
    ${b.adjustedKg !== undefined ? fact(DC.adjustedWeight, formatDualWeight(b.adjustedKg)) : nothing}
    ${b.bmi !== undefined ? fact(DC.bmi, formatNumber(b.bmi, 1)) : nothing}`;
}

function scheduleFacts(line: DoseLine) {
  if (!line.schedule?.length) return nothing;
  const dated = line.schedule.some((s) => s.date);
  return fact(
    DC.schedule,
    html`<ul class="schedule">
        ${line.schedule.map(
          (s) => html`<li>${DC.scheduleDay(s.day)}${s.date ? html`: <time datetime=${s.date}>${formatDate(s.date)}</time>` : nothing}</li>`,
        )}
      </ul>
      ${dated ? nothing : html`<span class="hint">${DC.scheduleNoDate}</span>`}`,
  );
}

function capFact(resolution: ConfigResolution) {
  const cap = resolution.config.prednisone.maxDailyMg;
  const published = DRUG_RULES.prednisone.defaultCapMgPerDay;
  const amount = (v: number) => `${formatAmount({ min: v, max: v, unit: 'mg' })}/day`;
  const local = resolution.config.local.includes('prednisone.maxDailyMg');
  return fact(
    DC.dailyCap,
    local
      ? html`${amount(cap)} <span class="badge badge-local">${DC.localPolicy}</span> (${DC.publishedDefault} ${amount(published)})`
      : `${amount(cap)} (${DC.publishedDefault})`,
  );
}

/** Route, dosing weight and the like: for a dosed line only (a withheld line shows no number). */
function facts(line: DoseLine, result: OkDoseResult, resolution: ConfigResolution) {
  const i = result.input;
  return html`<dl class="facts" part="facts">
    ${fact(DC.route, DRUG_RULES[line.drug].route)} ${dosingWeight(line)}
    ${line.drug === 'ivig' ? ivigFacts(line, result) : nothing}
    ${line.drug === 'prednisone' ? capFact(resolution) : nothing}
    ${line.drug === 'azathioprine' ? fact(DC.tpmtStatus, LABELS.tpmt[i.tpmt]) : nothing}
    ${line.drug === 'methotrexate'
      ? fact(DC.weekday, i.methotrexateDay ? LABELS.weekday[i.methotrexateDay] : html`<span class="missing">${DC.weekdayMissing}</span>`)
      : nothing}
    ${line.drug === 'rituximab' ? scheduleFacts(line) : nothing}
  </dl>`;
}

/** Why a line gives no dose, in one word for its title: the weight waits for confirmation, or the drug must not be used. */
const withheldWord = (line: DoseLine) => (line.notices.some((n) => n.code === 'weight-withheld') ? DC.badgeWithheld : DC.badgeDoNotUse);

/** The title line's tags: whether the line gives no dose, and the highest level of its notices in words. */
function titleBadges(line: DoseLine) {
  const level = levelOf(line);
  return html`${line.withheld
    ? html`<span class="badge badge-withheld" part="badge"><span aria-hidden="true">✖ </span>${withheldWord(line)}</span>`
    : nothing}${level === 'critical'
    ? html`<span class="badge badge-critical" part="badge">${DC.levelWord.critical}</span>`
    : level === 'warning'
      ? html`<span class="badge badge-warning" part="badge">${DC.levelWord.warning}</span>`
      : nothing}`;
}

/** Capped, rounded, local policy: how the dose was settled, beside its working. */
function workingBadges(line: DoseLine, resolution: ConfigResolution) {
  const local = resolution.config.local.some((key) => key.startsWith(`${line.drug}.`));
  const list = [
    line.capped && html`<span class="badge badge-capped" part="badge">${DC.badgeCapped}</span>`,
    line.rounded && html`<span class="badge" part="badge">${DC.badgeRounded}</span>`,
    local && html`<span class="badge badge-local" part="badge">${DC.badgeLocal}</span>`,
  ].filter(Boolean);
  return list.length ? html`<p class="badges">${list}</p>` : nothing;
}

/** How the dose was worked out, one step per line (the core's basis). */
function renderBasis(line: DoseLine) {
  return html`<div class="basis" part="basis">
    <p class="basis-title">${DC.basis}</p>
    <ul>
      ${line.basis.map((b) => html`<li>${b}</li>`)}
    </ul>
  </div>`;
}

/** Moves focus (and the view) to the weight warning at the top of the result. */
function showWeightWarning(e: Event) {
  const root = (e.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(WEIGHT_WARNING_ID);
  target?.focus();
  target?.scrollIntoView?.({ block: 'nearest' });
}

/**
 * On a dosed weight-based line while the core warns about the weight (an unusual weight the
 * clinician confirmed): a marker in words pointing back to that warning, so a line read on its
 * own still says so.
 */
function weightCheck(line: DoseLine, result: OkDoseResult) {
  if (line.dosingWeightKg === undefined || line.withheld || !hasWeightWarning(result)) return nothing;
  return html`<p class="weight-check" part="weight-check">
    <button type="button" class="link" @click=${showWeightWarning}><span aria-hidden="true">⚠ </span>${DC.checkWeight}</button>
  </p>`;
}

export interface LineState {
  isOpen(drug: DrugId): boolean;
  toggle(drug: DrugId): void;
}

export const lineBodyId = (drug: DrugId) => `line-body-${drug}`;
export const lineToggleId = (drug: DrugId) => `line-toggle-${drug}`;

function renderLine(line: DoseLine, result: OkDoseResult, resolution: ConfigResolution, state: LineState) {
  const open = state.isOpen(line.drug);
  const level = levelOf(line);
  return html`<li
    class=${`line line-${line.drug}${line.withheld ? ' withheld' : ''}${level ? ` level-${level}` : ''}`}
    data-drug=${line.drug}
    data-rule=${line.rule}
    part=${line.withheld ? 'line line-withheld' : 'line'}
  >
    <h4 class="line-title">
      <button
        type="button"
        class="line-toggle"
        id=${lineToggleId(line.drug)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${lineBodyId(line.drug)}
        @click=${() => state.toggle(line.drug)}
      >
        <span class="dose" part="dose">${line.summary}</span>
        <span class="line-tags">${titleBadges(line)}</span>
      </button>
    </h4>
    <div class="line-body" id=${lineBodyId(line.drug)} ?hidden=${!open}>
      ${line.withheld
        ? nothing
        : html`${weightCheck(line, result)} ${workingBadges(line, resolution)} ${renderBasis(line)} ${facts(line, result, resolution)}`}
      ${line.notices.length
        ? html`<div class="checks"><p class="checks-title">${DC.checks}</p>${renderNotices(byLevel(line.notices))}</div>`
        : nothing}
      ${renderCitations(line.citations)}
    </div>
  </li>`;
}

/** "Expand all" (or "Collapse all" once every item is open) and the drug items. */
export function renderLines(result: OkDoseResult, resolution: ConfigResolution, state: LineState & { allOpen: boolean; toggleAll(): void }) {
  if (!result.lines.length) return html`<p class="prompt">${DC.noDrugs}</p>`;
  return html`<div class="lines-toolbar no-print">
      <button
        type="button"
        class="expand-all"
        aria-controls=${result.lines.map((l) => lineBodyId(l.drug)).join(' ')}
        @click=${() => state.toggleAll()}
      >
        ${state.allOpen ? DC.collapseAll : DC.expandAll}
      </button>
    </div>
    <ol class="lines" role="list" aria-label=${DC.details}>
      ${result.lines.map((line) => renderLine(line, result, resolution, state))}
    </ol>`;
}

/**
 * The full list of the sources cited, in order of first citation, collapsed to its title until
 * it is opened (each line's citation marks open their own references); open when printing. Its
 * own name ("Dose sources") keeps the region distinct from the pathway's on one page.
 */
export function renderDoseSources(ids: readonly SourceId[], open: boolean, setOpen: (open: boolean) => void) {
  const unique = [...new Set(ids)];
  // The summary's click sets the state and the state sets `open`: one source of truth, so a
  // print (which opens the list) leaves it as the user had it.
  const click = (e: Event) => {
    e.preventDefault();
    setOpen(!open);
  };
  return html`<section class="source-list" part="sources" aria-labelledby="dose-sources-heading">
    <details .open=${open}>
      <summary @click=${click}><h3 id="dose-sources-heading" class="sources-heading">${DC.sourcesCount(unique.length)}</h3></summary>
      <ol>
        ${unique.map((id) => html`<li id=${`source-${id}`}><span class="cite-id">[${id}]</span> ${renderSource(id)}</li>`)}
      </ol>
    </details>
  </section>`;
}
