// The elements built with the lowest dependency versions package.json allows (lit 3.0.0 with
// lit-element 4.0.0, lit-html 3.0.0 and @lit/reactive-element 2.0.0; zod 4.0.0), by
// scripts/build-lowest.mjs (run by `npm test`): they render and answer user input in Chromium.
import { expect } from '@open-wc/testing';
import { elementsReady, loadFrame, nextEvent, probeStart, probeStop, removeFrames, userSets } from './helpers.js';

describe('built with the lowest lit and zod versions (tmp/lowest/nam-cds.js)', function () {
  this.timeout(60000);
  afterEach(removeFrames);

  it('both elements render, compute and fire their events on user input', async () => {
    await probeStart();
    const { win, doc } = await loadFrame('/test/e2e/pages/lowest.csp.html');
    await elementsReady(win);
    const record = await probeStop();
    expect(win.__probe!.errors).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);

    // The page really runs the lowest versions: Lit's packages announce theirs on the window.
    const versions = win as unknown as Record<string, string[] | undefined>;
    expect(versions.litElementVersions).to.deep.equal(['4.0.0']);
    expect(versions.litHtmlVersions).to.deep.equal(['3.0.0']);
    expect(versions.reactiveElementVersions).to.deep.equal(['2.0.0']);

    const calculator = doc.querySelector('nam-dose-calculator')!;
    const pathway = doc.querySelector('nam-pathway')!;
    expect(calculator.shadowRoot!.querySelectorAll('[data-drug]').length).to.be.greaterThan(0);
    expect(pathway.shadowRoot!.querySelectorAll('[data-step]').length).to.be.greaterThan(0);

    const weight = calculator.shadowRoot!.querySelector<HTMLInputElement>('input[name="weight"]')!;
    const doseEvent = nextEvent(calculator, 'nam-dose-change');
    userSets(weight, '82');
    const doses = (await doseEvent).detail as { ok: boolean; lines: { drug: string; amount?: { min: number } }[] };
    expect(doses.ok).to.equal(true);
    // Bad input through zod: reported, not thrown.
    const badEvent = nextEvent(calculator, 'nam-dose-change');
    userSets(weight, '-3');
    const bad = (await badEvent).detail as { ok: boolean; errors: { field: string }[] };
    expect(bad.ok).to.equal(false);
    expect(bad.errors.map((e) => e.field)).to.include('weight');
    await (calculator as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(weight.getAttribute('aria-invalid')).to.equal('true');

    const antibody = pathway.shadowRoot!.querySelector<HTMLInputElement>('input[name="antibody"][value="anti-srp"]')
      ?? pathway.shadowRoot!.querySelector<HTMLSelectElement>('select[name="antibody"]');
    expect(antibody, 'the antibody control').to.exist;
    const pathwayEvent = nextEvent(pathway, 'nam-pathway-change');
    if (antibody instanceof win.HTMLInputElement) antibody.click();
    else userSets(antibody as HTMLSelectElement, 'anti-srp');
    const result = (await pathwayEvent).detail as { ok: boolean; input: { antibody: string } };
    expect(result.ok).to.equal(true);
    expect(result.input.antibody).to.equal('anti-srp');
  });
});
