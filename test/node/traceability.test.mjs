// Traceability (docs/safety.md H14, content-spec §3/§4): every clinical rule id of the built
// core has a test that names it with a rule tag in its title, every rule a test names exists,
// and the committed docs/traceability.md is what scripts/traceability.mjs generates now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  DOC_PATH,
  checkRules,
  collectTests,
  gather,
  readableTitle,
  renderTraceability,
  scanTestFile,
} from '../../scripts/traceability.mjs';

// Tags are assembled here so that this file itself carries none.
const tag = (kind, id) => `[${kind}:${id}]`;
const ONLY = ['it', 'only'].join('.');

async function builtRuleIds() {
  let core;
  try {
    core = await import('nam-cds/core');
  } catch (error) {
    assert.fail(`The built core could not be imported (run npm run build): ${error.message}`);
  }
  return { pathway: [...core.PATHWAY_RULE_IDS], dose: [...core.DOSE_RULE_IDS] };
}

test('every pathway and dose rule of the built core has a test, and every rule a test names exists', async () => {
  const ids = await builtRuleIds();
  assert.ok(ids.pathway.length >= 20, 'pathway rule ids are exported');
  assert.ok(ids.dose.length === 7, 'seven dose rule ids are exported');
  const { tests, problems } = collectTests();
  const errors = [...problems, ...checkRules([...ids.pathway, ...ids.dose], tests)];
  assert.deepEqual(errors, [], `Traceability problems:\n${errors.join('\n')}`);
});

test('the built core and the content source define the same rule ids (a stale build would hide a rule)', async () => {
  const ids = await builtRuleIds();
  const { content } = await gather();
  assert.deepEqual(ids.pathway, content.pathway.map((r) => r.rule), 'pathway rule ids: run npm run build');
  assert.deepEqual(ids.dose, content.dose.map((r) => r.rule), 'dose rule ids: run npm run build');
});

test('every step id of content-spec §3 and every drug of §4 has a rule with at least one citation', async () => {
  const { content } = await gather();
  for (const step of content.stepIds) {
    assert.ok(content.pathway.some((r) => r.step === step), `step ${step} has no rule in STEP_RULES`);
  }
  for (const drug of content.drugIds) {
    const rule = content.dose.find((r) => r.drug === drug);
    assert.ok(rule, `drug ${drug} has no rule in DRUG_RULES`);
    assert.equal(rule.rule, `dose/${drug}`);
  }
  for (const r of [...content.pathway, ...content.dose]) assert.ok(r.citations.length > 0, `${r.rule} cites no source`);
});

test('docs/traceability.md is up to date (run npm run traceability)', async () => {
  const expected = renderTraceability(await gather());
  const actual = readFileSync(join(ROOT, DOC_PATH), 'utf8').replace(/\r\n?/g, '\n');
  assert.ok(actual === expected, `${DOC_PATH} is out of date: run npm run traceability and commit it.`);
});

test('the check fails when a rule loses its only test, and when a test names a rule that does not exist', () => {
  const file = 'test/example.test.ts';
  const covered = scanTestFile(`it('${tag('rule', 'a')} checks a', () => {}); it('${tag('rule', 'b')} checks b', () => {});`, file);
  assert.deepEqual(checkRules(['a', 'b'], covered.tests), []);
  const removed = scanTestFile(`it('${tag('rule', 'a')} checks a', () => {}); it('checks b', () => {});`, file);
  assert.match(checkRules(['a', 'b'], removed.tests).join('\n'), /rule "b" has no test/);
  const skipped = scanTestFile(`it('${tag('rule', 'a')} a', () => {}); it.skip('${tag('rule', 'b')} b', () => {});`, file);
  assert.match(checkRules(['a', 'b'], skipped.tests).join('\n'), /rule "b" has no test/);
  const unknown = scanTestFile(`it('${tag('rule', 'a')} ${tag('rule', 'zz')} a', () => {}); it('${tag('rule', 'b')}', () => {});`, file);
  assert.match(checkRules(['a', 'b'], unknown.tests).join('\n'), /names rule "zz", which does not exist/);
});

