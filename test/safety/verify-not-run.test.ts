/**
 * The verification page without its script: verify.html itself carries a NOT RUN verdict, styled
 * as a failure in words and border as well as colour, which stays on screen and in print when
 * verify.js is missing, blocked or served with the wrong MIME type (the same as opening the page
 * from file://, where Chromium refuses module scripts). Only verify.js replaces it.
 *
 * The page under test is the real demo/verify.html, loaded into an iframe (srcdoc, with
 * <base href="/demo/"> so its relative addresses resolve as when it is served) with its script
 * tag removed or pointed at a file the browser will not run.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** verify.html with its <script type="module" src="verify.js"> replaced by `script`. */
async function variant(script: string) {
  const html = await (await fetch('/demo/verify.html', { cache: 'no-store' })).text();
  const tag = '<script type="module" src="verify.js"></script>';
  expect(html, 'verify.html loads verify.js with this tag').to.include(tag);
  return html.replace('<head>', '<head><base href="/demo/" />').replace(tag, script);
}

const frames: HTMLIFrameElement[] = [];

async function load(html: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

const NOT_RUN = /^NOT RUN — the verification script did not run\. Serve this page over http\(s\) next to verify\.js, verify-cases\.json and the bundle; file:\/\/ does not work\./;

function expectNotRun(doc: Document, label: string) {
  const verdict = doc.getElementById('summary')!;
  expect(verdict, label).to.exist;
  expect(verdict.dataset.verdict, label).to.equal('not-run');
  expect(verdict.checkVisibility(), `${label}: visible`).to.equal(true);
  const box = verdict.getBoundingClientRect();
  expect(box.width > 0 && box.height > 0, `${label}: has a size`).to.equal(true);
  expect(verdict.innerText.replace(/\s+/g, ' ').trim(), label).to.match(NOT_RUN);
  expect(verdict.querySelector('strong')!.textContent, label).to.equal('NOT RUN');
  // Styled as a failure, and not by colour alone: the words and a thick dashed border.
  const style = doc.defaultView!.getComputedStyle(verdict);
  expect(style.color, `${label}: failure colour`).to.equal('rgb(176, 0, 32)');
  expect(style.borderTopStyle, label).to.equal('dashed');
  expect(parseFloat(style.borderTopWidth), label).to.be.at.least(3);
  expect(doc.documentElement.dataset.verifyStatus, `${label}: verify.js never ran`).to.equal(undefined);
}

describe('verification page without its script', function () {
  this.timeout(60000);
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('[hazard:H25] the static page says NOT RUN, not "Loading…": the verdict is in the HTML itself', async () => {
    const html = await (await fetch('/demo/verify.html', { cache: 'no-store' })).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const verdict = page.querySelector('#nam-verify #summary')!;
    expect(verdict.textContent!.replace(/\s+/g, ' ').trim()).to.match(NOT_RUN);
    expect(html).not.to.include('Loading…');
    // What the build ships is the same page.
    expect(await (await fetch('/dist/verify.html', { cache: 'no-store' })).text()).to.equal(html);
  });

  const broken: [string, string][] = [
    ['no script tag', ''],
    ['verify.js missing (404)', '<script type="module" src="no-such-verify.js"></script>'],
    ['served with the wrong MIME type (text/css)', '<script type="module" src="verify.css"></script>'],
    ['served with the wrong MIME type (application/json)', '<script type="module" src="verify-cases.json"></script>'],
  ];
  for (const [label, script] of broken) {
    it(`[hazard:H25] ${label}: the NOT RUN verdict stays visible, on screen and in print`, async () => {
      const doc = await load(await variant(script));
      await sleep(300);
      expectNotRun(doc, label);
      await emulateMedia({ media: 'print' });
      try {
        expectNotRun(doc, `${label} (print)`);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('[hazard:H25] with verify.js the NOT RUN verdict is replaced by the report (the harness above is not vacuous)', async () => {
    const doc = await load(await variant('<script type="module" src="verify.js"></script>'));
    const start = Date.now();
    while (!['done', 'error'].includes(doc.documentElement.dataset.verifyStatus ?? '')) {
      if (Date.now() - start > 30000) throw new Error('verify.js did not finish');
      await sleep(50);
    }
    // A report: PASS, or FAIL while published cases are marked with a reported disagreement
    // between the content specification and the core (verify-page.test.ts checks which).
    const file = (await (await fetch('/demo/verify-cases.json', { cache: 'no-store' })).json()) as { cases: { disagreement?: string }[] };
    const pass = !file.cases.some((c) => c.disagreement !== undefined);
    const summary = doc.getElementById('summary')!;
    expect(summary.dataset.verdict).to.equal(pass ? 'pass' : 'fail');
    expect(summary.textContent).to.match(pass ? /^PASS — / : /^FAIL — \d+ of \d+ published cases failed: /);
    expect(doc.body.textContent).not.to.include('NOT RUN');
  });
});
