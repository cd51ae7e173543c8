/**
 * Details on demand (the bedside layout): which collapsible parts of an element are open — its
 * items, "Expand all", a source list, a panel of further inputs — with everything open while the
 * element prints, and the part the user asked for brought into view and focused once it is
 * rendered. Only a click or key of the user's opens, reveals or focuses anything: an input never
 * moves the page or the focus.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface DisclosureOptions {
  /** True while the element prints: every part renders open. */
  printing(): boolean;
}

export class DisclosureController<Id extends string = string> implements ReactiveController {
  private readonly host: Host;
  private readonly options: DisclosureOptions;
  private readonly open = new Set<Id>();
  private pending?: () => HTMLElement | null | undefined;

  constructor(host: Host, options: DisclosureOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Open on screen, or printing. */
  isOpen(id: Id): boolean {
    return this.options.printing() || this.open.has(id);
  }

  /** Open by the user's choice (printing aside). */
  isOpenOnScreen(id: Id): boolean {
    return this.open.has(id);
  }

  set(id: Id, open: boolean): void {
    if (open === this.open.has(id)) return;
    if (open) this.open.add(id);
    else this.open.delete(id);
    this.host.requestUpdate();
  }

  toggle(id: Id): void {
    this.set(id, !this.open.has(id));
  }

  /** Every one of `ids` is open on screen (the "Expand all" button then collapses them). */
  allOpen(ids: readonly Id[]): boolean {
    return ids.length > 0 && ids.every((id) => this.open.has(id));
  }

  /** Opens every one of `ids`, or closes them all when they are all open. */
  toggleAll(ids: readonly Id[]): void {
    const close = this.allOpen(ids);
    for (const id of ids) {
      if (close) this.open.delete(id);
      else this.open.add(id);
    }
    this.host.requestUpdate();
  }

  /** Opens `id` and, once rendered, scrolls `target` into view and focuses it (the user asked for it). */
  reveal(id: Id, target: () => HTMLElement | null | undefined): void {
    this.open.add(id);
    this.pending = target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending;
    if (!target) return;
    this.pending = undefined;
    const element = target();
    element?.scrollIntoView?.({ block: 'nearest' });
    element?.focus({ preventScroll: true });
  }
}
