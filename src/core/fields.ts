/**
 * Field-by-field validation with zod: each field has a schema and one plain-English message
 * that names the field and what it accepts. Unknown fields are errors too, so a misspelt field
 * (say `redflags`) can never be silently ignored.
 */
import { LIMITS } from '../content/inputs.js';
import { safeParse, z } from './zod.js';
import type { FieldError } from './types.js';

export interface FieldSpec {
  schema: z.core.$ZodType;
  /** Shown when the value fails the schema: names the field and the accepted range or values. */
  message: string;
  /** Message for a missing required field (no default). */
  required?: string;
}

export type FieldSpecs = Record<string, FieldSpec>;

export const oneOf = (field: string, values: readonly string[]) =>
  `${field} must be one of: ${values.join(', ')}.`;

/** True for plain objects (not arrays, dates, class instances or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Validates `raw` against `specs`. Only an absent (or `undefined`) field takes its default: `null`
 * is a value like any other and is rejected, so a caller's "unknown" (say checkpointInhibitor:
 * null) can never turn silently into a default such as false. Returns the present, valid values
 * and one error per bad field, in the order of `specs`, then unknown fields.
 */
export function parseFields(
  raw: unknown,
  specs: FieldSpecs,
  what: string,
): { values: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  // No prototype: reading a field the caller did not give (values.weightUnit) is undefined even
  // when the host page has put that name on Object.prototype.
  const values: Record<string, unknown> = Object.create(null);
  // No input at all means "nothing answered"; null (or any non-object) is a caller's mistake.
  if (raw === undefined) raw = {};
  if (!isPlainObject(raw)) {
    return { values, errors: [{ field: 'input', message: `The ${what} input must be an object of named fields.` }] };
  }
  for (const [field, spec] of Object.entries(specs)) {
    const value = safeGet(raw, field);
    if (value === undefined) {
      if (spec.required) errors.push({ field, message: spec.required });
      continue;
    }
    const parsed = safeParse(spec.schema, value);
    if (parsed.success) values[field] = parsed.data;
    else errors.push({ field, message: spec.message });
  }
  const known = Object.keys(specs);
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      errors.push({
        field: key,
        message: `${printable(key)} is not a ${what} field. Accepted fields: ${known.join(', ')}.`,
      });
    }
  }
  return { values, errors };
}

function safeGet(obj: Record<string, unknown>, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  } catch {
    return Symbol('unreadable');
  }
}

/** A field name safe to echo in a message: at most 40 printable characters. */
function printable(key: string): string {
  const cleaned = key.replace(/[^\x20-\x7E]/g, '?');
  return `"${cleaned.length > 40 ? `${cleaned.slice(0, 40)}…` : cleaned}"`;
}

/** A finite number (zod rejects NaN and ±Infinity for z.number()). */
export const finiteNumber = () => z.number();

const { ageYears: AGE } = LIMITS;
/** `age` (content-spec §2, §4.1): whole years, adults only. Build inside `schemas()`. */
export const ageSpec = (): FieldSpec => ({
  schema: z.number().check(z.int(), z.gte(AGE.min), z.lte(AGE.max)),
  message: `age must be a whole number of years from ${AGE.min} to ${AGE.max}: this tool is for adults only.`,
});
