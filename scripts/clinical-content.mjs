// docs/clinical-content.md, generated from the clinical content itself (src/content): every
// input and its accepted values, every pathway rule with its condition, priority, indicator,
// text and sources, every dose rule with its numbers, rounding, checks and notices, the product
// limits, the follow-up rules, the record codes and the sources — so an evaluator can audit the
// content without reading code. Nothing here is written by hand except the headings and the
// sentences that say how to read the tables.
//
//   npm run clinical-content            writes docs/clinical-content.md
//   node scripts/clinical-content.mjs --check   exits 1 when the file is out of date
//
// test/node/clinical-content.test.mjs runs the check on every `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadContentModules } from './content-modules.mjs';

export const DOC_PATH = 'docs/clinical-content.md';

const cell = (v) => String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const cites = (ids) => (ids?.length ? [...new Set(ids)].map((id) => `\`${id}\``).join(', ') : '—');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
const num = (v) => (typeof v === 'number' ? String(v) : v);

/** A plain value as words: numbers, lists and small objects. */
function words(v) {
  if (v === null) return 'none (do not use)';
  if (Array.isArray(v)) return v.map(words).join(', ');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k} ${words(x)}`).join('; ');
  return String(v);
}

function inputsSection(m) {
  const { inputs, 'pathway-rules': pathway } = m;
  const L = inputs.LIMITS;
  const out = ['## 1. Inputs', '', 'Every input is optional unless it says "required"; any other value is a field error naming the field and what it accepts.', ''];
  out.push('### Pathway', '');
  out.push(
    ...table(
      ['input', 'accepted values (default first where one applies)', 'in words'],
      [
        ['antibody', inputs.ANTIBODIES.join(', '), inputs.ANTIBODIES.map((a) => inputs.LABELS.antibody[a]).join('; ')],
        ['statin', inputs.STATIN_EXPOSURES.join(', '), inputs.STATIN_EXPOSURES.map((a) => inputs.LABELS.statin[a]).join('; ')],
        ['checkpointInhibitor', 'true, false (default false)', 'receiving or recently received an immune checkpoint inhibitor'],
        ['severity', inputs.SEVERITIES.join(', '), inputs.SEVERITIES.map((s) => inputs.LABELS.ctcaeGrade[s]).join('; ')],
        ['redFlags', inputs.RED_FLAGS.join(', '), inputs.RED_FLAGS.map((f) => inputs.LABELS.redFlag[f]).join('; ')],
        ['phase', inputs.PHASES.join(', '), inputs.PHASES.map((p) => inputs.LABELS.phase[p]).join('; ')],
        ['age', `whole years, ${L.ageYears.min}–${L.ageYears.max}`, 'adults only: under 18 is an error'],
        ['ckTimesUln', `${L.ckTimesUln.min}–${L.ckTimesUln.max}`, 'the latest CK as a multiple of the upper limit of normal'],
      ],
    ),
    '',
    `Defaults: ${Object.entries(inputs.PATHWAY_DEFAULTS).map(([k, v]) => `${k} ${Array.isArray(v) ? (v.length ? v.join(', ') : 'none') : v}`).join('; ')}.`,
    '',
    `**Effective severity.** Every rule uses the given severity raised to severe when any red flag is present (life-threatening is never lowered); the result then carries a warning saying so. The grade-2 CK threshold with a checkpoint inhibitor is ${pathway.ICI_GRADE_2_CK_TIMES_ULN} × ULN.`,
    '',
  );
  out.push('### Doses', '');
  out.push(
    ...table(
      ['input', 'accepted values', 'notes'],
      [
        ['weight (required)', `${L.weightKg.min}–${L.weightKg.max} kg, or the same in lb`, `1 lb = ${L.kgPerLb} kg, converted once to kg with two decimals`],
        ['weightUnit', inputs.WEIGHT_UNITS.join(', '), 'kg by default; an institution can refuse lb (units.allowPounds)'],
        ['weightConfirmed', 'true, false', 'the clinician confirmed an unusual weight as a measured weight in kg'],
        ['heightCm', `${L.heightCm.min}–${L.heightCm.max}`, 'with sex: BMI, ideal and adjusted body weight'],
        ['sex', inputs.SEXES.join(', '), ''],
        ['age', `${L.ageYears.min}–${L.ageYears.max}`, 'adults only'],
        ['ivigDays', `${L.ivigDays.min}–${L.ivigDays.max} (default ${inputs.DOSE_DEFAULTS.ivigDays})`, ''],
        ['ivigDosingWeight', inputs.IVIG_DOSING_WEIGHTS.join(', '), `default ${inputs.DOSE_DEFAULTS.ivigDosingWeight}`],
        ['tpmt', inputs.TPMT_STATUSES.join(', '), `default ${inputs.DOSE_DEFAULTS.tpmt}`],
        ['startDate', 'a calendar date YYYY-MM-DD', 'gives the rituximab dates'],
        ['methotrexateDay', inputs.WEEKDAYS.join(', '), 'the one weekday of the weekly dose'],
        ['checkpointInhibitor, severity, ckTimesUln, redFlags', 'as for the pathway', 'the pathway passes its context (effective severity) to the dose lines'],
      ],
    ),
    '',
    `**Weight confirmation tier (product limit).** A weight below ${L.plausibleWeightKg.min} kg, of ${L.plausibleWeightKg.max} kg or more, or with a height a BMI below ${L.plausibleBmi.min} or above ${L.plausibleBmi.max} (compared unrounded) must be confirmed before any weight-based line (${m['drug-rules'].WEIGHT_BASED_DRUGS.join(', ')}) shows a dose; fixed-dose lines stay. A weight from the patient record never counts as confirmed.`,
    '',
  );
  return out;
}

function additionLines(rule) {
  return (rule.additions ?? []).map(
    (a) => `  - *${a.condition}*${a.level ? ` (a ${a.level} notice)` : ''}: ${a.text}${a.citations?.length ? ` (${cites(a.citations)})` : ''}`,
  );
}

function pathwaySection(m) {
  const p = m['pathway-rules'];
  const inputs = m.inputs;
  const out = [
    '## 2. Pathway steps',
    '',
    `Steps are shown in priority order (${p.PRIORITIES.join(' → ')}), then in the order below. When several rows of one step fire, the step is shown once with the highest priority and indicator of its rows, every reason, and the rows' texts in this order (a later row uses its shorter merge text where it has one). Indicators: ${p.INDICATORS.join(', ')}.`,
    '',
  ];
  const rules = [...p.STEP_RULES, ...p.DERIVED_STEP_RULES];
  for (const id of p.STEP_IDS) {
    out.push(`### \`${id}\``, '');
    for (const r of rules.filter((x) => x.step === id)) {
      out.push(
        `- **Rule \`${r.rule}\`** — shown when: ${r.condition}. **${r.priority} / ${r.indicator}**${r.mandatory ? ' — withdrawal is **mandatory**' : ''}.`,
        `  - Title: ${r.title}`,
        `  - Text: ${r.text}`,
        ...(r.mergeText ? [`  - Merge text (when another row of the step comes first): ${r.mergeText}`] : []),
        ...additionLines(r),
        `  - Sources: ${cites(r.citations)}`,
      );
    }
    const tail = p.STEP_TAILS[id];
    if (tail) out.push(`- Every row of this step ends with: ${tail.text} (${cites(tail.citations)})`);
    const drugs = p.STEP_DOSE_DRUGS[id];
    if (drugs) out.push(`- With a weight, the step shows the dose lines of: ${drugs.map((d) => inputs.LABELS.drug[d]).join(', ')}.`);
    for (const n of p.STEP_DRUG_NOTICES[id] ?? []) {
      const notice = m['drug-rules'].DRUG_RULES[n.drug].notices.find((x) => x.code === n.code);
      out.push(`- The step always carries the ${notice.level} notice \`${n.code}\`: ${notice.message}`);
    }
    out.push('');
  }
  out.push('### Background notes (shown collapsed, never as steps)', '');
  for (const n of p.CLINICAL_NOTES) out.push(`- **${n.title}.** ${n.text} (${cites(n.citations)})`);
  out.push('');
  return out;
}

