// Middleware for the test server:
//  - pages under /test/e2e/pages/ that end in ".csp.html" are served with a strict
//    Content-Security-Policy header, as a hardened intranet would send;
//  - /test/e2e/single-files.json lists the single files the build writes (scripts/single-files.mjs);
//  - /test/e2e/pages/single.csp.html?load=<file>[,<file>…] is a page that loads those files of
//    dist/ in that order (*.iife.min.js as a classic script, the others as ES modules; the same
//    file twice gets a second URL) and holds one of every element, so each single file is tested
//    on a page of its own without a page written per file;
//  - pages ending in ".tt.html" add Trusted Types (`require-trusted-types-for 'script';
//    trusted-types lit-html`) and ".ttdup.html" the same with 'allow-duplicates' (the directives
//    the README documents);
//  - /test/e2e/stream/config-child.html?id=… is a page the server sends in two parts: it stops in
//    the middle of a <script type="application/json"> child, as a slow network or a streaming CMS
//    would, until the test requests /test/e2e/stream/release?id=….
import { singleFiles } from './single-files.mjs';
import { PassThrough } from 'node:stream';

export const STRICT_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;
export const TRUSTED_TYPES_DUPLICATES_CSP = `${TRUSTED_TYPES_CSP} 'allow-duplicates'`;

const held = new Map();

/** The streamed page: the bundle as a classic script (so the elements upgrade while the page is parsed). */
const STREAM_HEAD = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A configuration child still arriving</title>
    <script src="/test/e2e/pages/probe.js"></script>
    <script src="/dist/nam-cds.iife.min.js"></script>
  </head>
  <body>
    <nam-dose-calculator weight="100"><script type="application/json">{"prednisone":`;
const STREAM_TAIL = ` {"maxDailyMg": 60}, "reviewedBy": "Neuromuscular MDT", "reviewedOn": "2025-11-01"}</script></nam-dose-calculator>
    <p id="after">After the widget.</p>
  </body>
</html>
`;

/** The elements a single-file page holds, with the attributes that give each a full result. */
const ELEMENT_MARKUP = {
  'nam-pathway': '<nam-pathway antibody="anti-hmgcr" statin="current" weight="70"></nam-pathway>',
  'nam-dose-calculator': '<nam-dose-calculator weight="70"></nam-dose-calculator>',
};

export function singleFilePage(load) {
  const files = singleFiles();
  const known = new Set(files.flatMap((f) => [f.esm, f.iife]));
  const seen = new Map();
  const scripts = [];
  for (const file of load) {
    if (!known.has(file)) return undefined;
    const copy = seen.get(file) ?? 0;
    seen.set(file, copy + 1);
    const src = `/dist/${file}${copy ? `?copy-${copy + 1}` : ''}`;
    scripts.push(file.endsWith('.iife.min.js') ? `<script src="${src}"></script>` : `<script type="module" src="${src}"></script>`);
  }
  const tags = files.filter((f) => f.tag).map((f) => f.tag);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    `    <title>Single files: ${load.join(', ')}</title>`,
    '    <script src="/test/e2e/pages/probe.js"></script>',
    ...scripts.map((s) => `    ${s}`),
    '  </head>',
    '  <body>',
    ...tags.map((tag) => `    ${ELEMENT_MARKUP[tag] ?? `<${tag}></${tag}>`}`),
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

export const testServerMiddleware = [
  async function strictCsp(context, next) {
    await next();
    if (/\.csp\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
    if (/\.tt\.html$/.test(context.path)) context.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
    if (/\.ttdup\.html$/.test(context.path)) context.set('Content-Security-Policy', TRUSTED_TYPES_DUPLICATES_CSP);
  },
  async function streamedPage(context, next) {
    if (context.path === '/test/e2e/stream/release') {
      const id = String(context.query.id ?? '');
      held.get(id)?.();
      held.delete(id);
      context.type = 'text/plain';
      context.body = 'released';
      return;
    }
    if (context.path !== '/test/e2e/stream/config-child.html') return next();
    const id = String(context.query.id ?? '');
    const out = new PassThrough();
    context.type = 'text/html; charset=utf-8';
    context.set('Cache-Control', 'no-store');
    context.set('Content-Security-Policy', STRICT_CSP);
    context.body = out;
    out.write(STREAM_HEAD);
    // White space inside the JSON (still valid JSON once complete), enough bytes that the
    // browser parses what it has instead of waiting for more.
    out.write(`\n${' '.repeat(8192)}\n`);
    const release = () => out.end(STREAM_TAIL);
    held.set(id, release);
    // Never held for ever: a test that fails before releasing does not leave the socket open.
    setTimeout(() => {
      if (held.get(id) === release) {
        held.delete(id);
        release();
      }
    }, 30000).unref?.();
  },
  async function singleFilePages(context, next) {
    if (context.path === '/test/e2e/single-files.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(singleFiles());
      return;
    }
    if (context.path === '/test/e2e/pages/single.csp.html') {
      const page = singleFilePage(String(context.query.load ?? '').split(',').filter(Boolean));
      if (page) {
        context.type = 'text/html';
        context.body = page;
      } else {
        context.status = 404;
        context.body = 'Not a single file of dist/\n';
      }
      return;
    }
    await next();
  },
];
