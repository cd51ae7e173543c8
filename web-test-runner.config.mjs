// web-test-runner: TypeScript tests compiled by esbuild, run in headless Chromium.
// The browser comes from scripts/find-browser.mjs (CHROME_PATH, then the usual paths).
//
// End-to-end tests (test/e2e) load the built bundle (/dist/nam-cds.min.js, built by `npm test`)
// in pages that get the same strict Content-Security-Policy the demo server sends:
// test/e2e/pages/*.csp.html (scripts/test-server-middleware.mjs) and every demo page.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync } from 'node:fs';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { testServerMiddleware } from './scripts/test-server-middleware.mjs';
import { browserProbePlugin } from './scripts/wtr-probe-plugin.mjs';
import { STRICT_CSP as DEMO_CSP } from './scripts/serve.mjs';

const executablePath = findBrowser();
const summaryFile = process.env.NAM_TEST_SUMMARY_FILE;

/** Demo pages under test get the header `npm start` sends them. */
async function demoCsp(context, next) {
  await next();
  if (/^\/demo\/.*\.html$/.test(context.path)) context.set('Content-Security-Policy', DEMO_CSP);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig is required: without it esbuild ignores experimentalDecorators/useDefineForClassFields.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }), browserProbePlugin()],
  middleware: [...testServerMiddleware, demoCsp],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: BROWSER_ARGS } })],
  // One test page at a time: focus-dependent tests (keyboard use, skip links, focus rings) flake
  // when two pages compete for focus in one browser, and the machine has two cores.
  concurrency: 1,
  reporters: [
    defaultReporter(),
    // Under `npm test` the counts go to a file and scripts/test.mjs prints the one closing line.
    summaryFile
      ? plainSummaryReporter({ print: false, extra: (s) => writeFileSync(summaryFile, JSON.stringify(s)) })
      : plainSummaryReporter(),
  ],
  // Lit's development build announces itself once per test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  // A DOM node in a failed equal/null assertion is named, not serialised (test/setup/dom-assertions.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script type="module" src="/test/setup/dom-assertions.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 10 * 60 * 1000,
};
