/**
 * Hazard tests through the elements (docs/safety.md), against the DOM contract of design.md:
 * dose lines carry data-drug, steps data-step, controls are named after their attributes,
 * a bad field has aria-invalid="true", a form-level problem has role="alert".
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/dose-calculator/define.js';
import '../../src/elements/pathway/define.js';
import { CONTENT_DATE, CONTENT_VERSION, calculateDoses } from '../../src/core/index.js';

type El = HTMLElement & { updateComplete: Promise<boolean> };

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const rootOf = (el: El) => el.shadowRoot as ShadowRoot;
const text = (el: El) => norm(rootOf(el).textContent);
const lines = (el: El) => [...rootOf(el).querySelectorAll<HTMLElement>('[data-drug]')];
const lineOf = (el: El, drug: string) => rootOf(el).querySelector<HTMLElement>(`[data-drug="${drug}"]`);
const steps = (el: El) => [...rootOf(el).querySelectorAll<HTMLElement>('[data-step]')];
const stepOf = (el: El, id: string) => rootOf(el).querySelector<HTMLElement>(`[data-step="${id}"]`);

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
async function make(tag: 'nam-dose-calculator' | 'nam-pathway', attrs: Record<string, string> = {}): Promise<El> {
  const list = Object.entries(attrs)
    .map(([k, v]) => (v === '' ? k : `${k}="${escapeAttr(v)}"`))
    .join(' ');
  const el = await fixture<El>(`<${tag} ${list}></${tag}>`);
  await el.updateComplete;
  return el;
}
const calc = (attrs: Record<string, string> = {}) => make('nam-dose-calculator', attrs);

/** Opens every drug's item of a calculator with its "Expand all" button, as a user would. */
async function expandAll(el: El) {
  const button = rootOf(el).querySelector<HTMLButtonElement>('button.expand-all');
  if (button && /Expand/.test(button.textContent ?? '')) button.click();
  await el.updateComplete;
}
const path = (attrs: Record<string, string> = {}) => make('nam-pathway', attrs);

/** Opens a pathway step with its own button, as a user would (steps are collapsed to their title line). */
async function openPathwayStep(el: El, id: string) {
  const toggle = rootOf(el).querySelector<HTMLButtonElement>(`[data-toggle-step="${id}"]`);
  expect(toggle !== null, `a toggle for step ${id}`).to.equal(true);
  if (toggle!.getAttribute('aria-expanded') !== 'true') toggle!.click();
  await el.updateComplete;
}

/** Opens every pathway step with its "Expand all" button. */
async function expandPathway(el: El) {
  const button = rootOf(el).querySelector<HTMLButtonElement>('[data-expand-all]');
  expect(button !== null, 'an Expand all button').to.equal(true);
  if (button!.dataset.expandAll === 'true') button!.click();
  await el.updateComplete;
}

/** What a user does: type into a text field, or pick a radio/select option. */
async function userSets(el: El, name: string, value: string) {
  const controls = [...rootOf(el).querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
  expect(controls.length, `a control named ${name}`).to.be.greaterThan(0);
  const first = controls[0];
  if (first instanceof HTMLInputElement && (first.type === 'radio' || first.type === 'checkbox')) {
    const option = controls.find((c) => c.value === value) as HTMLInputElement | undefined;
    expect(option, `${name} option ${value}`).to.exist;
    option!.click();
  } else {
    first.focus();
    first.value = value;
    first.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    first.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  await el.updateComplete;
}

const control = (el: El, name: string) => rootOf(el).querySelector<HTMLElement>(`[name="${name}"]`)!;
const describedBy = (el: El, c: Element) =>
  norm(
    (c.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => rootOf(el).getElementById(id)?.textContent ?? '')
      .join(' '),
  );

/** Visible to a reader: rendered, not hidden, not transparent, with a box. */
function visible(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return (
    node.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }) &&
    box.width > 0 &&
    box.height > 0
  );
}

