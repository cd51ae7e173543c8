/**
 * "At a glance" (the bedside layout, design.md 2.0): the short result a clinician reads first —
 * every critical action, always, then the first-line plan with its doses, at most GLANCE_LINES
 * lines in all unless the critical actions alone need more. Each item names the step it leads to.
 * A pure function of the results, so every element and the note choose the same lines.
 */
import { LABELS } from '../content/inputs.js';
import { REFERENCE_DOSE_RULES } from '../content/pathway-rules.js';
import { formatAmount } from './format.js';
import { isPlainObject } from './fields.js';
import { doseLinesForStep } from './pathway-doses.js';
import { pathwayDoseNotices, stepNotices } from './pathway-doses.js';
import type { DoseLine, DoseResult, Notice, PathwayResult, Step } from './types.js';

/** At most this many lines, unless the critical actions alone need more (product choice). */
export const GLANCE_LINES = 6;

export interface GlanceItem {
  stepId: Step['id'];
  indicator: Step['indicator'];
  priority: Step['priority'];
  title: string;
  mandatory: boolean;
  /** The step's doses in a few words ("Prednisone 70 mg daily"), when a weight was given. */
  doses: string[];
  /**
   * The critical notices of the step and of its doses (e.g. "nothing by mouth" with bulbar
   * symptoms), each once in the whole glance: a short result never drops a critical notice.
   */
  notices: Notice[];
}

/** A dose in a few words: "Prednisone 70 mg daily", "IVIG 140 g per course over 5 days (28 g/day)". */
export function shortDose(line: DoseLine): string {
  const name = line.drug === 'ivig' ? 'IVIG' : line.drug === 'methylprednisolone' ? 'Methylprednisolone' : LABELS.drug[line.drug];
  if (!line.amount) {
    // Withheld: the line's own words after the drug name ("withheld until the weight is confirmed").
    const cut = line.summary.indexOf(': ');
    return `${name}: ${cut >= 0 ? line.summary.slice(cut + 2) : line.summary}`;
  }
  const decimals = line.drug === 'ivig' ? 1 : 2;
  const amount = formatAmount(line.amount, decimals);
  switch (line.drug) {
    case 'methylprednisolone':
      return `${name} ${amount} IV daily for ${line.days ?? 3} days`;
    case 'methotrexate':
      return `${name} ${amount} once weekly`;
    case 'mycophenolate':
      return `${name} ${amount} ${line.timesPerDay === 2 ? 'twice daily' : 'per dose'}`;
    case 'ivig':
      return `${name} ${amount} per course over ${line.days} days (${formatAmount({ min: line.perDay ?? 0, max: line.perDay ?? 0, unit: 'g' }, 1)}/day)`;
    case 'rituximab':
      return `${name} ${amount} IV on day 1 and day 15`;
    default:
      return `${name} ${amount} daily`;
  }
}

/** The words said beside a step's dose when the dose is shown for reference only. */
export function referenceWords(step: Step): string | undefined {
  const rule = step.rules.find((r) => REFERENCE_DOSE_RULES[r] !== undefined);
  return rule === undefined ? undefined : REFERENCE_DOSE_RULES[rule];
}

/**
 * The glance for a pathway result: critical steps first (all of them), then the immediate and
 * first-line steps in the result's order, up to GLANCE_LINES lines in all. Total: anything that is
 * not an ok result gives no lines.
 */
export function pathwayGlance(result: PathwayResult, doses?: DoseResult): GlanceItem[] {
  if (!isPlainObject(result) || result.ok !== true || !Array.isArray(result.steps)) return [];
  const said = new Set<string>();
  const item = (s: Step): GlanceItem => {
    const lines = doseLinesForStep(s, doses);
    const notices = [...stepNotices(s), ...lines.flatMap((l) => pathwayDoseNotices(l))].filter(
      (n) => n.level === 'critical' && !said.has(n.code) && said.add(n.code) !== undefined,
    );
    return {
      stepId: s.id,
      indicator: s.indicator,
      priority: s.priority,
      title: s.title,
      mandatory: s.mandatory === true,
      doses: lines.map((l) => `${shortDose(l)}${referenceWords(s) ? ` (${referenceWords(s)})` : ''}`),
      notices,
    };
  };
  const criticalSteps = result.steps.filter((s) => s.indicator === 'critical');
  const room = Math.max(0, GLANCE_LINES - criticalSteps.length);
  const planSteps = result.steps
    .filter((s) => s.indicator !== 'critical' && (s.priority === 'immediate' || s.priority === 'first-line'))
    .slice(0, room);
  return [...criticalSteps, ...planSteps].map(item);
}

/**
 * The immediate and first-line steps the glance had no room for (critical actions come first and
 * are never left out), in the result's order: the glance says they follow below, by title.
 */
export function glanceOmitted(result: PathwayResult, glance: readonly GlanceItem[]): Step[] {
  if (!isPlainObject(result) || result.ok !== true || !Array.isArray(result.steps)) return [];
  const shown = new Set(glance.map((g) => g.stepId));
  return result.steps.filter((s) => !shown.has(s.id) && s.indicator !== 'critical' && (s.priority === 'immediate' || s.priority === 'first-line'));
}
