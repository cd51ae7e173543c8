/**
 * Guarded registration: loading a bundle twice, or two versions on one page, never throws.
 * The first definition stays. When a different version is already registered, this copy warns
 * once in the console (one warning per copy, however many tags it defines).
 */
let warned = false;

export interface VersionedElement extends CustomElementConstructor {
  version?: string;
}

function warnOnce(message: string, error?: unknown): void {
  if (warned) return;
  warned = true;
  if (error === undefined) console.warn(message);
  else console.warn(message, error);
}

export function defineElement(tag: string, ctor: VersionedElement): void {
  try {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as VersionedElement | undefined;
    if (existing) {
      if (existing !== ctor && existing.version !== ctor.version) {
        warnOnce(
          `nam-cds: version ${existing.version ?? 'unknown'} is already registered on this page (<${tag}>); ` +
            `this copy (version ${ctor.version ?? 'unknown'}) was not registered and the first one stays in use.`,
        );
      }
      return;
    }
    registry.define(tag, ctor);
  } catch (error) {
    // Another script defined the tag between our check and define: keep theirs.
    warnOnce(`nam-cds: <${tag}> could not be registered; the existing definition stays in use.`, error);
  }
}
