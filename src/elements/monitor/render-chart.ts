/**
 * The chart: CK × ULN (log scale, left axis) and MMT-8 (right axis) over time, the prednisone dose
 * as a step line in its own panel below; drawn with Lit `svg` templates, no inline styles (CSP).
 * Each point is focusable (one tab stop: the arrow keys move between points) and has its series,
 * date and value as its accessible name; the table alternative lists the same rows. Colour is
 * never the only signal: the series differ in marker shape and line pattern too.
 */
import { html, svg } from 'lit';
import { formatShortDate } from '../../core/dates.js';
import { BOX, SERIES, type ChartModel, type ChartPoint, type Series } from './chart-model.js';
import { MON } from './strings.js';
import { n } from './words.js';

export interface ChartHandlers {
  /** The point that has the tab stop (and the readout), by its position in `points`. */
  active: number;
  /** The point shown in the readout (focused or hovered), or -1. */
  shown: number;
  tableOpen: boolean;
  printing: boolean;
  keydown: (e: KeyboardEvent) => void;
  focusPoint: (index: number) => void;
  leave: () => void;
  toggleTable: () => void;
}

function marker(p: ChartPoint) {
  switch (p.series) {
    case 'ck':
      return svg`<circle class="marker" cx=${p.x} cy=${p.y} r="4.5"></circle>`;
    case 'mmt8':
      return svg`<rect class="marker" x=${p.x - 4.5} y=${p.y - 4.5} width="9" height="9"></rect>`;
    default:
      return svg`<path class="marker" d=${`M${p.x} ${p.y - 5.5} L${p.x + 5.5} ${p.y + 4.5} L${p.x - 5.5} ${p.y + 4.5} Z`}></path>`;
  }
}

