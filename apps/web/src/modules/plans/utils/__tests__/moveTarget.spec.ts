import { describe, expect, it } from 'vitest';
import type { Level, Role } from '@opsplan/domain';
import { planActorOf } from '../nodeAccess';
import { canMoveNode, currentSlot, deepestParentLevel, dropAt, dropVerdict, moveContext, refuseParent, siblingsFor, slotSortOrder } from '../moveTarget';
import type { MovableNode } from '../moveTarget';

// s1 ─ o1 ─ p-sales ─ t1 ─ a1
//    │     │         ├ t2
//    │     │         └ t3
//    │     └ p-ops ─── t4
//    └ o2
const node = (id: string, parentId: string | null, level: Level, sortOrder: number, department: string | null = null): MovableNode => ({
  id,
  parentId,
  level,
  sortOrder,
  planId: 'plan-1',
  title: id,
  owner: null,
  department: department ? { id: department } : null,
});
const nodes = [
  node('s1', null, 'strategy', 1),
  node('o1', 's1', 'objective', 1),
  node('o2', 's1', 'objective', 2),
  node('p-sales', 'o1', 'project', 1, 'd-sales'),
  node('p-ops', 'o1', 'project', 2, 'd-ops'),
  node('t3', 'p-sales', 'task', 3),
  node('t1', 'p-sales', 'task', 1),
  node('t2', 'p-sales', 'task', 2),
  node('a1', 't1', 'activity', 1),
  node('t4', 'p-ops', 'task', 1),
];

const as = (role: Role, departmentId: string | null = null) =>
  moveContext(planActorOf({ membership: { id: `m-${role}`, role, department: departmentId ? { id: departmentId } : null } }), nodes);
const executive = as('executive');
const at = (id: string) => executive.byId.get(id) as MovableNode;
const drop = (dragged: string, target: string, position: 'before' | 'inside' | 'after', ctx = executive) => dropVerdict(ctx, at(dragged), at(target), position);

describe('dropping a row in the plan outline', () => {
  it('reorders before a sibling: the node takes that sibling’s place, which the API shifts down', () => {
    expect(drop('t3', 't1', 'before')).toEqual({ allowed: true, position: 'before', parentId: 'p-sales', sortOrder: 1 });
    expect(drop('t3', 't2', 'before')).toEqual({ allowed: true, position: 'before', parentId: 'p-sales', sortOrder: 2 });
  });

  it('reorders after a sibling: the place of the one that follows, or last', () => {
    expect(drop('t1', 't2', 'after')).toEqual({ allowed: true, position: 'after', parentId: 'p-sales', sortOrder: 3 });
    expect(drop('t1', 't3', 'after')).toEqual({ allowed: true, position: 'after', parentId: 'p-sales', sortOrder: null });
  });

  it('treats a drop that leaves the order as it is as no move', () => {
    expect(drop('t1', 't2', 'before')).toMatchObject({ allowed: false, reason: 'unchanged' });
    expect(drop('t2', 't1', 'after')).toMatchObject({ allowed: false, reason: 'unchanged' });
    expect(drop('t2', 'p-sales', 'inside')).toMatchObject({ allowed: false, reason: 'unchanged' });
  });

  it('does nothing when a row is dropped on itself', () => {
    for (const position of ['before', 'inside', 'after'] as const) {
      expect(drop('t2', 't2', position)).toEqual({ allowed: false, position, reason: 'self' });
    }
    expect(dropAt(executive, at('t2'), at('t2'), 0.5)).toMatchObject({ allowed: false, reason: 'self' });
  });

  it('reparents onto a row of the level above, last among its children', () => {
    expect(drop('t2', 'p-ops', 'inside')).toEqual({ allowed: true, position: 'inside', parentId: 'p-ops', sortOrder: null });
    expect(drop('p-ops', 'o2', 'inside')).toEqual({ allowed: true, position: 'inside', parentId: 'o2', sortOrder: null });
  });

  it('reparents next to a row under another parent', () => {
    expect(drop('t2', 't4', 'before')).toEqual({ allowed: true, position: 'before', parentId: 'p-ops', sortOrder: 1 });
    expect(drop('t2', 't4', 'after')).toEqual({ allowed: true, position: 'after', parentId: 'p-ops', sortOrder: null });
  });

  it('refuses a cycle: a node onto its own descendant', () => {
    expect(drop('p-sales', 't1', 'inside')).toMatchObject({ allowed: false, reason: 'cycle' });
    expect(drop('o1', 'a1', 'inside')).toMatchObject({ allowed: false, reason: 'cycle' });
    // Next to its own child means under itself.
    expect(drop('p-sales', 't2', 'before')).toMatchObject({ allowed: false, reason: 'self' });
    expect(drop('o1', 't2', 'after')).toMatchObject({ allowed: false, reason: 'cycle' });
  });

  it('refuses a level mismatch', () => {
    expect(drop('t2', 'o2', 'inside')).toMatchObject({ allowed: false, reason: 'level' });
    expect(drop('t2', 't4', 'inside')).toMatchObject({ allowed: false, reason: 'level' });
    expect(drop('p-ops', 't1', 'before')).toMatchObject({ allowed: false, reason: 'level' });
    // Next to an objective means under the strategy.
    expect(drop('t2', 'o2', 'after')).toMatchObject({ allowed: false, reason: 'level' });
    // Next to a strategy means at the root, where only strategies are.
    expect(drop('o2', 's1', 'after')).toMatchObject({ allowed: false, reason: 'level' });
  });

  it('allows an activity directly under a project, and next to the project’s tasks', () => {
    expect(drop('a1', 'p-ops', 'inside')).toEqual({ allowed: true, position: 'inside', parentId: 'p-ops', sortOrder: null });
    expect(drop('a1', 't2', 'before')).toEqual({ allowed: true, position: 'before', parentId: 'p-sales', sortOrder: 2 });
    expect(drop('a1', 't4', 'inside')).toMatchObject({ allowed: true, parentId: 't4' });
  });

  it('refuses a node of another plan', () => {
    const other = { ...node('o-elsewhere', 's-elsewhere', 'objective', 1), planId: 'plan-2' };
    const ctx = moveContext(executive.actor, [...nodes, node('s-elsewhere', null, 'strategy', 2), other]);
    expect(dropVerdict(ctx, at('p-ops'), other, 'inside')).toMatchObject({ allowed: false, reason: 'other_plan' });
  });

  it('never picks up a strategy, and only what the viewer may move', () => {
    expect(canMoveNode(executive.actor, at('s1'), executive.byId)).toBe(false);
    expect(canMoveNode(executive.actor, at('o1'), executive.byId)).toBe(true);
    const manager = as('manager', 'd-sales');
    expect(canMoveNode(manager.actor, at('t2'), manager.byId)).toBe(true);
    expect(canMoveNode(manager.actor, at('o1'), manager.byId)).toBe(false);
    expect(canMoveNode(manager.actor, at('t4'), manager.byId)).toBe(false);
    expect(nodes.filter((n) => canMoveNode(as('staff', 'd-sales').actor, n, executive.byId))).toEqual([]);
    expect(drop('t2', 't1', 'before', as('finance'))).toMatchObject({ allowed: false, reason: 'not_movable' });
  });

  it('refuses a manager a move into another department’s project', () => {
    const manager = as('manager', 'd-sales');
    expect(drop('t2', 't1', 'before', manager)).toMatchObject({ allowed: true });
    expect(drop('t2', 'p-ops', 'inside', manager)).toMatchObject({ allowed: false, reason: 'not_allowed' });
    expect(refuseParent(manager, at('a1'), 't2')).toBeNull();
  });
});

