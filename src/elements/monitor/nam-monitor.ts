// Before Lit: a page's Trusted Types policy may refuse Lit's (see trusted-types.ts).
import '../shared/trusted-types.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SourceId } from '../../content/sources.js';
import type { Prefill } from '../../core/fhir.js';
import type { FollowUpDrug, FollowUpResult, Visit } from '../../core/follow-up-types.js';
import { ownValue } from '../../core/own.js';
import { VERSION } from '../../version.js';
import { echo } from '../shared/attribute-values.js';
import { AttributeCheckController } from '../shared/attribute-check-controller.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConfigController } from '../shared/config-controller.js';
import { CriticalPointerController, criticalPointerStyles } from '../shared/critical-pointer-controller.js';
import { scrollBehavior } from '../shared/motion.js';
import { EditController, focusControl, type FormControl } from '../shared/edit-controller.js';
import { FhirController } from '../shared/fhir-controller.js';
import { applyHeadingLevel, parseHeadingLevel } from '../shared/heading-level.js';
import { NoteController } from '../shared/note-controller.js';
import { PlatformController } from '../shared/platform-controller.js';
import { ReviewController } from '../shared/review-controller.js';
import { renderConfigErrors, renderConfigLoading, renderFooter, renderReviewAlert } from '../shared/status-footer.js';
import { UI } from '../shared/strings.js';
import { TABLE_ID } from './glance-lines.js';
import { booleanValue, citedSources, effectiveToday, monitorStatus, monitorView, visitList, type MonitorView } from './monitor-view.js';
import { monitorStyles } from './nam-monitor.styles.js';
import { monitorNote } from './note-text.js';
import { mergeVisits, readRecord, type RecordView } from './record.js';
import { renderActions, renderAttributeErrors, renderPrintedVisits, renderSources } from './render-parts.js';
import { renderBloods, renderExposure, renderGlance, renderInvalid, renderVisitItems, type ResultHandlers } from './render-results.js';
import { renderDrugs, renderRecord, renderScale, renderVisitTable, type TableHandlers } from './render-table.js';
import { nextPoint, renderChart } from './render-chart.js';
import { renderTaper, taperValues } from './render-taper.js';
import { MON } from './strings.js';
import { addVisit, editCell, removeVisit, shiftRows, type VisitEdit } from './visit-edits.js';
import { editDrugs, parseControlName } from './visit-fields.js';
import { freshRenderRoot } from '../shared/render-root.js';

export const MONITOR_TAG = 'nam-monitor';

/**
 * The `nam-monitor-change` event's detail: the visits as the element now shows them (a value the core
 * rejected stays as the text typed, and `result` then says why), and the core's result.
 */
export interface NamMonitorChangeDetail {
  visits: Visit[];
  result: FollowUpResult;
}

/** The `nam-monitor-change` event: fired on user edits only. */
export type NamMonitorChangeEvent = CustomEvent<NamMonitorChangeDetail>;

/** The control each attribute-backed input is edited with. */
const CONTROLS: Record<string, string> = {
  mmtMax: 'mmt-max',
  taperStart: 'taper-start',
  weight: 'weight',
  weightUnit: 'weight-unit',
  weightConfirmed: 'weight-confirmed',
};

const INPUT_WORDS: Record<string, string> = {
  visits: 'The visit list',
  drugs: 'The drug list',
  mmtMax: 'MMT-8 scale',
  taperStart: 'Taper start date',
  weight: 'Weight',
  weightUnit: 'Weight unit',
  weightConfirmed: 'Weight check',
};

const same = (a: unknown, b: unknown) => {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return Object.is(a, b);
  }
};



