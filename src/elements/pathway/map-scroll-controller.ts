/**
 * Watches the map's scroll box (a new one each time the map reappears): a drawing wider than its
 * figure scrolls sideways, and a box that scrolls must be reachable by keyboard (render-map.ts
 * puts it in the tab order when `scrolls` is true).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

export class MapScrollController implements ReactiveController {
  /** Whether the map drawing is wider than its figure (it then scrolls and takes focus). */
  scrolls = false;

  private readonly host: Host;
  private resize?: ResizeObserver;
  private scroller?: Element;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    this.scroller = undefined;
  }

  private watch(): void {
    const scroller = this.host.renderRoot.querySelector('.map-scroll') ?? undefined;
    if (scroller === this.scroller) return;
    this.resize?.disconnect();
    this.scroller = scroller;
    if (!scroller) {
      this.set(false);
    } else if (typeof ResizeObserver === 'function') {
      this.resize ??= new ResizeObserver(() => this.measure());
      this.resize.observe(scroller);
    }
  }

  private measure(): void {
    const box = this.scroller;
    this.set(box !== undefined && box.scrollWidth > box.clientWidth + 1);
  }

  private set(scrolls: boolean): void {
    if (scrolls === this.scrolls) return;
    this.scrolls = scrolls;
    this.host.requestUpdate();
  }
}
