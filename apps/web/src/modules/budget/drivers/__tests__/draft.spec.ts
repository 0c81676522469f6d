import { computeBudget, validateBudget } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { cellOfProblemPath } from '../cells';
import { blankRow, budgetToDraft, budgetToInput, draftToInput, replaceRows, withVolumeKind } from '../draft';
import type { BudgetDraft, RevenueRow } from '../draft';
import { managerView, noodleShopBudget } from './budgetFragment';

const edit = <K extends keyof BudgetDraft['lines']>(draft: BudgetDraft, kind: K, key: string, patch: Partial<BudgetDraft['lines'][K][number]>) =>
  replaceRows(
    draft,
    kind,
    draft.lines[kind].map((row) => (row.key === key ? { ...row, ...patch } : row)),
  );

describe('the saved budget as the engine reads it', () => {
  it('keeps the lines in their sort order with their ids, and only the fields of each kind', () => {
    const input = budgetToInput(noodleShopBudget());
    expect(input).toEqual({
      startMonth: '2026-01',
      horizonMonths: 12,
      revenueLines: [
        { id: 'rev-dine', name: 'Dine-in bowls', kind: 'product', unitPrice: '28', volume: { kind: 'flat', perMonth: '3000' }, variableCost: { kind: 'unitCost', unitCost: '9.5' } },
        { id: 'rev-delivery', name: 'Delivery', kind: 'channel', unitPrice: '32', volume: { kind: 'growth', start: '400', monthlyGrowth: '0.03' }, variableCost: { kind: 'shareOfRevenue', rate: '0.2' } },
      ],
      costLines: [
        { id: 'cost-rent', name: 'Shop rent', departmentId: 'front', category: 'rent', amount: { kind: 'monthly', amount: '18000' } },
        { id: 'cost-ads', name: 'Marketing', departmentId: 'front', category: 'marketing', amount: { kind: 'shareOfRevenue', rate: '0.03' }, firstMonth: '2026-03' },
      ],
      positions: [
        { id: 'pos-cooks', departmentId: 'kitchen', roleTitle: 'Cook', count: '3', monthlySalary: '7000', onCostRate: '0.3' },
        { id: 'pos-waiters', departmentId: 'front', roleTitle: 'Waiter', count: '4', monthlySalary: '5000', onCostRate: '0.3', lastMonth: '2026-09' },
      ],
      financing: {
        initialInvestment: '80000',
        depreciationMonths: 36,
        ownFunds: '50000',
        incomeTaxRate: '0.25',
        loans: [{ id: 'loan-1', name: 'Bank loan', principal: '30000', annualRate: '0.045', termMonths: 24, repayment: 'equalInstalment' }],
      },
      stretch: {
        global: { volume: '1.1' },
        revenueLines: [{ lineId: 'rev-dine', volume: '1.2', price: undefined, variableCost: undefined }],
        positions: [{ positionId: 'pos-waiters', count: '5' }],
      },
    });
  });

  it('is a valid budget the engine computes: January revenue 28 × 3,000 + 32 × 400', () => {
    const input = budgetToInput(noodleShopBudget());
    expect(validateBudget(input)).toEqual([]);
    const result = computeBudget(input);
    expect(result.responsibility.months[0].revenue).toBe('96800.00');
    // Waiters: 4 × 5,000 × 1.3 until September, none after.
    expect(result.responsibility.months[8].labourCost).toBe('53300.00');
    expect(result.responsibility.months[9].labourCost).toBe('27300.00');
  });

  it('previews a manager’s masked salaries as zero and gives them no financing to edit', () => {
    const draft = budgetToDraft(managerView());
    expect(draft.salariesHidden).toBe(true);
    expect(draft.financing).toBeNull();
    expect(draft.stretch).toBeNull();
    expect(draft.lines.position[0].monthlySalary).toBe('');
    const input = draftToInput(draft);
    expect(input.positions[0]).toMatchObject({ monthlySalary: '0', onCostRate: '0' });
    expect(input.financing).toEqual({ initialInvestment: '0', depreciationMonths: 1, ownFunds: '0', loans: [] });
  });
});

