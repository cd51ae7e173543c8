/**
 * The "done when" case, and what a new user checks on a plain page: sources, notes,
 * version, review status, About, styling rules (CSP, no rem), print.
 */
import { expect } from '@open-wc/testing';
import { CONTENT_VERSION, SOURCES, calculateDoses } from '../../../src/core/index.js';
import { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';
import { pathwayNoteText } from '../../../src/elements/pathway/note-text.js';
import { $, $$, control, expandAll, openMap, openSources, openStep, pathway, settle, shown, step, stepIds, text } from './helpers.js';

describe('<nam-pathway> done when: anti-HMGCR, current statin, 70 kg', () => {
  const attrs = { antibody: 'anti-hmgcr', statin: 'current', weight: '70' };

  it('[rule:stop-statin] shows "stop the statin" first', async () => {
    const el = await pathway(attrs);
    expect(stepIds(el)[0]).to.equal('stop-statin');
    expect(text(step(el, 'stop-statin'))).to.include('Stop the statin');
    // First at a glance too, with no critical line (no red flag).
    const glance = $$(el, '[part="glance"] [data-glance]').map((li) => li.dataset.glance);
    expect(glance[0]).to.equal('stop-statin');
    expect($(el, '[part="glance"]')?.dataset.critical).to.equal('false');
  });

  it('[rule:ivig/anti-hmgcr] offers IVIG with 140 g per course', async () => {
    const el = await pathway(attrs);
    const ivig = step(el, 'ivig')!;
    expect(ivig.dataset.priority).to.equal('consider');
    expect(text(ivig.querySelector('[data-drug="ivig"]'))).to.include('140 g per course');
  });

  it('[rule:cancer-screening/enhanced] asks for cancer screening', async () => {
    const el = await pathway(attrs);
    expect(step(el, 'cancer-screening')!.dataset.priority).to.equal('first-line');
    expect(text(step(el, 'cancer-screening'))).to.include('IMACS');
  });

  it('[rule:steroid-sparing-agent/combination] gives the first-line glucocorticoid with a steroid-sparing agent', async () => {
    const el = await pathway(attrs);
    expect(step(el, 'glucocorticoid')!.dataset.priority).to.equal('first-line');
    expect(step(el, 'steroid-sparing-agent')!.dataset.priority).to.equal('first-line');
    const doses = calculateDoses({ weight: 70 });
    const pred = doses.ok ? doses.lines.find((l) => l.drug === 'prednisone')! : undefined;
    expect(text(step(el, 'glucocorticoid')!.querySelector('[data-drug="prednisone"] .dose-text'))).to.equal(pred?.summary);
    for (const b of pred?.basis ?? []) expect(text(step(el, 'glucocorticoid'))).to.include(b);
    expect(text(step(el, 'steroid-sparing-agent'))).to.include('methotrexate');
  });

  it('cites its sources: every mark leads to a full entry (authors, title, journal, year, DOI)', async () => {
    const el = await pathway(attrs);
    // The list is collapsed until a citation is followed, or opened with its button.
    expect($(el, '#source-entries')!.hidden).to.equal(true);
    expect($(el, '[data-toggle-sources]')!.getAttribute('aria-expanded')).to.equal('false');
    await openSources(el);
    expect($(el, '#source-entries')!.hidden).to.equal(false);
    const marks = $$(el, 'a[data-cite]');
    expect(marks.length).to.be.greaterThan(10);
    for (const m of marks) {
      const id = m.dataset.cite!;
      const entry = $(el, `#source-${id}`);
      expect(entry, id).to.exist;
      const s = SOURCES[id as keyof typeof SOURCES];
      if (s.authors) expect(text(entry)).to.include(s.authors);
      expect(text(entry)).to.include(s.title);
      if (s.year) expect(text(entry)).to.include(s.year);
      if (s.doi) expect(text(entry)).to.include(s.doi);
    }
    for (const s of $$(el, '[data-step]')) expect(s.querySelectorAll('a[data-cite]').length, s.dataset.step).to.be.greaterThan(0);
    expect(text($(el, '#source-mammen-2016'))).to.include('N Engl J Med');
  });

  it('choosing anti-SRP in the form brings early rituximab', async () => {
    const el = await pathway(attrs);
    control(el, 'antibody', 'anti-srp').click();
    await settle(el);
    expect(step(el, 'rituximab')).to.exist;
    const rituximab = await openStep(el, 'rituximab');
    expect(shown(rituximab.querySelector('[part="step-text"]'))).to.equal(true);
    expect(text(rituximab.querySelector('[part="step-text"]'))).to.include('Early rituximab');
    expect(text(rituximab.querySelector('[data-drug="rituximab"]'))).to.include('1,000 mg');
  });
});

describe('<nam-pathway> page furniture', () => {
  it('collapses the clinical notes, with their citations and the conflicting prognosis evidence', async () => {
    const el = await pathway();
    const notes = $<HTMLDetailsElement>(el, 'details[part="notes"]')!;
    expect(notes.open).to.equal(false);
    for (const id of ['mechanism', 'associations', 'clues', 'prognosis']) expect(notes.querySelector(`[data-note="${id}"]`), id).to.exist;
    const prognosis = notes.querySelector('[data-note="prognosis"]')!;
    expect(text(prognosis)).to.include('conflicts');
    expect(text(prognosis)).to.include('wang-2022');
    expect($(el, '#source-wang-2022')).to.exist;
  });

  it('shows the content version, review status and the intended-use About panel', async () => {
    const el = await pathway();
    const footer = text($(el, '[part="footer"]'));
    expect(footer).to.include(CONTENT_VERSION);
    expect(footer).to.include('Not yet reviewed by your institution');
    const about = text($(el, '[part="about"]'));
    expect(about).to.include('adults');
    expect(about).to.include('Not for diagnosis');
    expect(NamPathway.version).to.be.a('string');
  });

  it('shows an overdue review from the configuration', async () => {
    const el = await pathway({ config: '{"reviewedBy":"Neuromuscular MDT","reviewedOn":"2020-01-01","reviewDue":"2021-01-01"}' });
    expect(text($(el, '[part="footer"]'))).to.include('Overdue');
  });

  it('renders no inline style attributes, no <style> elements and no rem units', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'bulbar', weight: '70' });
    expect($$(el, '[style]').length).to.equal(0);
    expect($$(el, 'style').length).to.equal(0);
    const css = (NamPathway.styles as { cssText: string }[]).map((s) => s.cssText).join('\n');
    expect(css).to.not.match(/\d+(\.\d+)?rem\b/);
  });

  it('has a print stylesheet that keeps the inputs summary, steps, sources and version', async () => {
    const css = (NamPathway.styles as { cssText: string }[]).map((s) => s.cssText).join('\n');
    expect(css).to.include('@media print');
    const el = await pathway({ antibody: 'anti-srp' });
    for (const part of ['inputs-summary', 'steps', 'sources', 'footer']) expect($(el, `[part~="${part}"]`), part).to.exist;
  });

  it('does not overflow 320 px, collapsed or with every step, the map and the sources open', async () => {
    const el = await pathway({ 'checkpoint-inhibitor': true, 'red-flags': 'bulbar myocarditis', weight: '154', 'weight-unit': 'lb' });
    el.style.width = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    await expandAll(el);
    await openMap(el);
    await openSources(el);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('[hazard:H28] "Copy as note" text has the inputs, steps, doses, their warnings and all their sources', () => {
    const el = new NamPathway();
    el.antibody = 'anti-hmgcr';
    el.statin = 'current';
    el.weight = 70;
    const doses = el.doseResult;
    expect(doses && doses.ok).to.equal(true);
    const note = pathwayNoteText(el.result, undefined, doses && doses.ok ? doses : undefined);
    expect(note).to.include('Inputs: antibody anti-HMGCR');
    expect(note).to.include('Stop the statin now');
    expect(note).to.include('Doses for 70 kg (154.3 lb).');
    expect(note).to.include('Dose: Intravenous immunoglobulin (IVIG) 140 g per course');
    expect(note).to.include('[octagam-label]');
    expect(note.indexOf('Doses for 70 kg')).to.be.lessThan(note.indexOf('Sources'));
    // The critical notices of the doses shown: methotrexate once weekly, azathioprine not before TPMT.
    expect(note).to.include('CRITICAL: Once weekly only');
    expect(note).to.include('CRITICAL: Do not start before the TPMT and NUDT15 results are known.');
  });
});