/**
 * Follow-up visits for immune-mediated necrotizing myopathy (IMNM / NAM): an editable visit table
 * (CK with its ULN, MMT-8, the global activity scales, HAQ, the prednisone dose and the safety
 * blood tests), the drugs the blood tests follow, and from them the assessment of the nam-cds core
 * (`assessFollowUp`): at a glance first, then per visit the CK and MMT-8 changes, the Total
 * Improvement Score with its six parts, deterioration and blood-test flags beside the visit, the
 * next blood tests, glucocorticoid exposure prompts, a chart with a table alternative, and the
 * glucocorticoid taper plan (`planTaper`). The element stores nothing: the page keeps the visits
 * (the change event carries them) and gives them back through the `visits` property.
 *
 * @summary Follow-up of IMNM / NAM: CK and strength over time, response score, safety bloods, taper.
 * @tagname nam-monitor
 *
 * @fires {CustomEvent<{ visits: Visit[]; result: FollowUpResult }>} nam-monitor-change - After each edit by the user (a cell, a visit added
 *   or removed, a drug date, the scale, the taper inputs); never on attribute or property changes. Bubbles and is
 *   composed; `detail` is `{ visits, result }`: the visits as the table now shows them (record values included) and
 *   the core's FollowUpResult.
 *
 * @csspart header - The title block.
 * @csspart form - The form: the MMT-8 scale, the visit table and the drugs.
 * @csspart visit-table - The scroll box holding the visit table.
 * @csspart field-error - The error message of a cell or field.
 * @csspart provenance - Beside a value from the patient record: its date, or that it was changed here.
 * @csspart bloods - The blood tests of one visit (the row below it, expanded on demand).
 * @csspart add-visit - The "Add a visit" button.
 * @csspart drugs - The drugs the safety blood tests follow, with their dates.
 * @csspart record - The patient record's notices, or why it could not be used.
 * @csspart critical-pointer - Below the form: the pointer to a new critical notice that appeared out of view.
 * @csspart results - The assessment.
 * @csspart glance - "At a glance": critical notices, the latest visit, warnings and the next blood tests (aria-live="polite").
 * @csspart glance-line - One line of the glance; also `glance-critical`, `glance-warning`, `glance-info` or `glance-result`.
 * @csspart glance-critical - A critical line of the glance.
 * @csspart glance-warning - A warning line of the glance.
 * @csspart glance-info - A background line of the glance.
 * @csspart glance-result - A line of the glance with the latest visit's results.
 * @csspart error-summary - Instead of the assessment while an input is invalid: the problems (role="alert").
 * @csspart visit - One visit's assessment (collapsed to its title line until expanded).
 * @csspart tis - A visit's Total Improvement Score with its six parts.
 * @csspart notice - A notice; also `notice-critical`, `notice-warning` or `notice-info`.
 * @csspart notice-critical - A critical notice.
 * @csspart notice-warning - A warning.
 * @csspart notice-info - A background note.
 * @csspart citations - Citation marks leading to the source list.
 * @csspart next-bloods - The safety blood tests: the next due date and its schedule.
 * @csspart exposure - The glucocorticoid exposure prompts.
 * @csspart chart - The chart of CK, MMT-8 and the prednisone dose, with its key and table alternative.
 * @csspart chart-table - The chart's data as a table.
 * @csspart taper - The glucocorticoid taper plan with its inputs.
 * @csspart taper-form - The taper plan's inputs.
 * @csspart taper-table - The taper plan's date ranges and doses.
 * @csspart taper-basis - How the taper plan was worked out.
 * @csspart actions - The copy and print buttons.
 * @csspart copy-button - The "Copy as note" button.
 * @csspart print-button - The "Print" button.
 * @csspart note - The read-only text box with the note for the patient record.
 * @csspart sources - The full list of the sources cited (collapsed until opened or a citation is followed).
 * @csspart config-error - The alert shown when the institution configuration is ignored.
 * @csspart review-alert - The warning at the top when the institution's review is overdue or covered another content version.
 * @csspart attribute-error - The alert shown when `theme` or `heading-level` is not accepted, or an attribute looks misspelt.
 * @csspart footer - Content version, date and review status.
 * @csspart about - The "About this tool" panel (intended use).
 *
 * @cssprop [--nam-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--nam-font-size=16px] - Base font size (px, so host-page rem bases do not leak in).
 * @cssprop [--nam-line-height=1.5] - Line height.
 * @cssprop [--nam-color-text=#1a1d21] - Text colour.
 * @cssprop [--nam-color-background=#ffffff] - Background colour.
 * @cssprop [--nam-color-surface=#f3f5f8] - Background of the glance, table headers and buttons.
 * @cssprop [--nam-color-muted=#4d5560] - Secondary text colour.
 * @cssprop [--nam-color-border=#b8c0ca] - Border colour.
 * @cssprop [--nam-color-accent=#0b5cad] - Links and the glance's frame.
 * @cssprop [--nam-color-critical=#b00020] - Critical notices and errors.
 * @cssprop [--nam-color-critical-background=#fdecee] - Background of critical notices.
 * @cssprop [--nam-color-warning=#8a4b00] - Warnings.
 * @cssprop [--nam-color-warning-background=#fff4e0] - Background of warnings.
 * @cssprop [--nam-color-info=#0b5cad] - Background notes.
 * @cssprop [--nam-color-info-background=#eaf2fb] - Background of background notes.
 * @cssprop [--nam-focus-ring=#1a73e8] - Focus outline colour (also around a focused chart point).
 * @cssprop [--nam-radius=6px] - Corner radius.
 * @cssprop [--nam-space=12px] - Base spacing.
 * @cssprop [--nam-chart-ck=#0b5cad] - The chart's CK series (circles, solid line).
 * @cssprop [--nam-chart-mmt=#1b6e35] - The chart's MMT-8 series (squares, dashed line).
 * @cssprop [--nam-chart-prednisone=#8a4b00] - The chart's prednisone step line (triangles).
 */
