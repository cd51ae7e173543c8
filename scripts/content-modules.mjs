// The clinical content modules (src/content/*.ts) loaded in Node without a build: each file is
// transpiled (TypeScript's transpileModule, no type check) to a temporary folder and imported.
// Used by the traceability table and the generated clinical content document, so both read the
// content exactly as the source defines it.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every src/content module by file name without extension ("pathway-rules", "drug-rules", …). */
export async function loadContentModules(root = ROOT) {
  const ts = (await import('typescript')).default;
  const dir = join(root, 'src', 'content');
  const out = mkdtempSync(join(tmpdir(), 'nam-cds-content-'));
  try {
    const names = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    for (const name of names) {
      const { outputText } = ts.transpileModule(readFileSync(join(dir, name), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: name,
      });
      writeFileSync(join(out, name.replace(/\.ts$/, '.js')), outputText);
    }
    const modules = {};
    for (const name of names) {
      const key = name.replace(/\.ts$/, '');
      modules[key] = await import(pathToFileURL(join(out, `${key}.js`)).href);
    }
    return modules;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
