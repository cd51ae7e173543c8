/**
 * Plain-text notes for copying into a patient record: the patient's plan, not a guideline.
 * Each note carries everything the screen shows for its result — every step title, every notice
 * (critical, warning and info), every dose with its working — then the sources compactly, the
 * content version and the review status (content-spec §4: notes carry what the screen carries).
 */
import { LABELS } from '../content/inputs.js';
import { SOURCES, type SourceId } from '../content/sources.js';
import { CONTENT_DATE, CONTENT_VERSION } from '../content/version.js';
import { resolveConfig, reviewState } from './config.js';
import { formatDate, formatShortDate, isCalendarDate, todayIso } from './dates.js';
import { isPlainObject } from './fields.js';
import { formatDoseWeight, formatNumber } from './format.js';
import { referenceWords } from './glance.js';
import { doseLinesForStep, pathwayDoseNotices, stepNotices } from './pathway-doses.js';
import type { DoseLine, DoseResult, Notice, PathwayResult } from './types.js';

const PATHWAY_TITLE = 'IMNM/NAM treatment plan';
const DOSE_TITLE = 'IMNM/NAM dose reference';

const INTENDED_USE =
  'Decision support for clinicians treating adults with IMNM/NAM; it does not replace clinical judgement or local protocols.';

/**
 * A source in a few words: "[asco-2021] Schneider 2021, J Clin Oncol". The widget lists each in
 * full (authors, title, journal, DOI).
 */
export function compactSource(id: SourceId): string {
  const s = SOURCES[id];
  if (!s) return `[${String(id)}]`;
  if (s.short) return `[${id}] ${s.short}`;
  const author = s.authors.split(/[ ,]/)[0];
  return `[${id}] ${[author, s.year].filter(Boolean).join(' ')}, ${s.journal}`;
}

export function sourcesBlock(ids: Iterable<SourceId>): string[] {
  const unique = [...new Set(ids)];
  // One line of the citation marks the widget shows beside each step, dose and notice: the
  // widget's source list (and docs/clinical-content.md) gives each in full. A note stays the
  // patient's plan, not a bibliography.
  return unique.length ? [`Sources (listed in full in the widget): ${unique.map((id) => `[${String(id)}]`).join(' ')}`] : [];
}

/** The content version and review status lines every note ends with. */
export function noteFooter(config: unknown, today: string): string[] {
  const review = reviewState(resolveConfig(config, today).config, today);
  const status =
    review.state === 'unreviewed'
      ? 'Content not yet reviewed by your institution.'
      : `Reviewed by ${review.reviewedBy ?? 'the institution'}${review.reviewedOn ? ` on ${review.reviewedOn}` : ''}${
          review.state === 'overdue' ? `; review was due ${review.reviewDue} (overdue)` : review.reviewDue ? `; next review due ${review.reviewDue}` : ''
        }${review.state === 'outdated' ? `. That review covered content ${review.contentVersion}, not this version: review it again before use` : ''}.`;
  return [`nam-cds clinical content ${CONTENT_VERSION} (${CONTENT_DATE}). ${status}`, INTENDED_USE];
}

const noticeLine = (n: Notice, indent = '  ') => `${indent}${n.level.toUpperCase()}: ${n.message}`;

/**
 * One dose line in a note: the dose and its citations, then its working one step per line, then
 * every notice (critical, warning and info), except those whose codes are in `omit` (already
 * written above it in the note).
 */
export function doseLineNote(line: DoseLine, omit: ReadonlySet<string> = new Set(), indent = ''): string[] {
  return [
    `${indent}- ${line.summary} [${line.citations.join(', ')}]`,
    ...line.basis.map((b) => `${indent}  ${b}`),
    ...line.notices.filter((n) => !omit.has(n.code)).map((n) => noticeLine(n, `${indent}  `)),
  ];
}

