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
import { FhirController, type RecordFill, type RecordInput } from '../shared/fhir-controller.js';
import { renderRecordNotices, renderRecordPrint } from '../shared/record-view.js';
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
  type RawInputs,
} from './pathway-state.js';
import { renderForm } from './render-form.js';
import { renderErrors, renderResult } from './render-parts.js';
import { citedSources, renderActions, renderNotes, renderSourceEntries } from './render-sources.js';
import { renderSkipLink } from './render-steps.js';
import { InViewController } from '../shared/in-view-controller.js';
import { scrollBehavior } from '../shared/motion.js';
import type { Step } from '../../core/types.js';
import { pathwayGlance } from '../../core/glance.js';
import { statusText } from './status-text.js';
import { PATHWAY_UI } from './strings.js';
import { freshRenderRoot } from '../shared/render-root.js';

export const PATHWAY_TAG = 'nam-pathway';

/** The `nam-pathway-change` event: fired on user input only; `detail` is the core's result. */
export type NamPathwayChangeEvent = CustomEvent<PathwayResult>;

const MODES = ['interactive', 'summary'];

/** The inputs the patient record can fill (content-spec §6.1; CK × ULN from the latest CK and its ULN). */
const RECORD_INPUTS: readonly RecordInput[] = [
  { key: 'antibody', path: 'pathway.antibody' },
  { key: 'statin', path: 'pathway.statin' },
  { key: 'checkpointInhibitor', path: 'pathway.checkpointInhibitor' },
  { key: 'age', path: 'pathway.age' },
  { key: 'ckTimesUln', path: 'pathway.ckTimesUln' },
  { key: 'weight', path: 'doses.weight', unitKey: 'weightUnit' },
];
/** The record's notices shown: those about the pathway's inputs and the weight. */
const RECORD_FIELDS = ['pathway', 'doses.weight', 'visits'];



/**
 * The form's groups from top to bottom (a control's name → its group): the pointer's slot moves or
 * goes only when the user changes its own group or one above it, so nothing above the control
 * being used ever moves.
 */
