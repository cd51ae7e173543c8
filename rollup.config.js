// Builds (design.md, "Builds"):
//  1. dist/*.js    — ESM for npm users: lit and zod stay external so apps dedupe them; .d.ts in dist/types.
//  2. dist/nam-cds.min.js — one self-contained, minified ES module that defines both elements
//     (production Lit: node-resolve does not pick Lit's "development" export condition).
//  3. dist/nam-cds.iife.min.js — the same as a classic script, for pages that cannot use modules.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! nam-cds ${pkg.version} — clinical decision support for immune-mediated necrotizing myopathy. */`;

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

const minify = terser({ format: { comments: /^!/ }, ecma: 2020, module: true });

export default [
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', core: 'src/core/index.ts' },
    external: [/^lit($|\/)/, /^@lit\//, /^lit-(html|element)($|\/)/, /^zod($|\/)/],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [version, nodeResolve(), ts({ declaration: true, declarationDir: 'dist/types', outDir: 'dist' })],
    onwarn,
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/nam-cds.min.js', format: 'es', sourcemap: true, banner },
    plugins: [version, nodeResolve({ exportConditions: ['production'] }), ts({ declaration: false, outDir: 'dist', sourceMap: true }), minify],
    onwarn,
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/nam-cds.iife.min.js', format: 'iife', name: 'NamCds', sourcemap: true, banner },
    plugins: [version, nodeResolve({ exportConditions: ['production'] }), ts({ declaration: false, outDir: 'dist', sourceMap: true }), terser({ format: { comments: /^!/ } })],
    onwarn,
  },
];
