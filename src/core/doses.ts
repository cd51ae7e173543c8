/** calculateDoses: content-spec §4 rules → one ISMP-formatted, cited line per drug. Total. */
import { BULBAR_NOTICE, DRUG_RULES, ORAL_DRUGS, WEIGHT_BASED_DRUGS, WEIGHT_NOTICES } from '../content/drug-rules.js';
import { DRUG_IDS, LABELS, LIMITS, type DrugId } from '../content/inputs.js';
import { ICI_GRADE_2_CK_TIMES_ULN, effectiveSeverityOf } from '../content/pathway-rules.js';
import type { SourceId } from '../content/sources.js';
import { CONTENT_VERSION } from '../content/version.js';
import { bodyMeasures } from './body-weight.js';
import { configNotices, resolveConfig, type ResolvedConfig } from './config.js';
import { addDays, formatDate } from './dates.js';
import { parseDoseInput } from './dose-input.js';
import { prednisoneDaily } from './prednisone-dose.js';
import { formatAmount, formatDualWeight, formatKg, formatNumber } from './format.js';
import { ceilToStep, clean, floorToStep, roundRangeInward, roundTo, roundToStep } from './numbers.js';
import type { Amount, BodyMeasures, DoseInput, DoseLine, DoseResult, Notice } from './types.js';

interface Ctx {
  input: DoseInput;
  weightKg: number;
  body: BodyMeasures;
  config: ResolvedConfig;
  /** Input fields left empty and filled from a local (institution) default. */
  localDefaults: string[];
  /** The fields the caller gave. */
  given: ReadonlySet<string>;
  /** Weight-based lines are withheld: the weight is in the confirmation tier and not confirmed. */
  unconfirmed: boolean;
}

const dual = formatDualWeight;
/** The arithmetic shows the kg alone ("1 mg/kg/day × 72 kg = 72 mg daily"); the dosing weight line both units. */
const kg = (w: number) => `${formatNumber(w, 2)} kg`;
/** The dosing weight in both units, the last step of a weight-based line's working (content-spec §4.2). */
const dosingWeightLine = (w: number, which?: string) => `dosing weight ${dual(w)}${which ? `, ${which}` : ''}`;
const mg = (min: number, max = min) => formatAmount({ min, max, unit: 'mg' });
const local = (c: ResolvedConfig, key: string) => c.local.includes(key);
const copies = (list: readonly Notice[]) => list.map((n) => ({ level: n.level, code: n.code, message: n.message }));
const has = (ctx: Ctx, flag: NonNullable<DoseInput['redFlags']>[number]) => ctx.input.redFlags?.includes(flag) === true;
/** The line a clinician reads: the dose, then how it was reached (content-spec §4). */
const withBasis = (summary: string, basis: readonly string[]) =>
  basis.length ? `${summary} — ${basis.join('; ')}` : summary;

/** Notices every line of a drug carries from the pathway's context (bulbar: nothing by mouth). */
function contextNotices(ctx: Ctx, drug: DrugId): Notice[] {
  return has(ctx, 'bulbar') && ORAL_DRUGS.includes(drug) ? [{ ...BULBAR_NOTICE }] : [];
}

/** A line with no dose: nothing a client could read as an amount (content-spec §4.1). */
function withheldLine(
  drug: DrugId,
  rule: string,
  summary: string,
  basis: string[],
  notices: Notice[],
  citations: readonly SourceId[],
  extra: Partial<DoseLine> = {},
): DoseLine {
  return {
    drug,
    per: 'day',
    capped: false,
    rounded: false,
    withheld: true,
    summary,
    text: withBasis(summary, basis),
    basis,
    notices,
    citations: [...new Set(citations)],
    rule,
    ...extra,
  };
}

const unconfirmedBasis = (ctx: Ctx, rate: string) => [
  `${rate} × ${kg(ctx.weightKg)}: ${WEIGHT_NOTICES.withheld.toLowerCase().replace(/\.$/, '')}`,
  dosingWeightLine(ctx.weightKg),
];

