/**
 * Reading values a host page handed over without inheriting from polluted prototypes, and
 * running zod without tripping over them.
 *
 * A hostile or old host page may add enumerable members to Object.prototype (json.js's
 * `toJSONString`, or an attack such as `Object.prototype.reviewedBy = …`). Two things go wrong:
 * a plain `obj[key]` reads the inherited value as if the caller had set it, and zod 4 walks its
 * own definition tables with `for…in` and reads each key's own descriptor
 * (zod/v4/core/util.js `members`), so an inherited enumerable key makes schema construction
 * throw ("Cannot read properties of undefined (reading 'get')"); its object parser also counts
 * inherited keys of the input as unknown keys. `ownCopy` and `quietPrototype` avoid both.
 */

/** True when `key` is an own property of `obj` (Object.hasOwn without relying on it existing). */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The own value of `key`, or undefined (never an inherited one; a throwing getter gives undefined). */
export function ownValue(obj: unknown, key: string): unknown {
  if (typeof obj !== 'object' || obj === null) return undefined;
  try {
    return hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A copy of JSON-like data holding only own enumerable string-keyed properties, with objects
 * rebuilt on a null prototype, so nothing inherited is read. Depth-limited (cycles end there);
 * class instances other than plain objects and arrays are kept as they are (zod rejects them).
 */
export function ownCopy(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 32) return value;
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => ownCopy(hasOwn(value, i) ? value[i] : undefined, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) copy[key] = ownCopy((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

/**
 * A shallow copy of `obj` on a null prototype: reading a key it does not have (an optional field
 * left out) gives undefined, never a member of a polluted Object.prototype.
 */
export function bare<T extends object>(obj: T): T {
  return Object.assign(Object.create(null), obj) as T;
}

/**
 * Runs `fn` with every enumerable own member of Object.prototype made non-enumerable, and puts
 * them back afterwards (synchronously: no other code runs in between). Without such members it
 * only calls `fn`.
 */
export function quietPrototype<T>(fn: () => T): T {
  const proto = Object.prototype;
  const hidden: [PropertyKey, PropertyDescriptor][] = [];
  try {
    for (const key of Reflect.ownKeys(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (desc && desc.enumerable && desc.configurable) hidden.push([key, desc]);
    }
  } catch {
    hidden.length = 0;
  }
  for (const [key, desc] of hidden) {
    try {
      Object.defineProperty(proto, key, Object.assign(Object.create(null), desc, { enumerable: false }));
    } catch {
      // A member that cannot be redefined stays as it is.
    }
  }
  try {
    return fn();
  } finally {
    for (const [key, desc] of hidden) {
      try {
        Object.defineProperty(proto, key, desc);
      } catch {
        // Left non-enumerable: the page's value is unchanged.
      }
    }
  }
}

/**
 * The same data on a null prototype (shallow): an optional field left out reads as undefined even
 * when a host page has put that name on Object.prototype.
 */
export function detached<T extends object>(value: T): T {
  return Object.assign(Object.create(null) as T, value);
}

/** `detached` all the way down (plain objects only; arrays are kept, their objects detached). */
export function deepDetached<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => deepDetached(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) copy[key] = deepDetached((value as Record<string, unknown>)[key]);
  return copy as T;
}
