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
import { STRICT_CSP } from '../../scripts/serve.mjs';

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
      // Vue @event / v-on:event, Angular (event), React 19 on<event> (the event's exact name).
      if ((m = name.match(/^@(.+)$|^\((.+)\)$|^v-on:(.+)$|^on(nam-[a-z-]+)$/))) {
        const event = m[1] ?? m[2] ?? m[3] ?? m[4];
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
  // A current review of this content: not overdue and not for another version on the content date.
  assert.equal(core.reviewState(resolution.config, core.CONTENT_DATE).state, 'reviewed');
  const section = readme
    .slice(readme.indexOf('## Institution configuration'), readme.indexOf('## The core from Node'))
    .replace(/\s+/g, ' ');
  const keys = [
    'prednisone.maxDailyMg', 'prednisone.roundingMg', 'methotrexate.roundingMg', 'azathioprine.roundingMg', 'azathioprine.maxDailyMg',
    'ivig.vialStepG', 'ivig.defaultDays', 'ivig.defaultDosingWeight', 'units.allowPounds', 'ckUlnUL',
    'taper.initialWeeks', 'taper.stepMg', 'taper.intervalWeeks', 'taper.floorMg',
    ...['wbcMin', 'neutrophilsMin', 'plateletsMin', 'eosinophilsMax', 'mcvMax', 'altMax', 'astMax', 'albuminMin', 'creatinineRisePct', 'egfrMin'].map((k) => `bloods.${k}`),
    'fhir.weightMaxAgeDays', 'fhir.checkpointInhibitorWindowDays', 'fhir.codes.weight', 'fhir.medications.statin',
    'protocolUrl', 'protocolLabel', 'reviewedBy', 'reviewedOn', 'reviewDue', 'contentVersion',
  ];
  for (const key of keys) {
    assert.ok(section.includes(`\`${key}\``), `the table documents ${key}`);
  }
  // The documented limits are the core's: the invalid example in the prose is rejected with that message.
  const invalid = core.resolveConfig({ prednisone: { maxDailyMg: 0 } });
  assert.ok(invalid.errors.some((e) => section.includes(e)), `the README quotes the core's message: ${invalid.errors}`);
});

test('the configuration rules the README states are the core rules', async () => {
  const { core } = await allowedValues();
  const section = readme
    .slice(readme.indexOf('## Institution configuration'), readme.indexOf('## The core from Node'))
    .replace(/\s+/g, ' ');
  const errors = (config) => core.resolveConfig(config).errors;
  // reviewDue must be after reviewedOn.
  assert.match(section, /`reviewDue` must be after `reviewedOn`/);
  assert.notDeepEqual(errors({ reviewedOn: '2026-11-25', reviewDue: '2026-11-25' }), []);
  assert.deepEqual(errors({ reviewedOn: '2026-11-25', reviewDue: '2026-11-26' }), []);
  // protocolUrl: an https address or a path starting with a single "/".
  const row = section.match(/\| `protocolUrl` \|([^|]*)\|/)[1];
  assert.match(row, /`https:\/\/…`/);
  assert.match(row, /single `\/`/);
  for (const ok of ['https://intranet.example.org/imnm', '/guidelines/imnm']) assert.deepEqual(errors({ protocolUrl: ok }), [], ok);
  for (const bad of ['//other.example.org/imnm', 'guidelines/imnm', 'javascript:alert(1)', 'ftp://example.org/x']) {
    assert.notDeepEqual(errors({ protocolUrl: bad }), [], bad);
  }
  // contentVersion: accepted; another version than the installed one asks for a new review.
  const reviewed = { reviewedBy: 'MDT', reviewedOn: '2026-11-25', reviewDue: '2027-11-25' };
  assert.deepEqual(errors({ ...reviewed, contentVersion: '0.9.0' }), []);
  assert.deepEqual(errors({ governance: { ...reviewed, contentVersion: '0.9.0' } }), []);
  assert.notDeepEqual(errors({ contentVersion: 'v1' }), []);
  const state = (config) => core.reviewState(core.resolveConfig(config).config, core.CONTENT_DATE).state;
  assert.equal(state({ ...reviewed, contentVersion: '0.9.0' }), 'outdated');
  assert.equal(state({ ...reviewed, contentVersion: core.CONTENT_VERSION }), 'reviewed');
  assert.equal(state({ ...reviewed, reviewedOn: '2025-01-15', reviewDue: '2026-01-15' }), 'overdue');
  assert.match(section, /`contentVersion` \| a content version such as `\d+\.\d+\.\d+`/);
});

