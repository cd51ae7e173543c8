/**
 * The one way the core builds and runs zod schemas: construction and parsing run under
 * `quietPrototype`, and parsing reads an own-properties copy of the value (see own.ts for why).
 */
import * as z from 'zod/mini';
import { ownCopy, quietPrototype } from './own.js';

export { z };

/** Builds schemas (call once, at module load) so a polluted Object.prototype cannot break them. */
export const schemas = <T>(build: () => T): T => quietPrototype(build);

/** z.safeParse on an own-properties copy of `value`, never reading inherited members. */
export function safeParse<S extends z.core.$ZodType>(schema: S, value: unknown): z.core.util.SafeParseResult<z.core.output<S>> {
  return quietPrototype(() => z.safeParse(schema, ownCopy(value)));
}
