/**
 * Reading attribute and form values the same way in every element, so one value (say
 * weight="72.5") gives the same core input in <nam-pathway> and <nam-dose-calculator>.
 */

/** Absent: undefined (never set) or null (the attribute was removed); the default applies. */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Digits with one optional decimal part, blanks around allowed: "72.5", " 70 ". */
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/**
 * A decimal string becomes a number; any other value, an empty or malformed string included
 * ("70,5", "70kg", "."), is returned unchanged so the core's own error names the field.
 */
export function decimalOrAsGiven(value: unknown): unknown {
  return typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
}
