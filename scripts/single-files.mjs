// The self-contained single files the build writes into dist/, derived from the source tree so
// that a new element needs no change here: every folder of src/elements/ that has a define.ts
// (shared/ has none) is an element, its tag is "nam-<folder>" and its class module is
// src/elements/<folder>/nam-<folder>.ts. Used by rollup.config.js, the benchmark and the tests.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The element folders under src/elements, sorted: ['dose-calculator', 'pathway', …]. */
export function elementFolders(root = ROOT) {
  const dir = join(root, 'src', 'elements');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * Every single file: the all-in-one (`nam-cds`, both elements and the core) first, then one per
 * element. `esm` and `iife` are file names inside dist/; `tag` is the element a per-element file
 * registers (undefined for the all-in-one, which registers every element).
 */
export function singleFiles(root = ROOT) {
  return [
    { name: 'nam-cds', esm: 'nam-cds.min.js', iife: 'nam-cds.iife.min.js', folder: undefined, tag: undefined },
    ...elementFolders(root).map((folder) => ({
      name: `nam-${folder}`,
      esm: `nam-${folder}.min.js`,
      iife: `nam-${folder}.iife.min.js`,
      folder,
      tag: `nam-${folder}`,
      module: `src/elements/${folder}/nam-${folder}.ts`,
    })),
  ];
}

/** Every single file's name in dist/ (ES module and classic script), in build order. */
export const singleFileNames = (root = ROOT) => singleFiles(root).flatMap((f) => [f.esm, f.iife]);
