// Before Lit: a page's Trusted Types policy may refuse Lit's (see trusted-types.ts).
import '../shared/trusted-types.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveConfig } from '../../core/config.js';
import { ownValue } from '../../core/own.js';
import type { PathwayResult, DoseResult } from '../../core/types.js';
import type { SourceId } from '../../content/sources.js';
import { VERSION } from '../../version.js';
import { AttributeCheckController } from '../shared/attribute-check-controller.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConfigController } from '../shared/config-controller.js';
import { EditController, focusControl, type FormControl } from '../shared/edit-controller.js';
import { echo, isBadTheme, trimmedChoice } from '../shared/attribute-values.js';
import { applyHeadingLevel, parseHeadingLevel } from '../shared/heading-level.js';
import { NoteController } from '../shared/note-controller.js';
import { PlatformController } from '../shared/platform-controller.js';
import { ReviewController } from '../shared/review-controller.js';
import { renderConfigErrors, renderConfigLoading, renderFooter, renderReviewAlert } from '../shared/status-footer.js';
import { UI } from '../shared/strings.js';
import { limitList } from '../shared/text-limits.js';
import { applyEdit } from './form-edits.js';
import { mapModel, type MapModel } from './map-model.js';
import { MapScrollController } from './map-scroll-controller.js';
import { mapStyles } from './map.styles.js';
import { pathwayStyles } from './nam-pathway.styles.js';
import { pathwayNoteText, shownDrugs } from './note-text.js';
import {
  booleanValue,
  computeView,
  CONTROL_LABELS,
  FIELD_ATTRIBUTES,
  type AttributeError,
  type ControlName,
  type ErrorTarget,
  type InputField,
  type PathwayView,
} from './pathway-state.js';
import { renderForm } from './render-form.js';
import { renderErrors, renderResult } from './render-parts.js';
import { citedSources, renderActions, renderNotes, renderSourceEntries } from './render-sources.js';
import { renderBanner, renderSkipLink } from './render-steps.js';
import { statusText } from './status-text.js';
import { PATHWAY_UI } from './strings.js';

export const PATHWAY_TAG = 'nam-pathway';

/** The `nam-pathway-change` event: fired on user input only; `detail` is the core's result. */
export type NamPathwayChangeEvent = CustomEvent<PathwayResult>;

