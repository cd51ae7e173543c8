/**
 * Which nodes and edges of the pathway map are on the route, derived from the core's result
 * and the map's data (src/content/pathway-map.ts); plus the route in words, the map's text
 * alternative. Pure: no DOM, no clinical logic.
 */
import {
  MAP_EDGES,
  MAP_NODES,
  MAP_STAGE_NAMES,
  MAP_STAGES,
  type MapCondition,
  type MapEdge,
  type MapNode,
} from '../../content/pathway-map.js';
import type { StepId } from '../../content/pathway-rules.js';
import type { PathwayResult, Step } from '../../core/types.js';
import { PATHWAY_UI } from './strings.js';

type OkResult = Extract<PathwayResult, { ok: true }>;

export interface MapNodeState extends MapNode {
  active: boolean;
  /** The last node of the subgroup route: where the patient is now. */
  current: boolean;
}

export interface MapEdgeState extends MapEdge {
  active: boolean;
}

export interface MapModel {
  nodes: MapNodeState[];
  edges: MapEdgeState[];
  /** "Highlighted route: …", the text alternative. */
  description: string;
}

export function matches(when: MapCondition, result: OkResult): boolean {
  if (when.antibody && !when.antibody.includes(result.input.antibody)) return false;
  if (when.steps && !result.steps.some((s) => when.steps?.includes(s.id))) return false;
  if (when.rules && !result.steps.some((s) => s.rules.some((r) => when.rules?.includes(r)))) return false;
  return true;
}

const ROUTE_STAGES = ['subgroup', 'first-line', 'escalation'] as const;

/** The node's wording for this result: the first variant whose condition holds, else its own. */
function label(node: MapNode, result: OkResult): { lines: readonly string[]; text: string } {
  const variant = node.variants?.find((v) => matches(v.when, result));
  return variant ? { lines: variant.lines, text: variant.text } : { lines: node.lines, text: node.text };
}

/**
 * Steps a node's drawn words name besides those its condition (pathway-map.ts) is lit by: the
 * checkpoint-inhibitor box also says "cardiac assessment", a step the core returns for the
 * myocarditis red flag with or without a checkpoint inhibitor. A node is on the route when any
 * step it stands for is in the result.
 */
const ALSO_STANDS_FOR: Readonly<Record<string, readonly StepId[]>> = {
  ici: ['cardiac-assessment'],
};

/** Characters per drawn line when a label is made from step titles (fits the narrowest box in bold). */
const WRAP = 12;

/** Words → drawn lines of at most WRAP characters (a longer word keeps a line to itself). */
export function wrapLines(words: string, width = WRAP): string[] {
  const lines: string[] = [];
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The wording of a node lit only by steps it also stands for: their titles as the core returned
 * them, so the node claims nothing else (the checkpoint-inhibitor box when no checkpoint
 * inhibitor is involved says only the cardiac assessment).
 */
function stepsLabel(steps: readonly Step[]): { lines: readonly string[]; text: string } {
  const text = steps.map((s) => s.title).join('; ');
  return { lines: wrapLines(text), text };
}

export function mapModel(result: OkResult): MapModel {
  const nodes: MapNodeState[] = MAP_NODES.map((n) => {
    const own = matches(n.when, result);
    const also = result.steps.filter((s) => ALSO_STANDS_FOR[n.id]?.includes(s.id));
    return {
      ...n,
      ...(own || !also.length ? label(n, result) : stepsLabel(also)),
      active: own || also.length > 0,
      current: false,
    };
  });
  const route = ROUTE_STAGES.map((stage) => nodes.find((n) => n.stage === stage && n.active)).filter(
    (n): n is MapNodeState => n !== undefined,
  );
  const last = route[route.length - 1];
  if (last) last.current = true;
  const active = new Set(nodes.filter((n) => n.active).map((n) => n.id));
  const edges = MAP_EDGES.map((e) => ({
    ...e,
    active: active.has(e.from) && active.has(e.to) && !(e.skips !== undefined && active.has(e.skips)),
  }));

  const routeWords = route.map((n) => `${MAP_STAGE_NAMES[n.stage]}: ${n.text}`).join(' → ');
  const others = nodes
    .filter((n) => n.active && !(ROUTE_STAGES as readonly string[]).includes(n.stage))
    .sort((a, b) => MAP_STAGES.indexOf(a.stage) - MAP_STAGES.indexOf(b.stage))
    .map((n) => n.text);
  const description = [
    `${PATHWAY_UI.map.route} ${routeWords || PATHWAY_UI.map.none}.`,
    others.length ? `${PATHWAY_UI.map.also} ${others.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { nodes, edges, description };
}
