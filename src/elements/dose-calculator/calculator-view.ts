/**
 * Everything <nam-dose-calculator> shows, computed once per update from plain values: the
 * core's result (its lines limited to the drugs shown), the errors per control, what the form
 * shows, and the attribute problems. No DOM, no Lit, no clinical logic.
 */
import type { ConfigResolution } from '../../core/config.js';
import { calculateDoses } from '../../core/doses.js';
import { formatDoseWeight } from '../../core/format.js';
import type { DoseResult, FieldError, Notice } from '../../core/types.js';
import { echo, isBadTheme } from '../shared/attribute-values.js';
import type { RecordUse } from '../shared/fhir-controller.js';
import { parseHeadingLevel } from '../shared/heading-level.js';
import { UI } from '../shared/strings.js';
import { limitList } from '../shared/text-limits.js';
import { MORE_CONTROLS, parseDrugs, toDoseInput, type ControlName, type RawInputs } from './fields.js';
import { formView, shownErrors, type ShownErrors } from './form-view.js';
import { doseGlance, type DoseGlance } from './glance-view.js';
import type { FormView } from './render-form.js';
import { DC } from './strings.js';

/** What the patient record (the `fhir` property) gave. */
export interface RecordState {
  /** Each input the record gave a value for, and whether it is used. */
  uses: RecordUse[];
  /** The record's notices about the doses (and about the record as a whole). */
  notices: Notice[];
  /** The weight in use is the record's and it is stale: it cannot be confirmed. */
  staleWeight: boolean;
  /** The configured age beyond which a record weight is stale. */
  maxAgeDays: number;
}

export const NO_RECORD: RecordState = { uses: [], notices: [], staleWeight: false, maxAgeDays: 30 };

export interface CalculatorInputs {
  /** The inputs, the record's values laid over those nothing else gave. */
  raw: RawInputs;
  record: RecordState;
  drugs: unknown;
  theme: unknown;
  headingLevel: unknown;
  /** True once the user has edited the weight: from then on an empty weight is an error, not a prompt. */
  weightTouched: boolean;
  /** What the user typed into each text or date box (the box keeps showing it). */
  typed: ReadonlyMap<string, string>;
  rawConfig: unknown;
  resolution: ConfigResolution;
  /** The messages of the attributes the element ignored (misspelt names). */
  ignored: readonly string[];
  /** "More details" is open (narrow screens). */
  moreOpen: boolean;
}

export interface CalculatorView {
  result: DoseResult;
  record: RecordState;
  resolution: ConfigResolution;
  rawConfig: unknown;
  form?: FormView;
  errors: ShownErrors;
  /** No weight yet and never edited: a neutral prompt instead of doses. */
  prompt: boolean;
  /** Problems with attributes that do not change a dose (theme, heading-level, misspelt names). */
  attributeErrors: string[];
  /** "At a glance", for a result. */
  glance?: DoseGlance;
  /** A control under "More details" has an error: the details must be open to show it. */
  moreErrors: boolean;
}

export function calculatorView(i: CalculatorInputs, previous?: DoseResult): CalculatorView {
  const base = { resolution: i.resolution, rawConfig: i.rawConfig, record: i.record };
  try {
    const core = calculateDoses(toDoseInput(i.raw), i.rawConfig);
    const shown = parseDrugs(i.drugs);
    const errors: FieldError[] = [...(core.ok ? [] : core.errors), ...(shown.error ? [shown.error] : [])];
    let result: DoseResult = errors.length
      ? { ok: false, errors }
      : core.ok
        ? { ...core, lines: core.lines.filter((line) => shown.drugs.includes(line.drug)) }
        : core;
    // A render that changes only what is shown keeps the same result object, so an event's
    // detail stays equal to `result`.
    if (previous && JSON.stringify(previous) === JSON.stringify(result)) result = previous;
    const prompt = !i.weightTouched && (i.raw.weight === undefined || i.raw.weight === null);
    const visible = prompt ? errors.filter((e) => e.field !== 'weight') : errors;
    const typed = i.typed as ReadonlyMap<ControlName, string>;
    const shownList = shownErrors(visible, { ...i.raw, drugs: i.drugs }, typed);
    const moreErrors = [...shownList.byControl.keys()].some((c) => MORE_CONTROLS.includes(c));
    const form = formView(
      i.raw,
      shown.drugs,
      i.resolution.config,
      shownList.byControl,
      {
        bothUnits: core.ok ? formatDoseWeight(core) : '',
        confirmationRequired: core.ok && core.weightConfirmationRequired,
        moreOpen: i.moreOpen || moreErrors,
        record: i.record,
      },
      typed,
    );
    // The theme and the heading level do not change a dose: a bad value is reported, the doses stay.
    const attributeErrors = limitList([
      ...(isBadTheme(i.theme) ? [UI.themeError(echo(i.theme) ?? '')] : []),
      ...(parseHeadingLevel(i.headingLevel).error ? [UI.headingLevelError(echo(i.headingLevel) ?? '')] : []),
      ...i.ignored,
    ]);
    return { ...base, result, form, errors: shownList, prompt, attributeErrors, moreErrors, ...(result.ok && { glance: doseGlance(result) }) };
  } catch {
    // The core never throws; this guards the element's own code so a page never breaks.
    const error: FieldError = { field: 'input', message: DC.unexpected };
    return {
      ...base,
      result: { ok: false, errors: [error] },
      errors: { byControl: new Map(), all: [{ message: error.message }] },
      prompt: false,
      attributeErrors: [],
      moreErrors: false,
    };
  }
}

/** The one-sentence status announced after a committed change. */
export function calculatorStatus(view: CalculatorView): string {
  const r = view.result;
  if (r.ok) {
    // Critical notices counted once each, as "At a glance" shows them.
    const critical = new Set([...r.warnings, ...r.lines.flatMap((l) => l.notices)].filter((n) => n.level === 'critical').map((n) => n.code)).size;
    const withheld = r.lines.filter((l) => l.notices.some((n) => n.code === 'weight-withheld')).length;
    return DC.status.doses(r.lines.length, r.weightText, critical, withheld);
  }
  return view.errors.all.length ? DC.status.invalid(view.errors.all.length) : '';
}