const FORM_GROUPS: Record<string, number> = {
  antibody: 0,
  statin: 1,
  'checkpoint-inhibitor': 2,
  severity: 3,
  'red-flags': 4,
  phase: 5,
  age: 6,
  'ck-times-uln': 6,
  weight: 7,
  'weight-unit': 7,
  'weight-confirmed': 7,
};

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
 * @csspart provenance - Beside a value from the patient record (the `fhir` property): "from the record, 3 Dec 2026", a stale weight's warning, or the record's value when another was given.
 * @csspart record - The patient record's notices (conflicts, unreadable or future-dated resources), or why it could not be read, above the form.
 * @csspart record-print - In print only, in place of the form: each value from the patient record with its resource and date, and the record's notices (the note's lines).
 * @csspart errors - The list of settings that were not accepted (role="alert").
 * @csspart config-error - The notice that the institution configuration was ignored.
 * @csspart review-alert - The warning at the top when the institution's review is overdue or covered another content version.
 * @csspart skip-link - A skip link, shown when focused: "Skip to the steps" before the form, "Skip past the steps" at their start.
 * @csspart result - The polite live region holding the inputs summary, steps and map (aria-busy while the weight is typed; a visually hidden status says each committed change in one sentence).
 * @csspart glance - "At a glance", first in the result: every critical action, then the first-line plan with its doses, each leading to its step.
 * @csspart pointer - Shown at the end of the form while the critical actions are out of view: "Critical: … ↓" leads to them.
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

  /** @internal A shadow tree a server rendered (Lit SSR) is replaced by a fresh render (render-root.ts). */
  protected override createRenderRoot() {
    return freshRenderRoot(this, () => super.createRenderRoot());
  }

  /** Myositis-specific antibody: `anti-hmgcr`, `anti-srp`, `seronegative` or `pending` (default). */
  @property({ attribute: 'antibody' }) antibody?: string;

  /** Statin exposure: `current`, `past`, `never` or `unknown` (default). */
  @property({ attribute: 'statin' }) statin?: string;

  /**
   * Receiving or recently received an immune checkpoint inhibitor. Boolean attribute: present
   * (or "true") is true; the literal "false" is false; absent is not given (false, unless the
   * patient record says otherwise); any other value is reported.
   */
  @property({
    attribute: 'checkpoint-inhibitor',
    converter: {
      fromAttribute: (value: string | null) => (value === null ? undefined : (booleanValue(value) as boolean)),
      toAttribute: (value: boolean) => (value ? '' : null),
    },
  })
  checkpointInhibitor?: boolean;

  /** Severity: `mild`, `moderate` (default), `severe` or `life-threatening` (CTCAE grades 1–4 with a checkpoint inhibitor). */
  @property({ attribute: 'severity' }) severity?: string;

  /**
   * Red flags: `dyspnoea`, `bulbar`, `severe-weakness`, `myocarditis`, `myasthenic`,
   * `rhabdomyolysis`. Any red flag raises the severity every rule uses to severe (shown). The
   * attribute takes a list separated by spaces and/or commas; the property also takes an array.
   */
  @property({ attribute: 'red-flags', converter: asGiven }) redFlags?: string | readonly string[];

  /** Phase: `new` (default), `inadequate-response` or `relapse`. */
  @property({ attribute: 'phase' }) phase?: string;

  /** Age in whole years (optional): 18 to 110; under 18 is shown as an error (adults only). */
  @property({ attribute: 'age', converter: asGiven }) age?: number | string;

  /**
   * The latest CK as a multiple of the upper limit of normal, 0 to 1000 (optional): with a
   * checkpoint inhibitor, grade 2 gets a glucocorticoid only from 3 × ULN.
   */
  @property({ attribute: 'ck-times-uln', converter: asGiven }) ckTimesUln?: number | string;

  /** Optional body weight (a plain decimal number); shows the computed doses inside the steps. */
  @property({ attribute: 'weight', converter: asGiven }) weight?: number | string;

  /** Unit of `weight`: `kg` (default) or `lb`. */
  @property({ attribute: 'weight-unit' }) weightUnit?: string;

  /**
   * The clinician confirmed an unusual weight (below 40 kg or from 150 kg) as a measured weight in
   * kg. Boolean attribute; until it is set, weight-based doses are withheld for such a weight.
   */
  @property({
    attribute: 'weight-confirmed',
    converter: {
      fromAttribute: (value: string | null) => booleanValue(value, 'weight-confirmed') as boolean,
      toAttribute: (value: boolean) => (value ? '' : null),
    },
  })
  weightConfirmed = false;

  /**
   * Institution configuration: an object (property) or JSON (attribute). Without either, a
   * `<script type="application/json">` child is read. An invalid configuration is reported and
   * the published defaults are used.
   */
  @property({ attribute: 'config', converter: asGiven }) config?: unknown;

  /**
   * The patient's record: a FHIR R4 Bundle, or an array of resources (Bundles among them), that the
   * page or a SMART app fetched (the element fetches nothing). It fills the antibody, statin and
   * checkpoint-inhibitor exposure, age, CK × ULN (the latest CK over its laboratory's upper limit)
   * and weight (in kg) that neither an attribute, a property nor the clinician gave, each shown
   * with its source and date; a weight older than `fhir.weightMaxAgeDays` is shown with a warning
   * and never counts as confirmed; a value given instead of the record's says so. The record's
   * conflicts and unreadable resources are shown, and the note lists what came from the record.
   * Set a new object to change it (it is not watched for changes inside); null takes back
   * everything the record filled. Property only.
   * @property fhir
   */
  @property({ attribute: false }) fhir?: unknown;

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
  /** Steps the user opened (true) or closed (false); the others follow their default (critical steps open). */
  @state() private _opened = new Map<string, boolean>();
  @state() private _mapOpen = false;
  @state() private _sourcesOpen = false;

  private readonly _config = new ConfigController(this, () => this.config);
  private readonly _review = new ReviewController(this);
  private readonly _record = new FhirController(this, {
    resources: () => this.fhir,
    today: () => this._review.today,
    config: () => this._config.raw,
  });
  /** The inputs with the record's values laid over those nothing else gave (see _compute). */
  private _fill: RecordFill = { values: {}, uses: [] };
  private readonly _edits = new EditController(this, {
    event: 'nam-pathway-change',
    detail: () => this.result,
    status: () => statusText(this._view, this._newCritical),
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
  private readonly _glanceInView = new InViewController(this, '.glance');
  /** The critical steps of the last result, to announce the new ones. */
  private _critical: string[] = [];

  /**
   * Where the pointer to the critical actions is drawn (the end of a form group), its words, and
   * whether it is shown; while not shown its place stays reserved (invisible) until the user
   * changes that group or one above it.
   */
  private _pointerSlot?: { field: string; text: string; shown: boolean };
  /** The control of the user's edit this update is for (consumed by the pointer's placement). */
  private _edited?: string;
  /** The pointer was just used: no pointer until the user's next edit. */
  private _pointerUsed = false;

  private _view!: PathwayView;
  /** Titles of critical steps the last change added (said in the status sentence). */
  private _newCritical: string[] = [];
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
    return view.result.ok ? pathwayNoteText(view.result, this._config.raw, view.doses, this._review.today, this._noteRecord()) : '';
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

  /** The note's lines about the record (the core's recordNoteLines). */
  private _noteRecord(): string[] {
    return this._record.noteLines(this._fill.uses, this._record.notices(RECORD_FIELDS));
  }

  /** The inputs as the page and the clinician gave them, the record's values laid over those nothing gave. */
  private _inputs(): { given: RawInputs; raw: RawInputs; fill: RecordFill } {
    const given: RawInputs = {
      antibody: this.antibody,
      statin: this.statin,
      checkpointInhibitor: this.checkpointInhibitor,
      severity: this.severity,
      redFlags: this.redFlags,
      phase: this.phase,
      age: this.age,
      ckTimesUln: this.ckTimesUln,
      weight: this.weight,
      weightUnit: this.weightUnit,
      weightConfirmed: this.weightConfirmed,
    };
    const fill = this._record.fill(RECORD_INPUTS, (key) => given[key as keyof RawInputs], (key) => this._edits.fromUser(key));
    const raw = { ...given, ...fill.values } as RawInputs;
    // A weight from the record never counts as confirmed once it is stale: weigh the patient.
    if (fill.uses.some((u) => u.key === 'weight' && u.used && u.provenance.stale === true)) raw.weightConfirmed = false;
    return { given, raw, fill };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._edits.willUpdate(changed);
    // The record changing its weight: a confirmation the user gave was for the old one.
    if (changed.has('fhir') && (this.weight === undefined || this.weight === null) && this.weightConfirmed === true && this._edits.fromUser('weightConfirmed')) {
      this.weightConfirmed = false;
    }
    this._review.refresh();
    const previous = this._view?.result;
    this._compute();
    if (previous && JSON.stringify(previous) !== JSON.stringify(this._view.result)) this._note.reset();
    const result = this._view.result;
    const critical = result.ok ? result.steps.filter((s) => s.indicator === 'critical') : [];
    this._newCritical = critical.filter((s) => !this._critical.includes(s.id)).map((s) => s.title);
    this._critical = critical.map((s) => s.id);
    this._placePointer(critical);
  }

  /**
   * The pointer is shown while critical actions exist, the glance is out of view and the user has
   * changed the form. It first appears at the end of the group just changed; it moves, or its
   * reserved place goes, only when the user changes that group or one above it (never because of
   * a change below it, which would move the controls between them).
   */
  private _placePointer(critical: readonly Step[]): void {
    const edited = this._edited;
    this._edited = undefined;
    if (edited !== undefined) this._pointerUsed = false;
    const last = this._edits.lastControl;
    const need = this._interactive && critical.length > 0 && !this._glanceInView.inView && last !== undefined && !this._pointerUsed;
    const slot = this._pointerSlot;
    const editedAt = edited === undefined ? undefined : FORM_GROUPS[edited];
    const free = !slot || this._pointerUsed || (editedAt !== undefined && editedAt <= (FORM_GROUPS[slot.field] ?? 0));
    if (need) {
      const text = PATHWAY_UI.pointer(critical[0].title, critical.length - 1);
      this._pointerSlot = { field: free ? (edited ?? last) : slot!.field, text, shown: true };
    } else if (slot) {
      this._pointerSlot = free ? undefined : { ...slot, shown: false };
    }
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
      const { raw, fill } = this._inputs();
      this._fill = fill;
      // A value the record filled is named in its errors with the form's words, like a typed one (not as an attribute).
      const fromRecord = new Set(fill.uses.filter((u) => u.used).map((u) => u.key));
      const fromForm = new Set(
        (Object.keys(FIELD_ATTRIBUTES) as InputField[]).filter((f) => this._edits.fromUser(f) || fromRecord.has(f)).map((f) => FIELD_ATTRIBUTES[f]),
      );
      const config = this._config.raw;
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
        values: { redFlags: [], weight: '', age: '', ckTimesUln: '', weightConfirmed: false },
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

  /**
   * One edit, judged against what the form shows (the record's values included): the input it
   * changed is set on the element. A value the record filled and the clinician cleared stays
   * cleared until the record changes. The group of the control edited keeps the pointer.
   */
  private _apply = (control: FormControl) => {
    const { raw, fill } = this._inputs();
    const shown = { ...raw };
    const key = applyEdit(shown, control);
    if (key === undefined) return undefined;
    const value = shown[key];
    if ((value === undefined || value === null) && fill.uses.some((u) => u.key === key && u.used)) this._record.dismiss(key);
    (this as unknown as Record<string, unknown>)[key] = value;
    this._edited = control.name;
    return key;
  };

  private _onFormInput(event: Event): void {
    this._edits.handle(event, this._apply);
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
  }

  // ---- Citation marks, glance links, step toggles, skip links, copy and print (delegated clicks). ----

  private _onClick(event: Event): void {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element)) return;
    const link = origin.closest<HTMLElement>('a[data-cite], a[data-skip], a[data-goto-step]');
    if (link) {
      event.preventDefault();
      if (link.dataset.cite) void this._goToSource(link.dataset.cite as SourceId, link);
      else if (link.dataset.skip) this._focusInside(`#${link.dataset.skip}`, 'start');
      else void this._goToStep(link.dataset.gotoStep ?? '');
      return;
    }
    const toggle = origin.closest<HTMLElement>('[data-toggle-step]');
    if (toggle) {
      const id = toggle.dataset.toggleStep ?? '';
      this._opened = new Map(this._opened).set(id, toggle.getAttribute('aria-expanded') !== 'true');
      return;
    }
    const all = origin.closest<HTMLElement>('[data-expand-all]');
    if (all && this._view.result.ok) {
      const open = all.dataset.expandAll === 'true';
      this._opened = new Map(this._view.result.steps.map((s) => [s.id, open]));
      return;
    }
    if (origin.closest('[data-toggle-sources]')) {
      this._sourcesOpen = !this._sourcesOpen;
      return;
    }
    if (origin.closest('[data-toggle-map]')) {
      this._mapOpen = !this._mapOpen;
      return;
    }
    if (origin.closest('[data-pointer]')) {
      void this._followPointer();
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

  /** A step is open when the user opened it (all are collapsed to their title line by default); all open while printing. */
  private _isOpen = (step: Step): boolean => this._note.printing || (this._opened.get(step.id) ?? false);

  /** The pointer used: its place in the form goes first (the form shortens before the scroll), then the glance takes focus. */
  private async _followPointer(): Promise<void> {
    this._pointerUsed = true;
    this.requestUpdate();
    await this.updateComplete;
    this._focusInside('.glance', 'start');
  }

  private async _goToStep(id: string): Promise<void> {
    if (!this._opened.get(id)) this._opened = new Map(this._opened).set(id, true);
    await this.updateComplete;
    this._focusInside(`#step-${CSS.escape(id)}`);
  }

  private async _goToSource(id: SourceId, from: HTMLElement): Promise<void> {
    this._sourcesOpen = true;
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
    // The boxes being typed in keep what was typed.
    const typed = this._edits.typedText;
    const values = {
      ...view.values,
      weight: typed.get('weight') ?? view.values.weight,
      age: typed.get('age') ?? view.values.age,
      ckTimesUln: typed.get('ck-times-uln') ?? view.values.ckTimesUln,
    };
    const result = view.result;
    // Nothing that appears because of an input is inserted above the form: the critical actions
    // lead the result below it, and while they are out of view a pointer at the end of a form group
    // leads to them (it never scrolls or moves focus by itself; see _placePointer).
    const slot = interactive ? this._pointerSlot : undefined;
    const pointer = slot
      ? {
          field: slot.field,
          content: slot.shown
            ? html`<p class="pointer-slot no-print">
                <button type="button" class="pointer" data-pointer part="pointer">${slot.text}</button>
              </p>`
            : html`<p class="pointer-slot reserved no-print" aria-hidden="true">
                <button type="button" class="pointer" tabindex="-1" disabled>${slot.text}</button>
              </p>`,
        }
      : undefined;
    const glanceItems = result.ok ? pathwayGlance(result, view.doses) : [];
    const glance = new Set(glanceItems.map((g) => g.stepId));
    const glanceNotices = new Set(glanceItems.flatMap((g) => g.notices.map((n) => n.code)));
    const stepState = { open: this._isOpen, inGlance: (s: Step) => glance.has(s.id), glanceNotices, printing: this._note.printing, mapOpen: this._mapOpen || this._note.printing, mapScrolls: this._mapScroll.scrolls };
    return html`<div class="layout" lang="en" @click=${this._onClick} @focusout=${this._edits.focusOut}>
      ${title}
      ${renderReviewAlert(view.resolution, today)} ${renderConfigErrors(view.resolution)}
      ${interactive && view.result.ok ? renderSkipLink('glance-title', PATHWAY_UI.skip.toSteps) : nothing}
      ${renderRecordNotices(this._record.notices(RECORD_FIELDS))}
      ${interactive
        ? renderForm(values, errorMap, { input: this._onFormInput, submit: this._onSubmit }, {
            confirmWeight: view.doses?.weightConfirmationRequired === true,
            pointer,
            record: {
              uses: new Map(this._fill.uses.map((u) => [FIELD_ATTRIBUTES[u.key as InputField], u] as const)),
              maxAgeDays: view.resolution.config.fhir.weightMaxAgeDays,
              staleWeight: this._fill.uses.some((u) => u.key === 'weight' && u.used && u.provenance.stale === true),
            },
          })
        : nothing}
      ${renderErrors(view, interactive, (name) => this._edits.deferred(name), (name) => focusControl(this.renderRoot, name))}
      <section
        class="result"
        part="result"
        aria-live="polite"
        aria-relevant="additions"
        aria-busy=${this._edits.busy ? 'true' : 'false'}
        aria-label=${PATHWAY_UI.resultLabel}
      >
        ${renderResult(view, this._map, interactive, stepState)}
      </section>
      ${renderRecordPrint(this._noteRecord())}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-status>${this._edits.status}</p>
      ${view.result.ok
        ? html`${renderActions(this._note.state, this._note.text)} ${renderNotes()}
          ${renderSourceEntries(this._sources, this._target, this._returnFocus !== undefined, this._sourcesOpen || this._note.printing)}`
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
