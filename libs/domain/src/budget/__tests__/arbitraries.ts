import fc from 'fast-check';
import { addMonths } from '../months';
import { BudgetInput, COST_CATEGORIES, CostLine, HeadcountPosition, RevenueLine } from '../types';

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
const rate = (maxPermille: number) => fc.integer({ min: 0, max: maxPermille }).map((p) => (p / 1000).toString());
const DEPARTMENTS = ['sales', 'ops', 'rnd'];

/** Random valid budgets: a few lines of every kind, optional months, loans, tax and stretch. */
export const budgets: fc.Arbitrary<BudgetInput> = fc
  .record({
    start: fc.integer({ min: 2020 * 12, max: 2030 * 12 }),
    horizon: fc.integer({ min: 12, max: 36 }),
    revenue: fc.array(
      fc.record({
        price: cents(50_000),
        kind: fc.constantFrom('flat', 'monthly', 'growth'),
        volume: fc.integer({ min: 0, max: 5000 }),
        growthPermille: fc.integer({ min: -50, max: 80 }),
        seasonal: fc.boolean(),
        season: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 12, maxLength: 12 }),
        cost: fc.constantFrom('none', 'unit', 'share'),
        unitCost: cents(40_000),
        costRate: rate(900),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    costs: fc.array(
      fc.record({
        dept: fc.constantFrom(...DEPARTMENTS),
        category: fc.constantFrom(...COST_CATEGORIES),
        share: fc.boolean(),
        amount: cents(2_000_000),
        rate: rate(200),
        from: fc.nat(),
        length: fc.nat(),
        ranged: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    positions: fc.array(
      fc.record({ dept: fc.constantFrom(...DEPARTMENTS), count: fc.integer({ min: 0, max: 500 }), salary: cents(3_000_000), onCost: rate(500), from: fc.nat(), ranged: fc.boolean() }),
      { maxLength: 3 },
    ),
    capex: cents(10_000_000),
    depreciation: fc.integer({ min: 1, max: 72 }),
    ownFunds: cents(10_000_000),
    loans: fc.array(
      fc.record({ principal: cents(5_000_000), rate: rate(150), term: fc.integer({ min: 1, max: 60 }), bullet: fc.boolean() }),
      { maxLength: 2 },
    ),
    tax: fc.option(rate(400), { nil: undefined }),
    stretch: fc.option(fc.record({ volume: rate(2000), price: rate(2000), headcount: rate(2000) }), { nil: undefined }),
  })
  .map((r): BudgetInput => {
    const startMonth = addMonths('0000-01', r.start);
    const month = (offset: number) => addMonths(startMonth, offset % r.horizon);
    const revenueLines = r.revenue.map(
      (l, i): RevenueLine => ({
        id: `r${i}`,
        name: `Line ${i}`,
        kind: 'product',
        unitPrice: l.price,
        volume:
          l.kind === 'flat'
            ? { kind: 'flat', perMonth: String(l.volume) }
            : l.kind === 'monthly'
              ? { kind: 'monthly', values: Array.from({ length: r.horizon }, (_, m) => String((l.volume * (m + 3)) % 5001)) }
              : { kind: 'growth', start: String(l.volume), monthlyGrowth: (l.growthPermille / 1000).toString(), seasonality: l.seasonal ? l.season.map((s) => (s / 100).toString()) : undefined },
        variableCost: l.cost === 'none' ? undefined : l.cost === 'unit' ? { kind: 'unitCost', unitCost: l.unitCost } : { kind: 'shareOfRevenue', rate: l.costRate },
      }),
    );
    const costLines = r.costs.map((c, i): CostLine => {
      const first = c.from % r.horizon;
      return {
        id: `c${i}`,
        name: `Cost ${i}`,
        departmentId: c.dept,
        category: c.category,
        amount: c.share ? { kind: 'shareOfRevenue', rate: c.rate } : { kind: 'monthly', amount: c.amount },
        ...(c.ranged ? { firstMonth: month(first), lastMonth: month(first + (c.length % (r.horizon - first))) } : {}),
      };
    });
    const positions = r.positions.map(
      (p, i): HeadcountPosition => ({
        id: `p${i}`,
        departmentId: p.dept,
        roleTitle: `Role ${i}`,
        count: (p.count / 100).toString(),
        monthlySalary: p.salary,
        onCostRate: p.onCost,
        ...(p.ranged ? { lastMonth: month(p.from) } : {}),
      }),
    );
    return {
      startMonth,
      horizonMonths: r.horizon,
      revenueLines,
      costLines,
      positions,
      financing: {
        initialInvestment: r.capex,
        depreciationMonths: r.depreciation,
        ownFunds: r.ownFunds,
        loans: r.loans.map((l, i) => ({ id: `l${i}`, principal: l.principal, annualRate: l.rate, termMonths: l.term, repayment: l.bullet ? 'interestOnly' : 'equalInstalment' })),
        incomeTaxRate: r.tax,
      },
      stretch: r.stretch ? { global: r.stretch } : undefined,
    };
  });