export class NamMonitor extends LitElement {
  /** The package version, so two copies on one page can tell each other apart. */
  static version = VERSION;

  static override styles = [baseStyles, criticalPointerStyles, monitorStyles];

  /** @internal A shadow tree a server rendered (Lit SSR) is replaced by a fresh render (render-root.ts). */
  protected override createRenderRoot() {
    return freshRenderRoot(this, () => super.createRenderRoot());
  }

  /**
   * The visits, as the core's Visit objects: `{ date: 'YYYY-MM-DD', ck?, ckUln?, mmt8?, physicianGlobal?,
   * patientGlobal?, extramuscular?, haq?, prednisoneMgPerDay?, wbc?, neutrophils?, platelets?,
   * eosinophils?, mcv?, alt?, ast?, albumin?, creatinine?, egfr? }` (numbers; ranges in docs/clinical-content.md), in any
   * order (the earliest date is the baseline). The page keeps them: each `nam-monitor-change` carries the
   * edited list. A value the core rejects is shown at its cell.
   */
  @property({ attribute: false }) visits?: Visit[] | null;

  /**
   * The drugs the safety blood tests follow: `[{ drug: 'methotrexate' | 'azathioprine' | 'mycophenolate',
   * started: 'YYYY-MM-DD', lastIncrease?: 'YYYY-MM-DD' }]`, one entry per drug.
   */
  @property({ attribute: false }) drugs?: FollowUpDrug[] | null;

  /**
   * The patient's record, a FHIR R4 Bundle or an array of resources: its CK results (with the reference
   * range's upper limit as the ULN) fill the visits of their dates, each shown with its provenance. A value
   * the page or the user gave for that date wins and says that the record differs.
   */
  @property({ attribute: false }) fhir?: unknown;

  /**
   * Institution configuration (README, "Institution configuration"): an object, or JSON in the `config` attribute. Without either, a
   * `<script type="application/json">` child is read. An invalid configuration is reported and the
   * published defaults are used.
   */
  @property({ attribute: 'config' }) config?: Record<string, unknown> | string | null;

