// Before Lit: a page's Trusted Types policy may refuse Lit's (see trusted-types.ts).
import '../shared/trusted-types.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DrugId } from '../../content/inputs.js';
import { doseNote } from '../../core/note.js';
import { ownValue } from '../../core/own.js';
import type { DoseResult } from '../../core/types.js';
import { VERSION } from '../../version.js';
import { echo } from '../shared/attribute-values.js';
import { AttributeCheckController } from '../shared/attribute-check-controller.js';
import { baseStyles } from '../shared/base.styles.js';
import { ConfigController } from '../shared/config-controller.js';
import { CriticalPointerController, criticalPointerStyles } from '../shared/critical-pointer-controller.js';
import { DisclosureController } from '../shared/disclosure-controller.js';
import { EditController, focusControl, type FormControl } from '../shared/edit-controller.js';
import { FhirController, type RecordFill, type RecordInput } from '../shared/fhir-controller.js';
import { renderRecordNotices, renderRecordPrint } from '../shared/record-view.js';
import { applyHeadingLevel, parseHeadingLevel } from '../shared/heading-level.js';
import { NoteController } from '../shared/note-controller.js';
import { PlatformController } from '../shared/platform-controller.js';
import { ReviewController } from '../shared/review-controller.js';
import { renderConfigErrors, renderConfigLoading, renderFooter, renderReviewAlert } from '../shared/status-footer.js';
import { UI } from '../shared/strings.js';
import { calculatorStatus, calculatorView, type CalculatorView } from './calculator-view.js';
import { FIELD_ATTRIBUTES, MORE_CONTROLS, type ControlName, type InputField, type RawInputs } from './fields.js';
import { fieldOf, propertyValue, sameValue, userValue } from './form-edits.js';
import { drugNames } from './glance-view.js';
import { renderForm } from './render-form.js';
import { GLANCE_ID } from './render-glance.js';
import { RESULTS_HEADING_ID, renderActions, renderAttributeErrors, renderErrorSummary, renderResultBody, type ResultState } from './render-parts.js';
import { lineToggleId } from './render-results.js';
import { doseCalculatorStyles } from './nam-dose-calculator.styles.js';
import { DC, FIELD_LABELS } from './strings.js';
import { freshRenderRoot } from '../shared/render-root.js';

export const DOSE_CALCULATOR_TAG = 'nam-dose-calculator';

/** The inputs the patient record can fill (content-spec §6.1), and the record's notices shown: those about the doses. */
const RECORD_INPUTS: readonly RecordInput[] = [
  { key: 'weight', path: 'doses.weight', unitKey: 'weightUnit' },
  { key: 'heightCm', path: 'doses.heightCm' },
  { key: 'sex', path: 'doses.sex' },
  { key: 'age', path: 'doses.age' },
  { key: 'tpmt', path: 'doses.tpmt' },
];
const RECORD_FIELDS = ['doses'];

/** The `nam-dose-change` event: `detail` is the core's DoseResult for the new input. */
export type NamDoseChangeEvent = CustomEvent<DoseResult>;

