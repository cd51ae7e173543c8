/**
 * The pathway map drawn by <nam-pathway>: subgroup → first line → escalation, with the
 * statin and checkpoint-inhibitor branches (content-spec §3). Each node says, as data, which
 * evaluated steps or fired rules light it up, so the element derives the highlighted route from
 * the core's result and holds no clinical logic. Labels are short (they are drawn in small
 * boxes); `text` is the full wording used for the map's text alternative. No doses here.
 */
import type { Antibody, DrugId } from './inputs.js';
import type { StepId } from './pathway-rules.js';

export const MAP_STAGES = ['check', 'ici', 'subgroup', 'first-line', 'escalation', 'modifier'] as const;
export type MapStage = (typeof MAP_STAGES)[number];

/** A node is on the route when every condition given holds (an absent condition holds). */
export interface MapCondition {
  /** The evaluated input's antibody is one of these. */
  antibody?: readonly Antibody[];
  /** At least one of these steps is in the result. */
  steps?: readonly StepId[];
  /** At least one of these rule ids (STEP_RULES[].rule) fired. */
  rules?: readonly string[];
}

export interface MapNode {
  id: string;
  stage: MapStage;
  /** The drawn label, one entry per line. */
  lines: readonly string[];
  /** The node in full words, for the text alternative. */
  text: string;
  when: MapCondition;
  /** The subgroup lane the node belongs to (subgroup, first-line and escalation nodes). */
  lane?: Antibody;
}

export interface MapEdge {
  from: string;
  to: string;
}

/** Stage captions drawn on the map and used in its description. */
export const MAP_STAGE_LABELS: Record<MapStage, string> = {
  check: 'Check first',
  ici: 'Checkpoint-inhibitor branch',
  subgroup: 'Subgroup',
  'first-line': 'First line',
  escalation: 'Escalation',
  modifier: 'Any subgroup',
};

/** Longer stage names for the text alternative. */
export const MAP_STAGE_NAMES: Record<MapStage, string> = {
  check: 'Check first',
  ici: 'Checkpoint-inhibitor branch',
  subgroup: 'Antibody subgroup',
  'first-line': 'First line',
  escalation: 'Escalation (inadequate response or relapse)',
  modifier: 'In any subgroup',
};

const SUBGROUP_LINES: Record<Antibody, readonly string[]> = {
  'anti-hmgcr': ['anti-HMGCR'],
  'anti-srp': ['anti-SRP'],
  seronegative: ['seronegative'],
  pending: ['result', 'pending'],
};

const SUBGROUP_TEXT: Record<Antibody, string> = {
  'anti-hmgcr': 'anti-HMGCR antibodies',
  'anti-srp': 'anti-SRP antibodies',
  seronegative: 'seronegative',
  pending: 'antibody result pending',
};

const FIRST_LINE: Record<Antibody, { lines: readonly string[]; text: string }> = {
  'anti-hmgcr': {
    lines: ['Steroid +', 'sparing agent;', 'consider IVIG'],
    text: 'a glucocorticoid with a steroid-sparing agent; consider IVIG',
  },
  'anti-srp': {
    lines: ['Steroid +', 'sparing agent;', 'early rituximab'],
    text: 'a glucocorticoid with a steroid-sparing agent; consider early rituximab',
  },
  seronegative: { lines: ['Steroid +', 'sparing agent'], text: 'a glucocorticoid with a steroid-sparing agent' },
  pending: { lines: ['Steroid +', 'sparing agent'], text: 'a glucocorticoid with a steroid-sparing agent' },
};

const ESCALATION: Record<Antibody, { lines: readonly string[]; text: string; when: MapCondition }> = {
  'anti-hmgcr': {
    lines: ['Add IVIG', 'and/or', 'rituximab'],
    text: 'add IVIG and/or rituximab',
    when: { rules: ['rituximab/refractory'] },
  },
  'anti-srp': {
    lines: ['Add IVIG', 'and/or', 'rituximab'],
    text: 'add IVIG and/or rituximab',
    when: { rules: ['rituximab/refractory'] },
  },
  seronegative: {
    lines: ['Expert centre', 'advice; IVIG'],
    text: 'advice from a neuromuscular or myositis centre; IVIG',
    when: { steps: ['expert-referral'] },
  },
  pending: {
    lines: ['Expert centre', 'advice; IVIG'],
    text: 'advice from a neuromuscular or myositis centre; IVIG',
    when: { steps: ['expert-referral'] },
  },
};

