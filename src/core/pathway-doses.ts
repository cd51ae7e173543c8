/**
 * The doses inside the pathway's steps (content-spec §3.1, §4.2): the pathway passes its context
 * — checkpoint inhibitor, EFFECTIVE severity, CK, red flags, age — to calculateDoses, so the dose
 * lines follow the glucocorticoid precedence table, the bulbar rule and the myasthenic IVIG days.
 * One function for the element, the note and the CDS Hooks service.
 */
import { DRUG_RULES, PATHWAY_DOSE_NOTICE_CODES } from '../content/drug-rules.js';
import { STEP_DOSE_DRUGS, STEP_DRUG_NOTICES } from '../content/pathway-rules.js';
import { calculateDoses } from './doses.js';
import { isPlainObject } from './fields.js';
import type { DoseLine, DoseResult, Notice, PathwayResult, Step } from './types.js';

type OkPathway = Extract<PathwayResult, { ok: true }>;

/** The dose-input fields the pathway supplies (content-spec §4.2, "for the pathway's use"). */
export function pathwayDoseContext(result: OkPathway): Record<string, unknown> {
  const i = result.input;
  return {
    checkpointInhibitor: i.checkpointInhibitor,
    severity: result.effectiveSeverity,
    redFlags: [...i.redFlags],
    ...(i.ckTimesUln !== undefined && { ckTimesUln: i.ckTimesUln }),
    ...(i.age !== undefined && { age: i.age }),
  };
}

/**
 * The dose result behind the pathway's steps: `weightInput` holds the weight fields (weight,
 * weightUnit, weightConfirmed, heightCm, sex…); the pathway's context is added. Total.
 */
export function pathwayDoses(result: PathwayResult, weightInput: unknown, config?: unknown): DoseResult {
  if (!result || !result.ok) return { ok: false, errors: [{ field: 'input', message: 'No pathway result to dose for.' }] };
  const own = isPlainObject(weightInput) ? weightInput : {};
  return calculateDoses({ ...own, ...pathwayDoseContext(result) }, config);
}

/** The dose lines shown inside a step, in the order STEP_DOSE_DRUGS gives. */
export function doseLinesForStep(step: Step, doses: DoseResult | undefined): DoseLine[] {
  const drugs = STEP_DOSE_DRUGS[step.id];
  if (!drugs || !doses || !doses.ok) return [];
  return drugs.map((d) => doses.lines.find((l) => l.drug === d)).filter((l): l is DoseLine => l !== undefined);
}

/** Whether a step carries dose lines when a weight is given. */
export const stepTakesDose = (step: Step) => (STEP_DOSE_DRUGS[step.id]?.length ?? 0) > 0;

/**
 * Every notice a step shows: its own (e.g. the myasthenia warning on the pulse) and the drug
 * notices it carries with or without a weight (STEP_DRUG_NOTICES: methotrexate once weekly).
 */
export function stepNotices(step: Step): Notice[] {
  const drug = (STEP_DRUG_NOTICES[step.id] ?? []).flatMap(({ drug, code }) => {
    const rule = (DRUG_RULES[drug].notices as readonly Notice[]).find((n) => n.code === code);
    return rule ? [{ level: rule.level, code: rule.code, message: rule.message }] : [];
  });
  return [...(step.notices ?? []), ...drug];
}

/**
 * The notices a dose line shows inside the pathway: every critical one and the warnings that
 * qualify the dose itself (PATHWAY_DOSE_NOTICE_CODES); the calculator shows them all.
 */
export function pathwayDoseNotices(line: DoseLine): Notice[] {
  return line.notices.filter((n) => n.level === 'critical' || PATHWAY_DOSE_NOTICE_CODES.includes(n.code));
}
