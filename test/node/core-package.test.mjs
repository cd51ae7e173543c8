// The built core works from Node through the package's own exports map (`nam-cds/core`).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('nam-cds/core imports in Node and computes the 70 kg doses', async () => {
  const core = await import('nam-cds/core');
  const result = core.calculateDoses({ weight: 70 });
  assert.equal(result.ok, true);
  const pred = result.lines.find((l) => l.drug === 'prednisone');
  assert.deepEqual(pred.amount, { min: 70, max: 70, unit: 'mg' });
  assert.equal(typeof core.CONTENT_VERSION, 'string');
  assert.ok(core.SOURCES['enmc-2018'].doi);
});

test('nam-cds/core evaluates the pathway in Node', async () => {
  const core = await import('nam-cds/core');
  const result = core.evaluatePathway({ antibody: 'anti-srp' });
  assert.equal(result.ok, true);
  assert.ok(result.steps.some((s) => s.id === 'rituximab'));
});
