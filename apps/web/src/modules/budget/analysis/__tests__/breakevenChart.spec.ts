import { computeBudget } from '@opsplan/domain';
import type { BudgetInput } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { breakevenChartData } from '../breakevenChart';
import { bakeryBudget } from './budgetFixture';

// A tea shop over a year: 2,000 cups a month at 15.00 with 5.00 of cup and tea
// each; rent 8,000 and card fees of 2 % of revenue; two baristas costing
// 10,400 a month with on-costs. Per month: R = 30,000, V = 10,000, S = 600,
// C = 18,400, so the lines meet at k = 18,400 / 19,400 = 0.948453… of plan.
const teaShop: BudgetInput = {
  startMonth: '2026-01',
  horizonMonths: 12,
  revenueLines: [{ id: 'tea', name: 'Milk tea', kind: 'product', unitPrice: '15', volume: { kind: 'flat', perMonth: '2000' }, variableCost: { kind: 'unitCost', unitCost: '5' } }],
  costLines: [
    { id: 'rent', name: 'Rent', departmentId: 'shop', category: 'rent', amount: { kind: 'monthly', amount: '8000' } },
    { id: 'fees', name: 'Card fees', departmentId: 'shop', category: 'other', amount: { kind: 'shareOfRevenue', rate: '0.02' } },
  ],
  positions: [{ id: 'baristas', departmentId: 'shop', roleTitle: 'Barista', count: '2', monthlySalary: '4000', onCostRate: '0.3' }],
  financing: { initialInvestment: '0', depreciationMonths: 1, ownFunds: '0', loans: [] },
};

describe('the breakeven chart', () => {
  it('has revenue and total cost meet exactly at the engine’s breakeven multiplier', () => {
    const result = computeBudget(teaShop);
    const data = breakevenChartData(result);
    expect(result.breakeven.status === 'solved' && result.breakeven.volumeMultiplier).toBe('0.948454');
    expect(data.crossing).toBeCloseTo(18400 / 19400, 12);
    expect(data.marker).toEqual({ volume: 94.8454, revenue: 341443.3, multiplier: '0.948454', revenueText: '341443.30' });
  });

  it('draws revenue from nothing and cost from the fixed costs, 0 to 150 % of plan', () => {
    const data = breakevenChartData(computeBudget(teaShop));
    expect(data.points).toHaveLength(31);
    // At zero volume: no revenue, and the costs that do not move with volume: (8,000 + 10,400) × 12.
    expect(data.points[0]).toEqual({ volume: 0, revenue: 0, cost: 220800 });
    // As planned: revenue 360,000; cost 220,800 + 12 × (10,000 + 600) = 348,000.
    expect(data.points[20]).toEqual({ volume: 100, revenue: 360000, cost: 348000 });
    expect(data.plan).toEqual({ revenue: 360000, cost: 348000 });
    expect(data.points[30]).toEqual({ volume: 150, revenue: 540000, cost: 411600 });
  });

  it('agrees with the engine on a budget with loans, depreciation, growth and share-of-revenue costs', () => {
    const input = bakeryBudget();
    const result = computeBudget(input);
    if (result.breakeven.status !== 'solved') throw new Error('expected a breakeven');
    const data = breakevenChartData(result);
    expect(result.breakeven.volumeMultiplier).toBe('0.966944');
    // The engine's figures are cents, rounded once per month: the crossing read from them is within a millionth of the exact one.
    expect(Math.abs((data.crossing ?? 0) - Number(result.breakeven.volumeMultiplier))).toBeLessThan(1e-6);
    // Where the lines cross, revenue equals cost, and equals the engine's breakeven revenue to within a few cents.
    const k = data.crossing ?? 0;
    const R = Number(result.responsibility.total.revenue);
    expect(Math.abs(k * R - Number(result.breakeven.revenue))).toBeLessThan(0.05);
  });

  it('widens the volume axis when breakeven lies beyond one and a half times the plan', () => {
    // Sell a tenth as much: breakeven needs ~9.5 times this volume.
    const input = { ...teaShop, revenueLines: [{ ...teaShop.revenueLines[0], volume: { kind: 'flat' as const, perMonth: '200' } }] };
    const result = computeBudget(input);
    const data = breakevenChartData(result);
    expect(data.crossing).toBeCloseTo(18400 / 1940, 9);
    const last = data.points[data.points.length - 1];
    expect(last.volume).toBeGreaterThan(data.crossing! * 100);
    expect(last.volume).toBeLessThanOrEqual(data.crossing! * 120 + 5);
    expect(last.revenue).toBeGreaterThan(last.cost);
  });

  it('has no crossing and no marker when the contribution margin is not positive', () => {
    // A cup now costs 16.00 to make and sells for 15.00.
    const input = { ...teaShop, revenueLines: [{ ...teaShop.revenueLines[0], variableCost: { kind: 'unitCost' as const, unitCost: '16' } }] };
    const result = computeBudget(input);
    expect(result.breakeven.status).toBe('noBreakeven');
    const data = breakevenChartData(result);
    expect(data.crossing).toBeNull();
    expect(data.marker).toBeNull();
    expect(data.points).toHaveLength(31);
    expect(data.points.every((p) => p.cost > p.revenue)).toBe(true);
  });
});
