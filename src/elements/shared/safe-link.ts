/**
 * Links built from host-supplied text (the institution's protocol link). The configuration is
 * validated by the core, but a link is rendered only after a second, local check: whatever its
 * origin (a polluted Object.prototype, a configuration object changed after it was validated),
 * only an address that resolves to http: or https: is ever put in an href.
 */

/**
 * The address to link to, or undefined when `url` is not text resolving to an http(s) address
 * (against `base`, the page's address; without one only an absolute address resolves).
 */
export function safeHref(url: unknown, base: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.length > 2000 || /[\u0000-\u0020\u007f]/.test(url.trim()) || !url.trim()) return undefined;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}
