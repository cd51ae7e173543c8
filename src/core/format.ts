/**
 * ISMP-safe display of numbers and doses (content-spec §4): no trailing zeros, a leading zero,
 * a space before the unit, thousands separators, en dash for ranges.
 */
import type { Amount } from './types.js';

const formatters = new Map<number, Intl.NumberFormat>();

/** "1,000", "0.5", "27.9" — at most `maxDecimals` places, never a trailing zero. */
export function formatNumber(value: number, maxDecimals = 2): string {
  // Total, like the rest of the core: no number, no text (never "NaN" or "∞").
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) maxDecimals = 2;
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0, useGrouping: true });
    formatters.set(maxDecimals, f);
  }
  // -0 would print as "-0".
  return f.format(value === 0 ? 0 : value);
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
 * The weight a dose result is for, as every view shows it: the conversion when the weight was
 * given in pounds ("154 lb = 69.85 kg"), else the kg with at most two decimals ("72.5 kg").
 */
export function formatDoseWeight(result: { conversion?: string; weightKg: number }): string {
  return result.conversion ?? `${formatNumber(result.weightKg, 2)} kg`;
}
