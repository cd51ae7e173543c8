/** evaluatePathway: content-spec §2–§3 rules → ordered, cited steps. Total: never throws. */
import { LABELS } from '../content/inputs.js';
import {
  DERIVED_STEP_RULES,
  INDICATORS,
  PRIORITIES,
  STEP_IDS,
  STEP_RULES,
  STEP_TAILS,
  derivePathwayFacts,
  type DerivedStepRule,
  type PathwayFacts,
  type StepId,
  type StepRule,
} from '../content/pathway-rules.js';
import { CONTENT_VERSION } from '../content/version.js';
import { configNotices, resolveConfig } from './config.js';
import { parsePathwayInput } from './pathway-input.js';
import type { Notice, PathwayResult, Step } from './types.js';

type AnyRule = StepRule | DerivedStepRule;

const unique = <T>(items: T[]) => [...new Set(items)];
const byPriority = (a: AnyRule, b: AnyRule) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority);
const byIndicator = (a: AnyRule, b: AnyRule) => INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator);

/**
 * One step from the rows of one step id that fired (in table order): the highest priority and
 * indicator of the rows, every reason, and the rows' texts in table order (a row that is not the
 * first uses its `mergeText`, so a dose is not written twice), then the step's shared tail.
 */
function toStep(rules: AnyRule[], f: PathwayFacts): Step {
  const main = [...rules].sort(byPriority)[0];
  const indicator = [...rules].sort(byIndicator)[0].indicator;
  const texts: string[] = [];
  const citations: string[] = [];
  const notices: Notice[] = [];
  rules.forEach((rule, i) => {
    texts.push(i > 0 && rule.mergeText ? rule.mergeText : rule.text);
    citations.push(...rule.citations);
    for (const add of rule.additions ?? []) {
      if (!add.when(f)) continue;
      if (add.level) notices.push({ level: add.level, code: add.code ?? `${rule.step}-notice`, message: add.text });
      else texts.push(add.text);
      citations.push(...(add.citations ?? []));
    }
  });
  const tail = STEP_TAILS[main.step];
  if (tail) {
    texts.push(tail.text);
    citations.push(...tail.citations);
  }
  const mandatory = rules.find((r) => r.mandatory !== undefined)?.mandatory;
  return {
    id: main.step,
    priority: main.priority,
    indicator,
    ...(mandatory !== undefined && { mandatory: rules.some((r) => r.mandatory === true) }),
    title: main.title,
    text: unique(texts).join(' '),
    why: unique(rules.flatMap((r) => r.why(f))),
    citations: unique(citations) as Step['citations'],
    ...(notices.length && { notices: unique(notices.map((n) => JSON.stringify(n))).map((n) => JSON.parse(n) as Notice) }),
    rules: rules.map((r) => r.rule),
  };
}

/** The result's warnings about the input itself: a red flag raising the severity. */
function inputWarnings(f: PathwayFacts): Notice[] {
  if (!f.raised) return [];
  const flags = f.input.redFlags.map((flag) => LABELS.redFlag[flag]).join(', ');
  return [
    {
      level: 'warning',
      code: 'severity-raised',
      message: `Severity treated as ${LABELS.severity[f.effectiveSeverity]} because of the red flag (${flags}); the severity given was ${LABELS.severity[f.input.severity]}.`,
    },
  ];
}

export function evaluatePathway(input: unknown, config?: unknown): PathwayResult {
  try {
    const parsed = parsePathwayInput(input);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const facts = derivePathwayFacts(parsed.input);

    // Rows that fire, grouped by step id, in table order.
    const byStep = new Map<StepId, AnyRule[]>();
    const add = (rule: AnyRule) => byStep.set(rule.step, [...(byStep.get(rule.step) ?? []), rule]);
    for (const rule of STEP_RULES) if (rule.when(facts)) add(rule);
    const shown = new Set(byStep.keys());
    for (const rule of DERIVED_STEP_RULES) if (rule.when(facts, shown)) add(rule);

    const steps = [...byStep.values()].map((rules) => toStep(rules, facts));
    // Priority order, then the order of content-spec §3.
    steps.sort(
      (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id),
    );
    return {
      ok: true,
      input: parsed.input,
      effectiveSeverity: facts.effectiveSeverity,
      steps,
      contentVersion: CONTENT_VERSION,
      warnings: [...inputWarnings(facts), ...configNotices(resolveConfig(config))],
    };
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'The pathway input could not be read.' }] };
  }
}