test('tags are read from test titles only: in a comment or describe title they are reported, .only is reported', () => {
  const file = 'test/example.test.ts';
  const inComment = scanTestFile(`// ${tag('rule', 'a')}\nit('checks a', () => {});`, file);
  assert.match(inComment.problems.join('\n'), /not in an it\(\)\/test\(\) title/);
  const inDescribe = scanTestFile(`describe('${tag('rule', 'a')}', () => { it('x', () => {}); });`, file);
  assert.match(inDescribe.problems.join('\n'), /not in an it\(\)\/test\(\) title/);
  const only = scanTestFile(`${ONLY}('${tag('rule', 'a')} x', () => {});`, file);
  assert.match(only.problems.join('\n'), /\.only/);
  const multiline = scanTestFile(`it(\n  "${tag('hazard', 'H01')} title",\n  () => {},\n);\ntest(\`${tag('rule', 'a')} \${1 + 1}\`, () => {});`, file);
  assert.deepEqual(multiline.problems, []);
  assert.deepEqual(multiline.tests.map((t) => [t.hazards, t.rules]), [[['H01'], []], [[], ['a']]]);
});

test('a table-driven title reads its rule ids from the table of the same file; an unreadable one is noted, not counted', () => {
  const file = 'test/example.test.ts';
  const source = `const ROWS = [{ rule: 'a', x: 1 }, { rule: "b" }];\nfor (const row of ROWS) it(\`${tag('rule', '${row.rule}')} \${row.x}\`, () => {});`;
  const scan = scanTestFile(source, file);
  assert.deepEqual(scan.problems, []);
  assert.deepEqual(scan.tests[0].rules, ['a', 'b']);
  const noTable = scanTestFile(`it(\`${tag('rule', 'dose/${drug}')}\`, () => {});`, file);
  assert.deepEqual(noTable.problems, []);
  assert.match(noTable.notes.join('\n'), /built at run time/);
  assert.deepEqual(noTable.tests[0].rules, [], 'a tag that cannot be read is not counted');
});

test('a table-driven title counts only ids of real table rows: a rule named in a comment or in another string is not tested', () => {
  const file = 'test/example.test.ts';
  const title = `it(\`${tag('rule', '${row.rule}')} \${row.x}\`, () => {});`;
  const source = [
    `const ROWS = [{ rule: 'a', x: 1 }];`,
    `// TODO: restore rule: 'b' rows`,
    `/* { rule: 'c' } */`,
    `const note = "rule: 'd'";`,
    `const other = \`{ rule: 'e' }\`;`,
    `for (const row of ROWS) ${title}`,
  ].join('\n');
  const scan = scanTestFile(source, file);
  assert.deepEqual(scan.problems, []);
  assert.deepEqual(scan.tests[0].rules, ['a'], 'only the table row counts');
  const errors = checkRules(['a', 'b', 'c', 'd', 'e'], scan.tests).join('\n');
  for (const id of ['b', 'c', 'd', 'e']) assert.match(errors, new RegExp(`rule "${id}" has no test`));
  assert.doesNotMatch(errors, /rule "a" has no test/);

  // Only comments: nothing is counted, and the tag is noted as unreadable.
  const onlyComment = scanTestFile(`// rule: 'a'\nconst ROWS = [];\nfor (const row of ROWS) ${title}`, file);
  assert.deepEqual(onlyComment.tests[0].rules, []);
  assert.match(onlyComment.notes.join('\n'), /built at run time/);
});

