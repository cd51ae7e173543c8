/**
 * `heading-level`: the outline level of an element's title, so a portal can fit the widget
 * under its own headings (an h3 section, say). The title is an h2 and its sections h3 and h4;
 * with another level each heading is exposed one for one at that offset (role="heading" with
 * aria-level, capped at 6), without changing how it looks.
 */
import { isAbsent } from './attribute-values.js';

export const HEADING_LEVEL = { default: 2, min: 1, max: 5 } as const;

/** The level from the attribute or property: absent → 2; anything but a whole number 1–5 is an error (2 is used). */
export function parseHeadingLevel(value: unknown): { level: number; error: boolean } {
  if (isAbsent(value)) return { level: HEADING_LEVEL.default, error: false };
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d$/.test(text)) {
    const level = Number(text);
    if (level >= HEADING_LEVEL.min && level <= HEADING_LEVEL.max) return { level, error: false };
  }
  return { level: HEADING_LEVEL.default, error: true };
}

/** Applies the level to every heading of a rendered shadow root (run after each render). */
export function applyHeadingLevel(root: ParentNode, level: number): void {
  const shift = level - HEADING_LEVEL.default;
  for (const heading of root.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6')) {
    if (shift === 0) {
      heading.removeAttribute('role');
      heading.removeAttribute('aria-level');
      continue;
    }
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', String(Math.min(6, Number(heading.localName.slice(1)) + shift)));
  }
}
