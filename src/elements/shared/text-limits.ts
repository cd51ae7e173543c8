/**
 * Bounds on what the elements echo back from the host page, so a huge attribute or
 * configuration can never make a message (or the element) thousands of pixels tall.
 */
import { formatNumber } from '../../core/format.js';

/** The most characters of one host-supplied value quoted back in a message. */
export const MAX_ECHO = 200;
/** The most messages of one list (configuration problems, ignored attributes) shown before "and N more". */
export const MAX_MESSAGES = 5;

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = MAX_ECHO): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * At most `max` items; when there are more, the last entry says how many were left out
 * ("and 9,995 more"), so the count is never lost.
 */
export function limitList(items: readonly string[], max = MAX_MESSAGES): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `and ${formatNumber(items.length - max)} more`];
}