test('table rows are read in the shapes the tables use: typed arrays, rows built by .map(), quoted keys, .mjs files', () => {
  const title = `it(\`${tag('rule', '${row.rule}')} \${row.id}\`, () => {});`;
  const ts = [
    `type Row = { rule: string; id: string };`,
    `const ROWS: Row[] = [`,
    `  { rule: 'a', id: 'x' },`,
    `  ...(['p', 'q'] as const).map((f): Row => ({ rule: 'b', id: f })),`,
    `  { 'rule': "c", id: 'y' },`,
    `  { rule: \`d\`, id: 'z' },`,
    `];`,
    `for (const row of ROWS) ${title}`,
  ].join('\n');
  assert.deepEqual(scanTestFile(ts, 'test/example.test.ts').tests[0].rules, ['a', 'b', 'c', 'd']);
  const mjs = `const ROWS = [{ rule: 'a' }, { rule: 'b' }]; // rule: 'c'\nfor (const row of ROWS) ${title}`;
  assert.deepEqual(scanTestFile(mjs, 'test/node/example.test.mjs').tests[0].rules, ['a', 'b']);
  // A property of another name, or a rule that is not a string literal, is not a row id.
  const other = `const ROWS = [{ rules: 'a' }, { rule: ID }, { rule: 'b' + 'c' }];\nfor (const row of ROWS) ${title}`;
  assert.deepEqual(scanTestFile(other, 'test/example.test.ts').tests[0].rules, []);
});

/** A content object for renderTraceability with these pathway rule ids. */
const fakeContent = (ids) => ({
  contentVersion: '9.9.9',
  contentDate: '2000-01-01',
  pathway: ids.map((rule) => ({ rule, step: rule, priority: 'first-line', indicator: 'info', mandatory: false, citations: ['src'] })),
  dose: [],
});

