import { computeBudget } from '../..';
import { emptyBudget, monthly } from './fixtures';

// An ice-cream kiosk whose plan year starts in October. 1,000 cones in an average month at 5.00;
// a seasonality profile January…December of
//   0.5 0.5 0.8 1.0 1.2 1.5 1.8 1.8 1.2 1.0 0.6 0.5  (sum 12.4).
// The profile follows the calendar month, not the budget month: October 2026 is 1.0, January 2027 0.5.
const SEASONS = ['0.5', '0.5', '0.8', '1.0', '1.2', '1.5', '1.8', '1.8', '1.2', '1.0', '0.6', '0.5'];

describe('a seasonality profile', () => {
  const kiosk = computeBudget(
    emptyBudget({
      startMonth: '2026-10',
      horizonMonths: 24,
      revenueLines: [
        { id: 'cones', name: 'Cones', kind: 'product', unitPrice: '5.00', volume: { kind: 'growth', start: '1000', monthlyGrowth: '0', seasonality: SEASONS }, variableCost: { kind: 'shareOfRevenue', rate: '0.3' } },
      ],
    }),
  ).responsibility;

  it('follows the calendar month', () => {
    // Oct 1.0, Nov 0.6, Dec 0.5, Jan 0.5, Feb 0.5, Mar 0.8, Apr 1.0, May 1.2, Jun 1.5, Jul 1.8, Aug 1.8, Sep 1.2 × 5,000.
    expect(monthly(kiosk, (m) => m.revenue).slice(0, 12)).toEqual(
      ['5000.00', '3000.00', '2500.00', '2500.00', '2500.00', '4000.00', '5000.00', '6000.00', '7500.00', '9000.00', '9000.00', '6000.00'],
    );
    expect(kiosk.months[3].month).toBe('2027-01');
  });

  it('uses the factors as typed: the year is 12.4 average months', () => {
    // 5,000 × 12.4 = 62,000; variable cost 30 %.
    expect(kiosk.years.map((y) => y.revenue)).toEqual(['62000.00', '62000.00']);
    expect(kiosk.years[0].variableCost).toBe('18600.00');
    expect(kiosk.years[0]).toMatchObject({ firstMonth: '2026-10', lastMonth: '2027-09' });
  });

  it('compounds monthly growth on top of the season', () => {
    // 2 % a month, no seasonality: month 13 sells 1,000 × 1.02^12 = 1,268.2418 cones → 6,341.21;
    // year 1 sells 1,000 × (1.02^12 − 1) / 0.02 = 13,412.0897 → 67,060.45.
    const growing = computeBudget(
      emptyBudget({
        horizonMonths: 24,
        revenueLines: [{ id: 'cones', name: 'Cones', kind: 'product', unitPrice: '5', volume: { kind: 'growth', start: '1000', monthlyGrowth: '0.02' } }],
      }),
    ).responsibility;
    expect(growing.months[0].revenue).toBe('5000.00');
    expect(growing.months[1].revenue).toBe('5100.00');
    expect(growing.months[12].revenue).toBe('6341.21');
    expect(growing.years[0].revenue).toBe('67060.45');
  });
});