function prednisone(ctx: Ctx): DoseLine {
  const { weightKg, config, input } = ctx;
  const r = DRUG_RULES.prednisone;
  const cap = config.prednisone.maxDailyMg;
  const ici = input.checkpointInhibitor === true;
  // The effective severity (content-spec §2): a red flag raises a given mild or moderate to severe,
  // whether the caller is the pathway (which passes its effective severity) or a direct call.
  const severity = effectiveSeverityOf(input.severity ?? 'moderate', input.redFlags ?? []);
  const citations: SourceId[] = [...r.citations, ...(ici ? r.iciCitations : [])];
  const notices: Notice[] = contextNotices(ctx, 'prednisone');
  if (has(ctx, 'myasthenic')) notices.push({ ...r.myastheniaNotice });
  if (ici && has(ctx, 'myocarditis')) notices.push({ ...r.iciNotices.myocarditis });
  if (local(config, 'prednisone.maxDailyMg') && cap > r.defaultCapMgPerDay) {
    notices.push({
      level: 'warning',
      code: 'prednisone-local-cap-above-default',
      message: `The local cap of ${mg(cap)}/day is above the published default cap of ${mg(r.defaultCapMgPerDay)}/day.`,
    });
  }

  // Checkpoint-inhibitor grades (asco-2021): grade 1, and grade 2 below 3 × ULN, get no glucocorticoid.
  const ck = input.ckTimesUln;
  if (ici && (severity === 'mild' || (severity === 'moderate' && ck !== undefined && ck < ICI_GRADE_2_CK_TIMES_ULN))) {
    const why = severity === 'mild' ? r.iciNotices.grade1 : r.iciNotices.ckBelow3;
    const summary = `${LABELS.drug.prednisone}: no glucocorticoid (${why.message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})`;
    return withheldLine('prednisone', r.rule, summary, [why.message], [{ ...why }, ...notices], citations);
  }
  const range = ici && severity === 'moderate' ? r.iciModerateMgPerKgPerDay : { min: r.mgPerKgPerDay, max: r.mgPerKgPerDay };
  const rate = range.min === range.max ? `${formatNumber(range.min)} mg/kg/day` : `${formatNumber(range.min)}–${formatNumber(range.max)} mg/kg/day`;
  if (ici && severity === 'moderate' && ck === undefined) notices.unshift({ ...r.iciNotices.ckNotGiven });
  if (ctx.unconfirmed) {
    return withheldLine(
      'prednisone',
      r.rule,
      `${LABELS.drug.prednisone}: withheld until the weight is confirmed`,
      unconfirmedBasis(ctx, rate),
      [{ level: 'warning', code: 'weight-withheld', message: WEIGHT_NOTICES.withheld }, ...notices],
      citations,
      { dosingWeightKg: weightKg },
    );
  }

  const exact = { min: clean(range.min * weightKg), max: clean(range.max * weightKg) };
  const basis = [`${rate} × ${kg(weightKg)} = ${mg(roundTo(exact.min, 2), roundTo(exact.max, 2))} daily`];
  const { dose, rounded, capped, basis: steps } = prednisoneDaily(exact, config);
  basis.push(...steps, dosingWeightLine(weightKg));
  const summary = `${LABELS.drug.prednisone} ${mg(dose.min, dose.max)} ${r.route}`;
  return {
    drug: 'prednisone',
    amount: { min: dose.min, max: dose.max, unit: 'mg' },
    // Reported to 2 decimals (no float noise); the rounding above used the exact value.
    exact: { min: roundTo(exact.min, 2), max: roundTo(exact.max, 2), unit: 'mg' },
    per: 'day',
    dosingWeightKg: weightKg,
    capped,
    rounded,
    summary,
    text: withBasis(summary, basis),
    basis,
    notices: [...notices, ...copies(r.notices)],
    citations: [...new Set(citations)],
    rule: r.rule,
  };
}

function methylprednisolone(ctx: Ctx): DoseLine {
  const r = DRUG_RULES.methylprednisolone;
  const amount = { min: r.minMg, max: r.maxMg, unit: 'mg' as const };
  const summary = `${LABELS.drug.methylprednisolone}: ${formatAmount(amount)} ${r.route}`;
  return {
    drug: 'methylprednisolone',
    amount,
    exact: { ...amount },
    per: 'day',
    days: r.days,
    capped: false,
    rounded: false,
    summary,
    text: withBasis(summary, ['fixed dose for severe disease, not weight-based']),
    basis: [`Fixed dose for severe disease: ${formatAmount(amount)} once daily for ${r.days} days`],
    notices: [...(has(ctx, 'myasthenic') ? [{ ...r.myastheniaNotice }] : []), ...copies(r.notices)],
    citations: [...r.citations, ...(has(ctx, 'myasthenic') ? (['asco-2021'] as const) : [])],
    rule: r.rule,
  };
}

