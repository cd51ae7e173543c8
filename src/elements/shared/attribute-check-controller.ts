/**
 * Attributes the element does not have but that look like a slip for one it has (`redflags`
 * for `red-flags`): a portal's typo must not drop a red flag without a sign. Each is reported once
 * per element and attribute in the console, naming the nearest known attribute, and shown in the
 * widget for as long as it is on the element. Attributes added later count too. Global HTML
 * attributes, `data-*`, `aria-*`, event handlers and names far from every known attribute are
 * never reported (nearestAttribute in attribute-names.ts).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { nearestAttribute } from './attribute-names.js';
import { clip } from './text-limits.js';
import { UI } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface IgnoredAttribute {
  /** The attribute as written (cut to 60 characters). */
  name: string;
  /** The known attribute it most likely stands for. */
  suggestion: string;
  /** The sentence the widget shows. */
  message: string;
}

export class AttributeCheckController implements ReactiveController {
  private readonly host: Host;
  private observer?: MutationObserver;
  private readonly warned = new Set<string>();
  private list: IgnoredAttribute[] = [];

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The ignored attributes now on the element, in the order they appear. */
  get ignored(): readonly IgnoredAttribute[] {
    return this.list;
  }

  hostConnected(): void {
    try {
      // Rendered on a server (Lit SSR), the attributes are checked once, with nothing to watch.
      if (!isServer) {
        this.observer ??= new MutationObserver(() => this.check());
        this.observer.observe(this.host, { attributes: true });
      }
    } catch {
      // Without MutationObserver the attributes are checked when the element connects.
    }
    this.check();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private known(): string[] {
    const ctor = this.host.constructor as unknown as { observedAttributes?: Iterable<string> };
    try {
      return [...(ctor.observedAttributes ?? [])];
    } catch {
      return [];
    }
  }

  private check(): void {
    const known = this.known();
    const list: IgnoredAttribute[] = [];
    for (const { name } of [...this.host.attributes]) {
      const suggestion = nearestAttribute(name, known);
      if (suggestion === undefined) continue;
      const shown = clip(name, 60);
      list.push({ name: shown, suggestion, message: UI.ignoredAttribute(shown, suggestion) });
      if (!this.warned.has(name)) {
        this.warned.add(name);
        console.warn(`nam-cds: <${this.host.localName}> ${UI.ignoredAttribute(shown, suggestion)}`);
      }
    }
    const before = this.list.map((a) => a.name).join('\n');
    this.list = list;
    if (list.map((a) => a.name).join('\n') !== before) this.host.requestUpdate();
  }
}
