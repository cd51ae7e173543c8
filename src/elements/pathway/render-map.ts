/**
 * The pathway map as an SVG drawn with Lit `svg` templates: the checks and the
 * checkpoint-inhibitor branch on top, then one lane per antibody subgroup (subgroup → first
 * line → escalation). The route for the current input is highlighted with a thicker border, bold
 * label and fill (not colour alone), and described in words for the text alternative. When the
 * result has no first-line step (relapse, inadequate response) the route bypasses the first-line
 * box, running below it to the escalation.
 */
import { html, svg, nothing } from 'lit';
import { MAP_STAGE_LABELS } from '../../content/pathway-map.js';
import type { MapModel, MapNodeState, MapEdgeState } from './map-model.js';
import { PATHWAY_UI } from './strings.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Drawn in the critical colours when on the route. */
  critical?: boolean;
}

/** Geometry in viewBox units (the drawing scales to its container, down to MAP_MIN_WIDTH). */
const WIDTH = 320;
const HEIGHT = 488;
const LINE = 13;
const COL = { subgroup: { x: 4, w: 88 }, first: { x: 104, w: 106 }, escalation: { x: 222, w: 94 } };
const LANE_TOP = 206;
const LANE_H = 51;
const LANE_GAP = 8;

const lane = (i: number, col: { x: number; w: number }): Box => ({ ...col, y: LANE_TOP + i * (LANE_H + LANE_GAP), h: LANE_H });

const LANES = ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'];

/** Font sizes of the drawing's words, in viewBox units (map.styles.ts sets them). */
export const MAP_FONT = { label: 11, caption: 9.5 } as const;

/** The smallest rendered size, in CSS px, the drawing's words may shrink to. */
export const MAP_MIN_TEXT_PX = 11;

/**
 * The narrowest the drawing is rendered, in CSS px: at this width its smallest words (the stage
 * captions) are MAP_MIN_TEXT_PX. In a narrower container the drawing scrolls sideways instead.
 */
export const MAP_MIN_WIDTH = Math.ceil((WIDTH * MAP_MIN_TEXT_PX) / Math.min(MAP_FONT.label, MAP_FONT.caption));

export const MAP_BOXES: Record<string, Box> = {
  urgent: { x: 4, y: 20, w: 152, h: 38, critical: true },
  statin: { x: 164, y: 20, w: 152, h: 38 },
  ici: { x: COL.subgroup.x, y: 86, w: COL.subgroup.w, h: 90 },
  'ici-hold': { x: COL.first.x, y: 86, w: COL.first.w, h: 38 },
  'ici-withdraw': { x: COL.first.x, y: 138, w: COL.first.w, h: 38, critical: true },
  'ici-rescue': { x: COL.escalation.x, y: 132, w: COL.escalation.w, h: 51, critical: true },
  ...Object.fromEntries(
    LANES.flatMap((id, i) => [
      [`subgroup-${id}`, lane(i, COL.subgroup)],
      [`first-line-${id}`, lane(i, COL.first)],
      [`escalation-${id}`, lane(i, COL.escalation)],
    ]),
  ),
  severe: { x: COL.first.x, y: 442, w: COL.first.w, h: 38 },
  myasthenia: { x: COL.escalation.x, y: 442, w: COL.escalation.w, h: 38, critical: true },
};

const CAPTIONS = [
  { x: 4, y: 13, text: MAP_STAGE_LABELS.check },
  { x: 4, y: 79, text: MAP_STAGE_LABELS.ici },
  { x: COL.subgroup.x, y: 199, text: MAP_STAGE_LABELS.subgroup },
  { x: COL.first.x, y: 199, text: MAP_STAGE_LABELS['first-line'] },
  { x: COL.escalation.x, y: 199, text: MAP_STAGE_LABELS.escalation },
  { x: 4, y: 465, text: MAP_STAGE_LABELS.modifier },
];

function nodeClass(n: MapNodeState, box: Box): string {
  return ['node', n.active ? 'active' : 'inactive', n.current ? 'current' : '', box.critical ? 'critical' : '']
    .filter(Boolean)
    .join(' ');
}