function methotrexate(ctx: Ctx): DoseLine {
  const { input, config } = ctx;
  const r = DRUG_RULES.methotrexate;
  const step = config.methotrexate.roundingMg;
  const range = roundRangeInward(r.minMgPerWeek, r.maxMgPerWeek, step);
  const day = input.methotrexateDay ? LABELS.weekday[input.methotrexateDay] : undefined;
  const when = day ? `once weekly on ${day}` : 'once weekly (name one day of the week)';
  const basis = [`fixed weekly dose: ${mg(r.minMgPerWeek, r.maxMgPerWeek)} once a week, in ${mg(step)} steps`];
  if (range.rounded) basis.push(`rounded inward to ${mg(step)} steps${local(config, 'methotrexate.roundingMg') ? ' (local policy)' : ''}`);
  const summary = `${LABELS.drug.methotrexate} ${mg(range.min, range.max)} ${when}, by mouth or subcutaneously`;
  return {
    drug: 'methotrexate',
    amount: { min: range.min, max: range.max, unit: 'mg' },
    exact: { min: r.minMgPerWeek, max: r.maxMgPerWeek, unit: 'mg' },
    per: 'week',
    capped: false,
    rounded: range.rounded,
    summary,
    text: withBasis(summary, basis),
    basis,
    notices: [...contextNotices(ctx, 'methotrexate'), ...copies(r.notices)],
    citations: [...r.citations],
    rule: r.rule,
  };
}

function azathioprine(ctx: Ctx): DoseLine {
  const { input, weightKg, config } = ctx;
  const r = DRUG_RULES.azathioprine;
  const fraction = r.tpmt[input.tpmt];
  const tpmtNotice = r.tpmtNotices[input.tpmt];
  const lineNotices: Notice[] = [...(tpmtNotice ? [{ ...tpmtNotice }] : []), ...contextNotices(ctx, 'azathioprine')];
  const citations: SourceId[] = [...r.citations, ...(r.tpmtCitations[input.tpmt] ?? [])];
  const rate = `${r.minMgPerKgPerDay}–${r.maxMgPerKgPerDay} mg/kg/day`;
  if (!fraction) {
    const summary = `${LABELS.drug.azathioprine}: do not use (poor TPMT or NUDT15 metaboliser); choose a non-thiopurine agent`;
    return withheldLine('azathioprine', r.rule, summary, [`${LABELS.tpmt.poor}: no azathioprine dose is given`], lineNotices, citations);
  }
  const withAll = [...lineNotices, ...copies(r.notices)];
  if (ctx.unconfirmed) {
    return withheldLine(
      'azathioprine',
      r.rule,
      `${LABELS.drug.azathioprine}: withheld until the weight is confirmed`,
      unconfirmedBasis(ctx, rate),
      [{ level: 'warning', code: 'weight-withheld', message: WEIGHT_NOTICES.withheld }, ...withAll],
      citations,
      { dosingWeightKg: weightKg },
    );
  }
  const normal = { min: clean(r.minMgPerKgPerDay * weightKg), max: clean(r.maxMgPerKgPerDay * weightKg) };
  const basis = [`${rate} × ${kg(weightKg)} = ${mg(roundTo(normal.min, 2), roundTo(normal.max, 2))} daily`];
  const exact = { min: clean(normal.min * fraction.minFraction), max: clean(normal.max * fraction.maxFraction) };
  if (fraction.minFraction !== 1 || fraction.maxFraction !== 1) {
    basis.push(
      `${LABELS.tpmt[input.tpmt]}: ${formatNumber(fraction.minFraction * 100)}–${formatNumber(fraction.maxFraction * 100)}% of the normal dose = ${mg(roundTo(exact.min, 2), roundTo(exact.max, 2))} daily`,
    );
  }
  const step = config.azathioprine.roundingMg;
  const range = roundRangeInward(exact.min, exact.max, step);
  if (range.rounded) {
    basis.push(`rounded inward to ${mg(step)} steps${local(config, 'azathioprine.roundingMg') ? ' (local policy)' : ''}: ${mg(range.min, range.max)} daily`);
  } else if (!range.fits) {
    basis.push(`no ${mg(step)} step fits inside the range: the exact range is shown`);
  }
  let amount: Amount = range.fits
    ? { min: range.min, max: range.max, unit: 'mg' }
    : { min: ceilToStep(exact.min, 0.1), max: floorToStep(exact.max, 0.1), unit: 'mg' };
  const cap = config.azathioprine.maxDailyMg;
  const capped = cap !== undefined && amount.max > cap;
  if (capped) {
    amount = { min: Math.min(amount.min, cap), max: cap, unit: 'mg' };
    basis.push(`capped at ${mg(cap)}/day (local policy maximum): ${mg(amount.min, amount.max)} daily`);
  }
  basis.push(dosingWeightLine(weightKg));
  const summary = `${LABELS.drug.azathioprine} ${mg(amount.min, amount.max)} ${r.route}`;
  return {
    drug: 'azathioprine',
    amount,
    // Reported to 2 decimals (no float noise); the inward rounding above used the exact values.
    exact: { min: roundTo(exact.min, 2), max: roundTo(exact.max, 2), unit: 'mg' },
    per: 'day',
    dosingWeightKg: weightKg,
    capped,
    rounded: amount.min !== exact.min || amount.max !== exact.max,
    summary,
    text: withBasis(summary, basis),
    basis,
    notices: withAll,
    citations: [...new Set(citations)],
    rule: r.rule,
  };
}

