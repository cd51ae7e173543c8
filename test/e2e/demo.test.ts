// The demo pages, as `npm start` serves them (same strict CSP header): they load without
// errors or CSP violations, and the demo's presets, playground and theme switch work.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { elementsReady, loadFrame, nextEvent, probeStart, probeStop, removeFrames, sleep, userSets } from './helpers.js';

const PAGES = ['/demo/index.html', '/demo/intranet.html', '/demo/minimal.html'];
const ALL_PAGES = [...PAGES, '/demo/verify.html', '/demo/record.html'];

type AxeResult = { id: string; help: string; nodes: { html: string; target: unknown[] }[] };
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } };

/** Runs axe-core inside the page's own document (loaded as a same-origin file, as the CSP allows). */
async function axeViolations(win: Window, doc: Document) {
  const w = win as AxeWindow;
  if (!w.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core did not load')), { once: true });
      doc.head.append(script);
    });
  }
  const { violations } = await w.axe!.run(doc, { resultTypes: ['violations'] });
  return violations;
}

/** Loads a demo page and waits until it has finished its own work. */
async function loadPage(page: string, size?: { width: number; height: number }) {
  const { win, doc } = await loadFrame(page, size);
  if (page.endsWith('verify.html')) {
    const start = Date.now();
    while (!('verifyStatus' in doc.documentElement.dataset && doc.documentElement.dataset.verifyStatus !== 'running')) {
      if (Date.now() - start > 30000) throw new Error('verify.js did not finish');
      await sleep(50);
    }
  } else {
    await elementsReady(win);
    if (page.endsWith('index.html')) await demoReady(win);
  }
  return { win, doc };
}

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

  for (const page of ALL_PAGES) {
    it(`${page} has no axe violations (landmarks: banner, main, contentinfo)`, async () => {
      const { win, doc } = await loadPage(page);
      const violations = await axeViolations(win, doc);
      const report = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
      expect(report, report.join('\n')).to.deep.equal([]);
      expect(doc.querySelectorAll('main').length, 'one main landmark').to.equal(1);
    });

    it(`${page} does not scroll sideways at 390 px`, async () => {
      const { doc } = await loadPage(page, { width: 390, height: 800 });
      const root = doc.documentElement;
      expect(root.scrollWidth, `page width ${root.scrollWidth} px in a 390 px window`).to.be.at.most(root.clientWidth);
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
    // PASS, or FAIL only for the published cases marked with a reported disagreement between the
    // content specification and the core (test/safety/verify-page.test.ts checks the details).
    const file = (await (await fetch('/demo/verify-cases.json', { cache: 'no-store' })).json()) as { cases: { id: string; disagreement?: string }[] };
    const marked = file.cases.filter((c) => c.disagreement !== undefined).map((c) => c.id);
    expect(summary()?.textContent).to.match(marked.length ? new RegExp(`^\\s*FAIL — ${marked.length} of \\d+ published cases failed: ${marked.join(', ')}\\.`) : /^\s*PASS\b/);
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
      'Anti-HMGCR follow-up',
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

  it('the playground snippets are named regions, and its selects show every option in full at 1280 and 320 px', async () => {
    for (const width of [1280, 320]) {
      const { win, doc } = await loadPage('/demo/index.html', { width, height: 900 });
      for (const pre of doc.querySelectorAll('#playground pre')) {
        expect(pre.getAttribute('role'), 'a role, so the aria-label applies').to.equal('region');
        expect(pre.getAttribute('aria-label')).to.match(/^HTML for nam-/);
      }
      const wraps = win.CSS.supports('appearance', 'base-select');
      const context = doc.createElement('canvas').getContext('2d')!;
      const selects = [...doc.querySelectorAll<HTMLSelectElement>('#playground select')];
      expect(selects.length).to.be.greaterThan(8);
      for (const select of selects) {
        const style = win.getComputedStyle(select);
        context.font = style.font;
        // The text box: the select less its padding, border and the arrow.
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 28;
        select.value = '';
        const oneLine = select.getBoundingClientRect().height;
        for (const option of select.options) {
          const text = option.textContent!;
          if (context.measureText(text).width <= room) continue;
          // Too long for one line: only allowed on a narrow screen, where the chosen option wraps.
          const where = `${select.id} "${text}" at ${width} px (${Math.round(room)} px of room)`;
          expect(width, `${where} is cut off`).to.be.below(600);
          expect(wraps, `${where}: no wrapping in this browser`).to.equal(true);
          select.value = option.value;
          expect(select.getBoundingClientRect().height, `${where} wraps`).to.be.above(oneLine * 1.4);
        }
        select.value = '';
      }
      removeFrames();
    }
  });

  it('the widgets are not scroll boxes', async () => {
    const { win, doc } = await loadPage('/demo/index.html', { width: 1100, height: 700 });
    for (const widget of doc.querySelectorAll<HTMLElement>('.widget')) {
      const style = win.getComputedStyle(widget);
      expect(style.overflowY, 'the widget panel does not scroll').to.equal('visible');
      expect(style.maxHeight).to.equal('none');
    }
  });

  /** Carries out the page's smooth scrolls at once (a test page in a background tab may get no animation frames). */
  function instantScrolls(win: Window) {
    const scrolls: ScrollToOptions[] = [];
    const scrollBy = win.scrollBy.bind(win);
    (win as unknown as { scrollBy: (options: ScrollToOptions) => void }).scrollBy = (options) => {
      scrolls.push(options);
      scrollBy({ ...options, behavior: 'auto' });
    };
    return scrolls;
  }

  for (const size of [
    { width: 390, height: 844 },
    { width: 320, height: 600 },
    { width: 1280, height: 800 },
    { width: 1280, height: 1400 },
  ]) {
    it(`a preset brings the pathway's "at a glance" block into view, the focus staying on the button (${size.width}×${size.height})`, async () => {
      const { win, doc } = await loadPage('/demo/index.html', size);
      const scrolls = instantScrolls(win);
      const pathway = doc.getElementById('pathway') as HTMLElement & { updateComplete: Promise<unknown> };
      const glance = () => pathway.shadowRoot!.querySelector('[part~="glance"]')!;
      for (const id of ['ici-myocarditis', 'srp-severe-dysphagia', 'hmgcr-statin', 'seronegative-relapse']) {
        const button = doc.querySelector<HTMLButtonElement>(`[data-preset="${id}"]`)!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await pathway.updateComplete;
        await sleep(150);
        expect(button.getAttribute('aria-pressed'), id).to.equal('true');
        expect(doc.activeElement === button, `${id}: focus stays on the button`).to.equal(true);
        const g = glance().getBoundingClientRect();
        // The glance starts in the window, and its first line (the first action) shows.
        const first = pathway.shadowRoot!.querySelector('[part~="glance"] li')!.getBoundingClientRect();
        expect(g.top >= 0 && first.bottom <= win.innerHeight, `${id}: the glance and its first action are in view (${Math.round(g.top)}–${Math.round(first.bottom)} of ${win.innerHeight})`).to.equal(true);
      }
      for (const options of scrolls) {
        expect(options.behavior).to.equal(win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
      }
    });
  }

  it('a preset is no longer shown as pressed once a widget is edited by hand or in the playground', async () => {
    const { doc } = await loadPage('/demo/index.html');
    const note = doc.getElementById('preset-note')!;
    const pressed = () => [...doc.querySelectorAll('#presets [aria-pressed="true"]')].map((b) => (b as HTMLElement).dataset.preset);
    const pick = (id: string) => {
      doc.querySelector<HTMLButtonElement>(`[data-preset="${id}"]`)!.click();
      expect(pressed()).to.deep.equal([id]);
      expect(note.textContent).to.match(/^Scenario: /);
    };
    const calculator = doc.getElementById('calculator')!;
    const pathway = doc.getElementById('pathway')!;

    pick('srp-severe-dysphagia');
    const changed = nextEvent(doc, 'nam-dose-change');
    userSets(calculator.shadowRoot!.querySelector<HTMLInputElement>('input[name="weight"]')!, '64');
    await changed;
    expect(pressed(), 'after a calculator edit').to.deep.equal([]);
    expect(note.textContent).to.equal('');

    pick('hmgcr-statin');
    await (pathway as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const pathwayChanged = nextEvent(doc, 'nam-pathway-change');
    pathway.shadowRoot!.querySelector<HTMLInputElement>('input[name="severity"][value="severe"]')!.click();
    await pathwayChanged;
    expect(pressed(), 'after a pathway edit').to.deep.equal([]);
    expect(note.textContent).to.equal('');

    pick('seronegative-relapse');
    const select = doc.getElementById('pg-nam-pathway-severity') as HTMLSelectElement;
    select.value = 'mild';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(pressed(), 'after a playground change').to.deep.equal([]);
    expect(note.textContent).to.equal('');
  });

  it('the configuration examples show a current review, an overdue one, one for another version and an invalid one', async () => {
    const { doc } = await loadPage('/demo/index.html');
    const pathway = doc.getElementById('pathway') as HTMLElement & { updateComplete: Promise<unknown> };
    const calculator = doc.getElementById('calculator') as HTMLElement & { updateComplete: Promise<unknown> };
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('#config-examples button')];
    expect(buttons.map((b) => b.dataset.example)).to.deep.equal(['local-policy', 'overdue', 'other-version', 'invalid']);
    const footers = async () => {
      await pathway.updateComplete;
      await calculator.updateComplete;
      return [pathway, calculator].map((el) => el.shadowRoot!.querySelector('[part~="footer"]')!.textContent!.replace(/\s+/g, ' '));
    };
    const click = (id: string) => doc.querySelector<HTMLButtonElement>(`[data-example="${id}"]`)!.click();

    click('overdue');
    for (const text of await footers()) expect(text).to.contain('Overdue for review').and.to.contain('2026-09-15');
    expect(JSON.parse((doc.getElementById('config-json') as HTMLTextAreaElement).value).reviewDue).to.equal('2026-09-15');

    click('other-version');
    // After its own due date (2027-06-01) this example is overdue as well: either way a warning.
    for (const text of await footers()) expect(text).to.match(/reviewed earlier content, not this version|Overdue for review/);

    click('local-policy');
    for (const text of await footers()) expect(text).to.contain('Neuromuscular MDT, Example Hospital').and.not.contain('ignored');

    click('invalid');
    await footers();
    for (const el of [pathway, calculator]) expect(el.shadowRoot!.querySelector('[part~="config-error"]'), el.localName).to.exist;

    doc.getElementById('config-clear')!.click();
    for (const text of await footers()) expect(text).to.contain('Not yet reviewed by your institution');
  });

  it('a configuration example says next to its buttons what was applied, and brings the first alert into view without moving the focus', async () => {
    const { win, doc } = await loadPage('/demo/index.html', { width: 1280, height: 900 });
    const pathway = doc.getElementById('pathway')!;
    const status = doc.getElementById('config-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    // A smooth scroll needs animation frames, which a background test page may not get.
    const proto = (win as unknown as typeof globalThis).Element.prototype;
    const scrollIntoView = proto.scrollIntoView;
    proto.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      scrollIntoView.call(this, { ...(typeof options === 'object' ? options : {}), behavior: 'auto' });
    };
    doc.querySelector<HTMLDetailsElement>('.config-panel')!.open = true;
    const waitForStatus = async (pattern: RegExp) => {
      const start = Date.now();
      while (!pattern.test(status.textContent!) && Date.now() - start < 5000) await sleep(25);
      expect(status.textContent).to.match(pattern);
    };
    const press = async (id: string, pattern: RegExp) => {
      const button = doc.querySelector<HTMLButtonElement>(`[data-example="${id}"]`)!;
      button.scrollIntoView({ block: 'center' });
      button.focus();
      button.click();
      await waitForStatus(pattern);
      expect(doc.activeElement, `${id}: the focus stays on the button`).to.equal(button);
    };
    const alertInView = (part: string) => {
      const alert = pathway.shadowRoot!.querySelector(`[part~="${part}"]`);
      expect(alert, part).to.exist;
      const r = alert!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= win.innerHeight;
    };

    await press('local-policy', /^Applied: the reviewed configuration with local policy — see the footer of each widget\.$/);
    await press('invalid', /^Applied: the invalid configuration — it is ignored/);
    expect(alertInView('config-error'), 'the configuration error is in view').to.equal(true);
    await press('overdue', /^Applied: the configuration whose review is overdue — each widget warns at its top/);
    expect(alertInView('review-alert'), 'the review warning is in view').to.equal(true);
    doc.getElementById('config-clear')!.click();
    await waitForStatus(/^Configuration removed/);
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

  it('the intranet page keeps its widgets light in dark mode (theme="light", explained on the page) and their content off the frame edges at 320 px', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { win, doc } = await loadPage('/demo/intranet.html', { width: 320, height: 800 });
      expect(win.matchMedia('(prefers-color-scheme: dark)').matches, 'dark mode is emulated').to.equal(true);
      expect(doc.body.textContent!.replace(/\s+/g, ' ')).to.contain('theme="light" to match this light page');
      for (const tag of ['nam-pathway', 'nam-dose-calculator']) {
        const el = doc.querySelector(tag)!;
        expect(el.getAttribute('theme'), tag).to.equal('light');
        expect(win.getComputedStyle(el).backgroundColor, `${tag} background`).to.equal('rgb(255, 255, 255)');
        const frame = el.getBoundingClientRect();
        for (const inner of el.shadowRoot!.querySelectorAll('header, form, footer')) {
          const r = inner.getBoundingClientRect();
          const where = `${tag} ${inner.localName}: ${Math.round(r.left - frame.left)} px / ${Math.round(frame.right - r.right)} px from the edges`;
          expect(r.left - frame.left >= 8 && frame.right - r.right >= 8, where).to.equal(true);
        }
      }
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('the skip link moves focus to the widgets', async () => {
    const { win, doc } = await loadPage('/demo/index.html', { width: 1100, height: 700 });
    const skip = doc.querySelector<HTMLAnchorElement>('a.skip')!;
    const widgets = doc.getElementById('widgets')!;
    expect(skip.getAttribute('href')).to.equal('#widgets');
    expect(widgets.getAttribute('tabindex')).to.equal('-1');
    skip.focus();
    skip.click();
    const start = Date.now();
    while (doc.activeElement !== widgets && Date.now() - start < 3000) await sleep(25);
    expect(doc.activeElement, 'focus is on #widgets').to.equal(widgets);
    const top = widgets.getBoundingClientRect().top;
    expect(top >= 0 && top < win.innerHeight, 'the widgets are in view').to.equal(true);
  });

  it('the event log is a list under its heading, not a live region (its entries are long and come per keystroke)', async () => {
    const { doc } = await loadPage('/demo/index.html');
    const log = doc.getElementById('log')!;
    expect(log.localName).to.equal('ol');
    expect(doc.getElementById(log.getAttribute('aria-labelledby')!)!.textContent).to.equal('Event log');
    for (let el: Element | null = log; el; el = el.parentElement) {
      expect(el.hasAttribute('aria-live'), `${el.localName}#${el.id} aria-live`).to.equal(false);
      expect(['log', 'status', 'alert'], `${el.localName}#${el.id} role`).not.to.include(el.getAttribute('role'));
    }
  });
});