describe('a problem found by validateBudget, on its cell', () => {
  const problemCells = (draft: BudgetDraft) =>
    validateBudget(draftToInput(draft)).map((problem) => ({ cell: cellOfProblemPath(draft, problem.path), code: problem.code }));

  it('names the line and column of a bad figure', () => {
    let draft = budgetToDraft(noodleShopBudget());
    draft = edit(draft, 'revenue', 'rev-dine', { unitPrice: '12.345' });
    draft = edit(draft, 'cost', 'cost-ads', { rate: '' });
    draft = edit(draft, 'loan', 'loan-1', { termMonths: 'two years' });
    draft = edit(draft, 'position', 'pos-cooks', { firstMonth: '2027-02' });
    expect(problemCells(draft)).toEqual([
      { cell: { kind: 'revenue', key: 'rev-dine', column: 'unitPrice' }, code: 'tooManyDecimals' },
      { cell: { kind: 'cost', key: 'cost-ads', column: 'amount' }, code: 'required' },
      { cell: { kind: 'position', key: 'pos-cooks', column: 'firstMonth' }, code: 'monthOutsideHorizon' },
      { cell: { kind: 'loan', key: 'loan-1', column: 'termMonths' }, code: 'notAnInteger' },
    ]);
  });

  it('finds a month of a monthly line, a line’s stretch and the global multipliers', () => {
    let draft = budgetToDraft(noodleShopBudget());
    const delivery = draft.lines.revenue.find((row) => row.key === 'rev-delivery') as RevenueRow;
    const monthly = withVolumeKind(delivery, 'monthly', 12);
    draft = edit(draft, 'revenue', 'rev-delivery', { ...monthly, values: monthly.values.map((v, i) => (i === 3 ? 'abc' : v)) });
    draft = edit(draft, 'position', 'pos-waiters', { stretchCount: '-1' });
    draft = { ...draft, stretch: { ...(draft.stretch as NonNullable<BudgetDraft['stretch']>), volume: '1e3' } };
    expect(problemCells(draft)).toEqual([
      { cell: { kind: 'revenue', key: 'rev-delivery', column: 'm3' }, code: 'notADecimal' },
      { cell: { kind: 'settings', key: 'settings', column: 'stretch.volume' }, code: 'notADecimal' },
      { cell: { kind: 'position', key: 'pos-waiters', column: 'stretchCount' }, code: 'negative' },
    ]);
  });

  it('names the cells of a new, empty line', () => {
    let draft = budgetToDraft(noodleShopBudget());
    const row = blankRow('cost', draft, 'front');
    draft = replaceRows(draft, 'cost', [...draft.lines.cost, row]);
    expect(problemCells(draft)).toEqual([
      { cell: { kind: 'cost', key: row.key, column: 'name' }, code: 'required' },
      { cell: { kind: 'cost', key: row.key, column: 'amount' }, code: 'required' },
    ]);
  });
});

describe('switching a revenue line’s volume kind', () => {
  const dine = () => budgetToDraft(noodleShopBudget()).lines.revenue[0];

  it('fills the months from the flat volume when it becomes monthly', () => {
    const monthly = withVolumeKind(dine(), 'monthly', 12);
    expect(monthly.volumeKind).toBe('monthly');
    expect(monthly.values).toEqual(Array.from({ length: 12 }, () => '3000'));
    expect(monthly.perMonth).toBe('3000');
  });

  it('starts growth from the flat volume at no growth', () => {
    const growth = withVolumeKind(dine(), 'growth', 12);
    expect(growth).toMatchObject({ volumeKind: 'growth', start: '3000', monthlyGrowth: '0' });
  });
});
