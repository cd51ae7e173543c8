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

/**
 * A choice value, the same in both elements: absent stays absent (the default applies); a
 * string is trimmed; any other value goes to the core. An empty or blank value is not absent:
 * the core reports it like any other value.
 */
export function trimmedChoice(value: unknown): unknown {
  if (isAbsent(value)) return undefined;
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * A value safe and short enough to quote back in a message (rendered as text only): a finite
 * number, a trimmed string ("" for an empty one), or a list of those. Anything else, and any
 * text with NaN, Infinity, undefined or null in it, is never quoted.
 */
export function echo(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === 'string') text = value.trim();
  else if (Array.isArray(value)) {
    const items = value.map((v) => (typeof v === 'string' || typeof v === 'number' ? echo(v) : undefined));
    if (items.some((v) => v === undefined || v === '')) return undefined;
    text = items.join(', ');
  } else return undefined;
  if (!text) return typeof value === 'string' ? '' : undefined;
  if (/nan|undefined|infinity|null/i.test(text)) return undefined;
  // Control characters, and the bidirectional controls that would reorder the rest of the
  // message on screen (an RLO turning "=2" into "2="), are shown as "?".
  text = text.replace(/[^\x20-\x7E\u00A0-\uFFFF]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '?');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The items of a host-supplied list (an array property such as `drugs` or `redFlags`): own
 * indices only, so a hole never reads a value a page put on Array.prototype or Object.prototype.
 * Anything but an array gives undefined.
 */
export function ownList(value: unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) out.push(Object.prototype.hasOwnProperty.call(value, i) ? value[i] : undefined);
  return out;
}

/** The values of the `theme` attribute (a display setting, not an input of the rules). */
export const THEMES = ['light', 'dark'] as const;

/**
 * True when a `theme` value is given but is not exactly `light` or `dark`. Not trimmed: the
 * element's styles select on the attribute itself, so " dark " would not apply.
 */
export function isBadTheme(value: unknown): boolean {
  return !isAbsent(value) && !(THEMES as readonly unknown[]).includes(value);
}

/**
 * Keys whose value is undefined are left out, so the core applies its defaults (an explicit
 * undefined would be an unknown-value error there).
 */
export function withoutUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}
