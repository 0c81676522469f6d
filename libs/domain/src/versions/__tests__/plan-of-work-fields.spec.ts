import { diffVersions, SnapshotNode } from '../..';

const project = (fields: Partial<SnapshotNode> = {}): SnapshotNode => ({
  id: 'p1',
  parentId: 'o1',
  level: 'project',
  title: 'Open the Hangzhou store',
  ownerId: 'm1',
  departmentId: 'd1',
  startDate: '2031-03-01',
  dueDate: '2031-09-30',
  weight: '1',
  status: 'on_track',
  kpi: null,
  ...fields,
});

describe('comparing the plan of work between versions', () => {
  it('reports a changed dimension, recurrence, dependencies and checklist', () => {
    const before = project({ dimension: 'production', recurrence: null, dependsOn: ['t2'], checklist: ['Sign the lease'] });
    const after = project({ dimension: 'marketing', recurrence: 'monthly', dependsOn: ['t3', 't2'], checklist: ['Sign the lease', 'Hire a manager'] });
    const { nodes } = diffVersions({ nodes: [before] }, { nodes: [after] });
    expect(nodes.changed).toEqual([
      {
        id: 'p1',
        title: 'Open the Hangzhou store',
        changes: [
          { field: 'dimension', before: 'production', after: 'marketing' },
          { field: 'recurrence', before: null, after: 'monthly' },
          { field: 'dependsOn', before: 't2', after: 't2,t3' },
          { field: 'checklist', before: '["Sign the lease"]', after: '["Sign the lease","Hire a manager"]' },
        ],
      },
    ]);
  });

  it('treats the same dependencies in another order, and empty lists, as no change', () => {
    const before = project({ dependsOn: ['t2', 't3'], checklist: [] });
    const after = project({ dependsOn: ['t3', 't2'], checklist: [] });
    expect(diffVersions({ nodes: [before] }, { nodes: [after] }).nodes.changed).toEqual([]);
  });

  it('reports nothing for fields an older version did not record', () => {
    const older = project();
    const newer = project({ dimension: 'marketing', recurrence: 'weekly', dependsOn: ['t2'], checklist: ['Sign the lease'] });
    expect(diffVersions({ nodes: [older] }, { nodes: [newer] }).nodes.changed).toEqual([]);
    expect(diffVersions({ nodes: [newer] }, { nodes: [older] }).nodes.changed).toEqual([]);
  });
});
