/** calculateDoses: content-spec §4 rules → one ISMP-formatted, cited line per drug. Total. */
import { DRUG_RULES, WEIGHT_NOTICES } from '../content/drug-rules.js';
import { DRUG_IDS, LABELS, LIMITS } from '../content/inputs.js';
import { CONTENT_VERSION } from '../content/version.js';
import { bodyMeasures } from './body-weight.js';
import { configNotices, resolveConfig, type ResolvedConfig } from './config.js';
import { addDays, formatDate } from './dates.js';
import { parseDoseInput } from './dose-input.js';
import { formatAmount, formatKg, formatNumber } from './format.js';
import { ceilToStep, clean, floorToStep, roundRangeInward, roundTo, roundToStep } from './numbers.js';
import type { BodyMeasures, DoseInput, DoseLine, DoseResult, Notice } from './types.js';

interface Ctx {
  input: DoseInput;
  weightKg: number;
  body: BodyMeasures;
  config: ResolvedConfig;
  /** Input fields left empty and filled from a local (institution) default. */
  localDefaults: string[];
}

const kg = (w: number) => `${formatNumber(w, 2)} kg`;
const mg = (min: number, max = min) => formatAmount({ min, max, unit: 'mg' });
const local = (c: ResolvedConfig, key: string) => c.local.includes(key);
const notices = (list: readonly Notice[]) => list.map((n) => ({ ...n }));
/** The line a clinician reads: the dose, then how it was reached (content-spec §4). */
const withBasis = (summary: string, basis: readonly string[]) =>
  basis.length ? `${summary} — ${basis.join('; ')}` : summary;

function prednisone({ weightKg, config }: Ctx): DoseLine {
  const r = DRUG_RULES.prednisone;
  const { maxDailyMg: cap, roundingMg: step } = config.prednisone;
  const exact = clean(r.mgPerKgPerDay * weightKg);
  const stepped = roundToStep(exact, step);
  // A local rounding step more than twice the dose would round it to 0 mg: keep the exact dose.
  const rounded = stepped > 0 ? stepped : roundTo(exact, 2);
  const dose = Math.min(rounded, cap);
  const basis = [`${r.mgPerKgPerDay} mg/kg/day × ${kg(weightKg)} = ${mg(roundTo(exact, 2))} daily`];
  if (stepped <= 0) {
    basis.push(`no ${mg(step)} step fits a ${mg(roundTo(exact, 2))} dose${local(config, 'prednisone.roundingMg') ? ' (local policy step)' : ''}: the exact dose is shown`);
  }
  if (stepped > 0 && rounded !== exact) {
    basis.push(`rounded from ${mg(roundTo(exact, 2))} to ${mg(rounded)} daily (nearest ${mg(step)}${local(config, 'prednisone.roundingMg') ? ', local policy' : ''})`);
  }
  if (rounded > cap) {
    basis.push(
      local(config, 'prednisone.maxDailyMg')
        ? `capped at ${mg(cap)}/day (local policy; published default cap ${mg(r.defaultCapMgPerDay)}/day): ${mg(dose)} daily`
        : `capped at ${mg(cap)}/day: ${mg(dose)} daily`,
    );
  }
  return {
    drug: 'prednisone',
    amount: { min: dose, max: dose, unit: 'mg' },
    // Reported to 2 decimals (no float noise); the rounding above used the exact value.
    exact: { min: roundTo(exact, 2), max: roundTo(exact, 2), unit: 'mg' },
    per: 'day',
    dosingWeightKg: weightKg,
    capped: rounded > cap,
    rounded: rounded !== exact,
    summary: `${LABELS.drug.prednisone} ${mg(dose)} ${r.route}`,
    text: withBasis(`${LABELS.drug.prednisone} ${mg(dose)} ${r.route}`, basis),
    basis,
    notices: notices(r.notices),
    citations: [...r.citations],
    rule: r.rule,
  };
}