/** The subgroup lanes, top to bottom. */
export const MAP_LANES: readonly Antibody[] = ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'];

export const MAP_NODES: readonly MapNode[] = [
  {
    id: 'urgent',
    stage: 'check',
    lines: ['Red flag: urgent', 'assessment'],
    text: 'red flag or life-threatening severity: urgent specialist assessment',
    when: { steps: ['urgent-assessment'] },
  },
  {
    id: 'statin',
    stage: 'check',
    lines: ['Statin: stop now,', 'never rechallenge'],
    text: 'statin branch: stop a current statin and do not re-expose to statins',
    when: { steps: ['stop-statin', 'avoid-statin-rechallenge'] },
  },
  {
    id: 'ici',
    stage: 'ici',
    lines: ['Checkpoint', 'inhibitor;', 'cardiac', 'assessment'],
    text: 'checkpoint inhibitor involved: cardiac assessment and a decision on the checkpoint inhibitor',
    when: { steps: ['withdraw-checkpoint-inhibitor'] },
  },
  {
    id: 'ici-hold',
    stage: 'ici',
    lines: ['Hold or discuss', 'with oncology'],
    text: 'hold the checkpoint inhibitor, or discuss an interruption with oncology',
    when: { rules: ['withdraw-checkpoint-inhibitor/hold', 'withdraw-checkpoint-inhibitor/discuss'] },
  },
  {
    id: 'ici-withdraw',
    stage: 'ici',
    lines: ['Withdraw:', 'mandatory'],
    text: 'withdrawal of the checkpoint inhibitor is mandatory',
    when: { rules: ['withdraw-checkpoint-inhibitor/mandatory'] },
  },
  {
    id: 'ici-rescue',
    stage: 'ici',
    lines: ['Rescue: IVIG', 'and/or plasma', 'exchange'],
    text: 'rescue treatment: high-dose glucocorticoids with IVIG and/or plasma exchange',
    when: { steps: ['ici-rescue'] },
  },
  ...MAP_LANES.flatMap((lane): MapNode[] => [
    {
      id: `subgroup-${lane}`,
      stage: 'subgroup',
      lane,
      lines: SUBGROUP_LINES[lane],
      text: SUBGROUP_TEXT[lane],
      when: { antibody: [lane] },
    },
    {
      id: `first-line-${lane}`,
      stage: 'first-line',
      lane,
      lines: FIRST_LINE[lane].lines,
      text: FIRST_LINE[lane].text,
      when: { antibody: [lane] },
    },
    {
      id: `escalation-${lane}`,
      stage: 'escalation',
      lane,
      lines: ESCALATION[lane].lines,
      text: ESCALATION[lane].text,
      when: { antibody: [lane], ...ESCALATION[lane].when },
    },
  ]),
  {
    id: 'severe',
    stage: 'modifier',
    lines: ['Severe: IV methylprednisolone', 'pulse; add IVIG'],
    text: 'severe or life-threatening: IV methylprednisolone pulse, and add IVIG',
    when: { steps: ['methylprednisolone-pulse'] },
  },
];

export const MAP_EDGES: readonly MapEdge[] = [
  { from: 'ici', to: 'ici-hold' },
  { from: 'ici', to: 'ici-withdraw' },
  { from: 'ici-withdraw', to: 'ici-rescue' },
  ...MAP_LANES.flatMap((lane) => [
    { from: `subgroup-${lane}`, to: `first-line-${lane}` },
    { from: `first-line-${lane}`, to: `escalation-${lane}` },
  ]),
];

/**
 * The dose lines (calculateDoses) shown inside a step when a weight is given: the same core
 * function as <nam-dose-calculator>, so both show the same numbers.
 */
export const STEP_DOSE_DRUGS: Partial<Record<StepId, readonly DrugId[]>> = {
  glucocorticoid: ['prednisone'],
  'methylprednisolone-pulse': ['methylprednisolone'],
  ivig: ['ivig'],
  rituximab: ['rituximab'],
};
