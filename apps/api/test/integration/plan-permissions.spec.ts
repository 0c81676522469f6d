import { Client } from 'pg';
import type { Role } from '@opsplan/domain';
import { codes, GqlResult, Json, Session, TestApp } from '../support/test-app';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, createPlan, DELETE_NODE, MOVE_NODE, RESTORE_NODE, UPDATE_NODE, UPDATE_PROGRESS } from '../support/plan-fixtures';

/**
 * Who may do what in the plan, cell by cell: every role × every write × nodes
 * inside and outside the caller's department, owned by them or not. An
 * allowed write succeeds; a forbidden one answers FORBIDDEN and changes
 * nothing at all.
 *
 * The plan (departments in brackets, owners after the slash):
 *   S1 ─ O1 ─ PS1 [Sales] ─ TS_own / staff, TS_other / other ─ A_S / other
 *           ├ PS2 [Sales]
 *           ├ PP1 [Production] ─ TP_own / staff, TP_other / other ─ A_P_own / staff
 *           └ PP2 [Production] / manager
 *      └ O2
 *   S2
 * The manager and the staff member work in Sales.
 */

const ACTIONS = ['create', 'update', 'progress', 'check_in', 'comment', 'delete', 'restore', 'move'] as const;
type Action = (typeof ACTIONS)[number];
const TARGETS = ['S1', 'O2', 'PS2', 'PP2', 'TS_own', 'TS_other', 'TP_own', 'TP_other', 'A_S', 'A_P_own'] as const;
type Target = (typeof TARGETS)[number];

/** What each role may do, and where. Everything else must answer FORBIDDEN. */
const ALLOWED: Record<Role, 'everything' | Partial<Record<Action, Target[]>>> = {
  admin: 'everything',
  executive: 'everything',
  manager: {
    create: ['PS2', 'TS_own', 'TS_other'],
    update: ['PS2', 'TS_own', 'TS_other', 'A_S'],
    progress: ['PS2', 'PP2', 'TS_own', 'TS_other', 'A_S'],
    check_in: ['PS2', 'PP2', 'TS_own', 'TS_other', 'A_S'],
    comment: ['PS2', 'PP2', 'TS_own', 'TS_other', 'A_S'],
    delete: ['PS2', 'TS_own', 'TS_other', 'A_S'],
    restore: ['PS2', 'TS_own', 'TS_other', 'A_S'],
    move: ['PS2', 'TS_own', 'TS_other', 'A_S'],
  },
  staff: {
    create: ['TS_own', 'TP_own'],
    progress: ['TS_own', 'TP_own', 'A_P_own'],
    check_in: ['TS_own', 'TP_own', 'A_P_own'],
    comment: ['TS_own', 'TP_own', 'A_P_own'],
  },
  finance: {},
};

const CHILD_LEVEL: Partial<Record<Target, string>> = { S1: 'objective', O2: 'project', PS2: 'task', PP2: 'task', TS_own: 'activity', TS_other: 'activity', TP_own: 'activity', TP_other: 'activity' };
/** Where each node moves to: a parent of the right level in the same department (strategies do not move). */
const MOVE_TO: Partial<Record<Target, string>> = { O2: 'S2', PS2: 'O2', PP2: 'O2', TS_own: 'PS2', TS_other: 'PS2', TP_own: 'PP2', TP_other: 'PP2', A_S: 'TS_own', A_P_own: 'TP_own' };

