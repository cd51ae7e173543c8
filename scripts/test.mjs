// `npm test`: checks for a browser, builds the bundles the end-to-end tests load, runs the
// Node-side checks (test/node/*.test.mjs, node's test runner) and every browser test in
// headless Chromium, and ends with the plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, INSTALL_HINT } from './find-browser.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const noBuild = flag('--no-build');
const nodeOnly = flag('--node-only');
const browserOnly = flag('--browser-only');

const finish = (passed, failed) => {
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
};

const run = (cmd, cmdArgs, env = {}) =>
  spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const browser = findBrowser();
if (!browser && !nodeOnly) {
  console.error(INSTALL_HINT);
  finish(0, 1);
}

if (!noBuild) {
  console.log('Building the bundles the end-to-end tests load (npm run build)…');
  if (run('npm', ['run', '--silent', 'build']) !== 0) {
    console.error('The build failed, so the tests were not run.');
    finish(0, 1);
  }
  // The same sources built with the lowest lit and zod versions package.json allows.
  if (run(process.execPath, ['scripts/build-lowest.mjs']) !== 0) {
    console.error('The build with the lowest dependency versions failed, so the tests were not run.');
    finish(0, 1);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'nam-cds-test-'));
let passed = 0;
let failed = 0;

// 1. Node-side checks (built package, manifest, traceability, content version).
const nodeDir = join('test', 'node');
const nodeFiles = existsSync(nodeDir)
  ? readdirSync(nodeDir).filter((f) => f.endsWith('.test.mjs')).map((f) => join(nodeDir, f))
  : [];
if (!browserOnly && nodeFiles.length) {
  const tap = join(tmp, 'node.tap');
  const status = run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...nodeFiles,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  const nodeFailed = count('fail') + count('cancelled');
  failed += nodeFailed || (status !== 0 ? 1 : 0);
}

// 2. Browser tests.
if (!nodeOnly) {
  console.log(`Browser: ${browser}`);
  const summaryFile = join(tmp, 'summary.json');
  const status = run(join('node_modules', '.bin', 'web-test-runner'), args, {
    CHROME_PATH: browser,
    NAM_TEST_SUMMARY_FILE: summaryFile,
  });
  const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 0 };
  passed += summary.passed;
  // A runner that failed without counting a failure (a crash, no test files) still fails.
  failed += summary.failed || (status !== 0 ? 1 : 0);
}

finish(passed, failed);
