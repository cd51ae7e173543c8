// The demo pages, as `npm start` serves them (same strict CSP header): they load without
// errors or CSP violations, and the demo's presets, playground and theme switch work.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, probeStart, probeStop, removeFrames, sleep } from './helpers.js';

const PAGES = ['/demo/index.html', '/demo/intranet.html', '/demo/minimal.html'];

async function demoReady(win: Window, ms = 30000) {
  const start = Date.now();
  while (!('ready' in win.document.documentElement.dataset)) {
    if (Date.now() - start > ms) throw new Error('demo.js did not finish');
    await sleep(25);
  }
}

describe('demo pages (built bundle, strict CSP)', function () {
  // Pages load in iframes on a shared, sometimes busy machine: allow for it.
  this.timeout(60000);
  afterEach(removeFrames);

  it('the demo pages are served with the strict CSP header', async () => {
    const response = await fetch('/demo/index.html');
    expect(response.headers.get('content-security-policy')).to.contain("default-src 'self'");
  });

  for (const page of PAGES) {
    it(`${page} loads with no error, warning or CSP violation and renders both elements`, async () => {
      await probeStart();
      const { win, doc } = await loadFrame(page);
      await elementsReady(win);
      if (page.endsWith('index.html')) await demoReady(win);
      await sleep(100);
      const record = await probeStop();
      expect(record.errors, record.errors.join('\n')).to.deep.equal([]);
      const bad = record.console.filter((m) => ['error', 'warn', 'warning'].includes(m.type));
      expect(bad, JSON.stringify(bad)).to.deep.equal([]);
      const failed = record.requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== location.origin);
      expect(failed, JSON.stringify(failed)).to.deep.equal([]);
      for (const tag of ['nam-pathway', 'nam-dose-calculator']) {
        const el = doc.querySelector(tag);
        expect(el, tag).to.exist;
        expect(el!.shadowRoot?.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
      }
    });
  }

  it('/demo/verify.html runs its cases against the built bundle with no error or CSP violation', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/demo/verify.html');
    const start = Date.now();
    const summary = () => doc.querySelector('#nam-verify .summary');
    while (!summary() && Date.now() - start < 30000) await sleep(50);
    const record = await probeStop();
    expect(record.errors, record.errors.join('\n')).to.deep.equal([]);
    const bad = record.console.filter((m) => ['error', 'warn', 'warning'].includes(m.type));
    expect(bad, JSON.stringify(bad)).to.deep.equal([]);
    expect(summary()?.textContent).to.match(/^\s*PASS\b/);
    expect(win.location.pathname).to.equal('/demo/verify.html');
  });

  it('presets set the scenario attributes; the playground shows the snippet; the theme switch works', async () => {
    const { win, doc } = await loadFrame('/demo/index.html');
    await elementsReady(win);
    await demoReady(win);
    const pathway = doc.getElementById('pathway')!;
    const calculator = doc.getElementById('calculator')!;
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('#presets button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal([
      'Anti-HMGCR on a statin',
      'Anti-SRP, severe, with dysphagia',
      'Checkpoint-inhibitor myocarditis',
      'Seronegative relapse',
    ]);

    buttons[1].click();
    expect(pathway.getAttribute('antibody')).to.equal('anti-srp');
    expect(pathway.getAttribute('red-flags')).to.equal('bulbar');
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
    buttons[2].click();
    expect(pathway.hasAttribute('checkpoint-inhibitor')).to.equal(true);
    expect(pathway.getAttribute('red-flags')).to.equal('myocarditis');
    buttons[3].click();
    expect(pathway.getAttribute('antibody')).to.equal('seronegative');
    expect(pathway.getAttribute('phase')).to.equal('relapse');
    expect(pathway.hasAttribute('checkpoint-inhibitor')).to.equal(false);
    await sleep(50);

    // The playground follows the attributes and shows the HTML to paste.
    const snippets = [...doc.querySelectorAll('.snippet-code')].map((c) => c.textContent!);
    const parse = (html: string) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const el = t.content.firstElementChild!;
      return { tag: el.localName, attrs: Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])) };
    };
    expect(parse(snippets[0])).to.deep.equal({
      tag: 'nam-pathway',
      attrs: { antibody: 'seronegative', statin: 'never', severity: 'moderate', phase: 'relapse', weight: '95' },
    });
    expect(parse(snippets[1])).to.deep.equal({
      tag: 'nam-dose-calculator',
      attrs: { weight: '95', 'height-cm': '178', sex: 'male', tpmt: 'normal' },
    });

    // A playground control sets the attribute on the live element.
    const select = doc.getElementById('pg-nam-pathway-antibody') as HTMLSelectElement;
    select.value = 'anti-hmgcr';
    select.dispatchEvent(new Event('change'));
    expect(pathway.getAttribute('antibody')).to.equal('anti-hmgcr');
    await sleep(50);
    expect(doc.querySelector('.snippet-code')!.textContent).to.contain('antibody="anti-hmgcr"');

    // Theme switch.
    const theme = doc.getElementById('theme') as HTMLSelectElement;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    expect(pathway.getAttribute('theme')).to.equal('dark');
    expect(calculator.getAttribute('theme')).to.equal('dark');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    theme.value = 'auto';
    theme.dispatchEvent(new Event('change'));
    expect(pathway.hasAttribute('theme')).to.equal(false);
  });

  it('user input in a widget appears in the event log, and the weight is passed to the pathway', async () => {
    const { win, doc } = await loadFrame('/demo/index.html');
    await elementsReady(win);
    await demoReady(win);
    const calculator = doc.getElementById('calculator')!;
    const pathway = doc.getElementById('pathway')!;
    const weight = calculator.shadowRoot!.querySelector<HTMLInputElement>('input[name="weight"]')!;
    weight.focus();
    weight.value = '88';
    weight.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    weight.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const start = Date.now();
    while (!doc.querySelector('#log li') && Date.now() - start < 5000) await sleep(25);
    const entry = doc.querySelector('#log li')!;
    expect(entry, 'an event log entry').to.exist;
    expect(entry.textContent).to.contain('nam-dose-change').and.to.contain('88 kg');
    expect(entry.querySelector('pre')!.textContent).to.contain('"ok": true');
    expect(pathway.getAttribute('weight')).to.equal('88');
    expect((doc.getElementById('log-empty') as HTMLElement).hidden).to.equal(true);
  });
});
