// README.md stays true: the quick start is the two commands; the element reference matches
// custom-elements.json; every attribute, property and event the framework snippets use exists
// (with allowed values); the configuration example is valid; the Node example runs; and every
// relative link resolves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { elementsOf, updateReadme } from '../../scripts/readme-api.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = Object.fromEntries(elementsOf(manifest).map((el) => [el.tagName, el]));

/** Fenced code blocks: { lang, body, heading } (heading = the nearest ## above). */
function codeBlocks(markdown) {
  const blocks = [];
  let heading = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i].match(/^##\s+(.*)/);
    if (h) heading = h[1];
    const open = lines[i].match(/^```(\w*)/);
    if (!open) continue;
    const body = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    blocks.push({ lang: open[1], body: body.join('\n'), heading });
  }
  return blocks;
}
const blocks = codeBlocks(readme);

test('the quick start is exactly the two commands, as the first code block', () => {
  assert.equal(
    blocks[0].body,
    [
      'npm ci && npm start   # builds and serves the demo at http://localhost:8000',
      'npm test              # every test, in headless Chromium; last line "N passed, N failed"',
    ].join('\n'),
  );
  assert.match(blocks[0].heading, /quick start/i);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.start, /build.*serve\.mjs/);
  assert.match(pkg.scripts.test, /scripts\/test\.mjs/);
  assert.match(readFileSync(join(ROOT, 'scripts/serve.mjs'), 'utf8'), /PORT \?\? 8000/);
});

test('the element reference is generated from custom-elements.json (run `npm run analyze` when this fails)', () => {
  assert.equal(readme, updateReadme(readme, manifest), 'README.md element reference is stale');
  for (const tag of Object.keys(elements)) assert.ok(readme.includes(`### \`<${tag}>\``), tag);
});

/** Allowed attribute values, from the core (enumerations) and the manifest (literal unions). */
async function allowedValues() {
  const core = await import(join(ROOT, 'dist', 'core.js'));
  const lists = {
    antibody: core.ANTIBODIES,
    statin: core.STATIN_EXPOSURES,
    severity: core.SEVERITIES,
    phase: core.PHASES,
    'red-flags': core.RED_FLAGS,
    'weight-unit': core.WEIGHT_UNITS,
    sex: core.SEXES,
    'ivig-dosing-weight': core.IVIG_DOSING_WEIGHTS,
    tpmt: core.TPMT_STATUSES,
    'methotrexate-day': core.WEEKDAYS,
    drugs: core.DRUG_IDS,
  };
  return { core, lists };
}