function errorNote(title: string, errors: readonly unknown[]): string {
  const messages = errors.flatMap((e) => (isPlainObject(e) && typeof e.message === 'string' ? [e.message] : []));
  return [title, 'No result: the input is invalid.', ...messages.map((m) => `- ${m}`)].join('\n');
}

/**
 * Notes are total like the rest of the core: anything that is not a result of the matching
 * function gives a note that says so, never an exception or a half-written note.
 */
export function safeNote<R extends { ok: boolean }>(
  title: string,
  kind: string,
  result: unknown,
  write: (result: Extract<R, { ok: true }>, today: string) => string,
  today: unknown,
): string {
  const on = typeof today === 'string' && isCalendarDate(today) ? today : todayIso();
  const notAResult = [title, `No note: this is not a result of ${kind}.`].join('\n');
  if (!isPlainObject(result) || typeof result.ok !== 'boolean') return notAResult;
  if (!result.ok) return errorNote(title, Array.isArray(result.errors) ? result.errors : []);
  try {
    const note = write(result as Extract<R, { ok: true }>, on);
    // A hand-made object can pass the checks above and still lack fields.
    return /\b(undefined|NaN|null)\b|\[object Object\]/.test(note) ? notAResult : note;
  } catch {
    return notAResult;
  }
}

/** The pathway's input in words, both severities when a red flag raised it. */
export function pathwayInputWords(result: Extract<PathwayResult, { ok: true }>): string {
  const i = result.input;
  const severity =
    result.effectiveSeverity === i.severity
      ? `severity ${LABELS.severity[i.severity]}`
      : `severity given ${LABELS.severity[i.severity]}, treated as ${LABELS.severity[result.effectiveSeverity]} because of the red flag`;
  return [
    `antibody ${LABELS.antibody[i.antibody]}`,
    LABELS.statin[i.statin],
    `checkpoint inhibitor ${i.checkpointInhibitor ? 'yes' : 'no'}`,
    severity,
    `red flags ${i.redFlags.length ? i.redFlags.map((f) => LABELS.redFlagShort[f]).join(', ') : 'none'}`,
    `phase ${LABELS.phase[i.phase]}`,
    ...(i.age !== undefined ? [`age ${i.age}`] : []),
    ...(i.ckTimesUln !== undefined ? [`CK ${formatNumber(i.ckTimesUln)} × ULN`] : []),
  ].join('; ');
}

/**
 * The pathway result as this patient's plan: the inputs, the warnings, then each step (its
 * indicator, title and mandatory flag; the text of critical steps; every notice; the
 * doses inside it when `doses` is given, with the notices the pathway shows beside them), then
 * the sources compactly. `doses` is the result of `pathwayDoses` for this pathway; `record` (from
 * `recordNoteLines`) is written after the inputs.
 */
export function pathwayNote(result: PathwayResult, config?: unknown, today?: string, doses?: DoseResult, record?: readonly string[]): string {
  const note = safeNote<PathwayResult>(PATHWAY_TITLE, 'evaluatePathway', result, (r, on) => writePathwayNote(r, config, on, doses), today);
  return withRecord(note, result, record);
}

