import type { Role } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { planNodeRowFixture as planNode } from '../../../../test/fixtures';
import { inlineAccessOf, inlineWriteOf, isEditable, NO_INLINE_ACCESS, parseDueDate, parseKpiActual, parsePercent } from '../inlineEdit';
import { planActorOf } from '../nodeAccess';

const sales = { __typename: 'Department' as const, id: 'd-sales', name: 'Sales' };
const owner = (id: string) => ({ __typename: 'Member' as const, id, user: { __typename: 'User' as const, id: `u-${id}`, displayName: id } });
const kpi = { __typename: 'Kpi' as const, name: 'Revenue', unit: '万元', target: '1200', actual: '300', targetSource: null };

const nodes = [
  planNode('s1', null, 'strategy', { childCount: 1 }),
  planNode('o1', 's1', 'objective', { childCount: 1 }),
  planNode('p1', 'o1', 'project', { childCount: 2, department: sales, owner: owner('m-mgr') }),
  planNode('t-mine', 'p1', 'task', { owner: owner('m-staff') }),
  planNode('t-kpi', 'p1', 'task', { owner: owner('m-staff'), kpi }),
  planNode('t-other', 'p1', 'task', { owner: owner('m-else') }),
];
const byId = new Map(nodes.map((n) => [n.id, n]));
const at = (id: string) => byId.get(id) as (typeof nodes)[number];
const actor = (role: Role, membershipId: string) => planActorOf({ membership: { id: membershipId, role, department: { id: 'd-sales' } } });

describe('which outline cells a viewer may edit in place', () => {
  it('lets an executive edit everything, the status with the node’s other fields', () => {
    const access = inlineAccessOf(actor('executive', 'm-exec'), at('t-mine'), byId);
    expect(access).toEqual({ status: 'updateNode', progress: 'own', owner: true, dueDate: true });
  });

  it('lets staff report status and progress on their own task only, never owner or dates', () => {
    const staff = actor('staff', 'm-staff');
    expect(inlineAccessOf(staff, at('t-mine'), byId)).toEqual({ status: 'updateProgress', progress: 'own', owner: false, dueDate: false });
    expect(inlineAccessOf(staff, at('t-other'), byId)).toEqual(NO_INLINE_ACCESS);
    expect(inlineAccessOf(staff, at('o1'), byId)).toEqual(NO_INLINE_ACCESS);
  });

  it('lets a manager edit their department’s project but not leadership’s objective', () => {
    const manager = actor('manager', 'm-mgr');
    expect(isEditable(inlineAccessOf(manager, at('p1'), byId), 'owner')).toBe(true);
    expect(inlineAccessOf(manager, at('o1'), byId)).toEqual(NO_INLINE_ACCESS);
  });

  it('gives finance and an archived plan (no actor) nothing to edit', () => {
    expect(inlineAccessOf(actor('finance', 'm-fin'), at('t-mine'), byId)).toEqual(NO_INLINE_ACCESS);
    expect(inlineAccessOf(null, at('t-mine'), byId)).toEqual(NO_INLINE_ACCESS);
  });

  it('shows a parent’s roll-up and a KPI node’s KPI instead of a percentage to type', () => {
    const executive = actor('executive', 'm-exec');
    const parent = inlineAccessOf(executive, at('p1'), byId);
    expect(parent.progress).toBe('rollUp');
    expect(isEditable(parent, 'progress')).toBe(false);
    const measured = inlineAccessOf(executive, at('t-kpi'), byId);
    expect(isEditable(measured, 'progress')).toBe(false);
    expect(isEditable(measured, 'kpiActual')).toBe(true);
  });
});

describe('reading what was typed in a cell', () => {
  it('takes whole percentages from 0 to 100', () => {
    expect(parsePercent(55)).toEqual({ ok: true, value: 55 });
    expect(parsePercent('99.6')).toEqual({ ok: true, value: 100 });
    expect(parsePercent(null)).toEqual({ ok: false, error: 'required' });
    expect(parsePercent(101)).toEqual({ ok: false, error: 'percent' });
    expect(parsePercent('abc')).toEqual({ ok: false, error: 'percent' });
  });

  it('takes KPI actuals as decimal strings, never floats', () => {
    expect(parseKpiActual(' 1200.5 ')).toEqual({ ok: true, value: '1200.5' });
    expect(parseKpiActual('-3')).toEqual({ ok: true, value: '-3' });
    expect(parseKpiActual('')).toEqual({ ok: false, error: 'required' });
    expect(parseKpiActual('1,200')).toEqual({ ok: false, error: 'decimal' });
    expect(parseKpiActual('1.23456')).toEqual({ ok: false, error: 'decimal' });
  });

  it('refuses a due date before the start date, and allows clearing it', () => {
    expect(parseDueDate('2026-03-01', '2026-01-01')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDueDate('2025-12-31', '2026-01-01')).toEqual({ ok: false, error: 'beforeStart' });
    expect(parseDueDate(null, '2026-01-01')).toEqual({ ok: true, value: null });
  });
});

describe('what an inline edit sends', () => {
  const executive = inlineAccessOf(actor('executive', 'm-exec'), at('t-mine'), byId);
  const staff = inlineAccessOf(actor('staff', 'm-staff'), at('t-mine'), byId);

  it('sends only the changed field, through the mutation the viewer may use', () => {
    expect(inlineWriteOf(at('t-mine'), { field: 'status', value: 'at_risk' }, executive)).toEqual({ mutation: 'updateNode', fields: { status: 'at_risk' } });
    expect(inlineWriteOf(at('t-mine'), { field: 'status', value: 'at_risk' }, staff)).toEqual({ mutation: 'updateProgress', fields: { status: 'at_risk' } });
    expect(inlineWriteOf(at('t-mine'), { field: 'progress', value: 70 }, staff)).toEqual({ mutation: 'updateProgress', fields: { progress: 70 } });
    expect(inlineWriteOf(at('t-mine'), { field: 'owner', value: null }, executive)).toEqual({ mutation: 'updateNode', fields: { ownerId: null } });
    expect(inlineWriteOf(at('t-mine'), { field: 'dueDate', value: '2026-06-30' }, executive)).toEqual({ mutation: 'updateNode', fields: { dueDate: '2026-06-30' } });
  });

  it('sends nothing when the value did not change or the viewer may not change it', () => {
    expect(inlineWriteOf(at('t-mine'), { field: 'status', value: 'on_track' }, executive)).toBeNull();
    expect(inlineWriteOf(at('t-mine'), { field: 'progress', value: 40 }, staff)).toBeNull();
    expect(inlineWriteOf(at('t-mine'), { field: 'owner', value: 'm-else' }, staff)).toBeNull();
    expect(inlineWriteOf(at('p1'), { field: 'progress', value: 90 }, inlineAccessOf(actor('executive', 'm-exec'), at('p1'), byId))).toBeNull();
  });
});
