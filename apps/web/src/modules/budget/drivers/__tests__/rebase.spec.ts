import { describe, expect, it } from 'vitest';
import { draftChangeset } from '../changeset';
import { budgetToDraft, replaceRows } from '../draft';
import type { BudgetDraft, CostRow } from '../draft';
import { rebaseDraft, resolveConflict, resolveSettingsConflict } from '../rebase';
import { noodleShopBudget } from './budgetFragment';

const edit = <K extends keyof BudgetDraft['lines']>(draft: BudgetDraft, kind: K, key: string, patch: Partial<BudgetDraft['lines'][K][number]>) =>
  replaceRows(
    draft,
    kind,
    draft.lines[kind].map((row) => (row.key === key ? { ...row, ...patch } : row)),
  );

// What finance read, what they typed meanwhile, and the budget as a colleague left it.
const read = noodleShopBudget();
const base = budgetToDraft(read);
let mine = edit(base, 'cost', 'cost-rent', { name: 'Shop rent (new lease)' });
mine = edit(mine, 'cost', 'cost-ads', { rate: '0.04' });
mine = replaceRows(mine, 'position', mine.lines.position.filter((row) => row.key !== 'pos-waiters'));

const server = budgetToDraft(
  noodleShopBudget({
    version: 9,
    costLines: [
      { ...read.costLines[0], amount: '19000', version: 5 },
      read.costLines[1],
      { ...read.costLines[0], id: 'cost-water', name: 'Water', category: 'utilities', amount: '600', sortOrder: 3, version: 1 },
    ],
    positions: [
      { ...read.positions[0], count: '4', version: 6 },
      { ...read.positions[1], count: '5', version: 2 },
    ],
  }),
);

describe('moving a draft onto the budget someone else saved', () => {
  const rebased = rebaseDraft(base, mine, server);

  it('reports the lines both changed, and a deletion of a line they edited', () => {
    expect(rebased.conflicts.map((c) => ({ kind: c.kind, key: c.key, mine: c.mine !== null, theirs: c.theirs !== null }))).toEqual([
      { kind: 'cost', key: 'cost-rent', mine: true, theirs: true },
      { kind: 'position', key: 'pos-waiters', mine: false, theirs: true },
    ]);
    expect(rebased.settingsConflict).toBeNull();
  });

  it('takes their values where this person changed nothing, and their new lines', () => {
    const cooks = rebased.draft.lines.position.find((row) => row.key === 'pos-cooks');
    expect(cooks).toMatchObject({ count: '4', version: 6 });
    expect(rebased.draft.lines.cost.map((row) => row.key)).toEqual(['cost-rent', 'cost-ads', 'cost-water']);
    expect(rebased.draft.version).toBe(9);
  });

  it('still saves the unopposed edit, and sends the conflicting ones on the old version until settled', () => {
    const lines = draftChangeset('b1', rebased.base, rebased.draft).lines;
    expect(lines?.costLines?.map((l) => [l.id, l.version, l.name, l.amount ?? l.rate])).toEqual([
      ['cost-rent', 4, 'Shop rent (new lease)', '18000'],
      ['cost-ads', 1, 'Marketing', '0.04'],
    ]);
    expect(lines?.deletions).toEqual([{ lineKind: 'position', id: 'pos-waiters', version: 1 }]);
  });

  it('re-applies this person’s edit on top of their line: their amount, my name, their version', () => {
    const rent = rebased.conflicts[0];
    const settled = resolveConflict(rebased.base, rebased.draft, rent, 'reapply');
    const row = settled.draft.lines.cost.find((r) => r.key === 'cost-rent') as CostRow;
    expect(row).toMatchObject({ name: 'Shop rent (new lease)', amount: '19000', version: 5 });
    const lines = draftChangeset('b1', settled.base, settled.draft).lines;
    expect(lines?.costLines?.find((l) => l.id === 'cost-rent')).toMatchObject({ version: 5, name: 'Shop rent (new lease)', amount: '19000' });
  });

  it('keeps their line when this person gives way, and no longer deletes it', () => {
    const waiters = rebased.conflicts[1];
    const settled = resolveConflict(rebased.base, rebased.draft, waiters, 'theirs');
    expect(settled.draft.lines.position.find((r) => r.key === 'pos-waiters')).toMatchObject({ count: '5', version: 2 });
    expect(draftChangeset('b1', settled.base, settled.draft).lines?.deletions).toBeUndefined();
  });

  it('deletes again from the current version when the deletion is re-applied', () => {
    const settled = resolveConflict(rebased.base, rebased.draft, rebased.conflicts[1], 'reapply');
    expect(draftChangeset('b1', settled.base, settled.draft).lines?.deletions).toEqual([{ lineKind: 'position', id: 'pos-waiters', version: 2 }]);
  });

  it('saves an edited line as a new one when they had deleted it', () => {
    const gone = budgetToDraft(noodleShopBudget({ costLines: [read.costLines[1]], version: 8 }));
    const again = rebaseDraft(base, mine, gone);
    const rent = again.conflicts.find((c) => c.key === 'cost-rent');
    expect(rent?.theirs).toBeNull();
    const settled = resolveConflict(again.base, again.draft, rent as NonNullable<typeof rent>, 'reapply');
    const lines = draftChangeset('b1', settled.base, settled.draft).lines;
    expect(lines?.costLines?.find((l) => l.name === 'Shop rent (new lease)')).toMatchObject({ amount: '18000' });
    expect(lines?.costLines?.find((l) => l.name === 'Shop rent (new lease)')).not.toHaveProperty('id');
  });
});

describe('financing changed on both sides', () => {
  it('is a conflict settled field by field', () => {
    const draft: BudgetDraft = { ...base, financing: { ...(base.financing as NonNullable<BudgetDraft['financing']>), ownFunds: '55000' } };
    const theirs = budgetToDraft(
      noodleShopBudget({ version: 8, financing: { ...(read.financing as NonNullable<typeof read.financing>), initialInvestment: '90000' } }),
    );
    const rebased = rebaseDraft(base, draft, theirs);
    expect(rebased.settingsConflict).not.toBeNull();
    const settled = resolveSettingsConflict(rebased.base, rebased.draft, rebased.settingsConflict as NonNullable<typeof rebased.settingsConflict>, 'reapply');
    expect(settled.draft.financing).toMatchObject({ initialInvestment: '90000', ownFunds: '55000' });
    expect(draftChangeset('b1', settled.base, settled.draft).financing).toEqual({
      initialInvestment: '90000',
      depreciationMonths: 36,
      ownFunds: '55000',
      incomeTaxRate: '0.25',
    });
    expect(settled.draft.version).toBe(8);
  });
});
