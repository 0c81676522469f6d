import fc from 'fast-check';
import { BudgetFigures, computeBudget, MonthFigures, ScenarioResult } from '../..';
import { budgets } from './arbitraries';

const c = (money: string) => BigInt(money.replace('.', ''));
const sum = (xs: string[]) => xs.reduce((a, x) => a + c(x), 0n);
const FLOWS = ['revenue', 'variableCost', 'contributionMargin', 'fixedCosts', 'salaries', 'onCosts', 'labourCost', 'depreciation', 'ebit', 'interest', 'profitBeforeTax', 'tax', 'netProfit'] as const;
const CASH_FLOWS = ['ownFunds', 'loanDrawdowns', 'capex', 'operatingCashFlow', 'repayments'] as const;

/** The statement foots: each subtotal is the sum of the lines above it. */
function expectFoots(f: BudgetFigures) {
  expect(c(f.contributionMargin)).toBe(c(f.revenue) - c(f.variableCost));
  expect(c(f.fixedCosts)).toBe(sum(Object.values(f.fixedCostsByDepartment)));
  expect(c(f.fixedCosts)).toBe(sum(Object.values(f.fixedCostsByCategory)));
  expect(c(f.labourCost)).toBe(c(f.salaries) + c(f.onCosts));
  expect(c(f.labourCost)).toBe(sum(Object.values(f.labourCostByDepartment)));
  expect(c(f.ebit)).toBe(c(f.contributionMargin) - c(f.fixedCosts) - c(f.labourCost) - c(f.depreciation));
  expect(c(f.profitBeforeTax)).toBe(c(f.ebit) - c(f.interest));
  expect(c(f.netProfit)).toBe(c(f.profitBeforeTax) - c(f.tax));
  expect(c(f.cash.operatingCashFlow)).toBe(c(f.netProfit) + c(f.depreciation));
  const k = f.cash;
  expect(c(k.closing)).toBe(c(k.opening) + c(k.ownFunds) + c(k.loanDrawdowns) - c(k.capex) + c(k.operatingCashFlow) - c(k.repayments));
}

/** Years are the sums of their months and the horizon the sum of its years, line by line. */
function expectTotalsAreSums(s: ScenarioResult) {
  const periods = s.years.map((y, i) => ({ y, months: s.months.slice(i * 12, i * 12 + 12) }));
  for (const { y, months } of periods) {
    for (const key of FLOWS) expect(c(y[key])).toBe(sum(months.map((m: MonthFigures) => m[key])));
    for (const key of CASH_FLOWS) expect(c(y.cash[key])).toBe(sum(months.map((m) => m.cash[key])));
    for (const dept of Object.keys(y.fixedCostsByDepartment)) expect(c(y.fixedCostsByDepartment[dept])).toBe(sum(months.map((m) => m.fixedCostsByDepartment[dept])));
    expect(y.cash.opening).toBe(months[0].cash.opening);
    expect(y.cash.closing).toBe(months[months.length - 1].cash.closing);
  }
  for (const key of FLOWS) expect(c(s.total[key])).toBe(sum(s.years.map((y) => y[key])));
  s.months.slice(1).forEach((m, i) => expect(m.cash.opening).toBe(s.months[i].cash.closing));
  [...s.months, ...s.years, s.total].forEach(expectFoots);
}

describe('budget properties', () => {
  it('shows totals that equal the sum of their lines, in every scenario', () => {
    fc.assert(
      fc.property(budgets, (input) => {
        const result = computeBudget(input);
        expectTotalsAreSums(result.responsibility);
        expectTotalsAreSums(result.stretch);
        if (result.breakeven.status === 'solved') expectTotalsAreSums(result.breakeven.scenario);
      }),
      { numRuns: 100 },
    );
  });

  it('solves breakeven to zero profit before tax, within a cent', () => {
    fc.assert(
      fc.property(budgets, (input) => {
        const result = computeBudget(input);
        const be = result.breakeven;
        const plan = result.responsibility.total;
        if (be.status === 'noBreakeven') {
          expect(c(be.contributionMargin)).toBeLessThanOrEqual(0n);
          return;
        }
        // The breakeven revenue is the planned revenue times the multiplier; both are shown rounded
        // (half a cent, and the multiplier to 6 decimals), so allow for that.
        const k = Number(be.volumeMultiplier);
        const expected = Number(plan.revenue) * k;
        expect(Math.abs(Number(be.revenue) - expected)).toBeLessThanOrEqual(0.005 * k + Number(plan.revenue) * 5e-7 + 0.01);
        const profit = c(be.scenario.total.profitBeforeTax);
        expect(profit >= -1n && profit <= 1n).toBe(true);
        // Fixed amounts, labour, depreciation and interest are held as in the base.
        expect(be.scenario.total.labourCost).toBe(plan.labourCost);
        expect(be.scenario.total.depreciation).toBe(plan.depreciation);
        expect(be.scenario.total.interest).toBe(plan.interest);
      }),
      { numRuns: 100 },
    );
  });

  it('scales revenue by k when every price is scaled by k', () => {
    fc.assert(
      fc.property(budgets, fc.constantFrom(2n, 3n, 5n, 10n), (input, k) => {
        const scaled = { ...input, revenueLines: input.revenueLines.map((l) => ({ ...l, unitPrice: (c(l.unitPrice) * k).toString().padStart(3, '0').replace(/(\d\d)$/, '.$1') })) };
        const before = computeBudget(input).responsibility;
        const after = computeBudget(scaled).responsibility;
        // Exact revenue scales exactly; the shown horizon total is the exact total rounded, so k × (a rounded figure)
        // can differ from (k × the exact figure) rounded by at most k/2 + 1/2 cent.
        const diff = c(after.total.revenue) - k * c(before.total.revenue);
        expect(diff >= -(k / 2n + 1n) && diff <= k / 2n + 1n).toBe(true);
        // Volumes are unchanged, so unit variable costs are too.
        expect(after.total.labourCost).toBe(before.total.labourCost);
      }),
      { numRuns: 100 },
    );
  });
});
