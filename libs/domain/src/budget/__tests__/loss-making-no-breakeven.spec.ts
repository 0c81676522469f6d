import { computeBudget } from '../..';
import { emptyBudget } from './fixtures';

// A discount web shop that sells below cost: 1,000 items a month at 10.00, bought in at
// 9.00, plus a 15 % platform commission (1.50): each sale loses 0.50. Rent 1,000 a month.
// No volume can break even: selling more only deepens the loss.
const shop = emptyBudget({
  revenueLines: [{ id: 'items', name: 'Discount items', kind: 'channel', unitPrice: '10.00', volume: { kind: 'flat', perMonth: '1000' }, variableCost: { kind: 'unitCost', unitCost: '9.00' } }],
  costLines: [
    { id: 'commission', name: 'Platform commission', departmentId: 'sales', category: 'other', amount: { kind: 'shareOfRevenue', rate: '0.15' } },
    { id: 'rent', name: 'Warehouse', departmentId: 'ops', category: 'rent', amount: { kind: 'monthly', amount: '1000' } },
  ],
  financing: { initialInvestment: '5000', depreciationMonths: 60, ownFunds: '10000', loans: [], incomeTaxRate: '0.25' },
});

describe('a loss-making shop with no breakeven', () => {
  const result = computeBudget(shop);

  it('says plainly that no breakeven exists', () => {
    // Contribution after the commission: (10 − 9 − 1.5) × 1,000 × 12 = −6,000.
    expect(result.breakeven).toEqual({
      status: 'noBreakeven',
      reason: 'contributionMarginNotPositive',
      contributionMargin: '-6000.00',
      // Rent 12,000 and depreciation 1,000 do not move with volume.
      fixedCosts: '13000.00',
      message: expect.stringContaining('No sales volume breaks even'),
    });
  });

  it('shows the loss, pays no tax and never pays back', () => {
    const plan = result.responsibility;
    // −6,000 − 12,000 rent − 1,000 depreciation (5,000 over 60 months, 12 months of it).
    expect(plan.total.profitBeforeTax).toBe('-19000.00');
    expect(plan.total.tax).toBe('0.00');
    expect(plan.total.netProfit).toBe('-19000.00');
    expect(plan.payback).toEqual({ status: 'notWithinHorizon' });
    expect(plan.cumulativeProfitNonNegativeFrom).toBeNull();
    // 10,000 − 5,000 − 18,000 cash lost: the plan runs out of money.
    expect(plan.total.cash.closing).toBe('-13000.00');
  });

  it('treats a contribution of exactly zero as no breakeven too', () => {
    // Price 10, unit cost 6, promotion at 40 % of revenue: 10 − 6 − 4 = 0.
    const zero = computeBudget(
      emptyBudget({
        revenueLines: [{ id: 'x', name: 'X', kind: 'product', unitPrice: '10', volume: { kind: 'flat', perMonth: '100' }, variableCost: { kind: 'unitCost', unitCost: '6' } }],
        costLines: [{ id: 'promo', name: 'Promotion', departmentId: 'sales', category: 'promotion', amount: { kind: 'shareOfRevenue', rate: '0.4' } }],
      }),
    );
    expect(zero.breakeven).toMatchObject({ status: 'noBreakeven', contributionMargin: '0.00' });
  });
});