test('no example in the README is overdue for review on the content date', async () => {
  const { core } = await allowedValues();
  const configs = [...readme.matchAll(/config = (\{[^;\n]*\});/g)].map(([, literal]) => new Function(`return (${literal});`)());
  assert.ok(configs.length >= 1, 'the Angular example sets a config');
  for (const config of configs) {
    const resolution = core.resolveConfig(config);
    assert.deepEqual(resolution.errors, [], JSON.stringify(config));
    if (config.reviewedOn || config.reviewedBy) {
      assert.equal(core.reviewState(resolution.config, core.CONTENT_DATE).state, 'reviewed', JSON.stringify(config));
    }
  }
});

test('the README states the Content-Security-Policy the demo server sends', () => {
  assert.ok(readme.includes(STRICT_CSP), `README quotes the policy:\n${STRICT_CSP}`);
  assert.doesNotMatch(readme, /sends exactly/);
});

test('the README explains [src] and names the statements it alone supports', async () => {
  const { core } = await allowedValues();
  const start = readme.indexOf('**Sources, and what `[src]` is.**');
  assert.ok(start > 0 && start < readme.indexOf('## Quick start'), 'a paragraph on [src] in the intended-use section');
  const paragraph = readme.slice(start, readme.indexOf('\n\n', start)).replace(/\s+/g, ' ');
  assert.match(paragraph, /source-document\.txt/);
  assert.match(paragraph, /backed by the primary literature where that was found/);
  // The primary sources it names exist.
  const named = [...paragraph.matchAll(/`([a-z0-9-]+)`/g)].map(([, id]) => id);
  // The statements cited to [src] alone, from the core: steps over every input, dose lines, notes.
  const srcOnly = new Set();
  const only = (citations) => citations.length === 1 && citations[0] === 'src';
  for (const antibody of core.ANTIBODIES)
    for (const phase of core.PHASES)
      for (const severity of core.SEVERITIES)
        for (const checkpointInhibitor of [true, false])
          for (const statin of core.STATIN_EXPOSURES) {
            const result = core.evaluatePathway({ antibody, phase, severity, checkpointInhibitor, statin, redFlags: [...core.RED_FLAGS] });
            for (const step of result.ok ? result.steps : []) if (only(step.citations)) srcOnly.add(step.id);
          }
  const doses = core.calculateDoses({ weight: 95, heightCm: 178, sex: 'male', tpmt: 'normal', startDate: '2026-12-01' });
  for (const line of doses.lines) if (only(line.citations)) srcOnly.add(line.drug);
  for (const note of core.CLINICAL_NOTES) if (only(note.citations)) srcOnly.add(note.id);
  const ids = new Set([...core.STEP_IDS, ...core.DRUG_IDS, ...core.CLINICAL_NOTES.map((n) => n.id)]);
  assert.deepEqual(
    named.filter((id) => ids.has(id)).sort(),
    [...srcOnly].sort(),
    'the README lists exactly the steps, dose lines and notes that cite [src] alone',
  );
  for (const id of named.filter((id) => !ids.has(id))) assert.ok(core.SOURCES[id], `${id} is a source`);
});

test('the benchmark figures are presented as one run that varies', () => {
  const section = readme.slice(readme.indexOf('## Size and performance'), readme.indexOf('## Verification and safety')).replace(/\s+/g, ' ');
  assert.match(section, /timings vary from run to run/);
  assert.match(section, /run `npm run bench` on yours/);
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
