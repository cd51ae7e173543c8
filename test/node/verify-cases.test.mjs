// The published worked cases (demo/verify-cases.json) cover what a hospital must be able to
// re-check, and all pass against the built core in Node with the verification page's own
// checking code (demo/verify.js). The browser run is test/safety/verify-page.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/traceability.mjs';
import { runAll, runCase, decode } from '../../demo/verify.js';

const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const file = read('demo/verify-cases.json');
const cases = file.cases;
const doses = cases.filter((c) => c.kind === 'dose');
const pathway = cases.filter((c) => c.kind === 'pathway');
const find = (pred) => cases.filter(pred);

test('[hazard:H25] every published case passes against the built core', async () => {
  const core = await import('nam-cds/core');
  const report = runAll(core, file);
  const failures = report.results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.checks.filter((c) => !c.pass).map((c) => `${c.label} expected ${c.expected}, got ${c.actual}`).join('; ')}`);
  assert.deepEqual(failures, [], failures.join('\n'));
  assert.equal(report.total, cases.length + 1);
});

test('[hazard:H25] the deliberately wrong fixture fails on exactly its wrong case', async () => {
  const core = await import('nam-cds/core');
  const report = runAll(core, read('test/safety/fixtures/verify-cases-wrong.json'));
  assert.deepEqual(report.failedIds, ['D03']);
});

test('case ids are unique and every case has a title, an input and an expectation', () => {
  const ids = cases.map((c) => c.id);
  assert.deepEqual(ids, [...new Set(ids)]);
  for (const c of cases) {
    assert.ok(['dose', 'pathway'].includes(c.kind), `${c.id} kind`);
    assert.ok(c.title && c.expect && 'input' in c, `${c.id} is complete`);
  }
  assert.match(file.contentVersion, /^\d+\.\d+\.\d+$/);
});

test('the dose cases cover the edges the content specification names', () => {
  const weightIs = (w, unit = 'kg') => (c) => c.kind === 'dose' && decode(c.input).weight === w && (decode(c.input).weightUnit ?? 'kg') === unit;
  const accepted = (w, unit) => find(weightIs(w, unit)).some((c) => !c.expect.errors);
  const rejected = (w, unit) => find(weightIs(w, unit)).some((c) => c.expect.errors?.includes('weight'));
  assert.ok(accepted(20) && accepted(350), '20 kg and 350 kg accepted');
  assert.ok(rejected(19.9) && rejected(350.1), '19.9 kg and 350.1 kg rejected');
  const pred = (w) => find(weightIs(w)).map((c) => c.expect.lines?.prednisone?.amount).filter(Boolean);
  assert.ok(pred(100).includes('75 mg'), 'the prednisone cap at 100 kg');
  assert.ok(pred(72).includes('70 mg') && pred(73).includes('75 mg'), 'rounding 72 → 70 and 73 → 75');
  assert.ok(find(weightIs(70)).some((c) => c.expect.lines?.azathioprine?.amount === '150–200 mg'), 'azathioprine inward rounding at 70 kg');
  assert.ok(find(weightIs(154, 'lb')).some((c) => c.expect.weightKg === 69.85), '154 lb → 69.85 kg');
  assert.ok(
    doses.some((c) => c.input.heightCm === 175 && c.input.sex === 'male' && c.input.weight === 100 && c.input.ivigDosingWeight === 'adjusted' && c.expect.lines?.ivig),
    'adjusted IVIG weight for a man of 175 cm and 100 kg',
  );
  for (const tpmt of ['normal', 'intermediate', 'intermediate-both', 'poor', 'unknown']) {
    assert.ok(doses.some((c) => c.input.tpmt === tpmt && c.expect.lines?.azathioprine), `TPMT ${tpmt}`);
  }
  const invalid = doses.filter((c) => c.expect.errors);
  assert.ok(invalid.length >= 10, 'invalid inputs');
  for (const field of ['weight', 'weightUnit', 'tpmt', 'ivigDays', 'heightCm', 'startDate']) {
    assert.ok(invalid.some((c) => c.expect.errors.includes(field)), `an invalid ${field}`);
  }
  for (const bad of ['NaN', 'Infinity']) assert.ok(invalid.some((c) => c.input.weight?.$number === bad), `weight ${bad}`);
});

test('the pathway cases cover every antibody subgroup, checkpoint-inhibitor myositis and invalid input', () => {
  const ok = pathway.filter((c) => !c.expect.errors);
  for (const antibody of ['anti-hmgcr', 'anti-srp', 'seronegative', 'pending']) {
    assert.ok(ok.some((c) => (c.input.antibody ?? 'pending') === antibody), `subgroup ${antibody}`);
  }
  for (const phase of ['new', 'inadequate-response', 'relapse']) assert.ok(ok.some((c) => (c.input.phase ?? 'new') === phase), `phase ${phase}`);
  for (const severity of ['mild', 'moderate', 'severe', 'life-threatening']) {
    assert.ok(ok.some((c) => c.input.checkpointInhibitor && (c.input.severity ?? 'moderate') === severity), `checkpoint inhibitor, ${severity}`);
  }
  assert.ok(ok.some((c) => c.expect.steps.some((s) => s[0] === 'withdraw-checkpoint-inhibitor' && s[3] === 'mandatory') && c.input.redFlags?.includes('myocarditis')));
  assert.ok(pathway.filter((c) => c.expect.errors).length >= 3, 'invalid pathway inputs');
});

test('a case that throws or checks nothing is a failure, never a pass', () => {
  const throwing = { evaluatePathway: () => { throw new Error('boom'); }, calculateDoses: () => { throw new Error('boom'); } };
  assert.equal(runCase(throwing, { id: 'X', kind: 'dose', input: { weight: 70 }, expect: { lines: { prednisone: { amount: '70 mg' } } } }).pass, false);
  assert.equal(runCase({ calculateDoses: () => ({ ok: true, lines: [], warnings: [] }) }, { id: 'Y', kind: 'dose', input: {}, expect: {} }).pass, false);
});
