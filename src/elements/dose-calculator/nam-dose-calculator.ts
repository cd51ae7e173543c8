import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { resolveConfig, type ConfigResolution } from '../../core/config.js';
import { calculateDoses } from '../../core/doses.js';
import { doseNote } from '../../core/note.js';
import { formatDoseWeight } from '../../core/format.js';
import type { DoseResult, FieldError } from '../../core/types.js';
import { VERSION } from '../../version.js';
import { rawConfig } from '../shared/config-source.js';
import { copyText } from '../shared/copy-text.js';
import { renderConfigErrors, renderFooter, renderReviewAlert } from '../shared/status-footer.js';
import { UI } from '../shared/strings.js';
import { applyHeadingLevel, parseHeadingLevel } from '../shared/heading-level.js';
import { isBadTheme } from '../shared/attribute-values.js';
import { baseStyles } from '../shared/base.styles.js';
import {
  FIELD_ATTRIBUTES,
  echo,
  isAbsent,
  isBlank,
  parseDrugs,
  toDoseInput,
  type ControlName,
  type InputField,
  type RawInputs,
} from './fields.js';
import { formView, shownErrors, type ShownErrors } from './form-view.js';
import { renderForm, type FormView } from './render-form.js';
import { renderDoseSources, renderInputsUsed, renderLines, renderWarnings } from './render-results.js';
import { doseCalculatorStyles } from './nam-dose-calculator.styles.js';
import { DC } from './strings.js';

