/**
 * The verification page (demo/verify.html + verify.js + verify-cases.json) run in Chromium
 * against the built bundle (dist/nam-cds.min.js; `npm test` builds first): every published
 * case passes, a wrong expectation shows as FAIL, and the page works under a strict CSP.
 */
import { expect } from '@open-wc/testing';
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

  it('[hazard:H25] runs every published case against the served bundle: all pass, with version, time, browser and SHA-256 shown', async () => {
    const cases = (await (await fetch('/demo/verify-cases.json')).json()) as { cases: { id: string }[] };
    const doc = await open('/demo/verify.html');
    expect(doc.documentElement.dataset.verifyStatus).to.equal('done');
    const rows = results(doc);
    // One row per case, plus V00 (the case file's content version matches the bundle's).
    expect(rows.map((r) => r.id)).to.deep.equal(['V00', ...cases.cases.map((c) => c.id)]);
    const failed = rows.filter((r) => r.result !== 'pass').map((r) => r.id);
    expect(failed, `failed cases: ${failed.join(', ')}`).to.deep.equal([]);
    const summary = doc.getElementById('summary')!;
    expect(summary.dataset.failed).to.equal('0');
    expect(summary.dataset.total).to.equal(String(rows.length));
    expect(summary.textContent).to.match(/^PASS — all \d+ cases passed\.$/);
    expect(doc.getElementById('content-version')!.textContent).to.include(CONTENT_VERSION);
    expect(doc.getElementById('bundle-url')!.textContent).to.match(/\/dist\/nam-cds\.min\.js$/);
    expect(doc.getElementById('bundle-sha256')!.textContent).to.match(/^[0-9a-f]{64}$/);
    expect(doc.getElementById('cases-sha256')!.textContent).to.match(/^[0-9a-f]{64}$/);
    expect(doc.getElementById('user-agent')!.textContent).to.equal(navigator.userAgent);
    expect(doc.getElementById('run-at')!.textContent).to.match(/UTC \d{4}-\d{2}-\d{2}T/);
  });

  it('[hazard:H25] the bundle hash shown is the SHA-256 of the bytes served', async () => {
    const doc = await open('/demo/verify.html');
    const bytes = await (await fetch('/dist/nam-cds.min.js', { cache: 'no-store' })).arrayBuffer();
    const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(doc.getElementById('bundle-sha256')!.textContent).to.equal(hex);
  });

  it('[hazard:H25] a case file with one deliberately wrong expectation shows exactly that case as FAIL, with expected and actual', async () => {
    const doc = await open('/demo/verify.html?cases=/test/safety/fixtures/verify-cases-wrong.json');
    const rows = results(doc);
    expect(rows.filter((r) => r.result === 'fail').map((r) => r.id)).to.deep.equal(['D03']);
    expect(rows.filter((r) => r.result === 'pass').map((r) => r.id)).to.deep.equal(['V00', 'P09', 'D01', 'D07']);
    const summary = doc.getElementById('summary')!;
    expect(summary.dataset.failed).to.equal('1');
    expect(summary.textContent).to.match(/^FAIL — 1 of 5 cases failed: D03\.$/);
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
    const ok = await open('/demo/verify.html?bundle=/dist/nam-cds.min.js');
    expect(ok.getElementById('summary')!.dataset.failed).to.equal('0');
  });

  it('[hazard:H25] works under Content-Security-Policy default-src \'self\': all cases pass and the policy blocks nothing', async () => {
    const header = (await fetch('/test/safety/fixtures/verify.csp.html')).headers.get('content-security-policy');
    expect(header, 'the test server sends the strict policy').to.include("default-src 'self'");
    const doc = await open('/test/safety/fixtures/verify.csp.html');
    expect(doc.getElementById('summary')!.dataset.failed).to.equal('0');
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
