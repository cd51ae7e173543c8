/**
 * The pathway map drawn by <nam-pathway>: subgroup → first line → escalation, with the
 * statin and checkpoint-inhibitor branches (content-spec §3). Each node says, as data, which
 * evaluated steps or fired rules light it up, so the element derives the highlighted route from
 * the core's result and holds no clinical logic. Labels are short (they are drawn in small
 * boxes); `text` is the full wording used for the map's text alternative. No doses here.
 */
import type { Antibody } from './inputs.js';
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

/** What a node says: the drawn label and the same in full words. */
export interface MapLabel {
  /** The drawn label, one entry per line. */
  lines: readonly string[];
  /** The node in full words, for the text alternative. */
  text: string;
}

/** Another wording of a node, used when its condition holds (the first that holds wins). */
export interface MapVariant extends MapLabel {
  when: MapCondition;
}

export interface MapNode extends MapLabel {
  id: string;
  stage: MapStage;
  when: MapCondition;
  /**
   * Wordings that follow the steps the core returned, so a label never claims a step the list
   * does not hold. Without a match the node's own `lines` and `text` are used.
   */
  variants?: readonly MapVariant[];
  /** The subgroup lane the node belongs to (subgroup, first-line and escalation nodes). */
  lane?: Antibody;
}

export interface MapEdge {
  from: string;
  to: string;
  /**
   * A bypass: the edge is on the route only when this node is not (escalation straight from the
   * subgroup, when the result holds no first-line glucocorticoid or steroid-sparing step).
   */
  skips?: string;
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

/** First line with the steroid-sparing agent from the start (rule steroid-sparing-agent/combination). */
const FIRST_LINE: Record<Antibody, MapLabel> = {
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

/**
 * First line with a checkpoint inhibitor (rule steroid-sparing-agent/ici): the glucocorticoid
 * first, a steroid-sparing agent only to consider later. The same in every lane: the anti-HMGCR
 * IVIG and anti-SRP early-rituximab rows do not apply with a checkpoint inhibitor.
 */
const FIRST_LINE_ICI: MapLabel = {
  lines: ['Steroid; later', 'sparing agent'],
  text: 'a glucocorticoid; a steroid-sparing agent to consider later, for maintenance or when the myositis has not settled',
};

/**
 * Checkpoint inhibitor, grade 2 with CK below 3 × ULN (rule glucocorticoid/ici-ck-below-3): the
 * glucocorticoid step says that none is indicated yet.
 */
const FIRST_LINE_ICI_CK_BELOW_3: MapLabel = {
  lines: ['CK < 3 × ULN:', 'no steroid yet;', 'recheck CK'],
  text: 'CK below 3 × ULN: no glucocorticoid yet; recheck CK; a steroid-sparing agent to consider later',
};

const ESCALATION: Record<Antibody, { lines: readonly string[]; text: string; when: MapCondition }> = {
  'anti-hmgcr': {
    lines: ['Steroid up;', 'IVIG and/or', 'rituximab'],
    text: 'increase the glucocorticoid again, check the steroid-sparing agent, add IVIG and/or rituximab',
    when: { rules: ['rituximab/refractory'] },
  },
  'anti-srp': {
    lines: ['Steroid up;', 'IVIG and/or', 'rituximab'],
    text: 'increase the glucocorticoid again, check the steroid-sparing agent, add IVIG and/or rituximab',
    when: { rules: ['rituximab/refractory'] },
  },
  seronegative: {
    lines: ['Steroid up;', 'IVIG; expert', 'centre'],
    text: 'increase the glucocorticoid again, check the steroid-sparing agent, add IVIG, and ask a neuromuscular or myositis centre',
    when: { steps: ['expert-referral'] },
  },
  pending: {
    lines: ['Steroid up;', 'IVIG; expert', 'centre'],
    text: 'increase the glucocorticoid again, check the steroid-sparing agent, add IVIG, and ask a neuromuscular or myositis centre',
    when: { steps: ['expert-referral'] },
  },
};

/** The subgroup lanes, top to bottom. */
export const MAP_LANES: readonly Antibody[] = ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending'];

export const MAP_NODES: readonly MapNode[] = [
  {
    id: 'urgent',
    stage: 'check',
    lines: ['Red flag or severe:', 'urgent assessment'],
    text: 'red flag, or severe or life-threatening: urgent specialist assessment',
    when: { steps: ['urgent-assessment'] },
  },
  {
    id: 'statin',
    stage: 'check',
    lines: ['Statin: stop now,', 'avoid from now on'],
    text: 'statin branch: stop any statin now (ask when exposure is unknown) and avoid statins from now on',
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
    lines: ['Grade 2: hold;', 'grade 1: watch'],
    text: 'grade 2: hold the checkpoint inhibitor; grade 1: no glucocorticoid, it may continue under close monitoring',
    when: { rules: ['withdraw-checkpoint-inhibitor/hold', 'withdraw-checkpoint-inhibitor/continue'] },
    variants: [
      {
        when: { steps: ['ici-grade-1'] },
        lines: ['Grade 1: no', 'steroid; recheck'],
        text: 'grade 1: no glucocorticoid; the checkpoint inhibitor may continue under close monitoring; recheck CK and strength in one week',
      },
      {
        when: { rules: ['withdraw-checkpoint-inhibitor/hold'] },
        lines: ['Grade 2: hold;', 'oncology plan'],
        text: 'grade 2: hold the checkpoint inhibitor and agree the plan with oncology',
      },
    ],
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
      // On the route only when the result holds a first-line step (phase new): in relapse or
      // inadequate response the core returns escalation steps instead.
      when: { antibody: [lane], steps: ['glucocorticoid', 'steroid-sparing-agent'] },
      variants: [
        { when: { rules: ['glucocorticoid/ici-ck-below-3'] }, ...FIRST_LINE_ICI_CK_BELOW_3 },
        { when: { rules: ['steroid-sparing-agent/ici'] }, ...FIRST_LINE_ICI },
      ],
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
    lines: ['Severe/red flag:', 'pulse; add IVIG'],
    text: 'severe, life-threatening or any red flag: IV methylprednisolone pulse, and add IVIG',
    when: { steps: ['methylprednisolone-pulse'] },
  },
  {
    id: 'myasthenia',
    stage: 'modifier',
    lines: ['Myasthenic:', 'neurology'],
    text: 'myasthenic features: neurology, admission with respiratory monitoring, IVIG or plasma exchange',
    when: { steps: ['myasthenia-overlap'] },
  },
];

export const MAP_EDGES: readonly MapEdge[] = [
  { from: 'ici', to: 'ici-hold' },
  { from: 'ici', to: 'ici-withdraw' },
  { from: 'ici-withdraw', to: 'ici-rescue' },
  ...MAP_LANES.flatMap((lane) => [
    { from: `subgroup-${lane}`, to: `first-line-${lane}` },
    { from: `first-line-${lane}`, to: `escalation-${lane}` },
    { from: `subgroup-${lane}`, to: `escalation-${lane}`, skips: `first-line-${lane}` },
  ]),
];

