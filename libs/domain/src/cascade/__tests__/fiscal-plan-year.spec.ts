import { currentPlan, planTimeElapsed, planYearBounds, planYearOn } from '../..';

describe('a plan year that follows the organisation’s fiscal year', () => {
  it('is the calendar year when the fiscal year starts in January', () => {
    expect(planYearBounds(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(planTimeElapsed(2026, 1, '2026-07-02')).toBeCloseTo((182 / 365) * 100, 10);
  });

  it('runs April to March for a company whose fiscal year starts in April, named after the year it starts in', () => {
    expect(planYearBounds(2026, 4)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(planTimeElapsed(2026, 4, '2026-03-31')).toBe(0);
    expect(planTimeElapsed(2026, 4, '2026-12-04')).toBeCloseTo((247 / 365) * 100, 10);
    expect(planTimeElapsed(2026, 4, '2027-04-01')).toBe(100);
  });

  it('counts 29 February in a leap fiscal year', () => {
    expect(planYearBounds(2027, 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
    expect(planYearBounds(2028, 1)).toEqual({ start: '2028-01-01', end: '2028-12-31' });
    expect(planTimeElapsed(2028, 1, '2028-03-01')).toBeCloseTo((60 / 366) * 100, 10);
  });

  it('falls back to the calendar year for a start month outside 1–12', () => {
    expect(planYearBounds(2026, 0)).toEqual(planYearBounds(2026, 1));
    expect(planYearBounds(2026, 13)).toEqual(planYearBounds(2026, 1));
  });
});

describe('the plan a page opens on', () => {
  const plans = [{ year: 2027, name: 'next' }, { year: 2026, name: 'this' }, { year: 2025, name: 'last' }];

  it('is the plan of the year under way, not next year’s draft', () => {
    expect(currentPlan(plans, '2026-12-04', 1)?.name).toBe('this');
    expect(currentPlan(plans, '2027-01-01', 1)?.name).toBe('next');
  });

  it('follows the fiscal year: with April, early 2026 still belongs to plan year 2025', () => {
    expect(planYearOn('2026-03-31', 4)).toBe(2025);
    expect(planYearOn('2026-04-01', 4)).toBe(2026);
    expect(currentPlan(plans, '2026-02-10', 4)?.name).toBe('last');
  });

  it('falls back to the newest plan when none covers today, and to nothing without plans', () => {
    expect(currentPlan(plans, '2031-06-01', 1)?.name).toBe('next');
    expect(currentPlan([], '2026-06-01', 1)).toBeUndefined();
  });
});
