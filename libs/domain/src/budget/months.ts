import type { MonthKey, MonthRef } from './types';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

function ordinal(month: MonthKey): number {
  const [, y, m] = MONTH_KEY.exec(month) as RegExpExecArray;
  return Number(y) * 12 + Number(m) - 1;
}

/** 0-based position of `month` in a horizon starting at `start` (negative when before it). */
export function monthOffset(start: MonthKey, month: MonthKey): number {
  return ordinal(month) - ordinal(start);
}

/** The calendar month `offset` months after `start`. */
export function addMonths(start: MonthKey, offset: number): MonthKey {
  const o = ordinal(start) + offset;
  const y = Math.floor(o / 12);
  const m = (o % 12) + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** 0 for January … 11 for December, for the month `offset` months after `start`. */
export function calendarMonthIndex(start: MonthKey, offset: number): number {
  return (ordinal(start) + offset) % 12;
}

export function monthRef(start: MonthKey, offset: number): MonthRef {
  return { index: offset + 1, month: addMonths(start, offset) };
}

/** The horizon's months in order: `count` months from `start`. */
export function horizonMonths(start: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, offset) => addMonths(start, offset));
}
