/**
 * Whether a part of the element (found by a selector in its shadow root, re-found after each
 * render) is in the viewport. Used to show a pointer to a critical notice that is out of view,
 * without ever scrolling the page or moving focus by itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class InViewController implements ReactiveController {
  /** True when the target is (partly) in the viewport, or cannot be observed. */
  inView = true;

  private readonly host: Host;
  private readonly selector: string;
  private observer?: IntersectionObserver;
  private target?: Element;

  constructor(host: Host, selector: string) {
    this.host = host;
    this.selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    if (!target) return;
    if (typeof IntersectionObserver !== 'function') return;
    this.observer ??= new IntersectionObserver((entries) => {
      const seen = entries.some((e) => e.isIntersecting);
      if (seen !== this.inView) {
        this.inView = seen;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = undefined;
  }
}
