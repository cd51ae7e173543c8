// The dependency ranges (package.json: "lit": "^3.0.0", "zod": "^4.0.0") are tested at their
// floor: the lowest versions are installed as aliased devDependencies (lit-lowest …), the sources
// type-check against them (tsconfig.lowest.json), and the core built with them
// (scripts/build-lowest.mjs, run by `npm test` after the build: tmp/lowest/core.js) gives the
// same result as the shipped core for every input, valid or not. The elements built with them
// are exercised in Chromium by test/e2e/lowest-versions.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { LOWEST_ALIASES, OUT_DIR, installedVersion } from '../../scripts/build-lowest.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const floor = (range) => range.match(/^\^(\d+\.\d+\.\d+)$/)?.[1];

test('lit and zod are caret ranges, and their floors are the versions installed as -lowest', () => {
  for (const name of ['lit', 'zod']) {
    const range = pkg.dependencies[name];
    assert.ok(floor(range), `${name}: "${range}" is a caret range`);
    const alias = LOWEST_ALIASES.find((a) => a.name === name).alias;
    assert.equal(pkg.devDependencies[alias], `npm:${name}@${floor(range)}`, `${alias} is ${name} at the floor of ${range}`);
    assert.equal(installedVersion(alias), floor(range), `node_modules/${alias} is ${name} ${floor(range)}`);
  }
  // Lit's own packages at the floors lit's lowest version asks for.
  const litLowest = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lit-lowest', 'package.json'), 'utf8'));
  for (const { name, alias } of LOWEST_ALIASES.filter((a) => !['lit', 'zod'].includes(a.name))) {
    const wanted = floor(litLowest.dependencies[name]);
    assert.ok(wanted, `lit ${litLowest.version} asks for ${name} ${litLowest.dependencies[name]}`);
    assert.equal(pkg.devDependencies[alias], `npm:${name}@${wanted}`, alias);
    assert.equal(installedVersion(alias), wanted, alias);
  }
  // The ranges are not pinned anywhere else: the lock file records the same ranges.
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  assert.deepEqual(lock.packages[''].dependencies, pkg.dependencies);
});