/** A host-page stylesheet that tries to hide every part whose name says it carries a warning. */
/** Parts that carry no safety information: a page may hide them (the map, About, the form…). */
const HIDEABLE = /^(map|about|form|field|actions|copy-button|print-button|skip-link|header|footer|notes|note|summary|inputs-summary|sources|citations|badge|facts|basis|why|step-title|step-text|prompt|attribute-error)$/;

/**
 * A host stylesheet that hides, with !important, every part except the hideable ones: the safety
 * parts themselves and every part that contains one (a container's display: none or opacity: 0
 * would take its critical content with it, e.g. "::part(step-info)" with the critical
 * methotrexate notice inside an info step).
 */
function hideWarningParts(el: El, declarations = 'display: none !important; visibility: hidden !important; opacity: 0 !important;'): HTMLStyleElement {
  const names = new Set<string>();
  for (const node of rootOf(el).querySelectorAll('[part]')) for (const p of node.getAttribute('part')!.split(/\s+/)) names.add(p);
  const targeted = [...names].filter((n) => !HIDEABLE.test(n));
  const style = document.createElement('style');
  style.textContent = targeted.map((n) => `${el.localName}::part(${n}) { ${declarations} }`).join('\n');
  document.head.append(style);
  return style;
}

describe('hazards through <nam-dose-calculator>', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('[hazard:H01] a weight in pounds shows "154 lb = 69.85 kg" and every line is dosed on 69.85 kg, shown in both units', async () => {
    const el = await calc({ weight: '154', 'weight-unit': 'lb' });
    expect(text(el)).to.include('154 lb = 69.85 kg');
    expect(norm(lineOf(el, 'prednisone')?.textContent)).to.include('70 mg');
    expect(norm(lineOf(el, 'ivig')?.textContent)).to.include('139.7 g');
    expect(norm(rootOf(el).querySelector('.results-heading')?.textContent)).to.equal('Doses for 69.85 kg (154 lb)');
  });

  it('[hazard:H01] [hazard:H02] 154 entered in kg withholds every weight-based dose and asks, visibly, whether the weight is in pounds', async () => {
    const el = await calc({ weight: '154' });
    const warning = [...rootOf(el).querySelectorAll<HTMLElement>('[part~="warnings"] [part~="notice-warning"]')].find((n) =>
      /Is this weight in pounds\? 154 lb = 69\.85 kg/.test(n.textContent ?? ''),
    );
    expect(warning, 'the pounds question').to.exist;
    expect(visible(warning!)).to.equal(true);
    for (const drug of ['prednisone', 'azathioprine', 'ivig']) {
      expect(norm(lineOf(el, drug)?.querySelector('[part~="dose"]')?.textContent), drug).to.match(/withheld until the weight is confirmed$/);
    }
    const box = control(el, 'weight-confirmed');
    expect(visible(box), 'the confirmation box').to.equal(true);
    (box as HTMLInputElement).click();
    await el.updateComplete;
    expect(norm(lineOf(el, 'prednisone')?.querySelector('[part~="dose"]')?.textContent)).to.include('Prednisone 75 mg');
  });

  it('[hazard:H02] [hazard:H16] an out-of-range weight marks the field invalid, describes the error and shows no dose', async () => {
    for (const weight of ['19.9', '350.1', '-70', 'abc', '70 kg']) {
      const el = await calc({ weight });
      const c = control(el, 'weight');
      expect(c.getAttribute('aria-invalid'), weight).to.equal('true');
      expect(describedBy(el, c), weight).to.match(/20/);
      expect(lines(el), `${weight}: no dose line`).to.have.length(0);
      expect(text(el)).to.not.match(/\d\s*mg (by mouth|IV)/);
    }
  });

  it('[hazard:H16] typing an invalid weight removes the previous result at once; a valid weight brings the new one', async () => {
    const el = await calc({ weight: '70' });
    expect(lines(el).length).to.equal(7);
    for (const bad of ['500', '', '7o', '0']) {
      await userSets(el, 'weight', bad);
      expect(lines(el), `after typing "${bad}"`).to.have.length(0);
      expect(text(el), `after typing "${bad}"`).to.not.include('70 mg');
    }
    await userSets(el, 'weight', '100');
    expect(control(el, 'weight').getAttribute('aria-invalid')).to.not.equal('true');
    expect(norm(lineOf(el, 'prednisone')?.textContent)).to.include('75 mg');
  });

  it('[hazard:H16] changing the weight replaces every dose: nothing from the old weight stays on screen', async () => {
    const el = await calc({ weight: '70' });
    expect(norm(lineOf(el, 'ivig')?.textContent)).to.include('140 g');
    await userSets(el, 'weight', '100');
    expect(norm(lineOf(el, 'ivig')?.textContent)).to.include('200 g').and.not.include('140 g');
    expect(norm(lineOf(el, 'prednisone')?.textContent)).to.include('75 mg');
    expect(norm(lineOf(el, 'azathioprine')?.textContent)).to.include('200–300 mg').and.not.include('150–200 mg');
    el.setAttribute('weight', '19');
    await el.updateComplete;
    expect(lines(el)).to.have.length(0);
    el.setAttribute('weight', '73');
    await el.updateComplete;
    expect(norm(lineOf(el, 'prednisone')?.textContent)).to.include('75 mg');
  });

  it('[hazard:H16] nothing is stored: no cookie, localStorage or sessionStorage entry after use', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const cookies = document.cookie;
    const el = await calc({ weight: '70' });
    await userSets(el, 'weight', '82');
    await userSets(el, 'tpmt', 'poor');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
  });

  it('[hazard:H05] the methotrexate line reads once weekly, never daily, with a visible critical never-daily notice (at a glance, and in the line once open)', async () => {
    const el = await calc({ weight: '70' });
    const l = lineOf(el, 'methotrexate')!;
    expect(norm(l.querySelector('[part~="dose"]')?.textContent)).to.include('once weekly').and.not.match(/daily/i);
    const inGlance = rootOf(el).querySelector<HTMLElement>('[part~="glance"] [data-code="methotrexate-weekly"]')!;
    expect(inGlance.getAttribute('part')).to.include('notice-critical');
    expect(visible(inGlance), 'at a glance, without opening anything').to.equal(true);
    expect(norm(inGlance.textContent)).to.match(/never daily/i);
    await expandAll(el);
    const critical = [...l.querySelectorAll<HTMLElement>('[part~="notice-critical"]')].find((n) => /never daily/i.test(n.textContent ?? ''));
    expect(critical, 'critical never-daily notice').to.exist;
    expect(visible(critical!)).to.equal(true);
  });

  it('[hazard:H07] a poor metaboliser sees "do not use" and no azathioprine dose', async () => {
    const el = await calc({ weight: '70', tpmt: 'poor' });
    const l = lineOf(el, 'azathioprine')!;
    expect(norm(l.textContent)).to.match(/do not use/i);
    expect(norm(l.querySelector('[part~="dose"]')?.textContent)).to.not.match(/\d\s*mg/);
    expect(l.querySelector('[part~="notice-critical"]')).to.exist;
  });

  it('[hazard:H15] an invalid configuration is announced with role="alert" and the published defaults are used', async () => {
    const el = await calc({ weight: '70', config: '{"prednisone":{"maxDailyMg":-5}}' });
    const alert = [...rootOf(el).querySelectorAll<HTMLElement>('[role="alert"]')].find((a) => /ignored/i.test(a.textContent ?? ''));
    expect(alert, 'configuration-ignored alert').to.exist;
    expect(norm(alert!.textContent)).to.include('prednisone.maxDailyMg');
    expect(visible(alert!)).to.equal(true);
    expect(norm(lineOf(el, 'prednisone')?.textContent)).to.include('70 mg');
  });

  it('[hazard:H14] [hazard:H23] the calculator shows the content version and date, "not yet reviewed" and the intended use', async () => {
    const el = await calc({ weight: '70' });
    expect(text(el)).to.include(CONTENT_VERSION).and.include(CONTENT_DATE);
    expect(text(el)).to.match(/not yet reviewed by your institution/i);
    expect(text(el)).to.match(/adults/i).and.match(/not for diagnosis, for children/i);
  });

  it('[hazard:H27] every notice is labelled in words (Critical, Warning, Note), not by colour alone', async () => {
    const el = await calc({ weight: '154', tpmt: 'poor' });
    const notices = [...rootOf(el).querySelectorAll<HTMLElement>('[part~="notice"]')];
    expect(notices.length).to.be.greaterThan(5);
    for (const n of notices) {
      const level = ['critical', 'warning', 'info'].find((l) => n.getAttribute('part')!.split(/\s+/).includes(`notice-${l}`));
      const label = { critical: /^(⚠\s*)?Critical:/, warning: /^Warning:/, info: /^Note:/ }[level as 'critical'];
      expect(norm(n.textContent), `${level} notice`).to.match(label);
    }
  });

  it('[hazard:H18] host-page CSS cannot hide a critical notice, a withheld drug or an alert through ::part()', async () => {
    const el = await calc({ weight: '154', tpmt: 'poor', config: '{"prednisone":{"maxDailyMg":-5}}' });
    await expandAll(el);
    const style = hideWarningParts(el);
    try {
      expect(style.textContent, 'the containers are among the parts hidden').to.include('::part(line)').and.include('::part(results)').and.include('::part(glance)');
      const mustShow = [
        ...rootOf(el).querySelectorAll('[part~="notice-critical"]'),
        ...rootOf(el).querySelectorAll('[part~="notice-warning"]'),
        ...rootOf(el).querySelectorAll('[part~="notice-info"]'),
        ...rootOf(el).querySelectorAll('[part~="glance"]'),
        ...rootOf(el).querySelectorAll('[part~="confirm"]'),
        ...rootOf(el).querySelectorAll('[data-drug="azathioprine"]'),
        ...rootOf(el).querySelectorAll('[role="alert"]:not([hidden])'),
      ];
      expect(mustShow.length).to.be.greaterThan(3);
      for (const node of mustShow) expect(visible(node), `${node.getAttribute('part')}: ${norm(node.textContent).slice(0, 60)}`).to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('[hazard:H18] host-page CSS cannot hide a field error through ::part()', async () => {
    const el = await calc({ weight: '19.9' });
    const style = hideWarningParts(el);
    try {
      const errors = [...rootOf(el).querySelectorAll('[part~="field-error"]')];
      expect(errors.length).to.be.greaterThan(0);
      for (const e of errors) expect(visible(e), norm(e.textContent)).to.equal(true);
    } finally {
      style.remove();
    }
  });
});

describe('hazards through <nam-pathway>', () => {
  it('[hazard:H13] checkpoint inhibitor with myocarditis: mandatory withdrawal is shown, critical, before any first-line step', async () => {
    const el = await path({ 'checkpoint-inhibitor': '', 'red-flags': 'myocarditis' });
    const withdraw = stepOf(el, 'withdraw-checkpoint-inhibitor');
    expect(withdraw, 'withdraw step').to.exist;
    expect(norm(withdraw!.textContent)).to.match(/mandatory/i);
    expect(visible(withdraw!)).to.equal(true);
    const ids = steps(el).map((s) => s.dataset.step);
    expect(ids.indexOf('withdraw-checkpoint-inhibitor')).to.be.below(ids.indexOf('glucocorticoid'));
    expect(ids.indexOf('cardiac-assessment')).to.be.below(ids.indexOf('glucocorticoid'));
  });

  it('[hazard:H16] [hazard:H19] a bad attribute is shown as an error, with no steps from it', async () => {
    const el = await path({ antibody: 'anti-mda5' });
    expect(steps(el), 'no steps').to.have.length(0);
    const flagged = rootOf(el).querySelector('[aria-invalid="true"]') ?? rootOf(el).querySelector('[role="alert"]:not([hidden])');
    expect(flagged, 'a visible error').to.exist;
    expect(text(el)).to.include('antibody');
  });

  it('[hazard:H16] changing the antibody replaces the steps: nothing from the old answer stays', async () => {
    const el = await path({ antibody: 'anti-srp' });
    expect(stepOf(el, 'rituximab'), 'rituximab for anti-SRP').to.exist;
    await userSets(el, 'antibody', 'seronegative');
    expect(stepOf(el, 'rituximab') === null, 'no rituximab after seronegative').to.equal(true);
    expect(norm(stepOf(el, 'cancer-screening')?.textContent)).to.match(/seronegative and anti-HMGCR/i);
  });

  it('[hazard:H16] an invalid weight in the pathway removes the doses inside the steps; the steps stay', async () => {
    const el = await path({ severity: 'severe', weight: '70' });
    expect(norm(stepOf(el, 'ivig')?.textContent)).to.include('140 g');
    await userSets(el, 'weight', '500');
    expect(stepOf(el, 'ivig'), 'the IVIG step itself stays').to.exist;
    expect(norm(stepOf(el, 'ivig')?.textContent)).to.not.include('140 g');
    expect(rootOf(el).querySelectorAll('[data-step] [data-drug]').length, 'no dose inside any step').to.equal(0);
    expect(control(el, 'weight').getAttribute('aria-invalid')).to.equal('true');
    await userSets(el, 'weight', '100');
    expect(norm(stepOf(el, 'ivig')?.textContent)).to.include('200 g');
  });

  it('[hazard:H20] the pathway shows the same IVIG and prednisone doses as the calculator for the same weight', async () => {
    const expected = calculateDoses({ weight: 154, weightUnit: 'lb' });
    if (!expected.ok) throw new Error('expected doses');
    const el = await path({ severity: 'severe', weight: '154', 'weight-unit': 'lb' });
    const calcEl = await calc({ weight: '154', 'weight-unit': 'lb' });
    for (const [stepId, drug] of [
      ['ivig', 'ivig'],
      ['glucocorticoid', 'prednisone'],
    ] as const) {
      const want = expected.lines.find((l) => l.drug === drug)!;
      // The step opened as a user would: its dose line says the calculator's dose and its working.
      await openPathwayStep(el, stepId);
      const line = stepOf(el, stepId)!.querySelector<HTMLElement>(`[data-drug="${drug}"]`);
      expect(line !== null && visible(line), `pathway ${stepId}: a visible ${drug} line`).to.equal(true);
      expect(norm(line!.querySelector('.dose-text strong')?.textContent), `pathway ${stepId}`).to.equal(want.summary);
      for (const b of want.basis) expect(norm(line!.textContent), `pathway ${stepId}`).to.include(norm(b));
      // The calculator shows the dose on the line's title and its working, step by step, below it.
      expect(norm(lineOf(calcEl, drug)?.querySelector('[part~="dose"]')?.textContent), `calculator ${drug}`).to.equal(want.summary);
      for (const b of want.basis) expect(norm(lineOf(calcEl, drug)?.textContent), `calculator ${drug}`).to.include(b);
    }
  });

  it('[hazard:H18] host-page CSS cannot hide a critical or mandatory step, the glance or a critical notice through ::part()', async () => {
    const el = await path({ 'checkpoint-inhibitor': '', 'red-flags': 'myocarditis', weight: '70' });
    const style = hideWarningParts(el);
    try {
      for (const id of ['withdraw-checkpoint-inhibitor', 'cardiac-assessment', 'urgent-assessment']) {
        expect(visible(stepOf(el, id)!), id).to.equal(true);
      }
      // The critical actions at a glance (the banner's successor), first in the result.
      const glance = rootOf(el).querySelector('[part~="glance"]');
      expect(glance !== null && visible(glance), 'the glance').to.equal(true);
      // The methotrexate once-weekly notice is visible without opening anything (on its glance line
      // or its collapsed card), although the steroid-sparing-agent step itself is background info.
      expect(stepOf(el, 'steroid-sparing-agent')!.dataset.indicator).to.equal('info');
      const weekly = [...rootOf(el).querySelectorAll('[data-code="methotrexate-weekly"]')].filter((n) => visible(n));
      expect(weekly.length, 'methotrexate once weekly, collapsed').to.equal(1);
      // Every step opened: the dose lines with their warnings.
      await expandPathway(el);
      const doseNotices = [...rootOf(el).querySelectorAll('[part~="dose"] [part~="notice-warning"], [part~="dose"] [part~="notice-critical"]')];
      expect(doseNotices.length, 'dose notices').to.be.greaterThan(0);
      for (const n of doseNotices) expect(visible(n), norm(n.textContent).slice(0, 60)).to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('[hazard:H27] every critical and warning step carries its level in words, and a mandatory step says so', async () => {
    const el = await path({ 'checkpoint-inhibitor': '', 'red-flags': 'myocarditis', antibody: 'seronegative' });
    const flagged = steps(el).filter((s) => s.dataset.indicator !== 'info');
    expect(flagged.length).to.be.greaterThan(2);
    for (const s of flagged) {
      const word = s.dataset.indicator === 'critical' ? /Critical/ : /Warning/;
      expect(norm(s.textContent), s.dataset.step).to.match(word);
    }
    expect(norm(stepOf(el, 'withdraw-checkpoint-inhibitor')?.textContent)).to.match(/Mandatory/);
  });

  it('[hazard:H14] the pathway shows the content version and "not yet reviewed"', async () => {
    const el = await path();
    expect(text(el)).to.include(CONTENT_VERSION);
    expect(text(el)).to.match(/not yet reviewed by your institution/i);
  });
});

/** Other ways a page's theme can take a part off the screen (each tried alone). */
const OTHER_HIDING = [
  'position: absolute !important; left: -9999px !important;',
  'transform: scale(0) !important;',
  'translate: -9999px 0 !important;',
  'clip-path: inset(50%) !important;',
  'height: 0 !important; overflow: hidden !important;',
  'max-height: 0 !important; overflow: hidden !important;',
  'content-visibility: hidden !important;',
  'filter: opacity(0) !important;',
];

describe('host-page CSS cannot move, shrink, clip or skip the safety parts either', () => {
  const onScreen = (node: Element) => {
    const box = node.getBoundingClientRect();
    return visible(node) && box.right > 0 && box.left < window.innerWidth;
  };
  for (const declarations of OTHER_HIDING) {
    it(`[hazard:H18] ${declarations.replace(/ !important/g, '')}: the glance and every critical notice stay on screen in both elements`, async () => {
      const pathway = await path({ 'checkpoint-inhibitor': '', 'red-flags': 'myocarditis', weight: '70' });
      const calculator = await calc({ weight: '70' });
      const styles = [hideWarningParts(pathway, declarations), hideWarningParts(calculator, declarations)];
      try {
        for (const el of [pathway, calculator]) {
          const glance = rootOf(el).querySelector('[part~="glance"]');
          expect(glance !== null && onScreen(glance), `${el.localName}: the glance`).to.equal(true);
          const criticals = [...rootOf(el).querySelectorAll('[part~="glance"] [part~="notice-critical"]')];
          for (const n of criticals) expect(onScreen(n), `${el.localName}: ${norm(n.textContent).slice(0, 50)}`).to.equal(true);
        }
        expect(onScreen(stepOf(pathway, 'withdraw-checkpoint-inhibitor')!), 'the mandatory withdrawal step').to.equal(true);
      } finally {
        styles.forEach((s) => s.remove());
      }
    });
  }
});
