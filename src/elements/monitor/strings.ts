/**
 * The follow-up element's own words (English): headings, labels, hints, buttons. Clinical words
 * and every number come from src/content (VISIT_LABELS, VISIT_LIMITS, TIS_RULES, …) or from the
 * core's results; nothing clinical is written here.
 */
import { VISIT_LIMITS } from '../../content/follow-up-rules.js';
import { formatNumber } from '../../core/format.js';

const range = (field: keyof typeof VISIT_LIMITS) => {
  const l = VISIT_LIMITS[field];
  return `${formatNumber(l.min)}–${formatNumber(l.max)}${l.unit ? ` ${l.unit}` : ''}`;
};

export const MON = {
  title: 'Follow-up of IMNM / NAM',
  subtitle: 'Visits over time: CK and strength, the response score, safety blood tests and the glucocorticoid taper. For adults.',
  formLabel: 'Visits and treatment',
  visitsHeading: 'Visits',
  visitsCaption: 'Visits as entered (the earliest date is the baseline)',
  mmtScale: 'MMT-8 scale',
  mmtOption: { 80: '0–80 (one side)', 150: '0–150 (both sides)' } as Record<string, string>,
  invalidOption: 'Not accepted: choose a value',
  noVisits: 'No visits yet. Add the first visit: it becomes the baseline.',
  addVisit: 'Add a visit',
  /** The accessible name of a row's remove button. */
  remove: 'Remove',
  rowWord: 'row',
  /** "the visit of 3 Dec 2026", or "the visit in row 3 (no date yet)". */
  visitOfName: (name: string) => (name.startsWith('row ') ? `the visit in ${name}` : `the visit of ${name}`),
  bloods: 'Blood tests',
  bloodsEntered: 'entered',
  bloodsLegend: (when: string) => `Blood tests, visit of ${when}`,
  columns: {
    date: 'Date',
    ck: 'CK',
    ckUln: 'CK ULN',
    mmt8: 'MMT-8',
    physicianGlobal: 'Physician global',
    patientGlobal: 'Patient global',
    extramuscular: 'Extramuscular',
    haq: 'HAQ',
    prednisoneMgPerDay: 'Prednisone',
  } as Record<string, string>,
  units: {
    ck: 'U/L',
    ckUln: 'U/L',
    physicianGlobal: `${range('physicianGlobal')}`,
    patientGlobal: `${range('patientGlobal')}`,
    extramuscular: `${range('extramuscular')}`,
    haq: `${range('haq')}`,
    prednisoneMgPerDay: 'mg/day',
  } as Record<string, string>,
  mmtUnit: (max: number) => `0–${max}`,
  ulnDefault: (uln: string, local: boolean) =>
    `A blank CK ULN uses ${local ? "your institution's" : 'the configured'} default of ${uln} U/L${local ? ' (local policy)' : ''}.`,
  ulnRequired: "Give the laboratory's upper limit of normal (ULN) with each CK. Leave a box empty when a result is not known.",
  drugsLegend: 'Drugs followed by the safety blood tests',
  drugsHint: 'The start date of each drug the patient takes (blank otherwise), and the last dose increase if there was one.',
  drugsNone: 'none listed',
  drugFrom: 'from',
  drugIncreasedOn: 'dose increased',
  drugColumn: 'Drug',
  drugStarted: 'Started',
  drugIncreased: 'Last dose increase',
  fromRecord: (date: string) => (date ? `from the record, ${date}` : 'from the record'),
  changedFromRecord: (value: string, date: string) =>
    `changed here (the record has ${value}${date ? `, ${date}` : ''})`,
  recordNotices: 'From the record',
  recordUnusable: 'The record could not be used:',
  // Results
  results: 'Assessment',
  glance: 'At a glance',
  /** The glance's name as a region: unique beside the other elements' glances on one page. */
  glanceRegion: 'Follow-up at a glance',
  latestVisit: 'Latest visit',
  baselineVisit: 'Baseline visit',
  /** Words of the note's own (TIS_RULES.missing starts with them). */
  noTis: 'No Total Improvement Score',
  tisAfter: ' (Total Improvement Score)',
  noTisAfter: ' (it needs all six core set measures at the baseline and at this visit)',
  glanceBaselineOnly: 'Only the baseline so far: the next visit is compared with it.',
  glanceMore: (n: number) => `${n} more ${n === 1 ? 'notice' : 'notices'}: see the visits and sections below.`,
  noAssessment: 'No assessment is shown while an input is invalid. Correct these:',
  visitsResults: 'Visit by visit',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  baseline: 'baseline',
  noTisShort: 'no TIS',
  noCkMmt: 'no CK or MMT-8',
  indicator: { critical: 'Critical', warning: 'Warning', info: 'Info' } as Record<string, string>,
  noticeCount: (n: number) => `${n} ${n === 1 ? 'notice' : 'notices'}`,
  tisMeasure: 'Measure',
  tisImprovement: 'Improvement from baseline',
  tisPoints: 'Points',
  tisTotal: 'Total',
  bloodsHeading: 'Safety blood tests',
  nextBloods: 'Next safety blood tests',
  overdue: 'overdue',
  noDrugs: 'No methotrexate, azathioprine or mycophenolate is listed: no blood-test schedule.',
  exposureHeading: 'Glucocorticoid exposure',
  chartHeading: 'CK and MMT-8 over time',
  chartCaption: 'CK as a multiple of the upper limit of normal (log scale, left), MMT-8 (right) and the prednisone dose (lower panel, a step line: the dose holds until the next visit that records one).',
  chartLabel: 'Chart of CK, MMT-8 and the prednisone dose by visit date. Use the arrow keys to move between the points.',
  chartEmpty: 'The chart needs a visit with CK, MMT-8 or a prednisone dose.',
  chartKeyHint: 'Arrow keys: next or previous point (left, right) and series (up, down).',
  chartTable: 'The chart data as a table',
  series: { ck: 'CK', mmt8: 'MMT-8', prednisone: 'Prednisone' } as Record<string, string>,
  axisCk: '× ULN',
  axisPred: 'mg/day',
  uln: 'ULN',
  tableDate: 'Date',
  tableCk: 'CK (U/L)',
  tableTimesUln: 'CK × ULN',
  tableMmt: (max: number) => `MMT-8 (of ${max})`,
  tablePred: 'Prednisone (mg/day)',
  pointCk: (date: string, times: string, ck: string) => `CK on ${date}: ${times} × ULN (${ck} U/L)`,
  pointMmt: (date: string, value: string, max: number) => `MMT-8 on ${date}: ${value} of ${max}`,
  pointPred: (date: string, dose: string) => `Prednisone on ${date}: ${dose} mg/day`,
  taperHeading: 'Glucocorticoid taper plan',
  taperStart: 'Taper start date',
  taperWeight: 'Weight',
  taperUnit: 'Weight unit',
  taperConfirm: 'I have checked this weight',
  taperPrompt: 'Enter a start date (and the weight) to see the taper plan.',
  taperFrom: 'From',
  taperTo: 'To (inclusive)',
  taperDose: 'Prednisone daily',
  taperOpen: 'then by response',
  taperThen: 'Then',
  taperBasis: 'How the plan was worked out',
  taperInvalid: 'No taper plan until the highlighted inputs are corrected.',
  sources: 'Sources',
  sourcesToggle: (n: number) => `Sources (${n})`,
  /** The pointer to a new critical notice out of view (shared controller), and what is announced with it. */
  pointer: {
    label: 'Critical',
    /** The first notice in a few words (up to its first colon), and how many more. */
    text: (first: string, more: number) => `${shortly(first)}${more ? ` (and ${more} more)` : ''}`,
    announce: (first: string, more: number) =>
      `Critical notice: ${first}${more ? ` And ${more} more.` : ''} It is at the top of the assessment, below the form.`,
  },
  status: {
    assessed: (visits: number, latest: string, critical: number) =>
      `Assessment updated: ${visits} ${visits === 1 ? 'visit' : 'visits'}${latest ? `; ${latest}` : ''}${
        critical ? `; ${critical} critical ${critical === 1 ? 'notice' : 'notices'}` : ''
      }.`,
    invalid: (n: number) => `No assessment: ${n} ${n === 1 ? 'input needs' : 'inputs need'} correcting.`,
    added: (when: string) => `Visit of ${when} added.`,
    removed: (when: string) => `Visit of ${when} removed.`,
  },
  copyDone: 'Copied to the clipboard. The note is also shown below.',
  unexpected: 'The input could not be read.',
  visitsProperty: 'visits',
  drugsProperty: 'drugs',
  fhirProperty: 'fhir',
  printedVisits: 'Visits as entered',
} as const;

/** The words for an input named in a message ("Taper start date must be …"). */
export const FIELD_WORDS: Record<string, string> = {
  taperStart: 'Taper start date',
  startDate: 'Taper start date',
  weight: 'Weight',
  weightUnit: 'Weight unit',
  weightConfirmed: 'Weight check',
  heightCm: 'Height',
  mmtMax: 'MMT-8 scale (mmt-max)',
  today: 'today',
};

/** A critical notice in a few words: up to its first colon, or its start. */
function shortly(text: string): string {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 60) return text.slice(0, colon);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
