/** evaluatePathway: content-spec §3 rules → ordered, cited steps. Total: never throws. */
import { PRIORITIES, STEP_RULES, derivePathwayFacts, type StepRule } from '../content/pathway-rules.js';
import { CONTENT_VERSION } from '../content/version.js';
import { configNotices, resolveConfig } from './config.js';
import { parsePathwayInput } from './pathway-input.js';
import type { PathwayResult, Step } from './types.js';

const rank = (rule: StepRule) => PRIORITIES.indexOf(rule.priority);
const unique = <T>(items: T[]) => [...new Set(items)];

export function evaluatePathway(input: unknown, config?: unknown): PathwayResult {
  try {
    const parsed = parsePathwayInput(input);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const facts = derivePathwayFacts(parsed.input);

    // Rows that fire, grouped by step id; the most urgent row gives priority, indicator and text.
    const byStep = new Map<string, StepRule[]>();
    for (const rule of STEP_RULES) {
      if (!rule.when(facts)) continue;
      byStep.set(rule.step, [...(byStep.get(rule.step) ?? []), rule]);
    }
    const steps: Step[] = [];
    for (const rules of byStep.values()) {
      const [main, ...others] = [...rules].sort((a, b) => rank(a) - rank(b));
      steps.push({
        id: main.step,
        priority: main.priority,
        indicator: main.indicator,
        ...(main.mandatory !== undefined && { mandatory: main.mandatory }),
        title: main.title,
        text: [main.text, ...others.map((o) => o.mergeText ?? '')].filter(Boolean).join(' '),
        why: unique(rules.flatMap((r) => r.why(facts))),
        citations: unique(rules.flatMap((r) => [...r.citations])),
        rules: rules.map((r) => r.rule),
      });
    }
    // Stable sort: priority order, then the order of content-spec §3.
    steps.sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority));
    return {
      ok: true,
      input: parsed.input,
      steps,
      contentVersion: CONTENT_VERSION,
      warnings: configNotices(resolveConfig(config)),
    };
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'The pathway input could not be read.' }] };
  }
}
