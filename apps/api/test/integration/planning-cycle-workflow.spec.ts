import { codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import {
  approve,
  byKey,
  createCycle,
  CYCLE,
  RETURN,
  setGroup,
  STAGE,
  stageVersion,
  submit,
  UPDATE_DELIVERABLE,
} from '../support/cycle-fixtures';

/**
 * The whole autumn cycle for one plan year, driven by the people who run it:
 * the sales manager forecasts (and is sent back once), finance follows, the
 * group's leaders decide, and approving the overall plan approves the plan.
 */
describe('a planning cycle from sales forecast to the approved plan', () => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  let deputy: Session;
  let salesManager: Session;
  let finance: Session;
  let cycle: Json;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Cycle Co');
    leader = await t.addMember(admin, 'executive');
    deputy = await t.addMember(admin, 'manager');
    salesManager = await t.addMember(admin, 'manager');
    finance = await t.addMember(admin, 'finance');
    await t.createDepartment(admin, '总裁办 President’s office', undefined, leader.membershipId);
    await t.createDepartment(admin, '销售中心 Sales center', undefined, salesManager.membershipId);
    await t.createDepartment(admin, '财务中心 Finance center', undefined, finance.membershipId);
    await t.createDepartment(admin, 'Warehouse');
    cycle = await createCycle(t, admin, 2027);
  });
  afterAll(() => t.stop());

  const deliverableOf = async (stageId: string, who: Session) => (await t.ok(STAGE, { id: stageId }, who.token)).cycleStage.deliverables[0];
  const notificationsOf = async (who: Session) => (await t.ok(`{ notifications { items { kind stageId message actor { id } } } }`, {}, who.token)).notifications.items;

  it('lays out the eight default stages with owners, responsible managers, dates, dependencies and deliverables', async () => {
    expect(cycle.planYear).toBe(2027);
    expect(cycle.stages.map((s: Json) => [s.position, s.key, s.dueDate])).toEqual([
      [1, 'sales_forecast', '2026-10-20'],
      [2, 'financial_forecast', '2026-10-25'],
      [3, 'sales_plan', '2026-11-01'],
      [4, 'rnd_plan', '2026-11-05'],
      [5, 'supply_plan', '2026-11-10'],
      [6, 'hr_plan', '2026-11-14'],
      [7, 'financial_budget', '2026-11-21'],
      [8, 'overall_plan', '2026-11-25'],
    ]);
    expect(byKey(cycle, 'sales_forecast').ownerDepartment.name).toContain('Sales');
    expect(byKey(cycle, 'sales_forecast').responsible.id).toBe(salesManager.membershipId);
    expect(byKey(cycle, 'financial_budget').responsible.id).toBe(finance.membershipId);
    expect(byKey(cycle, 'overall_plan').responsible.id).toBe(leader.membershipId);
    // Nothing matches R&D, supply or HR: no owner, nobody responsible.
    expect(byKey(cycle, 'rnd_plan').ownerDepartment).toBeNull();
    expect(byKey(cycle, 'rnd_plan').responsible).toBeNull();
    expect(byKey(cycle, 'financial_forecast').dependsOn).toEqual([byKey(cycle, 'sales_forecast').id]);
    expect(byKey(cycle, 'overall_plan').linkedPlanId).toBe(cycle.planId);
    expect(byKey(cycle, 'sales_forecast').linkedPlanId).toBeNull();
    expect(cycle.criticalPath[0]).toBe(byKey(cycle, 'sales_forecast').id);
    expect(cycle.criticalPath.at(-1)).toBe(byKey(cycle, 'overall_plan').id);
    const names = await ownerQuery(`SELECT d.name FROM stage_deliverables d WHERE d.stage_id = $1 ORDER BY name`, [byKey(cycle, 'hr_plan').id]);
    expect(names.map((r) => r.name)).toEqual(['compensation_rules', 'standard_headcount', 'total_labour_cost']);
    // The demo 'today' is later than every default date: all overdue, shown on the dashboard.
    expect(cycle.dashboard).toMatchObject({ stageCount: 8, approvedCount: 0, overdueCount: 8, dueByTodayCount: 8 });
  });

  it('runs every stage through to the approved plan, with a return and a resubmission on the way', async () => {
    cycle = await setGroup(t, admin, cycle.id, { leaderId: leader.membershipId, deputyLeaderId: deputy.membershipId, memberIds: [salesManager.membershipId!, finance.membershipId!] });
    expect(cycle.members.map((m: Json) => m.id).sort()).toEqual([salesManager.membershipId, finance.membershipId].sort());
    const s1 = byKey(cycle, 'sales_forecast').id;

    // The sales manager writes the forecast (which starts the stage) and submits it.
    const doc = await deliverableOf(s1, salesManager);
    await t.ok(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: '<p>2027: 1.2m units</p>' } }, salesManager.token);
    expect((await t.ok(STAGE, { id: s1 }, admin.token)).cycleStage.status).toBe('in_progress');
    await submit(t, salesManager, s1);
    expect((await notificationsOf(leader)).map((n: Json) => [n.kind, n.stageId])).toEqual([['stage_submitted', s1]]);
    expect((await notificationsOf(deputy)).map((n: Json) => [n.kind, n.stageId])).toEqual([['stage_submitted', s1]]);

    // The deputy sends it back; the sales manager hears why.
    const returned = (await t.ok(RETURN, { input: { id: s1, version: await stageVersion(s1), reason: 'Split the forecast by region.' } }, deputy.token)).returnCycleStage;
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Split the forecast by region.' });
    expect((await notificationsOf(salesManager))[0]).toMatchObject({ kind: 'stage_returned', stageId: s1, actor: { id: deputy.membershipId } });
    expect((await notificationsOf(salesManager))[0].message).toContain('Split the forecast by region.');

    const again = await deliverableOf(s1, salesManager);
    await t.ok(UPDATE_DELIVERABLE, { input: { id: again.id, version: again.version, body: '<p>East 0.5m, West 0.7m</p>' } }, salesManager.token);
    await submit(t, salesManager, s1);
    const approved = await approve(t, leader, s1);
    expect(approved).toMatchObject({ status: 'approved', returnReason: null, submittedBy: { id: salesManager.membershipId } });
    expect((await notificationsOf(salesManager))[0]).toMatchObject({ kind: 'stage_approved', stageId: s1 });

    // Finance forecasts; the deputy approves.
    const s2 = byKey(cycle, 'financial_forecast').id;
    await submit(t, finance, s2);
    await approve(t, deputy, s2);
    // The sales plan, then the stages nobody is responsible for: the deputy leader submits them, the leader approves.
    await submit(t, salesManager, byKey(cycle, 'sales_plan').id);
    await approve(t, leader, byKey(cycle, 'sales_plan').id);
    for (const key of ['rnd_plan', 'supply_plan', 'hr_plan']) {
      await submit(t, deputy, byKey(cycle, key).id);
      await approve(t, leader, byKey(cycle, key).id);
    }
    await submit(t, finance, byKey(cycle, 'financial_budget').id);
    await approve(t, deputy, byKey(cycle, 'financial_budget').id);
    const s8 = byKey(cycle, 'overall_plan').id;
    await submit(t, leader, s8);
    await approve(t, admin, s8);

    const [plan] = await ownerQuery(`SELECT status FROM plans WHERE id = $1`, [cycle.planId]);
    expect(plan.status).toBe('approved');
    const [planAudit] = await ownerQuery(`SELECT actor_user_id, changes FROM audit_log WHERE entity = 'plan' AND entity_id = $1 AND action = 'update'`, [cycle.planId]);
    expect(planAudit.actor_user_id).toBe(admin.userId);
    expect(planAudit.changes).toEqual([{ field: 'status', before: 'draft', after: 'approved' }]);
    // The approval took the plan's immutable version, in the same transaction.
    const { planVersions } = await t.ok(`query($id: ID!) { planVersions(planId: $id) { number source createdBy { id } } }`, { id: cycle.planId }, salesManager.token);
    expect(planVersions).toEqual([{ number: 1, source: 'cycle_approval', createdBy: { id: admin.userId } }]);

    const done = (await t.ok(CYCLE, { id: cycle.id }, salesManager.token)).planningCycle;
    expect(done.stages.every((s: Json) => s.status === 'approved' && !s.overdue && s.waitingFor.length === 0)).toBe(true);
    expect(done.dashboard).toMatchObject({ approvedCount: 8, overdueCount: 0, doneOfDueCount: 8, late: [] });

    const { cycleStage } = await t.ok(STAGE, { id: s1 }, salesManager.token);
    expect(cycleStage.history.map((h: Json) => [h.action, h.fromStatus, h.toStatus, h.actor.id])).toEqual([
      ['start', 'not_started', 'in_progress', salesManager.membershipId],
      ['submit', 'in_progress', 'submitted', salesManager.membershipId],
      ['return', 'submitted', 'returned', deputy.membershipId],
      ['start', 'returned', 'in_progress', salesManager.membershipId],
      ['submit', 'in_progress', 'submitted', salesManager.membershipId],
      ['approve', 'submitted', 'approved', leader.membershipId],
    ]);
    expect(cycleStage.history[2].reason).toBe('Split the forecast by region.');
    expect(cycleStage.deliverables[0].body).toBe('<p>East 0.5m, West 0.7m</p>');
    const audited = await ownerQuery(`SELECT action FROM audit_log WHERE entity = 'cycle_stage' AND entity_id = $1 ORDER BY id`, [s1]);
    expect(audited.map((r) => r.action)).toEqual(['start', 'submit', 'return', 'start', 'submit', 'approve']);
  });

  it('carries the retrospective into the next year’s cycle', async () => {
    const { updatePlanningCycle } = await t.ok(
      `mutation($input: UpdatePlanningCycleInput!) { updatePlanningCycle(input: $input) { retrospective } }`,
      { input: { id: cycle.id, version: (await ownerQuery(`SELECT version FROM planning_cycles WHERE id = $1`, [cycle.id]))[0].version, retrospective: 'Start the sales forecast two weeks earlier.' } },
      leader.token,
    );
    expect(updatePlanningCycle.retrospective).toBe('Start the sales forecast two weeks earlier.');
    const next = await createCycle(t, admin, 2028);
    expect(next.previousRetrospective).toBe('Start the sales forecast two weeks earlier.');
    expect(next.retrospective).toBeNull();
    const list = (await t.ok(`{ planningCycles { planYear } }`, {}, finance.token)).planningCycles;
    expect(list.map((c: Json) => c.planYear)).toEqual([2028, 2027]);
  });

  it('refuses a second cycle for the same plan', async () => {
    const res = await t.gql(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { id } }`, { input: { planId: cycle.planId } }, { token: admin.token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.field).toBe('planId');
  });
});
