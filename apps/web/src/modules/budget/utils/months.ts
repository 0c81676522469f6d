import { planYearBounds } from '@opsplan/domain';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

/** `start` moved by `offset` months ("2026-11" + 3 = "2027-02"). */
export function addMonths(start: string, offset: number): string {
  const [year, month] = start.split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The horizon's months in order, "YYYY-MM". */
export function horizonMonths(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, offset) => addMonths(start, offset));
}

/** The first month of a plan year: a budget for the plan starts there unless finance picks another. */
export function planYearFirstMonth(year: number, fiscalYearStartMonth: number): string {
  return planYearBounds(year, fiscalYearStartMonth).start.slice(0, 7);
}

/** A new budget covers a year unless finance asks for more (up to five). */
export const DEFAULT_HORIZON_MONTHS = 12;
