import { budgetToDate, budgetVariance, computeBudget, plannedLineAmounts } from '../..';
import type { BudgetActualEntry } from '../..';
import { emptyBudget } from './fixtures';

// A tea shop's first quarter against its plan, over a two-year horizon from January 2026:
// - Milk tea: 2,000 cups a month at 15.00 (30,000 a month), cup and tea 5.00 each.
// - Rent 8,000 a month; card fees 2 % of revenue (600 a month at plan).
// - Two baristas at 4,000 with 30 % on-costs: 10,400 a month.
// - Stretch: 20 % more volume (36,000 revenue; card fees 720).
// - Breakeven: fixed costs 8,000 + 10,400 = 18,400 a month; contribution per month
//   30,000 − 10,000 − 600 = 19,400, so k = 18,400 / 19,400 = 0.948453…; revenue at breakeven
//   30,000 × k = 28,453.61 a month (28,453.608…), card fees 569.07.
// Actuals for January to March: revenue 27,500, 31,000, 33,200; rent as planned; card fees 550,
// 620, 664; labour 10,400, 10,400 and 13,000 in March (a temporary hire). No actual for card
// fees in March yet.
const input = emptyBudget({
  horizonMonths: 24,
  revenueLines: [{ id: 'tea', name: 'Milk tea', kind: 'product', unitPrice: '15', volume: { kind: 'flat', perMonth: '2000' }, variableCost: { kind: 'unitCost', unitCost: '5' } }],
  costLines: [
    { id: 'rent', name: 'Rent', departmentId: 'shop', category: 'rent', amount: { kind: 'monthly', amount: '8000' } },
    { id: 'fees', name: 'Card fees', departmentId: 'finance', category: 'other', amount: { kind: 'shareOfRevenue', rate: '0.02' } },
  ],
  positions: [{ id: 'baristas', departmentId: 'shop', roleTitle: 'Barista', count: '2', monthlySalary: '4000', onCostRate: '0.3' }],
  stretch: { global: { volume: '1.2' } },
});

const actual = (lineKind: BudgetActualEntry['lineKind'], lineId: string, month: string, amount: string): BudgetActualEntry => ({ lineKind, lineId, month, amount });
const actuals: BudgetActualEntry[] = [
  actual('revenue', 'tea', '2026-01', '27500'),
  actual('revenue', 'tea', '2026-02', '31000'),
  actual('revenue', 'tea', '2026-03', '33200'),
  ...['2026-01', '2026-02', '2026-03'].map((m) => actual('cost', 'rent', m, '8000')),
  actual('cost', 'fees', '2026-01', '550'),
  actual('cost', 'fees', '2026-02', '620'),
  actual('position', 'baristas', '2026-01', '10400'),
  actual('position', 'baristas', '2026-02', '10400'),
  actual('position', 'baristas', '2026-03', '13000'),
  // A line that no longer exists and a month outside the horizon are ignored.
  actual('cost', 'deleted-line', '2026-02', '99999'),
  actual('revenue', 'tea', '2028-05', '1'),
];

describe('plan vs actual for a tea shop', () => {
  it('plans each line month by month in every scenario', () => {
    const responsibility = plannedLineAmounts(input, 'responsibility');
    expect(responsibility?.map((p) => [p.lineKind, p.lineId, p.amounts[0]])).toEqual([
      ['revenue', 'tea', '30000.00'],
      ['cost', 'rent', '8000.00'],
      ['cost', 'fees', '600.00'],
      ['position', 'baristas', '10400.00'],
    ]);
    const stretch = plannedLineAmounts(input, 'stretch');
    expect(stretch?.map((p) => p.amounts[5])).toEqual(['36000.00', '8000.00', '720.00', '10400.00']);
    const breakeven = plannedLineAmounts(input, 'breakeven');
    expect(breakeven?.map((p) => p.amounts[0])).toEqual(['28453.61', '8000.00', '569.07', '10400.00']);
    // The line plan agrees with the engine's statement of the scenario.
    const result = computeBudget(input);
    expect(result.breakeven.status === 'solved' && result.breakeven.volumeMultiplier).toBe('0.948454');
    expect(result.responsibility.months[0].revenue).toBe(responsibility?.[0].amounts[0]);
  });

  it('compares the quarter by line, department and month', () => {
    const v = budgetVariance(input, actuals, 'responsibility');
    expect(v?.throughMonth).toBe('2026-03');
    expect(v?.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const line = (key: string) => v?.byLine.find((r) => r.key === key);
    // Revenue 91,700 against 90,000: 1,700 more, +1.89 %, favourable.
    expect(line('revenue:tea')).toMatchObject({ planned: '90000.00', actual: '91700.00', variance: '1700.00', rate: '0.0189', favourable: true, monthsWithoutActuals: 0 });
    // Card fees: 1,170 booked against 1,800 planned, March still missing.
    expect(line('cost:fees')).toMatchObject({ planned: '1800.00', actual: '1170.00', variance: '-630.00', rate: '-0.3500', favourable: true, monthsWithoutActuals: 1 });
    // Labour: 33,800 against 31,200: 2,600 over, unfavourable.
    expect(line('position:baristas')).toMatchObject({ variance: '2600.00', rate: '0.0833', favourable: false });
    // Shop: rent and labour, 55,200 planned and 57,800 spent.
    expect(v?.byDepartment.find((r) => r.departmentId === 'shop')).toMatchObject({ planned: '55200.00', actual: '57800.00', variance: '2600.00', favourable: false });
    expect(v?.byMonth[2]).toMatchObject({ month: '2026-03', revenue: { variance: '3200.00', favourable: true }, costs: { planned: '19000.00', actual: '21000.00', variance: '2000.00' } });
    expect(v?.totals.costs).toMatchObject({ planned: '57000.00', actual: '58970.00', variance: '1970.00', favourable: false });
  });

  it('compares against the stretch target too', () => {
    // Stretch plans 36,000 a month: 91,700 against 108,000 is 16,300 short.
    const v = budgetVariance(input, actuals, 'stretch');
    expect(v?.totals.revenue).toMatchObject({ planned: '108000.00', variance: '-16300.00', rate: '-0.1509', favourable: false });
  });

  it('gives the year to date for the dashboard', () => {
    expect(budgetToDate(input, actuals)).toEqual({
      fromMonth: '2026-01',
      throughMonth: '2026-03',
      revenue: { actual: '91700.00', responsibility: '90000.00', stretch: '108000.00' },
      // Costs: rent 24,000 + fees 1,800 (2,160 at stretch) + labour 31,200.
      costs: { actual: '58970.00', responsibility: '57000.00', stretch: '57360.00' },
    });
  });

  it('starts the year to date at the budget year holding the last actual', () => {
    const later = [...actuals, actual('revenue', 'tea', '2027-02', '30500')];
    const ytd = budgetToDate(input, later);
    expect([ytd.fromMonth, ytd.throughMonth, ytd.revenue.actual, ytd.revenue.responsibility]).toEqual(['2027-01', '2027-02', '30500.00', '60000.00']);
  });

  it('compares nothing before the first actual, and has no breakeven plan when none exists', () => {
    expect(budgetVariance(input, [], 'responsibility')).toMatchObject({ throughMonth: null, months: [], totals: { revenue: { planned: '0.00' } } });
    const losing = { ...input, revenueLines: [{ ...input.revenueLines[0], variableCost: { kind: 'unitCost' as const, unitCost: '16' } }] };
    expect(plannedLineAmounts(losing, 'breakeven')).toBeNull();
    expect(budgetVariance(losing, actuals, 'breakeven')).toBeNull();
  });
});
