/**
 * The assessment: "At a glance" first (the bedside layout), then each visit collapsed to its
 * title line (date, response, indicator) and expanded on demand with its CK and MMT-8 changes, the
 * Total Improvement Score with its six parts and the visit's notices; then the safety blood tests
 * and the glucocorticoid exposure. Renders the core's result; computes nothing clinical. Texts
 * marked `data-note` are in the copied note word for word (tested).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderErrorSummary } from '../shared/error-summary.js';
import {
  BLOODS_SCHEDULE,
  CK_RULES,
  DETERIORATION_RULES,
  EXPOSURE_RULES,
  FOLLOW_UP_NOTE,
  LAB_RULES_TEXT,
  TIS_RULES,
} from '../../content/follow-up-rules.js';
import type { SourceId } from '../../content/sources.js';
import { formatShortDate } from '../../core/dates.js';
import type { FollowUpResult, VisitAssessment } from '../../core/follow-up-types.js';
import type { Notice } from '../../core/types.js';
import { renderNotices } from '../shared/notices.js';
import { BLOODS_ID, EXPOSURE_ID, visitItemId, type GlanceLine } from './glance-lines.js';
import type { MonitorView } from './monitor-view.js';
import { MON } from './strings.js';
import { ckWords, mmtWords, n } from './words.js';

type OkResult = Extract<FollowUpResult, { ok: true }>;

export interface ResultHandlers {
  /** Follow a glance line or a citation mark (delegated: `data-goto`, `data-cite`). */
  expanded: ReadonlySet<string>;
  printing: boolean;
  toggle: (key: string) => void;
  toggleAll: () => void;
  /** The sources listed (marks to other sources are not shown). */
  sources: readonly SourceId[];
}

const LEVELS = ['critical', 'warning', 'info'] as const;

/** Citation marks that lead to the source list. */
export function renderMarks(ids: readonly SourceId[], listed: readonly SourceId[]) {
  const shown = [...new Set(ids)].filter((id) => listed.includes(id));
  if (!shown.length) return nothing;
  return html`<span class="marks" part="citations"
    >${shown.map((id, i) => html`${i ? ' ' : ''}<a class="cite" href=${`#source-${id}`} data-cite=${id}>[${id}]</a>`)}</span
  >`;
}

