/**
 * ISMP-safe display of numbers and doses (content-spec §4): no trailing zeros, a leading zero,
 * a space before the unit, thousands separators, en dash for ranges.
 */
import { LIMITS } from '../content/inputs.js';
import { roundTo } from './numbers.js';

const KG_PER_LB = LIMITS.kgPerLb;
import type { Amount } from './types.js';

/**
 * "1,000", "0.5", "27.9" — at most `maxDecimals` places (half away from zero), never a trailing
 * zero. Written out by hand, not with Intl or toLocaleString, so the host page's locale (or a
 * page without Intl) never changes a dose: always English digits and grouping (ISMP).
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  // Total, like the rest of the core: no number, no text (never "NaN" or "∞").
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) maxDecimals = 2;
  const rounded = roundTo(Math.abs(value), maxDecimals);
  if (!Number.isFinite(rounded)) return '';
  // Scientific notation only appears beyond 1e21 or below 1e-7, where no dose lives: fixed digits.
  const fixed = rounded >= 1e21 ? String(rounded) : rounded.toFixed(maxDecimals);
  const [whole, fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // -0 (and anything that rounds to 0) prints as "0".
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** "5 mg", "1,000–1,500 mg", "0.5 g". */
export function formatAmount(amount: Amount, maxDecimals = 2): string {
  if (typeof amount !== 'object' || amount === null || typeof amount.unit !== 'string') return '';
  const lo = formatNumber(amount.min, maxDecimals);
  const hi = formatNumber(amount.max, maxDecimals);
  if (!lo || !hi) return '';
  return lo === hi ? `${lo} ${amount.unit}` : `${lo}–${hi} ${amount.unit}`;
}

/** "72 kg" with at most one decimal. */
export function formatKg(kg: number): string {
  return `${formatNumber(kg, 1)} kg`;
}

/**
 * A weight in both units (content-spec §4.1): "70 kg (154.3 lb)" — kg to at most two decimals,
 * pounds to one.
 */
export function formatDualWeight(kg: number): string {
  const kgText = formatNumber(kg, 2);
  if (!kgText) return '';
  return `${kgText} kg (${formatNumber(kg / KG_PER_LB, 1)} lb)`;
}

/**
 * The weight a dose result is for, as every view shows it: in both units, and when the weight was
 * given in pounds the conversion too ("154 lb = 69.85 kg (154 lb)" reads oddly, so an lb entry
 * gives "154 lb = 69.85 kg"; a kg entry "72.5 kg (159.8 lb)").
 */
export function formatDoseWeight(result: { conversion?: string; weightKg: number }): string {
  return result.conversion ?? formatDualWeight(result.weightKg);
}
