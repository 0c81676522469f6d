import { computeBudget } from '../..';
import { emptyBudget, monthly, solved } from './fixtures';

// The fast-food restaurant of the brief (§4): 50,000 of capital, 30,000 own
// funds and a 20,000 bank loan; the goal is to recover the investment within a
// year. Three years, from March 2026. Figures the brief does not give are
// assumptions, stated here:
// - Dine-in: 4,000 meals a month (~133 a day) at 20.00, food cost 40 % of sales:
//   revenue 80,000, variable 32,000.
// - Office-lunch delivery: 1,200 orders a month at 25.00, 12.00 each for food,
//   box and rider: revenue 30,000, variable 14,400.
//   Together: revenue 110,000, variable 46,400, contribution 63,600 a month.
// - Vouchers (10 back for every 100 spent, half redeemed): 5 % of revenue, 5,500 a month;
//   the month-end 888 draw: 888 a month. Rent 12,000, utilities 3,000.
//   Training: 2,000 a month in the first two months (new hires train for two months).
// - Staff: a manager at 6,000, two cooks at 4,500, four servers at 3,500; on-costs 30 %:
//   salaries 29,000 + on-costs 8,700 = labour 37,700 a month.
// - The 50,000 goes into fit-out and kitchen equipment (the initial investment),
//   depreciated over 60 months: 833.33 a month. No income tax in the budget
//   (a sole proprietorship's owner pays personal tax on business income).
// - The loan: 6 % a year, equal instalments over 24 months, drawn in month 1:
//   payment 20,000 × 0.005 / (1 − 1.005^−24) = 886.41; interest 100.00, 96.07, 92.12, … (936.11 in year 1)
// Cash earned a month (EBITDA − interest): 63,600 − 22,500 − 888 − 37,700 = 2,512 in
// months 1–2; 63,600 − 20,500 − 888 − 37,700 = 4,512 after; less the interest.
const input = emptyBudget({
  startMonth: '2026-03',
  horizonMonths: 36,
  revenueLines: [
    { id: 'dine-in', name: 'Dine-in meals', kind: 'product', unitPrice: '20', volume: { kind: 'flat', perMonth: '4000' }, variableCost: { kind: 'shareOfRevenue', rate: '0.40' } },
    { id: 'office-lunch', name: 'Office lunch delivery', kind: 'channel', unitPrice: '25', volume: { kind: 'flat', perMonth: '1200' }, variableCost: { kind: 'unitCost', unitCost: '12' } },
  ],
  costLines: [
    { id: 'rent', name: 'Shop rent', departmentId: 'store', category: 'rent', amount: { kind: 'monthly', amount: '12000' } },
    { id: 'utilities', name: 'Water, power, gas', departmentId: 'store', category: 'utilities', amount: { kind: 'monthly', amount: '3000' } },
    { id: 'vouchers', name: 'Vouchers: 10 per 100 spent', departmentId: 'sales', category: 'promotion', amount: { kind: 'shareOfRevenue', rate: '0.05' } },
    { id: 'draw', name: 'Month-end 888 draw', departmentId: 'sales', category: 'promotion', amount: { kind: 'monthly', amount: '888' } },
    { id: 'training', name: 'Two months of training', departmentId: 'store', category: 'training', amount: { kind: 'monthly', amount: '2000' }, firstMonth: '2026-03', lastMonth: '2026-04' },
  ],
  positions: [
    { id: 'manager', departmentId: 'store', roleTitle: 'Store manager', count: '1', monthlySalary: '6000', onCostRate: '0.30' },
    { id: 'cooks', departmentId: 'kitchen', roleTitle: 'Cook', count: '2', monthlySalary: '4500', onCostRate: '0.30' },
    { id: 'servers', departmentId: 'store', roleTitle: 'Server', count: '4', monthlySalary: '3500', onCostRate: '0.30' },
  ],
  financing: {
    initialInvestment: '50000',
    depreciationMonths: 60,
    ownFunds: '30000',
    loans: [{ id: 'bank', name: 'Bank loan', principal: '20000', annualRate: '0.06', termMonths: 24, repayment: 'equalInstalment' }],
  },
});

describe('the restaurant launch: 30,000 own funds + 20,000 bank loan', () => {
  const result = computeBudget(input);
  const plan = result.responsibility;

  it('opens with the capital raised and the investment spent', () => {
    expect(plan.months[0].cash).toMatchObject({ opening: '0.00', ownFunds: '30000.00', loanDrawdowns: '20000.00', capex: '50000.00', loanBalance: '19213.59' });
    // 20,000 − (886.41 − 100.00) = 19,213.59 owed after the first instalment.
    // Exact interest 100, 96.0679, 92.1162: shown as running totals rounded (100.00, 196.07, 288.18),
    // so the third month shows 92.11 and the year's interest is the exact year rounded.
    expect(monthly(plan, (m) => m.interest).slice(0, 3)).toEqual(['100.00', '96.07', '92.11']);
  });

  it('does not pay the investment back within 12 months: it takes 13', () => {
    // Cumulative operating cash (EBITDA − interest): 2 × 2,512 + 10 × 4,512 − 936.11 interest = 49,207.89 after 12 months,
    // short of 50,000; + 4,512 − 51.50 in month 13 = 53,668.39.
    expect(plan.years[0].cash.operatingCashFlow).toBe('49207.89');
    expect(plan.payback).toEqual({ status: 'paidBack', month: { index: 13, month: '2027-03' } });
  });

  it('makes a profit from the first month', () => {
    // Month 1: 2,512 − 833.33 − 100.00 = 1,578.67 before tax.
    expect(plan.months[0].profitBeforeTax).toBe('1578.67');
    expect(plan.cumulativeProfitNonNegativeFrom).toEqual({ index: 1, month: '2026-03' });
    // Year 1: 49,207.89 − 10,000 depreciation.
    expect(plan.years[0].profitBeforeTax).toBe('39207.89');
  });

  it('runs only 6 % above breakeven', () => {
    // Costs that do not move with volume over 36 months: rent, utilities, training, draw 575,968
    // + labour 1,357,200 + depreciation 30,000 + interest 1,273.89 = 1,964,441.89.
    // Contribution after vouchers: (63,600 − 5,500) × 36 = 2,091,600. k = 0.939205…
    const be = solved(result);
    expect(be.volumeMultiplier).toBe('0.939205');
    expect(be.revenue).toBe('3719253.15'); // 110,000 × 36 × k
    expect(be.marginOfSafety).toEqual({ amount: '240746.85', rate: '0.0608' });
    expect(be.scenario.total.profitBeforeTax).toBe('0.00');
    // The vouchers scale with sales; the rent does not.
    expect(be.scenario.total.fixedCostsByCategory.rent).toBe('432000.00');
  });

  it('pays the loan off in 24 months', () => {
    expect(plan.months[23].cash.loanBalance).toBe('0.00');
    expect(plan.years.map((y) => y.cash.repayments)).toEqual(['9700.84', '10299.16', '0.00']);
  });
});
