import { auditCount, codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';

const DEPARTMENTS = `{ departments { id name parentId sortOrder memberCount version manager { id user { id } } } }`;
const UPDATE = `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name parentId version manager { id } } }`;
const DELETE = `mutation($id: ID!) { deleteDepartment(id: $id) { id } }`;
const RESTORE = `mutation($id: ID!) { restoreDepartment(id: $id) { id name parentId } }`;

const row = async (id: string) =>
  (await ownerQuery(`SELECT name, parent_id, manager_id, deleted_at, deleted_batch, version FROM departments WHERE id = $1`, [id]))[0];

describe('the organisation chart', () => {
  let t: TestApp;
  let admin: Session;
  const list = async (token = admin.token) => (await t.ok(DEPARTMENTS, {}, token)).departments as Json[];
  const byId = async (id: string) => (await list()).find((d) => d.id === id);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Chart Co');
  });
  afterAll(() => t.stop());

  it('builds a tree with a manager and counts each department’s active members', async () => {
    const head = await t.addMember(admin, 'manager');
    const sales = await t.createDepartment(admin, 'Sales center', undefined, head.membershipId);
    const north = await t.createDepartment(admin, 'Sales north', sales.id);
    const south = await t.createDepartment(admin, 'Sales south', sales.id);
    const rep1 = await t.addMember(admin, 'staff', north.id);
    await t.addMember(admin, 'staff', north.id);

    expect(await byId(sales.id)).toMatchObject({ name: 'Sales center', parentId: null, memberCount: 0, manager: { id: head.membershipId, user: { id: head.userId } } });
    expect(await byId(north.id)).toMatchObject({ parentId: sales.id, sortOrder: 1, memberCount: 2, manager: null });
    expect(await byId(south.id)).toMatchObject({ parentId: sales.id, sortOrder: 2, memberCount: 0 });

    // A deactivated member no longer counts.
    const [{ version }] = await ownerQuery(`SELECT version FROM memberships WHERE id = $1`, [rep1.membershipId]);
    await t.ok(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: rep1.membershipId, version, active: false } }, admin.token);
    expect((await byId(north.id)).memberCount).toBe(1);

    // Every member may read the chart.
    expect((await list(head.token)).map((d) => d.id)).toEqual(expect.arrayContaining([sales.id, north.id, south.id]));
  });

  it('renames, moves and changes manager against the version read', async () => {
    const boss = await t.addMember(admin, 'executive');
    const a = await t.createDepartment(admin, 'Procurement');
    const b = await t.createDepartment(admin, 'Supply chain');
    const moved = await t.ok(UPDATE, { input: { id: a.id, version: a.version, name: 'Purchasing', parentId: b.id, managerId: boss.membershipId } }, admin.token);
    expect(moved.updateDepartment).toEqual({ id: a.id, name: 'Purchasing', parentId: b.id, version: a.version + 1, manager: { id: boss.membershipId } });

    // null moves back to the top and clears the manager; an absent field is left alone.
    const top = await t.ok(UPDATE, { input: { id: a.id, version: a.version + 1, parentId: null, managerId: null } }, admin.token);
    expect(top.updateDepartment).toMatchObject({ name: 'Purchasing', parentId: null, manager: null });

    const stale = await t.gql(UPDATE, { input: { id: a.id, version: a.version, name: 'Stale' } }, { token: admin.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: a.id, name: 'Purchasing', version: a.version + 2 });
  });

  it('writes nothing when the admin pages are saved as they stand: a department, a member, the organisation', async () => {
    const head = await t.addMember(admin, 'manager');
    const dept = await t.createDepartment(admin, 'Unchanged center', undefined, head.membershipId);
    const audited = (id: string) => auditCount(id, 'update');

    const d = (await row(dept.id)).version;
    const sameDept = await t.ok(UPDATE, { input: { id: dept.id, version: d, name: 'Unchanged center', parentId: null, managerId: head.membershipId } }, admin.token);
    expect([sameDept.updateDepartment.version, (await row(dept.id)).version, await audited(dept.id)]).toEqual([d, d, 0]);

    const MEMBER = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id role version } }`;
    const [m] = await ownerQuery(`SELECT version FROM memberships WHERE id = $1`, [head.membershipId]);
    const sameMember = await t.ok(MEMBER, { input: { id: head.membershipId, version: m.version, role: 'manager', active: true } }, admin.token);
    expect([sameMember.updateMember.version, await audited(head.membershipId!)]).toEqual([m.version, 0]);

    const ORG = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name version } }`;
    const [o] = await ownerQuery(`SELECT name, version FROM organizations WHERE id = $1`, [admin.orgId]);
    const sameOrg = await t.ok(ORG, { input: { version: o.version, name: o.name } }, admin.token);
    expect([sameOrg.updateOrganization.version, await audited(admin.orgId!)]).toEqual([o.version, 0]);

    // A change still writes, and a stale version is still refused.
    const renamed = await t.ok(UPDATE, { input: { id: dept.id, version: d, name: 'Changed center' } }, admin.token);
    expect([renamed.updateDepartment.version, await audited(dept.id)]).toEqual([d + 1, 1]);
    expect(codes(await t.gql(UPDATE, { input: { id: dept.id, version: d, name: 'Changed center' } }, { token: admin.token }))).toEqual(['CONFLICT']);
  });

  it('refuses to move a department under itself or one of its own sub-departments', async () => {
    const top = await t.createDepartment(admin, 'R&D center');
    const mid = await t.createDepartment(admin, 'R&D platform', top.id);
    const leaf = await t.createDepartment(admin, 'R&D platform tools', mid.id);
    const before = await row(top.id);

    for (const parentId of [top.id, mid.id, leaf.id]) {
      const res = await t.gql(UPDATE, { input: { id: top.id, version: before.version, parentId } }, { token: admin.token });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.field).toBe('parentId');
    }
    expect(await row(top.id)).toEqual(before);
  });

  it('deletes a department with its whole subtree, and one restore brings the subtree back', async () => {
    const ops = await t.createDepartment(admin, 'Operations');
    const plant = await t.createDepartment(admin, 'Plant', ops.id);
    const line = await t.createDepartment(admin, 'Assembly line', plant.id);
    const logistics = await t.createDepartment(admin, 'Logistics', ops.id);
    const subtree = [ops.id, plant.id, line.id, logistics.id];
    const shape = async () => (await list()).filter((d) => subtree.includes(d.id)).map(({ id, name, parentId }) => ({ id, name, parentId }));
    const before = await shape();
    expect(before).toHaveLength(4);

    const deleted = await t.gql<Json>(DELETE, { id: ops.id }, { token: admin.token });
    expect(deleted.data.deleteDepartment.id).toBe(ops.id);
    expect(await shape()).toEqual([]);
    const rows = await Promise.all(subtree.map(row));
    expect(new Set(rows.map((r) => r.deleted_batch)).size).toBe(1);
    expect(rows.every((r) => r.deleted_at !== null)).toBe(true);
    const deleteAudit = await ownerQuery(`SELECT entity_id FROM audit_log WHERE request_id = $1 AND entity = 'department' AND action = 'delete'`, [
      deleted.headers['x-request-id'],
    ]);
    expect(deleteAudit.map((a) => a.entity_id).sort()).toEqual([...subtree].sort());

    const restored = await t.gql<Json>(RESTORE, { id: ops.id }, { token: admin.token });
    expect(restored.data.restoreDepartment).toEqual({ id: ops.id, name: 'Operations', parentId: null });
    expect(await shape()).toEqual(before);
    const restoreAudit = await ownerQuery(`SELECT entity_id FROM audit_log WHERE request_id = $1 AND action = 'restore'`, [restored.headers['x-request-id']]);
    expect(restoreAudit.map((a) => a.entity_id).sort()).toEqual([...subtree].sort());
  });

  it('keeps a sub-department deleted on its own when its parent is restored, and restores it only after the parent', async () => {
    const hr = await t.createDepartment(admin, 'HR department');
    const payroll = await t.createDepartment(admin, 'Payroll', hr.id);
    await t.ok(DELETE, { id: payroll.id }, admin.token);
    await t.ok(DELETE, { id: hr.id }, admin.token);

    const early = await t.gql(RESTORE, { id: payroll.id }, { token: admin.token });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect((await row(payroll.id)).deleted_at).not.toBeNull();

    await t.ok(RESTORE, { id: hr.id }, admin.token);
    expect(await byId(payroll.id)).toBeUndefined();
    await t.ok(RESTORE, { id: payroll.id }, admin.token);
    expect(await byId(payroll.id)).toMatchObject({ parentId: hr.id });

    // Restoring what is not deleted, or deleting twice, answers NOT_FOUND.
    expect(codes(await t.gql(RESTORE, { id: hr.id }, { token: admin.token }))).toEqual(['NOT_FOUND']);
    await t.ok(DELETE, { id: payroll.id }, admin.token);
    expect(codes(await t.gql(DELETE, { id: payroll.id }, { token: admin.token }))).toEqual(['NOT_FOUND']);
  });

  it('writes an audit row with before and after for a change', async () => {
    const d = await t.createDepartment(admin, 'Finance');
    const res = await t.gql(UPDATE, { input: { id: d.id, version: d.version, name: 'Finance center' } }, { token: admin.token });
    const audit = await ownerQuery(`SELECT actor_user_id, action, changes FROM audit_log WHERE entity_id = $1 ORDER BY id`, [d.id]);
    expect(audit).toEqual([
      { actor_user_id: admin.userId, action: 'create', changes: [{ field: 'name', before: null, after: 'Finance' }] },
      { actor_user_id: admin.userId, action: 'update', changes: [{ field: 'name', before: 'Finance', after: 'Finance center' }] },
    ]);
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('lets no role but admin change the chart', async () => {
    const d = await t.createDepartment(admin, 'Locked');
    const gone = await t.createDepartment(admin, 'Gone');
    await t.ok(DELETE, { id: gone.id }, admin.token);
    const saved = [await row(d.id), await row(gone.id)];
    const count = async () => (await ownerQuery(`SELECT count(*)::int AS n FROM departments WHERE org_id = $1`, [admin.orgId]))[0].n;
    const total = await count();

    for (const role of ['executive', 'manager', 'staff', 'finance'] as const) {
      const member = await t.addMember(admin, role);
      const attempts = [
        t.gql(`mutation { createDepartment(input: { name: "Mine" }) { id } }`, {}, { token: member.token }),
        t.gql(UPDATE, { input: { id: d.id, version: saved[0].version, name: 'Mine' } }, { token: member.token }),
        t.gql(DELETE, { id: d.id }, { token: member.token }),
        t.gql(RESTORE, { id: gone.id }, { token: member.token }),
      ];
      for (const res of await Promise.all(attempts)) expect(codes(res)).toEqual(['FORBIDDEN']);
    }
    expect([await row(d.id), await row(gone.id)]).toEqual(saved);
    expect(await count()).toBe(total);
  });

  it('marks one HR department: marking another unmarks the first, and creating one may mark it', async () => {
    const hr = await t.createDepartment(admin, 'People');
    const [{ version }] = await ownerQuery(`SELECT version FROM departments WHERE id = $1`, [hr.id]);
    const marked = await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id isHr } }`, { input: { id: hr.id, version, isHr: true } }, admin.token);
    expect(marked.updateDepartment).toEqual({ id: hr.id, isHr: true });
    const created = (await t.ok(`mutation { createDepartment(input: { name: "Talent", isHr: true }) { id isHr } }`, {}, admin.token)).createDepartment;
    expect(created.isHr).toBe(true);
    const flags = (await t.ok(`{ departments { id isHr } }`, {}, admin.token)).departments.filter((d: Json) => d.isHr);
    expect(flags).toEqual([{ id: created.id, isHr: true }]);
    const [audit] = await ownerQuery(`SELECT changes FROM audit_log WHERE entity = 'department' AND entity_id = $1 AND action = 'update' ORDER BY id DESC LIMIT 1`, [hr.id]);
    expect(audit.changes).toEqual([{ field: 'isHr', before: true, after: false }]);
  });
});
