/**
 * When the page cannot show the widget as designed, one plain sentence instead of a broken
 * clinical widget, and one clear console message per page:
 *
 * - Trusted Types refused this copy's "lit-html" policy (trusted-types.ts): its templates cannot
 *   be rendered at all.
 * - The browser lacks constructable style sheets and the page's CSP blocked the `<style>` Lit
 *   falls back to (style-src without 'unsafe-inline' or a nonce in `window.litNonce`): the widget
 *   would be unstyled, its warnings looking like plain text. The styles are checked once, after
 *   the first render, by a custom property every element's styles set on `:host`.
 *
 * The sentence is rendered as plain text (no template, no markup), which needs neither.
 */
import { supportsAdoptingStyleSheets, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { trustedTypesRefused } from './trusted-types.js';
import { UI } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The custom property every element's styles set on :host (base.styles.ts). */
export const STYLED_PROPERTY = '--_nam-styled';

const reported = new Set<string>();
function reportOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console.error(`nam-cds: ${message}`);
}

export class PlatformController implements ReactiveController {
  private readonly host: Host;
  private unstyled = false;
  private checked = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The sentence to show instead of the widget, or undefined when it can be shown. */
  get blocked(): string | undefined {
    if (trustedTypesRefused()) {
      reportOnce(UI.trustedTypesRefused);
      return UI.trustedTypesRefused;
    }
    return this.unstyled ? UI.unstyled : undefined;
  }

  hostUpdated(): void {
    if (this.checked || supportsAdoptingStyleSheets || !this.host.isConnected) return;
    this.checked = true;
    let styled = true;
    try {
      styled = getComputedStyle(this.host).getPropertyValue(STYLED_PROPERTY).trim() !== '';
    } catch {
      // Cannot tell: keep the widget.
    }
    if (styled) return;
    this.unstyled = true;
    reportOnce(UI.unstyled);
    this.host.requestUpdate();
  }
}
