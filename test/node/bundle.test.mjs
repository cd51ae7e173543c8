// The built bundles and the package's entry points (run after `npm run build`; `npm test` builds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (f) => readFileSync(join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const SINGLE = 'dist/nam-cds.min.js';
const CLASSIC = 'dist/nam-cds.iife.min.js';

test('the single file is within its gzip size budget (sizeBudget in package.json)', () => {
  const budget = pkg.sizeBudget[SINGLE].gzip;
  // A regression guard: raising it needs a reason in the README's "Size budget" paragraph.
  assert.ok(budget <= 58 * 1024, 'the budget itself is at most 58 KB');
  const gzip = gzipSync(readFileSync(join(ROOT, SINGLE)), { level: 9 }).length;
  assert.ok(
    gzip <= budget,
    `${SINGLE} is ${(gzip / 1024).toFixed(1)} KB gzipped, over the ${(budget / 1024).toFixed(1)} KB budget ` +
      '(`npm run bench` shows what it is made of)',
  );
});

for (const file of [SINGLE, CLASSIC]) {
  test(`${file}: production Lit, no eval, no network or storage API`, () => {
    const code = read(file);
    // Lit's development build announces itself and links to lit.dev/msg for its dev warnings.
    assert.doesNotMatch(code, /Lit is in dev mode|lit\.dev\/msg|litIssuedWarnings/, 'Lit development build');
    assert.match(code, /reactiveElementVersions/, 'Lit is bundled');
    assert.doesNotMatch(code, /\beval\s*\(/, 'eval(');
    assert.doesNotMatch(code, /new\s+Function\b|\bFunction\s*\(\s*["'`]/, 'new Function');
    assert.doesNotMatch(code, /setTimeout\s*\(\s*["'`]/, 'string setTimeout');
    for (const api of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource', 'localStorage', 'sessionStorage', 'indexedDB', 'document.cookie', '.cookie=']) {
      assert.ok(!code.includes(api), `the bundle mentions ${api}`);
    }
  });
}

test(`${SINGLE} is self-contained and defines both elements`, () => {
  const code = read(SINGLE);
  assert.doesNotMatch(code, /\bimport\s*[{*"'(]|\bfrom\s*["'](lit|zod)/, 'no import of another module');
  assert.match(code, /["']nam-pathway["']/);
  assert.match(code, /["']nam-dose-calculator["']/);
  assert.match(code, new RegExp(`^/\\*! nam-cds ${pkg.version.replace(/\./g, '\\.')} `), 'version banner');
  // The core is exported for pages that compute directly (the verification page does).
  const exported = code.match(/export\s*\{([^}]*)\}\s*;?\s*(\/\/# sourceMappingURL=.*)?\s*$/);
  assert.ok(exported, 'an export list at the end');
  for (const name of ['evaluatePathway', 'calculateDoses', 'CONTENT_VERSION', 'SOURCES', 'VERSION', 'NamPathway', 'NamDoseCalculator']) {
    assert.match(exported[1], new RegExp(`\\bas ${name}\\b|(^|,)\\s*${name}\\s*(,|$)`), `exports ${name}`);
  }
});

test('the exports map points at built files; the class barrel has no side effect', () => {
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const target of targets) assert.ok(existsSync(join(ROOT, target)), `${target} exists`);
  for (const key of ['.', './define', './core', './custom-elements.json', './nam-cds.min.js']) assert.ok(pkg.exports[key], `exports ${key}`);
  assert.equal(pkg.exports['.'].default, './dist/index.js');
  assert.equal(pkg.exports['./define'].default, './dist/define.js');
  assert.equal(pkg.exports['./core'].default, './dist/core.js');
  assert.equal(pkg.customElements, 'custom-elements.json');

  // sideEffects names only the define files (and the self-registering bundles).
  for (const entry of pkg.sideEffects) assert.match(entry, /define(\.(js|ts))?$|define\.ts$|nam-cds(\.iife)?\.min\.js$/, entry);
  assert.ok(pkg.sideEffects.includes('./dist/define.js'));

  // The barrel and its chunks only declare: the defineElement() calls live in dist/define.js.
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = read(file);
    assert.doesNotMatch(code, /^\s*defineElement\(|customElements\.define\(/m, `${file} registers an element`);
    for (const [, rel] of code.matchAll(/from\s+['"](\.\/[^'"]+)['"]/g)) visit(join(file, '..', rel).replace(/\\/g, '/'));
  };
  visit('dist/index.js');
  assert.match(read('dist/define.js'), /defineElement\(/, 'dist/define.js registers');
});

test('type declarations exist for every entry point', () => {
  for (const key of ['.', './define', './core']) {
    assert.ok(existsSync(join(ROOT, pkg.exports[key].types)), `${pkg.exports[key].types}`);
  }
  const index = read(pkg.exports['.'].types);
  assert.match(index, /NamPathway/);
  assert.match(index, /NamDoseCalculator/);
});

test('the verification page and licence notices ship next to the single file', () => {
  assert.match(read('dist/THIRD-PARTY-NOTICES.txt'), /BSD 3-Clause[\s\S]*MIT License/);
  for (const file of readdirSync(join(ROOT, 'demo')).filter((f) => /^verify([.-][\w.-]*)?\.(html|js|css|json)$/.test(f))) {
    assert.equal(read(`dist/${file}`), read(`demo/${file}`), `dist/${file} is a copy of demo/${file}`);
  }
});

test('no stale chunks are left in dist/chunks', () => {
  const referenced = new Set();
  for (const entry of ['dist/index.js', 'dist/define.js', 'dist/core.js']) {
    const stack = [entry];
    while (stack.length) {
      const file = stack.pop();
      if (referenced.has(file)) continue;
      referenced.add(file);
      for (const [, rel] of read(file).matchAll(/from\s+['"](\.\/[^'"]+)['"]|import\s+['"](\.\/[^'"]+)['"]/g)) {
        if (rel) stack.push(join(file, '..', rel).replace(/\\/g, '/'));
      }
    }
  }
  const chunks = existsSync(join(ROOT, 'dist/chunks')) ? readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js')) : [];
  for (const chunk of chunks) assert.ok(referenced.has(`dist/chunks/${chunk}`), `dist/chunks/${chunk} is not used`);
});
