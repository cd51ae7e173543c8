// `npm start` (after the build): a small, dependency-free static server for the demo.
//
//   /                 → demo/index.html
//   /<file>           → demo/<file>, else dist/<file> (so a page next to nam-cds.min.js works as shipped)
//   /dist/<file>      → dist/<file>     /demo/<file> → demo/<file> (the same paths as in the repository)
//   /custom-elements.json → the manifest (the playground builds its controls from it)
//
// Every HTML page is sent with a strict Content-Security-Policy, as a hardened intranet would
// send it: the demo proves the elements need no inline script, inline style or eval.
// Only files inside demo/ and dist/ are served (no directory listing, no traversal).
// A file that has a precompressed copy next to it (the build writes file.br and file.gz for each
// single file) is sent as that copy, with Content-Encoding, when the browser accepts it.
// PORT overrides the port (default 8000); HOST the interface (default: all, so it also works
// from outside a container; HOST=127.0.0.1 keeps it local).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

const isFile = (file) => {
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
};

/** Files from the repository root that are served as they are. */
const PUBLIC_ROOT_FILES = ['/custom-elements.json'];

/** The file a URL path maps to, or undefined when it is outside demo/ and dist/ or missing. */
export function resolvePath(urlPath, root = ROOT) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/' || path === '') path = '/index.html';
  if (path.endsWith('/')) path += 'index.html';
  if (PUBLIC_ROOT_FILES.includes(path)) return isFile(join(root, path.slice(1)));
  const candidates = path.startsWith('/dist/')
    ? [['dist', path.slice('/dist'.length)]]
    : path.startsWith('/demo/')
    ? [['demo', path.slice('/demo'.length)]]
    : [
        ['demo', path],
        ['dist', path],
      ];
  for (const [dir, rest] of candidates) {
    const base = join(root, dir);
    const file = normalize(join(base, rest));
    if (!file.startsWith(base + sep)) continue; // ../ escapes
    if (isFile(file)) return file;
  }
  return undefined;
}

/**
 * The precompressed copy to send for `file`, given the request's Accept-Encoding: brotli first,
 * then gzip; undefined when the browser accepts neither or there is no copy.
 */
export function precompressed(file, acceptEncoding = '') {
  const accepted = new Map();
  for (const part of String(acceptEncoding).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ]) {
    if (ok(encoding) && isFile(`${file}${suffix}`)) return { encoding, file: `${file}${suffix}` };
  }
  return undefined;
}

/** The demo pages `npm start` announces, after the demo itself. */
export const DEMO_PAGES = [
  ['/intranet.html', 'intranet page (strict CSP, hostile CSS)'],
  ['/minimal.html', 'minimal page (one script tag)'],
  ['/record.html', 'from the patient record (an example FHIR Bundle in the three elements)'],
  ['/verify.html', 'verification page'],
];

/** What `npm start` prints: the demo URL first (tests read it), then every other page. */
export function bannerLines(url) {
  const width = Math.max(...DEMO_PAGES.map(([, label]) => label.length)) + 1;
  return [
    `nam-cds demo: ${url}/`,
    ...DEMO_PAGES.map(([path, label]) => `  ${`${label}:`.padEnd(width + 1)}${url}${path}`),
    'Press Ctrl+C to stop.',
  ];
}

export function createDemoServer({ root = ROOT } = {}) {
  return createServer((req, res) => {
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const file = resolvePath(req.url ?? '/', root);
    if (!file && (req.url ?? '').split('?')[0] === '/favicon.ico') {
      // Browsers ask for it on every page; the demo pages name their own icon.
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': STRICT_CSP });
      res.end('Not found\n');
      return;
    }
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = STRICT_CSP;
    const copy = precompressed(file, req.headers['accept-encoding']);
    if (copy || isFile(`${file}.br`) || isFile(`${file}.gz`)) headers.Vary = 'Accept-Encoding';
    if (copy) headers['Content-Encoding'] = copy.encoding;
    const sent = copy?.file ?? file;
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': statSync(sent).size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(sent)
      .on('error', () => res.destroy())
      .pipe(res);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST || undefined;
  try {
    statSync(join(ROOT, 'dist', 'nam-cds.min.js'));
  } catch {
    console.error('dist/nam-cds.min.js is missing: run `npm run build` first (`npm start` does both).');
    process.exit(1);
  }
  const server = createDemoServer();
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Stop the other server or choose another port: PORT=8001 npm start`
        : String(error),
    );
    process.exit(1);
  });
  server.listen(port, host, () => {
    const shown = !host || ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(host) ? 'localhost' : host;
    const url = `http://${shown}:${port}`;
    for (const line of bannerLines(url)) console.log(line);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