function mycophenolate(ctx: Ctx): DoseLine {
  const r = DRUG_RULES.mycophenolate;
  const perDay = mg(r.minMgPerDose * r.timesPerDay, r.maxMgPerDose * r.timesPerDay);
  const summary = `${LABELS.drug.mycophenolate} ${mg(r.minMgPerDose, r.maxMgPerDose)} ${r.route} (${perDay} per day)`;
  return {
    drug: 'mycophenolate',
    amount: { min: r.minMgPerDose, max: r.maxMgPerDose, unit: 'mg' },
    exact: { min: r.minMgPerDose, max: r.maxMgPerDose, unit: 'mg' },
    per: 'dose',
    timesPerDay: r.timesPerDay,
    capped: false,
    rounded: false,
    summary,
    text: withBasis(summary, ['fixed dose, not weight-based']),
    basis: [`Fixed dose: ${mg(r.minMgPerDose, r.maxMgPerDose)} twice daily = ${perDay} per day`],
    notices: [...contextNotices(ctx, 'mycophenolate'), ...copies(r.notices)],
    citations: [...r.citations],
    rule: r.rule,
  };
}

interface IvigAmounts {
  exactCourse: number;
  course: number;
  perDay: number;
  /** The vial rule: applied, refused (no whole-vial amount within the tolerance) or none set. */
  vial: 'applied' | 'refused' | 'none';
  /** The rounded daily amount's deviation from the exact one, in % to 2 decimals (vial rule). */
  deviationPct?: number;
  vialPerDay?: number;
}

/**
 * The IVIG course and daily amount for a dosing weight (content-spec §4.2): 2 g/kg divided over
 * the days; with a vial step, the daily amount is the nearest whole-vial amount (ties up) only
 * when that is within ±10 % of the exact daily dose (compared after rounding to 0.01 %).
 */
export function ivigAmounts(dosingKg: number, days: number, vialStepG?: number): IvigAmounts {
  const r = DRUG_RULES.ivig;
  const exactCourse = clean(r.gPerKgPerCourse * dosingKg);
  const exactPerDay = exactCourse / days;
  const plain = { exactCourse, course: roundTo(exactCourse, r.maxDecimals), perDay: roundTo(exactPerDay, r.maxDecimals) };
  if (!vialStepG) return { ...plain, vial: 'none' };
  const vials = roundToStep(exactPerDay, vialStepG);
  const deviationPct = roundTo((Math.abs(vials - exactPerDay) / exactPerDay) * 100, 2);
  if (vials > 0 && deviationPct <= r.vialTolerancePct) {
    return { exactCourse, course: clean(vials * days), perDay: vials, vial: 'applied', deviationPct, vialPerDay: vials };
  }
  return { ...plain, vial: 'refused', deviationPct, vialPerDay: vials };
}

