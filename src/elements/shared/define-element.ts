/**
 * Guarded registration: loading a bundle twice, or two versions on one page, never throws.
 * The first definition stays; a different version warns once in the console.
 */
const warned = new Set<string>();

export interface VersionedElement extends CustomElementConstructor {
  version?: string;
}

export function defineElement(tag: string, ctor: VersionedElement): void {
  try {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as VersionedElement | undefined;
    if (existing) {
      if (existing !== ctor && existing.version !== ctor.version && !warned.has(tag)) {
        warned.add(tag);
        console.warn(
          `<${tag}>: version ${existing.version ?? 'unknown'} is already defined on this page; version ${ctor.version ?? 'unknown'} was not registered.`,
        );
      }
      return;
    }
    registry.define(tag, ctor);
  } catch (error) {
    // Another script defined the tag between our check and define: keep theirs.
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`<${tag}> could not be registered:`, error);
    }
  }
}
