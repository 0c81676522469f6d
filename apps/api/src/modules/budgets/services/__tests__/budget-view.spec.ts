import type { BudgetDrafts, PositionDraft } from '../budget-drafts.util';
import { BUDGET_HEADER } from './budget-fixtures';
import { departmentLabour } from '../budget-view.util';

const header = BUDGET_HEADER;
const position = (id: string, departmentId: string, count: string, monthlySalary: string): PositionDraft => ({
  id,
  departmentId,
  roleTitle: 'Engineer',
  count,
  monthlySalary,
  onCostRate: '0.3',
  sortOrder: 1,
  version: 1,
});
const drafts = (positions: PositionDraft[], h = header): BudgetDrafts => ({ header: h, revenueLines: [], costLines: [], positions, loans: [] });

describe('department labour', () => {
  const team = [position('p1', 'd1', '3', '10000.00'), position('p2', 'd2', '1', '8000.00')];

  it('gives each department its headcount and labour cost per month, masked below the minimum head count', () => {
    const [d1, d2] = departmentLabour(drafts(team), team, ['d1', 'd2'], true);
    expect(d1).toMatchObject({ departmentId: 'd1', masked: false });
    expect(d1.headcount).toHaveLength(12);
    expect(d1.labourCost[0]).toBe('39000.00'); // 3 × 10,000 × 1.3
    expect(d2).toMatchObject({ departmentId: 'd2', masked: true });
    expect(d2.labourCost.every((c) => c === null)).toBe(true);
  });

  it('answers the same inputs from what it worked out before, and anything changed afresh', () => {
    const first = departmentLabour(drafts(team), team, ['d1'], false);
    expect(departmentLabour(drafts([...team]), [...team], ['d1'], false)).toBe(first);

    const raised = [position('p1', 'd1', '3', '11000.00'), team[1]];
    expect(departmentLabour(drafts(raised), raised, ['d1'], false)[0].labourCost[0]).toBe('42900.00');
    const longer = { ...header, horizonMonths: 24 };
    expect(departmentLabour(drafts(team, longer), team, ['d1'], false)[0].headcount).toHaveLength(24);
    expect(departmentLabour(drafts(team), team, ['d1'], true)).not.toBe(first);
    expect(departmentLabour(drafts(team), team, ['d1'], false)).toBe(first);
  });
});