function ivig(ctx: Ctx): DoseLine {
  const { input, weightKg, body, config, localDefaults } = ctx;
  const r = DRUG_RULES.ivig;
  const myasthenic = has(ctx, 'myasthenic');
  const days = myasthenic ? r.myasthenicDays : input.ivigDays;
  const g = (v: number) => formatAmount({ min: v, max: v, unit: 'g' }, r.maxDecimals);
  const step = config.ivig.vialStepG;
  const lineNotices: Notice[] = [];
  const citations: SourceId[] = [...r.citations, ...(myasthenic ? r.myasthenicCitations : [])];
  if (myasthenic && input.ivigDays !== r.myasthenicDays) {
    lineNotices.push({
      level: 'warning',
      code: 'ivig-myasthenic-days',
      message: `Myasthenic features: the course is given over ${r.myasthenicDays} days (ASCO), not the ${input.ivigDays} days chosen.`,
    });
  }
  const canAdjust = body.adjustedKg !== undefined && body.aboveThreshold === true;
  const adjustedKg = canAdjust ? roundTo(body.adjustedKg as number, 2) : undefined;
  const chosen = ctx.given.has('ivigDosingWeight') || local(config, 'ivig.defaultDosingWeight');
  const useAdjusted = input.ivigDosingWeight === 'adjusted' && canAdjust;
  // The adjusted weight is kept to two decimals, like a weight converted from pounds: the dose
  // is what the basis shows (2 g/kg × 82.28 kg = 164.56 g), with no hidden precision.
  const dosingKg = useAdjusted ? (adjustedKg as number) : weightKg;
  const rateNotice = (kg?: number): Notice => {
    const { start, max, renalOrThromboticRisk: risk } = r.rateMgPerKgPerMin;
    const gh = (rate: number) => (kg === undefined ? '' : ` (${formatNumber(roundTo((rate * kg * 60) / 1000, 1), 1)} g/h)`);
    return {
      level: 'info',
      code: 'ivig-rate',
      message: `Infuse at the rate on the product label, e.g. Octagam 10% in dermatomyositis${kg === undefined ? '' : `, for ${dual(kg)}`}: start at ${formatNumber(start)} mg/kg/min${gh(start)}, at most ${formatNumber(max)} mg/kg/min${gh(max)}; no more than ${formatNumber(risk)} mg/kg/min${gh(risk)} with renal or thrombotic risk.`,
    };
  };

  if (ctx.unconfirmed) {
    return withheldLine(
      'ivig',
      r.rule,
      `${LABELS.drug.ivig}: withheld until the weight is confirmed`,
      unconfirmedBasis(ctx, `${r.gPerKgPerCourse} g/kg per course`),
      [
        { level: 'warning', code: 'weight-withheld', message: WEIGHT_NOTICES.withheld },
        ...lineNotices,
        ...copies(r.notices),
        rateNotice(),
      ],
      citations,
      { per: 'course', days, dosingWeightKg: weightKg },
    );
  }

  const a = ivigAmounts(dosingKg, days, step);
  const localWeight = localDefaults.includes('ivigDosingWeight') ? ', local policy default' : '';
  const weightWords = `${useAdjusted ? 'adjusted body weight' : 'actual body weight'}${localWeight}`;
  const localDays = localDefaults.includes('ivigDays') ? ' (local policy default)' : '';
  const basis = [
    `${r.gPerKgPerCourse} g/kg per course × ${kg(dosingKg)} (${weightWords}) = ${g(roundTo(a.exactCourse, 2))} per course`,
  ];
  const exactPerDay = roundTo(a.exactCourse / days, 2);
  if (a.vial === 'applied') {
    basis.push(`divided equally over ${days} consecutive days${localDays}: ${g(exactPerDay)} daily`);
    basis.push(
      `rounded to whole ${g(step as number)} vials (local policy; within ${r.vialTolerancePct}% of the exact daily dose, ${formatNumber(a.deviationPct as number)}% off): ${g(a.perDay)} daily, ${g(a.course)} per course`,
    );
    citations.push(...r.vialCitations);
  } else {
    const shown = a.perDay;
    basis.push(
      shown === exactPerDay
        ? `divided equally over ${days} consecutive days${localDays}: ${g(shown)} daily`
        : `divided equally over ${days} consecutive days${localDays}: ${g(shown)} daily (rounded to ${g(10 ** -r.maxDecimals)})`,
    );
    if (a.vial === 'refused') {
      lineNotices.push({
        level: 'info',
        code: 'ivig-vial-refused',
        message: `No whole-vial amount within ${r.vialTolerancePct}%: the nearest whole-vial amount (${g(a.vialPerDay as number)} daily, ${formatNumber(a.deviationPct as number)}% off) is not used; the exact amount is shown.`,
      });
      citations.push(...r.vialCitations);
    }
  }
  if (body.idealKg !== undefined && body.adjustedKg !== undefined) {
    basis.push(
      `ideal body weight (Devine) ${formatKg(body.idealKg)}; adjusted body weight ${kg(roundTo(body.adjustedKg, 2))}; BMI ${formatNumber(body.bmi as number, 1)}`,
    );
  } else if (body.bmi !== undefined) {
    basis.push(`BMI ${formatNumber(body.bmi, 1)}`);
  }
  basis.push(dosingWeightLine(dosingKg, useAdjusted ? 'adjusted body weight' : 'actual body weight'));

  const summaryOf = (x: IvigAmounts) => `${g(x.course)} per course: ${g(x.perDay)}/day over ${days} days`;
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
  } else if (canAdjust && !chosen) {
    const onAdjusted = ivigAmounts(adjustedKg as number, days, step);
    lineNotices.push({
      level: 'warning',
      code: 'ivig-dosing-weight-choice',
      message: `Actual weight is more than 120% of ideal body weight: choose the dosing weight. On actual body weight (${dual(weightKg)}): ${summaryOf(a)}. On adjusted body weight (${dual(adjustedKg as number)}): ${summaryOf(onAdjusted)}. Dosed on actual body weight until a dosing weight is chosen.`,
    });
  } else if (canAdjust && !useAdjusted) {
    const onAdjusted = ivigAmounts(adjustedKg as number, days, step);
    lineNotices.push({
      level: 'info',
      code: 'ivig-actual-chosen',
      message: `Dosed on actual body weight as chosen; on adjusted body weight (${dual(adjustedKg as number)}) it would be ${summaryOf(onAdjusted)}.`,
    });
  } else if (body.idealKg === undefined) {
    lineNotices.push({
      level: 'info',
      code: 'ivig-actual-weight',
      message: 'Dosed on actual body weight. Enter height and sex to check the dosing weight in obesity.',
    });
  }
  lineNotices.push(...copies(r.notices), rateNotice(dosingKg));
  const summary = `${LABELS.drug.ivig} ${summaryOf(a)}, every ${r.everyWeeks} weeks`;
  return {
    drug: 'ivig',
    amount: { min: a.course, max: a.course, unit: 'g' },
    exact: { min: roundTo(a.exactCourse, 2), max: roundTo(a.exactCourse, 2), unit: 'g' },
    per: 'course',
    days,
    perDay: a.perDay,
    dosingWeightKg: dosingKg,
    dosingWeightKind: useAdjusted ? 'adjusted' : 'actual',
    capped: false,
    rounded: a.course !== a.exactCourse,
    summary,
    text: withBasis(summary, basis),
    basis,
    notices: lineNotices,
    citations: [...new Set([...citations, ...(body.idealKg !== undefined ? r.weightCitations : [])])],
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
  const summary = `${LABELS.drug.rituximab} ${mg(r.mgPerDose)} ${r.route} on ${when}`;
  return {
    drug: 'rituximab',
    amount: { min: r.mgPerDose, max: r.mgPerDose, unit: 'mg' },
    exact: { min: r.mgPerDose, max: r.mgPerDose, unit: 'mg' },
    per: 'dose',
    schedule,
    capped: false,
    rounded: false,
    summary,
    text: withBasis(summary, ['fixed dose, not weight-based']),
    basis: [`Fixed dose: ${mg(r.mgPerDose)} on day 1 and day 15${start ? `, from the start date ${formatDate(start)}` : ''}`],
    notices: copies(r.notices),
    citations: [...r.citations],
    rule: r.rule,
  };
}

