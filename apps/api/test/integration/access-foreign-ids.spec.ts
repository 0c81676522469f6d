import type { GraphQLSchema } from 'graphql';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { buildOrgWorld, changedTables, closeOwnerSql, FOREIGN_KIND, idsOf, Kind, OrgWorld, tenantChecksums } from '../support/org-world';
import { buildCall, errorFieldOf, IdPath, idPaths, liveSchema, missingId, Operation, operations, Target } from '../support/operation-filler';

/**
 * An admin of organisation A aims every id argument of every query and
 * mutation at organisation B's rows, the other arguments filled with A's own.
 * The operations and their id arguments come from the schema the app
 * serves, so a new one is covered (or fails here, when nobody has said what
 * its id points at) without being listed. Each answer must be the one an id
 * that does not exist gets, and neither organisation may change.
 */

const REFUSALS = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN']);
const MEMBER_KINDS = new Set<Kind>(['member', 'spareMember']);
/** Writes that change what later calls find run last, in this order. */
const LAST = ['lockBudget', 'unlockBudget'];

const errorsOf = (res: GqlResult) => (res.errors ?? []).map(({ message, extensions }) => ({ message, extensions }));

describe('no operation reaches another organisation’s rows by id', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let a: OrgWorld;
  let b: OrgWorld;
  /** An admin of A who is also a staff member of B: their own B membership is visible to the database policies. */
  let dual: Session;
  let dualInB: string;
  let targets: (IdPath & { op: Operation })[];

  beforeAll(async () => {
    t = await TestApp.start();
    [a, b] = await Promise.all([buildOrgWorld(t, 'Org A'), buildOrgWorld(t, 'Org B')]);
    dual = await t.addMember(a.roles.admin, 'admin');
    const toB = await t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, b.roles.admin.token);
    await t.ok(`mutation($token: String!) { acceptInvitation(token: $token) { accessToken } }`, { token: toB.createInvitation.token }, dual.token);
    dualInB = (await ownerQuery(`SELECT id FROM memberships WHERE user_id = $1 AND org_id = $2`, [dual.userId, b.orgId]))[0].id;
    schema = liveSchema(t);
    targets = operations(schema)
      .filter((op) => op.root !== 'Subscription')
      .flatMap((op) => idPaths(op).map((p) => ({ ...p, op })));
  }, 60_000);
  afterAll(async () => {
    await closeOwnerSql();
    await t.stop();
  });

  const call = async (op: Operation, caller: Session, target: Target): Promise<GqlResult> => {
    const { query, variables } = await buildCall(op, { t, world: a, caller }, target);
    return t.gql(query, variables, { token: caller.token });
  };

  it('knows what every id argument of the schema points at', () => {
    expect(targets.filter((p) => !p.kind).map((p) => p.label)).toEqual([]);
    // Calls here go over HTTP: a subscription taking an id would need its own case over WebSocket.
    expect(operations(schema).filter((op) => op.root === 'Subscription').flatMap((op) => idPaths(op).map((p) => p.label))).toEqual([]);
    // The walk reaches ids in lists, in lists of inputs and in nested inputs.
    expect(targets.map((p) => p.label)).toEqual(
      expect.arrayContaining(['markNotificationsRead(ids)', 'updateNode(input.dependsOn)', 'saveBudgetLines(input.costLines.departmentId)', 'createOrganization(input.template.templateId)']),
    );
  });

  it('gives B a row in every tenant table, so “unchanged” means something', async () => {
    const empty = Object.entries(await tenantChecksums(b.orgId)).filter(([, sum]) => sum.rows === 0).map(([table]) => table);
    expect(empty).toEqual([]);
  });

  it('answers every foreign id as a missing one and changes nothing in either organisation', async () => {
    const bIds = await idsOf(b.orgId);
    const foreign = (k: Kind) => b.ids[FOREIGN_KIND[k] ?? k];
    const leaks: string[] = [];
    let calls = 0;
    for (const target of targets) {
      const { op, path } = target;
      const before = await Promise.all([tenantChecksums(a.orgId), tenantChecksums(b.orgId)]);
      const got = await call(op, a.roles.admin, { path, id: foreign });
      const missing = await call(op, a.roles.admin, { path, id: missingId });
      // A member of both organisations may switch into B: that is what switching is for.
      const viaDual = op.name === 'switchOrganization' ? undefined : await call(op, dual, { path, id: (k) => (MEMBER_KINDS.has(k) ? dualInB : foreign(k)) });
      calls += viaDual ? 2 : 1;
      const after = await Promise.all([tenantChecksums(a.orgId), tenantChecksums(b.orgId)]);

      const problems: string[] = [];
      const [code, ...more] = codes(got);
      if (!code || more.length > 0 || !REFUSALS.has(code)) problems.push(`answered ${JSON.stringify(codes(got))}`);
      if (code === 'BAD_USER_INPUT' && got.errors?.[0].extensions?.field !== errorFieldOf(op, path)) {
        problems.push(`named field ${String(got.errors?.[0].extensions?.field)}, not ${errorFieldOf(op, path)}`);
      }
      for (const res of [got, viaDual]) {
        if (res && (res.data?.[op.name] ?? null) !== null) problems.push(`returned ${JSON.stringify(res.data)}`);
        const seen = JSON.stringify(res?.data ?? null).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
        if (seen.some((id) => bIds.has(id))) problems.push('showed an id of B');
      }
      if (JSON.stringify(errorsOf(got)) !== JSON.stringify(errorsOf(missing))) problems.push(`differs from a missing id: ${JSON.stringify(errorsOf(got))} vs ${JSON.stringify(errorsOf(missing))}`);
      if (viaDual && JSON.stringify(errorsOf(viaDual)) !== JSON.stringify(errorsOf(got))) problems.push(`differs for a member of both: ${JSON.stringify(errorsOf(viaDual))}`);
      for (const [i, org] of ['A', 'B'].entries()) {
        const changed = changedTables(before[i], after[i]);
        if (changed.length > 0) problems.push(`changed ${org}: ${changed.join(', ')}`);
      }
      if (problems.length > 0) leaks.push(`${target.label}: ${problems.join('; ')}`);
    }
    const ops = new Set(targets.map((p) => p.operation)).size;
    console.log(`access: ${ops} id-taking operations, ${calls} calls with foreign ids, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    expect(calls).toBe(targets.length * 2 - targets.filter((p) => p.operation === 'switchOrganization').length);
  }, 60_000);

  it('lists only A’s own rows in members, departments, invitations, plans and the audit log', async () => {
    const ids = async (sql: string) => (await ownerQuery(sql, [a.orgId])).map((r) => String(r.id)).sort();
    for (const caller of [a.roles.admin, dual]) {
      const data = await t.ok(
        `{ members(includeInactive: true) { id } departments { id } invitations { id } plans { id } auditLog(first: 200) { items { id } nextCursor } }`,
        {},
        caller.token,
      );
      const got = (list: Json[]) => list.map((r) => r.id).sort();
      expect(got(data.members)).toEqual(await ids(`SELECT id FROM memberships WHERE org_id = $1`));
      expect(got(data.departments)).toEqual(await ids(`SELECT id FROM departments WHERE org_id = $1 AND deleted_at IS NULL`));
      expect(got(data.invitations)).toEqual(await ids(`SELECT id FROM invitations WHERE org_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`));
      expect(got(data.plans)).toEqual(await ids(`SELECT id FROM plans WHERE org_id = $1`));
      expect(data.auditLog.nextCursor).toBeNull();
      expect(got(data.auditLog.items)).toEqual(await ids(`SELECT id FROM audit_log WHERE org_id = $1`));
    }
  });

  // Without this the refusals above could come from anything but the foreign id.
  it('accepts each of those calls with A’s own ids in place of B’s', async () => {
    const order = (p: IdPath & { op: Operation }) => (p.op.root === 'Query' ? 0 : 1) * 100 + LAST.indexOf(p.operation) + 1;
    const refused: string[] = [];
    for (const target of [...targets].sort((x, y) => order(x) - order(y))) {
      const res = await call(target.op, a.roles.admin, { path: target.path, id: (k) => a.ids[k] });
      if (res.errors?.length) refused.push(`${target.label}: ${JSON.stringify(errorsOf(res))}`);
    }
    expect(refused).toEqual([]);
  }, 60_000);
});
