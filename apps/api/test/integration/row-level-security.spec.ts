import { APP_DB_ROLE } from '../../src/config/app-config';
import { asAppRole, ownerQuery, Session, TestApp } from '../support/test-app';
import { cycleWorld } from '../support/cycle-fixtures';
import { budgetWithEveryRow } from '../support/budget-fixtures';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, createPlan } from '../support/plan-fixtures';
import { IMPORT_TEMPLATE, miniTemplate } from '../support/template-fixtures';

/**
 * The database itself keeps tenants apart, whatever the API's SQL says: the
 * API's role sees only the rows of the organisation its transaction names.
 */
describe('row-level security in PostgreSQL', () => {
  let t: TestApp;
  let a: Session;
  let b: Session;
  let tenantTables: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    [a, b] = [await t.newOrganization('RLS A'), await t.newOrganization('RLS B')];
    for (const admin of [a, b]) {
      await t.createDepartment(admin, 'Sales');
      await t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, admin.token);
      const plan = await createPlan(t, admin, 'RLS plan');
      const node = await createNode(t, admin, { planId: plan.id, level: 'strategy', title: 'RLS strategy' });
      await t.ok(ADD_CHECK_IN, { input: { nodeId: node.id, version: node.version, progress: 10, confidence: 3 } }, admin.token);
      await t.ok(ADD_COMMENT, { input: { nodeId: node.id, body: 'RLS comment' } }, admin.token);
      await t.ok(`query($id: ID!) { planDashboard(planId: $id) { progress } }`, { id: plan.id }, admin.token);
      // A version with a responsibility letter (for the strategy's objective owner).
      await createNode(t, admin, { planId: plan.id, parentId: node.id, level: 'objective', title: 'RLS objective', ownerId: admin.membershipId });
      await t.ok(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "RLS") { id } }`, { id: plan.id }, admin.token);
      // A planning cycle with a row in each of its tables.
      await cycleWorld(t, admin, plan.id, await t.addMember(admin, 'executive'));
      // A budget with a row in each of its tables.
      await budgetWithEveryRow(t, admin, plan.id);
      // One of the organisation's own plan templates.
      await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('rls')) } }, admin.token);
    }
    tenantTables = (
      await ownerQuery(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'org_id' ORDER BY 1`)
    ).map((r) => r.table_name);
  });
  afterAll(() => t.stop());

  const count = (rows: { n: number }[]) => rows[0].n;

  it('is enabled and forced on every table with an org_id column, and on organizations', async () => {
    expect(tenantTables).toEqual(
      expect.arrayContaining(['audit_log', 'departments', 'invitations', 'memberships', 'plans', 'plan_nodes', 'node_check_ins', 'node_comments', 'plan_progress_snapshots', 'plan_versions', 'responsibility_letters', 'planning_cycles', 'cycle_stages', 'stage_events', 'stage_deliverables', 'stage_attachments', 'notifications', 'budgets', 'budget_revenue_lines', 'budget_cost_lines', 'budget_positions', 'budget_loans', 'budget_actuals', 'plan_templates']),
    );
    for (const table of [...tenantTables, 'organizations']) {
      const [rel] = await ownerQuery(`SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = $1::regclass`, [`public.${table}`]);
      expect({ table, ...rel }).toEqual({ table, relrowsecurity: true, relforcerowsecurity: true });
      const policies = await ownerQuery(`SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`, [table]);
      expect({ table, policies: policies.length > 0 }).toEqual({ table, policies: true });
    }
  });

  it('shows the app role no rows at all when no organisation is set, though rows exist', async () => {
    for (const table of [...tenantTables, 'organizations']) {
      const stored = count(await ownerQuery(`SELECT count(*)::int AS n FROM ${table}`));
      const visible = await asAppRole(null, async (db) => count((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows));
      expect({ table, stored: stored > 0, visible }).toEqual({ table, stored: true, visible: 0 });
    }
  });

  it('shows the app role exactly one organisation’s rows when app.org_id names it', async () => {
    for (const table of tenantTables) {
      const own = count(await ownerQuery(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [a.orgId]));
      const seen = await asAppRole(a.orgId!, async (db) => (await db.query(`SELECT org_id, count(*)::int AS n FROM ${table} GROUP BY org_id`)).rows);
      expect({ table, seen }).toEqual({ table, seen: [{ org_id: a.orgId, n: own }] });
    }
    const orgs = await asAppRole(a.orgId!, async (db) => (await db.query(`SELECT id FROM organizations`)).rows);
    expect(orgs).toEqual([{ id: a.orgId }]);
  });

  it('refuses the app role writes into another organisation', async () => {
    await expect(
      asAppRole(a.orgId!, (db) => db.query(`INSERT INTO departments (org_id, name) VALUES ($1, 'Planted')`, [b.orgId])),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      asAppRole(a.orgId!, (db) => db.query(`INSERT INTO audit_log (org_id, entity, entity_id, action) VALUES ($1, 'x', 'x', 'forged')`, [b.orgId])),
    ).rejects.toMatchObject({ code: '42501' });
    const touched = await asAppRole(a.orgId!, async (db) => (await db.query(`UPDATE departments SET name = 'Taken' WHERE org_id = $1`, [b.orgId])).rowCount);
    expect(touched).toBe(0);
    const nodes = await asAppRole(a.orgId!, async (db) => (await db.query(`UPDATE plan_nodes SET title = 'Taken' WHERE org_id = $1`, [b.orgId])).rowCount);
    expect(nodes).toBe(0);
  });

  it('gives the app role no DELETE on the plan tables: deletion is soft and restorable, history is kept', async () => {
    for (const table of ['plans', 'plan_nodes', 'node_check_ins', 'node_comments', 'plan_progress_snapshots']) {
      await expect(asAppRole(a.orgId!, (db) => db.query(`DELETE FROM ${table} WHERE org_id = $1`, [a.orgId]))).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('connects the app as a role that owns nothing and can bypass nothing', async () => {
    expect(await asAppRole(null, async (db) => (await db.query(`SELECT current_user AS u`)).rows[0].u)).toBe(APP_DB_ROLE);
    const [role] = await ownerQuery(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [APP_DB_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await ownerQuery(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = $1`,
      [APP_DB_ROLE],
    );
    expect(owned).toEqual([]);
    const [membership] = await ownerQuery(
      `SELECT count(*)::int AS n FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = $1`,
      [APP_DB_ROLE],
    );
    // Not a member of the owner (or any) role, so it cannot SET ROLE its way around the policies.
    expect(membership.n).toBe(0);
  });
});
