import type { BudgetDrafts, CostDraft, PositionDraft } from '../budget-drafts.util';
import { BUDGET_HEADER } from './budget-fixtures';
import { carryOver } from '../budget-import.util';

const SALES = 'd-sales';
const HR = 'd-hr';

const header = BUDGET_HEADER;
const rent = (id: string, departmentId: string, extra: Partial<CostDraft> = {}): CostDraft => ({
  id,
  name: 'Rent',
  departmentId,
  category: 'rent',
  amount: { kind: 'monthly', amount: '100.00' },
  planNodeId: null,
  sortOrder: 1,
  version: 1,
  ...extra,
});
const rep = (id: string, departmentId: string, extra: Partial<PositionDraft> = {}): PositionDraft => ({
  id,
  departmentId,
  roleTitle: 'Sales rep',
  count: '1',
  monthlySalary: '1000.00',
  onCostRate: '0.3',
  sortOrder: 1,
  version: 1,
  ...extra,
});
const budget = (lines: Partial<BudgetDrafts>): BudgetDrafts => ({ header, revenueLines: [], costLines: [], positions: [], loans: [], ...lines });

/** An import over a budget with two rent lines of sales (one per office), one of HR and a sales rep. */
describe('carrying lines over an import', () => {
  const before = budget({
    revenueLines: [{ id: 'r1', name: 'Widgets', kind: 'product', unitPrice: '10.00', volume: { kind: 'flat', perMonth: '5' }, stretchVolume: '1.2', sortOrder: 1, version: 3 }],
    costLines: [rent('c1', SALES, { stretchAmount: '0.9', planNodeId: 'project-1' }), rent('c2', SALES, { stretchAmount: '1.1' }), rent('c3', HR, { planNodeId: 'project-2' })],
    positions: [rep('p1', SALES, { stretchCount: '3' })],
    loans: [{ id: 'l1', name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly', sortOrder: 1, version: 1 }],
  });

  it('matches each line to the first old line of its kind with the same key, in order, once', () => {
    const imported = budget({
      revenueLines: [{ id: 'R1', name: ' Widgets ', kind: 'product', unitPrice: '12.00', volume: { kind: 'flat', perMonth: '6' }, sortOrder: 1, version: 0 }],
      costLines: [rent('C1', SALES), rent('C2', SALES), rent('C3', SALES), rent('C4', HR)],
      positions: [rep('P1', HR), rep('P2', SALES)],
      loans: [{ id: 'L1', name: 'Bank', principal: '2000.00', annualRate: '0.04', termMonths: 24, repayment: 'equalInstalment', sortOrder: 1, version: 0 }],
    });
    const { drafts, carried } = carryOver(before, imported);
    expect(carried).toEqual([
      { lineKind: 'revenue', from: 'r1', to: 'R1' },
      { lineKind: 'cost', from: 'c1', to: 'C1' },
      { lineKind: 'cost', from: 'c2', to: 'C2' },
      { lineKind: 'cost', from: 'c3', to: 'C4' },
      { lineKind: 'position', from: 'p1', to: 'P2' },
      { lineKind: 'loan', from: 'l1', to: 'L1' },
    ]);
    // The imported figures stay; the stretch overrides and the project come from the old line.
    expect(drafts.revenueLines[0]).toMatchObject({ id: 'R1', unitPrice: '12.00', stretchVolume: '1.2' });
    expect(drafts.revenueLines[0]).not.toHaveProperty('stretchPrice');
    expect(drafts.costLines.map((l) => [l.id, l.stretchAmount ?? null, l.planNodeId])).toEqual([
      ['C1', '0.9', 'project-1'],
      ['C2', '1.1', null],
      ['C3', null, null],
      ['C4', null, 'project-2'],
    ]);
    expect(drafts.positions.map((p) => [p.id, p.stretchCount ?? null])).toEqual([
      ['P1', null],
      ['P2', '3'],
    ]);
    expect(drafts.loans[0]).toMatchObject({ id: 'L1', principal: '2000.00' });
  });

  it('carries nothing over to lines of another name or department', () => {
    const { drafts, carried } = carryOver(before, budget({ costLines: [rent('C1', SALES, { name: 'Office rent' })], positions: [rep('P1', HR)] }));
    expect(carried).toEqual([]);
    expect(drafts.costLines[0]).toMatchObject({ planNodeId: null });
    expect(drafts.costLines[0]).not.toHaveProperty('stretchAmount');
  });
});