describe('where on a row the drop lands', () => {
  it('splits a row that takes the node both as child and as sibling into thirds', () => {
    // An activity over a task: under the task, or next to it under the project.
    expect(dropAt(executive, at('a1'), at('t2'), 0.1)).toMatchObject({ allowed: true, position: 'before', parentId: 'p-sales' });
    expect(dropAt(executive, at('a1'), at('t2'), 0.5)).toMatchObject({ allowed: true, position: 'inside', parentId: 't2' });
    expect(dropAt(executive, at('a1'), at('t2'), 0.9)).toMatchObject({ allowed: true, position: 'after', parentId: 'p-sales' });
  });

  it('splits a sibling row in halves, and makes a row of the level above a parent wherever it is dropped', () => {
    expect(dropAt(executive, at('t3'), at('t1'), 0.4)).toMatchObject({ allowed: true, position: 'before' });
    expect(dropAt(executive, at('t3'), at('t1'), 0.6)).toMatchObject({ allowed: true, position: 'after' });
    expect(dropAt(executive, at('t2'), at('p-ops'), 0.05)).toMatchObject({ allowed: true, position: 'inside' });
    expect(dropAt(executive, at('t2'), at('p-ops'), 0.95)).toMatchObject({ allowed: true, position: 'inside' });
  });

  it('names the reason under the pointer when nothing is allowed', () => {
    expect(dropAt(executive, at('t2'), at('o2'), 0.5)).toMatchObject({ allowed: false, reason: 'level' });
    expect(dropAt(executive, at('p-sales'), at('t1'), 0.5)).toMatchObject({ allowed: false, reason: 'cycle' });
  });
});

describe('positions in the move dialog', () => {
  it('lists the new parent’s other children in order and numbers the slots between them', () => {
    const siblings = siblingsFor(executive, 'p-sales', at('t1'));
    expect(siblings.map((s) => s.id)).toEqual(['t2', 't3']);
    expect([0, 1, 2].map((slot) => slotSortOrder(siblings, slot))).toEqual([2, 3, null]);
    expect(currentSlot(executive, at('t1'))).toBe(0);
    expect(currentSlot(executive, at('t3'))).toBe(2);
  });

  it('offers parents only down to the deepest level that can hold the node', () => {
    expect(deepestParentLevel('strategy')).toBe(-1);
    expect(deepestParentLevel('objective')).toBe(0);
    expect(deepestParentLevel('task')).toBe(2);
    expect(deepestParentLevel('activity')).toBe(3);
  });
});
