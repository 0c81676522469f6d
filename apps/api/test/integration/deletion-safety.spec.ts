import { APP_DB_ROLE } from '../../src/config/app-config';
import { asAppRole, codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { buildTree, createPlan, DELETE_NODE, expectExactRollUps, expectExactTallies, RESTORE_NODE, storedTree, UPDATE_PROGRESS } from '../support/plan-fixtures';
import { ADD_STAGE, CREATE_CYCLE, cycleVersion, DELETE_STAGE, RESTORE_STAGE } from '../support/cycle-fixtures';
import { DELETE_TEMPLATE, IMPORT_TEMPLATE, miniTemplate, RESTORE_TEMPLATE } from '../support/template-fixtures';

/**
 * Nothing is lost by a slip: a deleted objective comes back whole from the
 * recently-deleted list, and the API's own database role could not destroy
 * plan data even if its SQL tried (no DELETE but where a migration grants it
 * on purpose, no TRUNCATE anywhere, the audit log append-only).
 */

/**
 * The only tables the app role may DELETE from, each granted on purpose:
 * - budget_actuals: clearing a month's actual removes its row; the value is
 *   kept in the audit row's `before`.
 */
const DELETE_GRANTED = ['budget_actuals'];

const RECENTLY_DELETED = `query($planId: ID) { recentlyDeleted(planId: $planId) {
  kind id title titleZh stageKey level planId context itemCount deletedAt parentDeleted deletedBy { id displayName } } }`;
const DELETE_DEPARTMENT = `mutation($id: ID!) { deleteDepartment(id: $id) { id } }`;
const RESTORE_DEPARTMENT = `mutation($id: ID!) { restoreDepartment(id: $id) { id } }`;
const PLAN_PROGRESS = `query($id: ID!) { plan(id: $id) { progress } }`;

/** Every column of a plan's nodes but those a delete and restore must move (version, updated_at), deleted ones too. */
const subtreeRows = (planId: string) =>
  ownerQuery(
    `SELECT id, parent_id, ancestor_ids, depth, level, title, status, weight::text, own_progress::text, progress::text, sort_order,
            deleted_at IS NOT NULL AS deleted, deleted_batch
       FROM plan_nodes WHERE plan_id = $1 ORDER BY id`,
    [planId],
  );

describe('deletion safety', () => {
  let t: TestApp;
  let admin: Session;
  let executive: Session;
  let tables: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Deletion safety');
    executive = await t.addMember(admin, 'executive');
    tables = (
      await ownerQuery(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
      )
    ).map((r) => r.relname as string);
  });
  afterAll(() => t.stop());

  describe('the app’s database role', () => {
    it('holds DELETE only where a migration grants it on purpose, and TRUNCATE nowhere', async () => {
      const granted = await ownerQuery(
        `SELECT c.relname, has_table_privilege($1, c.oid, 'DELETE') AS del, has_table_privilege($1, c.oid, 'TRUNCATE') AS trunc,
                has_table_privilege($1, c.oid, 'TRIGGER') AS trig, has_table_privilege($1, c.oid, 'REFERENCES') AS refs
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
        [APP_DB_ROLE],
      );
      expect(granted.filter((r) => r.del).map((r) => r.relname)).toEqual(DELETE_GRANTED);
      expect(granted.filter((r) => r.trunc || r.trig || r.refs).map((r) => r.relname)).toEqual([]);
      expect(tables.length).toBeGreaterThan(25);
    });

    it('is refused DELETE on every other table and TRUNCATE on every table, by PostgreSQL itself', async () => {
      const refused = { delete: 0, truncate: 0 };
      const outcomes = await asAppRole(admin.orgId!, async (db) => {
        const seen: { table: string; statement: string; code: string }[] = [];
        for (const table of tables) {
          for (const statement of [`DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
            await db.query('SAVEPOINT attempt');
            const code = await db.query(statement).then(
              () => 'ok',
              (error: { code?: string }) => error.code ?? 'error',
            );
            await db.query('ROLLBACK TO SAVEPOINT attempt');
            seen.push({ table, statement: statement.split(' ')[0], code });
          }
        }
        return seen;
      });
      for (const o of outcomes) {
        const allowed = o.statement === 'DELETE' && DELETE_GRANTED.includes(o.table);
        expect(o).toEqual({ ...o, code: allowed ? 'ok' : '42501' });
        if (!allowed) refused[o.statement === 'DELETE' ? 'delete' : 'truncate']++;
      }
      expect(refused).toEqual({ delete: tables.length - DELETE_GRANTED.length, truncate: tables.length });
      console.log(`deletion safety: app role refused DELETE on ${refused.delete} of ${tables.length} tables (granted on purpose: ${DELETE_GRANTED.join(', ')}), TRUNCATE on ${refused.truncate} of ${tables.length}`);
    });

    it('may only insert into and read the audit log', async () => {
      const [audit] = await ownerQuery(
        `SELECT has_table_privilege($1, 'audit_log', 'SELECT') AS sel, has_table_privilege($1, 'audit_log', 'INSERT') AS ins,
                has_any_column_privilege($1, 'audit_log', 'UPDATE') AS upd, has_table_privilege($1, 'audit_log', 'DELETE') AS del`,
        [APP_DB_ROLE],
      );
      expect(audit).toEqual({ sel: true, ins: true, upd: false, del: false });
      for (const statement of [`UPDATE audit_log SET action = 'forged'`, `DELETE FROM audit_log`, `TRUNCATE audit_log`]) {
        await expect(asAppRole(admin.orgId!, (db) => db.query(statement))).rejects.toMatchObject({ code: '42501' });
      }
      // Even the owner cannot rewrite it without first disabling the trigger on purpose.
      await expect(ownerQuery(`UPDATE audit_log SET action = 'forged' WHERE org_id = $1`, [admin.orgId])).rejects.toThrow(/append-only/);
    });

    it('can run no owner’s function that writes', async () => {
      // A SECURITY DEFINER function runs with its owner's rights: every one the app role may call must only read.
      const definers = await ownerQuery(
        `SELECT p.proname, p.provolatile FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND p.prosecdef AND has_function_privilege($1, p.oid, 'EXECUTE') ORDER BY 1`,
        [APP_DB_ROLE],
      );
      expect(definers.length).toBeGreaterThan(0);
      for (const f of definers) expect(f).toEqual({ proname: f.proname, provolatile: 's' });
    });
  });

  it('lets the owner remove a whole plan (as a support task would): its tallies go with it', async () => {
    const plan = (await createPlan(t, admin, 'Plan removed by the owner')).id;
    await buildTree(t, admin, plan, { fanOut: [1, 2] });
    expect(await expectExactTallies(plan)).toBe(4);
    await ownerQuery(`DELETE FROM plans WHERE id = $1`, [plan]);
    expect(await ownerQuery(`SELECT * FROM plan_node_tallies WHERE plan_id = $1`, [plan])).toEqual([]);
  });

  describe('an objective deleted with its subtree', () => {
    let planId: string;
    let objective: string;
    let strayActivity: string;
    let before: Json[];
    let progressBefore: number;

    beforeAll(async () => {
      planId = (await createPlan(t, admin, 'Restorable plan')).id;
      const tree = await buildTree(t, admin, planId, { fanOut: [2, 2, 2, 2] });
      // Uneven progress on the leaves, so that the roll-ups the deletion changes are not all equal.
      for (const [i, id] of tree.byLevel[4].entries()) {
        const [{ version }] = await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [id]);
        await t.ok(UPDATE_PROGRESS, { input: { id, version, progress: (i * 13) % 101 } }, admin.token);
      }
      objective = tree.byLevel[1][0];
      // One activity under the objective was deleted earlier, on its own: the objective's restore must leave it deleted.
      strayActivity = tree.byLevel[4][0];
      await t.ok(DELETE_NODE, { input: { id: strayActivity, version: (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [strayActivity]))[0].version } }, admin.token);
      expectExactRollUps(await storedTree(planId));
      expect(await expectExactTallies(planId)).toBeGreaterThan(0);
      before = await subtreeRows(planId);
      progressBefore = (await t.ok(PLAN_PROGRESS, { id: planId }, admin.token)).plan.progress;
    });

    it('is listed once, with its level, title, size, who deleted it and when, and brought back exactly as it was', async () => {
      const started = Date.now();
      const [{ version }] = await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [objective]);
      await t.ok(DELETE_NODE, { input: { id: objective, version } }, admin.token);
      const batch = (await ownerQuery(`SELECT id FROM plan_nodes WHERE deleted_batch = (SELECT deleted_batch FROM plan_nodes WHERE id = $1)`, [objective])).map((r) => r.id as string);
      expect(batch.length).toBe(14); // the objective, 2 projects, 4 tasks, 7 activities (the 8th was deleted before)
      expect((await t.ok(PLAN_PROGRESS, { id: planId }, admin.token)).plan.progress).not.toBeCloseTo(progressBefore, 3);

      const listed = (await t.ok(RECENTLY_DELETED, { planId }, admin.token)).recentlyDeleted as Json[];
      expect(listed.map((i) => i.id)).toEqual([objective, strayActivity]); // newest first
      expect(listed[0]).toEqual({
        kind: 'planNode',
        id: objective,
        title: 'objective 1',
        titleZh: null,
        stageKey: null,
        level: 'objective',
        planId,
        context: 'Restorable plan',
        itemCount: 14,
        deletedAt: expect.any(String),
        parentDeleted: false,
        deletedBy: { id: admin.userId, displayName: 'Admin' },
      });
      expect(Math.abs(Date.parse(listed[0].deletedAt) - started)).toBeLessThan(60_000);
      expect(listed[1]).toMatchObject({ id: strayActivity, level: 'activity', itemCount: 1, parentDeleted: true });
      // What the list marks as blocked, the mutation refuses, and writes nothing.
      const blocked = await t.gql(RESTORE_NODE, { id: strayActivity }, { token: admin.token });
      expect(codes(blocked)).toEqual(['BAD_USER_INPUT']);

      await t.ok(RESTORE_NODE, { id: listed[0].id }, admin.token);
      expect(await subtreeRows(planId)).toEqual(before);
      expectExactRollUps(await storedTree(planId));
      expect(await expectExactTallies(planId)).toBeGreaterThan(0);
      expect((await t.ok(PLAN_PROGRESS, { id: planId }, admin.token)).plan.progress).toBeCloseTo(progressBefore, 6);

      const audit = await ownerQuery(
        `SELECT action, count(*)::int AS n, count(DISTINCT entity_id)::int AS nodes, bool_and(actor_user_id = $3) AS by_admin
           FROM audit_log WHERE org_id = $1 AND entity = 'plan_node' AND entity_id = ANY($2::varchar[]) AND action IN ('delete', 'restore')
          GROUP BY action ORDER BY action`,
        [admin.orgId, batch, admin.userId],
      );
      expect(audit).toEqual([
        { action: 'delete', n: 14, nodes: 14, by_admin: true },
        { action: 'restore', n: 14, nodes: 14, by_admin: true },
      ]);
      const after = (await t.ok(RECENTLY_DELETED, { planId }, admin.token)).recentlyDeleted as Json[];
      expect(after.map((i) => [i.id, i.parentDeleted])).toEqual([[strayActivity, false]]);
      console.log(`deletion safety: objective with ${batch.length} nodes deleted and restored from the recently-deleted list, 0 differing rows, roll-ups equal recomputation, ${audit[0].n} delete + ${audit[1].n} restore audit rows`);
    });
  });

  describe('the recently-deleted list', () => {
    it('lists departments with what was deleted with them, cycle stages and templates, each restorable through its own mutation', async () => {
      const parent = await t.createDepartment(admin, 'Archive');
      await t.createDepartment(admin, 'Archive annex', parent.id);
      await t.ok(DELETE_DEPARTMENT, { id: parent.id }, admin.token);
      const template = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('deletion-safety')) } }, admin.token)).importPlanTemplate;
      await t.ok(DELETE_TEMPLATE, { input: { id: template.id, version: template.version } }, admin.token);
      const planId = (await createPlan(t, admin, 'Cycle plan')).id;
      const cycle = (await t.ok(CREATE_CYCLE, { input: { planId } }, admin.token)).createPlanningCycle;
      const last = cycle.stages.at(-1);
      const extra = (
        await t.ok(ADD_STAGE, { input: { cycleId: cycle.id, version: await cycleVersion(cycle.id), name: 'Extra review', startDate: last.dueDate, dueDate: last.dueDate } }, admin.token)
      ).addCycleStage;
      await t.ok(DELETE_STAGE, { input: { id: extra.id, version: extra.version } }, admin.token);

      const all = (await t.ok(RECENTLY_DELETED, {}, admin.token)).recentlyDeleted as Json[];
      const byId = new Map(all.map((i) => [i.id, i]));
      expect(byId.get(parent.id)).toMatchObject({ kind: 'department', title: 'Archive', itemCount: 2, parentDeleted: false, deletedBy: { id: admin.userId } });
      expect(byId.get(template.id)).toMatchObject({ kind: 'planTemplate', itemCount: 1, titleZh: expect.any(String), deletedBy: { id: admin.userId } });
      expect(byId.get(extra.id)).toMatchObject({ kind: 'cycleStage', title: 'Extra review', planId, context: cycle.name, itemCount: 1, deletedBy: { id: admin.userId } });
      const sorted = [...all].sort((a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt));
      expect(all.map((i) => i.deletedAt)).toEqual(sorted.map((i) => i.deletedAt));

      // With a plan: only its nodes and its cycle's stages.
      expect(((await t.ok(RECENTLY_DELETED, { planId }, admin.token)).recentlyDeleted as Json[]).map((i) => i.id)).toEqual([extra.id]);
      // An executive restores plans, stages and templates, not departments.
      const seenByExecutive = ((await t.ok(RECENTLY_DELETED, {}, executive.token)).recentlyDeleted as Json[]).map((i) => i.kind);
      expect(new Set(seenByExecutive)).toEqual(new Set(['planNode', 'cycleStage', 'planTemplate']));

      await t.ok(RESTORE_DEPARTMENT, { id: parent.id }, admin.token);
      await t.ok(RESTORE_TEMPLATE, { id: template.id }, admin.token);
      await t.ok(RESTORE_STAGE, { id: extra.id }, admin.token);
      const left = ((await t.ok(RECENTLY_DELETED, {}, admin.token)).recentlyDeleted as Json[]).map((i) => i.id);
      expect(left.filter((id) => [parent.id, template.id, extra.id].includes(id))).toEqual([]);
    });

    it('leaves out deletions older than six months', async () => {
      const planId = (await createPlan(t, admin, 'Old deletions')).id;
      const tree = await buildTree(t, admin, planId, { fanOut: [1] });
      const [{ version }] = await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [tree.byLevel[1][0]]);
      await t.ok(DELETE_NODE, { input: { id: tree.byLevel[1][0], version } }, admin.token);
      expect(((await t.ok(RECENTLY_DELETED, { planId }, admin.token)).recentlyDeleted as Json[]).length).toBe(1);
      await ownerQuery(`UPDATE plan_nodes SET deleted_at = now() - interval '6 months 1 day' WHERE plan_id = $1 AND deleted_at IS NOT NULL`, [planId]);
      expect((await t.ok(RECENTLY_DELETED, { planId }, admin.token)).recentlyDeleted).toEqual([]);
    });

    it('is for those who may restore: managers and staff are refused, a bad or unknown plan id is a typed error', async () => {
      for (const role of ['manager', 'staff', 'finance'] as const) {
        const member = await t.addMember(admin, role);
        expect(codes(await t.gql(RECENTLY_DELETED, {}, { token: member.token }))).toEqual(['FORBIDDEN']);
      }
      const bad = await t.gql(RECENTLY_DELETED, { planId: 'not-an-id' }, { token: admin.token });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0].extensions?.field).toBe('planId');
      expect(codes(await t.gql(RECENTLY_DELETED, { planId: '00000000-0000-4000-8000-000000000000' }, { token: admin.token }))).toEqual(['NOT_FOUND']);
    });
  });
});
