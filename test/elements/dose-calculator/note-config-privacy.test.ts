/** Copy as note, print, institution configuration, and privacy (no requests, no storage). */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { calculateDoses, doseNote } from '../../../src/core/index.js';
import { calc, copyStatus, doseText, expectNoJunk, fact, line, lineText, norm, root, settle, shadowText, visible } from './helpers.js';
import type { Calc } from './helpers.js';

async function copy(el: Calc): Promise<HTMLTextAreaElement> {
  root(el).querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
  for (let i = 0; i < 20 && !copyStatus(el); i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await el.updateComplete;
  return root(el).querySelector<HTMLTextAreaElement>('textarea[part~="note"]')!;
}

describe('<nam-dose-calculator> copy as note and print', () => {
  it('copies the core note; the text is shown, read-only, in a visible text box', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb', tpmt: 'poor', 'start-date': '2026-12-01' });
    const box = await copy(el);
    const expected = doseNote(calculateDoses({ weight: 154, weightUnit: 'lb', tpmt: 'poor', startDate: '2026-12-01' }));
    expect(box.value).to.equal(expected);
    expect(el.note).to.equal(expected);
    expect(box.readOnly).to.equal(true);
    expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(box.labels?.length).to.equal(1);
    expect(copyStatus(el)).to.match(/Copied|selected/);
    await expect(el).to.be.accessible();
    expect(box.value).not.to.match(/\b(MTX|AZA|MMF|QD|IU)\b/);
  });

  it('falls back to selecting the text when the clipboard is refused', async () => {
    const el = await calc({ weight: '70' });
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      const box = await copy(el);
      expect(box.value).to.equal(doseNote(calculateDoses({ weight: 70 })));
      expect(root(el).activeElement).to.equal(box);
      expect(box.selectionStart).to.equal(0);
      expect(box.selectionEnd).to.equal(box.value.length);
      expect(copyStatus(el)).to.include('selected');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('the note follows the drugs shown and the configuration', async () => {
    const config = { prednisone: { maxDailyMg: 60 } };
    const el = await fixture<Calc>(html`<nam-dose-calculator weight="100" drugs="prednisone" .config=${config}></nam-dose-calculator>`);
    const box = await copy(el);
    expect(box.value).to.include('Prednisone 60 mg');
    expect(box.value).not.to.include('Rituximab');
    const full = calculateDoses({ weight: 100 }, config);
    if (full.ok) expect(box.value).to.equal(doseNote({ ...full, lines: full.lines.filter((l) => l.drug === 'prednisone') }, config));
  });

  it('has no copy button while the input is invalid', async () => {
    const el = await calc({ weight: 'x' });
    expect(root(el).querySelector('[part~="copy-button"]')).to.equal(null);
  });

  it('print: the form is hidden, a summary of the inputs, doses, sources and version are printed', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb', 'start-date': '2026-12-01' });
    const sheets = root(el).adoptedStyleSheets;
    const printRules = sheets
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
      .map((r) => r.cssText)
      .join('\n');
    expect(printRules).to.match(/form[^{]*\{[^}]*display: none/);
    expect(printRules).not.to.match(/(\.inputs-used|\.results|footer|\.source-list|\.lines|\.line|\.line-body|\.glance)(?![-\w])[^{]*\{[^}]*display: none/);
    const summary = norm(root(el).querySelector('[part~="summary"]')?.textContent);
    expect(summary).to.include('154 lb = 69.85 kg');
    expect(summary).to.include('Tue 1 Dec 2026');
    expect(root(el).querySelector('[part~="sources"]')).to.exist;
    expect(norm(root(el).querySelector('[part~="footer"]')?.textContent)).to.match(/Clinical content/);
  });

  it('print, as the printer sees it: the About panel prints open, every item prints open, citation marks stay marks, no form', async () => {
    const el = await calc({ weight: '70' });
    const body = root(el).querySelector<HTMLElement>('[data-drug="prednisone"] .line-body')!;
    const inputs = root(el).querySelector<HTMLElement>('[part~="summary"]')!;
    expect(visible(body), 'collapsed on screen').to.equal(false);
    expect(visible(inputs), 'the inputs are the form on screen').to.equal(false);
    const about = root(el).querySelector<HTMLDetailsElement>('[part~="about"]')!;
    const aboutText = [...about.children].find((c) => c.tagName !== 'SUMMARY') as HTMLElement;
    const citation = root(el).querySelector<HTMLDetailsElement>('[data-drug="prednisone"] [part~="citations"]')!;
    const citationList = [...citation.children].find((c) => c.tagName !== 'SUMMARY') as HTMLElement;
    expect(about.open).to.equal(false);
    expect(aboutText.checkVisibility(), 'closed on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(aboutText.checkVisibility(), 'About prints').to.equal(true);
      expect(citationList.checkVisibility(), 'a line prints its marks, not the references again').to.equal(false);
      expect(root(el).querySelector<HTMLElement>('form')!.checkVisibility()).to.equal(false);
      expect(root(el).querySelector<HTMLElement>('[part~="sources"]')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(about.querySelector('summary')!).listStyleType).to.equal('none');
      // The browser's own print command: each item prints open, the inputs print in place of the form.
      expect(visible(body), 'an item prints open').to.equal(true);
      expect(visible(inputs), 'the inputs print').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<nam-dose-calculator> institution configuration', () => {
  it('[rule:dose/prednisone] config attribute (JSON): a local cap, labelled local policy beside the default', async () => {
    const el = await calc({ weight: '100', config: '{"prednisone":{"maxDailyMg":60}}' });
    expect(doseText(el, 'prednisone')).to.include('Prednisone 60 mg');
    expect(lineText(el, 'prednisone')).to.match(/capped at 60 mg\/day \(local policy; published default cap 75 mg\/day\)/i);
    expect(fact(el, 'prednisone', 'Daily maximum')).to.match(/60 mg\/day local policy \(published default 75 mg\/day\)/);
    expect(line(el, 'prednisone')!.querySelector('.badges .badge-local')).to.exist;
  });

  it('[rule:dose/prednisone] config property (object) wins over the attribute', async () => {
    const el = await calc({ weight: '100', config: '{"prednisone":{"maxDailyMg":60}}' });
    el.config = { prednisone: { maxDailyMg: 50 } };
    await el.updateComplete;
    expect(doseText(el, 'prednisone')).to.include('Prednisone 50 mg');
  });

  it('[rule:dose/ivig] config from a <script type="application/json"> child: vial step and governance', async () => {
    const json = JSON.stringify({ ivig: { vialStepG: 5 }, reviewedBy: 'Neuromuscular service', reviewedOn: '2026-10-01', reviewDue: '2099-10-01' });
    const el = await calc({ weight: '70' }, `<script type="application/json">${json}</script>`);
    expect(doseText(el, 'ivig')).to.include('150 g per course: 30 g/day over 5 days');
    expect(lineText(el, 'ivig')).to.include('local policy');
    expect(norm(root(el).querySelector('[part~="footer"]')?.textContent)).to.include('Reviewed by Neuromuscular service on 2026-10-01');
  });

  it('reads a configuration script added after the element', async () => {
    const el = await calc({ weight: '100' });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"prednisone":{"maxDailyMg":40}}';
    el.append(script);
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(doseText(el, 'prednisone')).to.include('Prednisone 40 mg');
  });

  it('[rule:dose/prednisone] the configuration follows its sources: property, then attribute, then the JSON child', async () => {
    const el = await calc({ weight: '100' }, '<script type="application/json">{"prednisone":{"maxDailyMg":50}}</script>');
    expect(doseText(el, 'prednisone')).to.include('Prednisone 50 mg');
    el.setAttribute('config', '{"prednisone":{"maxDailyMg":30}}');
    await el.updateComplete;
    expect(doseText(el, 'prednisone')).to.include('Prednisone 30 mg');
    el.config = { prednisone: { maxDailyMg: 40 } };
    await el.updateComplete;
    expect(doseText(el, 'prednisone')).to.include('Prednisone 40 mg');
    el.config = null;
    await el.updateComplete;
    expect(doseText(el, 'prednisone')).to.include('Prednisone 30 mg');
    el.removeAttribute('config');
    await el.updateComplete;
    expect(doseText(el, 'prednisone'), 'the attribute removed: the JSON child again').to.include('Prednisone 50 mg');
  });

  it('an invalid configuration is reported visibly and the published defaults are used', async () => {
    const el = await calc({ weight: '100', config: '{"prednisone":{"maxDailyMg":-5}}' });
    const alert = root(el).querySelector('[part~="config-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(norm(alert.textContent)).to.include('prednisone.maxDailyMg must be');
    expect(doseText(el, 'prednisone')).to.include('Prednisone 75 mg');
    // Reported once, not again among the dose warnings.
    expect(root(el).querySelector('[part~="warnings"] [data-code="config-invalid"]')).to.equal(null);
    const bad = await calc({ weight: '70', config: '{not json' });
    expect(norm(root(bad).querySelector('[part~="config-error"]')?.textContent)).to.include('not valid JSON');
    expect(doseText(bad, 'prednisone')).to.include('Prednisone 70 mg');
  });

  it('ivig.defaultDays from the configuration is the selected course length', async () => {
    const el = await calc({ weight: '70', config: '{"ivig":{"defaultDays":3}}' });
    expect(root(el).querySelector<HTMLSelectElement>('select[name="ivig-days"]')!.value).to.equal('3');
    expect(doseText(el, 'ivig')).to.include('46.7 g/day over 3 days');
  });
});

describe('<nam-dose-calculator> institution review warning at the top', () => {
  const top = async (config: Record<string, unknown>) => {
    const el = await fixture<Calc>(html`<nam-dose-calculator weight="70" .config=${config}></nam-dose-calculator>`);
    await el.updateComplete;
    return { el, alert: root(el).querySelector<HTMLElement>('[part~="review-alert"]') };
  };
  /** The alert comes before the form and the doses. */
  const atTop = (el: Calc, alert: Element) => {
    const form = root(el).querySelector('[part~="form"]')!;
    const results = root(el).querySelector('[part~="results"]')!;
    for (const later of [form, results]) expect(alert.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  };

  it('[hazard:H14] the institution review warning is only in the footer: an overdue review is shown at the top', async () => {
    const { el, alert } = await top({ reviewedBy: 'X', reviewedOn: '2026-01-01', reviewDue: '2026-02-01' });
    expect(alert).to.exist;
    expect(norm(alert!.textContent)).to.match(/Overdue for review: review was due 2026-02-01/);
    expect(alert!.textContent).to.match(/Content review/);
    atTop(el, alert!);
    expect(doseText(el, 'prednisone')).to.include('Prednisone 70 mg');
    await expect(el).to.be.accessible();
  });

  it('[hazard:H14] the institution review warning is only in the footer: a review of another content version is shown at the top', async () => {
    const { el, alert } = await top({ reviewedBy: 'X', contentVersion: '0.9.0' });
    expect(alert).to.exist;
    expect(norm(alert!.textContent)).to.match(/Your institution reviewed earlier content, not this version .*review it again before use/);
    atTop(el, alert!);
  });

  it('a current review (or none) shows no review warning at the top', async () => {
    for (const config of [{ reviewedBy: 'X', reviewedOn: '2026-01-01', reviewDue: '2099-01-01' }, {}]) {
      const { alert } = await top(config);
      expect(alert, JSON.stringify(config)).to.equal(null);
    }
  });
});

describe('<nam-dose-calculator> privacy', () => {
  it('makes no network request and uses no storage or cookies', async () => {
    const calls: string[] = [];
    const spies = (['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const).map((m) => {
      const original = Storage.prototype[m];
      Storage.prototype[m] = function (this: Storage, ...args: unknown[]) {
        calls.push(m);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as never;
      return () => {
        Storage.prototype[m] = original as never;
      };
    });
    const cookies = document.cookie;
    const before = performance.getEntriesByType('resource').length;
    try {
      const el = await calc({ weight: '70', 'start-date': '2026-12-01', config: '{"protocolUrl":"https://example.org/p"}' });
      const input = root(el).querySelector<HTMLInputElement>('input[name="weight"]')!;
      input.value = '80';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
      for (const d of root(el).querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
      await new Promise((r) => setTimeout(r, 100));
      expect(shadowText(el)).to.include('1 mg/kg/day × 80 kg');
      expectNoJunk(el);
    } finally {
      spies.forEach((restore) => restore());
    }
    expect(calls).to.deep.equal([]);
    expect(document.cookie).to.equal(cookies);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
