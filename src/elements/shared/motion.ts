/** Smooth scrolling, unless the reader asked for reduced motion (the scrolls a user asked for). */
export const scrollBehavior = (): ScrollBehavior =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
