import { budgetFigure, budgetPeriods, computeBudget, kpiTargetSourceProblem } from '../..';
import { emptyBudget } from './fixtures';

// A shop over 18 months from 2026-01 (so a full first year and a six-month second one):
// - 50 units a month at 200.00, unit cost 80.00: revenue 10,000, contribution 6,000 a month.
// - Rent 1,500 a month; one clerk at 2,000 with 25 % on-costs: labour 2,500 a month.
// - No investment, no loans, no tax: EBIT = PBT = net profit = 6,000 − 1,500 − 2,500 = 2,000 a month.
// - Own funds 5,000: closing cash after month m is 5,000 + 2,000 × m.
// Stretch: volume × 1.1 ⇒ 55 units, contribution 6,600 a month, PBT 2,600 a month.
const input = emptyBudget({
  horizonMonths: 18,
  revenueLines: [{ id: 'goods', name: 'Goods', kind: 'product', unitPrice: '200.00', volume: { kind: 'flat', perMonth: '50' }, variableCost: { kind: 'unitCost', unitCost: '80.00' } }],
  costLines: [{ id: 'rent', name: 'Shop rent', departmentId: 'shop', category: 'rent', amount: { kind: 'monthly', amount: '1500' } }],
  positions: [{ id: 'clerk', departmentId: 'shop', roleTitle: 'Clerk', count: '1', monthlySalary: '2000', onCostRate: '0.25' }],
  financing: { initialInvestment: '0', depreciationMonths: 1, ownFunds: '5000', loans: [] },
  stretch: { global: { volume: '1.1' } },
});

describe('a KPI target taken from the budget', () => {
  const result = computeBudget(input);

  it('offers the horizon and each of its years, the last one short', () => {
    expect(budgetPeriods(18)).toEqual(['total', 'Y1', 'Y2']);
    expect(budgetPeriods(12)).toEqual(['total', 'Y1']);
    expect(budgetPeriods(60)).toHaveLength(6);
  });

  it('names the responsibility target’s figures by measure and period', () => {
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'revenue', period: 'Y1' })).toBe('120000.00'); // 12 × 10,000
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'revenue', period: 'Y2' })).toBe('60000.00'); // 6 × 10,000
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'contributionMargin', period: 'total' })).toBe('108000.00'); // 18 × 6,000
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'labourCost', period: 'Y1' })).toBe('30000.00'); // 12 × 2,500
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'ebit', period: 'Y1' })).toBe('24000.00');
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'profitBeforeTax', period: 'total' })).toBe('36000.00');
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'netProfit', period: 'Y2' })).toBe('12000.00');
    // cash at the end of the period, not the period's flow: 5,000 + 12 × 2,000 and 5,000 + 18 × 2,000
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'closingCash', period: 'Y1' })).toBe('29000.00');
    expect(budgetFigure(result, { scenario: 'responsibility', measure: 'closingCash', period: 'total' })).toBe('41000.00');
  });

  it('takes the stretch target’s figures from the stretched drivers', () => {
    expect(budgetFigure(result, { scenario: 'stretch', measure: 'revenue', period: 'Y1' })).toBe('132000.00'); // 12 × 55 × 200
    expect(budgetFigure(result, { scenario: 'stretch', measure: 'profitBeforeTax', period: 'Y1' })).toBe('31200.00'); // 12 × 2,600
  });

  it('names the field of a source that names no figure', () => {
    expect(kpiTargetSourceProblem({ scenario: 'responsibility', measure: 'revenue', period: 'Y2' }, 18)).toBeNull();
    expect(kpiTargetSourceProblem({ scenario: 'responsibility', measure: 'revenue', period: 'Y3' }, 18)?.field).toBe('period');
    expect(kpiTargetSourceProblem({ scenario: 'responsibility', measure: 'revenue', period: 'Y0' }, 18)?.field).toBe('period');
    expect(kpiTargetSourceProblem({ scenario: 'responsibility', measure: 'turnover', period: 'Y1' }, 18)?.field).toBe('measure');
    expect(kpiTargetSourceProblem({ scenario: 'breakeven', measure: 'revenue', period: 'Y1' }, 18)?.field).toBe('scenario');
  });
});
