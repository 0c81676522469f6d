import { createClient } from 'graphql-ws';
import type { GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import type { Role } from '@opsplan/domain';
import { codes, GqlResult, PASSWORD, Session, TestApp } from '../support/test-app';
import { buildOrgWorld, changedTables, closeOwnerSql, OrgWorld, ROLES, tenantChecksums } from '../support/org-world';
import { buildCall, liveSchema, Operation, operations } from '../support/operation-filler';
import { DeclaredAccess, declaredAccess, describeAccess, roleMayCall } from '../support/access-policy';

/**
 * Every role calls every operation of the schema, with valid arguments from
 * its own organisation. Whether the guard lets it through must be what the
 * operation's declared access (read from the resolvers, as the guard reads
 * it) and the one policy table (ROLE_PERMISSIONS) say. Finer rules
 * (canActOnNode, budgetAccess, decideStageAction) may still refuse a role
 * the table lets through, but in their own words, never the guard's.
 */

/** What the guard answers a role whose permissions do not cover the operation. */
const ROLE_REFUSAL = 'Your role does not allow this.';
/** Writes that change what later calls find, or rotate or end the caller's session, run last in this order. */
const LAST = ['lockBudget', 'unlockBudget', 'refreshSession', 'signOut'];
/** Calls made with a second session of the member (and its refresh cookie), so the first one lives on. */
const ON_SPARE_SESSION = new Set(['refreshSession', 'signOut']);
/**
 * The admin holds every permission, and the arguments are valid, so the
 * admin's call must succeed: that is what shows the guard had a real call
 * to let through. The one exception, and its answer:
 */
const ADMIN_ANSWERS: Record<string, string> = {
  // The admin is already a member of the organisation the invitation is for.
  acceptInvitation: 'CONFLICT',
};

interface Outcome {
  refusedByRole: boolean;
  codes: (string | undefined)[];
  data: unknown;
}

describe('the role × operation matrix follows the policy table', () => {
  let t: TestApp;
  let url: string;
  let schema: GraphQLSchema;
  let world: OrgWorld;
  let declared: ReturnType<typeof declaredAccess>;
  /** A second session of each member, for refreshing and signing out without ending the one the other calls use. */
  const spare = {} as Record<Role, Session>;

  beforeAll(async () => {
    t = await TestApp.start();
    url = `ws://${await t.listen()}/graphql`;
    world = await buildOrgWorld(t, 'Matrix Co');
    for (const role of ROLES) {
      const member = world.roles[role];
      const signedIn = await t.gql<{ signIn: { accessToken: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
        input: { email: member.email, password: PASSWORD },
      });
      spare[role] = { ...member, token: signedIn.data!.signIn.accessToken, cookie: signedIn.cookie };
    }
    schema = liveSchema(t);
    declared = declaredAccess(t.app);
  }, 60_000);
  afterAll(async () => {
    await closeOwnerSql();
    await t.stop();
  });

  const keyOf = (op: Operation) => `${op.root}.${op.name}`;

  it('reads the access of every operation the schema serves from its resolver, and of nothing else', () => {
    expect([...declared.operations.keys()].sort()).toEqual(operations(schema).map(keyOf).sort());
  });

  it('leaves no access declaration on a field resolver, where the guard would never check it', () => {
    expect(declared.ignoredFieldAccess).toEqual([]);
  });

  async function callAs(op: Operation, role: Role): Promise<Outcome> {
    if (op.root === 'Subscription') return subscribeAs(op, world.roles[role]);
    const caller = ON_SPARE_SESSION.has(op.name) ? spare[role] : world.roles[role];
    const { query, variables } = await buildCall(op, { t, world, caller });
    const res: GqlResult = await t.gql(query, variables, { token: caller.token, cookie: ON_SPARE_SESSION.has(op.name) ? caller.cookie : undefined });
    return { refusedByRole: refusedByRole(res.errors), codes: codes(res), data: res.data?.[op.name] ?? null };
  }

  const refusedByRole = (errors: GqlResult['errors']) => errors?.length === 1 && errors[0].extensions?.code === 'FORBIDDEN' && errors[0].message === ROLE_REFUSAL;

  /** Subscribes over graphql-ws and makes changes until an event arrives or the subscription is refused. */
  async function subscribeAs(op: Operation, caller: Session): Promise<Outcome> {
    const { query, variables } = await buildCall(op, { t, world, caller });
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${caller.token}` }, retryAttempts: 0 });
    const events: unknown[] = [];
    const errors: { message: string; extensions?: { code?: string } }[] = [];
    const stop = client.subscribe({ query, variables }, { next: (value) => events.push(value), error: (e) => errors.push(...(Array.isArray(e) ? e : [e])), complete: () => undefined });
    try {
      for (let i = 0; i < 50 && events.length === 0 && errors.length === 0; i++) {
        await t.createDepartment(world.roles.admin, `Ping ${caller.email} ${i}`);
        const until = Date.now() + 100;
        while (events.length === 0 && errors.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      }
    } finally {
      stop();
      await client.dispose();
    }
    const failed = errors.length > 0 ? errors : events.length === 0 ? [{ message: 'no event arrived', extensions: { code: 'TIMEOUT' } }] : undefined;
    return { refusedByRole: refusedByRole(failed as GqlResult['errors']), codes: (failed ?? []).map((e) => e.extensions?.code), data: events[0] ?? null };
  }

  it('lets each role through, or refuses it, exactly as the table says', async () => {
    const rank = (op: Operation) => ['Query', 'Mutation', 'Subscription'].indexOf(op.root) * 100 + LAST.indexOf(op.name) + 1;
    const ops = operations(schema).sort((x, y) => rank(x) - rank(y));
    const mismatches: string[] = [];
    let cases = 0;
    for (const op of ops) {
      const access: DeclaredAccess['access'] = declared.operations.get(keyOf(op))!.access;
      const refused = ROLES.filter((role) => !roleMayCall(access, role));
      const check = async (role: Role) => {
        const got = await callAs(op, role);
        cases++;
        const what = `${op.name} as ${role} (needs ${describeAccess(access)})`;
        if (role === 'admin' && JSON.stringify(got.codes) !== JSON.stringify(op.name in ADMIN_ANSWERS ? [ADMIN_ANSWERS[op.name]] : [])) {
          mismatches.push(`${what}: answered ${JSON.stringify(got.codes)}, not ${ADMIN_ANSWERS[op.name] ?? 'success'}`);
        }
        if (refused.includes(role) && (!got.refusedByRole || got.data !== null)) mismatches.push(`${what}: let through, answered ${JSON.stringify(got.codes)}`);
        if (!refused.includes(role) && got.refusedByRole) mismatches.push(`${what}: refused by the guard`);
        if (got.codes.includes('INTERNAL_SERVER_ERROR')) mismatches.push(`${what}: INTERNAL_SERVER_ERROR`);
      };
      // The roles the table refuses go first: the organisation must be exactly as it was after them.
      const before = await tenantChecksums(world.orgId);
      for (const role of refused) await check(role);
      const changed = changedTables(before, await tenantChecksums(world.orgId));
      if (changed.length > 0) mismatches.push(`${op.name}: a refused role changed ${changed.join(', ')}`);
      for (const role of ROLES.filter((r) => !refused.includes(r))) await check(role);
    }
    console.log(`access: ${ROLES.length} roles × ${ops.length} operations = ${cases} cases, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(cases).toBe(ROLES.length * declared.operations.size);
  }, 90_000);
});
