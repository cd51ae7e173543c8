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
