/**
 * The one way the core builds and runs zod schemas: construction and parsing run under
 * `quietPrototype`, and parsing reads an own-properties copy of the value (see own.ts for why).
 */
import * as z from 'zod/mini';
import { ownCopy, quietPrototype } from './own.js';

export { z };

/** Builds schemas (call once, at module load) so a polluted Object.prototype cannot break them. */
export const schemas = <T>(build: () => T): T => quietPrototype(build);

/**
 * z.safeParse on an own-properties copy of `value`, never reading inherited members. The data
 * comes back as a copy with objects on a null prototype, so reading an optional key the input
 * did not have (`data.protocolUrl`) gives undefined, never a member of a polluted Object.prototype.
 */
export function safeParse<S extends z.core.$ZodType>(schema: S, value: unknown): z.core.util.SafeParseResult<z.core.output<S>> {
  const result = quietPrototype(() => z.safeParse(schema, ownCopy(value)));
  return result.success ? { success: true, data: ownCopy(result.data) as z.core.output<S> } : result;
}
