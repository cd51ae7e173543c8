/** Helpers for the <nam-pathway> tests: render with attributes, read the shadow DOM. */
import { fixture } from '@open-wc/testing';
import '../../../src/elements/pathway/define.js';
import type { NamPathway } from '../../../src/elements/pathway/nam-pathway.js';

export type Attrs = Record<string, string | true>;

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<nam-pathway>` with these attributes (true = present without a value), rendered and updated. */
export async function pathway(attrs: Attrs = {}, inner = ''): Promise<NamPathway> {
  const list = Object.entries(attrs)
    .map(([k, v]) => (v === true ? k : `${k}="${escape(v)}"`))
    .join(' ');
  const el = await fixture<NamPathway>(`<nam-pathway ${list}>${inner}</nam-pathway>`);
  await el.updateComplete;
  return el;
}

export const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

/** The data-step ids in document order. */
export const stepIds = (el: HTMLElement) => $$(el, '[data-step]').map((s) => s.getAttribute('data-step') as string);

export const step = (el: HTMLElement, id: string) => $(el, `[data-step="${id}"]`);

/** Visible text, whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Counts `nam-pathway-change` events on the element. */
export function countEvents(el: HTMLElement): { count: () => number; details: unknown[] } {
  const details: unknown[] = [];
  el.addEventListener('nam-pathway-change', (e) => details.push((e as CustomEvent).detail));
  return { count: () => details.length, details };
}

/** Lets queued updates and microtasks settle. */
export async function settle(el: NamPathway): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** The input with this name and value inside the element's form. */
export const control = <T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(
  el: HTMLElement,
  name: string,
  value?: string,
) => $<T>(el, value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`) as T;

/** Whether a node is rendered (not inside a `hidden` or display: none ancestor, not visibility: hidden). */
export const shown = (node: Element | null | undefined): boolean =>
  !!node && node.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true } as CheckVisibilityOptions);

/** Opens a step's details with its own button (a click, as a user would) and waits for the render. */
export async function openStep(el: NamPathway, id: string): Promise<HTMLElement> {
  const toggle = $<HTMLButtonElement>(el, `[data-toggle-step="${id}"]`);
  if (!toggle) throw new Error(`no toggle for step ${id}`);
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await settle(el);
  return step(el, id) as HTMLElement;
}

/** "Expand all" (or "Collapse all" with `open` false), when the button offers it. */
export async function expandAll(el: NamPathway, open = true): Promise<void> {
  const button = $<HTMLButtonElement>(el, '[data-expand-all]');
  if (!button) throw new Error('no Expand all button');
  if (button.dataset.expandAll === String(open)) button.click();
  await settle(el);
}

/** Shows the pathway map (it is drawn only on request). */
export async function openMap(el: NamPathway): Promise<void> {
  const toggle = $<HTMLButtonElement>(el, '[data-toggle-map]');
  if (!toggle) throw new Error('no map toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await settle(el);
}

/** Shows the source list (collapsed until a citation is followed). */
export async function openSources(el: NamPathway): Promise<void> {
  const toggle = $<HTMLButtonElement>(el, '[data-toggle-sources]');
  if (!toggle) throw new Error('no sources toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await settle(el);
}

/** A notice's message: its text without the "Critical:" / "Warning:" / "Note:" label. */
export const noticeMessage = (li: Element) => text(li).slice(text(li.querySelector('.notice-label')).length).trim();
