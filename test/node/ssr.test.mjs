// Server-side rendering: every element renders with Lit SSR (@lit-labs/ssr) in Node from the
// npm build (dist/define.js, with lit and zod resolved from node_modules as an app's server
// would), with representative attributes and an institution configuration. Run after
// `npm run build` (`npm test` builds).
//
// Checked for each element, with and without the element's connectedCallback (Lit SSR calls it
// only when asked to):
//  - rendering does not throw, and the shadow root is written (a declarative shadow root);
//  - the boxes and options rendered checked or selected are exactly the ones the inputs say
//    (never `checked="false"`, which HTML reads as checked);
//  - the result's first content, "At a glance", is in the markup with what the core says for
//    these inputs and this configuration;
//  - nothing reads `document`, `window` or another browser global from the package's own code
//    while the elements are constructed, updated and rendered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

// Browser globals a server does not have. Each is replaced by a getter that records who read it
// (a read from dist/ is the package's own) and then gives what was there (undefined in Node 20,
// except navigator where Node has one).
const BROWSER_GLOBALS = [
  'document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage', 'matchMedia',
  'getComputedStyle', 'requestAnimationFrame', 'innerHeight', 'innerWidth', 'IntersectionObserver',
  'ResizeObserver', 'MutationObserver', 'CSS', 'print', 'addEventListener',
];
const reads = [];
let recording = false;
for (const name of BROWSER_GLOBALS) {
  const before = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      if (recording) {
        const frames = (new Error().stack ?? '').split('\n').slice(2);
        const ours = frames.find((f) => f.includes(`${DIST}/`) || f.includes('/dist/'));
        if (ours) reads.push(`${name} read at ${ours.trim()}`);
      }
      return before?.get ? before.get.call(globalThis) : before?.value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { configurable: true, writable: true, value });
    },
  });
}

const built = existsSync(join(DIST, 'define.js')) && existsSync(join(DIST, 'core.js'));
const load = async () => {
  const { render, LitElementRenderer } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const core = await import(pathToFileURL(join(DIST, 'core.js')).href);
  await import(pathToFileURL(join(DIST, 'define.js')).href);
  return { render, LitElementRenderer, collectResult, html, core };
};
const lib = built ? await load() : undefined;

/** Whether Lit SSR calls the elements' connectedCallback (and so their controllers' hostConnected). */
let callConnected = false;
lib?.LitElementRenderer.renderOptions.push((element) =>
  element.localName.startsWith('nam-') && callConnected ? { connectedCallback: true } : undefined,
);

async function ssr(template) {
  reads.length = 0;
  recording = true;
  try {
    return await lib.collectResult(lib.render(template));
  } finally {
    recording = false;
  }
}

/** The markup without Lit's hydration comments, text entities decoded where the checks read text. */
const clean = (markup) => markup.replace(/<!--[^]*?-->/g, '');
const text = (markup) =>
  clean(markup)
    .replace(/<style>[^]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

/** Every <input> and <option> tag in the markup, with its attributes. */
function controls(markup) {
  const out = [];
  for (const m of clean(markup).matchAll(/<(input|option)\b([^>]*)>/g)) {
    const attrs = {};
    for (const a of m[2].matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = a[2] ?? '';
    out.push({ tag: m[1], attrs });
  }
  return out;
}
const checkedOnes = (markup, name) =>
  controls(markup)
    .filter((c) => c.tag === 'input' && c.attrs.name === name && 'checked' in c.attrs)
    .map((c) => c.attrs.value)
    .sort();

/** The text of the part="glance" section, which must come first in the result. */
function glance(markup, tag) {
  const body = clean(markup);
  const at = body.indexOf('part="glance"');
  assert.ok(at > 0, `<${tag}>: the glance is rendered`);
  const open = body.lastIndexOf('<section', at);
  const close = body.indexOf('</section>', at);
  assert.ok(open >= 0 && close > at, `<${tag}>: the glance is a section`);
  return { at, text: text(body.slice(open, close)) };
}

function commonChecks(markup, tag) {
  assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), `<${tag}>: a declarative shadow root`);
  assert.doesNotMatch(markup, /checked="false"|selected="false"/, `<${tag}>: no box or option written as checked="false"`);
  assert.doesNotMatch(markup, /="undefined"|="\[object Object\]"/, `<${tag}>: no attribute written from a missing value`);
  assert.deepEqual(reads, [], `<${tag}>: no browser global read by the package while rendering`);
}

// A configuration every element accepts, with a visible effect: prednisone capped at 60 mg/day,
// pounds refused, an absolute protocol link.
const CONFIG = {
  prednisone: { maxDailyMg: 60 },
  units: { allowPounds: false },
  protocolUrl: 'https://intranet.example.org/imnm',
  protocolLabel: 'Our IMNM protocol',
  reviewedOn: '2026-01-15',
};

