/**
 * planTaper (content-spec §5.6; etg, bsr-2022): the glucocorticoid taper as dated steps. The start
 * is prednisone 1 mg/kg/day rounded and capped exactly as the dose calculator's prednisone line
 * (one shared function), or an explicit `startMgPerDay` (then the weight is not used and the weight
 * tier does not apply). The start dose lasts `taper.initialWeeks` weeks; then it falls by
 * `taper.stepMg` every `taper.intervalWeeks` weeks down to `taper.floorMg`, whose step (reached by
 * tapering) has no end date: below the floor the taper follows the response. A start at or below
 * the floor is one step lasting the initial weeks. Steps' `from` and `to` are inclusive calendar
 * dates. Total: never throws.
 */
import { DRUG_RULES } from '../content/drug-rules.js';
import { TAPER_DEFAULTS, TAPER_RULES } from '../content/follow-up-rules.js';
import type { SourceId } from '../content/sources.js';
import { CONTENT_VERSION } from '../content/version.js';
import { configNotices, resolveConfig, type ResolvedConfig } from './config.js';
import { addDays, isCalendarDate } from './dates.js';
import { weightTier } from './doses.js';
import { parseFields, type FieldSpecs } from './fields.js';
import { formatAmount, formatDoseWeight, formatDualWeight, formatNumber } from './format.js';
import { clean, floorToStep, roundTo } from './numbers.js';
import { prednisoneDaily } from './prednisone-dose.js';
import { readWeight, weightSpecs, WEIGHT_RANGE_MESSAGE } from './weight-input.js';
import { schemas, z } from './zod.js';
import type { TaperInput, TaperResult, TaperStep } from './follow-up-types.js';
import type { FieldError, Notice } from './types.js';

const mg = (v: number) => formatAmount({ min: v, max: v, unit: 'mg' });
const START = TAPER_RULES.startMgPerDay;
const DATE_WORDS = 'a real calendar date written YYYY-MM-DD (e.g. 2026-12-01), from 1900-01-01';

const SPECS: FieldSpecs = schemas(() => ({
  ...weightSpecs(),
  startDate: {
    schema: z.string().check(z.refine((v) => isCalendarDate(v))),
    message: `startDate must be ${DATE_WORDS}.`,
    required: `startDate is required: ${DATE_WORDS}, the first day of the starting dose.`,
  },
  startMgPerDay: {
    schema: z.number().check(z.gte(START.min), z.lte(START.max), z.multipleOf(START.multipleOf)),
    // Replaced below by the message with the cap in force.
    message: 'startMgPerDay',
  },
}));

/** The largest explicit start allowed: the range's top, and never above the prednisone cap. */
const startMax = (cap: number) => Math.min(START.max, floorToStep(cap, START.multipleOf));

const startMessage = (cap: number, local: boolean) =>
  `startMgPerDay must be a multiple of ${START.multipleOf} mg from ${START.min} to ${startMax(cap)} mg/day (within the prednisone cap of ${mg(cap)}/day${local ? ', local policy' : ''}).`;

/** "6 weeks" or "4 weeks (local policy; published 6 weeks)". */
function setting(config: ResolvedConfig, key: keyof ResolvedConfig['taper'], words: (v: number) => string): string {
  const value = config.taper[key];
  return config.local.includes(`taper.${key}`) ? `${words(value)} (local policy; published ${words(TAPER_DEFAULTS[key])})` : words(value);
}

const weeks = (n: number) => `${formatNumber(n)} week${n === 1 ? '' : 's'}`;

