// Budget engine benchmark (issue 5): all three scenarios, breakeven solve
// included, for a 1,000-line budget over 36 months, in this Node process on
// one core. Target: under 50 ms. Runs the TypeScript source through tsx, the
// same code the API and the web import. `node tools/bench/budget-engine.mjs`
import { require as tsxRequire } from 'tsx/cjs/api';

const { computeBudget } = tsxRequire('../../libs/domain/src/budget/index.ts', import.meta.url);

const MONTHS = 36;
const SEASONS = [
  ['0.8', '0.8', '0.9', '1', '1', '1.1', '1.2', '1.2', '1', '1', '1', '1.3'],
  ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
  ['1.4', '0.6', '0.9', '1', '1', '1', '0.9', '0.9', '1', '1.1', '1.1', '1.5'],
  ['0.5', '0.7', '1', '1.2', '1.3', '1.3', '1.3', '1.2', '1', '0.9', '0.8', '0.8'],
];
const money = (i, base) => (base + ((i * 7919) % 1000) / 100).toFixed(2);

/** A budget of `revenue` + `costs` + `positions` lines; revenue volumes: a third flat, a third typed per month, a third growing with its own rate. */
export function benchBudget({ revenue = 300, costs = 350, positions = 350, departments = 20 } = {}) {
  const dept = (i) => `dept-${i % departments}`;
  const categories = ['rent', 'utilities', 'marketing', 'rnd', 'promotion', 'training', 'other'];
  return {
    startMonth: '2026-01',
    horizonMonths: MONTHS,
    revenueLines: Array.from({ length: revenue }, (_, i) => ({
      id: `r${i}`,
      name: `Product ${i}`,
      kind: i % 5 === 0 ? 'channel' : 'product',
      unitPrice: money(i, 20),
      volume:
        i % 3 === 0
          ? { kind: 'flat', perMonth: String(100 + (i % 50)) }
          : i % 3 === 1
            ? { kind: 'monthly', values: Array.from({ length: MONTHS }, (_, m) => String(80 + ((i + m * 13) % 70))) }
            : { kind: 'growth', start: String(50 + (i % 40)), monthlyGrowth: (0.001 * (i % 97)).toFixed(4), seasonality: SEASONS[i % 4] },
      variableCost: i % 2 === 0 ? { kind: 'unitCost', unitCost: money(i, 5) } : { kind: 'shareOfRevenue', rate: '0.35' },
    })),
    costLines: Array.from({ length: costs }, (_, i) => ({
      id: `c${i}`,
      name: `Cost ${i}`,
      departmentId: dept(i),
      category: categories[i % categories.length],
      amount: i % 7 === 0 ? { kind: 'shareOfRevenue', rate: '0.002' } : { kind: 'monthly', amount: money(i, 300) },
      ...(i % 4 === 0 ? { firstMonth: '2026-07', lastMonth: '2028-06' } : {}),
    })),
    positions: Array.from({ length: positions }, (_, i) => ({
      id: `p${i}`,
      departmentId: dept(i),
      roleTitle: `Role ${i}`,
      count: String(1 + (i % 3)),
      monthlySalary: money(i, 6000),
      onCostRate: '0.35',
      ...(i % 5 === 0 ? { lastMonth: '2027-03' } : {}),
    })),
    financing: {
      initialInvestment: '2000000',
      depreciationMonths: 60,
      ownFunds: '1500000',
      loans: [
        { id: 'bank', principal: '1000000', annualRate: '0.045', termMonths: 36, repayment: 'equalInstalment' },
        { id: 'bridge', principal: '300000', annualRate: '0.06', termMonths: 24, repayment: 'interestOnly' },
      ],
      incomeTaxRate: '0.25',
    },
    stretch: {
      global: { volume: '1.1', price: '1.02', headcount: '1.05' },
      revenueLines: Array.from({ length: 50 }, (_, i) => ({ lineId: `r${i * 3}`, volume: '1.2' })),
      costLines: costs > 1 ? [{ lineId: 'c1', amount: '1.5' }] : [],
    },
  };
}

export function benchBudgetEngine({ runs = 30, ...shape } = {}) {
  const input = benchBudget(shape);
  for (let i = 0; i < 5; i++) computeBudget(input); // warm-up: JIT
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    computeBudget(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return { lines: input.revenueLines.length + input.costLines.length + input.positions.length, months: MONTHS, medianMs: r(times[Math.floor(runs / 2)]), p95Ms: r(times[Math.floor(runs * 0.95)]), minMs: r(times[0]), targetMs: 50 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mixed = benchBudgetEngine();
  console.log('1,000 lines (300 revenue: flat / typed per month / own growth rate; 350 cost; 350 positions), 36 months:', mixed);
  const typed = benchBudgetEngine({ revenue: 1000, costs: 0, positions: 0 });
  console.log('worst case, 1,000 revenue lines (a third typed month by month, a third each with its own growth rate):', typed);
}
