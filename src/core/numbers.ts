/** Rounding helpers. Every number leaving the core goes through `clean`. */

/** Removes floating-point noise (0.1 + 0.2 → 0.3) while keeping real precision. */
export function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Rounds to `decimals` places, half away from zero, without floating noise. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return clean(Math.round(clean(value * f)) / f);
}

/** Nearest multiple of `step` (half up). */
export function roundToStep(value: number, step: number): number {
  return clean(Math.round(clean(value / step)) * step);
}

/** Smallest multiple of `step` not below `value`. */
export function ceilToStep(value: number, step: number): number {
  return clean(Math.ceil(clean(value / step)) * step);
}

/** Largest multiple of `step` not above `value`. */
export function floorToStep(value: number, step: number): number {
  return clean(Math.floor(clean(value / step)) * step);
}

/**
 * Rounds a range inward (min up, max down) so it stays inside the exact range. When no
 * multiple of `step` fits inside, the exact range is kept and `rounded` is false.
 */
export function roundRangeInward(
  min: number,
  max: number,
  step: number,
): { min: number; max: number; rounded: boolean; fits: boolean } {
  const lo = ceilToStep(min, step);
  const hi = floorToStep(max, step);
  if (lo > hi) return { min: clean(min), max: clean(max), rounded: false, fits: false };
  return { min: lo, max: hi, rounded: lo !== clean(min) || hi !== clean(max), fits: true };
}
