import { describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { formsKey } from '../formsKey';

describe('the key the drawer’s edit form and checklist start again on', () => {
  const read: PlanNodeFieldsFragment = planNode('t1', 'p1', 'task', { version: 4, description: 'Old brief', checklist: [{ __typename: 'ChecklistItem', text: 'Floor plan', done: false }] });

  it('changes with the version', () => {
    expect(formsKey({ ...read, version: 5 })).not.toBe(formsKey(read));
  });

  it('changes at the same version when the drawer’s own read corrects a field the lists do not read', () => {
    expect(formsKey({ ...read, description: 'New brief' })).not.toBe(formsKey(read));
    expect(formsKey({ ...read, dependsOn: ['t2'] })).not.toBe(formsKey(read));
    const renamed: PlanNodeFieldsFragment = { ...read, checklist: [{ __typename: 'ChecklistItem', text: 'Floor plan v2', done: false }] };
    expect(formsKey(renamed)).not.toBe(formsKey(read));
  });

  it('stays put when only a roll-up moves, so a colleague’s work below does not wipe what the person is typing', () => {
    const rolledUp: PlanNodeFieldsFragment = { ...read, progress: 75, childCount: 3, overdue: true };
    expect(formsKey(rolledUp)).toBe(formsKey(read));
  });
});
