import { canActOnNode, canCreateNode, NODE_ACTIONS, NodePlace, PlanActor } from '../..';

// A sales manager, a sales rep and a finance analyst around one objective
// ("market share 40%") with a sales project and a production project.
const SALES = 'dept-sales';
const PRODUCTION = 'dept-production';
const manager: PlanActor = { role: 'manager', membershipId: 'm-wang', departmentId: SALES };
const rep: PlanActor = { role: 'staff', membershipId: 'm-li', departmentId: SALES };
const analyst: PlanActor = { role: 'finance', membershipId: 'm-zhao', departmentId: null };
const director: PlanActor = { role: 'executive', membershipId: 'm-chen', departmentId: null };

const objective: NodePlace = { level: 'objective', ownerId: 'm-chen', departmentIds: [null, null] };
const salesProject: NodePlace = { level: 'project', ownerId: 'm-wang', departmentIds: [null, null, SALES] };
const salesTask: NodePlace = { level: 'task', ownerId: 'm-li', departmentIds: [null, null, SALES, null] };
const productionTask: NodePlace = { level: 'task', ownerId: 'm-li', departmentIds: [null, null, PRODUCTION, PRODUCTION] };
const productionProject: NodePlace = { level: 'project', ownerId: null, departmentIds: [null, null, PRODUCTION] };

describe('who may touch the sales part of the plan', () => {
  it('lets the director do anything anywhere', () => {
    for (const action of NODE_ACTIONS) {
      for (const place of [objective, salesProject, productionProject]) expect(canActOnNode(director, action, place)).toBe(true);
    }
    expect(canCreateNode(director, { level: 'strategy', departmentId: null }, null)).toBe(true);
  });

  it('lets the sales manager run every node under a sales project, but not the objective or production', () => {
    for (const action of NODE_ACTIONS) {
      expect(canActOnNode(manager, action, salesProject)).toBe(true);
      expect(canActOnNode(manager, action, salesTask)).toBe(true); // department inherited from the project
      expect(canActOnNode(manager, action, objective)).toBe(false);
      expect(canActOnNode(manager, action, productionProject)).toBe(false);
    }
  });

  it('lets the sales manager add a sales project under any objective, but not one for production', () => {
    expect(canCreateNode(manager, { level: 'project', departmentId: SALES }, objective)).toBe(true);
    expect(canCreateNode(manager, { level: 'project', departmentId: PRODUCTION }, objective)).toBe(false);
    expect(canCreateNode(manager, { level: 'objective', departmentId: SALES }, { level: 'strategy', ownerId: null, departmentIds: [SALES] })).toBe(false);
    expect(canCreateNode(manager, { level: 'strategy', departmentId: SALES }, null)).toBe(false);
  });

  it('lets the rep report on the tasks they own, in any department, and nothing more', () => {
    for (const place of [salesTask, productionTask]) {
      expect(canActOnNode(rep, 'progress', place)).toBe(true);
      expect(canActOnNode(rep, 'check_in', place)).toBe(true);
      expect(canActOnNode(rep, 'comment', place)).toBe(true);
      expect(canActOnNode(rep, 'update', place)).toBe(false);
      expect(canActOnNode(rep, 'delete', place)).toBe(false);
      expect(canActOnNode(rep, 'move', place)).toBe(false);
    }
    expect(canActOnNode(rep, 'progress', salesProject)).toBe(false);
  });

  it('lets the rep break their own task into activities, and only that', () => {
    expect(canCreateNode(rep, { level: 'activity', departmentId: null }, productionTask)).toBe(true);
    expect(canCreateNode(rep, { level: 'activity', departmentId: SALES }, { ...salesTask, ownerId: 'someone-else' })).toBe(false);
    expect(canCreateNode(rep, { level: 'task', departmentId: SALES }, salesProject)).toBe(false);
  });

  it('lets finance read only', () => {
    const owned: NodePlace = { ...salesTask, ownerId: analyst.membershipId };
    for (const action of NODE_ACTIONS) expect(canActOnNode(analyst, action, owned)).toBe(false);
    expect(canCreateNode(analyst, { level: 'activity', departmentId: null }, owned)).toBe(false);
  });

  it('gives a member without a department no department rights', () => {
    const homeless: PlanActor = { ...manager, departmentId: null };
    expect(canActOnNode(homeless, 'update', { level: 'task', ownerId: null, departmentIds: [null, null, null] })).toBe(false);
  });
});
