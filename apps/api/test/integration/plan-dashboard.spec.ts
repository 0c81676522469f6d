import { health, paceOf, planTimeElapsed, STATUSES } from '@opsplan/domain';
import { asAppRole, codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { ADD_CHECK_IN, CREATE_PLAN, createNode, DELETE_NODE, UPDATE_PROGRESS, versionOf } from '../support/plan-fixtures';

/**
 * The executive dashboard and the department view, on a plan whose dates are
 * set around the database's today, so that every health class shows up:
 *
 *   S ─ O1 (-50…+49) ─ PA [Sales] / manager ─ T1 off track 16% / staff, T2 done / staff, T3 cancelled / manager, T4 at risk, deleted
 *                   ├ PB [Sales] / staff, at risk 20% (-50…+49)
 *                   ├ PC [Sales] / staff, 40% (-10…+89)
 *                   ├ PD [Sales], nobody, no dates
 *                   └ PE [Sales] / staff, 70%, due yesterday (-100…-1)
 *     └ O2 (production, no dates) ─ PP [Production] / executive, off track 5%
 */

const DASHBOARD = `query($planId: ID!) { planDashboard(planId: $planId) {
  plan { id year status progress } today progress yearStart yearEnd timeElapsed health
  operationsIndex { progress index weakest dimensions { dimension progress } }
  objectives { timeElapsed health node { id title progress status dimension startDate dueDate overdue } }
  statusCounts { status count } overdueCount
  trend { date progress }
  checkInActivity { week count averageConfidence }
} }`;

const OVERVIEW = `query($planId: ID!, $departmentId: ID) { departmentOverview(planId: $planId, departmentId: $departmentId) {
  today department { id name }
  projects { timeElapsed health node { id title progress status startDate dueDate overdue owner { id } } }
  atRisk { id title level status overdue owner { id } department { id } }
  atRiskTotal
  workload { owner { id user { displayName } } open overdue atRisk done }
} }`;

describe('the executive dashboard and the department view', () => {
  let t: TestApp;
  let admin: Session;
  let exec: Session;
  let manager: Session;
  let staff: Session;
  let finance: Session;
  let stranger: Session;
  let sales: string;
  let production: string;
  let planId: string;
  let year: number;
  let today: string;
  const ids: Record<string, string> = {};

  const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const dashboard = async (session: Session, id = planId) => (await t.ok(DASHBOARD, { planId: id }, session.token)).planDashboard;
  const overview = async (session: Session, departmentId?: string) => (await t.ok(OVERVIEW, { planId, departmentId }, session.token)).departmentOverview;

  async function node(key: string, input: Record<string, unknown>, report?: { progress?: number; status?: string }) {
    const created = await createNode(t, admin, { planId, ...input });
    ids[key] = created.id;
    if (report) await t.ok(UPDATE_PROGRESS, { input: { id: created.id, version: created.version, ...report } }, admin.token);
    return created.id as string;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Dashboard Co');
    stranger = await t.newOrganization('Elsewhere Co');
    sales = (await t.createDepartment(admin, 'Sales')).id;
    production = (await t.createDepartment(admin, 'Production')).id;
    exec = await t.addMember(admin, 'executive');
    manager = await t.addMember(admin, 'manager', sales);
    staff = await t.addMember(admin, 'staff', sales);
    finance = await t.addMember(admin, 'finance');
    [{ today }] = await ownerQuery(`SELECT current_date::text AS today`);

    // A fiscal year from April, and a plan for the year we are in.
    const [org] = await ownerQuery(`SELECT version FROM organizations WHERE id = $1`, [admin.orgId]);
    await t.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { fiscalYearStartMonth: 4, version: org.version } }, admin.token);
    year = Number(today.slice(0, 4));
    planId = (await t.ok(CREATE_PLAN, { input: { year, name: 'This year' } }, admin.token)).createPlan.id;

    const s = await node('S', { level: 'strategy', title: 'Strategy', dimension: 'marketing' });
    const o1 = await node('O1', { parentId: s, level: 'objective', title: 'Objective 1', startDate: shift(-50), dueDate: shift(49) });
    const o2 = await node('O2', { parentId: s, level: 'objective', title: 'Objective 2', dimension: 'production' });
    const pa = await node('PA', { parentId: o1, level: 'project', title: 'PA', departmentId: sales, ownerId: manager.membershipId, startDate: shift(-50), dueDate: shift(49) });
    await node('PB', { parentId: o1, level: 'project', title: 'PB', departmentId: sales, ownerId: staff.membershipId, startDate: shift(-50), dueDate: shift(49) }, { progress: 20, status: 'at_risk' });
    await node('PC', { parentId: o1, level: 'project', title: 'PC', departmentId: sales, ownerId: staff.membershipId, startDate: shift(-10), dueDate: shift(89) }, { progress: 40 });
    await node('PD', { parentId: o1, level: 'project', title: 'PD', departmentId: sales });
    await node('PE', { parentId: o1, level: 'project', title: 'PE', departmentId: sales, ownerId: staff.membershipId, startDate: shift(-100), dueDate: shift(-1) }, { progress: 70, status: 'on_track' });
    await node('PP', { parentId: o2, level: 'project', title: 'PP', departmentId: production, ownerId: exec.membershipId }, { progress: 5, status: 'off_track' });
    await node('T1', { parentId: pa, level: 'task', title: 'T1', ownerId: staff.membershipId }, { progress: 16, status: 'off_track' });
    await node('T2', { parentId: pa, level: 'task', title: 'T2', ownerId: staff.membershipId }, { progress: 100, status: 'done' });
    await node('T3', { parentId: pa, level: 'task', title: 'T3', ownerId: manager.membershipId, status: 'cancelled' });
    await node('T4', { parentId: pa, level: 'task', title: 'T4', ownerId: manager.membershipId }, { progress: 50, status: 'at_risk' });
    await t.ok(DELETE_NODE, { input: { id: ids.T4, version: await versionOf(ids.T4) } }, admin.token);
  });
  afterAll(() => t.stop());

  describe('the department view', () => {
    it('shows the manager their own department’s projects against the calendar', async () => {
      const data = await overview(manager);
      expect(data.today).toBe(today);
      expect(data.department).toEqual({ id: sales, name: 'Sales' });
      // by due date, undated last
      expect(data.projects.map((p: Json) => p.node.title)).toEqual(['PE', 'PA', 'PB', 'PC', 'PD']);
      const byTitle = Object.fromEntries(data.projects.map((p: Json) => [p.node.title, p]));
      expect(byTitle.PA.node.progress).toBeCloseTo(58, 4); // (16 + 100) / 2; T3 cancelled and T4 deleted count for nothing
      expect(byTitle.PA.timeElapsed).toBeCloseTo(50, 10);
      expect(Object.fromEntries(data.projects.map((p: Json) => [p.node.title, p.health]))).toEqual({ PA: 'on_pace', PB: 'behind', PC: 'ahead', PD: 'unknown', PE: 'behind' });
      // each figure is the domain's, from the node's own progress and dates
      for (const p of data.projects) expect({ title: p.node.title, timeElapsed: p.timeElapsed, health: p.health }).toEqual({ title: p.node.title, ...paceOf(p.node, today) });
      expect(byTitle.PE.node.overdue).toBe(true);
      expect(byTitle.PA.node.owner).toEqual({ id: manager.membershipId });
    });

    it('lists what is at risk, overdue first, then off track, then at risk', async () => {
      const data = await overview(manager);
      expect(data.atRisk.map((n: Json) => n.title)).toEqual(['PE', 'T1', 'PB']);
      expect(data.atRiskTotal).toBe(3);
      expect(data.atRisk.every((n: Json) => n.department.id === sales)).toBe(true);
    });

    it('counts each owner’s open, overdue, at-risk and done work, cancelled and deleted work left out', async () => {
      const data = await overview(manager);
      const rows = data.workload.map((w: Json) => ({ owner: w.owner?.id ?? null, open: w.open, overdue: w.overdue, atRisk: w.atRisk, done: w.done }));
      expect(rows).toEqual([
        { owner: staff.membershipId, open: 4, overdue: 1, atRisk: 2, done: 1 },
        { owner: manager.membershipId, open: 1, overdue: 0, atRisk: 0, done: 0 },
        { owner: null, open: 1, overdue: 0, atRisk: 0, done: 0 },
      ]);
    });

    it('matches a recount of the department’s nodes in the database', async () => {
      const data = await overview(staff);
      const [stored] = await ownerQuery(
        `SELECT count(*) FILTER (WHERE level = 'project')::int AS projects,
                count(*) FILTER (WHERE status NOT IN ('done', 'cancelled') AND (status IN ('at_risk', 'off_track') OR due_date < current_date))::int AS at_risk,
                count(*) FILTER (WHERE status NOT IN ('done', 'cancelled'))::int AS open
           FROM plan_nodes WHERE plan_id = $1 AND department_id = $2 AND deleted_at IS NULL`,
        [planId, sales],
      );
      expect(data.projects).toHaveLength(stored.projects);
      expect(data.atRiskTotal).toBe(stored.at_risk);
      expect(data.workload.reduce((sum: number, w: Json) => sum + w.open, 0)).toBe(stored.open);
    });

    it('lets an executive look at any department', async () => {
      const data = await overview(exec, production);
      expect(data.department.name).toBe('Production');
      expect(data.projects.map((p: Json) => p.node.title)).toEqual(['PP']);
      expect(data.atRisk.map((n: Json) => n.title)).toEqual(['PP']);
      expect(data.workload).toEqual([{ owner: { id: exec.membershipId, user: expect.any(Object) }, open: 1, overdue: 0, atRisk: 1, done: 0 }]);
    });

    it('asks for a department when the caller belongs to none', async () => {
      const res = await t.gql(OVERVIEW, { planId }, { token: finance.token });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.field).toBe('departmentId');
      expect((await overview(finance, sales)).projects).toHaveLength(5);
    });

    it('names the argument that is not an id', async () => {
      const badPlan = await t.gql(OVERVIEW, { planId: 'plan-1', departmentId: sales }, { token: manager.token });
      expect([codes(badPlan), badPlan.errors?.[0].extensions?.field]).toEqual([['BAD_USER_INPUT'], 'planId']);
      const badDepartment = await t.gql(OVERVIEW, { planId, departmentId: 'sales' }, { token: manager.token });
      expect([codes(badDepartment), badDepartment.errors?.[0].extensions?.field]).toEqual([['BAD_USER_INPUT'], 'departmentId']);
      const badDashboard = await t.gql(DASHBOARD, { planId: '42' }, { token: exec.token });
      expect([codes(badDashboard), badDashboard.errors?.[0].extensions?.field]).toEqual([['BAD_USER_INPUT'], 'planId']);
    });

    it('answers NOT_FOUND for another organisation’s plan or department, as for missing ones', async () => {
      const elsewhere = (await t.createDepartment(stranger, 'Their sales')).id;
      const foreign = await t.gql(OVERVIEW, { planId, departmentId: elsewhere }, { token: admin.token });
      expect(codes(foreign)).toEqual(['NOT_FOUND']);
      const ours = await t.gql(OVERVIEW, { planId, departmentId: sales }, { token: stranger.token });
      expect(codes(ours)).toEqual(['NOT_FOUND']);
    });
  });

  describe('the executive dashboard', () => {
    it('shows overall progress and the operations index exactly as the plan reads do', async () => {
      const data = await dashboard(exec);
      const { plan } = await t.ok(`query($id: ID!) { plan(id: $id) { progress } }`, { id: planId }, exec.token);
      const { operationsIndex } = await t.ok(
        `query($id: ID!) { operationsIndex(planId: $id) { progress index weakest dimensions { dimension progress } } }`,
        { id: planId },
        exec.token,
      );
      expect(data.progress).toBe(plan.progress);
      expect(data.plan.progress).toBe(plan.progress);
      expect(data.operationsIndex).toEqual(operationsIndex);
      expect(data.operationsIndex.dimensions.map((d: Json) => d.dimension)).toEqual(['organisation', 'production', 'marketing']);
    });

    it('measures the plan year from the organisation’s fiscal-year start', async () => {
      const data = await dashboard(exec);
      expect(data.today).toBe(today);
      expect([data.yearStart, data.yearEnd]).toEqual([`${year}-04-01`, `${year + 1}-03-31`]);
      const elapsed = planTimeElapsed(year, 4, today);
      expect(data.timeElapsed).toBe(elapsed);
      expect(data.health).toBe(health(data.progress, elapsed));
    });

    it('lists the objectives with their pace', async () => {
      const data = await dashboard(finance);
      expect(data.objectives.map((o: Json) => o.node.title)).toEqual(['Objective 1', 'Objective 2']);
      const [o1, o2] = data.objectives;
      expect(o1.timeElapsed).toBeCloseTo(50, 10);
      expect(o1.health).toBe(health(o1.node.progress, o1.timeElapsed));
      expect(o2).toMatchObject({ timeElapsed: null, health: 'unknown', node: { dimension: 'production' } });
    });

    it('counts the whole plan’s live nodes by status and overdue, as a recount does', async () => {
      const data = await dashboard(staff);
      const stored = await ownerQuery(
        `SELECT status, count(*)::int AS n FROM plan_nodes WHERE plan_id = $1 AND deleted_at IS NULL GROUP BY status`,
        [planId],
      );
      const [late] = await ownerQuery(
        `SELECT count(*)::int AS n FROM plan_nodes WHERE plan_id = $1 AND deleted_at IS NULL AND due_date < current_date AND status NOT IN ('done', 'cancelled')`,
        [planId],
      );
      expect(data.statusCounts).toEqual(STATUSES.map((status) => ({ status, count: stored.find((r) => r.status === status)?.n ?? 0 })));
      expect(data.statusCounts.find((c: Json) => c.status === 'off_track').count).toBe(2); // T1 and PP
      expect(data.overdueCount).toBe(late.n);
      expect(data.overdueCount).toBe(1);
    });

    it('records today’s progress once per day, however often the dashboard is read, and draws the trend from the days before', async () => {
      await ownerQuery(
        `INSERT INTO plan_progress_snapshots (org_id, plan_id, day, progress) VALUES ($1, $2, current_date - 2, 12.5), ($1, $2, current_date - 1, 20)
         ON CONFLICT DO NOTHING`,
        [admin.orgId, planId],
      );
      await dashboard(exec);
      const leaf = ids.PC;
      await t.ok(UPDATE_PROGRESS, { input: { id: leaf, version: await versionOf(leaf), progress: 90 } }, staff.token);
      const data = await dashboard(finance);
      const rows = await ownerQuery(`SELECT day::text AS day, progress::float8 AS progress FROM plan_progress_snapshots WHERE plan_id = $1 ORDER BY day`, [planId]);
      expect(rows.filter((r) => r.day === today)).toEqual([{ day: today, progress: Number(data.progress.toFixed(4)) }]);
      expect(data.trend).toEqual([
        { date: shift(-2), progress: 12.5 },
        { date: shift(-1), progress: 20 },
        { date: today, progress: Number(data.progress.toFixed(4)) },
      ]);
    });

    it('does not queue behind another reader recording today’s figure: it answers its own and leaves the row to that reader', async () => {
      const leaf = ids.PC;
      await t.ok(UPDATE_PROGRESS, { input: { id: leaf, version: await versionOf(leaf), progress: 95 } }, staff.token);
      const stored = async () => (await ownerQuery(`SELECT progress::float8 AS p FROM plan_progress_snapshots WHERE plan_id = $1 AND day = current_date`, [planId]))[0].p;
      const before = await stored();
      const answer = await asAppRole(admin.orgId!, async (db) => {
        // Another reader's transaction holds today's row.
        await db.query(`SELECT 1 FROM plan_progress_snapshots WHERE plan_id = $1 AND day = current_date FOR UPDATE`, [planId]);
        return Promise.race([dashboard(exec), new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5000))]);
      });
      expect(answer).not.toBe('waited');
      const data = answer as Json;
      expect(data.progress.toFixed(4)).not.toBe(before.toFixed(4));
      expect(data.trend.at(-1)).toEqual({ date: today, progress: Number(data.progress.toFixed(4)) });
      expect(await stored()).toBe(before);
      // The next reader finds the row free and records the figure.
      await dashboard(exec);
      expect(await stored()).toBe(Number(data.progress.toFixed(4)));
    });

    it('records the day’s first figure once when two readers come at the same moment, and answers both', async () => {
      const fresh = (await t.ok(CREATE_PLAN, { input: { year: year + 1, name: 'Next year' } }, admin.token)).createPlan;
      const both = await Promise.all([dashboard(exec, fresh.id), dashboard(finance, fresh.id)]);
      for (const data of both) expect(data.trend).toEqual([{ date: today, progress: Number(data.progress.toFixed(4)) }]);
      expect(await ownerQuery(`SELECT day::text AS day FROM plan_progress_snapshots WHERE plan_id = $1`, [fresh.id])).toEqual([{ day: today }]);
    });

    it('records nothing for an archived plan', async () => {
      const archived = (await t.ok(CREATE_PLAN, { input: { year: year - 1, name: 'Last year' } }, admin.token)).createPlan;
      await t.ok(`mutation($input: UpdatePlanStatusInput!) { updatePlanStatus(input: $input) { id } }`, { input: { id: archived.id, status: 'archived', version: archived.version } }, admin.token);
      const data = await dashboard(exec, archived.id);
      expect(data.plan.status).toBe('archived');
      expect(data.trend).toEqual([]);
      expect(await ownerQuery(`SELECT 1 FROM plan_progress_snapshots WHERE plan_id = $1`, [archived.id])).toEqual([]);
    });

    it('counts check-ins per week for the last 12 weeks, of live nodes of this plan only', async () => {
      for (const [key, confidence] of [['PB', 2], ['PC', 4], ['T1', 3]] as const) {
        await t.ok(ADD_CHECK_IN, { input: { nodeId: ids[key], version: await versionOf(ids[key]), progress: 30, confidence } }, staff.token);
      }
      // three weeks ago, thirteen weeks ago (too old), and on the deleted task (left out)
      await ownerQuery(
        `INSERT INTO node_check_ins (org_id, node_id, progress, confidence, created_at)
         VALUES ($1, $2, 10, 5, date_trunc('week', now()) - interval '3 weeks' + interval '1 day'),
                ($1, $2, 10, 1, date_trunc('week', now()) - interval '13 weeks'),
                ($1, $3, 10, 1, now())`,
        [admin.orgId, ids.PB, ids.T4],
      );
      const data = await dashboard(exec);
      expect(data.checkInActivity).toHaveLength(12);
      const weeks = data.checkInActivity.map((w: Json) => w.week);
      expect(weeks).toEqual([...weeks].sort());
      expect(new Date(`${weeks[0]}T00:00:00Z`).getUTCDay()).toBe(1); // Mondays
      const thisWeek = data.checkInActivity[11];
      expect(thisWeek).toEqual({ week: weeks[11], count: 3, averageConfidence: 3 });
      expect(data.checkInActivity[8]).toEqual({ week: weeks[8], count: 1, averageConfidence: 5 });
      expect(data.checkInActivity.reduce((sum: number, w: Json) => sum + w.count, 0)).toBe(4);
      expect(data.checkInActivity[0]).toEqual({ week: weeks[0], count: 0, averageConfidence: null });
    });

    it('is readable by every role, and another organisation gets NOT_FOUND as for a missing plan', async () => {
      for (const session of [admin, exec, manager, staff, finance]) expect((await dashboard(session)).plan.id).toBe(planId);
      const foreign = await t.gql(DASHBOARD, { planId }, { token: stranger.token });
      const missing = await t.gql(DASHBOARD, { planId: '00000000-0000-4000-8000-000000000000' }, { token: stranger.token });
      expect(codes(foreign)).toEqual(['NOT_FOUND']);
      expect(foreign.errors?.[0].message).toBe(missing.errors?.[0].message);
      expect(await ownerQuery(`SELECT 1 FROM plan_progress_snapshots WHERE org_id = $1`, [stranger.orgId])).toEqual([]);
    });
  });
});
