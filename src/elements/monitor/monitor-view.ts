/**
 * Everything <nam-monitor> shows, computed once per update from plain values: the visits (the
 * page's, merged with the record's), the core's follow-up result, each error at its control, the
 * drugs form, the taper plan, the glance and the chart. No DOM, no Lit, no clinical logic: every
 * clinical result comes from the core (assessFollowUp, planTaper, prefillFromFhir).
 */
import { MONITORED_DRUGS, DRUG_LABELS, type MmtMax, type MonitoredDrug } from '../../content/follow-up-rules.js';
import type { SourceId } from '../../content/sources.js';
import type { ConfigResolution } from '../../core/config.js';
import { isCalendarDate } from '../../core/dates.js';
import { assessFollowUp, planTaper } from '../../core/follow-up.js';
import type { FollowUpResult, TaperResult } from '../../core/follow-up-types.js';
import { formatNumber } from '../../core/format.js';
import { ownValue } from '../../core/own.js';
import type { FieldError } from '../../core/types.js';
import { decimalOrAsGiven, echo, isAbsent, isBadTheme, ownList, trimmedChoice, withoutUndefined } from '../shared/attribute-values.js';
import { parseHeadingLevel } from '../shared/heading-level.js';
import { UI } from '../shared/strings.js';
import { limitList } from '../shared/text-limits.js';
import { chartModel, type ChartModel } from './chart-model.js';
import { glanceLines, type GlanceLine } from './glance-lines.js';
import { mergeVisits, type CellSource, type RecordView } from './record.js';
import { FIELD_WORDS, MON } from './strings.js';
import {
  drugControl,
  drugFieldLabel,
  drugIndex,
  fieldLabel,
  parseControlName,
  visitControl,
  visitName,
  type DrugField,
  type VisitField,
  VISIT_FIELDS,
} from './visit-fields.js';

export interface MonitorInputs {
  visits: unknown;
  drugs: unknown;
  mmtMax: unknown;
  /** The `today` attribute (undefined: the local date is used). */
  today: unknown;
  localToday: string;
  taper: { start: unknown; weight: unknown; weightUnit: unknown; weightConfirmed: unknown; heightCm: unknown };
  theme: unknown;
  headingLevel: unknown;
  /** The messages of the misspelt attributes. */
  ignored: readonly string[];
  rawConfig: unknown;
  resolution: ConfigResolution;
  record: RecordView | undefined;
  /** Record values the user removed or cleared ("2026-12-03", "2026-12-03|ck"). */
  dismissed: ReadonlySet<string>;
}

export interface ShownErrors {
  /** One message per control name. */
  byControl: Map<string, string>;
  /** Every message, with the control it belongs to (undefined: no control shows it). */
  all: { control?: string; message: string }[];
}

export interface DrugRow {
  drug: MonitoredDrug;
  label: string;
  started: string;
  lastIncrease: string;
}

export interface TaperView {
  /** undefined until a start date is given. */
  result?: TaperResult;
  errors: ShownErrors;
  /** Show the weight check box (the core asks for it, or it is ticked). */
  askConfirm: boolean;
}

export interface MonitorView {
  result: FollowUpResult;
  /** The visits the table shows and the core assessed (undefined when `visits` is not a list). */
  visits?: unknown[];
  sources: Map<string, CellSource>;
  drugRows: DrugRow[];
  /** The MMT-8 scale in use for the headers and the select (undefined: the value given is not accepted). */
  mmtMax: MmtMax;
  mmtChoice?: string;
  today: string;
  record?: RecordView;
  errors: ShownErrors;
  taper: TaperView;
  attributeErrors: string[];
  glance: GlanceLine[];
  chart?: ChartModel;
  resolution: ConfigResolution;
  rawConfig: unknown;
}