  /** The MMT-8 scale: `80` (one side, default) or `150` (both sides). */
  @property({ attribute: 'mmt-max' }) mmtMax?: string | number | null;

  /**
   * The date the assessment is made on, YYYY-MM-DD (default: the device's date): the safety blood tests
   * due before it are overdue, and a new visit gets it as its date.
   */
  @property({ attribute: 'today' }) today?: string | null;

  /** The first day of the glucocorticoid taper, YYYY-MM-DD: with the weight, shows the taper plan. */
  @property({ attribute: 'taper-start' }) taperStart?: string | null;

  /** Body weight for the taper's starting dose, in the unit of `weight-unit`: digits with an optional decimal point. */
  @property({ attribute: 'weight' }) weight?: string | number | null;

  /** Unit of `weight`: `kg` (default) or `lb`. */
  @property({ attribute: 'weight-unit' }) weightUnit?: string | null;

  /**
   * The clinician has checked an unusual weight (one the weight rules ask to confirm: docs/clinical-content.md):
   * without it no taper is planned from such a weight. Boolean attribute: present (or "true") is true;
   * absent or "false" is false.
   */
  @property({
    attribute: 'weight-confirmed',
    converter: {
      fromAttribute: (value: string | null) => booleanValue(value) as boolean,
      toAttribute: (value: boolean) => (value ? '' : null),
    },
  })
  weightConfirmed = false;

  /** Height in cm (optional): checks that the weight is plausible for it. */
  @property({ attribute: 'height-cm' }) heightCm?: string | number | null;

  /**
   * Colour scheme: `light` or `dark`. Without it the element follows `prefers-color-scheme`. Any other
   * value is reported visibly and the system setting is followed.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * The outline level of the element's title, 1 to 5 (default 2: the title is an h2, its sections h3,
   * each visit h4). The headings are then exposed at that level and below, and look the same.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: number | string | null;

  @state() private _expanded: ReadonlySet<string> = new Set();
  @state() private _bloodsOpen: ReadonlySet<number> = new Set();
  @state() private _drugsOpen = false;
  @state() private _sourcesOpen = false;
  @state() private _sourceTarget?: SourceId;
  @state() private _chartActive = 0;
  @state() private _chartShown = -1;
  @state() private _chartTable = false;

  private readonly _config = new ConfigController(this, () => this.config);
  private readonly _review = new ReviewController(this);
  private readonly _edits = new EditController(this, {
    event: 'nam-monitor-change',
    detail: (): NamMonitorChangeDetail => ({ visits: (this._current().visits ?? []) as Visit[], result: this.result }),
    status: () => {
      const sentence = [this._action, monitorStatus(this._view)].filter(Boolean).join(' ');
      this._action = '';
      return sentence;
    },
    owns: (key, name) =>
      key === 'visits' ? name.startsWith('visits[') : key === 'drugs' ? name.startsWith('drugs.') : ownValue(CONTROLS, String(key)) === name,
    same: (key, a, b) => (key === 'visits' || key === 'drugs' ? same(a, b) : Object.is(a, b)),
    replaced: (key, value) =>
      UI.replacedByPage(String(ownValue(INPUT_WORDS, String(key)) ?? String(key)), Array.isArray(value) ? undefined : echo(value)),
  });
  private readonly _note = new NoteController(this, { text: () => this.note, keepOpen: true });
  private readonly _attributes = new AttributeCheckController(this);
  private readonly _platform = new PlatformController(this);
  /** The pointer to a new critical notice of the glance out of view, and what is announced with it. */
  private readonly _critical = new CriticalPointerController(this, {
    items: () =>
      (this._view?.glance ?? [])
        .filter((g) => g.kind === 'critical')
        .map((g) => ({ code: `${g.code}|${g.target}`, text: g.parts.map((p) => p.text).join('') })),
    target: () => this.renderRoot.querySelector<HTMLElement>('#mon-glance-title'),
    slot: () => this.renderRoot.querySelector<HTMLElement>('.pointer-slot'),
    words: { label: MON.pointer.label, pointer: MON.pointer.text, announce: MON.pointer.announce },
  });

