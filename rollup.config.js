// Builds (design.md, "Builds"):
//  1. dist/*.js    — ESM for npm users: lit and zod stay external so apps dedupe them; .d.ts in dist/types.
//  2. Single files, each self-contained and minified (production Lit: node-resolve does not pick
//     Lit's "development" export condition), each with a classic-script twin (*.iife.min.js):
//     - dist/nam-cds.min.js — every element, and the core exported (the classic script puts it
//       on window.NamCds);
//     - dist/nam-<element>.min.js — one element only (nam-pathway.min.js,
//       nam-dose-calculator.min.js, …): its class, tag and the package version are exported, not
//       the core. The list comes from the folders of src/elements (scripts/single-files.mjs), so
//       a new element gets its file without a change here.
//     Registration is guarded in every file, so any of them may be loaded twice or side by side.
//     Next to each single file: its gzip (.gz) and brotli (.br) precompressed copies.
// Next to the single files: THIRD-PARTY-NOTICES.txt (Lit and zod licences, which the bundles
// include) and the verification page (demo/verify.*), so what an intranet author copies is complete.
// Last, dist/SHA256SUMS: the SHA-256 of every JavaScript file a deployment runs, in the format of
// `sha256sum` (`sha256sum -c SHA256SUMS` in dist/ checks them; verify.html compares the bundle).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { singleFiles, singleFileNames } from './scripts/single-files.mjs';
import service from './rollup.service.config.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = (what) =>
  `/*! nam-cds ${pkg.version} — ${what}: clinical decision support for immune-mediated necrotizing myopathy.` +
  ` Apache-2.0. Includes Lit (BSD-3-Clause, Google LLC) and zod (MIT, Colin McDonnell): see THIRD-PARTY-NOTICES.txt */`;

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

// The framework declarations (types/*.d.ts: nam-cds/react, nam-cds/vue) go into dist/types next to
// the generated element-types.d.ts they are written over; their JavaScript entries are empty modules,
// so `import 'nam-cds/react'` works as well as `import type {} from 'nam-cds/react'`.
const FRAMEWORK_ENTRIES = ['react', 'vue'];
const frameworkTypes = {
  name: 'nam-cds-framework-types',
  writeBundle() {
    for (const file of readdirSync('types').filter((f) => f.endsWith('.d.ts'))) copyFileSync(`types/${file}`, `dist/types/${file}`);
    for (const entry of FRAMEWORK_ENTRIES) {
      writeFileSync(`dist/${entry}.js`, `// Types only: see dist/types/${entry}.d.ts (nam-cds/${entry}).\nexport {};\n`);
    }
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
        `${singleFileNames().join(', ')} include the following software.`,
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
// (rollup -c builds the configurations one after another, so this runs on the last one). It runs
// when that build closes, after both of its outputs are on disk: an output's writeBundle can run
// while the other output of the same build is still being written.
const SUMS_FILES = [...singleFileNames(), 'index.js', 'define.js', 'core.js'];
const checksums = {
  name: 'nam-cds-sha256sums',
  closeBundle() {
    const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : [];
    const files = [...SUMS_FILES, ...chunks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const lines = files.map((file) => `${createHash('sha256').update(readFileSync(`dist/${file}`)).digest('hex')}  ${file}`);
    writeFileSync('dist/SHA256SUMS', `${lines.join('\n')}\n`);
  },
};

// Production minification; the banner (/*! … */) is kept, other comments are dropped.
const minify = (module) =>
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: /^!/ } });

// Each single file gets its precompressed copies: file.gz (gzip level 9) and file.br (brotli
// quality 11), for servers that send them with Content-Encoding (scripts/serve.mjs does).
const precompress = {
  name: 'nam-cds-precompress',
  writeBundle(options, bundle) {
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue;
      const file = `${options.dir ?? options.file.replace(/[^/]+$/, '')}/${item.fileName}`.replace(/\/\/+/g, '/');
      const code = readFileSync(file);
      writeFileSync(`${file}.gz`, gzipSync(code, { level: 9 }));
      writeFileSync(`${file}.br`, brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: code.length } }));
    }
  },
};

// A per-element single file's entry, made on the fly (no entry file per element): registers the
// element (its define.ts) and exports its class module and the package version, not the core.
const ELEMENT_ENTRY = 'nam-cds-element:';
const elementEntry = {
  name: 'nam-cds-element-entry',
  resolveId: (id) => (id.startsWith(ELEMENT_ENTRY) ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith(`\0${ELEMENT_ENTRY}`)) return null;
    const file = singleFiles().find((f) => f.folder === id.slice(ELEMENT_ENTRY.length + 1));
    if (!file || !existsSync(file.module)) throw new Error(`${id}: expected the element class in ${file?.module}`);
    const path = (p) => JSON.stringify(resolve(p));
    return [
      `import ${path(`src/elements/${file.folder}/define.ts`)};`,
      `export * from ${path(file.module)};`,
      `export { VERSION } from ${path('src/version.ts')};`,
    ].join('\n');
  },
};

// The single-file builds resolve Lit's "production" export condition, never "development", and
// have the whitespace of their Lit templates collapsed (scripts/minify-templates.mjs). Type
// errors are not checked here: the ESM build above and `npm test` (tsc) check them.
const bundled = () => [
  elementEntry,
  version,
  nodeResolve({ exportConditions: ['production'] }),
  ts({ declaration: false, outDir: 'dist', sourceMap: true, noCheck: true }),
  minifyTemplatesPlugin(),
];

const files = singleFiles();
export default [
  ...service,
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', core: 'src/core/index.ts' },
    external: [/^lit($|\/)/, /^@lit\//, /^lit-(html|element)($|\/)/, /^zod($|\/)/],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [version, nodeResolve(), ts({ declaration: true, declarationDir: 'dist/types', outDir: 'dist' }), pruneChunks, frameworkTypes],
    onwarn,
  },
  // One build per single file, written twice: the ES module and its classic-script twin. The
  // classic scripts extend one global, window.NamCds, whichever of them a page loads.
  ...files.map((file, i) => ({
    input: file.folder ? `${ELEMENT_ENTRY}${file.folder}` : 'src/define.ts',
    output: [
      {
        file: `dist/${file.esm}`,
        format: 'es',
        sourcemap: true,
        banner: banner(file.tag ? `<${file.tag}>` : 'all elements'),
        plugins: [minify(true), precompress, ...(i === 0 ? [companions] : [])],
      },
      {
        file: `dist/${file.iife}`,
        format: 'iife',
        name: 'NamCds',
        extend: true,
        sourcemap: true,
        banner: banner(file.tag ? `<${file.tag}>` : 'all elements'),
        plugins: [minify(false), precompress],
      },
    ],
    plugins: [...bundled(), ...(i === files.length - 1 ? [checksums] : [])],
    // Reading a property never has a side effect in these sources or their dependencies: an
    // unused module-level computation (a list mapped from a table, say) is dropped with its
    // table, so a per-element file leaves out the other elements' content.
    treeshake: { propertyReadSideEffects: false },
    onwarn,
  })),
];