/** The visits as a list (absent: none), or the value as given (the core says it is not a list). */
export function visitList(value: unknown): unknown[] | unknown {
  if (isAbsent(value)) return [];
  return ownList(value) ?? value;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "visits[3]" in a message → "the visit in row 4". */
const rowWords = (text: string) => text.replace(/\bvisits\[(\d+)\]/g, (_, i) => `the visit in row ${Number(i) + 1}`);

/** A core message with its leading path ("visits[2].ck must …", "drugs[0].started is …") in the form's words. */
function reword(message: string, path: string, label: string): string {
  if (message.startsWith(`${path} `)) return `${label}${rowWords(message.slice(path.length))}`;
  if (message.startsWith(`${path}: `)) return `${label}: ${rowWords(message.slice(path.length + 2))}`;
  return rowWords(message);
}

function topWords(message: string, field: string): string {
  const words = FIELD_WORDS[field];
  return words && message.startsWith(`${field} `) ? `${words}${message.slice(field.length)}` : message;
}

/** Each core error at its control (a visit's cell, a drug's date, the scale), else in the list only. */
export function placeErrors(errors: readonly FieldError[], visits: readonly unknown[], drugs: readonly unknown[] | undefined): ShownErrors {
  const byControl = new Map<string, string>();
  const all: ShownErrors['all'] = [];
  const add = (control: string | undefined, message: string, listed = message) => {
    all.push({ control, message: listed });
    if (control) byControl.set(control, byControl.has(control) ? `${byControl.get(control)} ${message}` : message);
  };
  for (const e of errors) {
    const v = /^visits\[(\d+)\](?:\.([A-Za-z0-9]+))?$/.exec(e.field);
    if (v) {
      const row = Number(v[1]);
      const field = v[2] as VisitField | undefined;
      const name = visitName(visits[row], row);
      if (field && (VISIT_FIELDS as readonly string[]).includes(field)) {
        const message = reword(e.message, e.field, fieldLabel(field));
        add(visitControl(row, field), message, `${cap(name)}: ${message}`);
      } else {
        add(undefined, `${cap(name)}: ${reword(e.message, `visits[${row}]`, 'This visit')}`);
      }
      continue;
    }
    const d = /^drugs\[(\d+)\]\.(started|lastIncrease)$/.exec(e.field);
    if (d && drugs) {
      const drug = ownValue(drugs[Number(d[1])], 'drug');
      if (typeof drug === 'string' && (MONITORED_DRUGS as readonly string[]).includes(drug)) {
        const field = d[2] as DrugField;
        const label = drugFieldLabel(drug as MonitoredDrug, field);
        add(drugControl(drug as MonitoredDrug, field), reword(e.message, e.field, label));
        continue;
      }
    }
    if (e.field === 'mmtMax') {
      add('mmt-max', topWords(e.message, 'mmtMax'));
      continue;
    }
    add(undefined, topWords(e.message, e.field));
  }
  return { byControl, all };
}

/** The drugs form: one row per monitored drug, with the dates the page or the user gave. */
function drugRows(list: readonly unknown[] | undefined): DrugRow[] {
  return MONITORED_DRUGS.map((drug) => {
    const entry = list ? list[drugIndex(list, drug)] : undefined;
    const text = (field: DrugField) => {
      const value = ownValue(entry, field);
      return typeof value === 'string' ? value : '';
    };
    const name = DRUG_LABELS[drug];
    return { drug, label: `${name.charAt(0).toUpperCase()}${name.slice(1)}`, started: text('started'), lastIncrease: text('lastIncrease') };
  });
}

/** A boolean attribute: present (or "true") is true, absent or "false" is false; anything else goes to the core. */
export function booleanValue(value: unknown): unknown {
  if (isAbsent(value) || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === '' || t === 'true') return true;
    if (t === 'false') return false;
  }
  return value;
}

const TAPER_CONTROLS: Record<string, string> = {
  startDate: 'taper-start',
  weight: 'weight',
  weightUnit: 'weight-unit',
  weightConfirmed: 'weight-confirmed',
};

function taperView(i: MonitorInputs): TaperView {
  const t = i.taper;
  const start = trimmedChoice(t.start);
  const confirmed = booleanValue(t.weightConfirmed);
  if (start === undefined || start === '') return { errors: { byControl: new Map(), all: [] }, askConfirm: confirmed === true };
  const result = planTaper(
    withoutUndefined({
      weight: isAbsent(t.weight) || (typeof t.weight === 'string' && !t.weight.trim()) ? undefined : decimalOrAsGiven(t.weight),
      weightUnit: trimmedChoice(t.weightUnit),
      weightConfirmed: confirmed,
      heightCm: isAbsent(t.heightCm) ? undefined : decimalOrAsGiven(t.heightCm),
      startDate: start,
    }),
    i.rawConfig,
  );
  const byControl = new Map<string, string>();
  const all: ShownErrors['all'] = [];
  if (!result.ok) {
    for (const e of result.errors) {
      const control = TAPER_CONTROLS[e.field];
      const message = topWords(e.message, e.field);
      all.push({ control, message });
      if (control) byControl.set(control, byControl.has(control) ? `${byControl.get(control)} ${message}` : message);
    }
  }
  const askConfirm = confirmed === true || (!result.ok && result.errors.some((e) => e.field === 'weightConfirmed'));
  return { result, errors: { byControl, all }, askConfirm };
}