function writePathwayNote(
  result: Extract<PathwayResult, { ok: true }>,
  config: unknown,
  today: string,
  doses: DoseResult | undefined,
): string {
  const okDoses = doses && isPlainObject(doses) && doses.ok === true ? doses : undefined;
  const lines = [PATHWAY_TITLE, `Inputs: ${pathwayInputWords(result)}.`];
  if (okDoses) lines.push(`Doses for ${formatDoseWeight(okDoses)}${okDoses.input.weightConfirmed ? ', weight confirmed by the clinician' : ''}.`);
  const warnings = [...result.warnings, ...(okDoses ? okDoses.warnings.filter((w) => w.code !== 'config-invalid') : [])];
  for (const w of warnings) lines.push(noticeLine(w, ''));
  const cited: SourceId[] = [];
  let priority = '';
  for (const step of result.steps) {
    if (step.priority !== priority) {
      priority = step.priority;
      lines.push('', priority.toUpperCase());
    }
    const flag = step.indicator === 'info' ? '' : `[${step.indicator.toUpperCase()}] `;
    lines.push(`- ${flag}${step.title}${step.mandatory ? ' (MANDATORY)' : ''}`);
    if (step.indicator === 'critical') lines.push(`  ${step.text}`);
    const notices = stepNotices(step);
    lines.push(...notices.map((n) => noticeLine(n)));
    cited.push(...step.citations);
    // The doses and the notices the pathway shows with them (a notice already written on the
    // step is not repeated; one that every dose of the step carries is written once, after them).
    // The working and each drug's other checks are in the dose calculator's note.
    const shown = new Set(notices.map((n) => n.code));
    const doseLines = doseLinesForStep(step, okDoses);
    const each = doseLines.map((l) => pathwayDoseNotices(l).filter((n) => !shown.has(n.code)));
    const common = doseLines.length > 1 ? each[0].filter((n) => each.every((list) => list.some((m) => m.code === n.code))) : [];
    doseLines.forEach((line, k) => {
      const reference = referenceWords(step);
      lines.push(`  Dose: ${line.summary}${reference ? ` (${reference})` : ''}`);
      lines.push(...each[k].filter((n) => !common.some((c) => c.code === n.code)).map((n) => noticeLine(n, '    ')));
      cited.push(...line.citations);
    });
    if (common.length) lines.push(...common.map((n) => noticeLine(n, '  ').replace(/: /, ' (every dose above): ')));
  }
  lines.push('', ...sourcesBlock(cited), '', ...noteFooter(config, today));
  return lines.join('\n');
}

/**
 * The dose result as a dose reference for this weight (not a prescription): the inputs that
 * change the shown lines, the weight warnings, each line (the caller passes only the drugs it
 * shows) with its working and every notice, the sources compactly; `record` (from `recordNoteLines`) is
 * written after the inputs.
 */
export function doseNote(result: DoseResult, config?: unknown, today?: string, record?: readonly string[]): string {
  const note = safeNote<DoseResult>(DOSE_TITLE, 'calculateDoses', result, (r, on) => writeDoseNote(r, config, on), today);
  return withRecord(note, result, record);
}

function writeDoseNote(result: Extract<DoseResult, { ok: true }>, config: unknown, today: string): string {
  const i = result.input;
  const drugs = new Set(result.lines.map((l) => l.drug));
  const ivig = result.lines.find((l) => l.drug === 'ivig');
  const ivigWeight = ivig?.withheld
    ? 'withheld until the weight is confirmed'
    : `on ${LABELS.ivigDosingWeight[ivig?.dosingWeightKind ?? 'actual']}${i.ivigDosingWeight === 'adjusted' && ivig?.dosingWeightKind !== 'adjusted' ? ' (adjusted was chosen but does not apply)' : ''}`;
  const extras = [
    i.heightCm !== undefined ? `height ${formatNumber(i.heightCm, 1)} cm` : '',
    i.sex ? `sex ${i.sex}` : '',
    i.age !== undefined ? `age ${i.age}` : '',
    ivig ? `IVIG over ${ivig.days ?? i.ivigDays} days ${ivigWeight}` : '',
    drugs.has('azathioprine') ? LABELS.tpmt[i.tpmt] : '',
    i.startDate && drugs.has('rituximab') ? `start date ${formatDate(i.startDate)}` : '',
    i.methotrexateDay && drugs.has('methotrexate') ? `methotrexate day ${LABELS.weekday[i.methotrexateDay]}` : '',
  ].filter(Boolean);
  const lines = [
    `${DOSE_TITLE} for ${formatDoseWeight(result)}: not a prescription; check each dose against the local protocol.`,
    `Inputs: weight ${formatDoseWeight(result)}${i.weightConfirmed && result.weightConfirmationRequired ? ' (confirmed by the clinician)' : ''}${extras.length ? `; ${extras.join('; ')}` : ''}.`,
  ];
  for (const w of result.warnings) lines.push(noticeLine(w, ''));
  lines.push('');
  for (const line of result.lines) lines.push(...doseLineNote(line));
  lines.push('', ...sourcesBlock(result.lines.flatMap((l) => l.citations)), '', ...noteFooter(config, today));
  return lines.join('\n');
}

