import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveConfig } from '../../core/config.js';
import type { PathwayResult, DoseResult } from '../../core/types.js';
import type { SourceId } from '../../content/sources.js';
import { VERSION } from '../../version.js';
import { baseStyles } from '../shared/base.styles.js';
import { rawConfig } from '../shared/config-source.js';
import { copyText } from '../shared/copy-text.js';
import { renderNotices } from '../shared/notices.js';
import { echo, isBadTheme, trimmedChoice } from '../shared/attribute-values.js';
import { applyHeadingLevel, parseHeadingLevel } from '../shared/heading-level.js';
import { renderConfigErrors, renderFooter, renderReviewAlert } from '../shared/status-footer.js';
import { UI } from '../shared/strings.js';
import { mapModel, type MapModel } from './map-model.js';
import { mapStyles } from './map.styles.js';
import { pathwayStyles } from './nam-pathway.styles.js';
import { pathwayNoteText, shownDrugs } from './note-text.js';
import {
  booleanValue,
  computeView,
  FIELD_ATTRIBUTES,
  isAbsent,
  redFlagTokens,
  weightText,
  type AttributeError,
  type ControlName,
  type ErrorTarget,
  type InputField,
  type PathwayView,
} from './pathway-state.js';
import { renderForm } from './render-form.js';
import { renderMap } from './render-map.js';
import { citedSources, renderActions, renderNotes, renderSourceEntries, type CopyState } from './render-sources.js';
import { renderBanner, renderInputsSummary, renderSkipLink, renderSteps } from './render-steps.js';
import { statusText } from './status-text.js';
import { PATHWAY_UI } from './strings.js';

export const PATHWAY_TAG = 'nam-pathway';

/** The `nam-pathway-change` event: fired on user input only; `detail` is the core's result. */
export type NamPathwayChangeEvent = CustomEvent<PathwayResult>;

const MODES = ['interactive', 'summary'];
const INPUT_PROPS = [
  'antibody',
  'statin',
  'checkpointInhibitor',
  'severity',
  'redFlags',
  'phase',
  'weight',
  'weightUnit',
  'config',
  'mode',
  'theme',
] as const;

/** The controls an error can belong to (each control's `name` is its attribute's). */
const CONTROL_NAMES: readonly ErrorTarget[] = Object.values(FIELD_ATTRIBUTES);

/** Smooth scrolling, unless the user asked for reduced motion. */
const scrollBehavior = (): ScrollBehavior =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

/** Keeps the attribute as given: the core validates it and reports a bad value. */
const asGiven = { fromAttribute: (value: string | null) => value ?? undefined };

