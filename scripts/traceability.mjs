// Traceability: clinical rules (src/content) → sources → the tests that check them, and
// hazards (docs/safety.md) → the tests that prove their mitigation.
//
// A test names what it checks in its it()/test() title: `[rule:<id>]` for a content-spec
// rule (STEP_RULES[].rule or DRUG_RULES.*.rule) and `[hazard:<id>]` for a docs/safety.md row.
//
//   npm run traceability            writes docs/traceability.md
//   node scripts/traceability.mjs --check   exits 1 when it is out of date or a rule is untested
//
// The functions are exported for test/node/traceability.test.mjs and safety-log.test.mjs.
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentModules } from './content-modules.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DOC_PATH = 'docs/traceability.md';
export const SAFETY_PATH = 'docs/safety.md';
const TAG = /\[(rule|hazard):([^\]\s]*)\]/g;

const posix = (p) => p.split(sep).join('/');

let tsModule;
/** TypeScript (a dev dependency), loaded on first use. */
const typescript = () => (tsModule ??= createRequire(import.meta.url)('typescript'));

/** The rules as the content source defines them (scripts/content-modules.mjs). */
export async function loadContentRules(root = ROOT) {
  const { 'pathway-rules': pathway, 'drug-rules': drugs, inputs, version } = await loadContentModules(root);
  return {
    contentVersion: version.CONTENT_VERSION,
    contentDate: version.CONTENT_DATE,
    stepIds: [...pathway.STEP_IDS],
    drugIds: [...inputs.DRUG_IDS],
    pathway: [...pathway.STEP_RULES, ...pathway.DERIVED_STEP_RULES].map((r) => ({
      rule: r.rule,
      step: r.step,
      priority: r.priority,
      indicator: r.indicator,
      mandatory: r.mandatory,
      citations: [...new Set([...r.citations, ...(r.additions ?? []).flatMap((a) => a.citations ?? []), ...(pathway.STEP_TAILS[r.step]?.citations ?? [])])],
    })),
    dose: Object.values(drugs.DRUG_RULES).map((r) => ({
      rule: r.rule,
      drug: r.drug,
      citations: [
        ...new Set([
          ...r.citations,
          ...(r.capCitations ?? []),
          ...(r.weightCitations ?? []),
          ...(r.iciCitations ?? []),
          ...(r.vialCitations ?? []),
          ...(r.myasthenicCitations ?? []),
          ...Object.values(r.tpmtCitations ?? {}).flat(),
        ]),
      ],
    })),
  };
}

/** Every test file: test/**\/*.test.ts and test/**\/*.test.mjs, sorted, relative to the root. */
export function testFiles(root = ROOT) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && !name.startsWith('.')) walk(path);
      } else if (/\.test\.(ts|mjs)$/.test(name)) {
        found.push(posix(relative(root, path)));
      }
    }
  };
  walk(join(root, 'test'));
  return found.sort();
}

