import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema, getNamedType, GraphQLField, GraphQLInputObjectType, GraphQLInputType, isInputObjectType } from 'graphql';
import { codes, GqlResult, ownerQuery, Session, TestApp } from '../support/test-app';

/**
 * An admin of organisation A aims every operation that takes an id at
 * organisation B's rows. Each must answer exactly as it does for an id that
 * does not exist at all, and leave both organisations untouched.
 */

interface World {
  t: TestApp;
  a: { admin: Session; department: string; member: Session };
  b: { admin: Session; department: string; departmentVersion: number; deleted: string; member: Session; invitation: string };
}

type Expected = 'NOT_FOUND' | 'FORBIDDEN' | { BAD_USER_INPUT: string };

interface Case {
  /** operation(argument path) of the schema argument aimed at B */
  target: string;
  expected: Expected;
  /** B's row the case aims at */
  foreignId: (w: World) => string;
  run: (w: World, caller: Session, id: string) => Promise<GqlResult>;
}

const versionOf = async (table: 'memberships' | 'departments', id: string) =>
  (await ownerQuery(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version as number;

const UPDATE_MEMBER = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;
const UPDATE_DEPARTMENT = `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`;

const CASES: Case[] = [
  {
    target: 'switchOrganization(organizationId)',
    expected: 'FORBIDDEN',
    foreignId: (w) => w.b.admin.orgId!,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { switchOrganization(organizationId: $id) { accessToken } }`, { id }, { token: caller.token }),
  },
  {
    target: 'deleteDepartment(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'restoreDepartment(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.deleted,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { restoreDepartment(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'revokeInvitation(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.invitation,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'updateMember(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.member.membershipId!,
    // B's member was never changed: version 1 is right, so only the organisation stands in the way.
    run: (w, caller, id) => w.t.gql(UPDATE_MEMBER, { input: { id, version: 1, role: 'admin' } }, { token: caller.token }),
  },
  {
    target: 'updateMember(input.departmentId)',
    expected: { BAD_USER_INPUT: 'departmentId' },
    foreignId: (w) => w.b.department,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_MEMBER, { input: { id: w.a.member.membershipId, version: await versionOf('memberships', w.a.member.membershipId!), departmentId: id } }, { token: caller.token }),
  },
  {
    target: 'updateDepartment(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(UPDATE_DEPARTMENT, { input: { id, version: w.b.departmentVersion, name: 'Taken over' } }, { token: caller.token }),
  },
  {
    target: 'updateDepartment(input.parentId)',
    expected: { BAD_USER_INPUT: 'parentId' },
    foreignId: (w) => w.b.department,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_DEPARTMENT, { input: { id: w.a.department, version: await versionOf('departments', w.a.department), parentId: id } }, { token: caller.token }),
  },
  {
    target: 'updateDepartment(input.managerId)',
    expected: { BAD_USER_INPUT: 'managerId' },
    foreignId: (w) => w.b.member.membershipId!,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_DEPARTMENT, { input: { id: w.a.department, version: await versionOf('departments', w.a.department), managerId: id } }, { token: caller.token }),
  },
  {
    target: 'createDepartment(input.parentId)',
    expected: { BAD_USER_INPUT: 'parentId' },
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(CREATE_DEPARTMENT, { input: { name: 'Branch office', parentId: id } }, { token: caller.token }),
  },
  {
    target: 'createDepartment(input.managerId)',
    expected: { BAD_USER_INPUT: 'managerId' },
    foreignId: (w) => w.b.member.membershipId!,
    run: (w, caller, id) => w.t.gql(CREATE_DEPARTMENT, { input: { name: 'Branch office', managerId: id } }, { token: caller.token }),
  },
  {
    target: 'createInvitation(input.departmentId)',
    expected: { BAD_USER_INPUT: 'departmentId' },
    foreignId: (w) => w.b.department,
    run: (w, caller, id) =>
      w.t.gql(`mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`, { input: { role: 'staff', departmentId: id } }, { token: caller.token }),
  },
];

/** Every `ID` an operation takes, as operation(argument path), from the committed schema. */
function idArguments(): string[] {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8'));
  const found: string[] = [];
  const walk = (operation: string, prefix: string, type: GraphQLInputType, seen: Set<GraphQLInputObjectType>) => {
    const named = getNamedType(type);
    if (named.name === 'ID') found.push(`${operation}(${prefix})`);
    if (isInputObjectType(named) && !seen.has(named)) {
      for (const field of Object.values(named.getFields())) walk(operation, `${prefix}.${field.name}`, field.type, new Set([...seen, named]));
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      for (const arg of field.args) walk(field.name, arg.name, arg.type, new Set());
    }
  }
  return found.sort();
}

/** Everything stored for the given organisations, to prove an attempt changed nothing. */
async function snapshot(orgIds: string[]): Promise<Record<string, unknown>> {
  const rows = (table: string, column = 'org_id') =>
    `'${table}', (SELECT json_agg(row_to_json(x)::text ORDER BY row_to_json(x)::text) FROM ${table} x WHERE ${column} = ANY($1::uuid[]))`;
  const [{ all }] = await ownerQuery(
    `SELECT json_build_object(${[rows('organizations', 'id'), rows('departments'), rows('memberships'), rows('invitations'), rows('audit_log')].join(', ')}) AS all`,
    [orgIds],
  );
  return all;
}

const errorsOf = (res: GqlResult) => (res.errors ?? []).map(({ message, extensions }) => ({ message, extensions }));

describe('one organisation never reaches another’s rows', () => {
  const w = {} as World;
  /** An admin of A who is also a staff member of B: their own B membership is visible to the database policies. */
  let dual: Session;

  beforeAll(async () => {
    const t = (w.t = await TestApp.start());
    const aAdmin = await t.newOrganization('Org A');
    w.a = { admin: aAdmin, department: (await t.createDepartment(aAdmin, 'A sales')).id, member: await t.addMember(aAdmin, 'staff') };

    const bAdmin = await t.newOrganization('Org B');
    const bDepartment = await t.createDepartment(bAdmin, 'B sales');
    const bDeleted = await t.createDepartment(bAdmin, 'B archive');
    await t.ok(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id: bDeleted.id }, bAdmin.token);
    const invitation = await t.ok(`mutation { createInvitation(input: { role: manager }) { invitation { id } } }`, {}, bAdmin.token);
    w.b = {
      admin: bAdmin,
      department: bDepartment.id,
      departmentVersion: bDepartment.version,
      deleted: bDeleted.id,
      member: await t.addMember(bAdmin, 'staff', bDepartment.id),
      invitation: invitation.createInvitation.invitation.id,
    };

    dual = await t.addMember(aAdmin, 'admin');
    const toB = await t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, bAdmin.token);
    await t.ok(`mutation($token: String!) { acceptInvitation(token: $token) { accessToken } }`, { token: toB.createInvitation.token }, dual.token);
  });
  afterAll(() => w.t.stop());

  it('covers every operation argument of type ID in the schema', () => {
    expect(CASES.map((c) => c.target).sort()).toEqual(idArguments());
  });

  describe.each(CASES.map((c) => [c.target, c] as const))('%s', (_target, c) => {
    it('answers as for an id that does not exist, and changes nothing in either organisation', async () => {
      const orgs = [w.a.admin.orgId!, w.b.admin.orgId!];
      const before = await snapshot(orgs);
      // (a snapshot of nothing would make "unchanged" meaningless)
      expect(Object.values(before).every((rows) => Array.isArray(rows) && rows.length > 0)).toBe(true);
      const foreign = await c.run(w, w.a.admin, c.foreignId(w));
      const missing = await c.run(w, w.a.admin, randomUUID());

      if (typeof c.expected === 'string') {
        expect(codes(foreign)).toEqual([c.expected]);
      } else {
        expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
        expect(foreign.errors?.[0].extensions?.field).toBe(c.expected.BAD_USER_INPUT);
      }
      expect(foreign.data).toBeNull();
      expect(errorsOf(foreign)).toEqual(errorsOf(missing));
      expect(await snapshot(orgs)).toEqual(before);
    });
  });

  it('gives a member of both organisations, acting in A, no way to B’s rows either', async () => {
    const orgs = [w.a.admin.orgId!, w.b.admin.orgId!];
    const [ownB] = await ownerQuery(`SELECT id FROM memberships WHERE user_id = $1 AND org_id = $2`, [dual.userId, w.b.admin.orgId]);
    const before = await snapshot(orgs);
    for (const c of CASES.filter((c) => c.target !== 'switchOrganization(organizationId)')) {
      const res = await c.run(w, dual, c.foreignId(w));
      expect({ target: c.target, codes: codes(res) }).toEqual({ target: c.target, codes: [typeof c.expected === 'string' ? c.expected : 'BAD_USER_INPUT'] });
    }
    // Their own membership in B is visible to the database policy, but not to A's operations.
    const own = await CASES.find((c) => c.target === 'updateMember(input.id)')!.run(w, dual, ownB.id);
    expect(codes(own)).toEqual(['NOT_FOUND']);
    expect(await snapshot(orgs)).toEqual(before);
  });

  it('lists only A’s own rows in members, departments, invitations and the audit log', async () => {
    const a = w.a.admin.orgId;
    const ids = async (sql: string) => (await ownerQuery(sql, [a])).map((r) => String(r.id)).sort();
    for (const caller of [w.a.admin, dual]) {
      const data = await w.t.ok(
        `{ members(includeInactive: true) { id } departments { id } invitations { id } auditLog(first: 200) { items { id } nextCursor } }`,
        {},
        caller.token,
      );
      const got = (list: { id: string }[]) => list.map((r) => r.id).sort();
      expect(got(data.members)).toEqual(await ids(`SELECT id FROM memberships WHERE org_id = $1`));
      expect(got(data.departments)).toEqual(await ids(`SELECT id FROM departments WHERE org_id = $1 AND deleted_at IS NULL`));
      expect(got(data.invitations)).toEqual(await ids(`SELECT id FROM invitations WHERE org_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`));
      expect(data.auditLog.nextCursor).toBeNull();
      expect(got(data.auditLog.items)).toEqual(await ids(`SELECT id FROM audit_log WHERE org_id = $1`));
    }
  });
});
