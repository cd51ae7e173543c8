// The CDS Hooks service under a bounded load on loopback: `benchService()` sends a fixed number
// of patient-view requests (the anti-HMGCR fixture) with a fixed concurrency to the built
// service (dist/cds-service.js) and returns requests per second and p50/p99 latency. Beside it,
// measured in the same run, a floor: the same node:http server reading the same body and
// answering a constant 200, so the service's own cost is the difference.
//
// Used by scripts/bench.mjs (`npm run bench`); alone: `node scripts/bench-service.mjs`
// [--requests N] [--concurrency N]. Only 127.0.0.1 is ever contacted; the load stops by itself.
import { readFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PATH = '/cds-services/nam-cds-pathway';

const quantile = (sorted, q) => {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
const round = (n, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

function post(agent, port, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: PATH, method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `requests` POSTs of `body` with `concurrency` in flight, after a short warm-up. */
async function load(handler, body, requests, concurrency) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    for (let i = 0; i < Math.min(100, requests); i++) await post(agent, port, body);
    const latencies = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < requests) {
        next++;
        const t0 = performance.now();
        const status = await post(agent, port, body);
        latencies.push(performance.now() - t0);
        if (status !== 200) errors++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      requestsPerSecond: Math.round(requests / seconds),
      p50Ms: round(quantile(latencies, 0.5)),
      p99Ms: round(quantile(latencies, 0.99)),
      errors,
    };
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Runs the bounded load test. Returns { requests, concurrency, bodyBytes, service, floor },
 * each of service and floor { requestsPerSecond, p50Ms, p99Ms, errors }.
 */
export async function benchService({ requests = 2000, concurrency = 20 } = {}) {
  const { createCdsService } = await import(pathToFileURL(join(ROOT, 'dist', 'cds-service.js')).href);
  const body = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'cds-hooks', 'patient-view-anti-hmgcr-statin.json'), 'utf8')));
  const floorHandler = (req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end('{"cards":[]}');
    });
  };
  const floor = await load(floorHandler, body, requests, concurrency);
  const service = await load(createCdsService(undefined, { log: false }), body, requests, concurrency);
  return { requests, concurrency, bodyBytes: Buffer.byteLength(body), service, floor };
}

/** The result as lines for the benchmark table. */
export function formatServiceBench(r) {
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  const row = (name, m) => `  ${pad(name, 36)}${lpad(m.requestsPerSecond.toLocaleString('en-US'), 10)} req/s${lpad(`${m.p50Ms} ms`, 12)}${lpad(`${m.p99Ms} ms`, 12)}${m.errors ? `   ${m.errors} errors` : ''}`;
  return [
    `CDS Hooks service (node:http, loopback; ${r.requests.toLocaleString('en-US')} patient-view requests of ${r.bodyBytes.toLocaleString('en-US')} bytes, ${r.concurrency} at a time)`,
    `  ${pad('', 36)}${lpad('throughput', 16)}${lpad('p50', 12)}${lpad('p99', 12)}`,
    row('nam-cds-pathway (prefill + pathway)', r.service),
    row('floor: same server, constant 200', r.floor),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  benchService({ requests: arg('--requests', 2000), concurrency: arg('--concurrency', 20) })
    .then((r) => console.log(formatServiceBench(r)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