/**
 * The IMNM/NAM treatment pathway: the patient's antibody subgroup, statin and
 * checkpoint-inhibitor exposure, severity, red flags and phase give cited, prioritised steps,
 * with inline weight-based doses and a map of the decision pathway with the current route
 * highlighted. Every step shows why it appeared and the sources behind it.
 *
 * @summary Interactive, cited treatment pathway for immune-mediated necrotizing myopathy.
 * @tagname nam-pathway
 *
 * @fires {CustomEvent<PathwayResult>} nam-pathway-change - When the user changes an input (never on attribute or property changes). Bubbles and is composed; `detail` is the core's PathwayResult (`{ ok: true, input, steps, contentVersion, warnings }` or `{ ok: false, errors }`).
 *
 * @csspart header - The title bar.
 * @csspart form - The input form (interactive mode only).
 * @csspart errors - The list of settings that were not accepted (role="alert").
 * @csspart config-error - The notice that the institution configuration was ignored.
 * @csspart review-alert - The warning at the top when the institution's review is overdue or covered another content version.
 * @csspart skip-link - A skip link, shown when focused: "Skip to the steps" before the form, "Skip past the steps" at their start.
 * @csspart result - The polite live region holding the inputs summary, steps and map (aria-busy while the weight is typed; a visually hidden status says each committed change in one sentence).
 * @csspart banner - The critical banner (red flags, mandatory withdrawal, critical steps), at the top of the element in its own polite live region.
 * @csspart inputs-summary - The line saying which input the pathway is for.
 * @csspart steps - The steps, grouped under their priority headings.
 * @csspart step - One step (also `step-critical`, `step-warning`, `step-info`, `step-mandatory`).
 * @csspart step-critical - A step with the critical indicator.
 * @csspart step-warning - A step with the warning indicator.
 * @csspart step-info - A step with the info indicator.
 * @csspart step-mandatory - The mandatory checkpoint-inhibitor withdrawal step.
 * @csspart step-title - A step's title (inside the step's heading, after the indicator said for screen readers).
 * @csspart step-text - A step's text.
 * @csspart dose - A computed dose line inside a step (with `data-drug`).
 * @csspart why - Why a step appeared (the inputs, in words).
 * @csspart citations - A step's, dose line's or note's citation marks.
 * @csspart notice - A dose notice (also `notice-critical`, `notice-warning`, `notice-info`).
 * @csspart map - The pathway map figure (caption, drawing, key); the drawing scrolls sideways inside it when the figure is too narrow for it.
 * @csspart actions - The copy and print buttons.
 * @csspart copy-button - The "Copy as note" button.
 * @csspart print-button - The "Print" button.
 * @csspart note - The note text area shown when the clipboard is unavailable.
 * @csspart notes - The collapsed clinical notes.
 * @csspart sources - The full source list (the region "Pathway sources").
 * @csspart footer - Content version, review status and the About panel.
 * @csspart about - The intended-use "About" panel.
 *
 * @cssprop --nam-font-family - Font family (default: the system UI font).
 * @cssprop --nam-font-size - Base font size, in px (default 16px; the host page's rem is ignored).
 * @cssprop --nam-line-height - Line height (default 1.5).
 * @cssprop --nam-color-text - Text colour.
 * @cssprop --nam-color-background - Background colour.
 * @cssprop --nam-color-muted - Secondary text colour; also the map's boxes and connectors off the route (keep it at 3:1 or more against the background).
 * @cssprop --nam-color-border - Border colour.
 * @cssprop --nam-color-accent - Accent colour (links, the highlighted route).
 * @cssprop --nam-color-surface - Background of panels and dose boxes.
 * @cssprop --nam-color-critical - Critical indicator colour.
 * @cssprop --nam-color-critical-background - Critical background.
 * @cssprop --nam-color-warning - Warning indicator colour.
 * @cssprop --nam-color-warning-background - Warning background.
 * @cssprop --nam-color-info - Info indicator colour.
 * @cssprop --nam-color-info-background - Info background.
 * @cssprop --nam-focus-ring - Focus outline colour.
 * @cssprop --nam-radius - Corner radius.
 * @cssprop --nam-space - Spacing unit.
 * @cssprop --nam-map-max-width - Largest width of the pathway map drawing (default 440px). The drawing is never narrower than the width at which its smallest words are 11px (a narrower figure scrolls it sideways).
 */
export class NamPathway extends LitElement {
  /** The package version, so two copies on one page can tell each other apart. */
  static version = VERSION;

  static override styles = [baseStyles, pathwayStyles, mapStyles];

  /** Myositis-specific antibody: `anti-hmgcr`, `anti-srp`, `seronegative` or `pending` (default). */
  @property({ attribute: 'antibody' }) antibody?: string;

  /** Statin exposure: `current`, `past`, `never` or `unknown` (default). */
  @property({ attribute: 'statin' }) statin?: string;

  /**
   * Receiving or recently received an immune checkpoint inhibitor. Boolean attribute: present
   * (or "true") is true; absent or the literal "false" is false; any other value is reported.
   */
  @property({
    attribute: 'checkpoint-inhibitor',
    converter: {
      fromAttribute: (value: string | null) => booleanValue(value) as boolean,
      toAttribute: (value: boolean) => (value ? '' : null),
    },
  })
  checkpointInhibitor = false;

