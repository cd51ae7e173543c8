// Builds nam-cds against the LOWEST versions its dependency ranges allow (package.json:
// "lit": "^3.0.0", "zod": "^4.0.0"), for the tests that check those versions really work
// (test/node/lowest-versions.test.mjs, test/e2e/lowest-versions.test.ts).
//
// The lowest versions are installed by `npm ci` as aliased devDependencies (lit-lowest is
// npm:lit@3.0.0, and likewise Lit's three packages and zod). Every import of lit, lit-html,
// lit-element, @lit/reactive-element and zod — in the sources and inside those packages — is sent
// to its "-lowest" alias, so no newer copy can slip in. Writes (not minified, not shipped):
//   tmp/lowest/core.js     the core, for Node
//   tmp/lowest/nam-cds.js  every element and the core, for the browser
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = 'tmp/lowest';

/** Each dependency's import prefix and the alias its lowest version is installed under. */
export const LOWEST_ALIASES = [
  { name: 'lit', alias: 'lit-lowest' },
  { name: 'lit-html', alias: 'lit-html-lowest' },
  { name: 'lit-element', alias: 'lit-element-lowest' },
  { name: '@lit/reactive-element', alias: 'reactive-element-lowest' },
  { name: 'zod', alias: 'zod-lowest' },
];

/** The version installed under an alias (node_modules/<alias>/package.json). */
export const installedVersion = (alias) => JSON.parse(readFileSync(join(ROOT, 'node_modules', alias, 'package.json'), 'utf8')).version;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const lowest = {
  name: 'nam-cds-lowest-versions',
  async resolveId(source, importer, options) {
    for (const { name, alias } of LOWEST_ALIASES) {
      const match = source.match(new RegExp(`^${escape(name)}(/.*)?$`));
      if (match) {
        const resolved = await this.resolve(`${alias}${match[1] ?? ''}`, importer, { ...options, skipSelf: true });
        if (!resolved) this.error(`${source} → ${alias}${match[1] ?? ''}: not installed (npm ci installs the lowest versions)`);
        return resolved;
      }
    }
    return null;
  },
};

const onwarn = (w, warn) => {
  if (/node_modules\/zod(-lowest)?\//.test(w.id ?? w.ids?.join() ?? '') && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(w.code)) return;
  warn(w);
};

export async function buildLowest() {
  const builds = [
    { input: 'src/core/index.ts', file: `${OUT_DIR}/core.js` },
    { input: 'src/define.ts', file: `${OUT_DIR}/nam-cds.js` },
  ];
  for (const { input, file } of builds) {
    const bundle = await rollup({
      input: join(ROOT, input),
      plugins: [
        lowest,
        nodeResolve({ exportConditions: ['production'] }),
        typescript({ tsconfig: join(ROOT, 'tsconfig.build.json'), declaration: false, sourceMap: false, outDir: join(ROOT, OUT_DIR), noCheck: true }),
      ],
      onwarn,
    });
    await bundle.write({ file: join(ROOT, file), format: 'es' });
    await bundle.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildLowest();
  const versions = LOWEST_ALIASES.map(({ name, alias }) => `${name} ${installedVersion(alias)}`).join(', ');
  console.log(`Built ${OUT_DIR}/core.js and ${OUT_DIR}/nam-cds.js with ${versions} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
