import { describe, expect, it } from 'vitest';
import { chosenDepartmentId, healthSummary, riskReason, workloadRows } from '../departmentView';

const departments = [{ id: 'sales' }, { id: 'hr' }];

describe('the department shown', () => {
  it('is the manager’s own as the API knows it, whatever the link asks for', () => {
    expect(chosenDepartmentId('hr', 'sales', departments, false)).toBeUndefined();
    expect(chosenDepartmentId(null, null, departments, false)).toBeUndefined();
  });

  it('is the one an executive picked, else their own, else the first', () => {
    expect(chosenDepartmentId('hr', 'sales', departments, true)).toBe('hr');
    expect(chosenDepartmentId('gone', 'sales', departments, true)).toBe('sales');
    expect(chosenDepartmentId(null, null, departments, true)).toBe('sales');
    expect(chosenDepartmentId(null, null, [], true)).toBeNull();
  });
});

describe('the department’s projects', () => {
  it('are summed up by health in a fixed order', () => {
    const projects = [{ health: 'behind' as const }, { health: 'on_pace' as const }, { health: 'behind' as const }];
    expect(healthSummary(projects)).toEqual([
      { health: 'ahead', count: 0 },
      { health: 'on_pace', count: 1 },
      { health: 'behind', count: 2 },
      { health: 'unknown', count: 0 },
    ]);
  });
});

describe('the at-risk list', () => {
  it('gives overdue as the reason before the status', () => {
    expect(riskReason({ overdue: true, status: 'at_risk' })).toBe('overdue');
    expect(riskReason({ overdue: false, status: 'off_track' })).toBe('off_track');
    expect(riskReason({ overdue: false, status: 'at_risk' })).toBe('at_risk');
  });
});

describe('workload by owner', () => {
  it('names each owner and keeps unowned work as its own row', () => {
    const rows = workloadRows([
      { owner: { id: 'm1', user: { displayName: '李强' } }, open: 4, overdue: 1, atRisk: 2, done: 1 },
      { owner: null, open: 1, overdue: 0, atRisk: 0, done: 0 },
    ]);
    expect(rows).toEqual([
      { key: 'm1', ownerId: 'm1', name: '李强', open: 4, overdue: 1, atRisk: 2, done: 1 },
      { key: 'unassigned', ownerId: null, name: null, open: 1, overdue: 0, atRisk: 0, done: 0 },
    ]);
  });
});