/**
 * Weight-based doses for immune-mediated necrotizing myopathy (IMNM / NAM): prednisone,
 * methylprednisolone pulse, methotrexate, azathioprine, mycophenolate mofetil, IVIG and
 * rituximab, each with its basis, cap and rounding, checks and sources. Every number comes
 * from the nam-cds core (`calculateDoses`); the element only renders it.
 *
 * Inputs are real form controls; each is also an attribute (and a property). A control's
 * `name` is its attribute name and its values are the core's values. Invalid input is shown
 * next to its control (`aria-invalid="true"`, message in the accessible description) and no
 * dose is shown; nothing is thrown and nothing is stored or sent anywhere.
 *
 * @summary Weight-based IMNM / NAM doses with basis, caps, checks and sources.
 * @tagname nam-dose-calculator
 *
 * @fires {CustomEvent<DoseResult>} nam-dose-change - After each edit by the user (never on attribute or
 *   property changes). Bubbles and is composed; `detail` is the core's DoseResult, its lines limited to
 *   the drugs shown.
 *
 * @csspart header - The title block.
 * @csspart form - The form with every input.
 * @csspart field - One field: label, control, error and hint.
 * @csspart field-error - The error message of a field.
 * @csspart conversion - The weight in both units under the weight ("70 kg (154.3 lb)", or "154 lb = 69.85 kg" for pounds).
 * @csspart confirm - The box "This is a measured weight in kg", shown in the hint's place while the weight is unusual.
 * @csspart provenance - Beside a value from the patient record (the `fhir` property): "from the record, 3 Dec 2026", a stale weight's warning, or the record's value when another was given.
 * @csspart record - The patient record's notices (conflicts, unreadable or future-dated resources), or why it could not be read, at the top of the form.
 * @csspart record-print - In print only, in place of the form: each value from the patient record with its resource and date, and the record's notices (the note's lines).
 * @csspart error-summary - The list of problems (role="alert"), at the top of the result where the doses would be (never above the form).
 * @csspart results - The results region (aria-live="polite"): the weight, "At a glance", then each drug's item.
 * @csspart prompt - The message shown instead of doses (no weight yet, or invalid input).
 * @csspart summary - The inputs the doses were calculated for (printed in place of the form).
 * @csspart warnings - The warning about the weight under the results' heading (unusual weight, maybe pounds, implausible BMI).
 * @csspart glance - "At a glance": every critical notice once, then each drug's dose in a few words.
 * @csspart line - One drug's item, collapsed to its title line; also `line-withheld` when it gives no dose.
 * @csspart dose - The dose on a line's title (the core's summary of the line).
 * @csspart badge - A tag on a line: critical, warning, withheld, do not use, capped, rounded, local policy.
 * @csspart facts - Route and frequency, dosing weight, schedule and the like.
 * @csspart basis - How the dose was worked out.
 * @csspart notice - A check or warning; also `notice-critical`, `notice-warning` or `notice-info`.
 * @csspart notice-critical - A critical notice, in the drug's item and at a glance (with `notice`).
 * @csspart notice-warning - A warning (with `notice`).
 * @csspart notice-info - Information (with `notice`).
 * @csspart citations - A line's source marks, expanding to the full sources.
 * @csspart critical-pointer - The pointer (a button) to a new critical notice out of view ("Critical: … ↓"), after the form.
 * @csspart actions - The copy and print buttons.
 * @csspart copy-button - The "Copy as note" button.
 * @csspart print-button - The "Print" button.
 * @csspart note - The read-only text box with the note for the patient record.
 * @csspart sources - The full list of the sources cited, collapsed to its title until opened (open in print).
 * @csspart config-error - The alert shown when the institution configuration is ignored.
 * @csspart review-alert - The warning at the top when the institution's review is overdue or covered another content version.
 * @csspart attribute-error - The alert shown when an attribute that does not change the doses (`theme`, `heading-level`) is not accepted.
 * @csspart weight-check - On a dosed weight-based line, the marker pointing back to the warning about an unusual, confirmed weight.
 * @csspart footer - Content version, date and review status.
 * @csspart about - The "About this tool" panel (intended use).
 *
 * @cssprop [--nam-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--nam-font-size=16px] - Base font size (px, so host-page rem bases do not leak in).
 * @cssprop [--nam-line-height=1.5] - Line height.
 * @cssprop [--nam-color-text=#1a1d21] - Text colour.
 * @cssprop [--nam-color-background=#ffffff] - Background colour.
 * @cssprop [--nam-color-surface=#f3f5f8] - Background of cards and buttons.
 * @cssprop [--nam-color-muted=#4d5560] - Secondary text colour.
 * @cssprop [--nam-color-border=#b8c0ca] - Border colour.
 * @cssprop [--nam-color-accent=#0b5cad] - Links, selected controls and the dose text.
 * @cssprop [--nam-color-critical=#b00020] - Critical notices and errors.
 * @cssprop [--nam-color-critical-background=#fdecee] - Background of critical notices.
 * @cssprop [--nam-color-warning=#8a4b00] - Warnings.
 * @cssprop [--nam-color-warning-background=#fff4e0] - Background of warnings.
 * @cssprop [--nam-color-info=#0b5cad] - Informational notes.
 * @cssprop [--nam-color-info-background=#eaf2fb] - Background of informational notes.
 * @cssprop [--nam-focus-ring=#1a73e8] - Focus outline colour.
 * @cssprop [--nam-radius=6px] - Corner radius.
 * @cssprop [--nam-space=12px] - Base spacing.
 * @cssprop [--nam-dose-font-size=1.35em] - Size of the dose text.
 */
export class NamDoseCalculator extends LitElement {
  /** The package version, so two copies on one page can tell each other apart. */
  static version = VERSION;

  static override styles = [baseStyles, criticalPointerStyles, doseCalculatorStyles];

  /** @internal A shadow tree a server rendered (Lit SSR) is replaced by a fresh render (render-root.ts). */
  protected override createRenderRoot() {
    return freshRenderRoot(this, () => super.createRenderRoot());
  }

  /** Body weight, in the unit of `weight-unit`: digits with an optional decimal point (e.g. "72.5"). Required. */
  @property({ attribute: 'weight' }) weight?: string | number | null;

