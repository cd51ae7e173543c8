// The package as React, Vue and Angular apps see it: `npm pack`, the tarball unpacked into each
// project under test/frameworks/ (npm workspaces, installed by the root `npm ci`), the README's
// snippets for that framework written into the project, and the framework's real compiler run
// on them: tsc with @types/react 18 (TypeScript's older "node" resolution, so typesVersions) and
// 19 ("bundler" resolution, so exports), vue-tsc and ngc with strictTemplates. Each project's
// checks file adds cases that must compile and @ts-expect-error cases that must stay errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FRAMEWORKS = join(ROOT, 'test', 'frameworks');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The fenced blocks of one language in the README's "Use from npm" section. */
function snippets(lang) {
  const section = readme.slice(readme.indexOf('## Use from npm'), readme.indexOf('\n## ', readme.indexOf('## Use from npm') + 3));
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(([, l]) => l === lang).map(([, , body]) => body);
}

let tmp;
let tarball;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'nam-cds-frameworks-'));
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  tarball = join(tmp, JSON.parse(pack.stdout)[0].filename);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Unpacks the tarball as the project's node_modules/nam-cds (what `npm install` would put there). */
function install(project) {
  const target = join(FRAMEWORKS, project, 'node_modules', 'nam-cds');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
  assert.equal(untar.status, 0, untar.stderr);
}

/** Runs a package's bin from the project (resolved as the project resolves it) and times it. */
function compile(project, pkg, bin, args) {
  const require = createRequire(join(FRAMEWORKS, project, 'package.json'));
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const binPath = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(manifestPath, '..', binPath), ...args], { cwd: join(FRAMEWORKS, project), encoding: 'utf8' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ...run, seconds, output: `${run.stdout}${run.stderr}` };
}

/** Writes the project's generated sources (cleared first). */
function write(project, files) {
  // The folder holds generated files only, so a fresh clone does not have it.
  mkdirSync(join(FRAMEWORKS, project, 'src'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(FRAMEWORKS, project, 'src', name), text);
}

test('the README has the framework snippets the projects compile', () => {
  assert.equal(snippets('tsx').length, 2, 'two React snippets (React 18 and 19; React 19)');
  assert.equal(snippets('vue').length, 1, 'one Vue snippet');
  assert.equal(snippets('ts').filter((s) => s.includes('@angular/core')).length, 1, 'one Angular snippet');
  for (const body of [...snippets('tsx'), ...snippets('vue')]) assert.match(body, /import type \{\} from 'nam-cds\/(react|vue)'/);
});

for (const project of ['react18', 'react19']) {
  test(`${project}: tsc compiles the README's React snippets and the JSX checks`, (t) => {
    install(project);
    const files = { 'checks.generated.tsx': readFileSync(join(FRAMEWORKS, 'react-checks.tsx'), 'utf8') };
    snippets('tsx').forEach((body, i) => (files[`readme-${i + 1}.generated.tsx`] = body));
    write(project, files);
    const types = JSON.parse(readFileSync(createRequire(join(FRAMEWORKS, project, 'package.json')).resolve('@types/react/package.json'), 'utf8'));
    assert.equal(types.version.split('.')[0], project.slice(-2), `@types/react ${types.version}`);
    const run = compile(project, 'typescript', 'tsc', ['-p', '.']);
    t.diagnostic(`tsc with @types/react ${types.version}: ${run.seconds} s`);
    assert.equal(run.status, 0, run.output);
  });
}

test('vue: vue-tsc (strictTemplates) compiles the README\'s Vue snippet and the template checks', (t) => {
  install('vue');
  write('vue', { 'Readme.generated.vue': snippets('vue')[0] });
  const run = compile('vue', 'vue-tsc', 'vue-tsc', ['-p', '.']);
  t.diagnostic(`vue-tsc: ${run.seconds} s`);
  assert.equal(run.status, 0, run.output);
});

test('angular: ngc (strictTemplates) compiles the README\'s Angular snippet and the template checks', (t) => {
  install('angular');
  write('angular', { 'readme.generated.component.ts': snippets('ts').find((s) => s.includes('@angular/core')) });
  const out = join(FRAMEWORKS, 'angular', 'out');
  rmSync(out, { recursive: true, force: true });
  const run = compile('angular', '@angular/compiler-cli', 'ngc', ['-p', 'tsconfig.json']);
  t.diagnostic(`ngc: ${run.seconds} s`);
  assert.equal(run.status, 0, run.output);
  assert.ok(existsSync(join(out, 'readme.generated.component.js')), 'ngc wrote the compiled component');
});

test('a wrong snippet fails: the compilers are really checking (React 19, a theme that is not allowed)', (t) => {
  install('react19');
  write('react19', { 'checks.generated.tsx': 'import type {} from \'nam-cds/react\';\nexport const x = <nam-pathway theme="blue" />;\n' });
  for (const f of ['readme-1.generated.tsx', 'readme-2.generated.tsx']) rmSync(join(FRAMEWORKS, 'react19', 'src', f), { force: true });
  const run = compile('react19', 'typescript', 'tsc', ['-p', '.']);
  t.diagnostic(`tsc: ${run.seconds} s`);
  assert.notEqual(run.status, 0);
  assert.match(run.output, /checks\.generated\.tsx\(2,\d+\): error TS2322: Type '"blue"'/);
  rmSync(join(FRAMEWORKS, 'react19', 'src', 'checks.generated.tsx'));
});
