import { createHash, randomBytes } from 'node:crypto';
import { codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateInvitationInput!) {
  createInvitation(input: $input) { token invitation { id role email department { id name } invitedBy { id } acceptedAt revokedAt } }
}`;
const LIST = `{ invitations { id role email expiresAt acceptedAt revokedAt createdAt department { id } invitedBy { id email displayName } } }`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { organizationName role inviterName expiresAt } }`;
const ACCEPT = `mutation($token: String!) {
  acceptInvitation(token: $token) { accessToken viewer { organization { id } membership { id role department { id manager { id } } } permissions } }
}`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const membershipsOf = (userId: string) => ownerQuery(`SELECT org_id, role, department_id, active FROM memberships WHERE user_id = $1`, [userId]);

describe('inviting people into an organisation', () => {
  let t: TestApp;
  let admin: Session;
  let salesId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Invite Co');
    salesId = (await t.createDepartment(admin, 'Sales center', undefined, admin.membershipId)).id;
  });
  afterAll(() => t.stop());

  const invite = async (input: Record<string, unknown>) => (await t.ok(CREATE, { input }, admin.token)).createInvitation;

  it('shows the token once and stores only its SHA-256', async () => {
    const created = await invite({ role: 'manager', departmentId: salesId, email: '  Wang.Fang@Example.com ' });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(created.invitation).toMatchObject({
      role: 'manager',
      email: 'wang.fang@example.com',
      department: { id: salesId, name: 'Sales center' },
      invitedBy: { id: admin.userId },
      acceptedAt: null,
      revokedAt: null,
    });

    const [row] = await ownerQuery(`SELECT token_hash, row_to_json(i)::text AS everything FROM invitations i WHERE id = $1`, [created.invitation.id]);
    expect(row.token_hash).toBe(sha256(created.token));
    expect(row.everything).not.toContain(created.token);

    // The pending list shows the invitation but never its token.
    const list = await t.gql(LIST, {}, { token: admin.token });
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list.data)).toContain(created.invitation.id);
    expect(JSON.stringify(list.data)).not.toContain(created.token);
  });

  it('previews an invitation without signing in', async () => {
    const { token } = await invite({ role: 'finance' });
    const res = await t.gql<Json>(PREVIEW, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.invitationPreview).toMatchObject({ organizationName: 'Invite Co', role: 'finance', inviterName: 'Admin' });
    expect(new Date(res.data.invitationPreview.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('joins with the invitation’s role and department and switches into the organisation', async () => {
    const { token, invitation } = await invite({ role: 'manager', departmentId: salesId });
    const newcomer = await t.signUp('Newcomer');
    const joined = await t.ok(ACCEPT, { token }, newcomer.token);
    const { accessToken, viewer } = joined.acceptInvitation;
    expect(viewer.organization.id).toBe(admin.orgId);
    // Resolved in the organisation just joined, not the one the request came from.
    expect(viewer.membership).toMatchObject({ role: 'manager', department: { id: salesId, manager: { id: admin.membershipId } } });
    expect(viewer.permissions).not.toContain('members.manage');

    expect(await membershipsOf(newcomer.userId)).toEqual([{ org_id: admin.orgId, role: 'manager', department_id: salesId, active: true }]);
    const [inv] = await ownerQuery(`SELECT accepted_by, accepted_at FROM invitations WHERE id = $1`, [invitation.id]);
    expect(inv.accepted_by).toBe(newcomer.userId);
    expect(inv.accepted_at).not.toBeNull();

    // The new token works as a member, and the admin sees them.
    const { members } = await t.ok(`{ members { user { id } role } }`, {}, accessToken);
    expect(members).toContainEqual({ user: { id: newcomer.userId }, role: 'manager' });
    // An accepted invitation is no longer pending.
    const { invitations } = await t.ok(LIST, {}, admin.token);
    expect(invitations.map((i: Json) => i.id)).not.toContain(invitation.id);
  });

  it('does not let a token be used twice', async () => {
    const { token } = await invite({ role: 'staff' });
    const first = await t.signUp('First');
    await t.ok(ACCEPT, { token }, first.token);

    const second = await t.signUp('Second');
    const again = await t.gql(ACCEPT, { token }, { token: second.token });
    expect(codes(again)).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(PREVIEW, { token }))).toEqual(['NOT_FOUND']);
    expect(await membershipsOf(second.userId)).toEqual([]);
  });

  it('answers revoked, expired and unknown tokens alike with NOT_FOUND', async () => {
    const revoked = await invite({ role: 'staff' });
    const rev = await t.gql<Json>(REVOKE, { id: revoked.invitation.id }, { token: admin.token });
    expect(rev.data.revokeInvitation.revokedAt).not.toBeNull();
    const expired = await invite({ role: 'staff' });
    await ownerQuery(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.invitation.id]);
    const unknown = randomBytes(24).toString('base64url');

    const user = await t.signUp('Hopeful');
    const answers: string[] = [];
    for (const token of [revoked.token, expired.token, unknown]) {
      const preview = await t.gql(PREVIEW, { token });
      const accept = await t.gql(ACCEPT, { token }, { token: user.token });
      expect(codes(preview)).toEqual(['NOT_FOUND']);
      expect(codes(accept)).toEqual(['NOT_FOUND']);
      answers.push(preview.errors![0].message, accept.errors![0].message);
    }
    // Nothing tells a guesser which tokens once existed.
    expect(new Set(answers).size).toBe(1);
    expect(await membershipsOf(user.userId)).toEqual([]);
  });

  it('answers CONFLICT when an active member accepts, and leaves their role and the invitation as they were', async () => {
    const { token, invitation } = await invite({ role: 'staff' });
    // The admin opening a staff link meant for someone else must not demote themselves.
    const res = await t.gql(ACCEPT, { token }, { token: admin.token });
    expect(codes(res)).toEqual(['CONFLICT']);
    const [mine] = await ownerQuery(`SELECT role, active FROM memberships WHERE id = $1`, [admin.membershipId]);
    expect(mine).toEqual({ role: 'admin', active: true });
    const [inv] = await ownerQuery(`SELECT accepted_at FROM invitations WHERE id = $1`, [invitation.id]);
    expect(inv.accepted_at).toBeNull();
  });

  it('lets no role but admin create or list invitations', async () => {
    for (const role of ['executive', 'manager', 'staff', 'finance'] as const) {
      const member = await t.addMember(admin, role);
      expect(codes(await t.gql(CREATE, { input: { role: 'admin' } }, { token: member.token }))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(LIST, {}, { token: member.token }))).toEqual(['FORBIDDEN']);
      const made = await ownerQuery(`SELECT 1 FROM invitations WHERE invited_by = $1`, [member.userId]);
      expect(made).toEqual([]);
    }
  });
});