/** Reads a JS/TS string literal starting at `i` (a quote or backtick). Returns its raw text and end. */
function readLiteral(text, i) {
  const quote = text[i];
  let j = i + 1;
  let value = '';
  let depth = 0;
  while (j < text.length) {
    const ch = text[j];
    if (depth === 0 && ch === '\\') {
      value += text[j + 1] ?? '';
      j += 2;
      continue;
    }
    if (quote === '`' && depth === 0 && ch === '$' && text[j + 1] === '{') {
      depth = 1;
      value += '${';
      j += 2;
      continue;
    }
    if (depth > 0) {
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      value += ch;
      j++;
      continue;
    }
    if (ch === quote) return { value, end: j + 1 };
    if (quote !== '`' && ch === '\n') return undefined;
    value += ch;
    j++;
  }
  return undefined;
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** A test file parsed by TypeScript (`.ts` as TypeScript, anything else as JavaScript). */
function parseSource(text, file) {
  const ts = typescript();
  const kind = /\.[cm]?tsx?$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** The name of a property written as `name: …` or `'name': …`. */
function propertyName(ts, name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : undefined;
}

/**
 * A table-driven test titled `[rule:${row.rule}] …` checks the ids its table gives as
 * `rule: '<id>'`. They are read from the code of the same file, parsed by TypeScript: every
 * object-literal property named `rule` (the last name of the tag's expression) whose value is
 * a string literal, wherever the table builds it (an array of objects, or an object returned
 * from a .map()). A `rule: '<id>'` inside a comment or inside another string is not code and
 * is not counted. Returns the entries in file order: `{ id, entry }`, `entry` being the object
 * literal that carries the id.
 */
function tableEntries(source, prop) {
  const ts = typescript();
  const entries = [];
  const visit = (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isObjectLiteralExpression(node.parent) &&
      propertyName(ts, node.name) === prop &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      entries.push({ id: node.initializer.text, entry: node.parent });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const shorten = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a reader needs to tell one table entry from another: the source text of the entry's
 * properties that the title shows (`${row.input}`, `${row.id}`: up to two), or else of its
 * first other property; one line, truncated. '' when the entry has no such property.
 */
function entrySample(source, entry, prop, shown) {
  const ts = typescript();
  const named = entry.properties
    .filter((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
    .map((p) => ({ name: propertyName(ts, p.name), node: p }))
    .filter((p) => p.name !== prop);
  let picked = shown.map((name) => named.find((p) => p.name === name)).filter(Boolean).slice(0, 2);
  if (!picked.length) picked = named.slice(0, 1);
  return shorten(oneLine(picked.map((p) => p.node.getText(source)).join(', ')), 100);
}

/** Up to this many entries of a table are quoted in docs/traceability.md for each rule. */
const SAMPLES = 3;

/**
 * The tests of one file: every it()/test() call whose title is a string literal, with the
 * tags in its title. Problems (the check fails): a tag outside a test title (it would trace
 * nothing) and `.only` (it silently stops the other tests of the file from running). Notes
 * (listed, not failures): a tag built at run time that cannot be read statically, which is
 * therefore not counted.
 */
export function scanTestFile(text, file) {
  const tests = [];
  const problems = [];
  const notes = [];
  const titleSpans = [];
  let source;
  const parsed = () => (source ??= parseSource(text, file));
  const call = /(?<![\w$.])(it|test|xit|specify)(?:\.(only|skip|todo))?\s*\(\s*/g;
  for (let m; (m = call.exec(text)); ) {
    const start = m.index + m[0].length;
    if (!`'"\``.includes(text[start])) continue;
    const lit = readLiteral(text, start);
    if (!lit) continue;
    titleSpans.push([start, lit.end]);
    const skipped = m[1] === 'xit' || m[2] === 'skip' || m[2] === 'todo';
    const tags = { rule: [], hazard: [] };
    let table = false;
    /** `kind:id` → the table entries that carry the id: how many, and up to SAMPLES quoted. */
    const rows = {};
    for (const t of lit.value.matchAll(TAG)) {
      const dynamic = /^\$\{\s*([\w$]+(?:\.[\w$]+)*)\s*\}$/.exec(t[2]);
      const entries = dynamic ? tableEntries(parsed(), dynamic[1].split('.').pop()) : [];
      const ids = dynamic ? [...new Set(entries.map((e) => e.id))] : t[2].includes('${') ? [] : [t[2]];
      if (dynamic) {
        table = true;
        const path = dynamic[1].split('.');
        const prop = path.pop();
        // The row's other properties the title shows: `${row.input}`, `${JSON.stringify(row.id)}`.
        const shown = path.length
          ? [...new Set([...lit.value.matchAll(new RegExp(`(?<![\\w$.])${escapeRe(path.join('.'))}\\.([\\w$]+)`, 'g'))].map((x) => x[1]))]
          : [];
        for (const e of entries) {
          const row = (rows[`${t[1]}:${e.id}`] ??= { count: 0, samples: [] });
          row.count++;
          const sample = row.samples.length < SAMPLES ? entrySample(parsed(), e.entry, prop, shown) : '';
          if (sample) row.samples.push(sample);
        }
      }
      if (!ids.length) {
        notes.push(
          `${file}:${lineOf(text, start)}: tag "${t[0]}" is built at run time${
            dynamic ? ` and no \`${dynamic[1].split('.').pop()}: '…'\` table entries were found in the file` : ''
          }, so it is not counted; write the id literally in the title (or as \`rule: '<id>'\` rows of a table).`,
        );
      }
      for (const id of ids) if (!tags[t[1]].includes(id)) tags[t[1]].push(id);
    }
    if (m[2] === 'only') problems.push(`${file}:${lineOf(text, m.index)}: ${m[1]}.only stops the other tests of this file from running.`);
    tests.push({ file, line: lineOf(text, m.index), title: lit.value, skipped, table, rows, rules: tags.rule, hazards: tags.hazard });
  }
  for (const t of text.matchAll(TAG)) {
    const inTitle = titleSpans.some(([a, b]) => t.index >= a && t.index < b);
    if (!inTitle) {
      problems.push(
        `${file}:${lineOf(text, t.index)}: tag "${t[0]}" is not in an it()/test() title, so it traces no test; move it into the title of the test that checks it.`,
      );
    }
  }
  if (/(?<![\w$.])(describe\.only|describe\.skip|xdescribe|context\.skip)\s*\(/.test(text) && tests.some((t) => t.rules.length || t.hazards.length)) {
    problems.push(`${file}: a skipped or exclusive describe block makes the tagged tests of this file unreliable; remove .skip/.only.`);
  }
  return { tests, problems, notes };
}

/** Every test of every test file, with its tags, every problem (a failure) and note found. */
export function collectTests(root = ROOT) {
  const tests = [];
  const problems = [];
  const notes = [];
  for (const file of testFiles(root)) {
    const scan = scanTestFile(readFileSync(join(root, file), 'utf8'), file);
    tests.push(...scan.tests);
    problems.push(...scan.problems);
    notes.push(...scan.notes);
  }
  return { tests, problems, notes };
}

/**
 * The hazard rows of docs/safety.md: `| H01 | title | … | tests |`. The tags a row names are
 * the `[rule:…]`/`[hazard:…]` tags anywhere in the row (normally in its last cell).
 */
export function loadHazards(root = ROOT) {
  const text = readFileSync(join(root, SAFETY_PATH), 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    const m = /^\|\s*(H\d{2,3})\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2].split('|').map((c) => c.trim());
    const tags = [...line.matchAll(TAG)].map((t) => `${t[1]}:${t[2]}`);
    rows.push({ id: m[1], title: cells[0].replace(/\*\*/g, ''), row: line, tags: [...new Set(tags)] });
  }
  return rows;
}

/** Rule ids with no (non-skipped) test, tags naming rules that do not exist, duplicate ids. */
export function checkRules(ruleIds, tests) {
  const errors = [];
  const known = new Set(ruleIds);
  const seen = new Set();
  for (const id of ruleIds) {
    if (seen.has(id)) errors.push(`rule id "${id}" is defined twice in src/content.`);
    seen.add(id);
  }
  const live = tests.filter((t) => !t.skipped);
  for (const id of known) {
    if (!live.some((t) => t.rules.includes(id))) {
      errors.push(`rule "${id}" has no test: tag the test that checks it with [rule:${id}] in its title.`);
    }
  }
  for (const t of tests) {
    for (const id of t.rules) {
      if (!known.has(id)) errors.push(`${t.file}:${t.line}: test "${t.title}" names rule "${id}", which does not exist in src/content.`);
    }
  }
  return errors;
}

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const placeholders = new Map();
/**
 * A readable name for an expression interpolated in a title: `${JSON.stringify(row.input)}`
 * → input, `${label || '(defaults)'}` → label, `${capped ? ' (capped)' : ''}` → capped; '…'
 * when there is no name to show.
 */
function placeholder(expr) {
  if (placeholders.has(expr)) return placeholders.get(expr);
  const ts = typescript();
  const nameOf = (n) => {
    if (!n) return undefined;
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression?.(n)) return nameOf(n.expression);
    if (ts.isIdentifier(n)) return n.text;
    if (ts.isPropertyAccessExpression(n)) return n.name.text;
    if (ts.isElementAccessExpression(n)) return nameOf(n.expression);
    if (ts.isCallExpression(n)) {
      for (const a of n.arguments) {
        const name = nameOf(a);
        if (name) return name;
      }
      return ts.isPropertyAccessExpression(n.expression) ? nameOf(n.expression.expression) : undefined;
    }
    if (ts.isBinaryExpression(n)) return nameOf(n.left) ?? nameOf(n.right);
    if (ts.isConditionalExpression(n)) return nameOf(n.condition);
    if (ts.isPrefixUnaryExpression(n)) return nameOf(n.operand);
    if (ts.isTemplateExpression(n)) return n.templateSpans.map((t) => nameOf(t.expression)).find(Boolean);
    return undefined;
  };
  const statement = ts.createSourceFile('title.ts', `(${expr});`, ts.ScriptTarget.Latest).statements[0];
  const name = (statement && ts.isExpressionStatement(statement) && nameOf(statement.expression)) || '…';
  placeholders.set(expr, `‹${name}›`);
  return placeholders.get(expr);
}

/** A title as a reader should see it: each `${…}` it interpolates becomes ‹name›. */
export function readableTitle(title) {
  let out = '';
  let i = 0;
  for (let at; (at = title.indexOf('${', i)) >= 0; ) {
    let depth = 1;
    let j = at + 2;
    while (j < title.length && depth) {
      if (title[j] === '{') depth++;
      if (title[j] === '}') depth--;
      j++;
    }
    if (depth) break;
    out += title.slice(i, at) + placeholder(title.slice(at + 2, j - 1));
    i = j;
  }
  return out + title.slice(i);
}

const code = (s) => {
  const text = cell(s);
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
};
/**
 * One test without its file: its readable title; a table-driven test shows the id it traces in
 * its tag, how many entries of its table carry that id and the first few of them.
 */
const testText = (t, kind, id) => {
  const tagged = t.table && id ? t.title.replace(new RegExp(`\\[${kind}:\\$\\{[^}]*\\}\\]`), `[${kind}:${id}]`) : t.title;
  let text = cell(readableTitle(tagged));
  const rows = id && t.rows?.[`${kind}:${id}`];
  if (rows) {
    text += ` — table-driven, ${rows.count} table ${rows.count === 1 ? 'entry' : 'entries'}`;
    if (rows.samples.length) text += `: ${rows.samples.map(code).join('; ')}${rows.count > rows.samples.length ? '; …' : ''}`;
  } else if (t.table) {
    text += ' (table-driven)';
  }
  return text + (t.skipped ? ' (skipped)' : '');
};
/** One test in a Tests cell: its file, then testText. */
const testItem = (t, kind, id) => `\`${t.file}\`: ${testText(t, kind, id)}`;
const testList = (tests, kind, id) => (tests.length ? tests.map((t) => testItem(t, kind, id)).join('<br>') : '**none**');
/** The tests of a hazard, grouped under their file: files sorted by path, tests by line. */
const testsByFile = (tests, kind, id) => {
  if (!tests.length) return '**none**';
  const files = [...new Set(tests.map((t) => t.file))].sort();
  const inFile = (file) => tests.filter((t) => t.file === file).sort((a, b) => a.line - b.line);
  return files
    .map((file) => [`\`${file}\`:`, ...inFile(file).map((t) => `– ${testText(t, kind, id)}`)].join('<br>'))
    .join('<br>');
};
const hazardNumber = (id) => Number(id.replace(/\D/g, ''));

/** The Markdown of docs/traceability.md. Deterministic: no dates, sorted input. */
export function renderTraceability({ content, tests, hazards, notes = [] }) {
  const byRule = (id) => tests.filter((t) => t.rules.includes(id));
  const byHazard = (id) => tests.filter((t) => t.hazards.includes(id));
  const tagged = tests.filter((t) => t.rules.length || t.hazards.length);
  const lines = [
    '# Traceability: clinical rules → sources → tests',
    '',
    '<!-- Generated by `npm run traceability` (scripts/traceability.mjs). Do not edit by hand:',
    '     test/node/traceability.test.mjs fails when this file is out of date. -->',
    '',
    `Clinical content ${content.contentVersion} (${content.contentDate}). ${content.pathway.length} pathway rules (content-spec §3), ${content.dose.length} dose rules (content-spec §4), ${hazards.length} hazards (docs/safety.md); ${tagged.length} tagged tests.`,
    '',
    'Each rule id is the `rule` field of an entry in `src/content/pathway-rules.ts` (STEP_RULES) or',
    '`src/content/drug-rules.ts` (DRUG_RULES). A test names the rule it checks with `[rule:<id>]` in',
    'its title, and the hazard it covers with `[hazard:<id>]`. Source ids are those of content-spec §1',
    '(`src/content/sources.ts`).',
    '',
    'A title shows each value it interpolates as ‹name›. A table-driven test (`[rule:${row.rule}] …`,',
    'run once for each entry of a table in its file) is listed under each rule its table names, with',
    `the number of table entries that carry the rule and the first ${SAMPLES} of them as written in the file`,
    '(an entry written once inside a `.map()` counts once, however many rows it makes).',
    '',
    '## Pathway rules (content-spec §3)',
    '',
    '| Rule | Step | Priority / indicator | Sources | Tests |',
    '|---|---|---|---|---|',
    ...content.pathway.map(
      (r) =>
        `| \`${r.rule}\` | \`${r.step}\` | ${r.priority} / ${r.indicator}${r.mandatory ? ' (mandatory)' : ''} | ${r.citations.join(', ')} | ${testList(byRule(r.rule), 'rule', r.rule)} |`,
    ),
    '',
    '## Dose rules (content-spec §4)',
    '',
    '| Rule | Drug | Sources | Tests |',
    '|---|---|---|---|',
    ...content.dose.map((r) => `| \`${r.rule}\` | \`${r.drug}\` | ${r.citations.join(', ')} | ${testList(byRule(r.rule), 'rule', r.rule)} |`),
    '',
    '## Hazards → tests (docs/safety.md)',
    '',
    'Each hazard of the log, with every test whose title carries its `[hazard:<id>]` tag, by file,',
    'and the rules the log names for it (their tests are listed above).',
    '`test/node/safety-log.test.mjs` fails when a hazard has no test of its own, or names a tag no test carries.',
    '',
    '| Hazard | Title | Tests, by file | Rules the log names |',
    '|---|---|---|---|',
    ...[...hazards]
      .sort((a, b) => hazardNumber(a.id) - hazardNumber(b.id) || a.id.localeCompare(b.id))
      .map((h) => {
        const rules = h.tags.filter((t) => t.startsWith('rule:')).map((t) => `\`${t.slice(5)}\``);
        return `| ${h.id} | ${cell(h.title)} | ${testsByFile(byHazard(h.id), 'hazard', h.id)} | ${rules.join(', ') || '–'} |`;
      }),
    '',
    ...(notes.length
      ? ['## Tags not counted', '', 'These tags are built at run time, so this table cannot tell which rule they name:', '', ...notes.map((n) => `- ${n}`), '']
      : []),
  ];
  return lines.join('\n');
}

/** Everything the document and the checks need, read from the working tree. */
export async function gather(root = ROOT) {
  const content = await loadContentRules(root);
  const { tests, problems, notes } = collectTests(root);
  const hazards = loadHazards(root);
  return { content, tests, problems, notes, hazards };
}

const normalise = (s) => s.replace(/\r\n?/g, '\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = await gather();
  const doc = renderTraceability(data);
  const path = join(ROOT, DOC_PATH);
  const errors = [
    ...data.problems,
    ...checkRules([...data.content.pathway, ...data.content.dose].map((r) => r.rule), data.tests),
  ];
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing: reported below */
    }
    if (normalise(current) !== doc) errors.push(`${DOC_PATH} is out of date: run npm run traceability.`);
  } else {
    writeFileSync(path, doc);
    console.log(`Wrote ${DOC_PATH}.`);
  }
  for (const n of data.notes) console.warn(`note: ${n}`);
  for (const e of errors) console.error(e);
  process.exit(errors.length ? 1 : 0);
}
