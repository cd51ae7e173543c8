/** Shared helpers for the <nam-dose-calculator> tests. */
import { expect, fixture, fixtureSync } from '@open-wc/testing';
import '../../../src/elements/dose-calculator/define.js';
import type { NamDoseCalculator } from '../../../src/elements/dose-calculator/nam-dose-calculator.js';

export type Calc = NamDoseCalculator;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A calculator with the given attributes (values are escaped), rendered and settled. */
export async function calc(attrs: Record<string, string> = {}, children = ''): Promise<Calc> {
  const list = Object.entries(attrs)
    .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
    .join(' ');
  const el = await fixture<Calc>(`<nam-dose-calculator ${list}>${children}</nam-dose-calculator>`);
  await el.updateComplete;
  return el;
}

export const root = (el: Calc) => el.shadowRoot as ShadowRoot;
export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const shadowText = (el: Calc) => norm(root(el).textContent);

export const line = (el: Calc, drug: string) => root(el).querySelector<HTMLElement>(`[data-drug="${drug}"]`);
export const lines = (el: Calc) => [...root(el).querySelectorAll<HTMLElement>('[data-drug]')];
/** The dose on a line's title: the core's summary of the line. */
export const doseText = (el: Calc, drug: string) => norm(line(el, drug)?.querySelector('[part~="dose"]')?.textContent);
/** Everything a line holds, its collapsed details included. */
export const lineText = (el: Calc, drug: string) => norm(line(el, drug)?.textContent);
/** The text of "At a glance". */
export const glanceText = (el: Calc) => norm(root(el).querySelector('[part~="glance"]')?.textContent);
/** The copy status (the element has other status regions). */
export const copyStatus = (el: Calc) => norm(root(el).querySelector('.copy-status')?.textContent);

/** Visible to a reader: rendered, not hidden, not transparent, with a box. */
export function visible(node: Element | null | undefined): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return node.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
}

/** Opens every drug's item with the "Expand all" button, as a user would. */
export async function expandAll(el: Calc): Promise<void> {
  const button = root(el).querySelector<HTMLButtonElement>('button.expand-all');
  if (button && /Expand/.test(button.textContent ?? '')) button.click();
  await el.updateComplete;
}

/** Opens "More details" (shown collapsed on a narrow screen). */
export async function openMore(el: Calc): Promise<void> {
  const toggle = root(el).querySelector<HTMLButtonElement>('button.more-toggle');
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  await el.updateComplete;
}

export const control = <T extends HTMLElement = HTMLInputElement>(el: Calc, name: string) =>
  root(el).querySelector<T>(`[name="${name}"]`) as T;
export const controls = <T extends HTMLElement = HTMLInputElement>(el: Calc, name: string) => [
  ...root(el).querySelectorAll<T>(`[name="${name}"]`),
];

/** The accessible description of a control: the text of the elements aria-describedby names. */
export function description(el: Calc, c: Element): string {
  const ids = (c.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return norm(ids.map((id) => root(el).getElementById(id)?.textContent ?? '').join(' '));
}

/** Text and attribute values of the whole shadow tree. */
export function everything(el: Calc): string {
  const parts: string[] = [root(el).textContent ?? ''];
  for (const node of root(el).querySelectorAll('*')) for (const a of node.attributes) parts.push(a.value);
  return parts.join(' ');
}

/** NaN, undefined and Infinity never reach the rendered DOM. */
export function expectNoJunk(el: Calc): void {
  expect(everything(el)).not.to.match(/NaN|undefined|Infinity/);
}

/** The field's control is flagged and described by a visible message; no dose is shown. */
export function expectFieldError(el: Calc, name: string, pattern?: RegExp): void {
  const c = control(el, name);
  expect(c, `control ${name}`).to.exist;
  expect(c.getAttribute('aria-invalid'), `${name} aria-invalid`).to.equal('true');
  const text = description(el, c);
  expect(text, `${name} description`).not.to.equal('');
  if (pattern) expect(text).to.match(pattern);
  const alert = root(el).querySelector('[role="alert"][part~="error-summary"]') as HTMLElement;
  expect(alert.hidden).to.equal(false);
  expect(norm(alert.textContent)).not.to.equal('');
  expect(lines(el), 'no dose lines').to.have.length(0);
  expect(root(el).querySelector('[part~="dose"]')).to.equal(null);
  expectNoJunk(el);
}

/** Resolves after the element and any event it fires have settled. */
export async function settle(el: Calc): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** The value (dd) of a line's fact (dt), e.g. fact(el, 'ivig', 'Dosing weight'). */
export function fact(el: Calc, drug: string, term: string): string {
  const dts = [...(line(el, drug)?.querySelectorAll('dt') ?? [])];
  const dt = dts.find((d) => norm(d.textContent) === term);
  return norm(dt?.nextElementSibling?.textContent);
}

/**
 * A calculator inside host markup (e.g. a button before it). Built with fixtureSync: open-wc's
 * fixture waits an animation frame for plain elements, which never comes in a background tab.
 */
export async function wrapped(markup: string): Promise<{ wrapper: HTMLElement; el: Calc }> {
  const wrapper = fixtureSync<HTMLElement>(markup);
  const el = wrapper.querySelector('nam-dose-calculator') as Calc;
  await el.updateComplete;
  return { wrapper, el };
}
