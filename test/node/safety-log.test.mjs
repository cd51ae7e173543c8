// The hazard log (docs/safety.md) and the tests agree: every hazard names tags that real tests
// carry and has at least one test of its own, every hazard tag in a test exists in the log,
// and the hazards the release requires are all there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectTests, loadHazards } from '../../scripts/traceability.mjs';

/** Hazards the clinical safety case must contain (matched on the hazard's title). */
const REQUIRED = [
  ['weight unit confusion (lb entered as kg)', /unit confusion/i],
  ['implausible weight', /implausible/i],
  ['prednisone above the cap', /prednisone above the (daily )?cap/i],
  ['rounding beyond the mg/kg range', /rounding.*mg\/kg/i],
  ['methotrexate shown or taken daily', /methotrexate.*daily/i],
  ['azathioprine without TPMT/NUDT15 status', /azathioprine.*without TPMT/i],
  ['azathioprine in a poor metaboliser', /azathioprine.*poor/i],
  ['IVIG dosing weight in obesity', /IVIG.*obesity/i],
  ['IVIG renal/thrombosis risk', /IVIG.*renal.*thrombosis/i],
  ['plasma exchange straight after IVIG', /plasma exchange straight after IVIG/i],
  ['rituximab without hepatitis B screening', /rituximab without hepatitis B/i],
  ['pregnancy with methotrexate or mycophenolate', /pregnan.*methotrexate.*mycophenolate/i],
  ['missing checkpoint-inhibitor withdrawal with myocarditis', /checkpoint inhibitor not withdrawn.*myocarditis/i],
  ['stale or unreviewed content', /stale or unreviewed content/i],
  ['invalid institution configuration silently ignored', /invalid institution configuration silently ignored/i],
  ['stale patient data', /stale patient data/i],
  ['misleading display', /misleading.*display/i],
  ["a host page's CSS hiding a warning", /host page.*CSS hides a warning/i],
];

const hazards = loadHazards();
const { tests } = collectTests();
const live = tests.filter((t) => !t.skipped);
const carried = new Set(live.flatMap((t) => [...t.rules.map((r) => `rule:${r}`), ...t.hazards.map((h) => `hazard:${h}`)]));

test('the hazard log has rows with unique ids', () => {
  assert.ok(hazards.length >= REQUIRED.length, `docs/safety.md lists ${hazards.length} hazards`);
  const ids = hazards.map((h) => h.id);
  assert.deepEqual(ids, [...new Set(ids)], 'hazard ids are unique');
});

test('every hazard the release requires is in the log', () => {
  const missing = REQUIRED.filter(([, re]) => !hazards.some((h) => re.test(h.title))).map(([name]) => name);
  assert.deepEqual(missing, [], `docs/safety.md has no hazard for: ${missing.join('; ')}`);
});

test('every hazard has tests of its own: a test titled with its hazard tag', () => {
  const untested = hazards.filter((h) => !live.some((t) => t.hazards.includes(h.id))).map((h) => `${h.id} ${h.title}`);
  assert.deepEqual(untested, [], `hazards without a test tagged with their id:\n${untested.join('\n')}`);
});

test('every tag a hazard names is carried by at least one test', () => {
  const problems = [];
  for (const h of hazards) {
    if (!h.tags.length) problems.push(`${h.id} names no test tag`);
    if (!h.tags.includes(`hazard:${h.id}`)) problems.push(`${h.id} does not name its own tag hazard:${h.id}`);
    for (const tag of h.tags) if (!carried.has(tag)) problems.push(`${h.id} names [${tag}], which no test carries`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('every hazard tag in a test names a hazard of the log', () => {
  const ids = new Set(hazards.map((h) => h.id));
  const unknown = tests.flatMap((t) => t.hazards.filter((h) => !ids.has(h)).map((h) => `${t.file}:${t.line} names ${h}`));
  assert.deepEqual(unknown, [], `hazard tags not in docs/safety.md:\n${unknown.join('\n')}`);
});