/** What each input the record can fill is called in a note and beside its control. */
const RECORD_INPUT_WORDS: Record<string, string> = {
  weight: 'weight',
  heightCm: 'height',
  age: 'age',
  sex: 'sex',
  tpmt: 'TPMT/NUDT15',
  antibody: 'antibody',
  statin: 'statin',
  checkpointInhibitor: 'checkpoint inhibitor',
  ckTimesUln: 'CK × ULN',
};

const inputName = (path: string) => path.replace(/^[a-z]+\./, '');

/** The name of an input the record filled ('doses.heightCm' → "height"). */
export function recordInputWords(path: string): string {
  const name = inputName(String(path));
  return Object.prototype.hasOwnProperty.call(RECORD_INPUT_WORDS, name) ? RECORD_INPUT_WORDS[name] : name;
}

/**
 * A value from the record in words, with its unit ("72 kg", "170.18 cm", "65 years", "anti-HMGCR", "yes").
 * The record's weight is always in kg (pounds are converted once when it is read).
 */
export function recordValueWords(path: string, value: unknown): string {
  const name = inputName(String(path));
  const label = (table: Record<string, string>) => (typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value) ? table[value] : String(value));
  if (typeof value === 'number') {
    const n = formatNumber(value, 2);
    return name === 'weight' ? `${n} kg` : name === 'heightCm' ? `${n} cm` : name === 'ckTimesUln' ? `${n} × ULN` : name === 'age' ? `${n} years` : n;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (name === 'antibody') return label(LABELS.antibody);
  if (name === 'statin') return label(LABELS.statin);
  if (name === 'tpmt') return label(LABELS.tpmt);
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/** One input the record gave: its value, where it came from, and whether the input uses it. */
export interface RecordNoteUse {
  path: string;
  value: unknown;
  used: boolean;
  provenance: { resourceType: string; id: string; effective?: string; stale?: boolean };
  /** Who gave the value used instead of the record's (when `used` is false). */
  overriddenBy?: 'user' | 'page' | 'unit';
}

/**
 * The lines a note adds for the patient record: each input the record gave, with its value, its
 * resource and date, a stale weight marked, and whether the input uses it or another value was
 * given; then the record's own notices (conflicts, unreadable or future-dated resources…).
 * Empty when the record gave nothing and said nothing.
 */
export function recordNoteLines(uses: readonly RecordNoteUse[], notices: readonly Notice[] = []): string[] {
  if (!uses.length && !notices.length) return [];
  const not = (u: RecordNoteUse) =>
    u.overriddenBy === 'page'
      ? ' — not used: the page gave another value'
      : u.overriddenBy === 'unit'
        ? ' — not used: the weight unit given is not kg'
        : ' — not used: changed here';
  return [
    'From the patient record:',
    ...uses.map((u) => {
      const p = u.provenance;
      const source = `${p.resourceType}/${p.id}${p.effective ? `, ${formatShortDate(p.effective)}` : ''}`;
      return `- ${recordInputWords(u.path)}: ${recordValueWords(u.path, u.value)} (${source})${p.stale ? ' — older than a weight may be for dosing: weigh the patient' : ''}${u.used ? '' : not(u)}`;
    }),
    ...notices.map((n) => noticeLine(n, '- ')),
  ];
}

/** A note with the record's lines after its first block (the title, the inputs and their warnings). */
function withRecord(note: string, result: unknown, record: readonly string[] | undefined): string {
  if (!record?.length || !isPlainObject(result) || result.ok !== true) return note;
  const lines = note.split('\n');
  const at = lines.indexOf('');
  if (at < 0) return note;
  lines.splice(at, 0, '', ...record);
  return lines.join('\n');
}