function renderNode(n: MapNodeState) {
  const box = MAP_BOXES[n.id];
  if (!box) return nothing;
  const top = box.y + (box.h - n.lines.length * LINE) / 2 + LINE - 3;
  const cx = box.x + box.w / 2;
  return svg`<g class=${nodeClass(n, box)} data-node=${n.id} data-stage=${n.stage} data-active=${n.active ? 'true' : 'false'}
      data-current=${n.current ? 'true' : 'false'}>
    <title>${n.text}</title>
    ${n.current ? svg`<rect class="ring" x=${box.x - 2.5} y=${box.y - 2.5} width=${box.w + 5} height=${box.h + 5} rx="8"></rect>` : nothing}
    <rect class="box" x=${box.x} y=${box.y} width=${box.w} height=${box.h} rx="6"></rect>
    <text x=${cx} y=${top} text-anchor="middle">${n.lines.map(
      (line, i) => svg`<tspan x=${cx} dy=${i === 0 ? 0 : LINE}>${line}</tspan>`,
    )}</text>
  </g>`;
}

/** A bypass runs through the gutters and the gap below the skipped box; drawn only when on the route. */
function renderBypass(e: MapEdgeState, a: Box, b: Box) {
  const skipped = e.skips ? MAP_BOXES[e.skips] : undefined;
  if (!e.active || !skipped) return nothing;
  const y = Math.min(a.y + a.h, b.y + b.h) - 10;
  const below = skipped.y + skipped.h + LANE_GAP / 2;
  const x1 = a.x + a.w;
  const x2 = b.x;
  const inA = (x1 + skipped.x) / 2;
  const inB = (skipped.x + skipped.w + x2) / 2;
  return svg`<g class="edge bypass active" data-edge=${`${e.from}>${e.to}`} data-active="true">
    <polyline points=${`${x1},${y} ${inA},${y} ${inA},${below} ${inB},${below} ${inB},${y} ${x2 - 5},${y}`}></polyline>
    <polygon points=${`${x2},${y} ${x2 - 6},${y - 4.5} ${x2 - 6},${y + 4.5}`}></polygon>
  </g>`;
}

function renderEdge(e: MapEdgeState) {
  const a = MAP_BOXES[e.from];
  const b = MAP_BOXES[e.to];
  if (!a || !b) return nothing;
  if (e.skips) return renderBypass(e, a, b);
  // Edges run left to right, at the middle of the two boxes' common height.
  const top = Math.max(a.y, b.y);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  const y = (top + bottom) / 2;
  const x1 = a.x + a.w;
  const x2 = b.x;
  return svg`<g class=${e.active ? 'edge active' : 'edge inactive'} data-edge=${`${e.from}>${e.to}`}
      data-active=${e.active ? 'true' : 'false'}>
    <line x1=${x1} y1=${y} x2=${x2 - 5} y2=${y}></line>
    <polygon points=${`${x2},${y} ${x2 - 6},${y - 4.5} ${x2 - 6},${y + 4.5}`}></polygon>
  </g>`;
}

/**
 * The map figure: caption with the route in words, the drawing, and its key. The drawing sits in
 * a labelled group that scrolls sideways when the figure is narrower than MAP_MIN_WIDTH; `scrolls`
 * (measured by the element) puts that group in the tab order so the keyboard can scroll it.
 */
export function renderMap(model: MapModel, scrolls = false) {
  return html`<figure class="map" part="map">
    <figcaption>
      <h3 id="map-title" tabindex="-1">${PATHWAY_UI.map.title}</h3>
      <p id="map-desc" class="map-desc">${model.description}</p>
    </figcaption>
    <div class="map-scroll" role="group" aria-label=${PATHWAY_UI.map.drawingLabel} tabindex=${scrolls ? '0' : nothing}>
      <svg
        class="map-svg"
        role="img"
        aria-labelledby="map-title map-desc"
        viewBox=${`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMidYMin meet"
        focusable="false"
      >
        ${CAPTIONS.map((c) => svg`<text class="caption" x=${c.x} y=${c.y}>${c.text}</text>`)}
        ${model.edges.map(renderEdge)} ${model.nodes.map(renderNode)}
      </svg>
    </div>
    <ul class="map-key" aria-label=${PATHWAY_UI.map.keyLabel}>
      <li><span class="swatch swatch-current" aria-hidden="true"></span>${PATHWAY_UI.map.keyCurrent}</li>
      <li><span class="swatch swatch-route" aria-hidden="true"></span>${PATHWAY_UI.map.keyRoute}</li>
      <li><span class="swatch swatch-off" aria-hidden="true"></span>${PATHWAY_UI.map.keyOff}</li>
    </ul>
  </figure>`;
}