const PATHWAY = {
  antibody: 'anti-hmgcr',
  statin: 'current',
  severity: 'moderate',
  redFlags: ['dyspnoea', 'bulbar', 'severe-weakness', 'myocarditis', 'myasthenic', 'rhabdomyolysis'],
  phase: 'new',
  weight: 70,
};

const VISITS = [
  { date: '2026-01-05', ck: 8000, ckUln: 200, mmt8: 50, physicianGlobal: 7, patientGlobal: 6, extramuscular: 2, haq: 1.5, prednisoneMgPerDay: 60, wbc: 7.2, neutrophils: 4.5, platelets: 250, alt: 40 },
  { date: '2026-02-16', ck: 4000, ckUln: 200, mmt8: 56, physicianGlobal: 5, patientGlobal: 5, extramuscular: 2, haq: 1.3, prednisoneMgPerDay: 60, wbc: 6.8, neutrophils: 4.1 },
  { date: '2026-03-30', ck: 2000, ckUln: 200, mmt8: 62, physicianGlobal: 4, patientGlobal: 5, extramuscular: 1, haq: 1.2, prednisoneMgPerDay: 40 },
  { date: '2026-05-25', ck: 600, ckUln: 200, mmt8: 70, physicianGlobal: 2, patientGlobal: 3, extramuscular: 0, haq: 0.8, prednisoneMgPerDay: 25, wbc: 3.9, neutrophils: 1.4, platelets: 210 },
];
const DRUGS = [{ drug: 'methotrexate', started: '2026-02-16' }];

