/**
 * Where an element's institution configuration comes from, by one rule for every element:
 *
 *   the `config` property (an object, or JSON text), else the `config` attribute (JSON), else the
 *   first `<script type="application/json">` child.
 *
 * A source that is absent, null, empty or only blanks counts as not given and the next one is
 * read (so `config=""` never hides a JSON child). The core's resolveConfig validates what is
 * found; this controller only picks it, watches the child (added, edited, its `type` changed)
 * and says while the child may still be arriving from the HTML parser.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resolveConfig, type ConfigResolution } from '../../core/config.js';

type Host = ReactiveControllerHost & HTMLElement;

const absent = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const isJsonScript = (node: Element) =>
  node.localName === 'script' && (node.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json';

/**
 * True once the parser has finished the host's children: the document is parsed, the host is
 * not in it (created by script, or in a shadow tree), or a node after it (or after an ancestor)
 * exists, which the parser adds only once it has left the host's end tag.
 */
export function childrenParsed(host: Element): boolean {
  const doc = host.ownerDocument;
  if (!doc || doc.readyState !== 'loading' || host.getRootNode() !== doc) return true;
  for (let node: Node | null = host; node && node !== doc; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

export class ConfigController implements ReactiveController {
  private readonly host: Host;
  private readonly property: () => unknown;
  private observer?: MutationObserver;
  private parseWatch?: MutationObserver;
  private readonly onParsed = () => this.checkParsed();
  private cache?: { raw: unknown; today: string; resolution: ConfigResolution };
  private used: unknown;

  /** `property` reads the host's `config` property. */
  constructor(host: Host, property: () => unknown) {
    this.host = host;
    this.property = property;
    host.addController(this);
  }

  hostConnected(): void {
    // Rendered on a server (Lit SSR): no document to watch.
    if (isServer) return;
    try {
      // A JSON child can arrive, change, or gain or lose its type after the element upgrades.
      this.observer ??= new MutationObserver(() => this.host.requestUpdate());
      this.observer.observe(this.host, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['type', 'config'],
      });
    } catch {
      // Without MutationObserver the sources are read at each update only.
    }
    this.checkParsed();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.stopParseWatch();
  }

  /**
   * Call from attributeChangedCallback: the attribute is a source of its own (after the property),
   * so removing it must recompute even when the property it sets does not change (null → null).
   */
  attributeChanged(name: string): void {
    if (name === 'config') this.host.requestUpdate();
  }

  /** The raw configuration by the rule above (not validated), or undefined. */
  get raw(): unknown {
    const property = this.property();
    if (!absent(property)) return property;
    const attribute = this.host.getAttribute('config');
    if (!absent(attribute)) return attribute;
    // Rendered on a server (Lit SSR), the element has no children to read: the property or the
    // attribute configures it there (the browser renders afresh with the child, see README).
    if (isServer) return undefined;
    for (const child of this.host.children) {
      if (isJsonScript(child)) {
        const text = child.textContent ?? '';
        if (!absent(text)) return text;
      }
    }
    return undefined;
  }

  /**
   * True while nothing but a JSON child could configure the element and the parser may still be
   * adding to it: the element must not present the published defaults as final meanwhile.
   */
  get pending(): boolean {
    return absent(this.property()) && absent(this.host.getAttribute('config')) && !childrenParsed(this.host);
  }

  /** The validated configuration for `today` (YYYY-MM-DD), recomputed only when a source changed. */
  resolve(today: string): ConfigResolution {
    const raw = this.raw;
    this.used = raw;
    if (this.cache && Object.is(this.cache.raw, raw) && this.cache.today === today) return this.cache.resolution;
    const resolution = resolveConfig(raw, today);
    this.cache = { raw, today, resolution };
    return resolution;
  }

  /** True when the sources now give another raw configuration than the last `resolve` used. */
  get changed(): boolean {
    return !Object.is(this.raw, this.used);
  }

  private checkParsed(): void {
    if (childrenParsed(this.host)) {
      if (this.parseWatch) {
        this.stopParseWatch();
        this.host.requestUpdate();
      }
      return;
    }
    if (this.parseWatch || typeof MutationObserver !== 'function') return;
    // Until the parser leaves the element: every node it adds may be the one after it.
    const doc = this.host.ownerDocument;
    this.parseWatch = new MutationObserver(this.onParsed);
    this.parseWatch.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', this.onParsed);
  }

  private stopParseWatch(): void {
    this.parseWatch?.disconnect();
    this.parseWatch = undefined;
    this.host.ownerDocument?.removeEventListener('DOMContentLoaded', this.onParsed);
  }
}
