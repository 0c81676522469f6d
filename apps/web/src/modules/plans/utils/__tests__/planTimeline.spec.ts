import { describe, expect, it } from 'vitest';
import { planNodeRowFixture as planNode } from '../../../../test/fixtures';
import { planTimeline } from '../planTimeline';

const planYear = { start: '2026-01-01', end: '2026-12-31' };

// s1 ─ o1 ─ p1, p2 (undated)
//    ├ o2 (undated) ─ p3
//    └ o3 (undated) ─ p4 (undated)
// s2 ─ o4 ─ p5 ─ t1 (a task, from an opened project)
const nodes = [
  planNode('s2', null, 'strategy', { sortOrder: 2, childCount: 1 }),
  planNode('s1', null, 'strategy', { sortOrder: 1, childCount: 3 }),
  planNode('o2', 's1', 'objective', { sortOrder: 2, childCount: 1, startDate: null, dueDate: null }),
  planNode('o1', 's1', 'objective', { sortOrder: 1, childCount: 2 }),
  planNode('p2', 'o1', 'project', { sortOrder: 2, startDate: '2026-03-01', dueDate: null }),
  planNode('p1', 'o1', 'project', { sortOrder: 1, startDate: '2026-03-01', dueDate: '2026-05-31', status: 'at_risk', progress: 25 }),
  planNode('p3', 'o2', 'project', { sortOrder: 1, startDate: '2025-11-01', dueDate: '2026-02-28' }),
  planNode('o3', 's1', 'objective', { sortOrder: 3, childCount: 1, startDate: null, dueDate: null }),
  planNode('p4', 'o3', 'project', { sortOrder: 1, startDate: null, dueDate: null }),
  planNode('o4', 's2', 'objective', { sortOrder: 1, childCount: 1 }),
  planNode('p5', 'o4', 'project', { sortOrder: 1, childCount: 1, dueDate: '2027-03-31' }),
  planNode('t1', 'p5', 'task', { sortOrder: 1 }),
];

describe('the plan’s timeline rows', () => {
  it('lists each objective with its dated projects below it, in outline order, and no strategies or tasks', () => {
    const { items } = planTimeline(nodes, planYear);
    expect(items.map((item) => [item.key, item.kind, item.level])).toEqual([
      ['o1', 'objective', 0],
      ['p1', 'project', 1],
      ['o2', 'objective', 0],
      ['p3', 'project', 1],
      ['o4', 'objective', 0],
      ['p5', 'project', 1],
    ]);
    expect(items[1]).toMatchObject({ title: 'Title p1', status: 'at_risk', progress: 25, startDate: '2026-03-01', dueDate: '2026-05-31' });
  });

  it('keeps an undated objective as the heading of its dated projects, and counts what has no bar', () => {
    const { items, undated } = planTimeline(nodes, planYear);
    expect(items.find((item) => item.key === 'o2')).toMatchObject({ startDate: null, dueDate: null });
    // p2 (no due date), o2, o3 and p4.
    expect(undated).toBe(4);
    expect(items.some((item) => item.key === 'o3' || item.key === 'p4')).toBe(false);
  });

  it('spans the plan year, stretched to the earliest start and the latest due date', () => {
    expect(planTimeline(nodes, planYear)).toMatchObject({ startDate: '2025-11-01', endDate: '2027-03-31' });
    const inside = [planNode('s', null, 'strategy', { childCount: 1 }), planNode('o', 's', 'objective', { startDate: '2026-02-01', dueDate: '2026-06-30' })];
    expect(planTimeline(inside, planYear)).toMatchObject({ startDate: '2026-01-01', endDate: '2026-12-31' });
  });

  it('has nothing to draw when no objective or project has dates', () => {
    const undatedPlan = [planNode('s', null, 'strategy', { childCount: 1 }), planNode('o', 's', 'objective', { startDate: null, dueDate: null })];
    expect(planTimeline(undatedPlan, planYear)).toMatchObject({ items: [], undated: 1, startDate: '2026-01-01', endDate: '2026-12-31' });
  });
});
