/**
 * Trusted Types. Lit creates a Trusted Types policy named "lit-html" when its module loads; on a
 * page whose Content-Security-Policy has `require-trusted-types-for 'script'` that creation
 * throws when the policy's name is not allowed, or when a policy of that name already exists and
 * the directive lacks 'allow-duplicates' (a second copy of this bundle, or the page's own Lit).
 * Thrown at load, it would stop the whole bundle.
 *
 * This module is imported before Lit. For the synchronous evaluation of the bundle only, it
 * turns a refused "lit-html" policy into a recorded refusal: the bundle then loads, a copy whose
 * elements are already registered stays harmless, and an element that would need the refused
 * policy shows one plain sentence instead of rendering (see platform-controller.ts). Nothing is
 * weakened: no policy is created that the page's directive does not allow.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: unknown): unknown;
}

let refusal: unknown;

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
if (factory && typeof factory.createPolicy === 'function') {
  const original = factory.createPolicy;
  try {
    factory.createPolicy = function (this: PolicyFactory, name: string, rules: unknown) {
      try {
        return original.call(this, name, rules);
      } catch (error) {
        if (name !== 'lit-html') throw error;
        refusal = error;
        return undefined;
      }
    };
    // The bundle's modules are evaluated synchronously: afterwards the page's factory is as it was.
    queueMicrotask(() => {
      try {
        delete (factory as Partial<PolicyFactory>).createPolicy;
        if (factory.createPolicy !== original) factory.createPolicy = original;
      } catch {
        // Left wrapped: it still only forwards to the page's own factory.
      }
    });
  } catch {
    // A frozen factory: Lit's own creation decides, as without this module.
  }
}

/** True when this copy's Lit could not create its Trusted Types policy on this page. */
export function trustedTypesRefused(): boolean {
  return refusal !== undefined;
}
