// `npm run cds-service`: starts the reference CDS Hooks service on PORT (default 3000).
//
// Builds dist/cds-service.js first when it is missing or older than its sources (a fresh clone
// after `npm ci` has no dist/), then serves it with node:http.
//
//   PORT=3000            the port (0: any free port; the address is printed)
//   HOST=127.0.0.1       the interface; set HOST=0.0.0.0 to listen on every interface (put TLS in
//                        front: CDS Hooks runs over HTTPS)
//   NAM_CDS_CONFIG=path  a JSON file with the institution configuration (the same object the
//                        elements take); an invalid one stops the start with the problems listed
//   CORS_ORIGINS=a,b     browser origins allowed to call (default: any)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'dist', 'cds-service.js');
const SOURCES = ['src/core', 'src/content', 'src/service'];
const INPUTS = ['package.json', 'package-lock.json', 'rollup.service.config.js', 'tsconfig.service.json'];

/** The newest modification time among the service's sources. */
function newestSource() {
  let newest = 0;
  for (const dir of SOURCES) {
    for (const file of readdirSync(join(ROOT, dir))) newest = Math.max(newest, statSync(join(ROOT, dir, file)).mtimeMs);
  }
  for (const file of INPUTS) if (existsSync(join(ROOT, file))) newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  return newest;
}

/** True when dist/cds-service.js is missing or older than a source. */
export function serviceBuildIsStale() {
  return !existsSync(OUTPUT) || statSync(OUTPUT).mtimeMs < newestSource();
}

export function buildService() {
  const rollup = join(ROOT, 'node_modules', 'rollup', 'dist', 'bin', 'rollup');
  const run = spawnSync(process.execPath, [rollup, '-c', 'rollup.service.config.js'], { cwd: ROOT, stdio: 'inherit' });
  return run.status === 0;
}

async function main() {
  if (serviceBuildIsStale()) {
    console.log('Building dist/cds-service.js…');
    if (!buildService()) {
      console.error('The service build failed.');
      process.exit(1);
    }
  }
  let config;
  if (process.env.NAM_CDS_CONFIG) {
    try {
      config = JSON.parse(readFileSync(process.env.NAM_CDS_CONFIG, 'utf8'));
    } catch (error) {
      console.error(`NAM_CDS_CONFIG: ${process.env.NAM_CDS_CONFIG} could not be read as JSON (${error.message}).`);
      process.exit(1);
    }
  }
  const { createCdsService } = await import(pathToFileURL(OUTPUT).href);
  const origins = process.env.CORS_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
  let handler;
  try {
    handler = createCdsService(config, origins?.length ? { allowedOrigins: origins } : {});
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const server = createServer(handler);
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    const shown = host.includes(':') ? `[${host}]` : host;
    console.log(`nam-cds CDS Hooks service: http://${shown}:${actual}/cds-services`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
