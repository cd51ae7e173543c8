/**
 * The chart's geometry, from the core's result: CK as a multiple of the ULN (the core's
 * `timesUln`) on a log scale, MMT-8 on a linear scale from 0 to `mmtMax`, and the prednisone dose
 * as a step line in a panel of its own (the dose between two visits is the earlier visit's dose;
 * visits without a dose are skipped and nothing is drawn after the last one, as content-spec §5.6
 * reads the doses). Time runs left to right by calendar date. The same rows make the table
 * alternative. Pure: numbers in, coordinates and words out.
 */
import { daysBetween, formatShortDate } from '../../core/dates.js';
import type { FollowUpResult } from '../../core/follow-up-types.js';
import { ownValue } from '../../core/own.js';
import { MON } from './strings.js';
import { n } from './words.js';

type OkResult = Extract<FollowUpResult, { ok: true }>;
export type Series = 'ck' | 'mmt8' | 'prednisone';
export const SERIES: readonly Series[] = ['ck', 'mmt8', 'prednisone'];

/** The drawing's coordinate system (viewBox units). */
export const BOX = { width: 400, height: 296, left: 46, right: 354, top: 26, mid: 176, predTop: 210, predBottom: 254, axis: 280, font: 12 } as const;

export interface ChartRow {
  date: string;
  ck?: number;
  timesUln?: number;
  mmt8?: number;
  prednisone?: number;
}

export interface ChartPoint {
  series: Series;
  /** Position in the rows (date order). */
  row: number;
  x: number;
  y: number;
  /** The accessible name: the series, the date and the value. */
  label: string;
}

export interface Tick {
  at: number;
  label: string;
}

export interface ChartModel {
  rows: ChartRow[];
  mmtMax: number;
  points: ChartPoint[];
  paths: Record<Series, string>;
  xTicks: Tick[];
  ckTicks: Tick[];
  mmtTicks: Tick[];
  predTicks: Tick[];
  /** The y of 1 × ULN. */
  ulnY: number;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const round = (v: number) => Math.round(v * 10) / 10;

/** The rows (date order) with anything to draw. */
export function chartRows(result: OkResult): ChartRow[] {
  const rows: ChartRow[] = [];
  result.visits.forEach((a, i) => {
    const v = result.input.visits[i];
    const row: ChartRow = { date: a.date };
    const ck = num(ownValue(v, 'ck'));
    if (a.ck && ck !== undefined) {
      row.ck = ck;
      row.timesUln = a.ck.timesUln;
    }
    const mmt8 = num(ownValue(v, 'mmt8'));
    if (mmt8 !== undefined) row.mmt8 = mmt8;
    const pred = num(ownValue(v, 'prednisoneMgPerDay'));
    if (pred !== undefined) row.prednisone = pred;
    if (row.timesUln !== undefined || row.mmt8 !== undefined || row.prednisone !== undefined) rows.push(row);
  });
  return rows;
}

/**
 * Decades covering the positive values and 1 × ULN: [10^lo, 10^hi]. A CK of 0 has no place on a log
 * scale: with one, the scale starts a decade lower and the 0 is drawn at its foot (below every other
 * value and below the ULN line; its name says 0).
 */
function decades(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  let lo = Math.floor(Math.log10(Math.min(1, ...positive)));
  if (positive.length < values.length) lo -= 1;
  // At least a decade above the ULN, so the ULN line is never the frame.
  const hi = Math.max(1, Math.ceil(Math.log10(Math.max(1, ...positive))));
  return [Math.max(lo, -3), Math.min(hi, 6)];
}

/** A round top for the prednisone axis: the next multiple of 10 (at least 10). */
const predTop = (max: number) => Math.max(10, Math.ceil(max / 10) * 10);

export function chartModel(result: OkResult): ChartModel | undefined {
  const rows = chartRows(result);
  if (!rows.length) return undefined;
  const mmtMax = result.input.mmtMax;
  const first = rows[0].date;
  const span = daysBetween(first, rows[rows.length - 1].date);
  const x = (date: string) =>
    round(span > 0 ? BOX.left + ((BOX.right - BOX.left) * daysBetween(first, date)) / span : (BOX.left + BOX.right) / 2);

  const [lo, hi] = decades(rows.flatMap((r) => (r.timesUln === undefined ? [] : [r.timesUln])));
  const yCk = (v: number) => {
    const d = v > 0 ? Math.min(Math.max(Math.log10(v), lo), hi) : lo;
    return round(BOX.mid - ((BOX.mid - BOX.top) * (d - lo)) / (hi - lo));
  };
  const yMmt = (v: number) => round(BOX.mid - ((BOX.mid - BOX.top) * Math.min(Math.max(v, 0), mmtMax)) / mmtMax);
  const top = predTop(Math.max(0, ...rows.map((r) => r.prednisone ?? 0)));
  const yPred = (v: number) => round(BOX.predBottom - ((BOX.predBottom - BOX.predTop) * Math.min(Math.max(v, 0), top)) / top);

  const points: ChartPoint[] = [];
  rows.forEach((r, row) => {
    const date = formatShortDate(r.date);
    if (r.timesUln !== undefined && r.ck !== undefined) {
      points.push({ series: 'ck', row, x: x(r.date), y: yCk(r.timesUln), label: MON.pointCk(date, n(r.timesUln), n(r.ck)) });
    }
  });
  rows.forEach((r, row) => {
    if (r.mmt8 !== undefined) points.push({ series: 'mmt8', row, x: x(r.date), y: yMmt(r.mmt8), label: MON.pointMmt(formatShortDate(r.date), n(r.mmt8), mmtMax) });
  });
  rows.forEach((r, row) => {
    if (r.prednisone !== undefined) points.push({ series: 'prednisone', row, x: x(r.date), y: yPred(r.prednisone), label: MON.pointPred(formatShortDate(r.date), n(r.prednisone)) });
  });

  const line = (series: Series) =>
    points
      .filter((p) => p.series === series)
      .map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`)
      .join(' ');
  // The step line: each dose holds until the next visit that records one.
  const pred = points.filter((p) => p.series === 'prednisone');
  const step = pred.map((p, i) => (i ? `H${p.x} V${p.y}` : `M${p.x} ${p.y}`)).join(' ');

  const ckTicks: Tick[] = [];
  for (let d = lo; d <= hi; d++) ckTicks.push({ at: yCk(10 ** d), label: n(10 ** d) });
  const mmtTicks: Tick[] = [0, mmtMax / 2, mmtMax].map((v) => ({ at: yMmt(v), label: n(v) }));
  const predTicks: Tick[] = [0, top].map((v) => ({ at: yPred(v), label: n(v) }));

  // Date labels: the first and the last, and those between with room for their words.
  const xTicks: Tick[] = [];
  const gap = 84;
  const dates = [...new Set(rows.map((r) => r.date))];
  dates.forEach((date, i) => {
    const at = x(date);
    const last = i === dates.length - 1;
    const prev = xTicks[xTicks.length - 1];
    if (last && prev && at - prev.at < gap && xTicks.length > 1) xTicks.pop();
    if (last || !prev || (at - prev.at >= gap && x(dates[dates.length - 1]) - at >= gap)) xTicks.push({ at, label: formatShortDate(date) });
  });

  return {
    rows,
    mmtMax,
    points,
    paths: { ck: line('ck'), mmt8: line('mmt8'), prednisone: step },
    xTicks,
    ckTicks,
    mmtTicks,
    predTicks,
    ulnY: yCk(1),
  };
}