export const DOSE_CALCULATOR_TAG = 'nam-dose-calculator';

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
 * @csspart conversion - The pound-to-kilogram conversion under the weight.
 * @csspart error-summary - The form-level list of problems (role="alert").
 * @csspart results - The results region (aria-live="polite").
 * @csspart prompt - The message shown instead of doses (no weight yet, or invalid input).
 * @csspart summary - The inputs the doses were calculated for.
 * @csspart warnings - The global warnings above the lines (implausible weight, maybe pounds).
 * @csspart line - One drug's result; also `line-withheld` when the drug must not be given.
 * @csspart dose - The dose text of a line, in large type.
 * @csspart badge - A tag on a line: capped, rounded, local policy, do not use.
 * @csspart facts - Route and frequency, dosing weight, schedule and the like.
 * @csspart basis - How the dose was worked out.
 * @csspart notice - A check or warning; also `notice-critical`, `notice-warning` or `notice-info`.
 * @csspart citations - A line's source marks, expanding to the full sources.
 * @csspart actions - The copy and print buttons.
 * @csspart copy-button - The "Copy as note" button.
 * @csspart print-button - The "Print" button.
 * @csspart note - The read-only text box with the note for the patient record.
 * @csspart sources - The full list of the sources cited.
 * @csspart config-error - The alert shown when the institution configuration is ignored.
 * @csspart review-alert - The warning at the top when the institution's review is overdue or covered another content version.
 * @csspart attribute-error - The alert shown when an attribute that does not change the doses (`theme`, `heading-level`) is not accepted.
 * @csspart weight-check - On a weight-based line, the marker pointing back to the warning about an unusual weight.
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

  static override styles = [baseStyles, doseCalculatorStyles];

  /** Body weight, in the unit of `weight-unit`: digits with an optional decimal point (e.g. "72.5"). Required. */
  @property({ attribute: 'weight' }) weight?: string | number | null;

  /** Unit of `weight`: `kg` (default) or `lb`. Pounds are converted once to kg and the conversion is shown. */
  @property({ attribute: 'weight-unit' }) weightUnit?: string | null;

  /** Height in cm (optional): with `sex`, gives BMI and ideal and adjusted body weight for IVIG. */
  @property({ attribute: 'height-cm' }) heightCm?: string | number | null;

  /** Sex (optional): `female` or `male`, for the ideal body weight. */
  @property({ attribute: 'sex' }) sex?: string | null;

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
   * Institution configuration (design.md): an object, or JSON in the `config` attribute. Without
   * either, a `<script type="application/json">` child is read. An invalid configuration is
   * reported and the published defaults are used.
   */
  @property({ attribute: 'config' }) config?: Record<string, unknown> | string | null;

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

  /** True once the user has edited the weight: from then on an empty weight is an error, not a prompt. */
  @state() private _weightTouched = false;
  @state() private _noteOpen = false;
  /**
   * The text or date box being typed in. Its error shows beside it at once; the announced
   * summary above the form waits until the box is left, so a weight typed digit by digit ("1",
   * "15", "154") or a year typed into a date box does not flash an alert or move the form.
   */
  @state() private _editing: ControlName | undefined = undefined;
  @state() private _copyStatus: '' | 'copied' | 'selected' = '';

  private _result: DoseResult = { ok: false, errors: [] };
  private _resolution: ConfigResolution = resolveConfig(undefined);
  private _rawConfig: unknown;
  private _view?: FormView;
  private _errors: ShownErrors = { byControl: new Map(), all: [] };
  private _prompt = true;
  /** The announced status sentence: updated after a committed change, kept while a box is typed in. */
  private _status = '';
  private _statusDue = false;
  private _themeError = '';
  private _observer?: MutationObserver;
  /**
   * What the user typed into each text or date box. The box keeps it (the element never writes
   * to a control the user is editing) until an attribute or property sets that input again.
   */
  private _typed = new Map<ControlName, string>();
  /** Inputs set by the user's edits since the last update (the others were set by the page). */
  private _userSet = new Set<InputField>();

  /** The last result: the core's DoseResult for the current input, its lines limited to the drugs shown. Read-only. */
  get result(): DoseResult {
    return this._result;
  }

  /** The current result as the plain-text note that "Copy as note" copies (empty while the input is invalid). */
  get note(): string {
    return this._result.ok ? doseNote(this._result, this._rawConfig) : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A <script type="application/json"> child may arrive or change after the element upgrades.
    try {
      this._observer ??= new MutationObserver(() => this.requestUpdate());
      this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    } catch {
      // Without MutationObserver the configuration is read at each update only.
    }
  }

  /** @internal */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The attribute is read as a source of its own (after the property): removing it must
    // recompute even when the property it sets does not change (null → null).
    if (name === 'config') this.requestUpdate();
  }

  protected override updated(): void {
    applyHeadingLevel(this.renderRoot, parseHeadingLevel(this.headingLevel).level);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  private get _raw(): RawInputs {
    return {
      weight: this.weight,
      weightUnit: this.weightUnit,
      heightCm: this.heightCm,
      sex: this.sex,
      ivigDays: this.ivigDays,
      ivigDosingWeight: this.ivigDosingWeight,
      tpmt: this.tpmt,
      startDate: this.startDate,
      methotrexateDay: this.methotrexateDay,
    };
  }

  /** Parses the input and computes the result before each render (never in render, never throwing). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // An input the page set (attribute or property) writes to its control again.
    for (const field of Object.keys(FIELD_ATTRIBUTES) as InputField[]) {
      if (changed.has(field as keyof NamDoseCalculator) && !this._userSet.has(field)) {
        this._typed.delete(FIELD_ATTRIBUTES[field]);
        // The page replaced the value of the box being typed in: that edit is over.
        if (this._editing === FIELD_ATTRIBUTES[field]) this._editing = undefined;
      }
    }
    // The status speaks for the user's own changes (an edit, or leaving a typed box), not for
    // the first render or the page's settings, which the results region already carries.
    if (this._userSet.size || changed.has('_editing' as keyof NamDoseCalculator)) this._statusDue = true;
    this._userSet.clear();
    const previous = this._result;
    try {
      this._compute();
      // A render that changes only what is shown (leaving a box, opening the note) keeps the
      // same result object, so an event's detail stays equal to `result`.
      if (previous && JSON.stringify(previous) === JSON.stringify(this._result)) this._result = previous;
      if (!this._editing && this._statusDue) {
        this._status = this._statusText();
        this._statusDue = false;
      }
    } catch {
      const error: FieldError = { field: 'input', message: DC.unexpected };
      this._result = { ok: false, errors: [error] };
      this._errors = { byControl: new Map(), all: [{ message: error.message }] };
    }
  }

  private _compute(): void {
    const raw = this._raw;
    this._rawConfig = rawConfig(this, this.config, this.getAttribute('config'));
    this._resolution = resolveConfig(this._rawConfig);
    const core = calculateDoses(toDoseInput(raw), this._rawConfig);
    const shown = parseDrugs(this.drugs);
    const errors = [...(core.ok ? [] : core.errors), ...(shown.error ? [shown.error] : [])];
    this._result = errors.length
      ? { ok: false, errors }
      : core.ok
        ? { ...core, lines: core.lines.filter((line) => shown.drugs.includes(line.drug)) }
        : core;
    // No weight yet and never edited: a neutral prompt, not an error.
    this._prompt = !this._weightTouched && (this.weight === undefined || this.weight === null);
    const visible = this._prompt ? errors.filter((e) => e.field !== 'weight') : errors;
    this._errors = shownErrors(visible, { ...raw, drugs: this.drugs }, this._typed);
    this._view = formView(
      raw,
      shown.drugs,
      this._resolution.config,
      this._errors.byControl,
      core.ok ? core.conversion : undefined,
      this._typed,
    );
    // The theme does not change a dose: a bad value is reported, the doses stay.
    const theme: unknown = this.theme;
    this._themeError = [
      isBadTheme(theme) ? UI.themeError(echo(theme) ?? '') : '',
      parseHeadingLevel(this.headingLevel).error ? UI.headingLevelError(echo(this.headingLevel) ?? '') : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /**
   * `input` and `change` of every control. A browser fires both for one edit (and a script may
   * fire either); the edit is applied once, when the value differs from the current one, so each
   * user edit gives exactly one event.
   */
  private _onEdit = (e: Event) => {
    const target = e.target;
    let value: string | string[] | null;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${target.name}"]`);
      value = [...boxes].filter((b) => b.checked).map((b) => b.value);
    } else if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
      if (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'date')) {
        this._typed.set(target.name as ControlName, target.value);
        // A date box fires change for every complete date while the year is typed: only
        // leaving it ends the edit. A text box's change is its commit (Enter or leaving it).
        // An input event a script dispatches (not a keystroke) sets a whole value: committed.
        if (e.type === 'input' && e.isTrusted) this._editing = target.name as ControlName;
        else if (target.type === 'text') this._editing = undefined;
      } else {
        this._editing = undefined;
      }
      value = this._userValue(target);
    } else {
      return;
    }
    if (this._same(target.name, value)) return;
    this._edit(target.name, value);
  };

  /**
   * The value of a control as the user left it. An optional field the user empties (height,
   * sex, start date, methotrexate day) is "not given" (null, as if its attribute were removed),
   * while an empty attribute is an error. A date box the user is part-way through (its value is
   * empty but what it holds is not a date) is an invalid value, "", never "not given".
   */
  private _userValue(target: HTMLInputElement | HTMLSelectElement): string | null {
    const value = target.value;
    switch (target.name as ControlName) {
      case 'height-cm':
        return isBlank(value) ? null : value;
      case 'sex':
      case 'methotrexate-day':
        return value === '' ? null : value;
      case 'start-date':
        return value === '' && !(target instanceof HTMLInputElement && target.validity.badInput) ? null : value;
      default:
        return value;
    }
  }

  /** True when `value` is what the control's property already holds (the second event of one edit). */
  private _same(name: string, value: string | string[] | null): boolean {
    const current = this._propertyOf(name);
    if (value === null) return isAbsent(current);
    if (Array.isArray(value)) return Array.isArray(current) && current.join(' ') === value.join(' ');
    return typeof current === 'string' && current === value;
  }

  private _propertyOf(name: string): unknown {
    const map: Record<string, unknown> = {
      weight: this.weight,
      'weight-unit': this.weightUnit,
      'height-cm': this.heightCm,
      sex: this.sex,
      'ivig-days': this.ivigDays,
      'ivig-dosing-weight': this.ivigDosingWeight,
      tpmt: this.tpmt,
      'start-date': this.startDate,
      'methotrexate-day': this.methotrexateDay,
      drugs: this.drugs,
    };
    return map[name];
  }

  /** Applies one user edit and announces it once the new result has rendered. */
  private _edit(name: string, value: string | string[] | null): void {
    const text = Array.isArray(value) ? value.join(' ') : value;
    const field = (Object.keys(FIELD_ATTRIBUTES) as InputField[]).find((f) => FIELD_ATTRIBUTES[f] === name);
    if (field) this._userSet.add(field);
    switch (name as ControlName) {
      case 'weight':
        this.weight = text ?? '';
        this._weightTouched = true;
        break;
      case 'weight-unit':
        this.weightUnit = text ?? '';
        break;
      case 'height-cm':
        this.heightCm = text;
        break;
      case 'sex':
        this.sex = text;
        break;
      case 'ivig-days':
        this.ivigDays = text;
        break;
      case 'ivig-dosing-weight':
        this.ivigDosingWeight = text ?? '';
        break;
      case 'tpmt':
        this.tpmt = text;
        break;
      case 'start-date':
        this.startDate = text;
        break;
      case 'methotrexate-day':
        this.methotrexateDay = text;
        break;
      case 'drugs':
        this.drugs = Array.isArray(value) ? value : text;
        break;
      default:
        return;
    }
    this._copyStatus = '';
    void this._announce();
  }

  private async _announce(): Promise<void> {
    try {
      await this.updateComplete;
    } catch {
      // The result is still the last one computed.
    }
    this.dispatchEvent(
      new CustomEvent<DoseResult>('nam-dose-change', { detail: this._result, bubbles: true, composed: true }),
    );
  }

  private _focusControl(name: ControlName | undefined): void {
    if (!name) return;
    this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
  }

  private async _copy(): Promise<void> {
    this._noteOpen = true;
    await this.updateComplete;
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea.note-text');
    const copied = await copyText(this.note, box);
    this._copyStatus = copied ? 'copied' : 'selected';
  }

  private _print(): void {
    try {
      globalThis.print?.();
    } catch {
      // Printing is not available (for example in a sandboxed frame).
    }
  }

  private _statusText(): string {
    const r = this._result;
    if (r.ok) {
      const critical = [...r.warnings, ...r.lines.flatMap((l) => l.notices)].filter((n) => n.level === 'critical').length;
      return DC.status.doses(r.lines.length, formatDoseWeight(r), critical);
    }
    return this._errors.all.length ? DC.status.invalid(this._errors.all.length) : '';
  }

  private _onFocusOut = (e: FocusEvent) => {
    const target = e.target as HTMLInputElement | null;
    if (target && target.name === this._editing) this._editing = undefined;
  };

  private _renderErrorSummary() {
    const list = this._errors.all.filter((e) => !this._editing || e.control !== this._editing);
    return html`<div class="error-summary" part="error-summary" role="alert" ?hidden=${!list.length}>
      ${list.length
        ? html`<p class="error-summary-title">${UI.fixErrors}</p>
            <ul>
              ${list.map((e) =>
                e.control
                  ? html`<li><button type="button" class="link" @click=${() => this._focusControl(e.control)}>${e.message}</button></li>`
                  : html`<li>${e.message}</li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }

  private _renderResultBody() {
    const r = this._result;
    if (r.ok) return html`${renderInputsUsed(r)} ${renderWarnings(r)} ${renderLines(r, this._resolution)}`;
    return html`${this._errors.all.length ? html`<p class="prompt prompt-error" part="prompt">${DC.errorsInResults}</p>` : nothing}
    ${this._prompt ? html`<p class="prompt" part="prompt">${DC.prompt}</p>` : nothing}`;
  }

  private _renderActions() {
    if (!this._result.ok) return nothing;
    const status = this._copyStatus === 'copied' ? DC.copyDone : this._copyStatus === 'selected' ? UI.copyFallback : '';
    return html`<div class="actions no-print" part="actions">
        <button type="button" part="copy-button" @click=${() => void this._copy()}>${UI.copyNote}</button>
        <button type="button" part="print-button" @click=${() => this._print()}>${UI.print}</button>
      </div>
      <p class="copy-status no-print" role="status">${status}</p>
      <div class="note no-print" ?hidden=${!this._noteOpen}>
        <label for="note-text">${UI.noteLabel}</label>
        <textarea id="note-text" class="note-text" part="note" readonly rows="12" .value=${live(this._noteOpen ? this.note : '')}></textarea>
      </div>
      ${renderDoseSources(this._result.lines.flatMap((l) => l.citations))}`;
  }

  override render() {
    if (!this._view) return nothing;
    // An article, so its header and footer are not page-level landmarks (two widgets on one page).
    return html`<article class="wrap" lang="en" aria-labelledby="dose-calculator-title">
      <header class="header" part="header">
        <h2 id="dose-calculator-title">${DC.title}</h2>
        <p class="subtitle">${DC.subtitle}</p>
      </header>
      ${renderConfigErrors(this._resolution)} ${renderReviewAlert(this._resolution)}
      ${this._themeError
        ? html`<div class="config-error notice notice-warning" role="alert" part="attribute-error">${this._themeError}</div>`
        : nothing}
      ${this._renderErrorSummary()}
      <div class="layout">
        <div class="inputs" @focusout=${this._onFocusOut}>${renderForm(this._view, { onEdit: this._onEdit })}</div>
        <div class="outputs">
          <section
            class="results"
            part="results"
            aria-live="polite"
            aria-busy=${this._editing ? 'true' : 'false'}
            aria-labelledby="results-heading"
          >
            <h3 id="results-heading">${DC.doses}</h3>
            ${this._renderResultBody()}
          </section>
          ${this._renderActions()}
          <p class="visually-hidden result-status" role="status" aria-live="polite" aria-atomic="true">${this._status}</p>
        </div>
      </div>
      ${renderFooter(this._resolution)}
    </article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nam-dose-change': NamDoseChangeEvent;
  }
}
