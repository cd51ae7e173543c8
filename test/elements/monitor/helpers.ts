/** Shared helpers and visit sets for the <nam-monitor> tests. */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../../src/elements/monitor/define.js';
import type { NamMonitor } from '../../../src/elements/monitor/nam-monitor.js';
import type { FollowUpDrug, Visit } from '../../../src/core/follow-up-types.js';

export type Monitor = NamMonitor;

/**
 * An anti-HMGCR patient over six visits (written from content-spec §5): CK falling, MMT-8 rising,
 * prednisone tapering, neutrophils 1.4 ×10⁹/L (below 1.6) at the fifth visit. At the fourth visit,
 * 2026-04-27, against the baseline: physician global 7 → 3 (40 %: 17.5 points), patient global 6 → 4
 * (20 %: 5), MMT-8 50 → 66 of 80 (20 %: 20), HAQ 1.5 → 1 (16.67 %: 7.5), CK 8,000 → 1,000 U/L with the
 * baseline ULN 200 (range 3,000: 233.33 %: 7.5), extramuscular 2 → 1 (10 %: 7.5) — total 65, major.
 */
export const HMGCR_VISITS: Visit[] = [
  { date: '2026-01-05', ck: 8000, ckUln: 200, mmt8: 50, physicianGlobal: 7, patientGlobal: 6, extramuscular: 2, haq: 1.5, prednisoneMgPerDay: 60, wbc: 7.2, neutrophils: 4.5, platelets: 250, alt: 40 },
  { date: '2026-02-16', ck: 4000, ckUln: 200, mmt8: 56, physicianGlobal: 5, patientGlobal: 5, extramuscular: 2, haq: 1.3, prednisoneMgPerDay: 60, wbc: 6.8, neutrophils: 4.1 },
  { date: '2026-03-30', ck: 2000, ckUln: 200, mmt8: 62, physicianGlobal: 4, patientGlobal: 5, extramuscular: 1, haq: 1.2, prednisoneMgPerDay: 40 },
  { date: '2026-04-27', ck: 1000, ckUln: 200, mmt8: 66, physicianGlobal: 3, patientGlobal: 4, extramuscular: 1, haq: 1, prednisoneMgPerDay: 30, wbc: 5.9, neutrophils: 3.2 },
  { date: '2026-05-25', ck: 600, ckUln: 200, mmt8: 70, physicianGlobal: 2, patientGlobal: 3, extramuscular: 0, haq: 0.8, prednisoneMgPerDay: 25, wbc: 3.9, neutrophils: 1.4, platelets: 210 },
  { date: '2026-06-22', ck: 400, ckUln: 200, mmt8: 72, physicianGlobal: 2, patientGlobal: 2, extramuscular: 0, haq: 0.6, prednisoneMgPerDay: 20 },
];

export const HMGCR_DRUGS: FollowUpDrug[] = [{ drug: 'methotrexate', started: '2026-02-16' }];

export const copyVisits = (visits: readonly Visit[] = HMGCR_VISITS) => visits.map((v) => ({ ...v }));

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A monitor with the given attributes, visits and drugs, rendered and settled. */
export async function monitor(
  attrs: Record<string, string> = {},
  props: { visits?: unknown; drugs?: unknown; fhir?: unknown; config?: unknown } = {},
): Promise<Monitor> {
  const el = fixtureSync<Monitor>(`<nam-monitor ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}></nam-monitor>`);
  Object.assign(el, props);
  await settle(el);
  return el;
}

/** A monitor created with Lit's html (properties bound before the first render). */
export const litMonitor = (template: ReturnType<typeof html>) => fixture<Monitor>(template);

export const root = (el: Monitor) => el.shadowRoot as ShadowRoot;
export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const $ = <T extends Element = HTMLElement>(el: Monitor, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Monitor, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const control = <T extends HTMLElement = HTMLInputElement>(el: Monitor, name: string) => $<T>(el, `[name="${CSS.escape(name)}"]`) as T;

/** The accessible description of a control: the text of the elements aria-describedby names. */
export function description(el: Monitor, c: Element): string {
  const ids = (c.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return norm(ids.map((id) => root(el).getElementById(id)?.textContent ?? '').join(' '));
}

/** Text and attribute values of the whole shadow tree. */
export function everything(el: Monitor): string {
  const parts: string[] = [root(el).textContent ?? ''];
  for (const node of root(el).querySelectorAll('*')) for (const a of node.attributes) parts.push(a.value);
  return parts.join(' ');
}

export function expectNoJunk(el: Monitor): void {
  expect(everything(el)).not.to.match(/NaN|undefined|Infinity|\[object Object\]/);
}

/** Resolves after the element and any event it fires have settled. */
export async function settle(el: Monitor): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Sets a control's value as a user would (a whole value at once) and fires input and change. */
export async function userSets(el: Monitor, name: string, value: string): Promise<void> {
  const c = control<HTMLInputElement | HTMLSelectElement>(el, name);
  expect(c, `control ${name}`).to.exist;
  c.focus();
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

/** The `nam-monitor-change` events fired from now on. */
export function record(el: Monitor) {
  const events: CustomEvent<{ visits: Visit[]; result: unknown }>[] = [];
  el.addEventListener('nam-monitor-change', (e) => events.push(e as CustomEvent<{ visits: Visit[]; result: unknown }>));
  return events;
}

/** A monitor inside host markup (e.g. a button before it). */
export async function wrapped(markup: string, props: { visits?: unknown; drugs?: unknown } = {}) {
  const wrapper = fixtureSync<HTMLElement>(markup);
  const el = wrapper.querySelector('nam-monitor') as Monitor;
  Object.assign(el, props);
  await settle(el);
  return { wrapper, el };
}