function attributeErrors(i: MonitorInputs): string[] {
  return limitList([
    ...(isBadTheme(i.theme) ? [UI.themeError(echo(i.theme) ?? '')] : []),
    ...(parseHeadingLevel(i.headingLevel).error ? [UI.headingLevelError(echo(i.headingLevel) ?? '')] : []),
    ...i.ignored,
  ]);
}

/** The effective date: the `today` attribute as given (the core checks it), else the local date. */
export function effectiveToday(today: unknown, localToday: string): { value: unknown; date: string } {
  const given = trimmedChoice(today);
  if (given === undefined) return { value: localToday, date: localToday };
  return { value: given, date: typeof given === 'string' && isCalendarDate(given) ? given : localToday };
}

export function monitorView(i: MonitorInputs, previous?: FollowUpResult): MonitorView {
  const today = effectiveToday(i.today, i.localToday);
  const base = { resolution: i.resolution, rawConfig: i.rawConfig, today: today.date, record: i.record };
  try {
    const own = visitList(i.visits);
    const merged = Array.isArray(own) ? mergeVisits(own, i.record, i.dismissed) : undefined;
    const drugs = isAbsent(i.drugs) ? undefined : (ownList(i.drugs) ?? i.drugs);
    const mmt = isAbsent(i.mmtMax) ? undefined : decimalOrAsGiven(typeof i.mmtMax === 'string' ? i.mmtMax.trim() : i.mmtMax);
    const input = withoutUndefined({ visits: merged ? merged.visits : own, drugs, mmtMax: mmt, today: today.value });
    let result = assessFollowUp(input, i.rawConfig);
    // A render that changes only what is shown keeps the same result object (an event's detail stays `result`).
    if (previous && JSON.stringify(previous) === JSON.stringify(result)) result = previous;
    const drugList = Array.isArray(drugs) ? drugs : undefined;
    const errors = result.ok ? { byControl: new Map<string, string>(), all: [] } : placeErrors(result.errors, merged?.visits ?? [], drugList);
    const mmtMax: MmtMax = result.ok ? result.input.mmtMax : mmt === 150 ? 150 : 80;
    const mmtChoice = mmt === undefined ? '80' : mmt === 80 || mmt === 150 ? String(mmt) : undefined;
    return {
      ...base,
      result,
      visits: merged?.visits,
      sources: merged?.sources ?? new Map(),
      drugRows: drugRows(drugList),
      mmtMax,
      mmtChoice,
      errors,
      taper: taperView(i),
      attributeErrors: attributeErrors(i),
      glance: result.ok ? glanceLines(result) : [],
      chart: result.ok ? chartModel(result) : undefined,
    };
  } catch {
    // The core never throws; this guards the element's own code so a page never breaks.
    const error = { field: 'input', message: MON.unexpected };
    return {
      ...base,
      result: { ok: false, errors: [error] },
      sources: new Map(),
      drugRows: drugRows(undefined),
      mmtMax: 80,
      mmtChoice: '80',
      errors: { byControl: new Map(), all: [{ message: error.message }] },
      taper: { errors: { byControl: new Map(), all: [] }, askConfirm: false },
      attributeErrors: [],
      glance: [],
    };
  }
}

/** Every source the assessment and the taper plan cite, in order of first citation. */
export function citedSources(view: MonitorView): SourceId[] {
  const ids = [...(view.result.ok ? view.result.citations : []), ...(view.taper.result?.ok ? view.taper.result.citations : [])];
  return [...new Set(ids)];
}

/** The status sentence announced after a committed change. */
export function monitorStatus(view: MonitorView): string {
  const r = view.result;
  if (!r.ok) return MON.status.invalid(view.errors.all.length);
  const last = r.visits[r.visits.length - 1];
  const latest = last?.tis ? `latest ${formatNumber(last.tis.total, 2)} of 100` : '';
  const critical = view.glance.filter((g) => g.kind === 'critical').length;
  return MON.status.assessed(r.visits.length, latest, critical);
}

export { parseControlName };