function methylprednisolone(): DoseLine {
  const r = DRUG_RULES.methylprednisolone;
  const amount = { min: r.minMg, max: r.maxMg, unit: 'mg' as const };
  return {
    drug: 'methylprednisolone',
    amount,
    exact: { ...amount },
    per: 'day',
    days: r.days,
    capped: false,
    rounded: false,
    summary: `${LABELS.drug.methylprednisolone}: ${formatAmount(amount)} ${r.route}`,
    text: withBasis(`${LABELS.drug.methylprednisolone}: ${formatAmount(amount)} ${r.route}`, [
      `fixed dose for severe disease, not weight-based`,
    ]),
    basis: [`Fixed dose for severe disease: ${formatAmount(amount)} once daily for ${r.days} days`],
    notices: notices(r.notices),
    citations: [...r.citations],
    rule: r.rule,
  };
}

function methotrexate({ input, config }: Ctx): DoseLine {
  const r = DRUG_RULES.methotrexate;
  const step = config.methotrexate.roundingMg;
  const range = roundRangeInward(r.minMgPerWeek, r.maxMgPerWeek, step);
  const day = input.methotrexateDay ? LABELS.weekday[input.methotrexateDay] : undefined;
  const when = day ? `once weekly on ${day}` : 'once weekly (name one day of the week)';
  const basis = [`fixed weekly dose: ${mg(r.minMgPerWeek, r.maxMgPerWeek)} once a week, in ${mg(step)} steps`];
  if (range.rounded) basis.push(`rounded inward to ${mg(step)} steps${local(config, 'methotrexate.roundingMg') ? ' (local policy)' : ''}`);
  return {
    drug: 'methotrexate',
    amount: { min: range.min, max: range.max, unit: 'mg' },
    exact: { min: r.minMgPerWeek, max: r.maxMgPerWeek, unit: 'mg' },
    per: 'week',
    capped: false,
    rounded: range.rounded,
    summary: `${LABELS.drug.methotrexate} ${mg(range.min, range.max)} ${when}, by mouth or subcutaneously`,
    text: withBasis(`${LABELS.drug.methotrexate} ${mg(range.min, range.max)} ${when}, by mouth or subcutaneously`, basis),
    basis,
    notices: notices(r.notices),
    citations: [...r.citations],
    rule: r.rule,
  };
}

function azathioprine({ input, weightKg, config }: Ctx): DoseLine {
  const r = DRUG_RULES.azathioprine;
  const fraction = r.tpmt[input.tpmt];
  const tpmtNotice = r.tpmtNotices[input.tpmt];
  const lineNotices = tpmtNotice ? [{ ...tpmtNotice }] : [];
  const normal = { min: clean(r.minMgPerKgPerDay * weightKg), max: clean(r.maxMgPerKgPerDay * weightKg) };
  const basis = [
    `${r.minMgPerKgPerDay}–${r.maxMgPerKgPerDay} mg/kg/day × ${kg(weightKg)} = ${mg(roundTo(normal.min, 2), roundTo(normal.max, 2))} daily`,
  ];
  const base = {
    drug: 'azathioprine' as const,
    per: 'day' as const,
    dosingWeightKg: weightKg,
    capped: false,
    notices: lineNotices,
    citations: [...r.citations],
    rule: r.rule,
  };
  if (!fraction) {
    return {
      ...base,
      amount: { min: 0, max: 0, unit: 'mg' },
      exact: { min: 0, max: 0, unit: 'mg' },
      rounded: false,
      withheld: true,
      summary: `${LABELS.drug.azathioprine}: do not use (poor TPMT or NUDT15 metaboliser); choose a non-thiopurine agent`,
      text: `${LABELS.drug.azathioprine}: do not use (poor TPMT or NUDT15 metaboliser); choose a non-thiopurine agent`,
      basis: [`${LABELS.tpmt.poor}: no azathioprine dose is given`],
    };
  }
  const exact = { min: clean(normal.min * fraction.minFraction), max: clean(normal.max * fraction.maxFraction) };
  if (fraction.minFraction !== 1 || fraction.maxFraction !== 1) {
    basis.push(
      `${LABELS.tpmt[input.tpmt]}: ${formatNumber(fraction.minFraction * 100)}–${formatNumber(fraction.maxFraction * 100)}% of the normal dose = ${mg(roundTo(exact.min, 2), roundTo(exact.max, 2))} daily`,
    );
  }
  const step = config.azathioprine.roundingMg;
  const range = roundRangeInward(exact.min, exact.max, step);
  if (range.rounded) {
    basis.push(
      `rounded inward to ${mg(step)} steps${local(config, 'azathioprine.roundingMg') ? ' (local policy)' : ''}: ${mg(range.min, range.max)} daily`,
    );
  } else if (!range.fits) {
    basis.push(`no ${mg(step)} step fits inside the range: the exact range is shown`);
  }
  const amount = range.fits
    ? { min: range.min, max: range.max, unit: 'mg' as const }
    : { min: ceilToStep(exact.min, 0.1), max: floorToStep(exact.max, 0.1), unit: 'mg' as const };
  return {
    ...base,
    amount,
    // Reported to 2 decimals (no float noise); the inward rounding above used the exact values.
    exact: { min: roundTo(exact.min, 2), max: roundTo(exact.max, 2), unit: 'mg' },
    rounded: amount.min !== exact.min || amount.max !== exact.max,
    summary: `${LABELS.drug.azathioprine} ${mg(amount.min, amount.max)} ${r.route}`,
    text: withBasis(`${LABELS.drug.azathioprine} ${mg(amount.min, amount.max)} ${r.route}`, basis),
    basis,
  };
}

