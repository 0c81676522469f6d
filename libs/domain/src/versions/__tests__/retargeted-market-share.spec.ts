import { diffVersions, SnapshotNode } from '../..';

/**
 * The marketing director's plan between the first approval and a revision:
 * the market-share target is raised from 35% to 40%, the retail-coverage
 * project changes hands and moves its due date, a dealer project is dropped
 * and a packaging project is added. Budget and headcount did not exist in the
 * first version; the revision has a headcount plan.
 */
const strategy: SnapshotNode = {
  id: 's', parentId: null, level: 'strategy', title: 'Be No. 1 within five years', ownerId: 'gm', departmentId: null,
  startDate: null, dueDate: null, weight: '1', status: 'on_track', kpi: null,
};
const share: SnapshotNode = {
  id: 'o', parentId: 's', level: 'objective', title: 'Raise market share', ownerId: 'marketing-director', departmentId: 'marketing',
  startDate: '2031-01-01', dueDate: '2031-12-31', weight: '1', status: 'on_track',
  kpi: { name: 'Market share', unit: '%', direction: 'higher_is_better', baseline: '30', target: '35' },
};
const coverage: SnapshotNode = {
  id: 'p1', parentId: 'o', level: 'project', title: 'Retail-terminal coverage', ownerId: 'sales-manager', departmentId: 'sales',
  startDate: '2031-01-01', dueDate: '2031-06-30', weight: '2', status: 'not_started', kpi: null,
};
const dealers: SnapshotNode = { ...coverage, id: 'p2', title: 'Dealer satisfaction', weight: '1' };
const packaging: SnapshotNode = { ...coverage, id: 'p3', title: 'Better packaging', ownerId: 'rd-manager', departmentId: 'rd' };

const first = { nodes: [strategy, share, coverage, dealers], budget: null, headcount: null };
const revised = {
  nodes: [
    strategy,
    { ...share, kpi: { ...share.kpi!, target: '40' } },
    { ...coverage, ownerId: 'channel-manager', dueDate: '2031-09-30' },
    packaging,
  ],
  budget: null,
  headcount: { lines: [{ key: 'sales/rep', departmentId: 'sales', position: 'Sales rep', count: 12 }] },
};

describe('a revised market-share plan compared with the first approval', () => {
  const diff = diffVersions(first, revised);

  it('lists the added and removed projects', () => {
    expect(diff.nodes.added.map((n) => n.title)).toEqual(['Better packaging']);
    expect(diff.nodes.removed.map((n) => n.title)).toEqual(['Dealer satisfaction']);
  });

  it('lists each changed field with its old and new value', () => {
    expect(diff.nodes.changed).toEqual([
      { id: 'o', title: 'Raise market share', changes: [{ field: 'kpiTarget', before: '35', after: '40' }] },
      {
        id: 'p1',
        title: 'Retail-terminal coverage',
        changes: [
          { field: 'owner', before: 'sales-manager', after: 'channel-manager' },
          { field: 'dueDate', before: '2031-06-30', after: '2031-09-30' },
        ],
      },
    ]);
  });

  it('counts the new headcount plan as added lines and the absent budget as no change', () => {
    expect(diff.summary).toEqual({
      nodesAdded: 1,
      nodesRemoved: 1,
      nodesChanged: 2,
      targetsChanged: 1,
      budgetLinesAdded: 0,
      budgetLinesRemoved: 0,
      budgetLinesChanged: 0,
      headcountLinesAdded: 1,
      headcountLinesRemoved: 0,
      headcountLinesChanged: 0,
    });
  });

  it('reports a node dropped from a KPI as every KPI field cleared', () => {
    const cleared = diffVersions(first, { nodes: [{ ...share, kpi: null }] }).nodes.changed[0];
    expect(cleared.changes.map((c) => [c.field, c.after])).toEqual([
      ['kpiName', null],
      ['kpiUnit', null],
      ['kpiDirection', null],
      ['kpiBaseline', null],
      ['kpiTarget', null],
    ]);
  });
});
