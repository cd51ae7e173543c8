// Every single file of dist/ (scripts/single-files.mjs: the all-in-one nam-cds.min.js and one per
// element, each with its classic-script twin) on a page of its own, built from the list the build
// uses (scripts/test-server-middleware.mjs): it loads alone (no other request), registers only its
// own element (the all-in-one: every element), renders it, and survives being loaded twice and
// next to the other files, quietly.
import { expect } from '@open-wc/testing';
import { loadFrame, probeStart, probeStop, removeFrames, type FrameWindow } from './helpers.js';

interface SingleFile {
  name: string;
  esm: string;
  iife: string;
  tag?: string;
}

const files: SingleFile[] = await (await fetch('/test/e2e/single-files.json')).json();
const ALL_TAGS = files.filter((f) => f.tag).map((f) => f.tag!);
const page = (...load: string[]) => `/test/e2e/pages/single.csp.html?load=${load.join(',')}`;

/** Waits for the tags to be defined and every defined element on the page to render. */
async function ready(win: FrameWindow, tags: string[]) {
  await Promise.race([
    Promise.all(tags.map((t) => win.customElements.whenDefined(t))),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tags} not defined within 30 s`)), 30000)),
  ]);
  for (const el of win.document.querySelectorAll(ALL_TAGS.join(','))) {
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  await new Promise((r) => setTimeout(r, 50));
}

const quiet = (record: Awaited<ReturnType<typeof probeStop>>) =>
  record.console.filter((m) => ['error', 'warn', 'warning'].includes(m.type) && !/favicon/.test(m.url));

describe('single files (built bundles), each on a page of its own', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('the build lists the all-in-one file and one file per element', () => {
    expect(files[0].esm).to.equal('nam-cds.min.js');
    expect(ALL_TAGS).to.include.members(['nam-pathway', 'nam-dose-calculator']);
    for (const f of files.filter((x) => x.tag)) expect(f.esm).to.equal(`${f.tag}.min.js`);
  });

  for (const file of files) {
    const own = file.tag ? [file.tag] : ALL_TAGS;
    for (const variant of ['esm', 'iife'] as const) {
      const name = file[variant];
      it(`${name}: loads alone, registers ${own.join(' and ')} only, and renders`, async () => {
        await probeStart();
        const { win, doc } = await loadFrame(page(name));
        await ready(win, own);
        const record = await probeStop();

        expect(win.__probe!.errors).to.deep.equal([]);
        expect(record.errors).to.deep.equal([]);
        expect(quiet(record), JSON.stringify(quiet(record))).to.deep.equal([]);
        // Self-contained: the page, the probe and this one file are all it fetched.
        const fetched = record.requests.filter((r) => /^https?:/.test(r.url) && r.frame.includes('single.csp.html')).map((r) => new URL(r.url).pathname).filter((p) => !/favicon/.test(p));
        expect(fetched.filter((p) => p.startsWith('/dist/')), JSON.stringify(fetched)).to.deep.equal([`/dist/${name}`]);
        expect(fetched.filter((p) => !p.startsWith('/dist/') && !/single\.csp\.html|probe\.js$/.test(p))).to.deep.equal([]);

        for (const tag of ALL_TAGS) {
          const defined = win.customElements.get(tag) !== undefined;
          expect(defined, `<${tag}> registered by ${name}`).to.equal(own.includes(tag));
          const el = doc.querySelector(tag)!;
          if (own.includes(tag)) expect(el.shadowRoot?.childElementCount ?? 0, `<${tag}> rendered`).to.be.greaterThan(0);
          else expect(el.shadowRoot, `<${tag}> untouched`).to.equal(null);
        }
        if (file.tag === 'nam-pathway') expect(doc.querySelector('nam-pathway')!.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(0);
        if (file.tag === 'nam-dose-calculator') expect(doc.querySelector('nam-dose-calculator')!.shadowRoot!.querySelectorAll('[data-drug]').length).to.be.greaterThan(0);

        // The classic script puts its exports on window.NamCds; only the all-in-one has the core.
        if (variant === 'iife') {
          const global = (win as unknown as { NamCds?: Record<string, unknown> }).NamCds;
          expect(global, 'window.NamCds').to.exist;
          expect(typeof global!.VERSION).to.equal('string');
          expect(typeof global!.calculateDoses).to.equal(file.tag ? 'undefined' : 'function');
          for (const tag of own) expect(Object.values(global!)).to.include(win.customElements.get(tag));
        }
      });
    }

    it(`${file.esm} twice and ${file.iife}: no error, no warning, one registration that works`, async () => {
      await probeStart();
      const { win, doc } = await loadFrame(page(file.esm, file.esm, file.iife));
      await ready(win, own);
      const record = await probeStop();
      expect(win.__probe!.errors).to.deep.equal([]);
      expect(record.errors).to.deep.equal([]);
      expect(quiet(record), JSON.stringify(quiet(record))).to.deep.equal([]);
      expect(record.requests.filter((r) => new URL(r.url).pathname.startsWith('/dist/')).length).to.equal(3);
      for (const tag of own) expect(doc.querySelector(tag)!.shadowRoot?.childElementCount ?? 0, tag).to.be.greaterThan(0);
    });
  }

  it('every per-element file next to the all-in-one file: quiet, every element works', async () => {
    const perElement = files.filter((f) => f.tag);
    await probeStart();
    const { win, doc } = await loadFrame(page(...perElement.map((f) => f.esm), 'nam-cds.min.js', ...perElement.map((f) => f.iife)));
    await ready(win, ALL_TAGS);
    const record = await probeStop();
    expect(win.__probe!.errors).to.deep.equal([]);
    expect(quiet(record), JSON.stringify(quiet(record))).to.deep.equal([]);
    for (const tag of ALL_TAGS) expect(doc.querySelector(tag)!.shadowRoot?.childElementCount ?? 0, tag).to.be.greaterThan(0);
  });

  it('the page builder refuses a file that is not a single file of dist/', async () => {
    expect((await fetch(page('verify.js'))).status).to.equal(404);
    expect((await fetch(page('../package.json'))).status).to.equal(404);
  });
});

describe('the single files compute what the npm build computes', function () {
  this.timeout(120000);

  it('nam-cds.min.js (minified, tree-shaken with propertyReadSideEffects: false) gives dist/core.js\'s results for any input', async () => {
    const fc = (await import('fast-check')).default;
    const single = await import(/* @vite-ignore */ '/dist/nam-cds.min.js?compare' as string);
    const npm = await import(/* @vite-ignore */ '/dist/core.js' as string);
    const junk = fc.oneof(fc.string({ maxLength: 6 }), fc.double(), fc.integer(), fc.constant(null), fc.boolean());
    const one = (values: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: junk });
    const weight = fc.oneof(fc.double({ min: -5, max: 500 }), fc.integer({ min: 0, max: 400 }).map(String), junk);
    const doseInput = fc.record(
      { weight, weightUnit: one(npm.WEIGHT_UNITS), heightCm: fc.integer({ min: 100, max: 220 }), sex: one(npm.SEXES), tpmt: one(npm.TPMT_STATUSES), ivigDays: fc.integer({ min: 1, max: 6 }), ivigDosingWeight: one(npm.IVIG_DOSING_WEIGHTS), drugs: fc.subarray([...npm.DRUG_IDS]) },
      { requiredKeys: [] },
    );
    const pathwayInput = fc.record(
      { antibody: one(npm.ANTIBODIES), statin: one(npm.STATIN_EXPOSURES), severity: one(npm.SEVERITIES), phase: one(npm.PHASES), redFlags: fc.subarray([...npm.RED_FLAGS]), checkpointInhibitor: fc.boolean(), weight },
      { requiredKeys: [] },
    );
    const config = fc.option(fc.record({ prednisone: fc.record({ maxDailyMg: fc.integer({ min: 0, max: 120 }) }), ivig: fc.record({ vialStepG: fc.constantFrom(2.5, 5, 0) }) }, { requiredKeys: [] }), { nil: undefined });
    // (Block bodies: a property returning chai's assertion object would be read as a result.)
    fc.assert(
      fc.property(doseInput, config, (input, cfg) => {
        expect(single.calculateDoses(input, cfg)).to.deep.equal(npm.calculateDoses(input, cfg));
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(pathwayInput, config, (input, cfg) => {
        expect(single.evaluatePathway(input, cfg)).to.deep.equal(npm.evaluatePathway(input, cfg));
      }),
      { numRuns: 150 },
    );
    for (const [input, cfg] of [[{ weight: 70 }, undefined], [{ weight: 154, weightUnit: 'lb' }, undefined]] as const) {
      expect(single.doseNote(single.calculateDoses(input, cfg))).to.equal(npm.doseNote(npm.calculateDoses(input, cfg)));
    }
  });
});
