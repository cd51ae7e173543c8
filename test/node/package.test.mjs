// The package as published: Apache-2.0 (LICENSE, package.json, README, the bundle banners), not
// private, and `npm pack` holds exactly what an app or an intranet author needs — the built files,
// their types, the manifest, README and LICENSE — and nothing of the repository's sources, tests
// or tooling. Runs after the build (`npm test` builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { singleFiles } from '../../scripts/single-files.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (f) => readFileSync(join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('licensed under Apache-2.0: package.json, LICENSE, README; publishable (not private)', () => {
  assert.equal(pkg.license, 'Apache-2.0');
  assert.equal(pkg.private, undefined, 'no "private": true');
  const licence = read('LICENSE');
  assert.match(licence, /^\s*Apache License\s+Version 2\.0, January 2004\s+http:\/\/www\.apache\.org\/licenses\//);
  assert.match(licence, /END OF TERMS AND CONDITIONS/);
  assert.ok(licence.length > 10000, 'the full licence text');
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Licence'));
  assert.match(section, /Apache License, Version 2\.0/);
  assert.match(section, /\[LICENSE\]\(LICENSE\)/);
  assert.match(section, /THIRD-PARTY-NOTICES\.txt/);
  assert.doesNotMatch(readme, /UNLICENSED|Proprietary/);
});

/** `npm pack --dry-run --json`: the files the tarball would hold. */
function packedFiles() {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const [info] = JSON.parse(run.stdout);
  return { info, files: info.files.map((f) => f.path).sort() };
}

test('npm pack holds the built files, their types, the manifest, README and LICENSE', () => {
  const { info, files } = packedFiles();
  assert.equal(info.name, 'nam-cds');
  assert.equal(info.version, pkg.version);
  const has = (path) => assert.ok(files.includes(path), `the tarball has ${path}`);
  for (const path of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json']) has(path);
  for (const path of ['dist/index.js', 'dist/define.js', 'dist/core.js', 'dist/react.js', 'dist/vue.js']) has(path);
  for (const path of ['index', 'define', 'core/index', 'react', 'vue', 'shared', 'element-types']) has(`dist/types/${path}.d.ts`);
  for (const f of singleFiles()) {
    for (const name of [f.esm, f.iife]) for (const suffix of ['', '.gz', '.br', '.map']) has(`dist/${name}${suffix}`);
  }
  for (const path of ['dist/SHA256SUMS', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/verify.html', 'dist/verify.js', 'dist/verify.css', 'dist/verify-cases.json']) has(path);
  // Every file the exports map names is in the tarball.
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const target of targets.filter((t) => !t.includes('*'))) has(target.replace(/^\.\//, ''));
  // The chunks the ESM entry files import are there (SHA256SUMS lists the same files).
  const sums = read('dist/SHA256SUMS').trim().split('\n').map((l) => l.slice(66));
  for (const file of sums) has(`dist/${file}`);
});

test('npm pack holds nothing of the sources, tests, demo, tooling or build leftovers', () => {
  const { files } = packedFiles();
  const allowed = /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/.+)$/;
  const stray = files.filter((f) => !allowed.test(f));
  assert.deepEqual(stray, [], 'only package.json, README.md, LICENSE, custom-elements.json and dist/');
  const junk = files.filter((f) => /(^|\/)(src|test|tests|scripts|demo|tmp|bench|node_modules|coverage|\.ci)\/|\.tsbuildinfo$|\.ts$(?<!\.d\.ts)|\.test\.|tsconfig|rollup\.config|web-test-runner/.test(f));
  assert.deepEqual(junk, []);
  // The declarations are the sources' only (rootDir src): no test or script declarations.
  assert.ok(files.filter((f) => f.startsWith('dist/types/')).every((f) => f.endsWith('.d.ts')));
});
