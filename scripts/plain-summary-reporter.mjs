// Prints one plain closing line "N passed, N failed" (", N skipped" when any) as the very last
// line of the run. A test file that crashed before reporting any test counts as one failure.
// Printed on process exit because the runner's dynamic terminal flushes after reporters stop.
export function plainSummaryReporter({ extra, print = true } = {}) {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        const before = passed + failed + skipped;
        walk(s.testResults);
        if (s.passed === false && passed + failed + skipped === before) failed++;
      }
      const summary = { passed, failed, skipped };
      if (extra) extra(summary);
      if (!print) return;
      process.once('exit', () => {
        const tail = summary.skipped ? `, ${summary.skipped} skipped` : '';
        process.stdout.write(`\n${summary.passed} passed, ${summary.failed} failed${tail}\n`);
      });
    },
  };
}
