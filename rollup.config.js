// Builds (design.md, "Builds"):
//  1. dist/*.js    — ESM for npm users: lit and zod stay external so apps dedupe them; .d.ts in dist/types.
//  2. dist/nam-cds.min.js — one self-contained, minified ES module that defines both elements
//     (production Lit: node-resolve does not pick Lit's "development" export condition).
//  3. dist/nam-cds.iife.min.js — the same as a classic script, for pages that cannot use modules
//     (the core is then on window.NamCds).
// Next to the single file: THIRD-PARTY-NOTICES.txt (Lit and zod licences, which the bundle
// includes) and the verification page (demo/verify.*), so what an intranet author copies is complete.
// Last, dist/SHA256SUMS: the SHA-256 of every JavaScript file a deployment runs, in the format of
// `sha256sum` (`sha256sum -c SHA256SUMS` in dist/ checks them; verify.html compares the bundle).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import service from './rollup.service.config.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner =
  `/*! nam-cds ${pkg.version} — clinical decision support for immune-mediated necrotizing myopathy.` +
  ` Includes Lit (BSD-3-Clause, Google LLC) and zod (MIT, Colin McDonnell): see THIRD-PARTY-NOTICES.txt */`;

// @rollup/plugin-typescript needs the TypeScript JS API: typescript 5.x, not 7.x.
const ts = (extra = {}) => typescript({ tsconfig: './tsconfig.build.json', ...extra });

// zod 4 ships comments rollup cannot place and an internal import cycle: harmless noise.
const onwarn = (w, warn) => {
  if (/node_modules\/zod\//.test(w.id ?? w.ids?.join() ?? '') && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(w.code)) return;
  warn(w);
};

// The package version is compiled in so two copies on one page can tell each other apart.
const version = {
  name: 'nam-cds-version',
  transform(code, id) {
    return id.endsWith('src/version.ts') ? { code: code.replace('__NAM_CDS_VERSION__', pkg.version), map: null } : null;
  },
};

// Chunk names carry a content hash: remove the chunks an earlier build left behind.
const pruneChunks = {
  name: 'nam-cds-prune-chunks',
  writeBundle(_options, bundle) {
    const dir = 'dist/chunks';
    if (!existsSync(dir)) return;
    const keep = new Set(Object.keys(bundle));
    for (const file of readdirSync(dir)) if (!keep.has(`chunks/${file}`)) rmSync(`${dir}/${file}`, { force: true });
  },
};

// The verification page (demo/verify.html, verify.js, verify.css, verify-cases.json) ships next to
// dist/nam-cds.min.js, so a deployment can be checked where it is served.
const VERIFY_FILE = /^verify([.-][\w.-]*)?\.(html|js|css|json)$/;
const companions = {
  name: 'nam-cds-companions',
  writeBundle() {
    const licence = (name) => readFileSync(new URL(`./node_modules/${name}/LICENSE`, import.meta.url), 'utf8').trim();
    writeFileSync(
      'dist/THIRD-PARTY-NOTICES.txt',
      [
        'nam-cds.min.js and nam-cds.iife.min.js include the following software.',
        `\n== Lit (lit, lit-html, lit-element, @lit/reactive-element) ==\n\n${licence('lit')}`,
        `\n== zod ==\n\n${licence('zod')}`,
        '',
      ].join('\n'),
    );
    for (const file of existsSync('demo') ? readdirSync('demo') : []) {
      if (VERIFY_FILE.test(file)) copyFileSync(`demo/${file}`, `dist/${file}`);
    }
  },
};

// dist/SHA256SUMS, "<hex>  <file>" per line, sorted by file name: the two single files, the ESM
// entry files and their chunks, hashed from disk after the last build has written its output
// (rollup -c builds the configurations one after another, so this runs on the last one).
const SUMS_FILES = ['nam-cds.min.js', 'nam-cds.iife.min.js', 'index.js', 'define.js', 'core.js'];
const checksums = {
  name: 'nam-cds-sha256sums',
  writeBundle() {
    const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : [];
    const files = [...SUMS_FILES, ...chunks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const lines = files.map((file) => `${createHash('sha256').update(readFileSync(`dist/${file}`)).digest('hex')}  ${file}`);
    writeFileSync('dist/SHA256SUMS', `${lines.join('\n')}\n`);
  },
};

// Production minification; the banner (/*! … */) is kept, other comments are dropped.
const minify = (module) =>
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: /^!/ } });

// The single-file builds resolve Lit's "production" export condition, never "development", and
// have the whitespace of their Lit templates collapsed (scripts/minify-templates.mjs).
const bundled = () => [version, nodeResolve({ exportConditions: ['production'] }), ts({ declaration: false, outDir: 'dist', sourceMap: true }), minifyTemplatesPlugin()];

export default [
  ...service,
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', core: 'src/core/index.ts' },
    external: [/^lit($|\/)/, /^@lit\//, /^lit-(html|element)($|\/)/, /^zod($|\/)/],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [version, nodeResolve(), ts({ declaration: true, declarationDir: 'dist/types', outDir: 'dist' }), pruneChunks],
    onwarn,
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/nam-cds.min.js', format: 'es', sourcemap: true, banner },
    plugins: [...bundled(), minify(true), companions],
    onwarn,
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/nam-cds.iife.min.js', format: 'iife', name: 'NamCds', sourcemap: true, banner },
    plugins: [...bundled(), minify(false), checksums],
    onwarn,
  },
];
