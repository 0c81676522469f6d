import { responsibilityLetters, SnapshotNode } from '../..';

/**
 * A small company: the marketing director owns the market-share objective;
 * the sales department (managed by Li) owns two projects, one owned by Li,
 * one by a staff member, Wu; R&D (managed by Chen) owns a packaging project
 * nobody owns yet; a cancelled objective and its project count for nobody.
 */
const base = { startDate: '2031-01-01', dueDate: '2031-12-31', weight: '1', status: 'on_track' as const, kpi: null };
const nodes: SnapshotNode[] = [
  { ...base, id: 's', parentId: null, level: 'strategy', title: 'Be No. 1', ownerId: 'gm', departmentId: null },
  {
    ...base, id: 'o1', parentId: 's', level: 'objective', title: 'Market share 40%', ownerId: 'zhang', departmentId: 'marketing',
    kpi: { name: 'Market share', unit: '%', direction: 'higher_is_better', baseline: '30', target: '40' },
  },
  { ...base, id: 'p1', parentId: 'o1', level: 'project', title: 'Retail coverage', ownerId: 'li', departmentId: 'sales' },
  { ...base, id: 'p2', parentId: 'o1', level: 'project', title: 'Dealer satisfaction', ownerId: 'wu', departmentId: 'sales' },
  { ...base, id: 'p3', parentId: 'o1', level: 'project', title: 'Packaging', ownerId: null, departmentId: 'rd' },
  { ...base, id: 't1', parentId: 'p1', level: 'task', title: 'Visit shops', ownerId: 'wu', departmentId: 'sales' },
  { ...base, id: 'o2', parentId: 's', level: 'objective', title: 'Dropped', ownerId: 'zhao', departmentId: null, status: 'cancelled' },
  { ...base, id: 'p4', parentId: 'o2', level: 'project', title: 'Under dropped', ownerId: 'zhao', departmentId: 'sales' },
];
const snapshot = {
  nodes,
  people: [
    { id: 'zhang', name: 'Zhang Wei' },
    { id: 'li', name: 'Li Na' },
    { id: 'wu', name: 'Wu Fang' },
    { id: 'chen', name: 'Chen Jie' },
  ],
  departments: [
    { id: 'marketing', name: 'Marketing', managerId: null },
    { id: 'sales', name: 'Sales', managerId: 'li' },
    { id: 'rd', name: 'R&D', managerId: 'chen' },
  ],
  budget: null,
  headcount: null,
};

describe('target-responsibility letters for the management team', () => {
  const letters = responsibilityLetters(snapshot);
  const of = (owner: string) => letters.find((l) => l.ownerId === owner)!;

  it('gives one letter to each objective owner, project owner and manager of a department owning projects', () => {
    expect(letters.map((l) => [l.ownerName, l.kind])).toEqual([
      ['Zhang Wei', 'director'],
      ['Chen Jie', 'department_manager'],
      ['Li Na', 'department_manager'],
      ['Wu Fang', 'department_manager'],
    ]);
  });

  it('lists a director’s objectives with their KPI target and due date', () => {
    expect(of('zhang').items).toEqual([
      { nodeId: 'o1', level: 'objective', title: 'Market share 40%', departmentId: 'marketing', ownerId: 'zhang', dueDate: '2031-12-31', kpi: nodes[1].kpi },
    ]);
    expect(of('zhang').departments).toEqual([]);
  });

  it('lists all of a department’s projects in its manager’s letter, with the envelope and headcount still to be set', () => {
    expect(of('li').items.map((i) => i.title)).toEqual(['Retail coverage', 'Dealer satisfaction']);
    expect(of('li').departments).toEqual([{ id: 'sales', name: 'Sales', budgetEnvelope: null, standardHeadcount: null }]);
    expect(of('chen').items.map((i) => i.title)).toEqual(['Packaging']);
    expect(of('wu').items.map((i) => i.title)).toEqual(['Dealer satisfaction']);
  });

  it('takes the envelope and standard headcount from the version once it has them', () => {
    const budgeted = responsibilityLetters({
      ...snapshot,
      budget: { lines: [], envelopes: [{ departmentId: 'sales', amount: '1200000.00' }] },
      headcount: {
        lines: [
          { key: 'sales/rep', departmentId: 'sales', position: 'Sales rep', count: 12 },
          { key: 'sales/lead', departmentId: 'sales', position: 'Team lead', count: 2 },
        ],
      },
    });
    expect(budgeted.find((l) => l.ownerId === 'li')!.departments).toEqual([
      { id: 'sales', name: 'Sales', budgetEnvelope: '1200000.00', standardHeadcount: 14 },
    ]);
  });
});
