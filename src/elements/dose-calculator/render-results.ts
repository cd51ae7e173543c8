/**
 * The calculator's result: the inputs used, the global warnings, then one line per drug with
 * its dose, route, dosing weight, basis, notices and citations. Everything shown comes from the
 * core's DoseResult or from src/content; nothing is computed here but layout.
 */
import { html, nothing } from 'lit';
import { DRUG_RULES } from '../../content/drug-rules.js';
import { LABELS } from '../../content/inputs.js';
import type { ConfigResolution } from '../../core/config.js';
import { formatDate } from '../../core/dates.js';
import { formatAmount, formatDoseWeight, formatNumber } from '../../core/format.js';
import type { SourceId } from '../../content/sources.js';
import type { DoseLine, DoseResult, Notice } from '../../core/types.js';
import { renderCitations, renderSource } from '../shared/sources.js';
import { renderNotices } from '../shared/notices.js';
import { DC } from './strings.js';

export type OkDoseResult = Extract<DoseResult, { ok: true }>;

const LEVEL_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** Critical first, then warnings, then notes; the core's order within a level. */
export function byLevel(list: readonly Notice[]): Notice[] {
  return [...list].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

const kg = (value: number, decimals = 2) => `${formatNumber(value, decimals)} kg`;

function fact(term: string, value: unknown) {
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** The inputs the doses were calculated for (also the printed record of the inputs). */
export function renderInputsUsed(result: OkDoseResult) {
  const i = result.input;
  // Only the settings of the lines shown (drugs="prednisone" needs no IVIG or TPMT summary).
  const shown = (drug: DoseLine['drug']) => result.lines.find((l) => l.drug === drug);
  const ivig = shown('ivig');
  // "Adjusted" chosen, but the core dosed on actual weight (no height or sex, or not above 120%
  // of ideal): the summary says what was used, as the IVIG line does.
  const actualUsed = i.ivigDosingWeight === 'adjusted' && ivig !== undefined && ivig.dosingWeightKg === result.weightKg;
  return html`<dl class="inputs-used" part="summary" aria-label=${DC.inputsUsed}>
    ${fact(DC.weightField, formatDoseWeight(result))}
    ${i.heightCm !== undefined ? fact(DC.heightField, `${formatNumber(i.heightCm, 1)} cm`) : nothing}
    ${i.sex ? fact(DC.sexField, LABELS.sex[i.sex]) : nothing}
    ${ivig
      ? fact(
          DC.ivigField,
          `${DC.ivigDaysOption(i.ivigDays)}, ${actualUsed ? DC.ivigActualUsed(LABELS.ivigDosingWeight.adjusted, LABELS.ivigDosingWeight.actual) : LABELS.ivigDosingWeight[i.ivigDosingWeight]}`,
        )
      : nothing}
    ${shown('azathioprine') ? fact(DC.thiopurineTests, LABELS.tpmt[i.tpmt]) : nothing}
    ${i.startDate && shown('rituximab') ? fact(DC.startField, formatDate(i.startDate)) : nothing}
    ${shown('methotrexate') ? fact(DC.methotrexateField, i.methotrexateDay ? LABELS.weekday[i.methotrexateDay] : DC.methotrexateDayNone) : nothing}
  </dl>`;
}

const WEIGHT_CODES: readonly string[] = ['weight-confirm', 'weight-confirmed'];
const WARNINGS_ID = 'dose-warnings';

/** True when the core warns about the weight itself (implausible, maybe pounds). */
export const hasWeightWarning = (result: OkDoseResult) => result.warnings.some((w) => WEIGHT_CODES.includes(w.code));

/** Global warnings (implausible weight, maybe pounds), shown above the lines. */
export function renderWarnings(result: OkDoseResult) {
  // The ignored configuration has its own alert (renderConfigErrors).
  const list = byLevel(result.warnings.filter((w) => w.code !== 'config-invalid'));
  if (!list.length) return nothing;
  return html`<div class="warnings" id=${WARNINGS_ID} tabindex="-1" part="warnings">
    <p class="warnings-title"><strong>${DC.warnings}</strong></p>
    ${renderNotices(list)}
  </div>`;
}

function dosingWeight(line: DoseLine, result: OkDoseResult) {
  if (line.dosingWeightKg === undefined || line.withheld) return nothing;
  const adjusted = line.drug === 'ivig' && line.dosingWeightKg !== result.weightKg;
  const which = adjusted ? LABELS.ivigDosingWeight.adjusted : LABELS.ivigDosingWeight.actual;
  return fact(DC.dosingWeight, `${kg(line.dosingWeightKg)} (${which})`);
}

function ivigFacts(line: DoseLine, result: OkDoseResult) {
  const b = result.body;
  const perDay =
    line.perDay !== undefined && line.days !== undefined
      ? fact(
          DC.perDay,
          DC.perDayValue(
            formatAmount({ min: line.perDay, max: line.perDay, unit: 'g' }, DRUG_RULES.ivig.maxDecimals),
            line.days,
          ),
        )
      : nothing;
  return html`${perDay}
    ${b.idealKg !== undefined ? fact(DC.actualWeight, kg(result.weightKg)) : nothing}
    ${b.idealKg !== undefined ? fact(DC.idealWeight, kg(b.idealKg, 1)) : nothing}
    ${b.adjustedKg !== undefined ? fact(DC.adjustedWeight, kg(b.adjustedKg)) : nothing}
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

function facts(line: DoseLine, result: OkDoseResult, resolution: ConfigResolution) {
  const i = result.input;
  return html`<dl class="facts" part="facts">
    ${line.withheld ? nothing : fact(DC.route, DRUG_RULES[line.drug].route)}
    ${dosingWeight(line, result)}
    ${line.drug === 'ivig' ? ivigFacts(line, result) : nothing}
    ${line.drug === 'prednisone' ? capFact(resolution) : nothing}
    ${line.drug === 'azathioprine' ? fact(DC.tpmtStatus, LABELS.tpmt[i.tpmt]) : nothing}
    ${line.drug === 'methotrexate'
      ? fact(
          DC.weekday,
          i.methotrexateDay
            ? LABELS.weekday[i.methotrexateDay]
            : html`<span class="missing">${DC.weekdayMissing}</span>`,
        )
      : nothing}
    ${line.drug === 'rituximab' ? scheduleFacts(line) : nothing}
  </dl>`;
}

function badges(line: DoseLine, resolution: ConfigResolution) {
  const local = resolution.config.local.some((key) => key.startsWith(`${line.drug}.`));
  const list = [
    line.withheld &&
      html`<span class="badge badge-withheld" part="badge"><span aria-hidden="true">✖ </span>${DC.badgeWithheld}</span>`,
    line.capped && html`<span class="badge badge-capped" part="badge">${DC.badgeCapped}</span>`,
    line.rounded && !line.withheld && html`<span class="badge" part="badge">${DC.badgeRounded}</span>`,
    local && html`<span class="badge badge-local" part="badge">${DC.badgeLocal}</span>`,
  ].filter(Boolean);
  return list.length ? html`<p class="badges">${list}</p>` : nothing;
}

/**
 * The dose in large type. Its text is the core's `text` exactly; when that text continues with
 * the basis after the dose summary, the continuation is set smaller on its own line.
 */
function renderDose(line: DoseLine, id: string) {
  const summary = (line as { summary?: unknown }).summary;
  const main = typeof summary === 'string' && summary && line.text.startsWith(summary) ? summary : line.text;
  const rest = line.text.slice(main.length);
  const sep = /^\s*—\s*/.exec(rest)?.[0] ?? '';
  return html`<h4 class="dose" id=${id} part="dose"
    ><span class="dose-main">${main}</span>${
      rest ? html`<span class="dose-how" part="basis"><span class="sep">${sep}</span>${rest.slice(sep.length)}</span>` : nothing
    }</h4
  >`;
}

/** Basis lines not already read in the dose text. */
function renderBasis(line: DoseLine) {
  const extra = line.basis.filter((b) => !line.text.includes(b));
  if (!extra.length) return nothing;
  return html`<div class="basis" part="basis">
    <p class="basis-title">${DC.basis}</p>
    <ul>
      ${extra.map((b) => html`<li>${b}</li>`)}
    </ul>
  </div>`;
}

/** Moves focus (and the view) to the warnings above the lines. */
function showWarnings(e: Event) {
  const root = (e.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(WARNINGS_ID);
  target?.focus();
  target?.scrollIntoView?.({ block: 'nearest' });
}

/**
 * On a weight-based line (one with a dosing weight) while the core warns about the weight: a
 * short marker in words that points back to that warning, so a line read on its own still says so.
 */
function weightCheck(line: DoseLine, result: OkDoseResult) {
  if (line.dosingWeightKg === undefined || line.withheld || !hasWeightWarning(result)) return nothing;
  return html`<p class="weight-check" part="weight-check">
    <button type="button" class="link" @click=${showWarnings}><span aria-hidden="true">⚠ </span>${DC.checkWeight}</button>
  </p>`;
}

function renderLine(line: DoseLine, result: OkDoseResult, resolution: ConfigResolution) {
  return html`<li
    class=${`line line-${line.drug}${line.withheld ? ' withheld' : ''}`}
    data-drug=${line.drug}
    data-rule=${line.rule}
    part=${line.withheld ? 'line line-withheld' : 'line'}
  >
    <p class="drug-name">${LABELS.drug[line.drug]}</p>
    ${renderDose(line, `dose-${line.drug}`)} ${weightCheck(line, result)} ${badges(line, resolution)}
    ${facts(line, result, resolution)}
    ${renderBasis(line)}
    ${line.notices.length
      ? html`<div class="checks"><p class="checks-title">${DC.checks}</p>${renderNotices(byLevel(line.notices))}</div>`
      : nothing}
    ${renderCitations(line.citations)}
  </li>`;
}

export function renderLines(result: OkDoseResult, resolution: ConfigResolution) {
  if (!result.lines.length) return html`<p class="prompt">${DC.noDrugs}</p>`;
  return html`<ol class="lines" role="list">
    ${result.lines.map((line) => renderLine(line, result, resolution))}
  </ol>`;
}

/**
 * The full list of the sources cited, in order of first citation. Its own name ("Dose sources")
 * keeps the region distinct from the pathway's when both widgets share a page.
 */
export function renderDoseSources(ids: readonly SourceId[]) {
  const unique = [...new Set(ids)];
  return html`<section class="source-list" part="sources" aria-labelledby="dose-sources-heading">
    <h3 id="dose-sources-heading">${DC.sources}</h3>
    <ol>
      ${unique.map((id) => html`<li id=${`source-${id}`}><span class="cite-id">[${id}]</span> ${renderSource(id)}</li>`)}
    </ol>
  </section>`;
}
