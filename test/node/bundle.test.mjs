// The built bundles and the package's entry points (run after `npm run build`; `npm test` builds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { singleFiles } from '../../scripts/single-files.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (f) => readFileSync(join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const SINGLE = 'dist/nam-cds.min.js';
const FILES = singleFiles();
const ALL_NAMES = FILES.flatMap((f) => [f.esm, f.iife]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test('the single files are derived from the element folders: the all-in-one and one per element', () => {
  const folders = readdirSync(join(ROOT, 'src', 'elements'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src', 'elements', d.name, 'define.ts')))
    .map((d) => d.name);
  assert.deepEqual(FILES.map((f) => f.esm), ['nam-cds.min.js', ...folders.sort().map((f) => `nam-${f}.min.js`)]);
  assert.ok(FILES.some((f) => f.tag === 'nam-pathway') && FILES.some((f) => f.tag === 'nam-dose-calculator'));
  // Each per-element file's tag is the element's tag in the manifest.
  const manifest = JSON.parse(read('custom-elements.json'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName));
  for (const f of FILES.filter((x) => x.tag)) assert.ok(tags.includes(f.tag), `${f.tag} is in custom-elements.json`);
  for (const name of ALL_NAMES) assert.ok(existsSync(join(ROOT, 'dist', name)), `dist/${name} is built`);
});

test('every single file is within its gzip size guard (sizeBudget in package.json)', () => {
  for (const f of FILES) {
    const entry = pkg.sizeBudget[`dist/${f.esm}`];
    assert.ok(entry, `sizeBudget has dist/${f.esm}`);
    assert.ok(entry.gzip > 0 && entry.target > 0, `dist/${f.esm}: a guard and a target`);
    // A regression guard: raising it needs a reason in the README's "Size budget" paragraph.
    for (const name of [f.esm, f.iife]) {
      const gzip = gzipSync(readFileSync(join(ROOT, 'dist', name)), { level: 9 }).length;
      assert.ok(
        gzip <= entry.gzip,
        `dist/${name} is ${kb(gzip)} gzipped, over its ${kb(entry.gzip)} guard (\`npm run bench\` shows what it is made of)`,
      );
    }
  }
  // The targets are the budgets and stay put; a guard is the target, or the measured size
  // of a file that does not meet it yet (a regression guard, explained in the README's size table).
  const TARGETS = { [SINGLE]: 70, 'dist/nam-dose-calculator.min.js': 37, 'dist/nam-pathway.min.js': 50, 'dist/nam-monitor.min.js': 40 };
  for (const [file, kib] of Object.entries(TARGETS)) assert.equal(pkg.sizeBudget[file]?.target, kib * 1024, `${file}: the target is ${kib} KB`);
  for (const [file, entry] of Object.entries(pkg.sizeBudget)) {
    assert.ok(entry.gzip >= entry.target, `${file}: the guard ${kb(entry.gzip)} is not below the ${kb(entry.target)} target`);
  }
});

test('each single file ships precompressed: .gz and .br next to it, decompressing to the file', () => {
  for (const name of ALL_NAMES) {
    const file = readFileSync(join(ROOT, 'dist', name));
    assert.ok(gunzipSync(readFileSync(join(ROOT, 'dist', `${name}.gz`))).equals(file), `${name}.gz`);
    assert.ok(brotliDecompressSync(readFileSync(join(ROOT, 'dist', `${name}.br`))).equals(file), `${name}.br`);
  }
});

for (const file of ALL_NAMES.map((n) => `dist/${n}`)) {
  test(`${file}: production Lit, no eval, no network or storage API, the licence banner`, () => {
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
    assert.match(code, new RegExp(`^/\\*! nam-cds ${pkg.version.replace(/\./g, '\\.')} .*? Apache-2\\.0\\. Includes Lit`), 'version and licence banner');
  });
}

for (const f of FILES.filter((x) => x.tag)) {
  test(`dist/${f.esm} is self-contained, registers <${f.tag}> only, and exports its class, not the core`, () => {
    const code = read(`dist/${f.esm}`);
    assert.doesNotMatch(code, /\bimport\s*[{*"'(]|\bfrom\s*["'](lit|zod)/, 'no import of another module');
    assert.match(code, new RegExp(`["']${f.tag}["']`));
    for (const other of FILES.filter((x) => x.tag && x.tag !== f.tag)) {
      assert.doesNotMatch(code, new RegExp(`["']${other.tag}["']`), `does not name <${other.tag}>`);
    }
    const exported = code.match(/export\s*\{([^}]*)\}\s*;?\s*(\/\/# sourceMappingURL=.*)?\s*$/);
    assert.ok(exported, 'an export list at the end');
    const names = exported[1].split(',').map((e) => e.trim().split(/\s+as\s+/).pop());
    assert.ok(names.includes('VERSION'), 'exports VERSION');
    assert.ok(names.some((n) => /^Nam[A-Z]/.test(n)), `exports the element class: ${names}`);
    for (const core of ['calculateDoses', 'evaluatePathway', 'resolveConfig', 'SOURCES']) assert.ok(!names.includes(core), `does not export ${core}`);
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
  for (const target of targets.filter((t) => !t.includes('*'))) assert.ok(existsSync(join(ROOT, target)), `${target} exists`);
  for (const key of ['.', './define', './core', './react', './vue', './custom-elements.json']) assert.ok(pkg.exports[key], `exports ${key}`);
  // Every single file through the one pattern, and nothing else of dist/ through it.
  assert.equal(pkg.exports['./*.min.js'], './dist/*.min.js');
  for (const name of ALL_NAMES) assert.ok(name.endsWith('.min.js') && existsSync(join(ROOT, 'dist', name)), name);
  const matched = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.min.js'));
  assert.deepEqual(matched.sort(), [...ALL_NAMES].sort(), 'the pattern exposes exactly the single files');
  assert.equal(pkg.exports['.'].default, './dist/index.js');
  assert.equal(pkg.exports['./define'].default, './dist/define.js');
  assert.equal(pkg.exports['./core'].default, './dist/core.js');
  assert.equal(pkg.customElements, 'custom-elements.json');
  // TypeScript's older "node" resolution ignores exports: typesVersions gives it the same types.
  const typed = Object.entries(pkg.exports).filter(([key, v]) => key !== '.' && typeof v === 'object' && v.types);
  assert.deepEqual(
    Object.fromEntries(Object.entries(pkg.typesVersions['*']).map(([k, [v]]) => [`./${k}`, `./${v}`])),
    Object.fromEntries(typed.map(([key, v]) => [key, v.types])),
    'typesVersions mirrors the typed subpath exports',
  );

  // sideEffects names only the define files (and the self-registering single files).
  for (const entry of pkg.sideEffects) assert.match(entry, /define(\.(js|ts))?$|define\.ts$|^\.\/dist\/\*\.min\.js$/, entry);
  assert.ok(pkg.sideEffects.includes('./dist/define.js'));
  assert.ok(pkg.sideEffects.includes('./dist/*.min.js'));
  // The framework entries are types only: their JavaScript is an empty module.
  for (const entry of ['./react', './vue']) assert.match(read(pkg.exports[entry].default), /^\/\/ Types only[^\n]*\nexport \{\};\n$/, entry);

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
  for (const key of ['.', './define', './core', './react', './vue']) {
    assert.ok(existsSync(join(ROOT, pkg.exports[key].types)), `${pkg.exports[key].types}`);
  }
  const index = read(pkg.exports['.'].types);
  assert.match(index, /NamPathway/);
  assert.match(index, /NamDoseCalculator/);
  assert.match(index, /export type \* from '\.\/element-types\.js'/, 'the event types and tag map');
  // The framework declarations are the ones in types/, next to the generated element types.
  for (const file of readdirSync(join(ROOT, 'types'))) assert.equal(read(`dist/types/${file}`), read(`types/${file}`), file);
  assert.match(read('dist/types/react.d.ts'), /declare module 'react'[\s\S]*interface IntrinsicElements/);
  assert.match(read('dist/types/vue.d.ts'), /declare module 'vue'[\s\S]*interface GlobalComponents/);
});

test('the verification page and licence notices ship next to the single files', () => {
  const notices = read('dist/THIRD-PARTY-NOTICES.txt');
  assert.match(notices, /BSD 3-Clause[\s\S]*MIT License/);
  for (const name of ALL_NAMES) assert.ok(notices.split('\n')[0].includes(name), `the notices name ${name}`);
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
