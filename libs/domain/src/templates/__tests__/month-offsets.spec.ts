import fc from 'fast-check';
import { addMonthsToDate, isIsoDate, monthBoundary, monthsFromStart, timingDates } from '../dates';

// Templates place work in months from the plan's start, halves and finer
// fractions allowed; these are the days they land on.
describe('month offsets', () => {
  it('count whole months, then the fraction of the month reached', () => {
    expect(monthBoundary('2026-01-01', 1.5)).toBe('2026-02-15'); // 14 of February's 28 days
    expect(monthBoundary('2026-01-01', 0.45)).toBe('2026-01-15');
    expect(monthBoundary('2026-01-01', 12)).toBe('2027-01-01');
    expect(monthBoundary('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('end work the day before its last boundary', () => {
    expect(timingDates('2026-01-01', 1, 12)).toEqual({ startDate: '2026-02-01', dueDate: '2026-12-31' });
    expect(timingDates('2026-01-01', 2, 11.48)).toEqual({ startDate: '2026-03-01', dueDate: '2026-12-15' });
  });

  it('clamp the day to a shorter month', () => {
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDate('2026-12-15', 3)).toBe('2027-03-15');
  });

  it('know real days', () => {
    expect(['2024-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '20260101', 20260101].some(isIsoDate)).toBe(false);
  });

  it('turn any day back into the offset that lands on it', () => {
    const starts = fc.record({ year: fc.integer({ min: 2000, max: 2090 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 3650 }), ({ year, month, day }, days) => {
        const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const date = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(monthBoundary(start, monthsFromStart(start, date))).toBe(date);
      }),
    );
  });
});
