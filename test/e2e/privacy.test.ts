// Privacy on the built bundle: after a clinician uses both widgets, the page has made no
// request beyond its own files and nothing is stored (cookies, localStorage, sessionStorage,
// IndexedDB, Cache Storage).
import { expect } from '@open-wc/testing';
import { RUNNER, elementsReady, loadFrame, nextEvent, probeStart, probeStop, removeFrames, userSets } from './helpers.js';

const PAGE = '/test/e2e/pages/strict.csp.html';

describe('privacy (built bundle)', function () {
  // Pages load in iframes on a shared, sometimes busy machine: allow for it.
  this.timeout(60000);
  afterEach(removeFrames);

  it('no network request beyond the page\'s own files and no storage after use', async () => {
    await probeStart();
    const { win, doc } = await loadFrame(PAGE);
    await elementsReady(win);

    const calculator = doc.querySelector('nam-dose-calculator')!;
    const pathway = doc.querySelector('nam-pathway')!;

    // Use the widgets as a clinician would: type a weight, choose an antibody, open the details.
    const weight = calculator.shadowRoot!.querySelector<HTMLInputElement>('input[name="weight"]');
    expect(weight, 'the calculator has a weight input named "weight"').to.exist;
    const doseEvent = nextEvent(calculator, 'nam-dose-change');
    userSets(weight!, '81');
    expect((await doseEvent).detail.ok).to.equal(true);

    const antibody = pathway.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(
      'select[name="antibody"], input[name="antibody"][value="anti-hmgcr"]',
    );
    expect(antibody, 'the pathway has an antibody control named "antibody"').to.exist;
    const pathwayEvent = nextEvent(pathway, 'nam-pathway-change');
    if (antibody instanceof win.HTMLSelectElement) userSets(antibody, 'anti-hmgcr');
    else antibody!.click();
    expect((await pathwayEvent).detail.ok).to.equal(true);

    for (const el of [pathway, calculator]) {
      for (const summary of el.shadowRoot!.querySelectorAll<HTMLElement>('summary')) summary.click();
    }
    await calculator.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const record = await probeStop();

    // Requests: only from the page's own origin and its own files.
    const fromFrame = record.requests.filter((r) => r.frame.includes('/test/e2e/pages/') || r.url.includes('/test/e2e/pages/'));
    expect(fromFrame.length, 'the probe saw the page load').to.be.greaterThan(0);
    // (data: URLs are images the browser draws itself, e.g. a date input's calendar icon.)
    const foreign = fromFrame.filter((r) => {
      if (r.url.startsWith('data:')) return false;
      const url = new URL(r.url);
      return url.origin !== location.origin || !/^\/(dist|test\/e2e\/pages)\//.test(url.pathname);
    });
    expect(foreign, JSON.stringify(foreign)).to.deep.equal([]);
    const dataCalls = fromFrame.filter((r) => ['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon'].includes(r.type));
    expect(dataCalls, JSON.stringify(dataCalls)).to.deep.equal([]);
    const resources = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !RUNNER.test(p));
    expect(resources.filter((p) => !/^\/(dist|test\/e2e\/pages)\//.test(p))).to.deep.equal([]);

    // Storage: nothing written anywhere the page can see.
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    const databases = await win.indexedDB.databases();
    expect(databases).to.deep.equal([]);
    if ('caches' in win) expect(await win.caches.keys()).to.deep.equal([]);
  });
});