const MODES = ['interactive', 'summary'];


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

  @state() private _target?: SourceId;

  private readonly _config = new ConfigController(this, () => this.config);
  private readonly _review = new ReviewController(this);
  private readonly _edits = new EditController(this, {
    event: 'nam-pathway-change',
    detail: () => this.result,
    status: () => statusText(this._view),
    owns: (key, name) => ownValue(FIELD_ATTRIBUTES, String(key)) === name,
    replaced: (key, value) => {
      const attribute = ownValue(FIELD_ATTRIBUTES, String(key)) as ControlName | undefined;
      return UI.replacedByPage(attribute ? CONTROL_LABELS[attribute] : String(key), echo(value));
    },
  });
  private readonly _note = new NoteController(this, { text: () => this.note });
  private readonly _attributes = new AttributeCheckController(this);
  private readonly _platform = new PlatformController(this);
  private readonly _mapScroll = new MapScrollController(this);

  private _view!: PathwayView;
  private _map?: MapModel;
  private _sources: SourceId[] = [];
  private _returnFocus?: HTMLElement;

  /** The pathway for the current inputs, as the core returned it (read-only). */
  get result(): PathwayResult {
    return this._current().result;
  }

  /** The dose result behind the inline doses, when a valid weight is given (read-only). */
  get doseResult(): DoseResult | undefined {
    return this._current().doses;
  }

  /**
   * The current result as the plain-text note that "Copy as note" copies: the steps with their
   * notices, the inline doses when a valid weight is given, and the sources (empty while the input
   * is invalid). Read-only.
   */
  get note(): string {
    const view = this._current();
    return view.result.ok ? pathwayNoteText(view.result, this._config.raw, view.doses, this._review.today) : '';
  }

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // The page setting an attribute again to the value it had does not overwrite what the user gave.
    if (this._edits.keepsUserValue(name, old, value)) return;
    super.attributeChangedCallback(name, old, value);
    this._config.attributeChanged(name);
  }

  /**
   * The view for the current inputs, for the getters (never called while rendering): recomputed
   * when an update is pending, a configuration source changed or the day did.
   */
  private _current(): PathwayView {
    if (!this._view || this.isUpdatePending || this._config.changed || this._review.dayChanged) {
      this._review.refresh();
      this._compute();
      this.requestUpdate();
    }
    return this._view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._edits.willUpdate(changed);
    this._review.refresh();
    const previous = this._view?.result;
    this._compute();
    if (previous && JSON.stringify(previous) !== JSON.stringify(this._view.result)) this._note.reset();
  }

  protected override updated(): void {
    applyHeadingLevel(this.renderRoot, parseHeadingLevel(this.headingLevel).level);
  }

  private _compute(): void {
    try {
      const extra: AttributeError[] = [];
      const mode = trimmedChoice(this.mode);
      if (mode !== undefined && !MODES.includes(mode as string)) {
        extra.push({ target: 'mode', message: PATHWAY_UI.modeError(echo(mode) ?? '') });
      }
      if (isBadTheme(this.theme)) extra.push({ target: 'theme', message: UI.themeError(echo(this.theme) ?? '') });
      if (parseHeadingLevel(this.headingLevel).error) {
        extra.push({ target: 'heading-level', message: UI.headingLevelError(echo(this.headingLevel) ?? '') });
      }
      for (const message of limitList(this._attributes.ignored.map((a) => a.message))) extra.push({ target: 'attribute', message });
      const fromForm = new Set(
        (Object.keys(FIELD_ATTRIBUTES) as InputField[]).filter((f) => this._edits.fromUser(f)).map((f) => FIELD_ATTRIBUTES[f]),
      );
      const config = this._config.raw;
      const raw = {
        antibody: this.antibody,
        statin: this.statin,
        checkpointInhibitor: this.checkpointInhibitor,
        severity: this.severity,
        redFlags: this.redFlags,
        phase: this.phase,
        weight: this.weight,
        weightUnit: this.weightUnit,
      };
      this._view = computeView(raw, config, extra, fromForm, this._config.resolve(this._review.today));
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

  private _apply = (control: FormControl) => applyEdit(this, control);

  private _onFormInput(event: Event): void {
    this._edits.handle(event, this._apply);
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
  }

  // ---- Citation marks, banner links, skip links, copy and print (delegated clicks). ----

  private _onClick(event: Event): void {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    const link = origin.closest<HTMLElement>('a[data-cite], a[data-skip], a[data-goto-step]');
    if (link) {
      event.preventDefault();
      if (link.dataset.cite) void this._goToSource(link.dataset.cite as SourceId, link);
      else if (link.dataset.skip) this._focusInside(`#${link.dataset.skip}`, 'start');
      else this._focusInside(`#step-${link.dataset.gotoStep}`);
      return;
    }
    if (origin.closest('[data-back]')) {
      const back = this._returnFocus;
      this._target = undefined;
      if (back?.isConnected) back.focus();
      return;
    }
    const action = origin.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'copy') void this._note.copy();
    if (action === 'print') this._note.print();
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

  // ---- Rendering (no parsing or computing here: see willUpdate). ----

  override render() {
    const blocked = this._platform.blocked;
    if (blocked) return blocked;
    const title = html`<header part="header"><h2 class="title">${PATHWAY_UI.title}</h2></header>`;
    if (this._config.pending) return html`<div class="layout" lang="en">${title} ${renderConfigLoading()}</div>`;
    const view = this._view;
    const interactive = this._interactive;
    const today = this._review.today;
    const errorMap = new Map<ErrorTarget, string>();
    for (const e of view.errors) errorMap.set(e.target, errorMap.has(e.target) ? `${errorMap.get(e.target)} ${e.message}` : e.message);
    // The box being typed in keeps what was typed.
    const values = { ...view.values, weight: this._edits.typedText.get('weight') ?? view.values.weight };
    // The critical banner leads, before the form, in its own polite live region: it is what must
    // be seen (and heard) first when a red flag is chosen.
    return html`<div class="layout" lang="en" @click=${this._onClick} @focusout=${this._edits.focusOut}>
      ${title}
      <div class="banner-region" aria-live="polite">${view.result.ok ? renderBanner(view.result) : nothing}</div>
      ${renderReviewAlert(view.resolution, today)} ${renderConfigErrors(view.resolution)}
      ${renderErrors(view, interactive, (name) => this._edits.deferred(name), (name) => focusControl(this.renderRoot, name))}
      ${interactive && view.result.ok ? renderSkipLink('steps', PATHWAY_UI.skip.toSteps) : nothing}
      ${interactive ? renderForm(values, errorMap, { input: this._onFormInput, submit: this._onSubmit }) : nothing}
      <section
        class="result"
        part="result"
        aria-live="polite"
        aria-relevant="additions"
        aria-busy=${this._edits.busy ? 'true' : 'false'}
        aria-label=${PATHWAY_UI.resultLabel}
      >
        ${renderResult(view, this._map, interactive, this._mapScroll.scrolls)}
      </section>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-status>${this._edits.status}</p>
      ${view.result.ok
        ? html`${renderActions(this._note.state, this._note.text)} ${renderNotes()}
          ${renderSourceEntries(this._sources, this._target, this._returnFocus !== undefined)}`
        : nothing}
      ${renderFooter(view.resolution, today)}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nam-pathway-change': NamPathwayChangeEvent;
  }
}