function axes(m: ChartModel) {
  const { left, right, top, mid, predTop, predBottom, axis } = BOX;
  const anchor = (i: number, count: number) => (count === 1 ? 'middle' : i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle');
  return svg`<g class="axes" aria-hidden="true">
    <rect class="panel" x=${left} y=${top} width=${right - left} height=${mid - top}></rect>
    <rect class="panel" x=${left} y=${predTop} width=${right - left} height=${predBottom - predTop}></rect>
    ${m.ckTicks.map((t) => svg`<line class="grid" x1=${left} x2=${right} y1=${t.at} y2=${t.at}></line><text class="tick ck-tick" x=${left - 5} y=${t.at + 4} text-anchor="end">${t.label}</text>`)}
    <line class="uln" x1=${left} x2=${right} y1=${m.ulnY} y2=${m.ulnY}></line>
    <text class="tick uln-label" x=${left + 4} y=${m.ulnY - 4}>${MON.uln}</text>
    ${m.mmtTicks.map((t) => svg`<text class="tick mmt-tick" x=${right + 5} y=${t.at + 4} text-anchor="start">${t.label}</text>`)}
    ${m.predTicks.map((t) => svg`<text class="tick pred-tick" x=${left - 5} y=${t.at + 4} text-anchor="end">${t.label}</text>`)}
    <text class="axis-label" x=${left} y=${top - 10} text-anchor="middle">${MON.series.ck} ${MON.axisCk}</text>
    <text class="axis-label" x=${right} y=${top - 10} text-anchor="middle">${MON.series.mmt8}</text>
    <text class="axis-label" x=${left} y=${predTop - 6} text-anchor="start">${MON.series.prednisone} (${MON.axisPred})</text>
    ${m.xTicks.map(
      (t, i) => svg`<line class="x-tick" x1=${t.at} x2=${t.at} y1=${predBottom} y2=${predBottom + 5}></line><text class="tick" x=${t.at} y=${axis} text-anchor=${anchor(i, m.xTicks.length)}>${t.label}</text>`,
    )}
  </g>`;
}

function points(m: ChartModel, h: ChartHandlers) {
  return m.points.map(
    (p, i) => svg`<g
      class=${`point point-${p.series}`}
      tabindex=${i === h.active ? '0' : '-1'}
      role="img"
      aria-label=${p.label}
      data-series=${p.series}
      data-point=${i}
      @focus=${() => h.focusPoint(i)}
      @pointerenter=${() => h.focusPoint(i)}
    ><circle class="ring" cx=${p.x} cy=${p.y} r="9"></circle>${marker(p)}</g>`,
  );
}

function dataTable(m: ChartModel) {
  return html`<table class="chart-data" part="chart-table">
    <caption class="visually-hidden">${MON.chartTable}</caption>
    <thead>
      <tr>
        <th scope="col">${MON.tableDate}</th>
        <th scope="col">${MON.tableCk}</th>
        <th scope="col">${MON.tableTimesUln}</th>
        <th scope="col">${MON.tableMmt(m.mmtMax)}</th>
        <th scope="col">${MON.tablePred}</th>
      </tr>
    </thead>
    <tbody>
      ${m.rows.map(
        (r) => html`<tr data-date=${r.date}>
          <th scope="row">${formatShortDate(r.date)}</th>
          <td class="num" data-col="ck">${r.ck === undefined ? '—' : n(r.ck)}</td>
          <td class="num" data-col="timesUln">${r.timesUln === undefined ? '—' : n(r.timesUln)}</td>
          <td class="num" data-col="mmt8">${r.mmt8 === undefined ? '—' : n(r.mmt8)}</td>
          <td class="num" data-col="prednisone">${r.prednisone === undefined ? '—' : n(r.prednisone)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

const KEY: Record<Series, string> = { ck: 'key-ck', mmt8: 'key-mmt8', prednisone: 'key-prednisone' };

export function renderChart(m: ChartModel | undefined, h: ChartHandlers) {
  return html`<section class="chart-section" part="chart" aria-labelledby="mon-chart-title">
    <h3 id="mon-chart-title">${MON.chartHeading}</h3>
    ${m
      ? html`<p class="hint" id="mon-chart-caption">${MON.chartCaption}</p>
          <ul class="chart-key" aria-hidden="true">
            ${SERIES.map((s) => html`<li class=${KEY[s]}><span class="swatch"></span>${MON.series[s]}</li>`)}
          </ul>
          <p class="chart-readout" aria-hidden="true">${h.shown >= 0 && m.points[h.shown] ? m.points[h.shown].label : MON.chartKeyHint}</p>
          <div class="chart-scroll">
            <svg
              class="chart"
              viewBox=${`0 0 ${BOX.width} ${BOX.height}`}
              role="group"
              aria-label=${MON.chartLabel}
              aria-describedby="mon-chart-caption"
              @keydown=${h.keydown}
              @pointerleave=${h.leave}
              @focusout=${h.leave}
            >
              ${axes(m)}
              <g aria-hidden="true">
                <path class="line line-ck" d=${m.paths.ck}></path>
                <path class="line line-mmt8" d=${m.paths.mmt8}></path>
                <path class="line line-prednisone" d=${m.paths.prednisone}></path>
              </g>
              ${points(m, h)}
            </svg>
          </div>
          <div class="chart-table-wrap">
            <button type="button" class="chart-table-toggle no-print" aria-expanded=${h.tableOpen || h.printing ? 'true' : 'false'} aria-controls="mon-chart-table" @click=${h.toggleTable}>
              ${MON.chartTable}
            </button>
            <div id="mon-chart-table" ?hidden=${!(h.tableOpen || h.printing)}>${dataTable(m)}</div>
          </div>`
      : html`<p class="hint">${MON.chartEmpty}</p>`}
  </section>`;
}

/**
 * The point the arrow keys lead to: left and right along the series (by date), up and down to
 * the nearest point of the next or previous series, Home and End to the series' ends.
 */
export function nextPoint(m: ChartModel, from: number, key: string): number | undefined {
  const p = m.points[from];
  if (!p) return m.points.length ? 0 : undefined;
  const same = m.points.map((q, i) => ({ q, i })).filter((x) => x.q.series === p.series);
  const at = same.findIndex((x) => x.i === from);
  switch (key) {
    case 'ArrowRight':
      return same[Math.min(at + 1, same.length - 1)].i;
    case 'ArrowLeft':
      return same[Math.max(at - 1, 0)].i;
    case 'Home':
      return same[0].i;
    case 'End':
      return same[same.length - 1].i;
    case 'ArrowDown':
    case 'ArrowUp': {
      const order = SERIES.filter((s) => m.points.some((q) => q.series === s));
      const k = order.indexOf(p.series) + (key === 'ArrowDown' ? 1 : -1);
      if (k < 0 || k >= order.length) return from;
      const other = m.points.map((q, i) => ({ q, i })).filter((x) => x.q.series === order[k]);
      other.sort((a, b) => Math.abs(a.q.x - p.x) - Math.abs(b.q.x - p.x));
      return other[0].i;
    }
    default:
      return undefined;
  }
}