test('the sources type-check against the lowest versions, and only against them', () => {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.lowest.json', '--listFiles'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const deps = run.stdout.split('\n').filter((f) => /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|zod)(-lowest)?\//.test(f) || /node_modules\/reactive-element-lowest\//.test(f));
  assert.ok(deps.some((f) => f.includes('/zod-lowest/')) && deps.some((f) => f.includes('/lit-lowest/')), 'the lowest declarations are used');
  const newer = deps.filter((f) => !/-lowest\//.test(f));
  assert.deepEqual(newer, [], 'no declaration of a newer copy is read');
});

const lowestCore = join(ROOT, OUT_DIR, 'core.js');

test('the core built with the lowest versions bundles zod 4.0.0', { skip: !existsSync(lowestCore) && 'tmp/lowest/core.js is built by `npm test`' }, () => {
  const code = readFileSync(lowestCore, 'utf8');
  const version = code.match(/major:\s*(\d+),\s*minor:\s*(\d+),\s*patch:\s*(\d+)/);
  assert.ok(version, 'zod\'s version object is in the bundle');
  assert.equal(version.slice(1).join('.'), installedVersion('zod-lowest'));
  assert.doesNotMatch(code, /from\s+['"]zod/, 'zod is bundled, not imported');
});

test('the core on the lowest zod gives the shipped core\'s result for any input, valid or not', { skip: !existsSync(lowestCore) && 'tmp/lowest/core.js is built by `npm test`' }, async () => {
  const low = await import(pathToFileURL(lowestCore).href);
  const cur = await import(pathToFileURL(join(ROOT, 'dist', 'core.js')).href);
  const same = (fn, ...args) => assert.deepEqual(low[fn](...args), cur[fn](...args), `${fn}(${JSON.stringify(args)})`);

  const maybe = (arb) => fc.option(arb, { nil: undefined });
  const junk = fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.constant(null), fc.boolean());
  const one = (values) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: junk });
  const some = (values) => fc.oneof(fc.subarray([...values]), fc.array(junk, { maxLength: 2 }), fc.subarray([...values]).map((a) => a.join(' ')));
  const weight = fc.oneof(fc.double({ min: -10, max: 700, noNaN: false }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }).map(String), junk);
  const date = fc.oneof(fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), junk);

  const doseInput = fc.record(
    {
      weight,
      weightUnit: one(cur.WEIGHT_UNITS),
      heightCm: fc.oneof(fc.integer({ min: 50, max: 260 }), junk),
      sex: one(cur.SEXES),
      ivigDays: fc.oneof(fc.integer({ min: 0, max: 8 }), junk),
      ivigDosingWeight: one(cur.IVIG_DOSING_WEIGHTS),
      tpmt: one(cur.TPMT_STATUSES),
      startDate: date,
      methotrexateDay: one(cur.WEEKDAYS),
      drugs: some(cur.DRUG_IDS),
      weightConfirmed: fc.boolean(),
      age: fc.oneof(fc.integer({ min: 0, max: 120 }), junk),
    },
    { requiredKeys: [] },
  );
  const pathwayInput = fc.record(
    {
      antibody: one(cur.ANTIBODIES),
      statin: one(cur.STATIN_EXPOSURES),
      severity: one(cur.SEVERITIES),
      phase: one(cur.PHASES),
      redFlags: some(cur.RED_FLAGS),
      checkpointInhibitor: fc.oneof(fc.boolean(), junk),
      weight,
      weightUnit: one(cur.WEIGHT_UNITS),
    },
    { requiredKeys: [] },
  );
  const config = fc.record(
    {
      prednisone: fc.record({ maxDailyMg: fc.oneof(fc.integer({ min: 0, max: 400 }), junk), roundingMg: fc.oneof(fc.constantFrom(1, 2.5, 5, 10), junk) }, { requiredKeys: [] }),
      ivig: fc.record({ vialStepG: fc.oneof(fc.constantFrom(2.5, 5, 10), junk), defaultDays: fc.oneof(fc.integer({ min: 0, max: 7 }), junk) }, { requiredKeys: [] }),
      units: fc.record({ allowPounds: fc.oneof(fc.boolean(), junk) }, { requiredKeys: [] }),
      taper: fc.record({ initialWeeks: fc.oneof(fc.integer({ min: 0, max: 14 }), junk), floorMg: fc.oneof(fc.integer({ min: 0, max: 50 }), junk) }, { requiredKeys: [] }),
      protocolUrl: fc.oneof(fc.constantFrom('https://intranet.example.org/imnm', '/guidelines/imnm', '//evil.example.org', 'javascript:alert(1)'), junk),
      reviewedOn: date,
      reviewDue: date,
      contentVersion: fc.oneof(fc.constantFrom(cur.CONTENT_VERSION, '1.0.0', 'v1'), junk),
      unknownSetting: junk,
    },
    { requiredKeys: [] },
  );

  fc.assert(
    fc.property(doseInput, fc.option(config, { nil: undefined }), (input, cfg) => same('calculateDoses', input, cfg)),
    { numRuns: 400 },
  );
  fc.assert(
    fc.property(pathwayInput, fc.option(config, { nil: undefined }), (input, cfg) => same('evaluatePathway', input, cfg)),
    { numRuns: 400 },
  );
  fc.assert(fc.property(config, (cfg) => same('resolveConfig', cfg, '2026-12-01')), { numRuns: 300 });
  // Anything at all, as a host page might pass.
  fc.assert(
    fc.property(fc.anything({ maxDepth: 2 }), (value) => {
      same('calculateDoses', value);
      same('evaluatePathway', value);
      same('resolveConfig', value);
    }),
    { numRuns: 200 },
  );
  // And the fixed cases: the defaults, and bad input whose messages name the field.
  for (const input of [{ weight: 70 }, { weight: 154, weightUnit: 'lb', tpmt: 'normal' }, { weight: -1 }, { weight: '70kg' }, {}, null, 'x']) same('calculateDoses', input);
  for (const input of [{ antibody: 'anti-srp', severity: 'severe', redFlags: ['bulbar'] }, { antibody: 'bogus' }, {}, null]) same('evaluatePathway', input);
  const bad = low.calculateDoses({ weight: -1 });
  assert.equal(bad.ok, false);
  assert.ok(bad.errors.some((e) => e.field === 'weight' && /weight/i.test(e.message)), JSON.stringify(bad.errors));
});

test('under a polluted Object.prototype the lowest zod builds and runs its schemas as the shipped one does', { skip: !existsSync(lowestCore) && 'tmp/lowest/core.js is built by `npm test`' }, async () => {
  // zod walks its definition tables with for…in; the core's quietPrototype guard must keep that
  // working on zod 4.0.0 as well (src/core/own.ts). Both cores get the same polluted prototype.
  const pollution = { reviewedBy: 'attacker', toJSONString: () => '', weight: 500, extra: 1 };
  for (const [key, value] of Object.entries(pollution)) Object.prototype[key] = value;
  try {
    // Fresh module instances, so the schemas are built under the polluted prototype too.
    const low = await import(`${pathToFileURL(lowestCore).href}?polluted`);
    const cur = await import(`${pathToFileURL(join(ROOT, 'dist', 'core.js')).href}?polluted`);
    for (const [fn, arg] of [
      ['calculateDoses', { weight: 70 }],
      ['calculateDoses', { weight: 'x' }],
      ['evaluatePathway', { antibody: 'anti-srp', severity: 'severe', redFlags: ['bulbar'] }],
      ['resolveConfig', { prednisone: { maxDailyMg: 60 }, reviewedOn: '2026-11-25', reviewDue: '2027-11-25' }],
      ['resolveConfig', { prednisone: { maxDailyMg: 0 } }],
    ]) {
      const lowResult = low[fn](arg);
      assert.deepEqual(lowResult, cur[fn](arg), `${fn}(${JSON.stringify(arg)})`);
      assert.equal(typeof lowResult, 'object', 'a result, not a throw');
    }
  } finally {
    for (const key of Object.keys(pollution)) delete Object.prototype[key];
  }
});
