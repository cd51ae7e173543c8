/**
 * The words of <nam-pathway>'s own chrome (English): legends, headings, labels, messages.
 * Clinical words (steps, values, notes) come from src/content through the core.
 */
import type { Indicator, Priority } from '../../content/pathway-rules.js';

export const PATHWAY_UI = {
  title: 'IMNM / NAM treatment pathway',
  formLabel: 'Patient details for the pathway',
  legends: {
    antibody: 'Antibody result',
    statin: 'Statin exposure',
    'checkpoint-inhibitor': 'Checkpoint inhibitor',
    severity: 'Severity',
    'red-flags': 'Red flags',
    phase: 'Phase of treatment',
    weight: 'Weight (optional, for doses)',
    age: 'Age',
    'ck-times-uln': 'Creatine kinase',
  },
  checkpointInhibitorLabel:
    'Receiving, or recently received, an immune checkpoint inhibitor (anti-PD-1, anti-PD-L1 or anti-CTLA-4)',
  severityHintIci: 'With a checkpoint inhibitor, the levels are the CTCAE v5.0 myositis grades.',
  redFlagsHint: 'Tick every one that applies.',
  ageLabel: 'Age (years, optional)',
  ageHint: 'Adults only: 18 or older.',
  ckLabel: 'Latest CK × upper limit of normal (optional)',
  ckHint: 'With a checkpoint inhibitor, grade 2 gets a glucocorticoid only from 3 × ULN.',
  weightLabel: 'Weight',
  weightUnitLabel: 'Unit',
  weightConfirmedLabel: 'This is a measured weight in kg',
  weightConfirmedHint: 'This weight is unusual: weight-based doses are shown once you confirm it.',
  weightHint:
    'Shows the computed doses inside the glucocorticoid, methylprednisolone, steroid-sparing agent, IVIG and rituximab steps.',
  errorsTitle: 'Check these settings:',
  /** A value an attribute or property gave: named with the attribute. */
  notAccepted: (attribute: string, value: string) => `${attribute}="${value}" is not accepted.`,
  /** A value typed or chosen in the form: named with the control's visible label. */
  notAcceptedTyped: (label: string, value: string) => `${label}: "${value}" is not accepted.`,
  unknownFlags: (values: string) => `Not recognised: ${values}.`,
  noResult: 'No pathway is shown until the settings above are corrected.',
  failed: 'The pathway could not be shown for these settings.',
  resultLabel: 'Pathway result',
  stepsLabel: 'Steps',
  skip: {
    toSteps: 'Skip to the result',
    pastSteps: 'Skip past the steps to the pathway map',
  },
  /** The source list's heading: distinct from the dose calculator's when both are on one page. */
  sourcesTitle: 'Pathway sources',
  inputsSummary: 'Pathway for',
  checkpointYes: 'checkpoint inhibitor involved',
  checkpointNo: 'no checkpoint inhibitor',
  noRedFlags: 'no red flags',
  redFlagsPrefix: 'red flags',
  severityPrefix: 'severity',
  weightPrefix: 'weight',
  mandatory: 'Mandatory',
  /**
   * Said (not shown) before a step's title inside its heading, so that moving by headings tells
   * the severity the badges above it show: "Critical: ", "Critical, mandatory: ".
   */
  stepHeadingPrefix: (indicator: string, mandatory: boolean) => `${indicator}${mandatory ? ', mandatory' : ''}: `,
  why: 'Why this step:',
  sourcesLabel: 'Sources:',
  citeMarkTitle: (citation: string) => `Show the full source: ${citation}`,
  backToStep: 'Back to where you were',
  doses: {
    /** Above a weight-based dose line (the core gives it a dosing weight). */
    for: (weight: string) => `Dose for ${weight}:`,
    /** Above a dose line that does not depend on the weight. */
    fixed: 'Fixed dose:',
    summary: (weight: string) =>
      `Doses below come from the same function as the dose calculator; the weight-based ones are computed for ${weight}.`,
    invalidWeight: 'No dose shown: the weight is not valid (see the weight field).',
    invalidWeightAttribute: 'No dose shown: the weight or weight-unit attribute is not valid (see the message above).',
    enterWeight: 'Enter a weight above to see the computed dose.',
    moreNotes: (n: number) => `Dose notes (${n})`,
  },
  map: {
    title: 'Pathway map',
    route: 'Highlighted route:',
    also: 'Also highlighted:',
    current: 'now',
    none: 'no route highlighted',
    keyRoute: 'On the route',
    keyCurrent: 'Where the patient is now',
    keyOff: 'Not on the route',
    keyLabel: 'Map key',
    /** The group around the drawing, which scrolls sideways in a narrow container. */
    drawingLabel: 'Pathway map drawing',
  },
  /** The visually hidden status sentence said after each committed change (not while typing). */
  status: {
    updated: (steps: number, critical: number, mandatory: boolean, dosesFor?: string, problems?: string) =>
      `Pathway updated: ${steps} ${steps === 1 ? 'step' : 'steps'}, ${critical ? `${critical} critical` : 'none critical'}${
        mandatory ? ', checkpoint-inhibitor withdrawal mandatory' : ''
      }${dosesFor ? `; doses for ${dosesFor}` : ''}.${problems ? ` Check these settings: ${problems}.` : ''}`,
    noPathway: (problems: string) => `No pathway: check these settings: ${problems}.`,
    /** Each setting an error can belong to, as the status names it. */
    names: {
      antibody: 'antibody',
      statin: 'statin exposure',
      'checkpoint-inhibitor': 'checkpoint inhibitor',
      severity: 'severity',
      'red-flags': 'red flags',
      phase: 'phase',
      age: 'age',
      'ck-times-uln': 'CK',
      weight: 'weight',
      'weight-unit': 'weight unit',
      'weight-confirmed': 'weight confirmation',
      mode: 'mode',
      theme: 'theme',
      'heading-level': 'heading level',
      attribute: 'attribute names',
      input: 'input',
    },
  },
  glance: {
    title: 'At a glance',
    /** The glance region's name: distinct from the dose calculator's and the follow-up's on one page. */
    region: 'Pathway at a glance',
    /** Before the glance's critical lines, for screen readers and print. */
    critical: 'Critical',
    plan: 'First-line plan',
    details: 'Details',
    /** The link from a glance line to its full step. */
    goTo: (title: string) => `Go to the step: ${title}`,
    reference: 'for reference only',
    /** After the glance's lines when first-line steps did not fit: they follow below, by title. */
    more: (titles: readonly string[]) =>
      `Also first-line, below: ${titles.join('; ')}.`,
  },
  steps: {
    title: (n: number) => `All steps (${n})`,
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    /** The accessible name of a step's disclosure button. */
    toggle: (title: string) => `${title}: details`,
    working: 'How this dose was worked out',
    allChecks: 'Every check for each drug is in the dose calculator.',
  },
  /** The pointer shown near the form when a critical action is out of view. */
  pointer: (first: string, more: number) => `Critical: ${first}${more ? ` (and ${more} more)` : ''} ↓`,
  newCritical: (titles: string) => `New critical action: ${titles}.`,
  mapToggle: 'Show the pathway map',
  mapHide: 'Hide the pathway map',
  sourcesToggle: (n: number) => `Sources (${n})`,
  effectiveSeverity: (given: string, effective: string) => `severity ${given}, treated as ${effective} because of the red flags`,
  notes: 'Clinical notes: mechanism, associations, clues and prognosis',
  copied: 'Copied to the clipboard.',
  dosesInNote: (weight: string) => `Doses (weight ${weight}):`,
  modeError: (value: string) => `mode="${value}" is not accepted: mode must be one of: interactive, summary. The interactive form is shown.`,
} as const;

export const PRIORITY_LABELS: Record<Priority, string> = {
  immediate: 'Immediate',
  'first-line': 'First line',
  'add-on': 'Add-on',
  consider: 'Consider',
  ongoing: 'Ongoing',
};

export const INDICATOR_LABELS: Record<Indicator, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
};

/**
 * The badge a step carries: what it means at the bedside. "Info" only for background (the
 * consider and ongoing steps of info level); a first-line or add-on action says "Act".
 */
export function stepBadge(indicator: Indicator, priority: Priority): { label: string; kind: 'critical' | 'warning' | 'action' | 'info' } {
  if (indicator === 'critical') return { label: 'Critical', kind: 'critical' };
  if (indicator === 'warning') return { label: 'Warning', kind: 'warning' };
  if (priority === 'immediate' || priority === 'first-line' || priority === 'add-on') return { label: 'Act', kind: 'action' };
  return { label: 'Info', kind: 'info' };
}

/** Icons beside the indicator's text label (decorative: the text carries the meaning). */
export const INDICATOR_ICONS: Record<Indicator, string> = {
  critical: '⚠',
  warning: '▲',
  info: 'ℹ',
};
