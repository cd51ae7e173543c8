// scripts/serve.mjs (`npm start`): routes, MIME types, the strict CSP header, no traversal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bannerLines, createDemoServer, DEMO_PAGES, resolvePath, STRICT_CSP } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let server;
let port;

before(async () => {
  server = createDemoServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  port = server.address().port;
});
after(() => server.close());

/** A raw request (the path is sent exactly as given, no URL normalisation). */
function get(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the strict CSP has default-src \'self\' and allows no inline script or style', () => {
  assert.match(STRICT_CSP, /default-src 'self'/);
  assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval|\*/);
});

test('/ serves the demo page with the strict CSP header', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.equal(res.headers['content-security-policy'], STRICT_CSP);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.match(res.body, /<nam-pathway/);
  assert.match(res.body, /<nam-dose-calculator/);
});

test('the `npm start` banner lists every demo page, and each one is served', async () => {
  const pages = readdirSync(`${ROOT}/demo`).filter((f) => f.endsWith('.html') && f !== 'index.html');
  assert.deepEqual(DEMO_PAGES.map(([path]) => path).sort(), pages.map((f) => `/${f}`).sort());
  const lines = bannerLines('http://localhost:8000');
  assert.equal(lines[0], 'nam-cds demo: http://localhost:8000/');
  for (const page of pages) {
    assert.ok(lines.some((line) => line.endsWith(` http://localhost:8000/${page}`)), `the banner names /${page}`);
    const res = await get(`/${page}`);
    assert.equal(res.status, 200, page);
  }
});

test('every demo page gets the CSP header', async () => {
  for (const page of ['/index.html', '/intranet.html', '/minimal.html', '/verify.html', '/demo/intranet.html']) {
    const res = await get(page);
    assert.equal(res.status, 200, page);
    assert.equal(res.headers['content-security-policy'], STRICT_CSP, page);
  }
});

test('the bundle, demo scripts, styles and manifest have the right MIME types', async () => {
  const cases = [
    ['/dist/nam-cds.min.js', /^text\/javascript/],
    ['/nam-cds.min.js', /^text\/javascript/],
    ['/dist/nam-cds.iife.min.js', /^text\/javascript/],
    ['/demo.js', /^text\/javascript/],
    ['/demo.css', /^text\/css/],
    ['/favicon.svg', /^image\/svg\+xml/],
    ['/custom-elements.json', /^application\/json/],
    ['/dist/nam-cds.min.js.map', /^application\/json/],
  ];
  for (const [path, type] of cases) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers['content-type'], type, path);
  }
  const head = await get('/dist/nam-cds.min.js', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});

test('nothing outside demo/ and dist/ is served (no traversal, no listing)', async () => {
  const attempts = [
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/dist/../package.json',
    '/dist/..%2f..%2fpackage.json',
    '/demo/..%2fpackage.json',
    '/..%5cpackage.json',
    '/dist/%2e%2e/scripts/serve.mjs',
    '/package.json',
    '/src/define.ts',
    '/scripts/serve.mjs',
    '/node_modules/lit/package.json',
    '/%00',
    '/%E0%A4%A',
    '/dist/',
    '/dist/chunks',
  ];
  for (const path of attempts) {
    const res = await get(path);
    assert.equal(res.status, 404, `${path} → ${res.status}`);
    assert.doesNotMatch(res.body, /"name": "nam-cds"|import /, path);
  }
  assert.equal(resolvePath('/../../etc/passwd'), undefined);
});

test('/favicon.ico is answered quietly (204) so no page logs a 404', async () => {
  const res = await get('/favicon.ico');
  assert.equal(res.status, 204);
});

test('methods other than GET and HEAD are refused', async () => {
  const res = await get('/', 'POST');
  assert.equal(res.status, 405);
});

test('`node scripts/serve.mjs` honours PORT and prints the URL', async () => {
  const probe = createDemoServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const free = probe.address().port;
  await new Promise((r) => probe.close(r));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: ROOT, env: { ...process.env, PORT: String(free), HOST: '127.0.0.1' } });
  try {
    const out = await new Promise((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${text}`)), 10000);
      child.stdout.on('data', (c) => {
        text += c;
        if (text.includes('Ctrl+C')) {
          clearTimeout(timer);
          resolve(text);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
    });
    assert.match(out.split('\n')[0], new RegExp(`http://localhost:${free}/`));
    for (const path of ['/intranet.html', '/minimal.html', '/verify.html']) assert.ok(out.includes(`http://localhost:${free}${path}`), `${path} in\n${out}`);
    const res = await new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port: free, path: '/' }, resolve).on('error', reject).end();
    });
    assert.equal(res.statusCode, 200);
    res.resume();
  } finally {
    child.kill('SIGTERM');
  }
});

/** A request with an Accept-Encoding header; the body as raw bytes. */
function getEncoded(path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a single file is sent precompressed (brotli, else gzip) when the browser accepts it, else as it is', async () => {
  const { readFileSync } = await import('node:fs');
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const file = readFileSync(`${ROOT}/dist/nam-pathway.min.js`);
  const cases = [
    ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
    ['identity', undefined, (b) => b],
    [undefined, undefined, (b) => b],
    ['*', 'br', brotliDecompressSync],
  ];
  for (const [accept, encoding, decode] of cases) {
    const res = await getEncoded('/nam-pathway.min.js', accept);
    assert.equal(res.status, 200, accept);
    assert.equal(res.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`);
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.match(res.headers['content-type'], /^text\/javascript/);
    assert.equal(Number(res.headers['content-length']), res.body.length);
    assert.ok(decode(res.body).equals(file), `the body is the file (${accept})`);
  }
  // A file without precompressed copies is sent as it is, with no Vary.
  const page = await getEncoded('/minimal.html', 'br');
  assert.equal(page.headers['content-encoding'], undefined);
  assert.equal(page.headers.vary, undefined);
});
