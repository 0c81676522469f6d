import { describe, expect, it } from 'vitest';
import { filterChoices, hasFilters, matchesFilters, NO_FILTERS } from '../outlineFilters';

const sales = { id: 'd-sales', name: 'Sales' };
const ops = { id: 'd-ops', name: 'Operations' };
const wang = { id: 'm-wang', user: { displayName: 'Wang Fang' } };
const zhao = { id: 'm-zhao', user: { displayName: 'Zhao Lei' } };

const nodes = [
  { id: 'a', status: 'on_track' as const, overdue: false, owner: wang, department: sales },
  { id: 'b', status: 'at_risk' as const, overdue: true, owner: zhao, department: ops },
  { id: 'c', status: 'at_risk' as const, overdue: false, owner: null, department: null },
];

const ids = (filters: Parameters<typeof matchesFilters>[1]) =>
  nodes.filter((n) => matchesFilters(n, filters)).map((n) => n.id);

describe('outline filters', () => {
  it('keep everything when none is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(ids(NO_FILTERS)).toEqual(['a', 'b', 'c']);
  });

  it('filter by department, owner and status', () => {
    expect(ids({ overdueOnly: false, departmentId: 'd-sales' })).toEqual(['a']);
    expect(ids({ overdueOnly: false, ownerId: 'm-zhao' })).toEqual(['b']);
    expect(ids({ overdueOnly: false, status: 'at_risk' })).toEqual(['b', 'c']);
  });

  it('combine: overdue and at risk', () => {
    const filters = { overdueOnly: true, status: 'at_risk' as const };
    expect(hasFilters(filters)).toBe(true);
    expect(ids(filters)).toEqual(['b']);
  });

  it('offer the owners and departments present in the loaded rows, by name', () => {
    expect(filterChoices(nodes)).toEqual({
      owners: [
        { value: 'm-wang', label: 'Wang Fang' },
        { value: 'm-zhao', label: 'Zhao Lei' },
      ],
      departments: [
        { value: 'd-ops', label: 'Operations' },
        { value: 'd-sales', label: 'Sales' },
      ],
    });
  });
});
