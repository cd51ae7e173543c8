/** Calendar dates (YYYY-MM-DD) computed in UTC, so no time zone ever shifts a day; only "today" is local. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900;
}

/** The date `days` after an ISO date, as YYYY-MM-DD; '' when either is not valid or the result is past 9999. */
export function addDays(isoDate: string, days: number): string {
  if (!isCalendarDate(isoDate) || !Number.isSafeInteger(days)) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 0 || year > 9999 ? '' : date.toISOString().slice(0, 10);
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Tue 1 Dec 2026": unambiguous in every locale (no 01/12 vs 12/01). English names written out
 * here, not by Intl, so a page without Intl or with another locale shows the same words.
 */
export function formatDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAY_NAMES[weekday]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "3 Dec 2026": the same without the weekday. */
export function formatShortDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * Today's calendar date where the clinician is (the device's local date), as YYYY-MM-DD. In UTC
 * it would be yesterday or tomorrow for part of the day in most time zones.
 */
export function todayIso(now: Date = new Date()): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) now = new Date();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The date `months` calendar months after an ISO date: the same day of the month, or the
 * month's last day when it has no such day (2026-01-31 + 1 month = 2026-02-28; in 2028,
 * 2028-02-29). '' when the date is not valid, `months` is not a safe integer or the result is
 * outside the years 1900–9999.
 */
export function addMonths(isoDate: string, months: number): string {
  if (!isCalendarDate(isoDate) || !Number.isSafeInteger(months) || Math.abs(months) > 120_000) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  if (year < 1900 || year > 9999) return '';
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); NaN when either is not a calendar date. */
export function daysBetween(from: string, to: string): number {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return NaN;
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
