import { codes, Json, ownerQuery, PASSWORD, Session, TestApp } from '../support/test-app';

const UPDATE_MEMBER = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id role active version department { id } } }`;
const AUDIT = `{ auditLog(first: 1) { items { id } } }`;
const VIEWER = `{ viewer { organization { id } membership { role } permissions } }`;

const membership = async (id: string) =>
  (await ownerQuery(`SELECT role, active, department_id, version FROM memberships WHERE id = $1`, [id]))[0];
const auditCount = async (orgId: string) => (await ownerQuery(`SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1`, [orgId]))[0].n;

describe('changing a member’s role or active state', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Roles Co');
  });
  afterAll(() => t.stop());

  /** Applies a change as `by`, naming the version currently stored. */
  const change = async (by: Session, member: Session, changes: Record<string, unknown>) => {
    const { version } = await membership(member.membershipId!);
    return t.gql<Json>(UPDATE_MEMBER, { input: { id: member.membershipId, version, ...changes } }, { token: by.token });
  };

  it('counts a promotion and a demotion from the member’s very next request, on the same access token', async () => {
    const staff = await t.addMember(admin, 'staff');
    expect(codes(await t.gql(AUDIT, {}, { token: staff.token }))).toEqual(['FORBIDDEN']);

    const promoted = await change(admin, staff, { role: 'admin' });
    expect(promoted.data.updateMember).toMatchObject({ role: 'admin', active: true });
    expect(codes(await t.gql(AUDIT, {}, { token: staff.token }))).toEqual([]);
    expect((await t.ok(VIEWER, {}, staff.token)).viewer.permissions).toContain('audit.read');

    await change(admin, staff, { role: 'finance' });
    expect(codes(await t.gql(AUDIT, {}, { token: staff.token }))).toEqual(['FORBIDDEN']);
    expect((await t.ok(VIEWER, {}, staff.token)).viewer.membership.role).toBe('finance');
  });

  it('names the member’s department and its manager in the sign-in payload, before any request is authenticated', async () => {
    const manager = await t.addMember(admin, 'manager');
    const dept = await t.createDepartment(admin, 'Field sales', undefined, manager.membershipId);
    const member = await t.addMember(admin, 'manager', dept.id);
    const signedIn = await t.ok(
      `mutation($input: SignInInput!) { signIn(input: $input) { viewer { membership { department { id manager { id } } } } } }`,
      { input: { email: member.email, password: PASSWORD } },
    );
    expect(signedIn.signIn.viewer.membership.department).toEqual({ id: dept.id, manager: { id: manager.membershipId } });
  });

  it('refuses a deactivated member from their next request on, and lets them back when reactivated', async () => {
    const leaver = await t.addMember(admin, 'manager');
    expect(codes(await t.gql(`{ departments { id } }`, {}, { token: leaver.token }))).toEqual([]);

    const off = await change(admin, leaver, { active: false });
    expect(off.data.updateMember.active).toBe(false);
    for (const query of [`{ departments { id } }`, `{ members { id } }`, `{ organization { id } }`]) {
      expect(codes(await t.gql(query, {}, { token: leaver.token }))).toEqual(['FORBIDDEN']);
    }
    // Still signed in, but no longer in the organisation.
    const viewer = (await t.ok(VIEWER, {}, leaver.token)).viewer;
    expect(viewer).toEqual({ organization: null, membership: null, permissions: [] });

    const listed = (await t.ok(`{ members { id } all: members(includeInactive: true) { id active } }`, {}, admin.token));
    expect(listed.members.map((m: Json) => m.id)).not.toContain(leaver.membershipId);
    expect(listed.all).toContainEqual({ id: leaver.membershipId, active: false });

    await change(admin, leaver, { active: true });
    expect(codes(await t.gql(`{ departments { id } }`, {}, { token: leaver.token }))).toEqual([]);
  });

  it('keeps the last active admin: neither demotion nor deactivation, nothing changed', async () => {
    const solo = await t.newOrganization('Solo Admin Co');
    const stored = await membership(solo.membershipId!);
    const audits = await auditCount(solo.orgId!);

    const demote = await change(solo, solo, { role: 'staff' });
    expect(codes(demote)).toEqual(['BAD_USER_INPUT']);
    expect(demote.errors?.[0].extensions?.field).toBe('role');

    const deactivate = await change(solo, solo, { active: false });
    expect(codes(deactivate)).toEqual(['BAD_USER_INPUT']);
    expect(deactivate.errors?.[0].extensions?.field).toBe('active');

    expect(await membership(solo.membershipId!)).toEqual(stored);
    expect(await auditCount(solo.orgId!)).toBe(audits);

    // With a second admin, stepping down is fine.
    const deputy = await t.addMember(solo, 'admin');
    expect(codes(await change(solo, solo, { role: 'staff' }))).toEqual([]);
    expect(codes(await change(deputy, deputy, { active: false }))).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves one admin when two admins demote each other at the same moment', async () => {
    // Several organisations at once, so that the two transactions really overlap.
    const pairs: [Session, Session][] = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const first = await t.newOrganization(`Rivals ${i}`);
        return [first, await t.addMember(first, 'admin')] as [Session, Session];
      }),
    );
    const results = await Promise.all(pairs.map(([first, second]) => Promise.all([change(first, second, { role: 'staff' }), change(second, first, { role: 'staff' })])));

    for (const [i, [first]] of pairs.entries()) {
      // One wins. The other is refused: BAD_USER_INPUT when it waited on the winner's
      // transaction, FORBIDDEN when the winner had already committed before its auth check.
      const outcomes = results[i].map((res) => codes(res).join()).sort();
      expect(outcomes[0]).toBe('');
      expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(outcomes[1]);
      const admins = await ownerQuery(`SELECT id FROM memberships WHERE org_id = $1 AND role = 'admin' AND active`, [first.orgId]);
      expect(admins).toHaveLength(1);
    }
  });

  it('treats an explicit null role or active as "unchanged"', async () => {
    const member = await t.addMember(admin, 'executive');
    const res = await change(admin, member, { role: null, active: null });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateMember).toMatchObject({ role: 'executive', active: true });
  });

  it('refuses a stale version with CONFLICT carrying the current values, and changes nothing', async () => {
    const member = await t.addMember(admin, 'staff');
    const { version } = await membership(member.membershipId!);
    await t.ok(UPDATE_MEMBER, { input: { id: member.membershipId, version, role: 'manager' } }, admin.token);
    const saved = await membership(member.membershipId!);
    const audits = await auditCount(admin.orgId!);

    const stale = await t.gql(UPDATE_MEMBER, { input: { id: member.membershipId, version, active: false } }, { token: admin.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: member.membershipId, role: 'manager', active: true, version: version + 1 });
    expect(await membership(member.membershipId!)).toEqual(saved);
    expect(await auditCount(admin.orgId!)).toBe(audits);
  });

  it('lets no role but admin change members', async () => {
    const target = await t.addMember(admin, 'staff');
    const saved = await membership(target.membershipId!);
    for (const role of ['executive', 'manager', 'staff', 'finance'] as const) {
      const member = await t.addMember(admin, role);
      expect(codes(await change(member, target, { role: 'admin' }))).toEqual(['FORBIDDEN']);
      expect(codes(await change(member, member, { role: 'admin' }))).toEqual(['FORBIDDEN']);
    }
    expect(await membership(target.membershipId!)).toEqual(saved);
  });
});
