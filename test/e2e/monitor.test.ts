// <nam-monitor> from the built files: its single file loads alone under the strict CSP (no other
// request, no violation, no inline style) and works with visits given by the page; on the demo
// page the follow-up scenario shows it, and it works from the keyboard alone.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFrame, nextEvent, probeStart, probeStop, removeFrames, sleep, type FrameWindow } from './helpers.js';

type MonitorEl = HTMLElement & { updateComplete: Promise<unknown>; visits?: unknown; drugs?: unknown; result: { ok: boolean } };

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const VISITS = [
  { date: '2026-01-05', ck: 8000, ckUln: 200, mmt8: 50, prednisoneMgPerDay: 60, neutrophils: 4.5 },
  { date: '2026-03-02', ck: 2000, ckUln: 200, mmt8: 62, prednisoneMgPerDay: 40, neutrophils: 1.2 },
];

async function defined(win: FrameWindow, tag: string) {
  await Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} not defined within 30 s`)), 30000)),
  ]);
}

describe('<nam-monitor> from the built files', function () {
  this.timeout(90000);
  afterEach(removeFrames);

  for (const file of ['nam-monitor.min.js', 'nam-monitor.iife.min.js']) {
    it(`${file} alone under the strict CSP: renders the page's visits, no request but itself, no violation, no inline style`, async () => {
      await probeStart();
      const { win, doc } = await loadFrame(`/test/e2e/pages/single.csp.html?load=${file}`);
      await defined(win, 'nam-monitor');
      const el = doc.querySelector('nam-monitor') as MonitorEl;
      el.setAttribute('today', '2026-03-02');
      // Objects of the page's own realm (the core reads plain objects of its realm only).
      el.visits = (win as unknown as { JSON: JSON }).JSON.parse(JSON.stringify(VISITS));
      await el.updateComplete;
      await sleep(50);
      const record = await probeStop();
      expect(win.__probe!.violations, JSON.stringify(win.__probe!.violations)).to.deep.equal([]);
      expect(win.__probe!.errors).to.deep.equal([]);
      const bad = record.console.filter((m) => ['error', 'warn', 'warning'].includes(m.type) && !/favicon/.test(m.url));
      expect(bad, JSON.stringify(bad)).to.deep.equal([]);
      const fetched = record.requests.filter((r) => /^https?:/.test(r.url) && new URL(r.url).pathname.startsWith('/dist/')).map((r) => new URL(r.url).pathname);
      expect(fetched).to.deep.equal([`/dist/${file}`]);
      const root = el.shadowRoot!;
      expect(el.result.ok).to.equal(true);
      expect(root.querySelectorAll('tr.visit-row').length).to.equal(2);
      expect(norm(root.querySelector('[part~="glance"]')!.textContent)).to.include('Neutrophils 1.2 ×10⁹/L: below 1.6 ×10⁹/L');
      expect(root.querySelectorAll('svg.chart [data-point]').length).to.equal(6);
      expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(root.querySelectorAll('style').length).to.equal(0);
      expect(root.querySelectorAll('[style]').length, 'no style attribute (the chart included)').to.equal(0);
      // The other elements are not in this file.
      expect(win.customElements.get('nam-pathway')).to.equal(undefined);
    });
  }

  it('the demo: the follow-up scenario fills the monitor, which then works with the keyboard alone', async () => {
    const { win, doc } = await loadFrame('/demo/index.html', { width: 1280, height: 900 });
    const start = Date.now();
    while (!('ready' in doc.documentElement.dataset) && Date.now() - start < 30000) await sleep(25);
    const monitor = doc.getElementById('monitor') as MonitorEl;
    const root = monitor.shadowRoot!;
    const button = doc.querySelector<HTMLButtonElement>('[data-preset="hmgcr-follow-up"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await monitor.updateComplete;
    await sleep(100);
    expect(root.querySelectorAll('tr.visit-row').length).to.equal(6);
    expect(doc.getElementById('pathway')!.getAttribute('weight'), 'the shared patient').to.equal('60');
    expect(doc.getElementById('calculator')!.getAttribute('weight')).to.equal('60');
    const glance = norm(root.querySelector('[part~="glance"]')!.textContent);
    expect(glance).to.include('Latest visit, 22 Jun 2026');
    expect(glance).to.include('Neutrophils 1.4 ×10⁹/L: below 1.6 ×10⁹/L');
    expect(root.querySelectorAll('.taper-table tbody tr').length, 'the taper plan for 60 kg').to.be.greaterThan(1);

    // Keyboard only: remove the last visit, add today's, type its CK.
    const active = () => root.activeElement as HTMLElement | null;
    const removes = () => [...root.querySelectorAll<HTMLButtonElement>('button.remove')];
    removes()[5].focus();
    const removed = nextEvent(doc, 'nam-monitor-change');
    await sendKeys({ press: 'Enter' });
    await removed;
    await monitor.updateComplete;
    expect(root.querySelectorAll('tr.visit-row').length).to.equal(5);
    expect(active()).to.equal(removes()[4]);
    root.querySelector<HTMLButtonElement>('.add-visit')!.focus();
    await sendKeys({ press: 'Enter' });
    await monitor.updateComplete;
    await sleep(50);
    const date = root.querySelector<HTMLInputElement>('input[name="visits[5].date"]')!;
    expect(active()).to.equal(date);
    expect(date.value).to.equal('2026-06-22');
    for (let i = 0; i < 5 && (active() as HTMLInputElement | null)?.name === date.name; i++) await sendKeys({ press: 'Tab' });
    expect((active() as HTMLInputElement).name).to.equal('visits[5].ck');
    await sendKeys({ type: '360' });
    await sendKeys({ press: 'Tab' });
    await monitor.updateComplete;
    await sleep(50);
    // The page kept the visits the element reported (demo.js writes them back).
    expect((monitor.visits as { ck?: number }[])[5].ck).to.equal(360);
    const uln = root.querySelector<HTMLInputElement>('input[name="visits[5].ckUln"]')!;
    expect(active()).to.equal(uln);
    expect(uln.getAttribute('aria-invalid'), 'a CK needs its ULN').to.equal('true');
    await sendKeys({ type: '200' });
    await sendKeys({ press: 'Tab' });
    await monitor.updateComplete;
    await sleep(50);
    expect(monitor.result.ok).to.equal(true);
    expect(uln.hasAttribute('aria-invalid')).to.equal(false);
    // 360 / 200 = 1.8 × ULN; (360 − 8,000) / 8,000 = −95.5 %.
    expect(norm(root.querySelector('[part~="glance"]')!.textContent)).to.include('CK 1.8 × ULN, -95.5% from baseline');
    expect(doc.querySelector('#presets [aria-pressed="true"]'), 'no longer the scenario').to.equal(null);
    expect(norm(doc.getElementById('log')!.textContent)).to.include('nam-monitor-change');
    expect(win.document.documentElement.scrollWidth).to.be.at.most(win.document.documentElement.clientWidth);
  });
});
