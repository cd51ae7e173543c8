// src/element-types.ts, generated from custom-elements.json: for every element its tag, class,
// attributes (and the property each sets), settable properties and events, and the event types.
// The package entry exports them and declares the tags in HTMLElementTagNameMap and the events in
// HTMLElementEventMap; the React and Vue declarations (types/react.d.ts, types/vue.d.ts) are
// written once over these lists, so a new element needs no hand-written declaration.
//
//   node scripts/element-types.mjs          rewrites src/element-types.ts
//   node scripts/element-types.mjs --check  exits 1 when it is out of step with the manifest
//
// `npm run analyze` regenerates the manifest and then this file; test/node/element-types.test.mjs
// fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, dirname } from 'node:path';
import { elementsOf } from './readme-api.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT = 'src/element-types.ts';

const isPublic = (m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');
const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const comment = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/').trim()} */\n` : '');

/** "nam-pathway-change" → "NamPathwayChangeEvent". */
export const eventTypeName = (event) => `${event.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}Event`;

/** Identifiers an event type names that the core must export ("CustomEvent<PathwayResult>" → PathwayResult). */
const GLOBAL_TYPES = new Set(['CustomEvent', 'Event', 'Record', 'Readonly', 'ReadonlyArray', 'Array', 'Partial', 'string', 'number', 'boolean', 'unknown', 'undefined', 'null', 'readonly']);
// The keys of an object type (`{ visits: Visit[]; result?: FollowUpResult }`) are not type names.
const namedTypes = (text) => [...text.matchAll(/\b[A-Za-z_][A-Za-z0-9_]*\b(?!\s*\??:)/g)].map(([t]) => t).filter((t) => !GLOBAL_TYPES.has(t));

/** The generated TypeScript for a manifest. */
export function generate(manifest) {
  const modules = new Map();
  for (const mod of manifest.modules ?? []) for (const decl of mod.declarations ?? []) if (decl.customElement) modules.set(decl, mod.path);
  const elements = elementsOf(manifest).sort((a, b) => (a.tagName < b.tagName ? -1 : 1));

  const coreTypes = new Set();
  const events = [];
  for (const el of elements) {
    for (const ev of el.events ?? []) {
      const text = ev.type?.text ?? 'CustomEvent';
      // A manifest type is the detail type or the whole event type; make it the event type.
      const type = /^CustomEvent\b|^Event$/.test(text) ? text : `CustomEvent<${text}>`;
      for (const t of namedTypes(type)) coreTypes.add(t);
      events.push({ tag: el.tagName, name: ev.name, type, typeName: eventTypeName(ev.name), description: ev.description });
    }
  }

  const out = [];
  out.push('// Generated from custom-elements.json by `npm run analyze` (scripts/element-types.mjs): do not edit by hand.');
  out.push('// Every element\'s tag, attributes, settable properties and events, for the tag and event maps, the');
  out.push('// exported event types and the framework declarations (nam-cds/react, nam-cds/vue).');
  if (coreTypes.size) out.push(`import type { ${[...coreTypes].sort().join(', ')} } from './core/index.js';`);
  for (const el of elements) {
    const from = relative(dirname(join(ROOT, OUTPUT)), join(ROOT, modules.get(el))).replace(/\\/g, '/').replace(/\.ts$/, '.js');
    out.push(`import type { ${el.name} } from './${from}';`);
  }
  out.push('');
  for (const ev of events) {
    out.push(`${comment(`\`${ev.name}\` on \`<${ev.tag}>\`: ${ev.description ?? ''}`)}export type ${ev.typeName} = ${ev.type};`);
  }
  out.push('');
  out.push('/** Every nam-cds element, by tag. */');
  out.push('export interface NamCdsElementTagNameMap {');
  for (const el of elements) out.push(`  ${quote(el.tagName)}: ${el.name};`);
  out.push('}');
  out.push('');
  out.push('/** Every nam-cds event, by name (they bubble and cross shadow roots). */');
  out.push('export interface NamCdsEventMap {');
  for (const ev of events) out.push(`  ${quote(ev.name)}: ${ev.typeName};`);
  out.push('}');
  out.push('');
  out.push('/**');
  out.push(' * Per element: the class, its attributes (attribute name → the property it sets), the');
  out.push(' * properties a page may set, and the events it fires.');
  out.push(' */');
  out.push('export interface NamCdsElementApi {');
  for (const el of elements) {
    const settable = (el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.readonly).map((m) => m.name);
    out.push(`  ${quote(el.tagName)}: {`);
    out.push(`    element: ${el.name};`);
    out.push('    attributes: {');
    for (const a of el.attributes ?? []) if (a.fieldName) out.push(`      ${quote(a.name)}: ${quote(a.fieldName)};`);
    out.push('    };');
    out.push(`    properties: ${settable.length ? settable.map(quote).join(' | ') : 'never'};`);
    out.push('    events: {');
    for (const ev of events.filter((e) => e.tag === el.tagName)) out.push(`      ${quote(ev.name)}: ${ev.typeName};`);
    out.push('    };');
    out.push('  };');
  }
  out.push('}');
  out.push('');
  out.push('declare global {');
  out.push('  interface HTMLElementTagNameMap extends NamCdsElementTagNameMap {}');
  out.push('  interface HTMLElementEventMap extends NamCdsEventMap {}');
  out.push('}');
  out.push('');
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const fresh = generate(manifest);
  const file = join(ROOT, OUTPUT);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== fresh) {
      console.error(`${OUTPUT} is out of step with custom-elements.json: run \`npm run analyze\`.`);
      process.exit(1);
    }
  } else {
    writeFileSync(file, fresh);
  }
}
