import fc from 'fast-check';
import { BudgetInput, BudgetInputError, computeBudget, validateBudget } from '../..';
import { budgets } from './arbitraries';
import { emptyBudget } from './fixtures';

// What the API turns into BAD_USER_INPUT, with the field named.
const valid = emptyBudget({
  revenueLines: [{ id: 'w', name: 'Widget', kind: 'product', unitPrice: '100', volume: { kind: 'flat', perMonth: '10' } }],
  costLines: [{ id: 'rent', name: 'Rent', departmentId: 'ops', category: 'rent', amount: { kind: 'monthly', amount: '1000' }, firstMonth: '2026-03', lastMonth: '2026-12' }],
  positions: [{ id: 'p', departmentId: 'ops', roleTitle: 'Clerk', count: '1', monthlySalary: '3000', onCostRate: '0.3' }],
});
const problemsOf = (change: (b: BudgetInput) => void, context?: { departmentIds: string[] }) => {
  const b: BudgetInput = structuredClone(valid);
  change(b);
  return validateBudget(b, context).map(({ path, code }) => ({ path, code }));
};

describe('validating a budget', () => {
  it('accepts a valid budget', () => {
    expect(validateBudget(valid)).toEqual([]);
  });

  it.each([
    ['a negative count', (b: BudgetInput) => (b.positions[0].count = '-1'), 'positions[0].count', 'negative'],
    ['NaN', (b: BudgetInput) => (b.revenueLines[0].unitPrice = 'NaN'), 'revenueLines[0].unitPrice', 'notADecimal'],
    ['1e309', (b: BudgetInput) => (b.positions[0].monthlySalary = '1e309'), 'positions[0].monthlySalary', 'notADecimal'],
    ['a huge number written out', (b: BudgetInput) => (b.positions[0].monthlySalary = '1'.padEnd(310, '0')), 'positions[0].monthlySalary', 'outOfRange'],
    ['a float instead of a string', (b: BudgetInput) => ((b.positions[0] as unknown as { monthlySalary: number }).monthlySalary = 0.1), 'positions[0].monthlySalary', 'notADecimal'],
    ['three-decimal money', (b: BudgetInput) => (b.revenueLines[0].unitPrice = '9.999'), 'revenueLines[0].unitPrice', 'tooManyDecimals'],
    ['a month outside the horizon', (b: BudgetInput) => (b.costLines[0].lastMonth = '2027-01'), 'costLines[0].lastMonth', 'monthOutsideHorizon'],
    ['a month before the horizon', (b: BudgetInput) => (b.positions[0].firstMonth = '2025-12'), 'positions[0].firstMonth', 'monthOutsideHorizon'],
    ['first month after last', (b: BudgetInput) => Object.assign(b.costLines[0], { firstMonth: '2026-12', lastMonth: '2026-04' }), 'costLines[0].firstMonth', 'firstMonthAfterLastMonth'],
    ['a malformed month', (b: BudgetInput) => (b.costLines[0].firstMonth = '2026-13'), 'costLines[0].firstMonth', 'invalidMonth'],
    ['an unknown line in the stretch', (b: BudgetInput) => (b.stretch = { revenueLines: [{ lineId: 'gadget', volume: '1.1' }] }), 'stretch.revenueLines[0].lineId', 'unknownReference'],
    ['an unknown position in the stretch', (b: BudgetInput) => (b.stretch = { positions: [{ positionId: 'w', count: '2' }] }), 'stretch.positions[0].positionId', 'unknownReference'],
    ['a horizon of 11 months', (b: BudgetInput) => (b.horizonMonths = 11), 'horizonMonths', 'outOfRange'],
    ['a horizon of 61 months', (b: BudgetInput) => (b.horizonMonths = 61), 'horizonMonths', 'outOfRange'],
    ['a repeated id', (b: BudgetInput) => b.costLines.push({ ...b.costLines[0] }), 'costLines[1].id', 'duplicateId'],
    ['an unknown category', (b: BudgetInput) => ((b.costLines[0] as { category: string }).category = 'travel'), 'costLines[0].category', 'invalidChoice'],
    ['11 seasonality factors', (b: BudgetInput) => (b.revenueLines[0].volume = { kind: 'growth', start: '1', monthlyGrowth: '0', seasonality: Array(11).fill('1') }), 'revenueLines[0].volume.seasonality', 'wrongLength'],
    ['growth of −100 %', (b: BudgetInput) => (b.revenueLines[0].volume = { kind: 'growth', start: '1', monthlyGrowth: '-1' }), 'revenueLines[0].volume.monthlyGrowth', 'outOfRange'],
    ['a tax rate of 100 %', (b: BudgetInput) => (b.financing.incomeTaxRate = '1'), 'financing.incomeTaxRate', 'outOfRange'],
    ['a loan term of 0 months', (b: BudgetInput) => b.financing.loans.push({ id: 'l', principal: '1', annualRate: '0.05', termMonths: 0, repayment: 'interestOnly' }), 'financing.loans[0].termMonths', 'outOfRange'],
    ['too few monthly volumes', (b: BudgetInput) => (b.revenueLines[0].volume = { kind: 'monthly', values: ['1', '2'] }), 'revenueLines[0].volume.values', 'wrongLength'],
  ])('rejects %s, naming the field', (_, change, path, code) => {
    expect(problemsOf(change)).toContainEqual({ path, code });
  });

  it('rejects an unknown department when it knows the organisation’s departments', () => {
    expect(problemsOf(() => undefined, { departmentIds: ['ops'] })).toEqual([]);
    expect(problemsOf(() => undefined, { departmentIds: ['sales'] })).toEqual([
      { path: 'costLines[0].departmentId', code: 'unknownDepartment' },
      { path: 'positions[0].departmentId', code: 'unknownDepartment' },
    ]);
  });

  it('refuses to compute an invalid budget', () => {
    const bad = structuredClone(valid);
    bad.positions[0].count = '-2';
    expect(() => computeBudget(bad)).toThrow(BudgetInputError);
  });

  it('accepts every valid budget', () => {
    fc.assert(fc.property(budgets, (b) => expect(validateBudget(b)).toEqual([])), { numRuns: 200 });
  });

  it('rejects any bad money anywhere, naming that field', () => {
    const bad = fc.constantFrom('-5.00', '1.005', 'NaN', '1e309', 'Infinity', '', ' 12', '12,50', '0x10');
    fc.assert(
      fc.property(budgets, bad, fc.nat(), (b, value, pick) => {
        const fields: [string, (v: string) => void][] = [
          ['financing.initialInvestment', (v) => (b.financing.initialInvestment = v)],
          ['financing.ownFunds', (v) => (b.financing.ownFunds = v)],
          ...b.revenueLines.map((_, i): [string, (v: string) => void] => [`revenueLines[${i}].unitPrice`, (v) => (b.revenueLines[i].unitPrice = v)]),
          ...b.positions.map((_, i): [string, (v: string) => void] => [`positions[${i}].monthlySalary`, (v) => (b.positions[i].monthlySalary = v)]),
        ];
        const [path, set] = fields[pick % fields.length];
        set(value);
        const problems = validateBudget(b);
        expect(problems.map((p) => p.path)).toEqual([path]);
      }),
      { numRuns: 200 },
    );
  });
});