function mycophenolate(): DoseLine {
  const r = DRUG_RULES.mycophenolate;
  const perDay = mg(r.minMgPerDose * r.timesPerDay, r.maxMgPerDose * r.timesPerDay);
  return {
    drug: 'mycophenolate',
    amount: { min: r.minMgPerDose, max: r.maxMgPerDose, unit: 'mg' },
    exact: { min: r.minMgPerDose, max: r.maxMgPerDose, unit: 'mg' },
    per: 'dose',
    timesPerDay: r.timesPerDay,
    capped: false,
    rounded: false,
    summary: `${LABELS.drug.mycophenolate} ${mg(r.minMgPerDose, r.maxMgPerDose)} ${r.route} (${perDay} per day)`,
    text: withBasis(`${LABELS.drug.mycophenolate} ${mg(r.minMgPerDose, r.maxMgPerDose)} ${r.route} (${perDay} per day)`, [
      'fixed dose, not weight-based',
    ]),
    basis: [`Fixed dose: ${mg(r.minMgPerDose, r.maxMgPerDose)} twice daily = ${perDay} per day`],
    notices: notices(r.notices),
    citations: [...r.citations],
    rule: r.rule,
  };
}

/** "divided equally over 5 consecutive days: 27.9 g daily", saying when the day's amount is rounded. */
function dailySplit(days: number, local: string, split: number, shown: number, g: (v: number) => string): string {
  const head = `divided equally over ${days} consecutive days${local}`;
  return split === shown ? `${head}: ${g(shown)} daily` : `${head}: ${g(shown)} daily (rounded to ${g(10 ** -DRUG_RULES.ivig.maxDecimals)})`;
}

