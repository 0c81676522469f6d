import { describe, expect, it } from 'vitest';
import type { Role } from '@opsplan/domain';
import { addableChildLevels, canAct, canAddStrategy, childLevelsOf, planActorOf } from '../nodeAccess';
import type { AccessNode } from '../nodeAccess';

const sales = { id: 'd-sales' };
const ops = { id: 'd-ops' };
const nodes: AccessNode[] = [
  { id: 's1', parentId: null, level: 'strategy', owner: { id: 'm-ceo' }, department: null },
  { id: 'o1', parentId: 's1', level: 'objective', owner: { id: 'm-dir' }, department: null },
  { id: 'p-sales', parentId: 'o1', level: 'project', owner: { id: 'm-mgr' }, department: sales },
  { id: 'p-ops', parentId: 'o1', level: 'project', owner: null, department: ops },
  { id: 't-mine', parentId: 'p-ops', level: 'task', owner: { id: 'm-staff' }, department: null },
  { id: 't-other', parentId: 'p-sales', level: 'task', owner: { id: 'm-else' }, department: null },
];
const byId = new Map(nodes.map((n) => [n.id, n]));
const at = (id: string) => byId.get(id) as AccessNode;

const actor = (role: Role, membershipId: string, departmentId: string | null) =>
  planActorOf({ membership: { id: membershipId, role, department: departmentId ? { id: departmentId } : null } });

const executive = actor('executive', 'm-exec', null);
const manager = actor('manager', 'm-mgr', 'd-sales');
const staff = actor('staff', 'm-staff', 'd-sales');
const finance = actor('finance', 'm-fin', 'd-sales');

describe('which "Add" buttons the outline shows', () => {
  it('knows which levels hang under which (a project takes tasks and activities)', () => {
    expect(childLevelsOf('strategy')).toEqual(['objective']);
    expect(childLevelsOf('project')).toEqual(['task', 'activity']);
    expect(childLevelsOf('activity')).toEqual([]);
  });

  it('lets an executive add anything anywhere, strategies included', () => {
    expect(canAddStrategy(executive)).toBe(true);
    expect(addableChildLevels(executive, at('s1'), byId)).toEqual(['objective']);
    expect(addableChildLevels(executive, at('p-ops'), byId)).toEqual(['task', 'activity']);
  });

  it('lets a manager add only below projects of their department, inherited by the tasks under them', () => {
    expect(canAddStrategy(manager)).toBe(false);
    expect(addableChildLevels(manager, at('s1'), byId)).toEqual([]);
    expect(addableChildLevels(manager, at('o1'), byId)).toEqual([]);
    expect(addableChildLevels(manager, at('p-sales'), byId)).toEqual(['task', 'activity']);
    expect(addableChildLevels(manager, at('t-other'), byId)).toEqual(['activity']);
    expect(addableChildLevels(manager, at('p-ops'), byId)).toEqual([]);
  });

  it('lets staff add activities only under tasks they own', () => {
    expect(canAddStrategy(staff)).toBe(false);
    expect(addableChildLevels(staff, at('t-mine'), byId)).toEqual(['activity']);
    expect(addableChildLevels(staff, at('t-other'), byId)).toEqual([]);
    expect(addableChildLevels(staff, at('p-sales'), byId)).toEqual([]);
  });

  it('shows finance no add button at all, and nobody outside an organisation', () => {
    expect(nodes.flatMap((n) => addableChildLevels(finance, n, byId))).toEqual([]);
    expect(addableChildLevels(planActorOf({ membership: null }), at('s1'), byId)).toEqual([]);
  });

  it('lets staff report on what they own but not edit it', () => {
    expect(canAct(staff, 'progress', at('t-mine'), byId)).toBe(true);
    expect(canAct(staff, 'update', at('t-mine'), byId)).toBe(false);
    expect(canAct(manager, 'update', at('t-other'), byId)).toBe(true);
  });
});
