// The demo pages work under `default-src 'self'` by construction: no inline script, no inline
// style, no event-handler attributes, no javascript: URLs, and every local file they reference
// exists. (test/e2e/demo.test.ts loads them in Chromium under the real header.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pages = [
  ...readdirSync(join(ROOT, 'demo')).filter((f) => f.endsWith('.html')).map((f) => `demo/${f}`),
  ...readdirSync(join(ROOT, 'test/e2e/pages'))
    .filter((f) => /\.(csp|tt|ttdup)\.html$/.test(f) && f !== 'violation.csp.html')
    .map((f) => `test/e2e/pages/${f}`),
];

for (const page of pages) {
  test(`${page} is CSP-clean and its local references exist`, () => {
    const html = readFileSync(join(ROOT, page), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const json = /type=["']application\/(ld\+)?json["']/i.test(attrs);
      if (!json) assert.equal(body.trim(), '', `inline script in ${page}: ${body.trim().slice(0, 60)}`);
      if (!json) assert.match(attrs, /\bsrc=/, `a script without src in ${page}`);
    }
    assert.doesNotMatch(html, /<style[\s>]/i, 'a <style> element');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'a style="" attribute');
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'an on*="" handler attribute');
    assert.doesNotMatch(html, /javascript:/i, 'a javascript: URL');
    const refs = [...html.matchAll(/<[a-z][\w-]*(\s[^>]*)>/gi)].flatMap(([, attrs]) =>
      [...attrs.matchAll(/\s(?:src|href)=["']([^"'#?]+)[^"']*["']/gi)].map((m) => m[1]),
    );
    for (const ref of refs) {
      if (/^(https?:|mailto:|data:)/.test(ref) || ref === './' || ref.startsWith('/guidelines/')) continue;
      const target = ref.startsWith('/') ? join(ROOT, ref) : join(ROOT, dirname(page), ref);
      assert.ok(existsSync(target), `${page} references ${ref}, which does not exist`);
    }
  });
}

test('the demo scripts use no eval, inline styles or storage', () => {
  for (const file of readdirSync(join(ROOT, 'demo')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(ROOT, 'demo', file), 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(|new Function|\.innerHTML\s*=|\.style\.|setAttribute\(\s*['"]style/, `${file}`);
    assert.doesNotMatch(code, /localStorage|sessionStorage|document\.cookie|indexedDB/, `${file}`);
  }
});

test('every demo page has one main landmark (axe runs on each in test/e2e/demo.test.ts)', () => {
  for (const page of readdirSync(join(ROOT, 'demo')).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(ROOT, 'demo', page), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    assert.equal(html.match(/<main[\s>]/g)?.length, 1, `${page}: one <main>`);
    if (page !== 'minimal.html') {
      assert.match(html, /<header[\s>]/, `${page}: a <header>`);
      assert.match(html, /<footer[\s>]/, `${page}: a <footer>`);
    }
  }
});

test('the demo widgets are not scroll boxes: the page scrolls, so a preset result is never hidden in a panel', () => {
  const css = readFileSync(join(ROOT, 'demo', 'demo.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/\.widgets?\b/.test(selector)) continue;
    assert.doesNotMatch(body, /max-height|overflow/, `${selector.trim()} { ${body.trim()} }`);
  }
});

test('the verification page stacks its table on narrow screens only, never in print', () => {
  const css = readFileSync(join(ROOT, 'demo', 'verify.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const narrow = css.match(/@media screen and \(max-width: (\d+)px\)/);
  assert.ok(narrow && Number(narrow[1]) >= 400, 'a screen-only narrow layout');
  // Every rule that turns table parts into blocks sits inside that screen-only query.
  const before = css.slice(0, narrow.index);
  assert.doesNotMatch(before, /display:\s*block/, 'no block table outside the narrow query');
  const print = css.slice(css.indexOf('@media print'));
  assert.doesNotMatch(print, /table\.cases[^{]*\{[^}]*display:\s*(block|grid)/, 'the printed report keeps the table');
});

// The example institution configurations, checked against the core on the content date
// (reviewState is a pure function of the date, so these do not depend on today's clock).
test('the demo configuration examples show what their labels say on the content date', async () => {
  const core = await import(join(ROOT, 'dist', 'core.js'));
  const { CONFIG_EXAMPLES, LOCAL_POLICY, REVIEW_OVERDUE, OTHER_VERSION, INVALID } = await import(join(ROOT, 'demo', 'config-examples.js'));
  const state = (config) => {
    const resolution = core.resolveConfig(config);
    assert.deepEqual(resolution.errors, [], JSON.stringify(config));
    return core.reviewState(resolution.config, core.CONTENT_DATE).state;
  };
  assert.equal(state(LOCAL_POLICY), 'reviewed');
  assert.ok(LOCAL_POLICY.reviewDue > core.CONTENT_DATE && LOCAL_POLICY.reviewedOn <= core.CONTENT_DATE);
  assert.deepEqual(core.resolveConfig(LOCAL_POLICY).config.local.sort(), ['ivig.vialStepG', 'prednisone.maxDailyMg']);
  assert.equal(state(REVIEW_OVERDUE), 'overdue');
  assert.equal(state(OTHER_VERSION), 'outdated');
  assert.notEqual(OTHER_VERSION.contentVersion, core.CONTENT_VERSION);
  assert.ok(core.resolveConfig(INVALID).errors.length >= 2, 'the invalid example is rejected');
  assert.deepEqual(
    CONFIG_EXAMPLES.map((e) => e.config),
    [LOCAL_POLICY, REVIEW_OVERDUE, OTHER_VERSION, INVALID],
  );
  const demo = readFileSync(join(ROOT, 'demo', 'demo.js'), 'utf8');
  assert.doesNotMatch(demo, /\d{4}-\d{2}-\d{2}/, 'dates live in config-examples.js only');
});

test('the intranet page configurations are valid and a current review of this content', async () => {
  const core = await import(join(ROOT, 'dist', 'core.js'));
  const html = readFileSync(join(ROOT, 'demo', 'intranet.html'), 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json));
  assert.equal(blocks.length, 2);
  for (const config of blocks) {
    const resolution = core.resolveConfig(config);
    assert.deepEqual(resolution.errors, [], JSON.stringify(config));
    assert.equal(core.reviewState(resolution.config, core.CONTENT_DATE).state, 'reviewed', JSON.stringify(config));
    assert.equal(config.contentVersion, core.CONTENT_VERSION);
  }
});

// The demo page's "Embed it" section is the first thing an adopter reads: its snippets use only
// the elements' real attributes and events, files that the build writes, and a valid configuration.
test('the demo page "Embed it" section names real attributes, events and files, and a valid configuration', async () => {
  const core = await import(join(ROOT, 'dist', 'core.js'));
  const html = readFileSync(join(ROOT, 'demo', 'index.html'), 'utf8');
  const section = html.match(/<section class="embed"[\s\S]*?<\/section>/)?.[0];
  assert.ok(section, 'an "Embed it" section');
  assert.match(section, /<h2[^>]*>Embed it<\/h2>/);
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const code = [...section.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map(([, c]) => decode(c)).join('\n');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const declared = Object.fromEntries(
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
  );

  const tags = [...code.matchAll(/<(nam-[\w-]+)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'))?)*)\s*>/g)];
  assert.deepEqual([...new Set(tags.map(([, tag]) => tag))].sort(), ['nam-dose-calculator', 'nam-pathway']);
  let configs = 0;
  for (const [, tag, attrs] of tags) {
    for (const [, name, , , value] of attrs.matchAll(/([\w-]+)(=("|')([\s\S]*?)\3)?/g)) {
      assert.ok(declared[tag].attributes.some((a) => a.name === name), `<${tag} ${name}> is not an attribute`);
      if (name === 'config') {
        const resolution = core.resolveConfig(JSON.parse(value));
        assert.deepEqual(resolution.errors, [], value);
        assert.equal(core.reviewState(resolution.config, core.CONTENT_DATE).state, 'reviewed', value);
        configs++;
      }
    }
  }
  assert.equal(configs, 1, 'one configuration example');

  for (const [, src] of code.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    assert.ok(existsSync(join(ROOT, 'dist', src)), `dist/${src}`);
  }
  assert.match(code, /<script type="module" src="nam-cds\.min\.js"><\/script>/);
  assert.match(code, /<script src="nam-cds\.iife\.min\.js"><\/script>/);

  const events = Object.values(declared).flatMap((d) => d.events.map((e) => e.name));
  const named = [...section.matchAll(/<code>(nam-[\w-]+-change)<\/code>/g)].map(([, e]) => e);
  assert.deepEqual(named.sort(), events.sort());
});
