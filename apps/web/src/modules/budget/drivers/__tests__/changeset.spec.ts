import { describe, expect, it } from 'vitest';
import { cellOfServerField } from '../cells';
import { changesetIsEmpty, draftChangeset } from '../changeset';
import { blankRow, budgetToDraft, replaceRows, withVolumeKind } from '../draft';
import type { BudgetDraft, RevenueRow } from '../draft';
import { noodleShopBudget } from './budgetFragment';

const edit = <K extends keyof BudgetDraft['lines']>(draft: BudgetDraft, kind: K, key: string, patch: Partial<BudgetDraft['lines'][K][number]>) =>
  replaceRows(
    draft,
    kind,
    draft.lines[kind].map((row) => (row.key === key ? { ...row, ...patch } : row)),
  );

describe('what a save sends', () => {
  const base = budgetToDraft(noodleShopBudget());

  it('sends nothing for an untouched draft, or one edited and put back', () => {
    expect(changesetIsEmpty(draftChangeset('b1', base, base))).toBe(true);
    let draft = edit(base, 'cost', 'cost-rent', { amount: '19000' });
    draft = edit(draft, 'cost', 'cost-rent', { amount: '18000' });
    // A volume kind tried and switched back is no change either, though the monthly values were filled meanwhile.
    const dine = draft.lines.revenue[0];
    draft = edit(draft, 'revenue', 'rev-dine', withVolumeKind(withVolumeKind(dine, 'monthly', 12), 'flat', 12));
    expect(changesetIsEmpty(draftChangeset('b1', base, draft))).toBe(true);
  });

  it('sends only the changed, added and deleted lines, each changed one whole with its version', () => {
    let draft = edit(base, 'cost', 'cost-rent', { amount: '19500.50' });
    const hire = { ...blankRow('position', draft, 'kitchen'), roleTitle: 'Dishwasher', count: '1', monthlySalary: '4200', onCostRate: '0.3' };
    draft = replaceRows(draft, 'position', [...draft.lines.position, hire]);
    draft = replaceRows(draft, 'loan', []);

    const changeset = draftChangeset('b1', base, draft);
    expect(changeset.lines).toEqual({
      budgetId: 'b1',
      costLines: [
        {
          id: 'cost-rent',
          version: 4,
          name: 'Shop rent',
          departmentId: 'front',
          category: 'rent',
          amountKind: 'monthly',
          amount: '19500.50',
          rate: null,
          firstMonth: null,
          lastMonth: null,
          planNodeId: null,
          stretchAmount: null,
          sortOrder: 1,
        },
      ],
      positions: [
        {
          departmentId: 'kitchen',
          roleTitle: 'Dishwasher',
          count: '1',
          monthlySalary: '4200',
          onCostRate: '0.3',
          firstMonth: null,
          lastMonth: null,
          stretchCount: null,
          sortOrder: 3,
        },
      ],
      deletions: [{ lineKind: 'loan', id: 'loan-1', version: 2 }],
    });
    expect(changeset).toMatchObject({ added: 1, changed: 1, deleted: 1, financing: null, stretch: null });
    expect(changeset.rowKeys).toEqual({ revenueLines: [], costLines: ['cost-rent'], positions: [hire.key], loans: [] });
  });

  it('sends a revenue line’s volume and variable cost in the shape of its kind, keeping the plan link of a cost line', () => {
    let draft = edit(base, 'revenue', 'rev-delivery', { seasonality: ['0.8', '0.8', '1', '1', '1', '1', '1.2', '1.2', '1', '1', '1', '1.4'], variableCostKind: 'none' });
    draft = edit(draft, 'cost', 'cost-ads', { rate: '0.035' });
    const lines = draftChangeset('b1', base, draft).lines;
    expect(lines?.revenueLines?.[0]).toMatchObject({
      id: 'rev-delivery',
      version: 1,
      volume: { kind: 'growth', start: '400', monthlyGrowth: '0.03', seasonality: ['0.8', '0.8', '1', '1', '1', '1', '1.2', '1.2', '1', '1', '1', '1.4'] },
      variableCost: null,
    });
    expect(lines?.costLines?.[0]).toMatchObject({ id: 'cost-ads', amountKind: 'shareOfRevenue', amount: null, rate: '0.035', firstMonth: '2026-03', planNodeId: 'node-9' });
  });

  it('sends a monthly line’s twelve values', () => {
    const dine = base.lines.revenue[0] as RevenueRow;
    const monthly = withVolumeKind(dine, 'monthly', 12);
    const draft = edit(base, 'revenue', 'rev-dine', { ...monthly, values: monthly.values.map((v, i) => (i === 11 ? '4500' : v)) });
    expect(draftChangeset('b1', base, draft).lines?.revenueLines?.[0].volume).toEqual({
      kind: 'monthly',
      values: [...Array.from({ length: 11 }, () => '3000'), '4500'],
    });
  });

  it('sends financing and stretch as whole sections when they change, blanks as null', () => {
    const draft: BudgetDraft = {
      ...base,
      financing: { ...(base.financing as NonNullable<BudgetDraft['financing']>), ownFunds: '60000', incomeTaxRate: '' },
      stretch: { ...(base.stretch as NonNullable<BudgetDraft['stretch']>), price: '1.05' },
    };
    const changeset = draftChangeset('b1', base, draft);
    expect(changeset.lines).toBeNull();
    expect(changeset.financing).toEqual({ initialInvestment: '80000', depreciationMonths: 36, ownFunds: '60000', incomeTaxRate: null });
    expect(changeset.stretch).toEqual({ volume: '1.1', price: '1.05', variableCost: null, fixedCost: null, headcount: null });
  });

  it('finds the cell of a field the API refused, by the index in the list it was sent', () => {
    let draft = edit(base, 'position', 'pos-waiters', { count: '4.5' });
    const hire = { ...blankRow('position', draft, 'kitchen'), roleTitle: 'Dishwasher', count: '1', monthlySalary: '4200', onCostRate: '0.3' };
    draft = replaceRows(draft, 'position', [hire, ...draft.lines.position]);
    const changeset = draftChangeset('b1', base, draft);
    // The new line comes first in the list; the changed waiter second.
    expect(cellOfServerField(changeset, 'positions[1].count')).toEqual({ kind: 'position', key: 'pos-waiters', column: 'count' });
    expect(cellOfServerField(changeset, 'positions[0].departmentId')).toEqual({ kind: 'position', key: hire.key, column: 'departmentId' });
    expect(cellOfServerField(changeset, 'financing.ownFunds')).toEqual({ kind: 'settings', key: 'settings', column: 'financing.ownFunds' });
    expect(cellOfServerField(changeset, 'costLines[0].amount')).toBeNull();
  });
});

describe('a refused line the save did not send', () => {
  it('is found by its id', () => {
    const base = budgetToDraft(noodleShopBudget());
    const changeset = draftChangeset('b1', base, base);
    expect(cellOfServerField(changeset, 'costLines(cost-ads).rate')).toEqual({ kind: 'cost', key: 'cost-ads', column: 'amount' });
    expect(cellOfServerField(changeset, 'revenueLines(rev-dine).stretchVolume')).toEqual({ kind: 'revenue', key: 'rev-dine', column: 'stretchVolume' });
  });
});
