import { computeBudget } from '../..';
import { emptyBudget, monthly, solved } from './fixtures';

// A company selling one widget, year 2026:
// - 100 widgets a month at 100.00, bought in at 40.00 each: revenue 10,000, variable cost 4,000, contribution 6,000 a month.
// - Rent 2,000 a month (operations); a launch campaign of 3,000 in January only (sales, marketing).
// - Two sellers at 1,000 gross with 30 % on-costs: labour 2,600 a month.
// - Equipment 12,000 paid in January, depreciated over 12 months: 1,000 a month. Own funds 20,000. Tax 25 %.
// Profit before tax: 6,000 − 2,000 − 2,600 − 1,000 = 400 a month; January −2,600 (the campaign).
const input = emptyBudget({
  revenueLines: [{ id: 'widget', name: 'Widget', kind: 'product', unitPrice: '100.00', volume: { kind: 'flat', perMonth: '100' }, variableCost: { kind: 'unitCost', unitCost: '40' } }],
  costLines: [
    { id: 'rent', name: 'Workshop rent', departmentId: 'ops', category: 'rent', amount: { kind: 'monthly', amount: '2000' } },
    { id: 'launch', name: 'Launch campaign', departmentId: 'sales', category: 'marketing', amount: { kind: 'monthly', amount: '3000' }, firstMonth: '2026-01', lastMonth: '2026-01' },
  ],
  positions: [{ id: 'sellers', departmentId: 'sales', roleTitle: 'Seller', count: '2', monthlySalary: '1000', onCostRate: '0.30' }],
  financing: { initialInvestment: '12000', depreciationMonths: 12, ownFunds: '20000', loans: [], incomeTaxRate: '0.25' },
  stretch: { global: { volume: '1.2' }, revenueLines: [{ lineId: 'widget', price: '1.05' }] },
});

describe('a simple product company', () => {
  const result = computeBudget(input);
  const plan = result.responsibility;

  it('builds the year from the drivers', () => {
    const y = plan.total;
    expect([y.revenue, y.variableCost, y.contributionMargin]).toEqual(['120000.00', '48000.00', '72000.00']);
    // rent 24,000 + campaign 3,000
    expect(y.fixedCosts).toBe('27000.00');
    expect(y.fixedCostsByDepartment).toEqual({ ops: '24000.00', sales: '3000.00' });
    expect(y.fixedCostsByCategory).toMatchObject({ rent: '24000.00', marketing: '3000.00', utilities: '0.00' });
    // 2 × 1,000 × 12 = 24,000 salaries + 30 % = 7,200 on-costs
    expect([y.salaries, y.onCosts, y.labourCost]).toEqual(['24000.00', '7200.00', '31200.00']);
    // 72,000 − 27,000 − 31,200 − 12,000 = 1,800
    expect([y.depreciation, y.ebit, y.profitBeforeTax]).toEqual(['12000.00', '1800.00', '1800.00']);
  });

  it('taxes only the positive part of cumulative profit', () => {
    // Cumulative PBT: −2,600 in January, +400 a month after: −200 in July, +200 in August.
    // Tax to date = 25 % × max(0, cumulative): nothing until August (50), then 100 a month.
    expect(monthly(plan, (m) => m.tax)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '50.00', '100.00', '100.00', '100.00', '100.00']);
    expect(plan.total.tax).toBe('450.00'); // 25 % of the year's 1,800
    expect(plan.total.netProfit).toBe('1350.00');
    expect(plan.cumulativeProfitNonNegativeFrom).toEqual({ index: 8, month: '2026-08' });
  });

  it('follows the cash and finds the payback month', () => {
    // Operating cash = net profit + depreciation: −1,600 in January; 1,400 Feb–Jul; 1,350 in August; 1,300 after.
    // Cumulative: −1,600, … 6,800 (Jul), 8,150, 9,450, 10,750, 12,050 (Nov) ≥ the 12,000 invested.
    expect(plan.payback).toEqual({ status: 'paidBack', month: { index: 11, month: '2026-11' } });
    expect(plan.months[0].cash).toMatchObject({ opening: '0.00', ownFunds: '20000.00', capex: '12000.00', operatingCashFlow: '-1600.00', closing: '6400.00' });
    // 20,000 − 12,000 + 13,350
    expect(plan.total.cash.closing).toBe('21350.00');
  });

  it('solves breakeven at 97.5 % of the planned volume', () => {
    // Costs that do not move with volume: 27,000 + 31,200 + 12,000 = 70,200; contribution 72,000 ⇒ k = 0.975.
    const be = solved(result);
    expect(be.volumeMultiplier).toBe('0.975000');
    expect(be.revenue).toBe('117000.00');
    expect(be.marginOfSafety).toEqual({ amount: '3000.00', rate: '0.0250' });
    expect(be.scenario.total.profitBeforeTax).toBe('0.00');
    expect(be.responsibilityProfitableFrom).toEqual({ index: 8, month: '2026-08' });
  });

  it('raises the stretch target by volume and price', () => {
    // 120 widgets at 105.00: revenue 12,600, variable 4,800 a month; PBT 12 × 7,800 − 27,000 − 31,200 − 12,000 = 23,400.
    expect(result.stretch.total.revenue).toBe('151200.00');
    expect(result.stretch.total.variableCost).toBe('57600.00');
    expect(result.stretch.total.profitBeforeTax).toBe('23400.00');
    expect(result.stretch.total.labourCost).toBe('31200.00');
  });
});