function noticeRows(list) {
  return (list ?? []).filter(Boolean).map((n) => `  - ${n.level} \`${n.code}\`: ${n.message}`);
}

function dosesSection(m) {
  const d = m['drug-rules'];
  const out = [
    '## 3. Doses',
    '',
    'Each line shows the basis and the result, any rounding or cap, the dosing weight in kg and lb, its notices and its sources. Ranges round inward (minimum up, maximum down); single values to the nearest step; caps apply after rounding. Numbers are written the ISMP way: no trailing zeros, a leading zero, a space before the unit, a thousands separator.',
    '',
  ];
  const skip = new Set(['drug', 'rule', 'citations', 'notices', 'route', 'tpmtNotices', 'iciNotices', 'myastheniaNotice', 'tpmtCitations']);
  for (const [id, r] of Object.entries(d.DRUG_RULES)) {
    out.push(`### ${m.inputs.LABELS.drug[id]} (\`${r.rule}\`)`, '', `- Route and frequency: ${r.route}.`);
    for (const [k, v] of Object.entries(r)) {
      if (skip.has(k)) continue;
      out.push(`- \`${k}\`: ${/Citations$/.test(k) ? cites(v) : words(num(v))}`);
    }
    out.push(`- Sources: ${cites(r.citations)}`);
    if (r.notices?.length) out.push('- Notices on every line:', ...noticeRows(r.notices));
    if (r.tpmtNotices) out.push('- Notices by TPMT/NUDT15 status:', ...noticeRows(Object.values(r.tpmtNotices)));
    if (r.tpmtCitations) out.push(`- Extra sources by TPMT/NUDT15 status: ${Object.entries(r.tpmtCitations).map(([k, v]) => `${k}: ${cites(v)}`).join('; ')}`);
    if (r.iciNotices) out.push('- Notices with a checkpoint inhibitor:', ...noticeRows(Object.values(r.iciNotices)));
    if (r.myastheniaNotice) out.push('- Notice with myasthenic features:', ...noticeRows([r.myastheniaNotice]));
    out.push('');
  }
  out.push(
    '### Across lines',
    '',
    `- Oral lines (${d.ORAL_DRUGS.join(', ')}) with the bulbar red flag carry the ${d.BULBAR_NOTICE.level} notice \`${d.BULBAR_NOTICE.code}\`: ${d.BULBAR_NOTICE.message}`,
    `- Weight-based lines (${d.WEIGHT_BASED_DRUGS.join(', ')}) are withheld until an unusual weight is confirmed: "${d.WEIGHT_NOTICES.withheld}" The weight notice reads "${d.WEIGHT_NOTICES.unusual}", "${d.WEIGHT_NOTICES.confirmed}" once confirmed, adds "${d.WEIGHT_NOTICES.pounds('160', '72.57')}" for a kg value of 150 or more and "${d.WEIGHT_NOTICES.bmi('52', '170')}" for an implausible BMI (${cites(d.WEIGHT_NOTICES.citations)}).`,
    `- Inside the pathway's steps a dose line shows its critical notices and these dose-qualifying warnings: ${d.PATHWAY_DOSE_NOTICE_CODES.map((c) => `\`${c}\``).join(', ')}; the calculator shows every notice.`,
    '',
  );
  return out;
}

function limitsSection(m) {
  const C = m.inputs.CONFIG_LIMITS;
  const out = ['## 4. Institution configuration (product limits)', '', 'Settings an institution may change; each changed value is labelled "local policy" beside the published default. Values outside these ranges make the whole configuration ignored, with a notice.', ''];
  out.push(...table(['setting', 'accepted'], Object.entries(C).map(([k, v]) => [k, words(v)])), '');
  return out;
}

/** Any other content module (follow-up, record codes): its exported data, as tables of values. */
function otherSection(title, mod) {
  if (!mod) return [];
  const out = [`## ${title}`, ''];
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function') continue;
    out.push(`### \`${name}\``, '');
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...table(['key', 'value'], Object.entries(value).filter(([, v]) => typeof v !== 'function').map(([k, v]) => [k, Array.isArray(v) || typeof v !== 'object' ? words(v) : JSON.stringify(v)])), '');
    } else out.push(words(value), '');
  }
  return out;
}