  /** Severity: `mild`, `moderate` (default), `severe` or `life-threatening` (CTCAE grades 1–4 with a checkpoint inhibitor). */
  @property({ attribute: 'severity' }) severity?: string;

  /**
   * Red flags: `dyspnoea`, `bulbar`, `severe-weakness`, `myocarditis`, `rhabdomyolysis`. The
   * attribute takes a list separated by spaces and/or commas; the property also takes an array.
   */
  @property({ attribute: 'red-flags', converter: asGiven }) redFlags?: string | readonly string[];

  /** Phase: `new` (default), `inadequate-response` or `relapse`. */
  @property({ attribute: 'phase' }) phase?: string;

  /** Optional body weight (a plain decimal number); shows the computed doses inside the steps. */
  @property({ attribute: 'weight', converter: asGiven }) weight?: number | string;

  /** Unit of `weight`: `kg` (default) or `lb`. */
  @property({ attribute: 'weight-unit' }) weightUnit?: string;

  /**
   * Institution configuration: an object (property) or JSON (attribute). Without either, a
   * `<script type="application/json">` child is read. An invalid configuration is reported and
   * the published defaults are used.
   */
  @property({ attribute: 'config', converter: asGiven }) config?: unknown;

  /**
   * `interactive` (default) shows the form; `summary` shows only the result for the attributes.
   * Not reflected: the element never writes attributes its page did not set.
   */
  @property() mode: 'interactive' | 'summary' = 'interactive';

  /**
   * Colour scheme: `light` or `dark`; without it the system setting is followed. Reflected, since
   * the element's own styles select on the attribute.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * The outline level of the element's title, 1 to 5 (default 2: the title is an h2, its
   * sections h3, steps h4). Set it to fit the widget under the page's own headings; the headings
   * are then exposed at that level and below, and look the same.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: number | string | null;

  @state() private _copyState: CopyState = 'idle';
  @state() private _noteText = '';
  @state() private _target?: SourceId;
  @state() private _editing?: ErrorTarget;
  /** The one-sentence status of the last committed change (empty until the first change). */
  @state() private _status = '';
  /** Whether the map drawing is wider than its figure (it then scrolls and takes focus). */
  @state() private _mapScrolls = false;

  private _view!: PathwayView;
  private _map?: MapModel;
  private _sources: SourceId[] = [];
  private _returnFocus?: HTMLElement;
  private _observer?: MutationObserver;
  private _mapResize?: ResizeObserver;
  private _mapScroller?: Element;
  /**
   * The values the user typed or chose in the form, by input. An input still holding the value
   * the user gave is named in its errors with the control's label; once the page sets it again
   * (attribute or property), with the attribute's name.
   */
  private _fromForm = new Map<InputField, unknown>();

  /** The pathway for the current inputs, as the core returned it (read-only). */
  get result(): PathwayResult {
    if (!this._view || this.isUpdatePending) this._compute();
    return this._view.result;
  }

  /** The dose result behind the inline doses, when a valid weight is given (read-only). */
  get doseResult(): DoseResult | undefined {
    if (!this._view || this.isUpdatePending) this._compute();
    return this._view.doses;
  }

  /**
   * The current result as the plain-text note that "Copy as note" copies: the steps with their
   * notices, the inline doses when a valid weight is given, and the sources (empty while the input
   * is invalid). Read-only.
   */
  get note(): string {
    const result = this.result;
    return result.ok ? this._noteFor(result) : '';
  }