  /**
   * Unit of `weight`: `kg` (default) or `lb`. Pounds are converted once to kg and the conversion is
   * shown; an institution can refuse pounds (`units.allowPounds: false`), which makes `lb` an error.
   */
  @property({ attribute: 'weight-unit' }) weightUnit?: string | null;

  /**
   * The clinician confirms an unusual weight (below 40 kg, 150 kg or more, or a BMI outside 15–50
   * with a height) as a measured weight in kg: until then prednisone, azathioprine and IVIG are
   * withheld. The form shows the box "This is a measured weight in kg" only while it is needed.
   * A new weight or unit entered in the form clears it: each unusual weight is confirmed for itself.
   * Only `true` confirms; any other value but `false` is an error.
   */
  @property({ attribute: 'weight-confirmed', type: Boolean }) weightConfirmed?: boolean | null;

  /** Height in cm (optional): with `sex`, gives BMI and ideal and adjusted body weight for IVIG. */
  @property({ attribute: 'height-cm' }) heightCm?: string | number | null;

  /** Sex (optional): `female` or `male`, for the ideal body weight. */
  @property({ attribute: 'sex' }) sex?: string | null;

  /** Age in whole years (optional): 18 to 110. This tool is for adults: under 18 is an error and no dose is shown. */
  @property({ attribute: 'age' }) age?: string | number | null;

  /** Days the IVIG course is divided over: a whole number from 2 to 5 (default 5, or the institution's). */
  @property({ attribute: 'ivig-days' }) ivigDays?: string | number | null;

  /** IVIG dosing weight: `actual` (default) or `adjusted` (used only when it applies). */
  @property({ attribute: 'ivig-dosing-weight' }) ivigDosingWeight?: string | null;

  /** TPMT and NUDT15 status: `normal`, `intermediate`, `intermediate-both`, `poor` or `unknown` (default). */
  @property({ attribute: 'tpmt' }) tpmt?: string | null;

  /** First treatment day as a calendar date, YYYY-MM-DD (optional): gives the rituximab dates. */
  @property({ attribute: 'start-date' }) startDate?: string | null;

  /** The one weekday methotrexate is taken: `monday` … `sunday` (optional). */
  @property({ attribute: 'methotrexate-day' }) methotrexateDay?: string | null;

  /**
   * Which drug lines to show: drug ids separated by spaces or commas (`prednisone`,
   * `methylprednisolone`, `methotrexate`, `azathioprine`, `mycophenolate`, `ivig`, `rituximab`).
   * Default: all. An unknown id is shown as an error. The property also accepts an array.
   */
  @property({ attribute: 'drugs' }) drugs?: string | readonly string[] | null;

  /**
   * Institution configuration (README, "Institution configuration"): an object, or JSON in the `config` attribute. Without
   * either, a `<script type="application/json">` child is read. An invalid configuration is
   * reported and the published defaults are used.
   */
  @property({ attribute: 'config' }) config?: Record<string, unknown> | string | null;

  /**
   * The patient's record: a FHIR R4 Bundle, or an array of resources (Bundles among them), that the
   * page or a SMART app fetched (the element fetches nothing). It fills the weight (in kg), height,
   * sex, age and TPMT/NUDT15 status that neither an attribute, a property nor the clinician gave,
   * each shown with its source and date; a weight older than `fhir.weightMaxAgeDays` is shown with
   * a warning and can never be confirmed as measured; a value given instead of the record's says
   * so. The record's conflicts and unreadable resources are shown, and the note lists what came
   * from the record. Set a new object to change it (it is not watched for changes inside); null
   * takes back everything the record filled. Property only.
   * @property fhir
   */
  @property({ attribute: false }) fhir?: unknown;