describe('the plan permission matrix', () => {
  let t: TestApp;
  let admin: Session;
  let db: Client;
  const people = {} as Record<Role, Session>;
  const ids = {} as Record<string, string>;
  let planId: string;
  let orgId: string;

  const version = async (id: string): Promise<number> => (await db.query(`SELECT version FROM plan_nodes WHERE id = $1`, [id])).rows[0].version;
  const parentOf = async (id: string): Promise<string> => (await db.query(`SELECT parent_id FROM plan_nodes WHERE id = $1`, [id])).rows[0].parent_id;
  /** Everything a write could touch: the plan's nodes, check-ins, comments and the organisation's audit log. */
  const fingerprint = async (): Promise<string> =>
    JSON.stringify(
      (
        await db.query(
        `SELECT md5(coalesce((SELECT string_agg(n::text, '|' ORDER BY n.id) FROM plan_nodes n WHERE n.plan_id = $1), '')) AS nodes,
                (SELECT count(*) FROM node_check_ins WHERE org_id = $2) AS check_ins,
                (SELECT count(*) FROM node_comments WHERE org_id = $2) AS comments,
                (SELECT count(*) FROM audit_log WHERE org_id = $2) AS audit`,
        [planId, orgId],
      )
      ).rows[0],
    );

  /** Performs the action as the caller and returns the answer; undefined when the action does not apply to the target. */
  async function attempt(caller: Session, action: Action, target: Target): Promise<GqlResult | undefined> {
    const id = ids[target];
    const as = { token: caller.token };
    switch (action) {
      case 'create':
        if (!CHILD_LEVEL[target]) return undefined;
        return t.gql(`mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`, { input: { planId, parentId: id, level: CHILD_LEVEL[target], title: `New under ${target}` } }, as);
      case 'update':
        return t.gql(UPDATE_NODE, { input: { id, version: await version(id), title: `${target} renamed` } }, as);
      case 'progress':
        return t.gql(UPDATE_PROGRESS, { input: { id, version: await version(id), progress: 42 } }, as);
      case 'check_in':
        return t.gql(ADD_CHECK_IN, { input: { nodeId: id, version: await version(id), progress: 43, confidence: 3, note: 'On the way' } }, as);
      case 'comment':
        return t.gql(ADD_COMMENT, { input: { nodeId: id, body: `About ${target}` } }, as);
      case 'delete':
        return t.gql(DELETE_NODE, { input: { id, version: await version(id) } }, as);
      case 'restore':
        return t.gql(RESTORE_NODE, { id }, as);
      case 'move':
        if (!MOVE_TO[target]) return undefined;
        return t.gql(MOVE_NODE, { input: { id, parentId: ids[MOVE_TO[target] as string], version: await version(id) } }, as);
    }
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Matrix Co');
    orgId = admin.orgId!;
    db = new Client({ connectionString: process.env.OPSPLAN_TEST_OWNER_URL });
    await db.connect();
    const salesDept = (await t.createDepartment(admin, 'Sales')).id;
    const productionDept = (await t.createDepartment(admin, 'Production')).id;
    people.admin = admin;
    people.executive = await t.addMember(admin, 'executive');
    people.manager = await t.addMember(admin, 'manager', salesDept);
    people.staff = await t.addMember(admin, 'staff', salesDept);
    people.finance = await t.addMember(admin, 'finance');
    const other = await t.addMember(admin, 'staff', productionDept);

    planId = (await createPlan(t, admin, 'Matrix plan')).id;
    const add = async (key: string, level: string, parent: string | null, extra: Record<string, unknown> = {}) => {
      ids[key] = (await createNode(t, admin, { planId, level, title: key, ...(parent ? { parentId: ids[parent] } : {}), ...extra })).id;
    };
    await add('S1', 'strategy', null);
    await add('S2', 'strategy', null);
    await add('O1', 'objective', 'S1');
    await add('O2', 'objective', 'S1');
    await add('PS1', 'project', 'O1', { departmentId: salesDept });
    await add('PS2', 'project', 'O1', { departmentId: salesDept });
    await add('PP1', 'project', 'O1', { departmentId: productionDept });
    await add('PP2', 'project', 'O1', { departmentId: productionDept, ownerId: people.manager.membershipId });
    await add('TS_own', 'task', 'PS1', { ownerId: people.staff.membershipId });
    await add('TS_other', 'task', 'PS1', { ownerId: other.membershipId });
    await add('TP_own', 'task', 'PP1', { ownerId: people.staff.membershipId });
    await add('TP_other', 'task', 'PP1', { ownerId: other.membershipId });
    await add('A_S', 'activity', 'TS_other', { ownerId: other.membershipId });
    await add('A_P_own', 'activity', 'TP_other', { ownerId: people.staff.membershipId });
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
  });

  describe.each(Object.keys(ALLOWED) as Role[])('%s', (role) => {
    it.each(ACTIONS.map((a) => [a]))('%s', async (action) => {
      const caller = people[role];
      const rule = ALLOWED[role];
      const wrong: { target: Target; expected: string; got: unknown }[] = [];
      for (const target of TARGETS) {
        const allowed = rule === 'everything' || (rule[action] ?? []).includes(target);
        const id = ids[target];
        const parentBefore = action === 'move' ? await parentOf(id) : undefined;
        if (action === 'restore') await t.ok(DELETE_NODE, { input: { id, version: await version(id) } }, admin.token);
        const before = await fingerprint();

        const res = await attempt(caller, action, target);
        if (!res) continue;
        const got = res.errors ? codes(res).join() : 'ok';
        if (got !== (allowed ? 'ok' : 'FORBIDDEN')) wrong.push({ target, expected: allowed ? 'ok' : 'FORBIDDEN', got: res.errors ?? got });
        if (!allowed && (await fingerprint()) !== before) {
          wrong.push({ target, expected: 'nothing changed', got: 'changed' });
        }
        // Put the plan back for the next cell.
        if (allowed && !res.errors && action === 'delete') await t.ok(RESTORE_NODE, { id }, admin.token);
        if (action === 'restore' && (!allowed || res.errors)) await t.ok(RESTORE_NODE, { id }, admin.token);
        if (allowed && !res.errors && action === 'move') await t.ok(MOVE_NODE, { input: { id, parentId: parentBefore, version: await version(id) } }, admin.token);
      }
      expect(wrong).toEqual([]);
    });
  });

  it('lets a manager add a project for their own department under any objective, and for no other', async () => {
    const { manager } = people;
    const CREATE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { id department { name } } }`;
    const own = await t.gql<Json>(CREATE, { input: { planId, parentId: ids.O2, level: 'project', title: 'Sales push', departmentId: (await deptOf(ids.PS2)) } }, { token: manager.token });
    expect(own.errors).toBeUndefined();
    expect(own.data.createNode.department.name).toBe('Sales');
    const before = await fingerprint();
    const foreign = await t.gql(CREATE, { input: { planId, parentId: ids.O2, level: 'project', title: 'Plant push', departmentId: await deptOf(ids.PP1) } }, { token: manager.token });
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toEqual(before);
  });

  it('keeps a manager’s moves and hand-overs inside their department’s subtrees', async () => {
    const { manager } = people;
    // A production task inside a sales project: the manager runs it through the project…
    const borrowed = await createNode(t, admin, { planId, parentId: ids.PS1, level: 'task', title: 'Borrowed', departmentId: await deptOf(ids.PP1) });
    const ok = await t.gql(UPDATE_NODE, { input: { id: borrowed.id, version: borrowed.version, title: 'Borrowed, renamed' } }, { token: manager.token });
    expect(ok.errors).toBeUndefined();
    const before = await fingerprint();
    // …but may not move it where it would be production work only, nor hand a sales project to production.
    const away = await t.gql(MOVE_NODE, { input: { id: borrowed.id, parentId: ids.PP1, version: await version(borrowed.id) } }, { token: manager.token });
    expect(codes(away)).toEqual(['FORBIDDEN']);
    const handOver = await t.gql(UPDATE_NODE, { input: { id: ids.PS2, version: await version(ids.PS2), departmentId: await deptOf(ids.PP1) } }, { token: manager.token });
    expect(codes(handOver)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toEqual(before);
  });

  it('gives a manager without a department no department rights', async () => {
    const loose = await t.addMember(admin, 'manager');
    const before = await fingerprint();
    const res = await t.gql(UPDATE_NODE, { input: { id: ids.PS2, version: await version(ids.PS2), title: 'Mine now' } }, { token: loose.token });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toEqual(before);
  });

  it('lets every role read the whole plan', async () => {
    for (const role of Object.keys(people) as Role[]) {
      const data = await t.ok(
        `query($planId: ID!, $id: ID!) { planOutline(planId: $planId, depth: 5) { id } nodeSubtree(id: $id) { id } checkIns(nodeId: $id) { id } comments(nodeId: $id) { id } plans { id } }`,
        { planId, id: ids.TP_other },
        people[role].token,
      );
      expect({ role, seen: data.planOutline.length >= TARGETS.length }).toEqual({ role, seen: true });
    }
  });

  async function deptOf(id: string): Promise<string> {
    return (await db.query(`SELECT department_id FROM plan_nodes WHERE id = $1`, [id])).rows[0].department_id;
  }
});
