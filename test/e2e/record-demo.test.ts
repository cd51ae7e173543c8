// The demo page "From the record" (/demo/record.html), as `npm start` serves it (strict CSP header),
// with the built bundle: the example Bundle reaches the three elements with no request beyond the
// page's own files, each element shows the record's values with their provenance, and the page's
// buttons make the weight stale and clear the record.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames, sleep, type FrameWindow } from './helpers.js';

const PAGE = '/demo/record.html';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Dec 2026" for the local day `days` before today (the page moves the record's dates to today). */
function daysAgo(days: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - days));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function loadRecordPage() {
  const { win, doc } = await loadFrame(PAGE);
  await elementsReady(win as FrameWindow);
  const start = Date.now();
  while (!('ready' in doc.documentElement.dataset) || doc.documentElement.dataset.record !== 'loaded') {
    if (Date.now() - start > 30000) throw new Error('record.js did not finish');
    await sleep(25);
  }
  await settled(doc);
  return { win, doc };
}

async function settled(doc: Document) {
  for (const el of doc.querySelectorAll('nam-pathway, nam-dose-calculator, nam-monitor')) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  await sleep(0);
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;

/** The provenance line named by the control's aria-describedby. */
function provenance(root: ShadowRoot, selector: string): string {
  const control = root.querySelector(selector);
  const ids = (control?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return norm(ids.map((id) => root.getElementById(id)).find((n) => n?.matches('[part~="provenance"]'))?.textContent);
}

describe('demo page "From the record" (built bundle, strict CSP)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('loads the example Bundle with no error, no CSP violation and no request beyond its own files', async () => {
    await probeStart();
    const { doc } = await loadRecordPage();
    await sleep(100);
    const record = await probeStop();
    expect(record.errors, record.errors.join('\n')).to.deep.equal([]);
    const bad = record.console.filter((m) => ['error', 'warn', 'warning'].includes(m.type));
    expect(bad, JSON.stringify(bad)).to.deep.equal([]);
    const outside = record.requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== location.origin);
    expect(outside, JSON.stringify(outside)).to.deep.equal([]);
    const files = record.requests.filter((r) => !r.url.startsWith('data:')).map((r) => new URL(r.url).pathname);
    expect(files).to.include('/demo/record-bundle.json');
    expect(files.filter((f) => !/^\/(demo|dist)\//.test(f)), 'only the page\'s own files').to.deep.equal([]);
    const details = doc.querySelector<HTMLDetailsElement>('details.record-bundle')!;
    expect(details.open, 'the Bundle is shown collapsed').to.equal(false);
    expect(JSON.parse(doc.getElementById('bundle-json')!.textContent!).resourceType).to.equal('Bundle');
  });

  it('each element shows the record\'s values with their source and date', async () => {
    const { doc } = await loadRecordPage();
    const weightDay = daysAgo(5);
    const pathway = shadow(doc, 'nam-pathway');
    expect(pathway.querySelector<HTMLInputElement>('[name="antibody"]:checked')?.value).to.equal('anti-hmgcr');
    expect(provenance(pathway, '[name="antibody"]:checked')).to.match(/^from the record, \d+ \w{3} \d{4}$/);
    expect(pathway.querySelector<HTMLInputElement>('[name="statin"]:checked')?.value).to.equal('current');
    expect(pathway.querySelector<HTMLInputElement>('[name="weight"]')?.value).to.equal('82');
    expect(provenance(pathway, '[name="weight"]')).to.equal(`from the record, ${weightDay}`);
    // The latest CK, 1,520 U/L over a ULN of 190 U/L: 8 × ULN.
    expect(pathway.querySelector<HTMLInputElement>('[name="ck-times-uln"]')?.value).to.equal('8');

    const calculator = shadow(doc, 'nam-dose-calculator');
    expect(calculator.querySelector<HTMLInputElement>('[name="weight"]')?.value).to.equal('82');
    expect(provenance(calculator, '[name="weight"]')).to.equal(`from the record, ${weightDay}`);
    expect(calculator.querySelector<HTMLInputElement>('[name="height-cm"]')?.value).to.equal('168');
    expect(calculator.querySelector<HTMLSelectElement>('[name="sex"]')?.value).to.equal('female');

    const monitor = shadow(doc, 'nam-monitor');
    const cks = [...monitor.querySelectorAll<HTMLInputElement>('input[name$="].ck"]')].map((i) => i.value);
    expect(cks).to.deep.equal(['9800', '5400', '2600', '1520']);
    expect(provenance(monitor, 'input[name="visits[3].ck"]')).to.equal(`from the record, ${daysAgo(6)}`);
  });

  it('the buttons make the weight stale (every element warns) and clear the record (the values go)', async () => {
    const { doc } = await loadRecordPage();
    doc.getElementById('stale-weight')!.click();
    await settled(doc);
    for (const tag of ['nam-pathway', 'nam-dose-calculator']) {
      expect(provenance(shadow(doc, tag), '[name="weight"]'), tag).to.equal(`from the record, ${daysAgo(45)} — older than 30 days: weigh the patient`);
    }
    expect(norm(doc.getElementById('record-status')!.textContent)).to.match(/45 days old/);
    doc.getElementById('clear-record')!.click();
    await settled(doc);
    for (const tag of ['nam-pathway', 'nam-dose-calculator', 'nam-monitor']) {
      expect(shadow(doc, tag).querySelectorAll('[part~="provenance"]').length, tag).to.equal(0);
    }
    expect(shadow(doc, 'nam-dose-calculator').querySelector<HTMLInputElement>('[name="weight"]')?.value).to.equal('');
    doc.getElementById('load-record')!.click();
    await settled(doc);
    expect(provenance(shadow(doc, 'nam-dose-calculator'), '[name="weight"]')).to.equal(`from the record, ${daysAgo(5)}`);
  });
});
