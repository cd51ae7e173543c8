// Middleware for the test server:
//  - pages under /test/e2e/pages/ that end in ".csp.html" are served with a strict
//    Content-Security-Policy header, as a hardened intranet would send;
//  - /test/e2e/single-files.json lists the single files the build writes (scripts/single-files.mjs);
//  - /test/e2e/pages/single.csp.html?load=<file>[,<file>…] is a page that loads those files of
//    dist/ in that order (*.iife.min.js as a classic script, the others as ES modules; the same
//    file twice gets a second URL) and holds one of every element, so each single file is tested
//    on a page of its own without a page written per file.
import { singleFiles } from './single-files.mjs';

export const STRICT_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

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
