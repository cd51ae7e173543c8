/** <nam-monitor>: accessibility, defaults, attributes → properties, and a hostile page's basics. */
import { expect } from '@open-wc/testing';
import { $, $$, control, copyVisits, everything, expectNoJunk, HMGCR_DRUGS, monitor, norm, root, settle, wrapped } from './helpers.js';

describe('<nam-monitor> accessibility', () => {
  it('is accessible (axe) empty, with six visits, with everything expanded, and with errors', async () => {
    const empty = await monitor();
    await expect(empty).to.be.accessible();

    const el = await monitor({ today: '2026-06-22', 'taper-start': '2026-07-01', weight: '70' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    await expect(el).to.be.accessible();
    $(el, '.expand-all')!.click();
    $(el, '.drugs-toggle')!.click();
    $(el, '.chart-table-toggle')!.click();
    $(el, '.sources-toggle')!.click();
    for (const b of $$<HTMLButtonElement>(el, '.bloods-toggle')) b.click();
    await settle(el);
    expect($$(el, '.item-body:not([hidden])')).to.have.length(6);
    await expect(el).to.be.accessible();

    const bad = await monitor({ today: '2026-06-22', 'mmt-max': '100' }, { visits: [{ date: '2026-13-01', ck: -5, ckUln: 200 }] });
    expect($$(el, '[aria-invalid="true"]')).to.have.length(0);
    expect($$(bad, '[aria-invalid="true"]').length).to.be.greaterThan(1);
    await expect(bad).to.be.accessible();
  });

  it('is accessible in the dark theme (contrast of the glance, badges and chart), and with values from the record', async () => {
    const el = await monitor({ today: '2026-06-22', theme: 'dark' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    $(el, '.expand-all')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
    const ck = {
      resourceType: 'Observation',
      id: 'ck-a',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '2157-6' }] },
      effectiveDateTime: '2026-06-01',
      valueQuantity: { value: 900, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' },
      referenceRange: [{ high: { value: 200, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' } }],
    };
    const odd = { ...ck, id: 'ck-b', effectiveDateTime: '2026-06-08', valueQuantity: { value: 5, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' } };
    const withRecord = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), fhir: [ck, odd] });
    expect($$(withRecord, '[part~="provenance"]').length).to.equal(2);
    expect($(withRecord, '[part~="record"]')).to.exist;
    await expect(withRecord).to.be.accessible();
  });

  it('every input of the table has a name that says its field and its visit', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits() });
    expect(control(el, 'visits[2].ck').getAttribute('aria-label')).to.equal('CK (U/L), the visit of 30 Mar 2026');
    expect(control(el, 'visits[0].date').getAttribute('aria-label')).to.equal('Visit date, row 1');
    expect(control(el, 'visits[1].mmt8').getAttribute('aria-label')).to.equal('MMT-8 (0–80), the visit of 16 Feb 2026');
    const neutrophils = control(el, 'visits[4].neutrophils');
    const label = root(el).querySelector(`label[for="${neutrophils.id}"]`);
    expect(norm(label?.textContent)).to.equal('Neutrophils (×10⁹/L)');
    const remove = $$<HTMLButtonElement>(el, 'button.remove')[4];
    expect(norm(remove.textContent)).to.equal('Remove the visit of 25 May 2026');
    const bloods = $$<HTMLButtonElement>(el, 'button.bloods-toggle')[4];
    expect(norm(bloods.textContent)).to.equal('Blood tests (3) entered, the visit of 25 May 2026');
    expect(bloods.getAttribute('aria-controls')).to.equal($$(el, 'tr.bloods-row')[4].id);
  });

  it('results are in polite live regions; the chart is a labelled group of focusable points', async () => {
    const el = await monitor({ today: '2026-06-22' }, { visits: copyVisits(), drugs: HMGCR_DRUGS });
    expect($(el, '[part~="glance"]')!.getAttribute('aria-live')).to.equal('polite');
    expect($(el, '[data-status]')!.getAttribute('role')).to.equal('status');
    const svg = $(el, 'svg.chart')!;
    expect(svg.getAttribute('role')).to.equal('group');
    expect(svg.getAttribute('aria-label')).to.match(/arrow keys/);
    const stops = $$(el, 'svg.chart [tabindex="0"]');
    expect(stops, 'one tab stop in the chart').to.have.length(1);
  });
});

describe('<nam-monitor> defaults and attributes', () => {
  it('without anything: a title, an empty table with "Add a visit", no assessment error, no junk', async () => {
    const el = await monitor();
    expect(norm($(el, 'h2')!.textContent)).to.equal('Follow-up of IMNM / NAM');
    expect(norm($(el, 'td.empty')!.textContent)).to.match(/No visits yet/);
    expect($(el, '.add-visit')).to.exist;
    expect(el.result.ok).to.equal(true);
    expect($$(el, '[aria-invalid="true"]')).to.have.length(0);
    expect(norm($(el, '[part~="glance"]')!.textContent)).to.match(/No visits yet/);
    expectNoJunk(el);
  });

  it('attributes set their properties; the element never writes attributes it was not given', async () => {
    const el = await monitor({
      'mmt-max': '150',
      today: '2026-06-22',
      'taper-start': '2026-07-01',
      weight: '154',
      'weight-unit': 'lb',
      'weight-confirmed': '',
      'height-cm': '170',
      theme: 'dark',
      'heading-level': '3',
    });
    expect(el.mmtMax).to.equal('150');
    expect(el.today).to.equal('2026-06-22');
    expect(el.taperStart).to.equal('2026-07-01');
    expect(el.weight).to.equal('154');
    expect(el.weightUnit).to.equal('lb');
    expect(el.weightConfirmed).to.equal(true);
    expect(el.heightCm).to.equal('170');
    expect(el.theme).to.equal('dark');
    expect(el.headingLevel).to.equal('3');
    el.removeAttribute('weight-confirmed');
    await settle(el);
    expect(el.weightConfirmed).to.equal(false);
    expect(el.getAttributeNames().sort()).to.deep.equal(['heading-level', 'height-cm', 'mmt-max', 'taper-start', 'theme', 'today', 'weight', 'weight-unit']);
    // The headings follow heading-level 3: the title is exposed at level 3, its sections at 4.
    expect($(el, 'h2')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#mon-glance-title')!.getAttribute('aria-level')).to.equal('4');
    expect(control<HTMLSelectElement>(el, 'mmt-max').value).to.equal('150');
    expect(norm($(el, 'th[data-col="mmt8"]')!.textContent)).to.equal('MMT-80–150');
  });

  it('a bad theme or heading level is reported and the assessment stays', async () => {
    const el = await monitor({ theme: 'purple', 'heading-level': '9', today: '2026-06-22' }, { visits: copyVisits() });
    const alert = $(el, '[part~="attribute-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(norm(alert.textContent)).to.include('theme="purple" is not accepted');
    expect(norm(alert.textContent)).to.include('heading-level="9" is not accepted');
    expect(el.result.ok).to.equal(true);
    expect($(el, '[part~="glance"]')).to.exist;
  });

  it('a misspelt attribute is named by the shared check, with the attribute it most likely meant', async () => {
    const el = await monitor({ 'taper-stat': '2026-07-01', mmtmax: '150' }, { visits: copyVisits() });
    const text = norm($(el, '[part~="attribute-error"]')!.textContent);
    expect(text).to.include("Ignored attribute 'taper-stat' — did you mean 'taper-start'?");
    expect(text).to.include("Ignored attribute 'mmtmax' — did you mean 'mmt-max'?");
    expect(el.taperStart).to.equal(undefined);
  });

  it('the config attribute and a JSON child configure it like the other elements (a default CK ULN as local policy)', async () => {
    const el = await monitor({ config: '{"ckUlnUL": 170}', today: '2026-06-22' }, { visits: [{ date: '2026-01-05', ck: 850 }] });
    expect(el.result.ok).to.equal(true);
    expect(el.result.ok && el.result.input.visits[0].ckUln).to.equal(170);
    expect(norm($(el, '.table-actions .hint')!.textContent)).to.include('170 U/L (local policy)');
    const { el: child } = await wrapped(
      '<div><nam-monitor today="2026-06-22"><script type="application/json">{"ckUlnUL": 190}</script></nam-monitor></div>',
      { visits: [{ date: '2026-01-05', ck: 950 }] },
    );
    expect(child.result.ok && child.result.input.visits[0].ckUln).to.equal(190);
    const invalid = await monitor({ config: '{"ckUlnUL": "high"}' });
    expect($(invalid, '[part~="config-error"]')).to.exist;
  });

  it('a page that set Object.prototype members reads nothing inherited from them', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.ckUln = 999;
    proto.neutrophils = 0.2;
    try {
      const el = await monitor({ today: '2026-06-22' }, { visits: [{ date: '2026-01-05', ck: 800, ckUln: 200 }, { date: '2026-02-05', ck: 600, ckUln: 200 }] });
      expect(el.result.ok).to.equal(true);
      expect(el.result.ok && el.result.visits.flatMap((v) => v.labFlags)).to.deep.equal([]);
      expect(control(el, 'visits[0].neutrophils').value).to.equal('');
      expect(everything(el)).not.to.include('999');
    } finally {
      delete proto.ckUln;
      delete proto.neutrophils;
    }
  });
});
