import { computeBudget } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { comparisonRows, cumulativeCash, HORIZON, paybackComparison, scenarioBars } from '../scenarioFigures';
import { bakeryBudget } from './budgetFixture';

const result = computeBudget(bakeryBudget());

describe('the scenario comparison', () => {
  it('lists the statement of each scenario for a year, with stretch − responsibility and responsibility − breakeven', () => {
    const rows = comparisonRows(result, 'Y1');
    expect(rows.map((r) => r.metric)).toEqual([
      'revenue', 'variableCost', 'contributionMargin', 'fixedCosts', 'labourCost', 'depreciation',
      'ebit', 'interest', 'profitBeforeTax', 'tax', 'netProfit', 'closingCash',
    ]);
    const revenue = rows[0];
    // Year 1 revenue: 1,237,984.66 as planned, 15 % more volume at stretch, 96.69 % of it at breakeven.
    expect(revenue).toMatchObject({ responsibility: '1237984.66', stretch: '1423682.36', breakeven: '1197062.43', stretchVsResponsibility: '185697.70', responsibilityVsBreakeven: '40922.23' });
    // Labour does not move with volume: the same in all three.
    expect(rows.find((r) => r.metric === 'labourCost')).toMatchObject({ responsibility: '498960.00', stretchVsResponsibility: '0.00', responsibilityVsBreakeven: '0.00' });
    // Breakeven is over the horizon, so a single year of it can be a loss.
    expect(rows.find((r) => r.metric === 'profitBeforeTax')).toMatchObject({ responsibility: '9730.72', breakeven: '-16057.56', responsibilityVsBreakeven: '25788.28' });
    expect(rows.find((r) => r.metric === 'closingCash')).toMatchObject({ responsibility: '15423.10', stretch: '103190.03', stretchVsResponsibility: '87766.93' });
  });

  it('breaks fixed costs down by department and by the categories in use, and labour by department', () => {
    const rows = comparisonRows(result, 'Y1');
    const fixed = rows.find((r) => r.metric === 'fixedCosts');
    expect(fixed?.children?.map((c) => [c.key, c.responsibility])).toEqual([
      ['fixedCosts:department:shop', '232139.53'],
      ['fixedCosts:department:bakehouse', '50406.00'],
      ['fixedCosts:category:rent', '180000.00'],
      ['fixedCosts:category:utilities', '50406.00'],
      ['fixedCosts:category:marketing', '37139.53'],
      ['fixedCosts:category:promotion', '15000.00'],
    ]);
    expect(rows.find((r) => r.metric === 'labourCost')?.children?.map((c) => [c.part?.id, c.responsibility])).toEqual([
      ['shop', '190080.00'],
      ['bakehouse', '308880.00'],
    ]);
  });

  it('shows the horizon by default and leaves breakeven empty when there is none', () => {
    expect(comparisonRows(result, HORIZON)[0].responsibility).toBe('2566630.93');
    const losing = computeBudget(bakeryBudget({ revenueLines: [{ id: 'bread', name: 'Bread', kind: 'product', unitPrice: '4', volume: { kind: 'flat', perMonth: '100' }, variableCost: { kind: 'unitCost', unitCost: '5' } }] }));
    const row = comparisonRows(losing, HORIZON)[0];
    expect(row.breakeven).toBeNull();
    expect(row.responsibilityVsBreakeven).toBeNull();
  });

  it('charts revenue, total cost and profit per scenario; breakeven profit is zero', () => {
    expect(scenarioBars(result, HORIZON)).toEqual([
      { scenario: 'responsibility', revenue: 2566630.93, costs: 2513196.31, profit: 53434.62 },
      { scenario: 'stretch', revenue: 2951625.57, costs: 2655714.27, profit: 295911.3 },
      { scenario: 'breakeven', revenue: 2481789.61, costs: 2481789.61, profit: 0 },
    ]);
  });

  it('marks payback where cumulative cash after the investment turns non-negative', () => {
    const { points, paybacks } = cumulativeCash(result);
    expect(points).toHaveLength(24);
    // Month 1: the 120,000 investment out, the month's operating cash in.
    expect(points[0].responsibility).toBe(-120000 + Number(result.responsibility.months[0].cash.operatingCashFlow));
    // Only the stretch target pays back within the horizon, in month 13 (2027-04).
    expect(result.stretch.payback).toEqual({ status: 'paidBack', month: { index: 13, month: '2027-04' } });
    expect(paybacks).toEqual([{ scenario: 'stretch', month: '2027-04', value: 9603.54 }]);
    expect(points[11].stretch).toBe(-935.03);
    expect(points[12].stretch).toBe(9603.54);
  });

  it('compares the payback months: the stretch target in month 13, the others not within the horizon', () => {
    expect(paybackComparison(result)).toEqual({
      responsibility: { status: 'notWithinHorizon' },
      stretch: { status: 'paidBack', month: { index: 13, month: '2027-04' } },
      breakeven: { status: 'notWithinHorizon' },
      stretchVsResponsibility: null,
      responsibilityVsBreakeven: null,
    });
    // With no investment, there is nothing to pay back and no months between.
    const free = bakeryBudget();
    const none = paybackComparison(computeBudget({ ...free, financing: { ...free.financing, initialInvestment: '0' } }));
    expect(none).toMatchObject({ responsibility: { status: 'noInvestment' }, stretch: { status: 'noInvestment' }, stretchVsResponsibility: null });
  });
});
