// docs/clinical-content.md is generated from src/content (scripts/clinical-content.mjs): it must be
// current, and it must name every input value, step rule, dose rule, notice and source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_PATH, renderDoc } from '../../scripts/clinical-content.mjs';
import { ROOT, loadContentModules } from '../../scripts/content-modules.mjs';

const doc = readFileSync(join(ROOT, DOC_PATH), 'utf8');

test('docs/clinical-content.md is generated from the current content (run npm run clinical-content)', async () => {
  assert.equal(doc, await renderDoc(), `${DOC_PATH} is stale: run npm run clinical-content`);
});

test('the document names the content version, every step and rule, every drug rule and notice, every source', async () => {
  const m = await loadContentModules();
  assert.match(doc, new RegExp(`^# Clinical content ${m.version.CONTENT_VERSION.replace(/\./g, '\\.')} \\(${m.version.CONTENT_DATE}\\)`));
  const p = m['pathway-rules'];
  for (const id of p.STEP_IDS) assert.ok(doc.includes(`### \`${id}\``), id);
  for (const r of [...p.STEP_RULES, ...p.DERIVED_STEP_RULES]) {
    assert.ok(doc.includes(`**Rule \`${r.rule}\`**`), r.rule);
    assert.ok(doc.includes(r.text), `${r.rule} text`);
    for (const a of r.additions ?? []) assert.ok(doc.includes(a.text), `${r.rule} addition`);
  }
  for (const r of Object.values(m['drug-rules'].DRUG_RULES)) {
    assert.ok(doc.includes(`(\`${r.rule}\`)`), r.rule);
    for (const n of r.notices) assert.ok(doc.includes(n.message), n.code);
  }
  for (const id of m.sources.SOURCE_IDS) assert.ok(doc.includes(m.sources.SOURCES[id].citation), id);
  for (const flag of m.inputs.RED_FLAGS) assert.ok(doc.includes(flag), flag);
});