function glanceLine(line: GlanceLine) {
  const label = line.kind === 'result' ? '' : MON.indicator[line.kind];
  return html`<li class=${`glance-line glance-${line.kind}`} part=${`glance-line glance-${line.kind}`} data-kind=${line.kind} data-code=${line.code ?? nothing}>
    ${label ? html`<span class="badge">${line.kind === 'critical' ? '⚠ ' : ''}${label}:</span> ` : nothing}<a href=${`#${line.target}`} data-goto=${line.target}
      >${line.parts.map((p) => (p.note ? html`<span data-note>${p.text}</span>` : p.text))}</a
    >
  </li>`;
}

export function renderGlance(view: MonitorView, busy: boolean) {
  return html`<section class="glance" part="glance" id="mon-glance" aria-label=${MON.glanceRegion} aria-live="polite" aria-busy=${busy ? 'true' : 'false'}>
    <h3 id="mon-glance-title" tabindex="-1">${MON.glance}</h3>
    <ul class="glance-lines">
      ${view.glance.map(glanceLine)}
    </ul>
  </section>`;
}

/** The highest level among a visit's notices, or undefined without notices. */
const levelOf = (list: readonly Notice[]) => LEVELS.find((l) => list.some((x) => x.level === l));

function tisBlock(a: VisitAssessment, h: ResultHandlers) {
  if (!a.tis) return html`<p class="tis-missing">${TIS_RULES.missing}</p>`;
  const tis = a.tis;
  return html`<div class="tis" part="tis">
    <table class="tis-table">
      <caption>
        ${TIS_RULES.title}: ${n(tis.total)} of 100, ${TIS_RULES.categoryLabels[tis.category]}
        ${renderMarks(TIS_RULES.citations, h.sources)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${MON.tisMeasure}</th>
          <th scope="col">${MON.tisImprovement}</th>
          <th scope="col">${MON.tisPoints}</th>
        </tr>
      </thead>
      <tbody>
        ${tis.measures.map(
          (m) => html`<tr data-measure=${m.measure}>
            <th scope="row">${TIS_RULES.labels[m.measure]}</th>
            <td class="num" data-pct>${n(m.improvementPct)}%</td>
            <td class="num" data-points>${n(m.points)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${MON.tisTotal}</th>
          <td></td>
          <td class="num" data-total>${n(tis.total)}</td>
        </tr>
      </tfoot>
    </table>
    <p class="hint">${TIS_RULES.about}</p>
  </div>`;
}

function visitItem(result: OkResult, i: number, h: ResultHandlers): TemplateResult {
  const a = result.visits[i];
  const visit = result.input.visits[i];
  const id = visitItemId(i);
  const open = h.printing || h.expanded.has(a.date);
  const notices = [...a.notices, ...a.labFlags];
  const level = levelOf(notices);
  const date = formatShortDate(a.date);
  const title = html`${i === 0 ? html`<span data-note>${date} (${FOLLOW_UP_NOTE.baseline})</span>` : html`<span data-note>${date}</span>`}${
    i > 0
      ? a.tis
        ? html` · <span data-note>TIS ${n(a.tis.total)} (${TIS_RULES.categoryLabels[a.tis.category]})</span>`
        : html` · <span class="muted">${MON.noTisShort}</span>`
      : nothing
  }${a.deterioration ? html` · <span data-note>${a.deterioration} deterioration</span>` : nothing}${
    level ? html` <span class=${`badge badge-${level}`}>${MON.indicator[level]}: ${MON.noticeCount(notices.length)}</span>` : nothing
  }`;
  const ck = ckWords(visit, a);
  const mmt = mmtWords(visit, a, result.input.mmtMax);
  return html`<li class=${`item${level ? ` item-${level}` : ''}`} id=${id} part="visit" data-visit=${a.date} data-index=${a.index}>
    <h4 class="item-title">
      <button type="button" class="item-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-body`} @click=${() => h.toggle(a.date)}>
        ${title}
      </button>
    </h4>
    <div class="item-body" id=${`${id}-body`} ?hidden=${!open}>
      ${ck || mmt
        ? html`<ul class="facts">
            ${ck ? html`<li><span data-note>${ck}</span></li>` : nothing}${mmt ? html`<li><span data-note>${mmt}</span></li>` : nothing}
          </ul>`
        : html`<p class="muted">${MON.noCkMmt}</p>`}
      ${i > 0 ? tisBlock(a, h) : nothing} ${renderNotices(notices)}
      ${renderMarks(
        [...(a.deterioration ? DETERIORATION_RULES.citations : []), ...(a.labFlags.length ? LAB_RULES_TEXT.citations : [])],
        h.sources,
      )}
    </div>
  </li>`;
}

export function renderVisitItems(result: OkResult, h: ResultHandlers) {
  if (!result.visits.length) return nothing;
  const all = result.visits.every((a) => h.expanded.has(a.date));
  return html`<section class="items-section" aria-labelledby="mon-items-title">
    <div class="section-head">
      <h3 id="mon-items-title">${MON.visitsResults}</h3>
      <button type="button" class="expand-all no-print" aria-expanded=${all ? 'true' : 'false'} @click=${h.toggleAll}>
        ${all ? MON.collapseAll : MON.expandAll}
      </button>
    </div>
    <p class="hint"><span data-note>${CK_RULES.together}</span> ${renderMarks(CK_RULES.citations, h.sources)}</p>
    <ol class="items">
      ${result.visits.map((_, i) => visitItem(result, i, h))}
    </ol>
  </section>`;
}

export function renderBloods(result: OkResult, h: ResultHandlers) {
  const next = result.nextBloods;
  const flagged = result.visits.some((a) => a.labFlags.length);
  return html`<section class="bloods-section" id=${BLOODS_ID} part="next-bloods" aria-labelledby="mon-bloods-title" tabindex="-1">
    <h3 id="mon-bloods-title">${MON.bloodsHeading}</h3>
    ${next
      ? html`<p class=${next.overdue ? 'next overdue' : 'next'}>
            <span data-note>${FOLLOW_UP_NOTE.nextBloods}: ${formatShortDate(next.date)}</span>${next.overdue
              ? html` <span class="badge badge-warning">${MON.overdue}</span>`
              : nothing}
          </p>
          ${renderNotices(result.warnings.filter((w) => w.code === 'bloods-overdue'))}
          <p><span data-note>${next.reason}</span> ${renderMarks(BLOODS_SCHEDULE.citations, h.sources)}</p>
          <p class="hint">${BLOODS_SCHEDULE.about}</p>`
      : !result.input.drugs.length
        ? html`<p><span data-note>${FOLLOW_UP_NOTE.noNextBloods}</span></p>`
        : nothing}
    ${flagged ? html`<p class="hint">${LAB_RULES_TEXT.secondary}</p>` : nothing}
  </section>`;
}

export function renderExposure(result: OkResult, h: ResultHandlers) {
  const cites = result.exposure.flatMap((x) =>
    x.code === EXPOSURE_RULES.pneumocystis.code ? EXPOSURE_RULES.pneumocystis.citations : EXPOSURE_RULES.bone.citations,
  );
  return html`<section class="exposure-section" id=${EXPOSURE_ID} part="exposure" aria-labelledby="mon-exposure-title" tabindex="-1">
    <h3 id="mon-exposure-title">${MON.exposureHeading}</h3>
    ${result.exposure.length
      ? html`${renderNotices(result.exposure)} ${renderMarks(cites, h.sources)}`
      : html`<p><span data-note>${FOLLOW_UP_NOTE.noExposure}</span></p>`}
  </section>`;
}

/** Instead of the assessment: the problems to correct, each leading to its control. */
export function renderInvalid(view: MonitorView, deferred: (name?: string) => boolean, focus: (name: string) => void) {
  return renderErrorSummary(view.errors.all, MON.noAssessment, deferred, focus);
}