  /**
   * Colour scheme: `light` or `dark`. Without it the element follows `prefers-color-scheme`. Any
   * other value (an empty one included) is reported visibly and the system setting is followed.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * The outline level of the element's title, 1 to 5 (default 2: the title is an h2, its
   * sections h3, each dose line h4). Set it to fit the widget under the page's own headings; the
   * headings are then exposed at that level and below, and look the same.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: number | string | null;

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
    event: 'nam-dose-change',
    detail: () => this.result,
    status: () => calculatorStatus(this._view),
    owns: (key, name) => ownValue(FIELD_ATTRIBUTES, String(key)) === name,
    // A confirmation cleared by a new weight is the element's own doing, not the page's.
    replaced: (key, value) =>
      key === 'weightConfirmed' && this._confirmationCleared ? '' : UI.replacedByPage(String(ownValue(FIELD_LABELS, String(key)) ?? String(key)), echo(value)),
  });
  private readonly _note = new NoteController(this, { text: () => this.note, keepOpen: true });
  private readonly _attributes = new AttributeCheckController(this);
  private readonly _platform = new PlatformController(this);
  private readonly _pointer = new CriticalPointerController(this, {
    items: () =>
      (this._view?.glance?.critical ?? []).map((c) => ({ code: c.code, text: c.drugs.length ? `${drugNames(c.drugs)}: ${c.message}` : c.message })),
    target: () => this.renderRoot.querySelector<HTMLElement>(`#${GLANCE_ID}`),
    slot: () => this.renderRoot.querySelector<HTMLElement>('.pointer-slot'),
    words: { label: DC.pointer.label, pointer: DC.pointer.text, announce: DC.pointer.announce },
  });

  /** What is open: each drug's item, the source list, "More details" on a narrow screen. */
  private readonly _shown = new DisclosureController<DrugId | 'sources' | 'more'>(this, { printing: () => this._note.printing });
  /** True while the element itself clears a confirmation that no longer applies (a new weight or unit). */
  private _confirmationCleared = false;

  private _view!: CalculatorView;
  /** True once the user has edited the weight: from then on an empty weight is an error, not a prompt. */
  private _weightTouched = false;

  /** The last result: the core's DoseResult for the current input (also right after an attribute or property change), its lines limited to the drugs shown. Read-only. */
  get result(): DoseResult {
    return this._current().result;
  }

  /** The current result as the plain-text note that "Copy as note" copies (empty while the input is invalid). */
  get note(): string {
    return this._noteFor(this._current());
  }

