import { planYearBounds } from '@opsplan/domain';

/** The first month of a plan year: a budget for the plan starts there unless finance picks another. */
export function planYearFirstMonth(year: number, fiscalYearStartMonth: number): string {
  return planYearBounds(year, fiscalYearStartMonth).start.slice(0, 7);
}

/** A new budget covers a year unless finance asks for more (up to five). */
export const DEFAULT_HORIZON_MONTHS = 12;