const LINES = { prednisone, methylprednisolone, methotrexate, azathioprine, mycophenolate, ivig, rituximab } as const;

/**
 * The confirmation tier (content-spec §4.1): below 40 kg, 150 kg or more, or with a height a BMI
 * below 15 or above 50 (compared unrounded, on the weight before rounding). Returns the notice
 * (a warning) and whether confirmation is needed.
 */
export function weightTier(
  input: Pick<DoseInput, 'weight' | 'weightUnit' | 'heightCm' | 'weightConfirmed'>,
  exactKg: number,
): { required: boolean; notice?: Notice } {
  const { plausibleWeightKg: W, plausibleBmi: B, kgPerLb } = LIMITS;
  const bmi = input.heightCm !== undefined ? exactKg / (input.heightCm / 100) ** 2 : undefined;
  const bmiOut = bmi !== undefined && (bmi < B.min || bmi > B.max);
  const required = exactKg < W.min || exactKg >= W.max || bmiOut;
  if (!required) return { required };
  const parts: string[] = [input.weightConfirmed ? WEIGHT_NOTICES.confirmed : WEIGHT_NOTICES.unusual];
  if (input.weightUnit === 'kg' && input.weight >= W.max) {
    parts.push(WEIGHT_NOTICES.pounds(formatNumber(input.weight, 2), formatNumber(roundTo(input.weight * kgPerLb, 2), 2)));
  }
  if (bmiOut) {
    // A BMI of 14.96 shown as "15" would contradict the check: more decimals until it reads as outside.
    const limit = (bmi as number) < B.min ? B.min : B.max;
    let places = 1;
    while (places < 4 && Number(formatNumber(bmi as number, places).replace(/,/g, '')) === limit) places++;
    parts.push(WEIGHT_NOTICES.bmi(formatNumber(bmi as number, places), formatNumber(input.heightCm as number, 1)));
  }
  return {
    required,
    notice: {
      level: 'warning',
      code: input.weightConfirmed ? 'weight-confirmed' : 'weight-confirm',
      message: parts.join(' '),
    },
  };
}

