import { describe, expect, it } from 'vitest';
import { planNodeFixture, planNodeRowFixture } from '../../../../test/fixtures';
import { conflictChanges, nodeValuesOf, readNodeConflict } from '../nodeConflict';

class FakeGraphQLErrors extends Error {
  constructor(readonly errors: { message: string; extensions?: Record<string, unknown> }[]) {
    super('graphql');
  }
}

describe('node conflicts', () => {
  const conflict = new FakeGraphQLErrors([
    {
      message: 'The node was changed by someone else.',
      extensions: { code: 'CONFLICT', current: { id: 'n1', version: 7, title: 'Open 3 stores', status: 'at_risk', ownProgress: 40, dueDate: '2026-06-30' } },
    },
  ]);

  it('reads the other person’s values from extensions.current', () => {
    expect(readNodeConflict(conflict)?.version).toBe(7);
  });

  it('is not fooled by other errors', () => {
    expect(readNodeConflict(new FakeGraphQLErrors([{ message: 'x', extensions: { code: 'FORBIDDEN' } }]))).toBeNull();
    expect(readNodeConflict(new Error('offline'))).toBeNull();
  });

  it('lists what they changed since we read the node, with their values', () => {
    const current = readNodeConflict(conflict);
    expect(current).not.toBeNull();
    const before = { title: 'Open 3 stores', status: 'on_track', ownProgress: 30, dueDate: '2026-06-30' };
    expect(conflictChanges(before, current ?? { version: 0 })).toEqual([
      { field: 'status', theirs: 'at_risk' },
      { field: 'ownProgress', theirs: 40 },
    ]);
  });

  it('shows their checklist as one line when it differs from ours, and their recurrence', () => {
    const current = { version: 4, checklist: [{ text: 'Floor plan', done: true }, { text: 'Fire safety check', done: false }], recurrence: 'monthly' };
    const before = { checklist: '☐ Floor plan', recurrence: null };
    expect(conflictChanges(before, current)).toEqual([
      { field: 'recurrence', theirs: 'monthly' },
      { field: 'checklist', theirs: '☑ Floor plan · ☐ Fire safety check' },
    ]);
    expect(conflictChanges({ checklist: '☑ Floor plan · ☐ Fire safety check' }, current)).toEqual([]);
  });

  describe('from a list row, which never read the description or weight, and read a checklist’s ticks without texts', () => {
    const owner = { __typename: 'Member' as const, id: 'm1', user: { __typename: 'User' as const, id: 'u1', displayName: 'Zhou Min' } };
    const row = planNodeRowFixture('t1', 'p1', 'task', { status: 'on_track', owner, checklist: [{ __typename: 'ChecklistItem', done: true }] });
    // Their node: a new status, and a description, weight and checklist the row knows nothing of.
    const theirs = {
      version: 5,
      title: 'Title t1',
      description: 'Their brief',
      ownerId: 'm1',
      status: 'at_risk',
      weight: 3,
      ownProgress: 40,
      checklist: [{ text: 'Floor plan', done: true }],
    };

    it('compares only what the row read', () => {
      const read = nodeValuesOf(row);
      expect(Object.keys(read).sort()).toEqual(['checklist', 'departmentId', 'dueDate', 'ownProgress', 'ownerId', 'recurrence', 'startDate', 'status', 'title']);
      expect(conflictChanges(read, theirs)).toEqual([{ field: 'status', theirs: 'at_risk' }]);
    });

    it('reports their checklist, in words, when its ticks or its length differ from the row’s', () => {
      const read = nodeValuesOf(row);
      const unticked = { ...theirs, status: 'on_track', checklist: [{ text: 'Floor plan', done: false }] };
      expect(conflictChanges(read, unticked)).toEqual([{ field: 'checklist', theirs: '☐ Floor plan' }]);
      const longer = { ...theirs, status: 'on_track', checklist: [{ text: 'Floor plan', done: true }, { text: 'Fire safety check', done: false }] };
      expect(conflictChanges(read, longer)).toEqual([{ field: 'checklist', theirs: '☑ Floor plan · ☐ Fire safety check' }]);
      // Their texts may differ from what the row never read: with the same ticks that is no news to it.
      expect(conflictChanges(read, { ...theirs, status: 'on_track', checklist: [{ text: 'Renamed', done: true }] })).toEqual([]);
    });

    it('still compares every field when the whole node was read', () => {
      const whole = planNodeFixture('t1', 'p1', 'task', { status: 'on_track', owner, checklist: [{ __typename: 'ChecklistItem', text: 'Floor plan', done: true }] });
      expect(conflictChanges(nodeValuesOf(whole), theirs)).toEqual([
        { field: 'description', theirs: 'Their brief' },
        { field: 'status', theirs: 'at_risk' },
        { field: 'weight', theirs: 3 },
      ]);
    });

    it('compares an empty checklist, which a row reads in full', () => {
      expect(nodeValuesOf(planNodeRowFixture('t2', 'p1', 'task')).checklist).toBe('');
    });
  });
});
