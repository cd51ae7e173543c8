/**
 * The render root of an element that may have been rendered on a server.
 *
 * Lit SSR writes each element's shadow tree into the page as a declarative shadow root, so the
 * result shows before the script runs. When the element upgrades, that root is emptied and the
 * element renders afresh from its own inputs (its attributes and properties, a JSON child, the
 * browser's date). It does not hydrate the server's markup: hydration keeps the server's text
 * wherever the values differ, and a server can differ (another date, no JSON child, no
 * configuration property), so a dose or a review date from the server could stay on screen
 * after the element computed another. The render happens before the next paint, so nothing
 * flashes; a choice made in the server's form before the upgrade is not kept.
 *
 * Lit's own createRenderRoot renders in front of existing content, or hydrates it when
 * @lit-labs/ssr-client's hydrate support is loaded; neither is wanted here.
 */
import { adoptStyles, type LitElement } from 'lit';

/** Call from createRenderRoot with Lit's own (`() => super.createRenderRoot()`) for a new root. */
export function freshRenderRoot(host: LitElement, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  const existing = host.shadowRoot;
  if (!existing) return create();
  existing.replaceChildren();
  adoptStyles(existing, (host.constructor as typeof LitElement).elementStyles);
  return existing;
}
