/**
 * The one-sentence status a screen reader hears after each committed change: how many steps the
 * core returned, how many are critical, whether checkpoint-inhibitor withdrawal is mandatory, the
 * weight the doses are for, or which settings were not accepted. Counts and names only: no
 * clinical words beyond what the result already says.
 */
import type { ErrorTarget, PathwayView } from './pathway-state.js';
import { weightText } from './pathway-state.js';
import { PATHWAY_UI } from './strings.js';

/** The settings the view's errors belong to, each once, in the order the errors list them. */
function settingNames(view: PathwayView): string {
  const targets = [...new Set(view.errors.map((e) => e.target))] as ErrorTarget[];
  return targets.map((t) => PATHWAY_UI.status.names[t]).join(', ');
}

export function statusText(view: PathwayView, newCritical: readonly string[] = []): string {
  const result = view.result;
  if (!result.ok) return PATHWAY_UI.status.noPathway(settingNames(view) || PATHWAY_UI.status.names.input);
  const critical = result.steps.filter((s) => s.indicator === 'critical').length;
  const mandatory = result.steps.some((s) => s.mandatory);
  const doses = view.doses ? weightText(view.doses) : undefined;
  const problems = view.errors.length ? settingNames(view) : undefined;
  const sentence = PATHWAY_UI.status.updated(result.steps.length, critical, mandatory, doses, problems);
  // A critical action the change added is said first: it may be out of view.
  return newCritical.length ? `${PATHWAY_UI.newCritical(newCritical.join('; '))} ${sentence}` : sentence;
}
