// Calendar arithmetic for templates: a template places its work in months
// from the plan's start (fractions allowed); these turn offsets into days.
import { Dec } from '../budget/decimal';
import { addDays, daysBetween } from '../cycle/calendar';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real day (no February 30th). */
export function isIsoDate(value: unknown): value is string {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(`${m[1]}-${m[2]}-01`) && y >= 1;
}

/** Days in the calendar month of `date`. */
export function daysInMonth(date: string): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
}

/** `date` moved by whole months, the day clamped to the month's length (Jan 31 + 1 month = Feb 28). */
export function addMonthsToDate(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(first));
  return `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/**
 * The day `offset` months after `start`: the whole months first, then the
 * fraction of the month reached, in days rounded half up (1.5 months from
 * January 1st is February 15th, 14 of February's 28 days).
 */
export function monthBoundary(start: string, offset: number): string {
  const whole = Math.floor(offset);
  const base = addMonthsToDate(start, whole);
  const fraction = new Dec(offset).minus(whole);
  if (fraction.isZero()) return base;
  return addDays(base, fraction.times(daysInMonth(base)).toDecimalPlaces(0).toNumber());
}

/** The dates of work running from month `from` to month `to`: it ends the day before the `to` boundary. */
export function timingDates(start: string, from: number, to: number): { startDate: string; dueDate: string } {
  return { startDate: monthBoundary(start, from), dueDate: addDays(monthBoundary(start, to), -1) };
}

/**
 * The offset of `date` from `start` in months, to two decimals: the inverse
 * of monthBoundary (two decimals are enough to land on the same day, since a
 * hundredth of a month is under a third of a day). Negative before the start.
 */
export function monthsFromStart(start: string, date: string): number {
  let whole = (Number(date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(start.slice(5, 7));
  if (addMonthsToDate(start, whole) > date) whole -= 1;
  const base = addMonthsToDate(start, whole);
  // Past a clamped month end (from a start on the 31st) the days can outnumber the month's; stay inside it.
  const fraction = Dec.min(new Dec(daysBetween(base, date)).div(daysInMonth(base)).toDecimalPlaces(2), '0.99');
  return fraction.plus(whole).toNumber();
}
