import { describe, expect, it } from 'vitest';
import { conflictChanges, readNodeConflict } from '../nodeConflict';

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
});