function sourcesSection(m) {
  const s = m.sources;
  return [
    '## Sources',
    '',
    ...table(['id', 'kind', 'citation'], s.SOURCE_IDS.map((id) => [`\`${id}\``, s.SOURCES[id].kind, s.SOURCES[id].citation])),
    '',
  ];
}

export async function renderDoc(root = ROOT) {
  const m = await loadContentModules(root);
  const { CONTENT_VERSION, CONTENT_DATE } = m.version;
  const about = m.about.INTENDED_USE;
  const lines = [
    `# Clinical content ${CONTENT_VERSION} (${CONTENT_DATE})`,
    '',
    '<!-- Generated from src/content by `npm run clinical-content` (scripts/clinical-content.mjs). Do not edit by hand:',
    '     test/node/clinical-content.test.mjs fails when this file is out of date. -->',
    '',
    `${about.summary} ${about.notFor} ${about.judgement}`,
    '',
    'This document lists every rule, number, product limit and source the widgets use, as the content files define them. Product limits (input ranges, plausibility checks, tolerances, thresholds named "product choice") are safety design, not clinical facts. Every source id is listed in full at the end.',
    '',
    ...inputsSection(m),
    ...pathwaySection(m),
    ...dosesSection(m),
    ...limitsSection(m),
    ...otherSection('5. Follow-up', m['follow-up-rules']),
    ...otherSection('6. Record codes (FHIR)', m['fhir-codes']),
    ...sourcesSection(m),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const doc = await renderDoc();
  const path = join(ROOT, DOC_PATH);
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8');
    if (current !== doc) {
      console.error(`${DOC_PATH} is out of date: run npm run clinical-content`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, doc);
    console.log(`wrote ${DOC_PATH}`);
  }
}