test('a table-driven test is shown readably: the title with ‹names›, and per rule how many table entries carry it and the first three', () => {
  const file = 'test/core/example.test.ts';
  const row = (rule, input, id) => `  { rule: '${rule}', input: ${input}, id: '${id}', priority: 'first-line' },`;
  const source = [
    'const ROWS = [',
    row('a', `{ phase: 'new' }`, 'step-a'),
    row('b', `{ antibody: 'anti-srp' }`, 'step-b'),
    row('a', `{ phase: 'relapse' }`, 'step-a'),
    `  // { rule: 'a', input: { commented: true }, id: 'nope' },`,
    row('a', `{ severity: 'severe' }`, 'step-a'),
    row('a', `{ severity: 'mild' }`, 'step-a'),
    '];',
    `for (const row of ROWS) it(\`${tag('rule', '${row.rule}')} \${JSON.stringify(row.input)} → \${row.id} \${row.priority}\`, () => {});`,
  ].join('\n');
  const { tests } = scanTestFile(source, file);
  assert.deepEqual(tests[0].rules, ['a', 'b']);
  assert.deepEqual(tests[0].rows['rule:a'], {
    count: 4,
    samples: [`input: { phase: 'new' }, id: 'step-a'`, `input: { phase: 'relapse' }, id: 'step-a'`, `input: { severity: 'severe' }, id: 'step-a'`],
  });
  assert.deepEqual(tests[0].rows['rule:b'], { count: 1, samples: [`input: { antibody: 'anti-srp' }, id: 'step-b'`] });

  const doc = renderTraceability({ content: fakeContent(['a', 'b']), tests, hazards: [] });
  const lineA = doc.split('\n').find((l) => l.startsWith('| `a` |'));
  assert.ok(lineA, doc);
  assert.ok(
    lineA.includes(
      `\`${file}\`: ${tag('rule', 'a')} ‹input› → ‹id› ‹priority› — table-driven, 4 table entries: ` +
        "`input: { phase: 'new' }, id: 'step-a'`; `input: { phase: 'relapse' }, id: 'step-a'`; `input: { severity: 'severe' }, id: 'step-a'`; …",
    ),
    lineA,
  );
  const lineB = doc.split('\n').find((l) => l.startsWith('| `b` |'));
  assert.ok(lineB.includes("table-driven, 1 table entry: `input: { antibody: 'anti-srp' }, id: 'step-b'` |"), lineB);
  assert.doesNotMatch(lineA + lineB, /\$\{/, 'no raw template in the rule tables');
  assert.equal(renderTraceability({ content: fakeContent(['a', 'b']), tests, hazards: [] }), doc, 'deterministic');
});

test('a row whose title shows no row property is quoted by its first other property, truncated to one short line', () => {
  const long = `'${'x'.repeat(150)}'`;
  const source = [
    `const ROWS = [{ rule: 'a', attrs: { phase:\n 'new' } }, { label: ${long}, rule: 'b' }];`,
    `for (const row of ROWS) it(\`${tag('rule', '${row.rule}')} \${label || '(defaults)'} shows\`, () => {});`,
  ].join('\n');
  const { tests } = scanTestFile(source, 'test/example.test.ts');
  assert.deepEqual(tests[0].rows['rule:a'].samples, [`attrs: { phase: 'new' }`]);
  const [b] = tests[0].rows['rule:b'].samples;
  assert.ok(b.startsWith(`label: 'xxx`) && b.endsWith('…') && b.length === 100, b);
});

test('titles show each interpolated value by name', () => {
  assert.equal(readableTitle('${JSON.stringify(row.input)} → ${row.id} ${row.priority}/${row.indicator}'), '‹input› → ‹id› ‹priority›/‹indicator›');
  assert.equal(readableTitle("${label || '(defaults)'} shows"), '‹label› shows');
  assert.equal(readableTitle("${weight} kg → ${mg} mg daily${capped ? ' (capped)' : ''}"), '‹weight› kg → ‹mg› mg daily‹capped›');
  assert.equal(readableTitle('${row.values.join(", ")} and ${1 + 1} and ${{ a: 1 }.a}'), '‹values› and ‹…› and ‹a›');
  assert.equal(readableTitle('no template'), 'no template');
});

test('the hazards section lists, for each hazard of the log, the files and titles of the tests carrying its tag', () => {
  const tests = [
    ...scanTestFile(`it('${tag('hazard', 'H02')} ${tag('rule', 'a')} second file', () => {});`, 'test/b.test.ts').tests,
    ...scanTestFile(
      `it('${tag('hazard', 'H02')} first', () => {});\nit('${tag('hazard', 'H01')} other hazard', () => {});\nit('${tag('hazard', 'H02')} \${x} second', () => {});`,
      'test/a.test.ts',
    ).tests,
  ];
  const hazards = [
    { id: 'H02', title: 'Second **hazard**', row: '', tags: ['hazard:H02', 'rule:a'] },
    { id: 'H01', title: 'First | hazard', row: '', tags: ['hazard:H01'] },
    { id: 'H03', title: 'Untested', row: '', tags: ['hazard:H03'] },
  ];
  const doc = renderTraceability({ content: fakeContent(['a']), tests, hazards });
  const section = doc.slice(doc.indexOf('## Hazards → tests'));
  assert.ok(section.startsWith('## Hazards → tests'), doc);
  const rows = section.split('\n').filter((l) => /^\| H\d/.test(l));
  assert.deepEqual(rows, [
    `| H01 | First \\| hazard | \`test/a.test.ts\`:<br>– ${tag('hazard', 'H01')} other hazard | – |`,
    `| H02 | Second **hazard** | \`test/a.test.ts\`:<br>– ${tag('hazard', 'H02')} first<br>– ${tag('hazard', 'H02')} ‹x› second<br>\`test/b.test.ts\`:<br>– ${tag('hazard', 'H02')} ${tag('rule', 'a')} second file | \`a\` |`,
    '| H03 | Untested | **none** | – |',
  ]);
});

test('the committed hazards section has a row for every hazard of docs/safety.md, naming every file whose tests carry its tag', async () => {
  const data = await gather();
  const doc = readFileSync(join(ROOT, DOC_PATH), 'utf8');
  const section = doc.slice(doc.indexOf('## Hazards → tests'));
  assert.ok(data.hazards.length > 0);
  for (const h of data.hazards) {
    const row = section.split('\n').find((l) => l.startsWith(`| ${h.id} |`));
    assert.ok(row, `${h.id} has no row in the hazards section`);
    for (const t of data.tests.filter((x) => x.hazards.includes(h.id))) assert.ok(row.includes(`\`${t.file}\`:`), `${h.id}: ${t.file}`);
  }
});