/** Every use of a nam-* element in the README's code: tag, and its attribute-like tokens. */
function elementUses() {
  const uses = [];
  for (const block of blocks) {
    for (const [, tag, attrs] of block.body.matchAll(/<(nam-[a-z-]+)((?:\s+[^\s>/=]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g)) {
      const tokens = [...attrs.matchAll(/([^\s=]+)(?:=("[^"]*"|'[^']*'|\{[^}]*\}))?/g)].map(([, name, value]) => ({ name, value }));
      uses.push({ tag, tokens, lang: block.lang });
    }
  }
  return uses;
}

test('every attribute, property and event in the snippets exists, with allowed values', async () => {
  const { lists } = await allowedValues();
  const uses = elementUses();
  assert.ok(uses.length >= 6, `found ${uses.length} element uses`);
  const checked = { attributes: 0, properties: 0, events: 0 };
  for (const { tag, tokens } of uses) {
    const el = elements[tag];
    assert.ok(el, `<${tag}> is a documented element`);
    const attributes = new Map((el.attributes ?? []).map((a) => [a.name, a]));
    const properties = new Set((el.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => m.name));
    const events = new Set((el.events ?? []).map((e) => e.name));
    for (const { name, value } of tokens) {
      if (name === 'ref' || name === 'key') continue; // React's own
      let m;
      if ((m = name.match(/^@(.+)$|^\((.+)\)$|^v-on:(.+)$/))) {
        const event = m[1] ?? m[2] ?? m[3];
        assert.ok(events.has(event), `<${tag}> fires ${event}`);
        checked.events++;
      } else if ((m = name.match(/^\[attr\.(.+)\]$|^:(.+?)(\.attr)?$/)) && !name.endsWith('.prop')) {
        const attr = m[1] ?? m[2];
        assert.ok(attributes.has(attr), `<${tag}> has the attribute ${attr}`);
        checked.attributes++;
      } else if ((m = name.match(/^\[(.+)\]$|^:(.+)\.prop$|^\.(.+)$/))) {
        const prop = m[1] ?? m[2] ?? m[3];
        assert.ok(properties.has(prop), `<${tag}> has the property ${prop}`);
        checked.properties++;
      } else {
        assert.ok(attributes.has(name), `<${tag}> has the attribute ${name}`);
        checked.attributes++;
        const literal = value && /^["']/.test(value) ? value.slice(1, -1) : undefined;
        if (literal !== undefined && lists[name]) {
          for (const v of literal.split(/[\s,]+/).filter(Boolean)) assert.ok(lists[name].includes(v), `${name}="${literal}": ${v} is allowed`);
        }
        if (literal !== undefined && ['weight', 'height-cm', 'ivig-days'].includes(name)) assert.match(literal, /^\d+(\.\d+)?$/, `${name}="${literal}"`);
      }
    }
  }
  assert.ok(checked.events >= 3 && checked.properties >= 2, JSON.stringify(checked));

  // Events named anywhere in code (addEventListener('…'), JSX, prose in code) exist.
  const allEvents = new Set(Object.values(elements).flatMap((el) => (el.events ?? []).map((e) => e.name)));
  for (const block of blocks) {
    for (const [, name] of block.body.matchAll(/['"(@](nam-[a-z-]+-change)\b/g)) assert.ok(allEvents.has(name), `event ${name}`);
  }
  // Properties set from script in the snippets exist on some element.
  const allProps = new Set(Object.values(elements).flatMap((el) => (el.members ?? []).map((m) => m.name)));
  for (const block of blocks) {
    for (const [, prop] of block.body.matchAll(/\bel\.([a-zA-Z]+)\s*=/g)) assert.ok(allProps.has(prop), `property ${prop}`);
  }
});

test('the configuration example is accepted by the core, and every setting is documented', async () => {
  const { core } = await allowedValues();
  const block = blocks.find((b) => /institution configuration/i.test(b.heading) && b.body.includes('application/json'));
  assert.ok(block, 'a configuration example');
  const json = block.body.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  const resolution = core.resolveConfig(JSON.parse(json));
  assert.deepEqual(resolution.errors, []);
  const section = readme
    .slice(readme.indexOf('## Institution configuration'), readme.indexOf('## The core from Node'))
    .replace(/\s+/g, ' ');
  for (const key of ['prednisone.maxDailyMg', 'prednisone.roundingMg', 'methotrexate.roundingMg', 'azathioprine.roundingMg', 'ivig.vialStepG', 'ivig.defaultDays', 'ivig.defaultDosingWeight', 'protocolUrl', 'protocolLabel', 'reviewedBy', 'reviewedOn', 'reviewDue']) {
    assert.ok(section.includes(`\`${key}\``), `the table documents ${key}`);
  }
  // The documented limits are the core's: the invalid example in the prose is rejected with that message.
  const invalid = core.resolveConfig({ prednisone: { maxDailyMg: 0 } });
  assert.ok(invalid.errors.some((e) => section.includes(e)), `the README quotes the core's message: ${invalid.errors}`);
});

test('the Node example runs against the built package', () => {
  const block = blocks.find((b) => /core from node/i.test(b.heading) && b.lang === 'js');
  assert.ok(block, 'a Node example');
  assert.match(block.body, /from 'nam-cds\/core'/);
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', block.body], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /prednisone — /);
  assert.match(run.stdout, /immediate: /);
});

test('every relative link in the README resolves', () => {
  for (const [, target] of readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    assert.ok(existsSync(join(ROOT, target)), `README links to ${target}`);
  }
  for (const [, anchor] of readme.matchAll(/\]\(#([^)]+)\)/g)) {
    const slugs = [...readme.matchAll(/^#+\s+(.*)$/gm)].map(([, h]) => h.toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-'));
    assert.ok(slugs.includes(anchor), `#${anchor} is a heading`);
  }
});
