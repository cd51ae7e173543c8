// src/element-types.ts is generated from custom-elements.json (scripts/element-types.mjs, run by
// `npm run analyze`), so the exported event types, the tag and event maps and the React and Vue
// declarations written over it cannot drift from the elements. The framework compilers check the
// declarations themselves (test/node/frameworks.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUT, eventTypeName, generate } from '../../scripts/element-types.mjs';
import { elementsOf } from '../../scripts/readme-api.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const generated = readFileSync(join(ROOT, OUTPUT), 'utf8');

test(`${OUTPUT} is up to date with custom-elements.json (run \`npm run analyze\` when this fails)`, () => {
  assert.equal(generated, generate(manifest));
});

test('every element, attribute, settable property and event of the manifest is in the generated types', () => {
  const elements = elementsOf(manifest);
  assert.ok(elements.length >= 2);
  for (const el of elements) {
    assert.match(generated, new RegExp(`'${el.tagName}': ${el.name};`), `tag map: ${el.tagName}`);
    const api = generated.slice(generated.indexOf(`  '${el.tagName}': {\n    element: ${el.name};`));
    const block = api.slice(0, api.indexOf('\n  };'));
    for (const a of el.attributes ?? []) assert.ok(block.includes(`'${a.name}': '${a.fieldName}';`), `${el.tagName} attribute ${a.name}`);
    for (const m of (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly && !m.name.startsWith('_'))) {
      assert.match(block, new RegExp(`properties: [^;]*'${m.name}'`), `${el.tagName} property ${m.name}`);
    }
    // Read-only results are not settable props.
    for (const m of (el.members ?? []).filter((m) => m.kind === 'field' && m.readonly)) {
      assert.doesNotMatch(block, new RegExp(`properties: [^;]*'${m.name}'`), `${el.tagName} read-only ${m.name}`);
    }
    for (const e of el.events ?? []) {
      assert.match(generated, new RegExp(`export type ${eventTypeName(e.name)} = ${e.type.text.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&')};`), e.name);
      assert.ok(block.includes(`'${e.name}': ${eventTypeName(e.name)};`), `${el.tagName} event ${e.name}`);
    }
  }
  assert.equal(eventTypeName('nam-pathway-change'), 'NamPathwayChangeEvent');
  assert.equal(eventTypeName('nam-monitor-change'), 'NamMonitorChangeEvent');
});

test('a new element in the manifest is generated with its tag, properties and event', () => {
  // The follow-up element as the manifest will describe it: nothing else needs writing.
  const monitor = {
    kind: 'class',
    name: 'NamMonitor',
    tagName: 'nam-monitor',
    customElement: true,
    attributes: [{ name: 'visits', fieldName: 'visits' }, { name: 'config', fieldName: 'config' }],
    members: [
      { kind: 'field', name: 'visits' },
      { kind: 'field', name: 'config' },
      { kind: 'field', name: 'fhir' },
      { kind: 'field', name: 'result', readonly: true },
    ],
    events: [{ name: 'nam-monitor-change', type: { text: 'CustomEvent<MonitorResult>' } }],
  };
  const extended = { ...manifest, modules: [...manifest.modules, { kind: 'javascript-module', path: 'src/elements/monitor/nam-monitor.ts', declarations: [monitor] }] };
  const out = generate(extended);
  assert.match(out, /import type \{ [^}]*MonitorResult[^}]* \} from '\.\/core\/index\.js';/);
  assert.match(out, /import type \{ NamMonitor \} from '\.\/elements\/monitor\/nam-monitor\.js';/);
  assert.match(out, /export type NamMonitorChangeEvent = CustomEvent<MonitorResult>;/);
  assert.match(out, /'nam-monitor': NamMonitor;/);
  assert.match(out, /'nam-monitor-change': NamMonitorChangeEvent;/);
  assert.match(out, /properties: 'visits' \| 'config' \| 'fhir';/);
});

test('an event whose detail is an object type imports the types it names, not its keys', () => {
  const el = {
    kind: 'class',
    name: 'NamExample',
    tagName: 'nam-example',
    customElement: true,
    events: [{ name: 'nam-example-change', type: { text: 'CustomEvent<{ visits: Visit[]; result?: FollowUpResult }>' } }],
  };
  const out = generate({ ...manifest, modules: [...manifest.modules, { kind: 'javascript-module', path: 'src/elements/example/nam-example.ts', declarations: [el] }] });
  const core = out.match(/import type \{ ([^}]*) \} from '\.\/core\/index\.js';/)[1].split(', ');
  assert.ok(core.includes('Visit') && core.includes('FollowUpResult'), core.join(', '));
  assert.ok(!core.includes('visits') && !core.includes('result'), core.join(', '));
  assert.match(out, /export type NamExampleChangeEvent = CustomEvent<\{ visits: Visit\[\]; result\?: FollowUpResult \}>;/);
});

test('the React and Vue declarations name no element: they are written over the generated lists', () => {
  for (const file of readdirSync(join(ROOT, 'types'))) {
    const text = readFileSync(join(ROOT, 'types', file), 'utf8');
    for (const el of elementsOf(manifest)) {
      const code = text.split('\n').filter((l) => !/^\s*(\*|\/\*\*|\/\/)/.test(l)).join('\n');
      assert.ok(!code.includes(el.tagName) && !code.includes(el.name), `${file} names ${el.tagName} / ${el.name} in its code`);
    }
  }
});
