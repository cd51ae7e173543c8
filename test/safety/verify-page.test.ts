/**
 * The verification page (demo/verify.html + verify.js + verify-cases.json) run in Chromium
 * against the built bundles (dist/nam-cds.min.js and the classic dist/nam-cds.iife.min.js;
 * `npm test` builds first): every published case passes except those marked with a reported
 * disagreement between the content specification and the core, which show as FAIL with their
 * note; the bundle's hash is compared with the build's SHA256SUMS, a wrong expectation shows as
 * FAIL, every printed page carries the content version, the hash and the verdict, and the page
 * works under a strict CSP.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CONTENT_VERSION } from '../../src/core/index.js';

interface Loaded {
  doc: Document;
  frame: HTMLIFrameElement;
}

/** Loads a page in an iframe and waits until verify.js reports done (or error). */
async function loadPage(src: string, timeoutMs = 30000): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '1200px';
  frame.style.height = '800px';
  document.body.append(frame);
  const start = Date.now();
  for (;;) {
    const doc = frame.contentDocument;
    const status = doc?.documentElement?.dataset.verifyStatus;
    if (doc && (status === 'done' || status === 'error')) return { doc, frame };
    if (Date.now() - start > timeoutMs) throw new Error(`${src} did not finish (status ${status ?? 'none'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sha256 = async (bytes: ArrayBuffer) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The hash dist/SHA256SUMS lists for a file. */
async function listed(file: string) {
  const text = await (await fetch('/dist/SHA256SUMS', { cache: 'no-store' })).text();
  return text.split('\n').find((line) => line.endsWith(`  ${file}`))?.slice(0, 64);
}

interface PublishedCase {
  id: string;
  disagreement?: string;
}

/**
 * The published cases and the ids of those marked with a reported disagreement between the
 * content specification and the core: they are expected to fail until the core agrees (and the
 * mark is removed), so the page's verdict is FAIL exactly while any is marked.
 */
async function published() {
  const file = (await (await fetch('/demo/verify-cases.json', { cache: 'no-store' })).json()) as { cases: PublishedCase[] };
  const marked = file.cases.filter((c) => c.disagreement !== undefined).map((c) => c.id);
  return { cases: file.cases, marked, verdict: marked.length ? 'FAIL' : 'PASS' };
}

/** The verdict line the page must show for the published cases and a bundle that matches SHA256SUMS. */
const expectedSummary = (total: number, marked: string[], bundle: string) =>
  marked.length
    ? `FAIL — ${marked.length} of ${total} published cases failed: ${marked.join(', ')}. Bundle SHA-256: matches SHA256SUMS (${bundle}).`
    : `PASS — all ${total} published cases and 1 version check passed. Bundle SHA-256: matches SHA256SUMS (${bundle}).`;

const results = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('tbody[data-case]')].map((b) => ({ id: b.dataset.case!, result: b.dataset.result! }));

describe('verification page', () => {
  let loaded: Loaded[] = [];
  afterEach(() => {
    for (const l of loaded) l.frame.remove();
    loaded = [];
  });
  const open = async (src: string) => {
    const l = await loadPage(src);
    loaded.push(l);
    return l.doc;
  };

  it('[hazard:H25] runs every published case against the served bundle: all pass but the reported disagreements, with version, time, browser and SHA-256 shown', async () => {
    const { cases, marked } = await published();
    const doc = await open('/demo/verify.html');
    expect(doc.documentElement.dataset.verifyStatus).to.equal('done');
    const rows = results(doc);
    // One row per case, plus V00 (the case file's content version matches the bundle's).
    expect(rows.map((r) => r.id)).to.deep.equal(['V00', ...cases.map((c) => c.id)]);
    const failed = rows.filter((r) => r.result !== 'pass').map((r) => r.id);
    expect(failed, `failed cases: ${failed.join(', ')}`).to.deep.equal(marked);
    const summary = doc.getElementById('summary')!;
    expect(summary.dataset.failed).to.equal(String(marked.length));
    expect(summary.dataset.total).to.equal(String(rows.length));
    // The count is exact: the published cases, and V00, which the page adds, counted apart.
    expect(summary.textContent).to.equal(expectedSummary(cases.length, marked, 'nam-cds.min.js'));
    // A marked case says what disagrees, next to its failed checks.
    for (const id of marked) {
      const note = doc.querySelector(`tbody[data-case="${id}"] .disagreement`);
      expect(note?.textContent, id).to.include(cases.find((c) => c.id === id)!.disagreement!);
    }
    expect(doc.querySelectorAll('tbody[data-result="pass"] .disagreement').length, 'no note on a passing case').to.equal(0);
    expect(doc.querySelector('caption')!.textContent).to.include(`${cases.length} published cases and V00, the version check`);
    expect(doc.getElementById('content-version')!.textContent).to.include(CONTENT_VERSION);
    expect(doc.getElementById('bundle-url')!.textContent).to.match(/\/dist\/nam-cds\.min\.js$/);
    expect(doc.getElementById('bundle-sha256')!.textContent).to.match(/^[0-9a-f]{64}$/);
    expect(doc.getElementById('cases-sha256')!.textContent).to.match(/^[0-9a-f]{64}$/);
    expect(doc.getElementById('user-agent')!.textContent).to.equal(navigator.userAgent);
    expect(doc.getElementById('run-at')!.textContent).to.match(/UTC \d{4}-\d{2}-\d{2}T/);
  });

  it('the report is not one live region (a screen reader would read all of it); the verdict is a status; "failed cases only" says when none failed', async () => {
    const { marked } = await published();
    const doc = await open('/demo/verify.html');
    for (let node: Element | null = doc.querySelector('table.cases'); node; node = node.parentElement) {
      expect(node.hasAttribute('aria-live'), `${node.localName}#${node.id}`).to.equal(false);
    }
    expect(doc.getElementById('summary')!.getAttribute('role')).to.equal('status');
    const note = doc.getElementById('no-failures')!;
    expect(note.hidden).to.equal(true);
    const box = doc.getElementById('failures-only') as HTMLInputElement;
    box.click();
    // With failed cases (the reported disagreements) the table shows them; with none it says so.
    expect(note.hidden).to.equal(marked.length > 0);
    if (!marked.length) expect(note.textContent).to.match(/No failed cases/);
    box.click();
    expect(note.hidden).to.equal(true);
    // A page whose every case passes says so under "failed cases only".
    const passing = await open('/demo/verify.html?cases=/test/safety/fixtures/verify-cases-pass.json');
    const passNote = passing.getElementById('no-failures')!;
    (passing.getElementById('failures-only') as HTMLInputElement).click();
    expect(passNote.hidden).to.equal(false);
    expect(passNote.textContent).to.match(/No failed cases/);
  });

  it('[hazard:H25] the bundle hash shown is the SHA-256 of the bytes served', async () => {
    const doc = await open('/demo/verify.html');
    const bytes = await (await fetch('/dist/nam-cds.min.js', { cache: 'no-store' })).arrayBuffer();
    const hex = await sha256(bytes);
    expect(doc.getElementById('bundle-sha256')!.textContent).to.equal(hex);
    // …and the one the build published in dist/SHA256SUMS next to it.
    expect(await listed('nam-cds.min.js')).to.equal(hex);
    expect(doc.getElementById('summary')!.dataset.sums).to.equal('match');
    expect(doc.getElementById('bundle-sums')!.textContent).to.match(/^matches SHA256SUMS \(nam-cds\.min\.js\) — .*\/dist\/SHA256SUMS$/);
    expect(doc.getElementById('bundle-how')!.textContent).to.include('ES module');
  });

  it('[hazard:H25] the classic-script bundle (?bundle=nam-cds.iife.min.js) is verified too: loaded with <script src>, core from window.NamCds, the same results', async () => {
    const { cases, marked } = await published();
    const hex = await sha256(await (await fetch('/dist/nam-cds.iife.min.js', { cache: 'no-store' })).arrayBuffer());
    // As shipped: the page in dist/, the file named next to it.
    const doc = await open('/dist/verify.html?bundle=nam-cds.iife.min.js');
    expect(doc.documentElement.dataset.verifyStatus).to.equal('done');
    const rows = results(doc);
    expect(rows.map((r) => r.id)).to.deep.equal(['V00', ...cases.map((c) => c.id)]);
    expect(rows.filter((r) => r.result !== 'pass').map((r) => r.id)).to.deep.equal(marked);
    expect(doc.getElementById('summary')!.textContent).to.equal(expectedSummary(cases.length, marked, 'nam-cds.iife.min.js'));
    expect(doc.getElementById('bundle-url')!.textContent).to.match(/\/dist\/nam-cds\.iife\.min\.js$/);
    // The hash is of the file named, the classic bundle, and matches the build's SHA256SUMS.
    expect(doc.getElementById('bundle-sha256')!.textContent).to.equal(hex);
    expect(await listed('nam-cds.iife.min.js')).to.equal(hex);
    expect(doc.getElementById('bundle-how')!.textContent).to.include('window.NamCds');
    // Under the strict demo CSP (script-src 'self'): nothing blocked.
    const strict = await open('/demo/verify.html?bundle=/dist/nam-cds.iife.min.js');
    expect(strict.getElementById('summary')!.dataset.failed).to.equal(String(marked.length));
    expect(strict.getElementById('summary')!.dataset.verdict).to.equal(marked.length ? 'fail' : 'pass');
    expect(strict.documentElement.dataset.cspViolations).to.equal('0');
    expect(strict.getElementById('bundle-sha256')!.textContent).to.equal(hex);
  });

  it('[hazard:H25] every printed page carries the content version, the bundle hash and the verdict (a row of the repeated table head)', async () => {
    const { verdict } = await published();
    const doc = await open('/demo/verify.html');
    const row = doc.querySelector<HTMLElement>('table.cases thead tr.report-context')!;
    expect(row, 'a context row in the table head').to.exist;
    const hash = doc.getElementById('bundle-sha256')!.textContent!;
    const text = row.textContent!;
    expect(text).to.include(`Content ${CONTENT_VERSION} (`);
    expect(text).to.include(`bundle nam-cds.min.js sha256 ${hash.slice(0, 16)}…`);
    expect(text.endsWith(`· ${verdict}`), text).to.equal(true);
    const win = doc.defaultView!;
    expect(win.getComputedStyle(row).display, 'screen: the details above the table say it').to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(win.getComputedStyle(row).display).to.equal('table-row');
      expect(win.getComputedStyle(row.parentElement!).display, 'the head repeats on each printed page').to.equal('table-header-group');
      expect(row.getBoundingClientRect().height).to.be.greaterThan(0);
      expect((row as HTMLElement).innerText).to.include(hash.slice(0, 16));
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('[hazard:H25] SHA256SUMS: a match passes, a mismatch or an unlisted bundle fails, no file is stated neutrally', async () => {
    const { compareSums, verdictText } = (await import('/demo/verify.js' as string)) as {
      compareSums: (text: string | undefined, file: string, hex: string) => { state: string; pass: boolean; message: string };
      verdictText: (report: object, sums: object) => { pass: boolean; text: string };
    };
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const sums = `${b}  core.js\n${a}  nam-cds.min.js\n`;
    expect(compareSums(sums, 'nam-cds.min.js', a)).to.include({ state: 'match', pass: true });
    expect(compareSums(sums, 'nam-cds.min.js', b)).to.include({ state: 'mismatch', pass: false });
    expect(compareSums(sums, 'nam-cds.other.js', 'c'.repeat(64))).to.include({ state: 'unlisted', pass: false });
    expect(compareSums(undefined, 'nam-cds.min.js', a)).to.include({ state: 'absent', pass: true });
    expect(compareSums(undefined, 'nam-cds.min.js', a).message).to.match(/^no SHA256SUMS next to the bundle/);
    // A server that answers every address with its home page has no SHA256SUMS either.
    expect(compareSums('<!doctype html><p>Home</p>', 'nam-cds.min.js', a).state).to.equal('absent');
    const allPass = { published: 60, versionPass: true, failed: 0, failedIds: [] };
    const mismatch = verdictText(allPass, compareSums(sums, 'nam-cds.min.js', b));
    expect(mismatch.pass).to.equal(false);
    expect(mismatch.text).to.include('its SHA-256 does not match SHA256SUMS');
    expect(verdictText(allPass, compareSums(undefined, 'nam-cds.min.js', a)).pass).to.equal(true);
  });

  it('[hazard:H25] a case file with one deliberately wrong expectation shows exactly that case as FAIL, with expected and actual', async () => {
    const doc = await open('/demo/verify.html?cases=/test/safety/fixtures/verify-cases-wrong.json');
    const rows = results(doc);
    expect(rows.filter((r) => r.result === 'fail').map((r) => r.id)).to.deep.equal(['D03']);
    expect(rows.filter((r) => r.result === 'pass').map((r) => r.id)).to.deep.equal(['V00', 'P09', 'D01', 'D07']);
    const summary = doc.getElementById('summary')!;
    expect(summary.dataset.failed).to.equal('1');
    expect(summary.textContent).to.match(/^FAIL — 1 of 4 published cases failed: D03\. Bundle SHA-256: matches SHA256SUMS/);
    expect(doc.querySelector('thead tr.report-context')!.textContent).to.match(/· FAIL$/);
    const failedCheck = doc.querySelector('tbody[data-case="D03"] tr.check.fail')!;
    expect(failedCheck.querySelector('.expected')!.textContent).to.equal('70 mg');
    expect(failedCheck.querySelector('.actual')!.textContent).to.equal('75 mg');
    expect(failedCheck.querySelector('.verdict')!.textContent).to.include('FAIL');
  });

  it('[hazard:H25] a missing case file or bundle is a visible FAIL, never a blank or passing page', async () => {
    const doc = await open('/demo/verify.html?cases=/test/safety/fixtures/no-such-file.json');
    expect(doc.documentElement.dataset.verifyStatus).to.equal('error');
    expect(doc.getElementById('summary')!.textContent).to.match(/^FAIL/);
    const other = await open('/demo/verify.html?bundle=/dist/missing/nam-cds.min.js');
    expect(other.documentElement.dataset.verifyStatus).to.equal('error');
    expect(other.getElementById('summary')!.textContent).to.match(/^FAIL — the verification could not run/);
  });

  it('[hazard:H25] ?bundle= loads only a nam-cds bundle from the same server, never another script', async () => {
    for (const bundle of ['/demo/verify.js', '/src/core/index.ts', 'https://example.org/nam-cds.min.js']) {
      const doc = await open(`/demo/verify.html?bundle=${encodeURIComponent(bundle)}`);
      expect(doc.documentElement.dataset.verifyStatus, bundle).to.equal('error');
      expect(doc.getElementById('summary')!.textContent, bundle).to.match(/^FAIL — the verification could not run: \?bundle= must/);
    }
    const { marked } = await published();
    const ok = await open('/demo/verify.html?bundle=/dist/nam-cds.min.js');
    expect(ok.documentElement.dataset.verifyStatus).to.equal('done');
    expect(ok.getElementById('summary')!.dataset.failed).to.equal(String(marked.length));
  });

  it('[hazard:H25] works under Content-Security-Policy default-src \'self\': the cases run as without it and the policy blocks nothing', async () => {
    const { marked } = await published();
    const header = (await fetch('/test/safety/fixtures/verify.csp.html')).headers.get('content-security-policy');
    expect(header, 'the test server sends the strict policy').to.include("default-src 'self'");
    const doc = await open('/test/safety/fixtures/verify.csp.html');
    expect(results(doc).filter((r) => r.result !== 'pass').map((r) => r.id)).to.deep.equal(marked);
    expect(doc.documentElement.dataset.cspViolations).to.equal('0');
    expect(doc.getElementById('csp')!.textContent).to.equal('nothing');
    // The page itself has no inline script, inline style or event-handler attribute.
    const html = await (await fetch('/demo/verify.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const s of page.querySelectorAll('script')) expect(s.getAttribute('src'), 'every script is external').to.be.a('string').and.not.empty;
    expect(page.querySelectorAll('style, [style]').length).to.equal(0);
    expect([...page.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith('on'))).to.deep.equal([]);
  });

  it('[hazard:H25] the built-in SHA-256 (used on plain-http intranet pages) agrees with Web Crypto', async () => {
    const { sha256Hex } = (await import('/demo/verify.js' as string)) as { sha256Hex: (b: Uint8Array) => string };
    for (const n of [0, 3, 55, 56, 63, 64, 65, 1000]) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(sha256Hex(bytes), `${n} bytes`).to.equal(hex);
    }
    expect(sha256Hex(new TextEncoder().encode('abc'))).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