for (const connected of [false, true]) {
  const how = connected ? 'with connectedCallback called' : 'as Lit SSR renders by default';

  test(`<nam-pathway> renders on a server with a configuration, ${how}`, { skip: !built && 'run `npm run build` first' }, async () => {
    callConnected = connected;
    const { html, core } = lib;
    const markup = await ssr(html`<nam-pathway
      antibody=${PATHWAY.antibody}
      statin=${PATHWAY.statin}
      severity=${PATHWAY.severity}
      red-flags=${PATHWAY.redFlags.join(' ')}
      phase=${PATHWAY.phase}
      weight=${String(PATHWAY.weight)}
      .config=${CONFIG}
    ></nam-pathway>`);
    commonChecks(markup, 'nam-pathway');

    // Exactly the given choices are ticked: one radio per group, every red flag, no ICI box.
    assert.deepEqual(checkedOnes(markup, 'antibody'), [PATHWAY.antibody]);
    assert.deepEqual(checkedOnes(markup, 'statin'), [PATHWAY.statin]);
    assert.deepEqual(checkedOnes(markup, 'severity'), [PATHWAY.severity]);
    assert.deepEqual(checkedOnes(markup, 'phase'), [PATHWAY.phase]);
    assert.deepEqual(checkedOnes(markup, 'red-flags'), [...PATHWAY.redFlags].sort());
    assert.deepEqual(checkedOnes(markup, 'checkpoint-inhibitor'), []);
    const selected = controls(markup).filter((c) => c.tag === 'option' && 'selected' in c.attrs);
    assert.deepEqual(selected.map((c) => c.attrs.value), ['kg'], 'the weight unit kg is the one option selected');

    // The glance comes before the steps and says what the core says for this case.
    const config = CONFIG;
    const { weight, ...input } = PATHWAY;
    const result = core.evaluatePathway(input);
    assert.equal(result.ok, true);
    const doses = core.calculateDoses({ weight }, config);
    const items = core.pathwayGlance(result, doses);
    const critical = result.steps.filter((s) => s.indicator === 'critical');
    assert.ok(critical.length >= 2, 'the full red-flag case has critical actions');
    const g = glance(markup, 'nam-pathway');
    assert.ok(g.at < clean(markup).indexOf('part="steps"'), 'the glance comes before the steps');
    for (const item of items) assert.ok(g.text.includes(item.title), `the glance has "${item.title}"`);
    for (const step of critical) assert.ok(g.text.includes(step.title), `the glance has the critical action "${step.title}"`);
    // The configuration reached the server render: the footer links the local protocol.
    assert.match(clean(markup), /<a class="protocol" href="https:\/\/intranet\.example\.org\/imnm"/);
    assert.ok(text(markup).includes('Our IMNM protocol'));
  });

  test(`<nam-dose-calculator> renders on a server with a configuration, ${how}`, { skip: !built && 'run `npm run build` first' }, async () => {
    callConnected = connected;
    const { html, core } = lib;
    const markup = await ssr(html`<nam-dose-calculator
      weight="70"
      height-cm="170"
      sex="female"
      age="54"
      tpmt="normal"
      drugs="prednisone methotrexate azathioprine"
      .config=${CONFIG}
    ></nam-dose-calculator>`);
    commonChecks(markup, 'nam-dose-calculator');

    assert.deepEqual(checkedOnes(markup, 'drugs'), ['azathioprine', 'methotrexate', 'prednisone']);
    assert.deepEqual(checkedOnes(markup, 'weight-confirmed'), []);
    assert.deepEqual(checkedOnes(markup, 'weight-unit'), ['kg']);
    const selected = controls(markup).filter((c) => c.tag === 'option' && 'selected' in c.attrs).map((c) => c.attrs.value);
    // One option selected per select: the sex and TPMT status given, the others' defaults.
    assert.ok(selected.includes('female'), 'female is selected');
    assert.ok(!selected.includes('male'), 'male is not');
    assert.ok(selected.includes('normal'), 'the TPMT status given is selected');
    const selects = (clean(markup).match(/<select\b/g) ?? []).length;
    assert.equal(selected.length, selects, 'exactly one selected option per select');

    // The glance: prednisone at the configured cap, methotrexate once weekly, every critical notice.
    const config = CONFIG;
    const doses = core.calculateDoses({ weight: 70, heightCm: 170, sex: 'female', age: 54, tpmt: 'normal' }, config);
    assert.equal(doses.ok, true);
    const g = glance(markup, 'nam-dose-calculator');
    for (const drug of ['prednisone', 'methotrexate', 'azathioprine']) {
      const line = doses.lines.find((l) => l.drug === drug);
      assert.ok(line, `the core has a ${drug} line`);
      assert.ok(g.text.includes(core.shortDose(line)), `the glance has "${core.shortDose(line)}"`);
    }
    assert.ok(g.text.includes('60 mg'), 'prednisone is capped at the configured 60 mg/day');
    assert.ok(!g.text.includes('70 mg'), 'not the uncapped 1 mg/kg');
    const critical = doses.lines
      .filter((l) => ['prednisone', 'methotrexate', 'azathioprine'].includes(l.drug))
      .flatMap((l) => l.notices ?? [])
      .filter((n) => n.level === 'critical');
    assert.ok(critical.length > 0, 'methotrexate carries a critical notice');
    for (const n of critical) assert.ok(g.text.includes(n.message), `the glance has the critical notice "${n.message}"`);
  });

  test(`<nam-monitor> renders on a server with visits and a configuration, ${how}`, { skip: !built && 'run `npm run build` first' }, async () => {
    callConnected = connected;
    const { html, core } = lib;
    const markup = await ssr(html`<nam-monitor
      today="2026-06-22"
      weight="70"
      taper-start="2026-01-05"
      .visits=${VISITS}
      .drugs=${DRUGS}
      .config=${CONFIG}
    ></nam-monitor>`);
    commonChecks(markup, 'nam-monitor');
    assert.deepEqual(checkedOnes(markup, 'weight-confirmed'), []);
    assert.ok(!controls(markup).some((c) => 'checked' in c.attrs), 'nothing is ticked');

    const result = core.assessFollowUp({ visits: VISITS, drugs: DRUGS, today: '2026-06-22' }, CONFIG);
    assert.equal(result.ok, true);
    const g = glance(markup, 'nam-monitor');
    assert.ok(g.text.includes('At a glance'));
    // The low neutrophil count of the last visit (1.4 below the 1.6 minimum) is in the glance.
    assert.match(g.text, /[Nn]eutrophil/);
    // The chart is drawn on the server (an SVG with a point per visit with a CK).
    const points = clean(markup).match(/data-point="/g) ?? [];
    assert.ok(points.length >= VISITS.length, 'a chart point per visit');
    // The visit table has a row per visit with its date.
    for (const v of VISITS) assert.ok(clean(markup).includes(v.date), `the table shows ${v.date}`);
  });
}

test('a bad configuration is reported on the server as in the browser, and the defaults are used', { skip: !built && 'run `npm run build` first' }, async () => {
  callConnected = false;
  const markup = await ssr(lib.html`<nam-dose-calculator weight="70" .config=${{ prednisone: { maxDailyMg: -5 } }}></nam-dose-calculator>`);
  commonChecks(markup, 'nam-dose-calculator');
  assert.match(text(markup), /maxDailyMg/);
  assert.ok(glance(markup, 'nam-dose-calculator').text.includes('Prednisone 70 mg'), 'the published default (1 mg/kg) is used');
});

test("the README's server-side rendering example runs against the built package", { skip: !built && 'run `npm run build` first' }, async () => {
  const { readFileSync } = await import('node:fs');
  const { spawnSync } = await import('node:child_process');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Server-side rendering'));
  const code = section.match(/```js\n([^]*?)\n```/)?.[1];
  assert.ok(code, 'a js example in the section');
  assert.match(code, /import 'nam-cds\/define'/);
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${code}\nprocess.stdout.write(markup);`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<nam-pathway[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(run.stdout, /part="glance"/);
  assert.match(run.stdout, /Stop the statin/);
});
