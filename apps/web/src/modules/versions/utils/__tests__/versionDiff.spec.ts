import { describe, expect, it } from 'vitest';
import { defaultComparePair, diffRows, presentFieldChange } from '../versionDiff';

const translate = (field: string, value: string) => (field === 'status' ? { on_track: 'On track', at_risk: 'At risk' }[value] ?? value : value);

describe('presenting a version comparison', () => {
  it('lists added, then removed, then changed nodes', () => {
    const rows = diffRows(
      {
        addedNodes: [{ id: 'n3', title: 'Open Chengdu store', level: 'project' }],
        removedNodes: [{ id: 'n4', title: 'Old CRM', level: 'project' }],
        changedNodes: [{ id: 'n1', title: 'Revenue 1.2bn', level: 'objective', changes: [{ field: 'status', before: 'on_track', after: 'at_risk' }] }],
      },
      translate,
    );
    expect(rows.map((row) => [row.kind, row.title])).toEqual([
      ['added', 'Open Chengdu store'],
      ['removed', 'Old CRM'],
      ['changed', 'Revenue 1.2bn'],
    ]);
    expect(rows[2]?.changes).toEqual([{ field: 'status', before: 'On track', after: 'At risk' }]);
  });

  it('shows names rather than ids for owner, department and parent', () => {
    expect(presentFieldChange({ field: 'owner', before: 'm1', after: 'm2', beforeLabel: 'Li Lei', afterLabel: 'Wang Fang' }, translate)).toEqual({
      field: 'owner',
      before: 'Li Lei',
      after: 'Wang Fang',
    });
  });

  it('shows an emptied or newly set value as empty on one side', () => {
    expect(presentFieldChange({ field: 'dueDate', before: null, after: '2027-06-30' }, translate)).toEqual({ field: 'dueDate', before: null, after: '2027-06-30' });
    expect(presentFieldChange({ field: 'kpiUnit', before: '%', after: '' }, translate)).toEqual({ field: 'kpiUnit', before: '%', after: null });
  });
});

describe('which versions to compare first', () => {
  it('compares the newest with the one before it', () => {
    expect(defaultComparePair([{ id: 'v1', number: 1 }, { id: 'v3', number: 3 }, { id: 'v2', number: 2 }])).toEqual({ fromId: 'v2', toId: 'v3' });
  });

  it('has nothing to compare with one version', () => {
    expect(defaultComparePair([{ id: 'v1', number: 1 }])).toBeNull();
  });
});
