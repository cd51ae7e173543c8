/**
 * Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml): when an
 * `equal` or `null` assertion involves a DOM node, a failure names the node in a few words instead
 * of handing the whole node (and its shadow tree) to the reporter, which can stall the run for
 * minutes while it serialises it. Passing assertions behave exactly as before.
 */
// chai itself, not @open-wc/testing: that module registers its fixture clean-up with mocha when it
// is first imported, which must happen in the test files, after mocha is set up.
import * as chaiModule from '@esm-bundle/chai';

// The ES module's default export is chai (its declarations say `export =`).
const chai = ((chaiModule as unknown as { default?: Chai.ChaiStatic }).default ?? chaiModule) as unknown as Chai.ChaiStatic;

const isNode = (v: unknown): v is Node => typeof Node === 'function' && v instanceof Node;

/** `<li#step-x.step.is-open>`, `#text "…"`, or the value as a string. */
function describe(v: unknown): string {
  if (!isNode(v)) return typeof v === 'string' ? JSON.stringify(v) : String(v);
  if (v.nodeType === Node.TEXT_NODE) return `#text ${JSON.stringify((v.textContent ?? '').slice(0, 60))}`;
  const el = v as Element;
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `<${v.nodeName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}>`;
}

chai.use((c: Chai.ChaiStatic, utils: Chai.ChaiUtils) => {
  for (const name of ['equal', 'equals', 'eq']) {
    c.Assertion.overwriteMethod(name, (_super: (...args: unknown[]) => void) =>
      function (this: Chai.AssertionStatic, expected: unknown, ...rest: unknown[]) {
        const actual = utils.flag(this, 'object');
        if (!utils.flag(this, 'deep') && (isNode(actual) || isNode(expected))) {
          this.assert(
            actual === expected,
            `expected ${describe(actual)} to equal ${describe(expected)}`,
            `expected ${describe(actual)} to not equal ${describe(expected)}`,
            describe(expected),
            describe(actual),
            false,
          );
          return;
        }
        _super.call(this, expected, ...rest);
      },
    );
  }
  c.Assertion.overwriteProperty('null', (_super: () => void) =>
    function (this: Chai.AssertionStatic) {
      const actual = utils.flag(this, 'object');
      if (isNode(actual)) {
        this.assert(false, `expected ${describe(actual)} to be null`, `expected ${describe(actual)} not to be null`, 'null', describe(actual), false);
        return;
      }
      _super.call(this);
    },
  );
});
