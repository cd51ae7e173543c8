/**
 * The visit table's columns and controls, and the way a cell's text becomes a visit's value and
 * back. Plain functions of plain values: no DOM, no clinical logic. A control's `name` says what
 * it edits: `visits[2].ck` (a visit's field, by its row), `drugs.methotrexate.started` (a drug's
 * date), or an attribute name (`mmt-max`, `taper-start`, `weight`, …).
 */
import {
  DRUG_LABELS,
  LAB_FIELDS,
  MONITORED_DRUGS,
  VISIT_LABELS,
  type LabField,
  type MonitoredDrug,
} from '../../content/follow-up-rules.js';
import { isCalendarDate } from '../../core/dates.js';
import { formatShortDate } from '../../core/dates.js';
import { isPlainObject } from '../../core/fields.js';
import { ownValue } from '../../core/own.js';
import { decimalOrAsGiven } from '../shared/attribute-values.js';

/** The fields of a visit's main row, in table order (content-spec §5.1). */
export const MAIN_FIELDS = ['date', 'ck', 'ckUln', 'mmt8', 'physicianGlobal', 'patientGlobal', 'extramuscular', 'haq', 'prednisoneMgPerDay'] as const;
export type MainField = (typeof MAIN_FIELDS)[number];
export type VisitField = MainField | LabField;
export const VISIT_FIELDS: readonly VisitField[] = [...MAIN_FIELDS, ...LAB_FIELDS];

/** The drug dates the drugs form edits. */
export const DRUG_FIELDS = ['started', 'lastIncrease'] as const;
export type DrugField = (typeof DRUG_FIELDS)[number];

export const visitControl = (index: number, field: VisitField) => `visits[${index}].${field}`;
export const drugControl = (drug: MonitoredDrug, field: DrugField) => `drugs.${drug}.${field}`;

/** A control name's id-safe form ("visits[2].ck" → "c-visits-2-ck"). */
export const controlId = (name: string) => `c-${name.replace(/[^a-zA-Z0-9-]+/g, '-')}`;
export const errorId = (name: string) => `${controlId(name)}-error`;

export type ControlTarget =
  | { kind: 'visit'; index: number; field: VisitField }
  | { kind: 'drug'; drug: MonitoredDrug; field: DrugField };

/** What a control edits, from its name (undefined for the attribute controls). */
export function parseControlName(name: string): ControlTarget | undefined {
  const v = /^visits\[(\d{1,6})\]\.([a-zA-Z0-9]+)$/.exec(name);
  if (v && (VISIT_FIELDS as readonly string[]).includes(v[2])) return { kind: 'visit', index: Number(v[1]), field: v[2] as VisitField };
  const d = /^drugs\.([a-z]+)\.([a-zA-Z]+)$/.exec(name);
  if (d && (MONITORED_DRUGS as readonly string[]).includes(d[1]) && (DRUG_FIELDS as readonly string[]).includes(d[2])) {
    return { kind: 'drug', drug: d[1] as MonitoredDrug, field: d[2] as DrugField };
  }
  return undefined;
}

/**
 * A number cell's text as the visit's value: empty means "not known" (the field is left out);
 * a decimal ("12.5", " 40 ") is a number; any other text is kept as typed, so the core's own
 * error names the field and its range and the cell keeps showing it.
 */
export function cellValue(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  return decimalOrAsGiven(text) as number | string;
}

/** The text a cell shows for a value: digits for a finite number (no grouping: it must read back), a string as given. */
export function cellText(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/** True when typed text still stands for the value a cell holds (so the box keeps what was typed). */
export function typedMatches(field: VisitField | DrugField, typed: string, value: unknown): boolean {
  if (field === 'date' || field === 'started' || field === 'lastIncrease') return typed === (typeof value === 'string' ? value : '');
  return Object.is(cellValue(typed), value);
}

/** "CK upper limit of normal" → "CK upper limit of normal"; "physician global activity" → "Physician global activity". */
export const fieldLabel = (field: VisitField) => {
  const label: string = VISIT_LABELS[field];
  // "eGFR" stays as it is written.
  return /^[a-z][A-Z]/.test(label) ? label : label.charAt(0).toUpperCase() + label.slice(1);
};

export const drugFieldLabel = (drug: MonitoredDrug, field: DrugField) => {
  const name = DRUG_LABELS[drug];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${field === 'started' ? 'start date' : 'last dose increase'}`;
};

/** A visit's own date, when it is a calendar date. */
export function visitDate(visit: unknown): string | undefined {
  const date = ownValue(visit, 'date');
  return typeof date === 'string' && isCalendarDate(date) ? date : undefined;
}

/** How a visit is named in labels and messages: "3 Dec 2026", or "row 3 (no date yet)". */
export function visitName(visit: unknown, index: number): string {
  const date = visitDate(visit);
  return date ? formatShortDate(date) : `row ${index + 1} (no date yet)`;
}

/** The number of blood-test values entered in a visit. */
export function bloodsEntered(visit: unknown): number {
  return LAB_FIELDS.filter((f) => ownValue(visit, f) !== undefined).length;
}

/** A plain copy of a host's visit or drug entry (own enumerable fields only; other values as they are). */
export function plainCopy(item: unknown): unknown {
  if (!isPlainObject(item)) return item;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(item)) copy[key] = ownValue(item, key);
  return copy;
}

/** `item` with `field` set to `value`, or left out when `value` is undefined (a copy; non-objects become objects). */
export function withField(item: unknown, field: string, value: unknown): Record<string, unknown> {
  const copy = (isPlainObject(item) ? plainCopy(item) : {}) as Record<string, unknown>;
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

/** The index of the host's entry for `drug` in a drugs list (own values only), or -1. */
export function drugIndex(list: readonly unknown[], drug: MonitoredDrug): number {
  return list.findIndex((d) => ownValue(d, 'drug') === drug);
}

/** The drugs list after a user's edit of one drug date: a blank drug (no dates) leaves the list. */
export function editDrugs(list: readonly unknown[], drug: MonitoredDrug, field: DrugField, value: string): unknown[] {
  const out = list.map(plainCopy);
  const i = drugIndex(out, drug);
  const text = value.trim() === '' ? undefined : value;
  if (i < 0) {
    if (text !== undefined) out.push({ drug, [field]: text });
    return out;
  }
  const next = withField(out[i], field, text);
  const blank = DRUG_FIELDS.every((f) => next[f] === undefined || next[f] === '');
  if (blank) out.splice(i, 1);
  else out[i] = next;
  return out;
}