  private _noteFor(result: PathwayResult): string {
    return pathwayNoteText(result, rawConfig(this, this.config, null), this._view.doses);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A configuration in a <script type="application/json"> child can arrive or change later.
    if (typeof MutationObserver === 'function' && !this._observer) {
      this._observer = new MutationObserver(() => this.requestUpdate());
    }
    this._observer?.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) this._watchMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._mapResize?.disconnect();
    this._mapScroller = undefined;
  }

  protected override updated(): void {
    this._watchMap();
    applyHeadingLevel(this.renderRoot, parseHeadingLevel(this.headingLevel).level);
  }

  /**
   * Watches the map's scroll box (a new one each time the map reappears): a drawing wider than its
   * figure scrolls sideways, and a box that scrolls must be reachable by keyboard.
   */
  private _watchMap(): void {
    const scroller = this.renderRoot.querySelector('.map-scroll') ?? undefined;
    if (scroller === this._mapScroller) return;
    this._mapResize?.disconnect();
    this._mapScroller = scroller;
    if (!scroller) {
      this._mapScrolls = false;
    } else if (typeof ResizeObserver === 'function') {
      this._mapResize ??= new ResizeObserver(() => this._measureMap());
      this._mapResize.observe(scroller);
    }
  }

  private _measureMap(): void {
    const box = this._mapScroller;
    const scrolls = box !== undefined && box.scrollWidth > box.clientWidth + 1;
    if (scrolls !== this._mapScrolls) this._mapScrolls = scrolls;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page replaced the weight being typed: that edit is over (not busy, its alert may show).
    if (this._editing === 'weight' && changed.has('weight') && !Object.is(this._fromForm.get('weight'), this.weight)) {
      this._editing = undefined;
    }
    const inputsChanged = !this._view || INPUT_PROPS.some((p) => changed.has(p)) || changed.size === 0;
    if (inputsChanged) {
      this._compute();
      this._copyState = 'idle';
    }
    // The status speaks once per committed change: not on first render, not while the weight is
    // typed, and once more when the typing ends (Enter or leaving the field).
    const editEnded = (changed as Map<PropertyKey, unknown>).has('_editing');
    if (this.hasUpdated && !this._editing && (inputsChanged || editEnded)) this._status = statusText(this._view);
  }

  private _compute(): void {
    try {
      const extra: AttributeError[] = [];
      const mode = trimmedChoice(this.mode);
      if (mode !== undefined && !MODES.includes(mode as string)) {
        extra.push({ target: 'mode', message: PATHWAY_UI.modeError(echo(mode) ?? '') });
      }
      if (isBadTheme(this.theme)) {
        extra.push({ target: 'theme', message: UI.themeError(echo(this.theme) ?? '') });
      }
      if (parseHeadingLevel(this.headingLevel).error) {
        extra.push({ target: 'heading-level', message: UI.headingLevelError(echo(this.headingLevel) ?? '') });
      }
      const config = rawConfig(this, this.config, null);
      const fromForm = new Set<ControlName>();
      for (const [field, value] of this._fromForm) {
        if (Object.is(this[field], value)) fromForm.add(FIELD_ATTRIBUTES[field]);
        else this._fromForm.delete(field);
      }
      this._view = computeView(
        {
          antibody: this.antibody,
          statin: this.statin,
          checkpointInhibitor: this.checkpointInhibitor,
          severity: this.severity,
          redFlags: this.redFlags,
          phase: this.phase,
          weight: this.weight,
          weightUnit: this.weightUnit,
        },
        config,
        extra,
        fromForm,
      );
      const result = this._view.result;
      this._map = result.ok ? mapModel(result) : undefined;
      this._sources = result.ok ? citedSources(result, this._view.doses, shownDrugs(result)) : [];
    } catch {
      // The core never throws; this guards the element's own code so a page never breaks.
      const errors = [{ field: 'input', message: PATHWAY_UI.failed }];
      this._view = {
        result: { ok: false, errors },
        doseInvalid: false,
        errors: [{ target: 'input', message: errors[0].message }],
        values: { redFlags: [], weight: '' },
        resolution: resolveConfig(undefined),
      };
      this._map = undefined;
      this._sources = [];
    }
  }

  private get _interactive(): boolean {
    return trimmedChoice(this.mode) !== 'summary';
  }

  // ---- User input: one `nam-pathway-change` per change the user makes. ----

  private _onFormInput(event: Event): void {
    const control = event.currentTarget as HTMLInputElement | HTMLSelectElement;
    const form = control.closest('form') ?? this.renderRoot;
    // While the weight is being typed its error shows beside the field only; the alert
    // summary (announced) waits until the field is committed (change: Enter or leaving it).
    // An input event a script dispatches (not a keystroke) sets a whole value: committed.
    const editing = event.type === 'input' && event.isTrusted && control.name === 'weight' ? 'weight' : undefined;
    if (this._editing !== editing) this._editing = editing;
    let changed = false;
    const set = <K extends 'antibody' | 'statin' | 'severity' | 'phase' | 'weightUnit'>(key: K, value: string) => {
      if (trimmedChoice(this[key]) !== value) {
        this[key] = value;
        this._fromForm.set(key, value);
        changed = true;
      }
    };
    switch (control.name) {
      case 'antibody':
      case 'statin':
      case 'severity':
      case 'phase':
        if ((control as HTMLInputElement).checked) set(control.name, control.value);
        break;
      case 'weight-unit':
        if (control.value) set('weightUnit', control.value);
        break;
      case 'checkpoint-inhibitor': {
        const checked = (control as HTMLInputElement).checked;
        if (booleanValue(this.checkpointInhibitor) !== checked) {
          this.checkpointInhibitor = checked;
          this._fromForm.set('checkpointInhibitor', checked);
          changed = true;
        }
        break;
      }
      case 'red-flags': {
        const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="red-flags"]:checked')].map((i) => i.value);
        const current = redFlagTokens(this.redFlags);
        const same =
          Array.isArray(current) && current.length === checked.length && checked.every((f) => current.includes(f));
        if (!same) {
          this.redFlags = checked;
          this._fromForm.set('redFlags', checked);
          changed = true;
        }
        break;
      }
      case 'weight': {
        // A field the user empties means "no weight" (an empty weight attribute is an error).
        const next = control.value.trim() === '' ? undefined : control.value;
        const current = isAbsent(this.weight) ? undefined : String(this.weight);
        if (next !== current) {
          this.weight = next;
          this._fromForm.set('weight', next);
          changed = true;
        }
        break;
      }
      default:
        return;
    }
    if (changed) void this._announce();
  }

  private async _announce(): Promise<void> {
    await this.updateComplete;
    this.dispatchEvent(
      new CustomEvent<PathwayResult>('nam-pathway-change', { detail: this.result, bubbles: true, composed: true }),
    );
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
  }

  /** Leaving the weight field ends the edit, even when no change event follows (the value came back). */
  private _onFocusOut(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (this._editing && target instanceof HTMLInputElement && target.name === this._editing) this._editing = undefined;
  }

  // ---- Citation marks, banner links, copy and print (delegated clicks). ----

  private _onClick(event: Event): void {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    const mark = origin.closest<HTMLElement>('a[data-cite]');
    if (mark) {
      event.preventDefault();
      void this._goToSource(mark.dataset.cite as SourceId, mark);
      return;
    }
    const skip = origin.closest<HTMLElement>('a[data-skip]');
    if (skip) {
      event.preventDefault();
      this._focusInside(`#${skip.dataset.skip}`, 'start');
      return;
    }
    const stepLink = origin.closest<HTMLElement>('a[data-goto-step]');
    if (stepLink) {
      event.preventDefault();
      this._focusInside(`#step-${stepLink.dataset.gotoStep}`);
      return;
    }
    if (origin.closest('[data-back]')) {
      const back = this._returnFocus;
      this._target = undefined;
      if (back?.isConnected) back.focus();
      return;
    }
    const action = origin.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'copy') void this._copy();
    if (action === 'print' && typeof globalThis.print === 'function') globalThis.print();
  }

  private async _goToSource(id: SourceId, from: HTMLElement): Promise<void> {
    this._target = id;
    this._returnFocus = from;
    await this.updateComplete;
    this._focusInside(`#source-${CSS.escape(id)}`);
  }

  private _focusInside(selector: string, block: ScrollLogicalPosition = 'center'): void {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.scrollIntoView?.({ block, behavior: scrollBehavior() });
    target.focus({ preventScroll: true });
  }

  /** From the error list to the control: a radio group's checked radio (else its first), a list's first box. */
  private _focusControl(name: ControlName): void {
    const root = this.renderRoot;
    const control =
      root.querySelector<HTMLElement>(`input[type="radio"][name="${name}"]:checked`) ??
      root.querySelector<HTMLElement>(`[name="${name}"]`);
    control?.focus();
  }

  private async _copy(): Promise<void> {
    const text = this._noteFor(this.result);
    if (await copyText(text, null)) {
      this._copyState = 'copied';
      return;
    }
    this._noteText = text;
    this._copyState = 'fallback';
    await this.updateComplete;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea.note-text');
    if (area) {
      area.focus();
      area.select();
    }
  }

  // ---- Rendering (no parsing or computing here: see willUpdate). ----

  private _renderErrors() {
    const errors = this._view.errors.filter((e) => e.target !== this._editing);
    if (!errors.length) return nothing;
    return html`<div class="errors" role="alert" part="errors">
      <p>${PATHWAY_UI.errorsTitle}</p>
      <ul>
        ${errors.map((e) =>
          this._interactive && CONTROL_NAMES.includes(e.target)
            ? html`<li data-error-for=${e.target}>
                <button type="button" class="link" @click=${() => this._focusControl(e.target as ControlName)}>${e.message}</button>
              </li>`
            : html`<li data-error-for=${e.target}>${e.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  private _renderResult() {
    const view = this._view;
    const result = view.result;
    if (!result.ok || !this._map) return html`<p class="no-result">${PATHWAY_UI.noResult}</p>`;
    const doseWarnings = view.doses?.warnings.filter((w) => w.code !== 'config-invalid') ?? [];
    return html`${renderInputsSummary(result, view.doses)}
      ${view.doses
        ? html`<p class="dose-summary">${PATHWAY_UI.doses.summary(weightText(view.doses))}</p>
            ${renderNotices(doseWarnings)}`
        : nothing}
      <div class="result-grid">${renderSteps(result, view, this._interactive)} ${renderMap(this._map, this._mapScrolls)}</div>`;
  }

  override render() {
    const view = this._view;
    const interactive = this._interactive;
    const errorMap = new Map<ErrorTarget, string>();
    for (const e of view.errors) errorMap.set(e.target, errorMap.has(e.target) ? `${errorMap.get(e.target)} ${e.message}` : e.message);
    // The critical banner leads, before the form, in its own polite live region: it is what must
    // be seen (and heard) first when a red flag is chosen.
    return html`<div class="layout" lang="en" @click=${this._onClick} @focusout=${this._onFocusOut}>
      <header part="header"><h2 class="title">${PATHWAY_UI.title}</h2></header>
      <div class="banner-region" aria-live="polite">${view.result.ok ? renderBanner(view.result) : nothing}</div>
      ${renderReviewAlert(view.resolution)} ${renderConfigErrors(view.resolution)} ${this._renderErrors()}
      ${interactive && view.result.ok ? renderSkipLink('steps', PATHWAY_UI.skip.toSteps) : nothing}
      ${interactive ? renderForm(view.values, errorMap, { input: this._onFormInput, submit: this._onSubmit }) : nothing}
      <section
        class="result"
        part="result"
        aria-live="polite"
        aria-relevant="additions"
        aria-busy=${this._editing ? 'true' : 'false'}
        aria-label=${PATHWAY_UI.resultLabel}
      >
        ${this._renderResult()}
      </section>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-status>${this._status}</p>
      ${view.result.ok
        ? html`${renderActions(this._copyState, this._noteText)} ${renderNotes()}
          ${renderSourceEntries(this._sources, this._target, this._returnFocus !== undefined)}`
        : nothing}
      ${renderFooter(view.resolution)}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nam-pathway-change': NamPathwayChangeEvent;
  }
}