function ivig({ input, weightKg, body, config, localDefaults }: Ctx): DoseLine {
  const r = DRUG_RULES.ivig;
  const days = input.ivigDays;
  const lineNotices: Notice[] = [];
  const canAdjust = body.adjustedKg !== undefined && body.aboveThreshold === true;
  const useAdjusted = input.ivigDosingWeight === 'adjusted' && canAdjust;
  // The adjusted weight is kept to two decimals, like a weight converted from pounds: the dose
  // is what the basis shows (2 g/kg × 82.28 kg = 164.56 g), with no hidden precision.
  const dosingKg = useAdjusted ? roundTo(body.adjustedKg as number, 2) : weightKg;
  const g = (v: number) => formatAmount({ min: v, max: v, unit: 'g' }, r.maxDecimals);

  const exactCourse = clean(r.gPerKgPerCourse * dosingKg);
  const step = config.ivig.vialStepG;
  const exactPerDay = roundTo(exactCourse / days, r.maxDecimals);
  // Whole vials per day, to the nearest vial. When that is no vial at all (a day's dose below
  // half a vial), the day is never pushed up to a whole vial: that would multiply the course.
  const vials = step ? roundToStep(exactCourse / days, step) : 0;
  const useVials = step !== undefined && vials > 0;
  let perDay: number;
  let course: number;
  if (useVials) {
    perDay = vials;
    course = clean(perDay * days);
  } else {
    course = roundTo(exactCourse, r.maxDecimals);
    perDay = exactPerDay;
  }

  const localWeight = localDefaults.includes('ivigDosingWeight') ? ', local policy default' : '';
  const weightWords = `${useAdjusted ? 'adjusted body weight' : 'actual body weight'}${localWeight}`;
  const localDays = localDefaults.includes('ivigDays') ? ' (local policy default)' : '';
  const basis = [
    `${r.gPerKgPerCourse} g/kg per course × ${kg(dosingKg)} (${weightWords}) = ${g(roundTo(exactCourse, 2))} per course`,
    dailySplit(days, localDays, roundTo(exactCourse / days, 2), exactPerDay, g),
  ];
  if (useVials) basis.push(`rounded to whole ${g(step)} vial steps (local policy): ${g(perDay)} daily, ${g(course)} per course`);
  else if (step) basis.push(`no whole ${g(step)} vial fits a day's dose (local policy vial step): the exact dose is shown`);
  if (body.idealKg !== undefined && body.adjustedKg !== undefined) {
    basis.push(
      `ideal body weight (Devine) ${formatKg(body.idealKg)}; adjusted body weight ${kg(roundTo(body.adjustedKg, 2))}; BMI ${formatNumber(body.bmi as number, 1)}`,
    );
  } else if (body.bmi !== undefined) {
    basis.push(`BMI ${formatNumber(body.bmi, 1)}`);
  }

  if (body.belowIdealWeightRange) {
    const { baseInches, cmPerInch } = r.ibw;
    lineNotices.push({
      level: 'info',
      code: 'ivig-height-below-ideal-weight-range',
      message: `The ideal body weight formula (Devine) applies from ${baseInches} inches (${formatNumber(baseInches * cmPerInch, 1)} cm): no ideal or adjusted weight below that height, so dosing on actual body weight.`,
    });
  } else if (input.ivigDosingWeight === 'adjusted' && !useAdjusted) {
    lineNotices.push({
      level: 'info',
      code: body.idealKg === undefined ? 'ivig-adjusted-needs-height-sex' : 'ivig-adjusted-not-needed',
      message:
        body.idealKg === undefined
          ? 'Adjusted weight needs height and sex: dosing on actual body weight.'
          : 'Actual weight is not more than 120% of ideal body weight: dosing on actual body weight.',
    });
  } else if (!useAdjusted && canAdjust) {
    const adjustedCourse = roundTo(r.gPerKgPerCourse * roundTo(body.adjustedKg as number, 2), r.maxDecimals);
    lineNotices.push({
      level: 'warning',
      code: 'ivig-obesity',
      message: `Actual weight is more than 120% of ideal body weight: on adjusted body weight (${kg(roundTo(body.adjustedKg as number, 2))}) the course would be ${g(adjustedCourse)}. Choose the dosing weight by local policy.`,
    });
  } else if (body.idealKg === undefined) {
    lineNotices.push({
      level: 'info',
      code: 'ivig-actual-weight',
      message: 'Dosed on actual body weight. Enter height and sex to check the dosing weight in obesity.',
    });
  }
  lineNotices.push(...notices(r.notices));

  return {
    drug: 'ivig',
    amount: { min: course, max: course, unit: 'g' },
    exact: { min: roundTo(exactCourse, 2), max: roundTo(exactCourse, 2), unit: 'g' },
    per: 'course',
    days,
    perDay,
    dosingWeightKg: dosingKg,
    capped: false,
    rounded: course !== exactCourse,
    summary: `${LABELS.drug.ivig} ${g(course)} per course: ${g(perDay)}/day over ${days} days, every ${r.everyWeeks} weeks`,
    text: withBasis(`${LABELS.drug.ivig} ${g(course)} per course: ${g(perDay)}/day over ${days} days, every ${r.everyWeeks} weeks`, basis),
    basis,
    notices: lineNotices,
    citations: [...r.citations, ...(body.idealKg !== undefined ? r.weightCitations : [])],
    rule: r.rule,
  };
}

