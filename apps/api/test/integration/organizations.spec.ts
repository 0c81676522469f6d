import { PERMISSIONS } from '@opsplan/domain';
import { codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    accessToken
    viewer { organization { id name currency fiscalYearStartMonth version } membership { id role } permissions }
  }
}`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name currency fiscalYearStartMonth version } }`;
const ORGANIZATION = `{ organization { id name currency fiscalYearStartMonth version } }`;
const SWITCH = `mutation($id: ID!) { switchOrganization(organizationId: $id) { accessToken viewer { organization { id name } organizations { id name role } } } }`;

const orgRow = async (id: string) =>
  (await ownerQuery(`SELECT name, currency, fiscal_year_start_month, version FROM organizations WHERE id = $1`, [id]))[0];
const auditCount = async (orgId: string) => (await ownerQuery(`SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1`, [orgId]))[0].n;
const currentOrgOfSession = async (userId: string) =>
  (await ownerQuery(`SELECT current_org_id FROM session_families WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [userId]))[0].current_org_id;

describe('creating and running an organisation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.stop());

  it('creates an organisation in CNY from January, its creator an admin holding every permission, and audits both', async () => {
    const founder = await t.signUp('Founder');
    const res = await t.gql<Json>(CREATE, { input: { name: '  Xinghai Appliances  ' } }, { token: founder.token });
    expect(res.errors).toBeUndefined();
    const { accessToken, viewer } = res.data.createOrganization;
    expect(viewer.organization).toMatchObject({ name: 'Xinghai Appliances', currency: 'CNY', fiscalYearStartMonth: 1, version: 1 });
    expect(viewer.membership.role).toBe('admin');
    expect([...viewer.permissions].sort()).toEqual([...PERMISSIONS].sort());

    const orgId = viewer.organization.id;
    expect(await orgRow(orgId)).toEqual({ name: 'Xinghai Appliances', currency: 'CNY', fiscal_year_start_month: 1, version: 1 });
    const memberships = await ownerQuery(`SELECT id, user_id, role, active FROM memberships WHERE org_id = $1`, [orgId]);
    expect(memberships).toEqual([{ id: viewer.membership.id, user_id: founder.userId, role: 'admin', active: true }]);

    // The new access token works in the new organisation straight away.
    expect((await t.ok(ORGANIZATION, {}, accessToken)).organization.id).toBe(orgId);

    const audit = await ownerQuery(`SELECT entity, entity_id, action, actor_user_id, request_id FROM audit_log WHERE org_id = $1 ORDER BY id`, [orgId]);
    const by = { actor_user_id: founder.userId, request_id: res.headers['x-request-id'] };
    expect(audit).toEqual([
      { entity: 'organization', entity_id: orgId, action: 'create', ...by },
      { entity: 'membership', entity_id: viewer.membership.id, action: 'create', ...by },
    ]);
  });

  it('applies the defaults every time the same document runs, also once it is compiled by graphql-jit', async () => {
    const founder = await t.signUp('Repeat');
    for (let i = 0; i < 3; i++) {
      const res = await t.gql<Json>(CREATE, { input: { name: `Repeat ${i}` } }, { token: founder.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.createOrganization.viewer.organization).toMatchObject({ currency: 'CNY', fiscalYearStartMonth: 1 });
    }
  });

  it('keeps a currency and fiscal month chosen at creation', async () => {
    const founder = await t.signUp('Founder');
    const data = await t.ok(CREATE, { input: { name: 'Harbour Trading', currency: 'USD', fiscalYearStartMonth: 4 } }, founder.token);
    expect(data.createOrganization.viewer.organization).toMatchObject({ currency: 'USD', fiscalYearStartMonth: 4 });
  });

  describe('settings', () => {
    let admin: Session;
    beforeAll(async () => (admin = await t.newOrganization('Settings Co')));

    it('updates settings against the version read and bumps the version', async () => {
      const before = (await t.ok(ORGANIZATION, {}, admin.token)).organization;
      const data = await t.ok(UPDATE, { input: { name: 'Settings Co Ltd', fiscalYearStartMonth: 7, version: before.version } }, admin.token);
      expect(data.updateOrganization).toMatchObject({ name: 'Settings Co Ltd', currency: 'CNY', fiscalYearStartMonth: 7, version: before.version + 1 });
      expect(await orgRow(admin.orgId!)).toEqual({ name: 'Settings Co Ltd', currency: 'CNY', fiscal_year_start_month: 7, version: before.version + 1 });
    });

    it('refuses a stale version with CONFLICT carrying the current values, and changes nothing', async () => {
      const { version } = (await t.ok(ORGANIZATION, {}, admin.token)).organization;
      await t.ok(UPDATE, { input: { currency: 'HKD', version } }, admin.token);
      const saved = await orgRow(admin.orgId!);
      const audits = await auditCount(admin.orgId!);

      // A second editor still holding the old version.
      const stale = await t.gql<Json>(UPDATE, { input: { currency: 'EUR', name: 'Overwritten', version } }, { token: admin.token });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: admin.orgId, currency: 'HKD', version: version + 1 });
      expect(await orgRow(admin.orgId!)).toEqual(saved);
      expect(await auditCount(admin.orgId!)).toBe(audits);
    });

    it('refuses every non-admin role with FORBIDDEN and changes nothing', async () => {
      for (const role of ['executive', 'manager', 'staff', 'finance'] as const) {
        const member = await t.addMember(admin, role);
        const saved = await orgRow(admin.orgId!);
        const res = await t.gql(UPDATE, { input: { name: `Renamed by ${role}`, version: saved.version } }, { token: member.token });
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(await orgRow(admin.orgId!)).toEqual(saved);
        // They can still read the organisation.
        expect((await t.ok(ORGANIZATION, {}, member.token)).organization.name).toBe(saved.name);
      }
    });
  });

  describe('switching organisation', () => {
    it('moves the session between two organisations the user belongs to', async () => {
      const user = await t.newOrganization('First Works');
      const second = await t.ok(CREATE, { input: { name: 'Second Works' } }, user.token);
      const secondId = second.createOrganization.viewer.organization.id;
      expect(await currentOrgOfSession(user.userId)).toBe(secondId);

      const back = await t.ok(SWITCH, { id: user.orgId }, second.createOrganization.accessToken);
      expect(back.switchOrganization.viewer.organization).toEqual({ id: user.orgId, name: 'First Works' });
      expect(back.switchOrganization.viewer.organizations).toEqual([
        { id: user.orgId, name: 'First Works', role: 'admin' },
        { id: secondId, name: 'Second Works', role: 'admin' },
      ]);
      expect(await currentOrgOfSession(user.userId)).toBe(user.orgId);
      expect((await t.ok(ORGANIZATION, {}, back.switchOrganization.accessToken)).organization.id).toBe(user.orgId);

      const again = await t.ok(SWITCH, { id: secondId }, back.switchOrganization.accessToken);
      expect((await t.ok(ORGANIZATION, {}, again.switchOrganization.accessToken)).organization.id).toBe(secondId);
    });

    it('refuses to switch into an organisation the user is not an active member of', async () => {
      const outsider = await t.newOrganization('Outsider Ltd');
      const other = await t.newOrganization('Other Ltd');
      const leaver = await t.addMember(other, 'staff');
      const [m] = await ownerQuery(`SELECT version FROM memberships WHERE id = $1`, [leaver.membershipId]);
      await t.ok(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, {
        input: { id: leaver.membershipId, active: false, version: m.version },
      }, other.token);

      for (const [who, target] of [
        [outsider, other.orgId],
        [leaver, other.orgId],
      ] as const) {
        const before = await currentOrgOfSession(who.userId);
        const res = await t.gql(SWITCH, { id: target }, { token: who.token });
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(res.data).toBeNull();
        expect(await currentOrgOfSession(who.userId)).toBe(before);
      }
    });
  });
});
