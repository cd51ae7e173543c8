// Finds a Chromium or Chrome binary for the browser tests, the demo checks and the benchmark.
// Order: CHROME_PATH, then the usual Debian/Ubuntu/Chrome install paths, then PATH.
import { existsSync, accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the path of a usable browser, or undefined. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const path of CANDIDATES) if (executable(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export const INSTALL_HINT = [
  'No Chromium or Chrome browser was found (looked at CHROME_PATH, the usual install paths and PATH).',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  or point CHROME_PATH at an existing Chrome/Chromium binary: CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/** Flags for headless Chromium on a closed network, also when running as root. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
