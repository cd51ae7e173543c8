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
  ...readdirSync(join(ROOT, 'test/e2e/pages')).filter((f) => f.endsWith('.csp.html') && f !== 'violation.csp.html').map((f) => `test/e2e/pages/${f}`),
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
