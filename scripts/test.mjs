// `npm test`: checks for a browser, builds the bundles the end-to-end tests load, runs every
// test in headless Chromium and ends with the plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, INSTALL_HINT } from './find-browser.mjs';

const finish = (passed, failed) => {
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? 1 : 0);
};

const browser = findBrowser();
if (!browser) {
  console.error(INSTALL_HINT);
  finish(0, 1);
}
console.log(`Browser: ${browser}`);

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!process.argv.includes('--no-build')) {
  console.log('Building the bundles the end-to-end tests load (npm run build)…');
  if (run('npm', ['run', '--silent', 'build']) !== 0) {
    console.error('The build failed, so the tests were not run.');
    finish(0, 1);
  }
}

const summaryFile = join(mkdtempSync(join(tmpdir(), 'nam-cds-test-')), 'summary.json');
const wtrArgs = process.argv.slice(2).filter((a) => a !== '--no-build');
const status = run(join('node_modules', '.bin', 'web-test-runner'), wtrArgs, {
  CHROME_PATH: browser,
  NAM_TEST_SUMMARY_FILE: summaryFile,
});
let summary = { passed: 0, failed: 0 };
if (existsSync(summaryFile)) summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
// A runner that failed without counting a failure (a crash, no test files) still fails.
finish(summary.passed, summary.failed || (status !== 0 ? 1 : 0));