  private _view!: MonitorView;
  /** The record, read through the core's prefill once per record, day and configuration. */
  private readonly _fhir = new FhirController(this, {
    resources: () => this.fhir,
    today: () => effectiveToday(this.today, this._review.today).date,
    config: () => this._config.raw,
  });
  /** The record's visits, for the prefill they were read from. */
  private _record?: { prefill: Prefill | undefined; view: RecordView | undefined };
  /** Record values the user removed or cleared: not filled in again until the record changes. */
  private _dismissed = new Set<string>();
  /** What the next status sentence starts with (a visit added or removed). */
  private _action = '';
  /** Where focus goes once a row has been added or removed. */
  private _focusAfter?: { kind: 'added' | 'removed'; row: number };

  /** The current assessment: the core's FollowUpResult for the visits shown (read-only). */
  get result(): FollowUpResult {
    return this._current().result;
  }

  /**
   * The current assessment as the plain-text note "Copy as note" copies: the latest visit, the trend, every
   * flag, what came from the record, and the taper plan when one is shown (empty while the input is
   * invalid). Read-only.
   */
  get note(): string {
    return monitorNote(this._current());
  }

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // The page setting an attribute again to the value it had does not overwrite what the user gave.
    if (this._edits.keepsUserValue(name, old, value)) return;
    super.attributeChangedCallback(name, old, value);
    this._config.attributeChanged(name);
  }

  /** The view for the current inputs, for the getters: recomputed when an update is pending or a source changed. */
  private _current(): MonitorView {
    if (!this._view || this.isUpdatePending || this._config.changed || this._review.dayChanged) {
      this._review.refresh();
      this._compute();
      this.requestUpdate();
    }
    return this._view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._edits.willUpdate(changed);
    if (changed.has('fhir')) this._dismissed = new Set();
    this._review.refresh();
    const previous = this._view?.result;
    this._compute();
    if (previous && previous !== this._view.result) this._note.reset();
  }

  private _compute(): void {
    const rawConfig = this._config.raw;
    const localToday = this._review.today;
    const today = effectiveToday(this.today, localToday).date;
    const prefill = this._fhir.prefill;
    let record = this._record;
    if (!record || record.prefill !== prefill) record = this._record = { prefill, view: readRecord(prefill) };
    this._view = monitorView(
      {
        visits: this.visits,
        drugs: this.drugs,
        mmtMax: this.mmtMax,
        today: this.today,
        localToday,
        taper: { start: this.taperStart, weight: this.weight, weightUnit: this.weightUnit, weightConfirmed: this.weightConfirmed, heightCm: this.heightCm },
        theme: this.theme,
        headingLevel: this.headingLevel,
        ignored: this._attributes.ignored.map((a) => a.message),
        rawConfig,
        resolution: this._config.resolve(today),
        record: record.view,
        dismissed: this._dismissed,
      },
      this._view?.result,
    );
  }

  protected override updated(): void {
    applyHeadingLevel(this.renderRoot, parseHeadingLevel(this.headingLevel).level);
    this._placeFocus();
  }

  /** After a row was added (its date) or removed (the next row's remove button, else the previous, else "Add"). */
  private _placeFocus(): void {
    const f = this._focusAfter;
    this._focusAfter = undefined;
    if (f?.kind === 'added') focusControl(this.renderRoot, `visits[${f.row}].date`);
    else if (f) {
      const root = this.renderRoot;
      (root.querySelector<HTMLElement>(`[data-remove="${f.row}"]`) ?? root.querySelector<HTMLElement>(`[data-remove="${f.row - 1}"]`) ?? root.querySelector<HTMLElement>('.add-visit'))?.focus();
    }
  }

  // ---- User edits: one `nam-monitor-change` per edit. ----

  /** The visits as shown now (the page's, merged with the record's), or undefined when `visits` is not a list. */
  private _shownVisits(): unknown[] | undefined {
    const own = visitList(this.visits);
    return Array.isArray(own) ? mergeVisits(own, this._record?.view, this._dismissed).visits : undefined;
  }

  private _fromRecord = (date: string) => !!this._record?.view?.visits.some((v) => v.date === date);

  /** Takes a visit list edit: the new visits, and which record values stay away. */
  private _take(edit: VisitEdit): 'visits' {
    edit.dismiss.forEach((k) => this._dismissed.add(k));
    edit.restore.forEach((k) => this._dismissed.delete(k));
    this.visits = edit.visits as Visit[];
    this._critical.userEdited();
    return 'visits';
  }

  private _apply = (control: FormControl): PropertyKey | undefined => {
    const target = parseControlName(control.name);
    const self = this as unknown as Record<string, unknown>;
    const set = (key: string, value: unknown) => (Object.is(self[key], value) ? undefined : ((self[key] = value), this._critical.userEdited(), key));
    if (target?.kind === 'visit') {
      const edit = editCell(this._shownVisits() ?? [], target.index, target.field, control.value, this._fromRecord);
      return edit && this._take(edit);
    }
    if (target?.kind === 'drug') {
      const next = editDrugs(Array.isArray(this.drugs) ? this.drugs : [], target.drug, target.field, control.value);
      return same(next, this.drugs ?? []) ? undefined : set('drugs', next);
    }
    switch (control.name) {
      case 'mmt-max':
        // The scale shown already (80 when none was given) is no change.
        return control.value === this._view.mmtChoice ? undefined : set('mmtMax', control.value);
      case 'taper-start':
        return set('taperStart', control.value === '' ? null : control.value);
      case 'weight':
      case 'weight-unit':
        return set(control.name === 'weight' ? 'weight' : 'weightUnit', control.value);
      case 'weight-confirmed':
        return set('weightConfirmed', (control as HTMLInputElement).checked);
      default:
        return undefined;
    }
  };

  private _onEdit = (e: Event) => this._edits.handle(e, this._apply);

  private _add = () => {
    const edit = addVisit(this._shownVisits() ?? [], this._view.today);
    this._action = MON.status.added(edit.name);
    this._focusAfter = { kind: 'added', row: edit.row };
    this._edits.userChanged(this._take(edit));
  };

  private _remove = (row: number) => {
    const edit = removeVisit(this._shownVisits() ?? [], row, this._fromRecord);
    if (!edit) return;
    this._action = MON.status.removed(edit.name);
    this._bloodsOpen = shiftRows(this._bloodsOpen, row);
    this._focusAfter = { kind: 'removed', row };
    this._edits.userChanged(this._take(edit));
  };

  private _toggle<T>(set: ReadonlySet<T>, item: T): Set<T> {
    const next = new Set(set);
    if (!next.delete(item)) next.add(item);
    return next;
  }

  // ---- Navigation inside the element: glance lines, citation marks, the chart. ----

  private _onClick = (event: Event) => {
    const origin = event.composedPath()[0];
    const link = origin instanceof Element ? origin.closest<HTMLAnchorElement>('a[data-goto], a[data-cite]') : null;
    if (!link) return;
    event.preventDefault();
    if (link.dataset.cite) {
      this._sourcesOpen = true;
      this._sourceTarget = link.dataset.cite as SourceId;
      void this._focusAfterUpdate(`#source-${CSS.escape(link.dataset.cite)}`);
      return;
    }
    const id = link.dataset.goto ?? '';
    const date = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.dataset.visit;
    if (date) this._expanded = new Set([...this._expanded, date]);
    void this._focusAfterUpdate(id === TABLE_ID ? '.add-visit' : date ? `#${CSS.escape(id)} .item-toggle` : `#${CSS.escape(id)}`);
  };

  private async _focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.scrollIntoView?.({ block: 'center', behavior: scrollBehavior() });
    target?.focus({ preventScroll: true });
  }

  private _toggleAll = () => {
    const r = this._view.result;
    if (!r.ok) return;
    const all = r.visits.every((a) => this._expanded.has(a.date));
    this._expanded = all ? new Set() : new Set(r.visits.map((a) => a.date));
  };

  private _chartKey = async (e: KeyboardEvent) => {
    const chart = this._view.chart;
    const next = chart && nextPoint(chart, Math.min(this._chartActive, chart.points.length - 1), e.key);
    if (next === undefined) return;
    e.preventDefault();
    this._chartActive = this._chartShown = next;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-point="${next}"]`)?.focus();
  };

  // ---- Rendering (no parsing or computing here: see willUpdate). ----

  override render() {
    const blocked = this._platform.blocked;
    if (blocked) return blocked;
    const header = html`<header class="header" part="header">
      <h2 id="mon-title">${MON.title}</h2>
      <p class="subtitle">${MON.subtitle}</p>
    </header>`;
    if (this._config.pending) {
      return html`<article class="wrap" lang="en" aria-labelledby="mon-title">${header} ${renderConfigLoading()}</article>`;
    }
    const view = this._view;
    const r = view.result;
    const printing = this._note.printing;
    const sources = citedSources(view);
    const table: TableHandlers = { onEdit: this._onEdit, add: this._add, remove: this._remove, toggleBloods: (row) => (this._bloodsOpen = this._toggle(this._bloodsOpen, row)) };
    const state = { typed: this._edits.typedText, bloodsOpen: this._bloodsOpen };
    const results: ResultHandlers = { expanded: this._expanded, printing, toggle: (date) => (this._expanded = this._toggle(this._expanded, date)), toggleAll: this._toggleAll, sources };
    const chart = {
      active: Math.max(0, Math.min(this._chartActive, (view.chart?.points.length ?? 0) - 1)),
      shown: this._chartShown,
      tableOpen: this._chartTable,
      printing,
      keydown: this._chartKey,
      focusPoint: (i: number) => (this._chartActive = this._chartShown = i),
      leave: () => (this._chartShown = -1),
      toggleTable: () => (this._chartTable = !this._chartTable),
    };
    return html`<article class="wrap" lang="en" aria-labelledby="mon-title" @click=${this._onClick} @focusout=${this._edits.focusOut}>
      ${header} ${renderConfigErrors(view.resolution)} ${renderReviewAlert(view.resolution, view.today)} ${renderAttributeErrors(view)}
      <form class="form" part="form" aria-label=${MON.formLabel} @submit=${(e: Event) => e.preventDefault()}>
        ${renderRecord(view)} ${renderScale(view, table)} ${renderVisitTable(view, state, table)}
        ${renderDrugs(view, state, table, this._drugsOpen, () => (this._drugsOpen = !this._drugsOpen))}
      </form>
      ${printing ? renderPrintedVisits(view) : nothing}
      <div class="pointer-slot no-print"></div>
      <section class="results" part="results" aria-label=${MON.results}>
        ${r.ok
          ? html`${renderGlance(view, this._edits.busy)} ${renderVisitItems(r, results)} ${renderBloods(r, results)} ${renderExposure(r, results)}
            ${renderChart(view.chart, chart)}`
          : renderInvalid(view, (name) => this._edits.deferred(name), (name) => focusControl(this.renderRoot, name))}
        ${renderTaper(view, taperValues(this, this._edits.typedText), this._onEdit, sources)}
      </section>
      ${renderActions(view, this._note, () => monitorNote(view))}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-status>${this._edits.status}</p>
      ${renderSources(sources, this._sourcesOpen || printing, this._sourceTarget, () => (this._sourcesOpen = !this._sourcesOpen))}
      ${renderFooter(view.resolution, view.today)}
    </article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nam-monitor-change': NamMonitorChangeEvent;
  }
}