  private _noteFor(view: CalculatorView): string {
    return view.result.ok ? doseNote(view.result, view.rawConfig, this._review.today, this._record.noteLines(view.record.uses, view.record.notices)) : '';
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
  private _current(): CalculatorView {
    if (!this._view || this.isUpdatePending || this._config.changed || this._review.dayChanged) {
      this._review.refresh();
      this._compute();
      this.requestUpdate();
    }
    return this._view;
  }

  /** The inputs as the page and the clinician gave them (the record not yet laid over). */
  private get _given(): RawInputs {
    return {
      weight: this.weight,
      weightUnit: this.weightUnit,
      weightConfirmed: this.weightConfirmed,
      heightCm: this.heightCm,
      sex: this.sex,
      age: this.age,
      ivigDays: this.ivigDays,
      ivigDosingWeight: this.ivigDosingWeight,
      tpmt: this.tpmt,
      startDate: this.startDate,
      methotrexateDay: this.methotrexateDay,
    };
  }

  /** Parses the input and computes the result before each render (never in render, never throwing). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page changing the weight or its unit (or the record its weight): a confirmation the user gave was for the old one.
    const recordWeight = changed.has('fhir') && (this.weight === undefined || this.weight === null);
    if ((changed.has('weight') || changed.has('weightUnit') || recordWeight) && !changed.has('weightConfirmed') && this.weightConfirmed === true && this._edits.fromUser('weightConfirmed')) {
      this._clearConfirmation();
    }
    this._edits.willUpdate(changed);
    this._confirmationCleared = false;
    this._review.refresh();
    const previous = this._view?.result;
    this._compute();
    // An error on a control under "More details" opens it (and it stays open while it is fixed).
    if (this._view.moreErrors) this._shown.set('more', true);
    if (previous && previous !== this._view.result) this._note.reset();
  }

  private _clearConfirmation(): void {
    this._confirmationCleared = true;
    this.weightConfirmed = false;
  }

  private _compute(): void {
    const rawConfig = this._config.raw;
    const resolution = this._config.resolve(this._review.today);
    const given = this._given;
    this._fill = this._record.fill(RECORD_INPUTS, (key) => given[key as keyof RawInputs], (key) => this._edits.fromUser(key));
    const raw = { ...given, ...this._fill.values } as RawInputs;
    // A weight from the record never counts as confirmed once it is stale: weigh the patient.
    const staleWeight = this._fill.uses.some((u) => u.key === 'weight' && u.used && u.provenance.stale === true);
    if (staleWeight) raw.weightConfirmed = undefined;
    this._view = calculatorView(
      {
        raw,
        record: {
          uses: this._fill.uses,
          notices: this._record.notices(RECORD_FIELDS),
          staleWeight,
          maxAgeDays: resolution.config.fhir.weightMaxAgeDays,
        },
        drugs: this.drugs,
        theme: this.theme,
        headingLevel: this.headingLevel,
        weightTouched: this._weightTouched,
        typed: this._edits.typedText,
        rawConfig,
        resolution,
        ignored: this._attributes.ignored.map((a) => a.message),
        moreOpen: this._shown.isOpenOnScreen('more'),
      },
      this._view?.result,
    );
  }

  protected override updated(): void {
    applyHeadingLevel(this.renderRoot, parseHeadingLevel(this.headingLevel).level);
  }

  /** One user edit: the property it sets, or nothing when the value is what it holds already. */
  private _apply = (control: FormControl): PropertyKey | undefined => {
    const field = fieldOf(control.name);
    if (!field) return undefined;
    const value = userValue(control, this.renderRoot);
    const fromRecord = this._fill.uses.some((u) => u.key === field && u.used);
    // A value the record filled, cleared by the clinician, stays cleared (until the record changes).
    if (fromRecord && (value === null || value === '') && !this._record.isDismissed(field)) this._record.dismiss(field);
    else if (sameValue(this[field], value)) return undefined;
    (this as unknown as Record<InputField, unknown>)[field] = propertyValue(field, value);
    if (field === 'weight') this._weightTouched = true;
    // A new weight or unit is not the weight that was confirmed: it is confirmed again, or withheld.
    if ((field === 'weight' || field === 'weightUnit') && this.weightConfirmed === true) this._clearConfirmation();
    this._pointer.userEdited();
    return field;
  };

  /** The result's open items, for the renderer. */
  private _resultState(): ResultState {
    const r = this._view?.result;
    const drugs = r?.ok ? r.lines.map((l) => l.drug) : [];
    return {
      isOpen: (drug) => this._shown.isOpen(drug),
      toggle: (drug) => this._shown.toggle(drug),
      allOpen: this._shown.allOpen(drugs),
      toggleAll: () => this._shown.toggleAll(drugs),
      // From the glance: the item opens and its title takes the focus.
      show: (drug) => this._shown.reveal(drug, () => this.renderRoot.querySelector<HTMLElement>(`#${lineToggleId(drug)}`)),
      printing: this._note.printing,
    };
  }

  /** Moves focus to a control (from the error summary), opening "More details" first when it is in there. */
  private _focus = (name: ControlName) => {
    if (MORE_CONTROLS.includes(name) && !this._shown.isOpenOnScreen('more')) {
      this._shown.reveal('more', () => this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`));
      return;
    }
    focusControl(this.renderRoot, name);
  };

  private _toggleMore = () => this._shown.toggle('more');

  private _onEdit = (e: Event) => this._edits.handle(e, this._apply);

  override render() {
    const blocked = this._platform.blocked;
    if (blocked) return blocked;
    const view = this._view;
    const header = html`<header class="header" part="header">
      <h2 id="dose-calculator-title">${DC.title}</h2>
      <p class="subtitle">${DC.subtitle}</p>
    </header>`;
    // An article, so its header and footer are not page-level landmarks (two widgets on one page).
    if (this._config.pending) {
      return html`<article class="wrap" lang="en" aria-labelledby="dose-calculator-title">${header} ${renderConfigLoading()}</article>`;
    }
    const today = this._review.today;
    return html`<article class="wrap" lang="en" aria-labelledby="dose-calculator-title">
      ${header} ${renderConfigErrors(view.resolution)} ${renderReviewAlert(view.resolution, today)} ${renderAttributeErrors(view)}
      <div class="layout">
        <div class="inputs" @focusout=${this._edits.focusOut}>
          ${renderRecordNotices(view.record.notices)}
          ${view.form ? renderForm(view.form, { onEdit: this._onEdit, toggleMore: this._toggleMore }) : nothing}
          <div class="pointer-slot no-print"></div>
        </div>
        <div class="outputs">
          ${renderErrorSummary(view, (name) => this._edits.deferred(name), this._focus)}
          <section
            class="results"
            part="results"
            aria-live="polite"
            aria-busy=${this._edits.busy ? 'true' : 'false'}
            aria-labelledby=${RESULTS_HEADING_ID}
          >
            ${renderResultBody(view, this._resultState())}
          </section>
          ${renderRecordPrint(this._record.noteLines(view.record.uses, view.record.notices))}
          ${renderActions(view, this._note, () => this._noteFor(view), {
            open: this._shown.isOpen('sources'),
            setOpen: (open) => this._shown.set('sources', open),
          })}
          <p class="visually-hidden result-status" role="status" aria-live="polite" aria-atomic="true" data-status>${this._edits.status}</p>
        </div>
      </div>
      ${renderFooter(view.resolution, today)}
    </article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nam-dose-change': NamDoseChangeEvent;
  }
}