function rituximab({ input }: Ctx): DoseLine {
  const r = DRUG_RULES.rituximab;
  const start = input.startDate;
  const schedule = r.days.map((day) => ({ day, ...(start && { date: addDays(start, day - 1) }) }));
  const when = schedule
    .map((s) => (s.date ? `day ${s.day} (${formatDate(s.date)})` : `day ${s.day}`))
    .join(' and ');
  return {
    drug: 'rituximab',
    amount: { min: r.mgPerDose, max: r.mgPerDose, unit: 'mg' },
    exact: { min: r.mgPerDose, max: r.mgPerDose, unit: 'mg' },
    per: 'dose',
    schedule,
    capped: false,
    rounded: false,
    summary: `${LABELS.drug.rituximab} ${mg(r.mgPerDose)} ${r.route} on ${when}`,
    text: withBasis(`${LABELS.drug.rituximab} ${mg(r.mgPerDose)} ${r.route} on ${when}`, ['fixed dose, not weight-based']),
    basis: [`Fixed dose: ${mg(r.mgPerDose)} on day 1 and day 15${start ? `, from the start date ${formatDate(start)}` : ''}`],
    notices: notices(r.notices),
    citations: [...r.citations],
    rule: r.rule,
  };
}

const LINES = { prednisone, methylprednisolone, methotrexate, azathioprine, mycophenolate, ivig, rituximab } as const;

/**
 * One warning below 40 kg or above 150 kg; with unit kg and a value above 150 the same warning
 * also asks whether the value is in pounds (content-spec §4). Judged on the exact weight, so
 * 150.004 kg is not let through by the two-decimal rounding.
 */
function weightWarnings(input: DoseInput): Notice[] {
  const { min, max } = LIMITS.plausibleWeightKg;
  const exactKg = input.weightUnit === 'lb' ? input.weight * LIMITS.kgPerLb : input.weight;
  if (exactKg >= min && exactKg <= max) return [];
  if (input.weightUnit === 'kg' && exactKg > max) return [{ ...WEIGHT_NOTICES.maybePounds }];
  return [{ ...WEIGHT_NOTICES.implausible }];
}

export function calculateDoses(input: unknown, config?: unknown): DoseResult {
  try {
    const resolution = resolveConfig(config);
    const cfg = resolution.config;
    const parsed = parseDoseInput(input, { ivigDays: cfg.ivig.defaultDays, ivigDosingWeight: cfg.ivig.defaultDosingWeight });
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const { input: valid, weightKg } = parsed;
    const body = bodyMeasures(weightKg, valid.heightCm, valid.sex);
    const given = (field: string) => (input as Record<string, unknown>)[field] != null;
    const localDefaults = [
      ...(cfg.local.includes('ivig.defaultDays') && !given('ivigDays') ? ['ivigDays'] : []),
      ...(cfg.local.includes('ivig.defaultDosingWeight') && !given('ivigDosingWeight') ? ['ivigDosingWeight'] : []),
    ];
    const ctx: Ctx = { input: valid, weightKg, body, config: cfg, localDefaults };
    return {
      ok: true,
      input: valid,
      weightKg,
      ...(valid.weightUnit === 'lb' && {
        conversion: `${formatNumber(valid.weight, 2)} lb = ${kg(weightKg)}`,
      }),
      body: {
        ...(body.heightCm !== undefined && { heightCm: body.heightCm }),
        ...(body.bmi !== undefined && { bmi: roundTo(body.bmi, 1) }),
        ...(body.idealKg !== undefined && { idealKg: roundTo(body.idealKg, 1) }),
        // Two decimals, like the actual weight and the IVIG dosing weight taken from it.
        ...(body.adjustedKg !== undefined && { adjustedKg: roundTo(body.adjustedKg, 2) }),
        ...(body.aboveThreshold !== undefined && { aboveThreshold: body.aboveThreshold }),
        ...(body.belowIdealWeightRange && { belowIdealWeightRange: true }),
      },
      lines: DRUG_IDS.map((id) => LINES[id](ctx)),
      warnings: [...weightWarnings(valid), ...configNotices(resolution)],
      contentVersion: CONTENT_VERSION,
    };
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'The dose input could not be read.' }] };
  }
}