export function planTaper(input: unknown, config?: unknown): TaperResult {
  try {
    const resolution = resolveConfig(config);
    const cfg = resolution.config;
    const cap = cfg.prednisone.maxDailyMg;
    const { values, errors: fieldErrors } = parseFields(input, SPECS, 'taper');
    const errors: FieldError[] = fieldErrors.map((e) =>
      e.field === 'startMgPerDay' ? { field: e.field, message: startMessage(cap, cfg.local.includes('prednisone.maxDailyMg')) } : e,
    );
    if (typeof values.startMgPerDay === 'number' && values.startMgPerDay > startMax(cap)) {
      errors.push({ field: 'startMgPerDay', message: startMessage(cap, cfg.local.includes('prednisone.maxDailyMg')) });
    }
    const explicit = values.startMgPerDay as number | undefined;
    const weight = readWeight(values, errors, cfg.units.allowPounds);
    if (values.weight === undefined && explicit === undefined && !errors.some((e) => e.field === 'startMgPerDay' || e.field === 'weight')) {
      errors.push({ field: 'weight', message: `weight is required unless startMgPerDay is given: ${WEIGHT_RANGE_MESSAGE}` });
    }
    if (errors.some((e) => e.field === 'input')) return { ok: false, errors };

    const valid: TaperInput = {
      ...(values.weight !== undefined && { weight: values.weight as number }),
      weightUnit: weight.unit,
      weightConfirmed: (values.weightConfirmed as boolean | undefined) ?? false,
      ...(values.heightCm !== undefined && { heightCm: values.heightCm as number }),
      startDate: values.startDate as string,
      ...(explicit !== undefined && { startMgPerDay: explicit }),
    };
    // The weight tier (content-spec §4.1) applies only when the start comes from the weight.
    const usesWeight = explicit === undefined && Number.isFinite(weight.weightKg);
    const tier = usesWeight
      ? weightTier(
          {
            weight: values.weight as number,
            weightUnit: weight.unit,
            heightCm: values.heightCm as number | undefined,
            weightConfirmed: values.weightConfirmed === true,
          },
          weight.exactKg,
        )
      : { required: false };
    if (tier.required && !valid.weightConfirmed) {
      errors.push({
        field: 'weightConfirmed',
        message: `weightConfirmed must be true before a taper is planned from this weight. ${tier.notice?.message ?? ''}`.trim(),
      });
    }
    if (errors.length) return { ok: false, errors };

    const citations = new Set<SourceId>(TAPER_RULES.citations);
    const basis: string[] = [];
    let start: number;
    if (explicit !== undefined) {
      start = explicit;
      basis.push(`${mg(start)} daily: ${TAPER_RULES.explicitStart}`);
    } else {
      const rate = DRUG_RULES.prednisone.mgPerKgPerDay;
      const exact = clean(rate * weight.weightKg);
      basis.push(`${formatNumber(rate)} mg/kg/day × ${formatDualWeight(weight.weightKg)} = ${mg(roundTo(exact, 2))} daily`);
      const daily = prednisoneDaily({ min: exact, max: exact }, cfg);
      basis.push(...daily.basis);
      start = daily.dose.min;
      DRUG_RULES.prednisone.citations.forEach((c) => citations.add(c));
    }

    const { initialWeeks, stepMg, intervalWeeks, floorMg } = cfg.taper;
    const steps: TaperStep[] = [];
    const initialTo = addDays(valid.startDate, initialWeeks * 7 - 1);
    steps.push({ from: valid.startDate, to: initialTo, mgPerDay: start });
    let dose = start;
    let next = addDays(initialTo, 1);
    while (dose > floorMg && next) {
      dose = Math.max(clean(dose - stepMg), floorMg);
      if (dose <= floorMg) {
        steps.push({ from: next, mgPerDay: dose });
        break;
      }
      const to = addDays(next, intervalWeeks * 7 - 1);
      steps.push({ from: next, to, mgPerDay: dose });
      next = addDays(to, 1);
    }
    if (steps.some((s) => s.from === '' || s.to === '') || !initialTo || (start > floorMg && !next)) {
      return { ok: false, errors: [{ field: 'startDate', message: `startDate is too late: the plan's dates must end by 9999-12-31.` }] };
    }

    const floorWords = setting(cfg, 'floorMg', (v) => `${mg(v)}/day`);
    basis.push(
      start > floorMg
        ? `${setting(cfg, 'initialWeeks', weeks)} at ${mg(start)} daily, then down by ${setting(cfg, 'stepMg', mg)} every ${setting(cfg, 'intervalWeeks', weeks)} to ${floorWords}`
        : `${setting(cfg, 'initialWeeks', weeks)} at ${mg(start)} daily: the start is at or below the taper floor of ${floorWords}`,
    );
    const warnings: Notice[] = [...(tier.required && tier.notice ? [tier.notice] : []), ...configNotices(resolution)];
    return {
      ok: true,
      input: valid,
      steps,
      then: start > floorMg ? TAPER_RULES.byResponse(floorWords) : TAPER_RULES.startAtFloor(setting(cfg, 'initialWeeks', weeks), floorWords),
      startMgPerDay: start,
      basis,
      ...(usesWeight && {
        weightKg: weight.weightKg,
        weightText: formatDoseWeight({
          weightKg: weight.weightKg,
          ...(valid.weightUnit === 'lb' && { conversion: `${formatNumber(valid.weight as number, 2)} lb = ${formatNumber(weight.weightKg, 2)} kg` }),
        }),
      }),
      weightConfirmationRequired: tier.required,
      warnings,
      citations: [...citations],
      contentVersion: CONTENT_VERSION,
    };
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'The taper input could not be read.' }] };
  }
}
