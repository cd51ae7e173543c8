/**
 * The dose calculator's own words (English): labels, hints, headings. Ranges come from the
 * product limits in src/content, never written here; clinical words come from LABELS.
 */
import { DRUG_RULES } from '../../content/drug-rules.js';
import { LIMITS } from '../../content/inputs.js';
import { formatNumber } from '../../core/format.js';
import { WEIGHT_RANGE_MESSAGE } from '../../core/weight-input.js';

const { weightKg: W, heightCm: H, ageYears: A, kgPerLb } = LIMITS;
/** The accepted weight range in pounds, rounded inward to 0.1 lb (as the core's message gives it). */
const lb = (kg: number, round: (v: number) => number) => formatNumber(round((kg / kgPerLb) * 10) / 10, 1);

export const DC = {
  title: 'Weight-based doses for IMNM / NAM',
  subtitle: 'For adults. Every dose shows how it was worked out and its sources.',
  formLabel: 'Patient and treatment details',
  patient: 'Patient',
  options: 'Treatment details',
  weight: 'Weight',
  weightHint: `From ${W.min} to ${W.max} kg (${lb(W.min, Math.ceil)} to ${lb(W.max, Math.floor)} lb). Digits with a decimal point, not a comma.`,
  weightHintKgOnly: `From ${W.min} to ${W.max} kg, measured in kilograms. Digits with a decimal point, not a comma.`,
  /**
   * The longest error a typed weight can give (the core's words, as the form shows them): laid out
   * invisibly under the weight box so the error, when it comes, takes no more room than is kept.
   */
  weightErrorSizer: `Weight is required: ${WEIGHT_RANGE_MESSAGE}`,
  /** The confirmation box, shown while the weight is unusual (content-spec §4.1). */
  weightConfirmed: 'This is a measured weight in kg',
  unit: 'Weight unit',
  heightCm: 'Height in cm (optional)',
  heightHint: `From ${H.min} to ${H.max} cm. With sex, gives BMI, ideal and adjusted body weight for the IVIG dosing weight.`,
  sex: 'Sex (optional)',
  sexNone: 'Not given',
  age: 'Age in years (optional)',
  ageHint: `Adults only: from ${A.min} to ${A.max}.`,
  moreDetails: 'More details: height, sex, age, TPMT, IVIG, dates, medicines',
  ivigDays: 'IVIG course length in days',
  ivigDaysOption: (n: number) => `${n} days`,
  ivigActualUsed: (adjusted: string, actual: string) => `${actual} (${adjusted} chosen, not applicable: see IVIG)`,
  ivigDosingWeight: 'IVIG dosing weight',
  ivigDosingWeightHint: `Adjusted body weight is used only when height and sex are given and actual weight is more than ${formatNumber(
    DRUG_RULES.ivig.obesityThreshold * 100,
  )}% of ideal body weight.`,
  tpmt: 'TPMT and NUDT15 status (before azathioprine)',
  /** The status choices, short enough for a narrow form column (the label names TPMT and NUDT15). */
  tpmtOptions: {
    unknown: 'Not known yet',
    normal: 'Normal: TPMT and NUDT15',
    intermediate: 'Intermediate: TPMT or NUDT15',
    'intermediate-both': 'Intermediate: both',
    poor: 'Poor: TPMT or NUDT15',
  },
  startDate: 'Start date (optional, for the rituximab dates)',
  methotrexateDay: 'Methotrexate day of the week',
  methotrexateDayNone: 'Not chosen yet',
  drugs: 'Show doses for',
  invalidOption: 'Not accepted: choose a value',
  prompt: 'Enter the patient’s weight to see the doses.',
  noDrugs: 'No medicine is selected: tick at least one under “Show doses for”.',
  errorSummary: 'The doses cannot be shown until these are corrected:',
  errorsInResults: 'No dose is shown while an input is invalid.',
  /** The one-sentence status announced after each committed change (never per keystroke). */
  status: {
    doses: (lines: number, weight: string, critical: number, withheld: number) =>
      `Doses updated for ${weight}: ${lines} ${lines === 1 ? 'line' : 'lines'}${
        withheld ? `, ${withheld} withheld until the weight is confirmed` : ''
      }${critical ? `, ${critical} critical ${critical === 1 ? 'notice' : 'notices'}` : ''}.`,
    invalid: (fields: number) => `No doses: ${fields} ${fields === 1 ? 'input needs' : 'inputs need'} correcting.`,
  },
  unexpected: 'The input could not be read.',
  doses: 'Doses',
  dosesFor: (weight: string) => `Doses for ${weight}`,
  inputsUsed: 'Calculated for',
  glance: 'At a glance',
  /** Beside the IVIG dose in the glance while the dosing weight must be chosen. */
  chooseDosingWeight: '(choose the dosing weight: both doses are under IVIG)',
  details: 'Each medicine in detail',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  levelWord: { critical: 'Critical', warning: 'Warning', info: 'Note' },
  confirmedByClinician: 'confirmed by the clinician as a measured weight',
  ageField: 'Age',
  ageValue: (age: number) => `${age} years`,
  basis: 'How this was worked out',
  checks: 'Checks and notes',
  route: 'Route and frequency',
  dosingWeight: 'Dosing weight',
  actualWeight: 'Actual body weight',
  idealWeight: 'Ideal body weight (Devine)',
  adjustedWeight: 'Adjusted body weight',
  bmi: 'BMI',
  perDay: 'Per day',
  perDayValue: (amount: string, days: number) => `${amount} daily on each of ${days} consecutive days`,
  schedule: 'Schedule',
  scheduleDay: (day: number) => `Day ${day}`,
  scheduleNoDate: 'Enter a start date to see the dates.',
  weekday: 'Day of the week',
  weekdayMissing: 'Not chosen: choose one day of the week above and write it on the prescription.',
  dailyCap: 'Daily maximum',
  publishedDefault: 'published default',
  localPolicy: 'local policy',
  tpmtStatus: 'TPMT and NUDT15',
  badgeCapped: 'Capped',
  badgeRounded: 'Rounded',
  badgeLocal: 'Local policy',
  badgeWithheld: 'Withheld',
  badgeDoNotUse: 'Do not use',
  weightField: 'Weight',
  heightField: 'Height',
  sexField: 'Sex',
  ivigField: 'IVIG',
  startField: 'Start date',
  thiopurineTests: 'Before azathioprine',
  methotrexateField: 'Methotrexate day',
  received: (value: string) => `(received “${value}”)`,
  receivedEmpty: (attribute: string) => `(received an empty value: ${attribute}="")`,
  copyDone: 'Copied to the clipboard. The note is also shown below.',
  sources: 'Dose sources',
  sourcesCount: (n: number) => `Dose sources (${n})`,
  checkWeight: 'Unusual weight, confirmed: see the weight warning at the top.',
  /** The pointer to a new critical notice out of view, and what is announced with it. */
  pointer: {
    label: 'Critical',
    text: (first: string, more: number) => `${first}${more ? ` (and ${more} more)` : ''}`,
    announce: (first: string, more: number) =>
      `New critical notice: ${first}${more ? ` And ${more} more.` : ''} See “At a glance” in the result.`,
  },
} as const;

/** The words for each input field, used to name it in error messages. */
export const FIELD_LABELS: Record<string, string> = {
  weight: 'Weight',
  weightUnit: 'Weight unit',
  heightCm: 'Height',
  sex: 'Sex',
  ivigDays: 'IVIG course length',
  ivigDosingWeight: 'IVIG dosing weight',
  tpmt: 'TPMT and NUDT15 status',
  startDate: 'Start date',
  methotrexateDay: 'Methotrexate day',
  drugs: 'Medicines to show (drugs)',
  weightConfirmed: 'Weight confirmation',
  age: 'Age',
};
