// The README's element reference, generated from custom-elements.json (which the analyzer
// generates from the elements' JSDoc): every attribute, property, method, event, part, slot and
// CSS custom property of each element.
//
//   node scripts/readme-api.mjs          rewrites the section between the markers in README.md
//   node scripts/readme-api.mjs --check  exits 1 when README.md is out of step with the manifest
//
// `npm run analyze` regenerates the manifest and then this section; test/node/readme.test.mjs
// fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- api:start — generated from custom-elements.json by `npm run analyze`; do not edit by hand -->';
export const END = '<!-- api:end -->';

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** Table cell text: one line, pipes escaped. */
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text = '') => (text ? `\`${oneLine(text).replace(/\|/g, '\\|')}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  // Drop columns that are empty in every row.
  const keep = head.map((_, i) => rows.some((r) => r[i] !== ''));
  head = head.filter((_, i) => keep[i]);
  rows = rows.map((r) => r.filter((_, i) => keep[i]));
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
}

/** The custom-element declarations of a manifest, in module order. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName) out.push(decl);
  }
  return out;
}

const isPublic = (m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');

function section(el) {
  const parts = [`### \`<${el.tagName}>\``];
  if (el.summary) parts.push(oneLine(el.summary));
  if (el.description && oneLine(el.description) !== oneLine(el.summary ?? '')) parts.push(el.description.trim());

  const members = (el.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');

  const attributes = (el.attributes ?? []).map((a) => [
    code(a.name),
    a.fieldName ? code(a.fieldName) : '',
    code(a.type?.text),
    code(a.default),
    cell(a.description),
  ]);
  if (attributes.length) parts.push('**Attributes**', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes));

  // Every attribute has its property (above); these are the properties without an attribute.
  const properties = fields
    .filter((f) => !f.attribute)
    .map((f) => [
      code(f.name),
      code(f.type?.text),
      code(f.default),
      cell([f.readonly && !/read-only/i.test(f.description ?? '') ? '(read-only)' : '', f.description].filter(Boolean).join(' ')),
    ]);
  if (properties.length) {
    parts.push('**Properties** (besides the attributes’ properties above)', table(['Property', 'Type', 'Default', 'Description'], properties));
  }

  const methodRows = methods.map((m) => [
    code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
    code(m.return?.type?.text),
    cell(m.description),
  ]);
  if (methodRows.length) parts.push('**Methods**', table(['Method', 'Returns', 'Description'], methodRows));

  const events = (el.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
  if (events.length) parts.push('**Events**', table(['Event', 'Detail type', 'Description'], events));

  const slots = (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  if (slots.length) parts.push('**Slots**', table(['Slot', 'Description'], slots));

  const cssParts = (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  if (cssParts.length) parts.push('**CSS parts** (style with `::part(name)`)', table(['Part', 'Description'], cssParts));

  const cssProps = (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]);
  if (cssProps.length) parts.push('**CSS custom properties**', table(['Property', 'Default', 'Description'], cssProps));

  return parts.join('\n\n');
}

/** The generated section (markers included). */
export function renderApi(manifest) {
  const elements = elementsOf(manifest);
  return [START, ...elements.map(section), END].join('\n\n');
}

/** README text with the section replaced; throws when the markers are missing. */
export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers:\n${START}\n${END}`);
  return readme.slice(0, start) + renderApi(manifest) + readme.slice(end + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(`${ROOT}/custom-elements.json`, 'utf8'));
  const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
  const next = updateReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md element reference is out of date: run `npm run analyze`.');
      process.exit(1);
    }
    console.log('README.md element reference is up to date.');
  } else if (next !== readme) {
    writeFileSync(`${ROOT}/README.md`, next);
    console.log('README.md element reference updated from custom-elements.json.');
  }
}
