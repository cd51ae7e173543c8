// The reference CDS Hooks service (nam-cds/cds-service) over real HTTP on a random loopback
// port: discovery, patient-view and order hooks with the fixtures, every refusal (malformed
// JSON, wrong hook, unknown service, wrong method, bodies over 1 MiB, missing prefetch,
// another patient's data), CORS, and a log that holds nothing about the patient.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TODAY = '2026-12-07';
const fixture = (path) => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', path), 'utf8'));
const { createCdsService, MAX_BODY_BYTES } = await import('nam-cds/cds-service');

/** Starts a server for the handler on 127.0.0.1 and a random port. */
async function start(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { server, base, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** A request with node:http (so a body can be announced larger than what is sent). */
function raw(base, { method = 'GET', path = '/', headers = {}, chunks = [], end = true }) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', (error) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    if (end) req.end();
  });
}

const post = async (base, path, body, headers = {}) => {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
};

describe('CDS Hooks service', () => {
  const logs = [];
  let base;
  let stop;
  before(async () => {
    ({ base, stop } = await start(createCdsService(undefined, { log: (e) => logs.push(e), today: () => TODAY })));
  });
  after(() => stop());

  test('discovery: one entry per hook, each with id, title, description and the prefetch templates', async () => {
    const response = await fetch(`${base}/cds-services`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const { services } = await response.json();
    assert.deepEqual(
      services.map((s) => [s.id, s.hook]),
      [
        ['nam-cds-pathway', 'patient-view'],
        ['nam-cds-orders', 'order-select'],
        ['nam-cds-orders', 'order-sign'],
      ],
    );
    for (const s of services) {
      assert.ok(s.title && s.description, s.id);
      assert.equal(s.prefetch.patient, 'Patient/{{context.patientId}}');
      assert.match(s.prefetch.antibodies, /^Observation\?patient=\{\{context\.patientId\}\}&code=http:\/\/loinc\.org\|93493-5,http:\/\/loinc\.org\|33921-8$/);
      assert.equal(s.prefetch.medicationRequests, 'MedicationRequest?patient={{context.patientId}}');
      assert.equal(s.prefetch.medicationStatements, 'MedicationStatement?patient={{context.patientId}}');
    }
    const pathway = services[0].prefetch;
    assert.match(pathway.weight, /code=http:\/\/loinc\.org\|29463-7/);
    assert.match(pathway.height, /code=http:\/\/loinc\.org\|8302-2/);
    assert.match(pathway.ck, /code=http:\/\/loinc\.org\|2157-6/);
  });

  test('patient-view, anti-HMGCR patient on a statin: a "stop the statin" card with indicator warning, defaults named', async () => {
    const { status, json } = await post(base, '/cds-services/nam-cds-pathway', fixture('cds-hooks/patient-view-anti-hmgcr-statin.json'));
    assert.equal(status, 200);
    const stop = json.cards.find((c) => c.summary === 'Stop the statin now');
    assert.ok(stop, JSON.stringify(json.cards.map((c) => c.summary)));
    assert.equal(stop.indicator, 'warning');
    assert.equal(stop.source.label, 'nam-cds 2.0.0');
    assert.match(stop.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(stop.detail, /Antibody: anti-HMGCR \(from the record: Observation\/hmgcr-pos, 22 Nov 2026\)/);
    for (const input of ['Severity: moderate', 'Phase: new disease, starting treatment', 'Red flags: none']) {
      assert.ok(stop.detail.includes(`${input} (default: not in the record)`), input);
    }
    for (const card of json.cards) {
      assert.ok(['critical', 'warning'].includes(card.indicator));
      assert.ok(card.summary.length < 140);
    }
  });

  test('order-select with a statin for that patient: a critical "Avoid statins" card', async () => {
    const { status, json } = await post(base, '/cds-services/nam-cds-orders', fixture('cds-hooks/order-select-statin.json'));
    assert.equal(status, 200);
    assert.deepEqual(
      json.cards.map((c) => [c.summary, c.indicator]),
      [['Avoid statins', 'critical']],
    );
  });

  test('order-sign checks every draft order', async () => {
    const body = fixture('cds-hooks/order-select-statin.json');
    body.hook = 'order-sign';
    delete body.context.selections;
    const { status, json } = await post(base, '/cds-services/nam-cds-orders', body);
    assert.equal(status, 200);
    assert.deepEqual(
      json.cards.map((c) => c.summary),
      ['Avoid statins', 'Methotrexate is once weekly', 'Azathioprine: TPMT and NUDT15 results are not known'],
    );
  });

  test('a patient under 18 (outside the intended use) gets no cards', async () => {
    const body = fixture('cds-hooks/patient-view-anti-hmgcr-statin.json');
    body.prefetch.patient.birthDate = '2010-01-01';
    const { status, json } = await post(base, '/cds-services/nam-cds-pathway', body);
    assert.equal(status, 200);
    assert.deepEqual(json.cards, []);
  });

  const bad = [
    ['malformed JSON', '/cds-services/nam-cds-pathway', '{"hook": "patient-view",', 'body', /not valid JSON/],
    ['a JSON array', '/cds-services/nam-cds-pathway', '[]', 'body', /JSON object/],
    ['order-select sent to the pathway service', '/cds-services/nam-cds-pathway', { hook: 'order-select' }, 'hook', /"patient-view"/],
    ['patient-view sent to the orders service', '/cds-services/nam-cds-orders', { hook: 'patient-view' }, 'hook', /"order-select" or "order-sign"/],
    ['an unknown hook', '/cds-services/nam-cds-pathway', { hook: 'patient-veiw' }, 'hook', /patient-view/],
    ['no hookInstance', '/cds-services/nam-cds-pathway', { hook: 'patient-view', context: { patientId: 'p' }, prefetch: {} }, 'hookInstance', /hookInstance/],
    ['no context', '/cds-services/nam-cds-pathway', { hook: 'patient-view', hookInstance: 'x' }, 'context', /context/],
    ['no patientId', '/cds-services/nam-cds-pathway', { hook: 'patient-view', hookInstance: 'x', context: {} }, 'context.patientId', /patientId/],
    ['a prefetch value that is not a resource', '/cds-services/nam-cds-pathway', { hook: 'patient-view', hookInstance: 'x', context: { patientId: 'p' }, prefetch: { patient: 'Patient/p' } }, 'prefetch.patient', /resourceType/],
    ['order-sign without draftOrders', '/cds-services/nam-cds-orders', { hook: 'order-sign', hookInstance: 'x', context: { patientId: 'p' }, prefetch: { patient: null } }, 'context.draftOrders', /Bundle/],
    ['order-select without selections', '/cds-services/nam-cds-orders', { hook: 'order-select', hookInstance: 'x', context: { patientId: 'p', draftOrders: { resourceType: 'Bundle' } }, prefetch: { patient: null } }, 'context.selections', /selected orders/],
  ];
  for (const [name, path, body, field, message] of bad) {
    test(`400 for ${name}, naming the field`, async () => {
      const { status, json } = await post(base, path, body);
      assert.equal(status, 400);
      assert.equal(json.error.field, field);
      assert.match(json.error.message, message);
    });
  }

  test('412 without prefetch (the service never queries the FHIR server)', async () => {
    for (const prefetch of [undefined, {}]) {
      const body = { hook: 'patient-view', hookInstance: 'x', context: { patientId: 'nam-1' }, ...(prefetch && { prefetch }) };
      const { status, json } = await post(base, '/cds-services/nam-cds-pathway', body);
      assert.equal(status, 412);
      assert.equal(json.error.field, 'prefetch');
    }
  });

  test("400 when the prefetch holds another patient's data", async () => {
    const body = fixture('cds-hooks/patient-view-anti-hmgcr-statin.json');
    body.context.patientId = 'someone-else';
    const { status, json } = await post(base, '/cds-services/nam-cds-pathway', body);
    assert.equal(status, 400);
    assert.match(json.error.field, /^prefetch\./);
  });

  test('404 for an unknown service or path', async () => {
    for (const path of ['/cds-services/nam-cds-unknown', '/cds-services/nam-cds-pathway/feedback', '/admin']) {
      const response = await fetch(`${base}${path}`, { method: 'POST', body: '{}' });
      assert.equal(response.status, 404, path);
      assert.equal((await response.json()).error.field, 'path');
    }
  });

  test('405 with Allow for a wrong method', async () => {
    const cases = [
      ['GET', '/cds-services/nam-cds-pathway', 'POST, OPTIONS'],
      ['PUT', '/cds-services/nam-cds-orders', 'POST, OPTIONS'],
      ['POST', '/cds-services', 'GET, HEAD, OPTIONS'],
      ['DELETE', '/health', 'GET, HEAD, OPTIONS'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await fetch(`${base}${path}`, { method });
      assert.equal(response.status, 405, `${method} ${path}`);
      assert.equal(response.headers.get('allow'), allow);
    }
  });

  test('413 for a body announced over 1 MiB, answered without reading the rest', async () => {
    assert.equal(MAX_BODY_BYTES, 1_048_576);
    // 2 MiB announced, 64 KiB sent, the request left open: an answer proves the rest was not awaited.
    const started = Date.now();
    const response = await raw(base, {
      method: 'POST',
      path: '/cds-services/nam-cds-pathway',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(2 * 1_048_576) },
      chunks: [Buffer.alloc(65_536, 0x20)],
      end: false,
    });
    assert.equal(response.status, 413);
    assert.equal(JSON.parse(response.text).error.field, 'body');
    assert.ok(Date.now() - started < 5000);
  });

  test('413 for a chunked body that grows over 1 MiB; exactly 1 MiB is read', async () => {
    const over = await raw(base, {
      method: 'POST',
      path: '/cds-services/nam-cds-pathway',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      chunks: [Buffer.alloc(600_000, 0x20), Buffer.alloc(600_000, 0x20)],
    });
    assert.equal(over.status, 413);
    // A valid request padded with spaces to exactly 1,048,576 bytes is answered.
    const body = JSON.stringify(fixture('cds-hooks/patient-view-anti-hmgcr-statin.json'));
    const exact = body + ' '.repeat(1_048_576 - Buffer.byteLength(body));
    assert.equal(Buffer.byteLength(exact), 1_048_576);
    assert.equal((await post(base, '/cds-services/nam-cds-pathway', exact)).status, 200);
    assert.equal((await post(base, '/cds-services/nam-cds-pathway', `${exact} `)).status, 413);
  });

  test('CORS: preflight answered, every answer carries the origin header', async () => {
    const preflight = await fetch(`${base}/cds-services/nam-cds-pathway`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://ehr.example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Authorization/);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/);
    const discovery = await fetch(`${base}/cds-services`, { headers: { Origin: 'https://ehr.example.org' } });
    assert.equal(discovery.headers.get('access-control-allow-origin'), '*');
    const refused = await post(base, '/cds-services/nam-cds-pathway', '{', { Origin: 'https://ehr.example.org' });
    assert.equal(refused.headers.get('access-control-allow-origin'), '*');
  });

  test('GET /health and GET / give a small status', async () => {
    for (const path of ['/', '/health']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200);
      assert.deepEqual(Object.keys(await response.json()).sort(), ['contentVersion', 'discovery', 'service', 'status']);
    }
  });

  test('the log has method, route, status and duration only: nothing about the patient', async () => {
    const body = fixture('cds-hooks/patient-view-anti-hmgcr-statin.json');
    logs.length = 0;
    await post(base, '/cds-services/nam-cds-pathway', body);
    await post(base, '/cds-services/nam-cds-orders?patient=nam-1&name=Testpatient', fixture('cds-hooks/order-select-statin.json'));
    await fetch(`${base}/cds-services/Testpatient-1961-05-04`);
    assert.equal(logs.length, 3);
    for (const entry of logs) {
      assert.deepEqual(Object.keys(entry).sort(), ['method', 'ms', 'path', 'status']);
      assert.equal(typeof entry.ms, 'number');
    }
    assert.deepEqual(
      logs.map((e) => [e.method, e.path, e.status]),
      [
        ['POST', '/cds-services/nam-cds-pathway', 200],
        ['POST', '/cds-services/nam-cds-orders', 200],
        ['GET', '(other)', 404],
      ],
    );
    const text = JSON.stringify(logs);
    for (const secret of ['nam-1', 'Testpatient', 'Alex', '1961', 'd1577c69', 'Practitioner', 'hmgcr', 'atorva']) assert.ok(!text.includes(secret), secret);
  });
});

describe('CDS Hooks service: set-up', () => {
  test('CORS with a list of origins answers only those', async () => {
    const { base, stop } = await start(createCdsService(undefined, { log: false, allowedOrigins: ['https://ehr.example.org'] }));
    try {
      const allowed = await fetch(`${base}/cds-services`, { headers: { Origin: 'https://ehr.example.org' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://ehr.example.org');
      assert.match(allowed.headers.get('vary'), /Origin/);
      const other = await fetch(`${base}/cds-services`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    } finally {
      await stop();
    }
  });

  test("the institution's codes reach the discovery templates; an invalid configuration stops the start", async () => {
    const config = { fhir: { codes: { tpmt: [{ system: 'urn:lab', code: 'TPMT,1' }] } }, protocolUrl: 'https://intranet.example.org/nam' };
    const { base, stop } = await start(createCdsService(config, { log: false }));
    try {
      const { services } = await (await fetch(`${base}/cds-services`)).json();
      assert.equal(services[1].prefetch.thiopurineMetabolism, 'Observation?patient={{context.patientId}}&code=urn:lab|TPMT\\,1');
    } finally {
      await stop();
    }
    assert.throws(() => createCdsService({ prednisone: { maxDailyMg: 5000 } }), /configuration is invalid: prednisone\.maxDailyMg/);
  });

  test('`npm run cds-service` starts on PORT; its output is the address, then one JSON log line per request and nothing about the patient', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'cds-service.mjs')], { cwd: ROOT, env: { ...process.env, PORT: '0' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    try {
      const url = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed: ${out}${err}`)), 60_000);
        const look = () => {
          const m = /(http:\/\/127\.0\.0\.1:(\d+)\/cds-services)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout.on('data', look);
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}${err}`)));
      });
      const base = url.replace(/\/cds-services$/, '');
      const response = await fetch(url);
      assert.equal(response.status, 200);
      assert.equal((await response.json()).services.length, 3);
      assert.equal((await post(base, '/cds-services/nam-cds-pathway', fixture('cds-hooks/patient-view-anti-hmgcr-statin.json'))).status, 200);
      assert.equal((await post(base, '/cds-services/nam-cds-orders', '{bad')).status, 400);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = out.trim().split('\n');
      // Any build output comes before the address line; after it, only the log.
      const logLines = lines.slice(lines.findIndex((l) => l.includes('/cds-services')) + 1);
      assert.deepEqual(
        logLines.map((l) => JSON.parse(l)).map((e) => [e.method, e.path, e.status, Object.keys(e).sort().join()]),
        [
          ['GET', '/cds-services', 200, 'method,ms,path,status'],
          ['POST', '/cds-services/nam-cds-pathway', 200, 'method,ms,path,status'],
          ['POST', '/cds-services/nam-cds-orders', 400, 'method,ms,path,status'],
        ],
      );
      for (const secret of ['nam-1', 'Testpatient', '1961-05-04', 'd1577c69']) assert.ok(!`${out}${err}`.includes(secret), secret);
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      assert.equal(pkg.scripts['cds-service'], 'node scripts/cds-service.mjs');
      assert.equal(pkg.exports['./cds-service'].default, './dist/cds-service.js');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