export function calculateDoses(input: unknown, config?: unknown): DoseResult {
  try {
    const resolution = resolveConfig(config);
    const cfg = resolution.config;
    const parsed = parseDoseInput(input, {
      ivigDays: cfg.ivig.defaultDays,
      ivigDosingWeight: cfg.ivig.defaultDosingWeight,
      allowPounds: cfg.units.allowPounds,
    });
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const { input: valid, weightKg, exactKg, given } = parsed;
    const body = bodyMeasures(weightKg, valid.heightCm, valid.sex);
    const localDefaults = [
      ...(cfg.local.includes('ivig.defaultDays') && !given.has('ivigDays') ? ['ivigDays'] : []),
      ...(cfg.local.includes('ivig.defaultDosingWeight') && !given.has('ivigDosingWeight') ? ['ivigDosingWeight'] : []),
    ];
    const tier = weightTier(valid, exactKg);
    const ctx: Ctx = {
      input: valid,
      weightKg,
      body,
      config: cfg,
      localDefaults,
      given,
      unconfirmed: tier.required && !valid.weightConfirmed,
    };
    return {
      ok: true,
      input: valid,
      weightKg,
      weightText: dual(weightKg),
      ...(valid.weightUnit === 'lb' && {
        conversion: `${formatNumber(valid.weight, 2)} lb = ${formatNumber(weightKg, 2)} kg`,
      }),
      weightConfirmationRequired: tier.required,
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
      warnings: [...(tier.notice ? [tier.notice] : []), ...configNotices(resolution)],
      contentVersion: CONTENT_VERSION,
    };
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'The dose input could not be read.' }] };
  }
}

/** Whether a drug's line is computed from the weight (withheld until an unusual weight is confirmed). */
export const isWeightBased = (drug: DrugId) => WEIGHT_BASED_DRUGS.includes(drug);
