/** The pathway map highlights the route for the current input, and never replaces the steps. */
import { expect } from '@open-wc/testing';
import { $, $$, openMap, pathway, stepIds, text, type Attrs } from './helpers.js';

/** The pathway with its map shown (the map is drawn only on request). */
async function withMap(attrs: Attrs) {
  const el = await pathway(attrs);
  await openMap(el);
  return el;
}

const activeNodes = (el: HTMLElement) =>
  $$(el, 'svg [data-node][data-active="true"]').map((n) => n.getAttribute('data-node') as string).sort();
const currentNode = (el: HTMLElement) => $$(el, 'svg [data-node][data-current="true"]').map((n) => n.dataset.node);
const activeEdges = (el: HTMLElement) =>
  $$(el, 'svg [data-edge][data-active="true"]').map((n) => n.getAttribute('data-edge') as string).sort();

interface Route {
  attrs: Attrs;
  nodes: string[];
  edges: string[];
  current: string;
}

const ROUTES: Record<string, Route> = {
  'anti-HMGCR, new': {
    attrs: { antibody: 'anti-hmgcr' },
    // The statin branch lights up: anti-HMGCR means no statin rechallenge (and an unknown statin is asked about).
    nodes: ['subgroup-anti-hmgcr', 'first-line-anti-hmgcr', 'statin'],
    edges: ['subgroup-anti-hmgcr>first-line-anti-hmgcr'],
    current: 'first-line-anti-hmgcr',
  },
  'anti-SRP, new': {
    attrs: { antibody: 'anti-srp' },
    nodes: ['subgroup-anti-srp', 'first-line-anti-srp'],
    edges: ['subgroup-anti-srp>first-line-anti-srp'],
    current: 'first-line-anti-srp',
  },
  'seronegative, new': {
    attrs: { antibody: 'seronegative' },
    nodes: ['subgroup-seronegative', 'first-line-seronegative'],
    edges: ['subgroup-seronegative>first-line-seronegative'],
    current: 'first-line-seronegative',
  },
  'pending, new (defaults)': {
    // Statin exposure unknown with a pending antibody: stop any statin now (content-spec §3).
    attrs: {},
    nodes: ['subgroup-pending', 'first-line-pending', 'statin'],
    edges: ['subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
  'pending, statin never': {
    attrs: { statin: 'never' },
    nodes: ['subgroup-pending', 'first-line-pending'],
    edges: ['subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
  // Relapse and inadequate response (content 2.0): the glucocorticoid is increased again and the
  // steroid-sparing agent checked, then the subgroup's escalation — where the patient is now.
  'anti-SRP, relapse': {
    attrs: { antibody: 'anti-srp', phase: 'relapse' },
    nodes: ['subgroup-anti-srp', 'first-line-anti-srp', 'escalation-anti-srp'],
    edges: ['subgroup-anti-srp>first-line-anti-srp', 'first-line-anti-srp>escalation-anti-srp'],
    current: 'escalation-anti-srp',
  },
  'seronegative, inadequate response': {
    attrs: { antibody: 'seronegative', phase: 'inadequate-response' },
    nodes: ['subgroup-seronegative', 'first-line-seronegative', 'escalation-seronegative'],
    edges: ['subgroup-seronegative>first-line-seronegative', 'first-line-seronegative>escalation-seronegative'],
    current: 'escalation-seronegative',
  },
  'statin, current': {
    attrs: { statin: 'current', antibody: 'seronegative' },
    nodes: ['subgroup-seronegative', 'first-line-seronegative', 'statin'],
    edges: ['subgroup-seronegative>first-line-seronegative'],
    current: 'first-line-seronegative',
  },
  'checkpoint inhibitor, moderate': {
    attrs: { 'checkpoint-inhibitor': true, statin: 'never' },
    nodes: ['ici', 'ici-hold', 'subgroup-pending', 'first-line-pending'],
    edges: ['ici>ici-hold', 'subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
  // Grade 1: no glucocorticoid, so no first-line box; the route stops at the subgroup.
  'checkpoint inhibitor, mild': {
    attrs: { 'checkpoint-inhibitor': true, severity: 'mild', statin: 'never' },
    nodes: ['ici', 'ici-hold', 'subgroup-pending'],
    edges: ['ici>ici-hold'],
    current: 'subgroup-pending',
  },
  'checkpoint inhibitor, mandatory withdrawal': {
    attrs: { 'checkpoint-inhibitor': true, 'red-flags': 'dyspnoea', statin: 'never' },
    nodes: ['ici', 'ici-withdraw', 'urgent', 'severe', 'subgroup-pending', 'first-line-pending'],
    edges: ['ici>ici-withdraw', 'subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
  // The core returns the cardiac assessment for myocarditis without a checkpoint inhibitor too.
  'myocarditis, no checkpoint inhibitor': {
    attrs: { 'red-flags': 'myocarditis', statin: 'never' },
    nodes: ['urgent', 'ici', 'severe', 'subgroup-pending', 'first-line-pending'],
    edges: ['subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
  'myasthenic features': {
    attrs: { 'red-flags': 'myasthenic', statin: 'never' },
    nodes: ['urgent', 'severe', 'myasthenia', 'subgroup-pending', 'first-line-pending'],
    edges: ['subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
  'checkpoint inhibitor, life-threatening': {
    attrs: { 'checkpoint-inhibitor': true, severity: 'life-threatening', statin: 'never' },
    nodes: ['ici', 'ici-withdraw', 'ici-rescue', 'urgent', 'severe', 'subgroup-pending', 'first-line-pending'],
    edges: ['ici-withdraw>ici-rescue', 'ici>ici-withdraw', 'subgroup-pending>first-line-pending'],
    current: 'first-line-pending',
  },
};

describe('<nam-pathway> pathway map', () => {
  for (const [name, route] of Object.entries(ROUTES)) {
    it(`highlights the route for ${name}`, async () => {
      const el = await withMap(route.attrs);
      expect(activeNodes(el)).to.deep.equal([...route.nodes].sort());
      expect(activeEdges(el)).to.deep.equal([...route.edges].sort());
      expect(currentNode(el)).to.deep.equal([route.current]);
      // Highlight by class too (CSS gives a thicker stroke and a bold label).
      for (const id of route.nodes) expect($(el, `[data-node="${id}"]`)!.classList.contains('active')).to.equal(true);
      // The step list is still there.
      expect(stepIds(el).length).to.be.greaterThan(0);
    });
  }

  it('marks the route with more than colour: a thicker border and a bold label', async () => {
    const el = await withMap({ antibody: 'anti-srp' });
    const on = $(el, '[data-node="subgroup-anti-srp"]')!;
    const off = $(el, '[data-node="subgroup-anti-hmgcr"]')!;
    const box = (g: Element) => getComputedStyle(g.querySelector('rect.box')!);
    const label = (g: Element) => getComputedStyle(g.querySelector('text')!);
    expect(parseFloat(box(on).strokeWidth)).to.be.greaterThan(parseFloat(box(off).strokeWidth));
    expect(Number(label(on).fontWeight)).to.be.greaterThan(Number(label(off).fontWeight));
    expect(box(off).strokeDasharray).to.not.equal('none');
  });

  it('describes the highlighted route in words', async () => {
    const el = await withMap({ antibody: 'anti-srp', phase: 'relapse' });
    const words = text($(el, '#map-desc'));
    expect(words).to.include('anti-SRP');
    expect(words).to.include('Escalation');
    expect(words).to.include('rituximab');
  });

  it('with a checkpoint inhibitor a relapse is a new episode: no escalation, and no early rituximab claimed', async () => {
    const el = await withMap({ antibody: 'anti-srp', phase: 'relapse', 'checkpoint-inhibitor': true });
    const words = text($(el, '#map-desc'));
    expect(words).to.include('anti-SRP');
    expect(words).to.include('checkpoint inhibitor');
    expect(words).to.not.include('Escalation');
    // The early-rituximab row is for anti-SRP without a checkpoint inhibitor (content-spec §3).
    expect(stepIds(el)).to.not.include('rituximab');
    expect(words).to.not.include('rituximab');
  });

  it('follows a change of input', async () => {
    const el = await withMap({ antibody: 'anti-hmgcr' });
    el.antibody = 'anti-srp';
    await el.updateComplete;
    expect(currentNode(el)).to.deep.equal(['first-line-anti-srp']);
  });

  for (const attrs of [
    { antibody: 'anti-srp', phase: 'relapse', 'checkpoint-inhibitor': true, severity: 'life-threatening' } as Attrs,
    // The checkpoint-inhibitor wording of the first-line boxes.
    { antibody: 'anti-hmgcr', 'checkpoint-inhibitor': true } as Attrs,
    // The checkpoint-inhibitor box worded from the cardiac-assessment step alone.
    { 'red-flags': 'myocarditis' } as Attrs,
    // Grade 2 below 3 × ULN: the first-line box says no glucocorticoid yet.
    { 'checkpoint-inhibitor': true, 'ck-times-uln': '2' } as Attrs,
    // Grade 1, and the relapse escalation boxes.
    { 'checkpoint-inhibitor': true, severity: 'mild' } as Attrs,
    { antibody: 'anti-hmgcr', phase: 'relapse' } as Attrs,
  ]) {
    it(`fits 320 px: the drawing scrolls inside its figure and every label fits its box (${Object.keys(attrs).join(', ')})`, async () => {
      const el = await withMap(attrs);
      el.style.width = '320px';
      await el.updateComplete;
      const svg = $(el, 'svg')!;
      expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      // Too narrow for the drawing's smallest readable width: it scrolls inside the figure, and
      // neither the figure nor the element is wider than 320 px.
      expect($(el, '[part="map"]')!.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
      // Labels in bold (the highlighted style) fit inside their boxes.
      for (const g of $$(el, 'svg [data-node]')) {
        const rect = g.querySelector('rect.box') as SVGRectElement;
        const textEl = g.querySelector('text') as SVGTextElement;
        textEl.setAttribute('font-weight', '700');
        for (const span of [...g.querySelectorAll('tspan')] as SVGTSpanElement[]) {
          expect(span.getComputedTextLength(), `${g.getAttribute('data-node')}: "${span.textContent}"`).to.be.at.most(
            rect.width.baseVal.value - 4,
          );
        }
      }
    });
  }

  it('is drawn only when asked for, and hidden again with the same button', async () => {
    const el = await pathway({ antibody: 'anti-srp' });
    const toggle = $(el, '[data-toggle-map]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#map-region')!.hidden).to.equal(true);
    expect($(el, 'svg[role="img"]') === null).to.equal(true);
    await openMap(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal('map-region');
    expect($(el, '#map-region')!.hidden).to.equal(false);
    expect($(el, 'svg[role="img"]') === null).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'svg[role="img"]') === null).to.equal(true);
  });

  it('is not drawn for invalid input', async () => {
    const el = await pathway({ antibody: 'nope' });
    expect($(el, '[data-toggle-map]') === null, 'no map button without a result').to.equal(true);
    expect($(el, 'svg[role="img"]') === null).to.equal(true);
  });
});
