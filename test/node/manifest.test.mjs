// custom-elements.json: committed, generated from the elements' JSDoc, never stale, and
// complete — every attribute named in the issues, the change event, and every part and
// --nam-* custom property the element's own sources use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));

const elements = {};
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) if (decl.customElement) elements[decl.tagName] = { ...decl, module: mod.path };
}

const EXPECTED = {
  'nam-pathway': {
    event: 'nam-pathway-change',
    attributes: ['antibody', 'statin', 'checkpoint-inhibitor', 'severity', 'red-flags', 'phase', 'weight', 'weight-unit', 'mode', 'config', 'theme'],
  },
  'nam-dose-calculator': {
    event: 'nam-dose-change',
    attributes: ['weight', 'weight-unit', 'height-cm', 'sex', 'ivig-days', 'ivig-dosing-weight', 'tpmt', 'start-date', 'methotrexate-day', 'drugs', 'config', 'theme'],
  },
  'nam-monitor': {
    event: 'nam-monitor-change',
    attributes: ['mmt-max', 'today', 'taper-start', 'weight', 'weight-unit', 'weight-confirmed', 'height-cm', 'config', 'theme', 'heading-level'],
  },
};

test('custom-elements.json is up to date with the sources (run `npm run analyze` when this fails)', () => {
  const out = mkdtempSync(join(tmpdir(), 'nam-cds-cem-'));
  try {
    const cli = join(ROOT, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
    const run = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', relative(ROOT, out)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(manifest, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the manifest lists its modules sorted by path, so it is the same on every machine', () => {
  // The analyzer reads files in file-system order, which differs between clones; the config sorts.
  const paths = manifest.modules.map((m) => m.path);
  assert.deepEqual(paths, [...paths].sort());
  assert.ok(paths.length >= 4, 'both element modules and both define modules');
});

test('package.json points tools at the manifest', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

for (const [tag, expected] of Object.entries(EXPECTED)) {
  test(`<${tag}>: tag, summary, attributes, properties, event, parts and custom properties are documented`, () => {
    const el = elements[tag];
    assert.ok(el, `${tag} is in the manifest`);
    assert.ok((el.summary ?? el.description ?? '').trim(), 'a summary or description');

    const attributes = new Map((el.attributes ?? []).map((a) => [a.name, a]));
    for (const name of expected.attributes) {
      assert.ok(attributes.has(name), `attribute ${name}`);
      assert.ok(attributes.get(name).description?.trim(), `attribute ${name} has a description`);
    }
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
    assert.ok(fields.some((f) => f.name === 'config'), 'the config property');
    for (const f of fields) assert.ok(f.description?.trim(), `property ${f.name} has a description`);

    const event = (el.events ?? []).find((e) => e.name === expected.event);
    assert.ok(event, `event ${expected.event}`);
    assert.ok(event.description?.trim(), `event ${expected.event} has a description`);

    for (const p of el.cssParts ?? []) assert.ok(p.description?.trim(), `part ${p.name} has a description`);
    for (const p of el.cssProperties ?? []) assert.ok(p.description?.trim(), `custom property ${p.name} has a description`);
  });

  test(`<${tag}>: every part and --nam-* property its sources use is in the manifest`, () => {
    const el = elements[tag];
    assert.ok(el, `${tag} is in the manifest`);
    // The element's module and every relative module it imports, transitively.
    const files = new Set();
    const visit = (file) => {
      if (files.has(file) || !existsSync(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, rel] of code.matchAll(/(?:from|import)\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = join(dirname(file), rel).replace(/\.js$/, '.ts');
        if (target.includes(`${join(ROOT, 'src', 'elements')}`)) visit(target);
      }
    };
    visit(join(ROOT, el.module));
    assert.ok(files.size > 1, 'found the element sources');
    const used = { parts: new Set(), props: new Set() };
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const [, names] of code.matchAll(/\bpart="([^"$]+)"/g)) for (const n of names.split(/\s+/)) if (n) used.parts.add(n);
      for (const [, name] of code.matchAll(/var\(\s*(--nam-[a-z0-9-]+)/g)) used.props.add(name);
    }
    const parts = new Set((el.cssParts ?? []).map((p) => p.name));
    const props = new Set((el.cssProperties ?? []).map((p) => p.name));
    const missingParts = [...used.parts].filter((p) => !parts.has(p));
    const missingProps = [...used.props].filter((p) => !props.has(p));
    assert.deepEqual(missingParts, [], `parts used but not documented with @csspart: ${missingParts.join(', ')}`);
    assert.deepEqual(missingProps, [], `custom properties used but not documented with @cssprop: ${missingProps.join(', ')}`);
  });
}
