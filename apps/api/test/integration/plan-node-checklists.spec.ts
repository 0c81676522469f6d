import { randomUUID } from 'node:crypto';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { createNode, createPlan, DELETE_NODE, nodeRow, versionOf } from '../support/plan-fixtures';

/**
 * Checklists, recurrence and dependencies on plan nodes: planners lay them
 * out, owners tick the checklist off, dependencies stay within the plan and
 * never wait on themselves, and a refused write leaves no trace.
 *
 * The plan: Strategy ─ Objective ─ Project [Sales] ─ Licence / staff owner, Registration / other staff, Fit-out
 */

const FIELDS = `id version checklist { text done } recurrence dependsOn`;
const CREATE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { ${FIELDS} } }`;
const SET_CHECKLIST = `mutation($input: SetNodeChecklistInput!) { setNodeChecklist(input: $input) { ${FIELDS} } }`;

const items = (...list: [string, boolean][]) => list.map(([text, done]) => ({ text, done }));

describe('checklists, recurrence and dependencies of plan nodes', () => {
  let t: TestApp;
  let admin: Session;
  let owner: Session;
  let otherStaff: Session;
  let planId: string;
  const ids = {} as Record<'project' | 'licence' | 'registration' | 'fitOut' | 'otherPlanNode', string>;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Checklist Co');
    const sales = (await t.createDepartment(admin, 'Sales')).id;
    owner = await t.addMember(admin, 'staff', sales);
    otherStaff = await t.addMember(admin, 'staff', sales);
    planId = (await createPlan(t, admin, 'Opening plan')).id;
    const strategy = await createNode(t, admin, { planId, level: 'strategy', title: 'Open the shop' });
    const objective = await createNode(t, admin, { planId, parentId: strategy.id, level: 'objective', title: 'Licensed and registered' });
    ids.project = (await createNode(t, admin, { planId, parentId: objective.id, level: 'project', title: 'Paperwork', departmentId: sales })).id;
    ids.licence = (await createNode(t, admin, { planId, parentId: ids.project, level: 'task', title: 'Hygiene licence', ownerId: owner.membershipId })).id;
    ids.registration = (await createNode(t, admin, { planId, parentId: ids.project, level: 'task', title: 'Business registration', ownerId: otherStaff.membershipId })).id;
    ids.fitOut = (await createNode(t, admin, { planId, parentId: ids.project, level: 'task', title: 'Fit-out' })).id;
    const otherPlan = (await createPlan(t, admin, 'Another plan')).id;
    ids.otherPlanNode = (await createNode(t, admin, { planId: otherPlan, level: 'strategy', title: 'Elsewhere' })).id;
  });
  afterAll(() => t.stop());

  /** Everything a refused write could have touched in the organisation. */
  const footprint = async () =>
    (
      await ownerQuery(
        `SELECT (SELECT md5(string_agg(n::text, '|' ORDER BY n.id)) FROM plan_nodes n WHERE n.org_id = $1) AS nodes,
                (SELECT count(*)::int FROM audit_log WHERE org_id = $1) AS audit`,
        [admin.orgId],
      )
    )[0];

  /** The answer must be BAD_USER_INPUT on `field` and nothing may have been written. */
  async function expectRefused(run: () => Promise<GqlResult<Json>>, field: string): Promise<GqlResult<Json>> {
    const before = await footprint();
    const res = await run();
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(await footprint()).toEqual(before);
    return res;
  }

  it('creates a node with a checklist, a recurrence and dependencies, and audits them', async () => {
    const res = await t.gql<Json>(CREATE, {
      input: {
        planId,
        parentId: ids.project,
        level: 'task',
        title: 'Open the doors',
        checklist: items(['  Keys cut  ', false], ['Float in the till', true]),
        recurrence: 'daily',
        dependsOn: [ids.licence, ids.registration.toUpperCase(), ids.licence],
      },
    }, { token: admin.token });
    expect(res.errors).toBeUndefined();
    const node = res.data.createNode;
    // Item texts are trimmed; a dependency named twice (in any case) counts once.
    expect(node).toMatchObject({ checklist: items(['Keys cut', false], ['Float in the till', true]), recurrence: 'daily', dependsOn: [ids.licence, ids.registration] });

    const row = await nodeRow(node.id);
    expect({ checklist: row.checklist, recurrence: row.recurrence, dependsOn: row.depends_on }).toEqual({
      checklist: items(['Keys cut', false], ['Float in the till', true]),
      recurrence: 'daily',
      dependsOn: [ids.licence, ids.registration],
    });
    const [audit] = await ownerQuery(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'create'`, [node.id]);
    expect(audit.changes).toEqual(
      expect.arrayContaining([
        { field: 'recurrence', before: null, after: 'daily' },
        { field: 'dependsOn', before: null, after: [ids.licence, ids.registration] },
      ]),
    );
  });

  it('leaves a plain node with an empty checklist, no recurrence and no dependencies', async () => {
    const node = (await t.ok(CREATE, { input: { planId, parentId: ids.project, level: 'task', title: 'Plain' } }, admin.token)).createNode;
    expect(node).toMatchObject({ checklist: [], recurrence: null, dependsOn: [] });
  });

  it('updates the three fields, clears them with null, and audits the change', async () => {
    const node = (await t.ok(CREATE, { input: { planId, parentId: ids.project, level: 'task', title: 'Monthly books', recurrence: 'weekly' } }, admin.token)).createNode;
    const updated = (
      await t.ok(UPDATE, {
        input: { id: node.id, version: node.version, recurrence: 'monthly', checklist: items(['Reconcile the bank', false]), dependsOn: [ids.fitOut] },
      }, admin.token)
    ).updateNode;
    expect(updated).toMatchObject({ version: node.version + 1, recurrence: 'monthly', checklist: items(['Reconcile the bank', false]), dependsOn: [ids.fitOut] });
    const [audit] = await ownerQuery(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [node.id]);
    expect(audit.changes).toEqual(
      expect.arrayContaining([
        { field: 'recurrence', before: 'weekly', after: 'monthly' },
        { field: 'checklist', before: [], after: items(['Reconcile the bank', false]) },
        { field: 'dependsOn', before: [], after: [ids.fitOut] },
      ]),
    );

    // Fields left out stay as they are.
    const renamed = (await t.ok(UPDATE, { input: { id: node.id, version: updated.version, title: 'The monthly books' } }, admin.token)).updateNode;
    expect(renamed).toMatchObject({ recurrence: 'monthly', checklist: items(['Reconcile the bank', false]), dependsOn: [ids.fitOut] });

    const cleared = (await t.ok(UPDATE, { input: { id: node.id, version: renamed.version, recurrence: null, checklist: null, dependsOn: null } }, admin.token)).updateNode;
    expect(cleared).toMatchObject({ recurrence: null, checklist: [], dependsOn: [] });
  });

  it('shows the fields in the outline, the subtree and the node', async () => {
    const node = (await t.ok(CREATE, {
      input: { planId, parentId: ids.project, level: 'task', title: 'Read back', checklist: items(['One', true]), recurrence: 'yearly', dependsOn: [ids.fitOut] },
    }, admin.token)).createNode;
    const read = await t.ok(
      `query($plan: ID!, $project: ID!, $id: ID!) {
         planOutline(planId: $plan, depth: 4) { id checklist { text done } recurrence dependsOn }
         nodeSubtree(id: $project) { id checklist { done } recurrence }
         node(id: $id) { ${FIELDS} } }`,
      { plan: planId, project: ids.project, id: node.id },
      admin.token,
    );
    const expected = { id: node.id, checklist: items(['One', true]), recurrence: 'yearly', dependsOn: [ids.fitOut] };
    expect(read.planOutline.find((n: Json) => n.id === node.id)).toEqual(expected);
    expect(read.nodeSubtree.find((n: Json) => n.id === node.id)).toEqual({ id: node.id, checklist: [{ done: true }], recurrence: 'yearly' });
    expect(read.node).toMatchObject(expected);
  });

  describe('setNodeChecklist', () => {
    let version: number;
    beforeAll(async () => {
      const node = (await t.ok(UPDATE, {
        input: { id: ids.licence, version: await versionOf(ids.licence), checklist: items(['Floor plan', false], ['Staff health certificates', false]) },
      }, admin.token)).updateNode;
      version = node.version;
    });

    it('lets the staff owner tick items off, and audits it', async () => {
      const res = await t.gql<Json>(SET_CHECKLIST, { input: { id: ids.licence, version, checklist: items(['Floor plan', true], ['Staff health certificates', false]) } }, { token: owner.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.setNodeChecklist).toMatchObject({ version: version + 1, checklist: items(['Floor plan', true], ['Staff health certificates', false]) });
      const [audit] = await ownerQuery(`SELECT actor_user_id, changes FROM audit_log WHERE entity_id = $1 AND action = 'checklist' ORDER BY id DESC LIMIT 1`, [ids.licence]);
      expect(audit.actor_user_id).toBe(owner.userId);
      expect(audit.changes).toEqual([
        { field: 'checklist', before: items(['Floor plan', false], ['Staff health certificates', false]), after: items(['Floor plan', true], ['Staff health certificates', false]) },
      ]);
      version = res.data.setNodeChecklist.version;
    });

    it('answers CONFLICT with the current checklist on a stale version, writing nothing', async () => {
      const before = await footprint();
      const res = await t.gql<Json>(SET_CHECKLIST, { input: { id: ids.licence, version: version - 1, checklist: items(['Floor plan', false], ['Staff health certificates', true]) } }, { token: owner.token });
      expect(codes(res)).toEqual(['CONFLICT']);
      expect(res.errors?.[0].extensions?.current).toMatchObject({ id: ids.licence, version, checklist: items(['Floor plan', true], ['Staff health certificates', false]) });
      expect(await footprint()).toEqual(before);
    });

    it('refuses staff who do not own the node, writing nothing', async () => {
      const before = await footprint();
      const res = await t.gql(SET_CHECKLIST, { input: { id: ids.licence, version, checklist: items(['Floor plan', true], ['Staff health certificates', true]) } }, { token: otherStaff.token });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await footprint()).toEqual(before);
    });

    it('lets the owner tick but not rewrite the list, which is for planners', async () => {
      const before = await footprint();
      for (const checklist of [
        items(['Floor plan (signed)', true], ['Staff health certificates', false]),
        items(['Floor plan', true]),
        items(['Staff health certificates', false], ['Floor plan', true]),
      ]) {
        const res = await t.gql(SET_CHECKLIST, { input: { id: ids.licence, version, checklist } }, { token: owner.token });
        expect(codes(res)).toEqual(['FORBIDDEN']);
      }
      expect(await footprint()).toEqual(before);

      const planned = await t.ok(SET_CHECKLIST, { input: { id: ids.licence, version, checklist: items(['Floor plan', true], ['Fire safety check', false]) } }, admin.token);
      expect(planned.setNodeChecklist.checklist).toEqual(items(['Floor plan', true], ['Fire safety check', false]));
    });

    it('answers NOT_FOUND for a node that does not exist', async () => {
      const res = await t.gql(SET_CHECKLIST, { input: { id: randomUUID(), version: 1, checklist: [] } }, { token: admin.token });
      expect(codes(res)).toEqual(['NOT_FOUND']);
    });

    it('refuses a checklist of 101 items or with a blank item', async () => {
      const current = await versionOf(ids.licence);
      const many = Array.from({ length: 101 }, (_, i) => ({ text: `Item ${i + 1}`, done: false }));
      await expectRefused(() => t.gql(SET_CHECKLIST, { input: { id: ids.licence, version: current, checklist: many } }, { token: admin.token }), 'checklist');
      await expectRefused(
        () => t.gql(SET_CHECKLIST, { input: { id: ids.licence, version: current, checklist: items(['Fine', false], ['   ', false]) } }, { token: admin.token }),
        'checklist.1.text',
      );
      await expectRefused(
        () => t.gql(SET_CHECKLIST, { input: { id: ids.licence, version: current, checklist: items(['x'.repeat(501), false]) } }, { token: admin.token }),
        'checklist.0.text',
      );
    });
  });

  describe('dependencies', () => {
    const setDeps = async (id: string, dependsOn: string[]) => t.gql<Json>(UPDATE, { input: { id, version: await versionOf(id), dependsOn } }, { token: admin.token });

    it('refuses a dependency cycle, naming dependsOn', async () => {
      // Registration waits on the licence, the fit-out on registration: the licence cannot then wait on the fit-out.
      expect((await setDeps(ids.registration, [ids.licence])).errors).toBeUndefined();
      expect((await setDeps(ids.fitOut, [ids.registration])).errors).toBeUndefined();
      const res = await expectRefused(() => setDeps(ids.licence, [ids.fitOut]), 'dependsOn');
      expect(res.errors?.[0].message).toMatch(/cycle/);
      await expectRefused(() => setDeps(ids.licence, [ids.registration]), 'dependsOn');
    });

    it('refuses a node depending on itself', async () => {
      const res = await expectRefused(() => setDeps(ids.fitOut, [ids.fitOut]), 'dependsOn');
      expect(res.errors?.[0].message).toMatch(/itself/);
    });

    it('follows links through deleted nodes, which a restore brings back', async () => {
      const middle = await createNode(t, admin, { planId, parentId: ids.project, level: 'task', title: 'Middle', dependsOn: [ids.fitOut] });
      const top = await createNode(t, admin, { planId, parentId: ids.project, level: 'task', title: 'Top', dependsOn: [middle.id] });
      await t.ok(DELETE_NODE, { input: { id: middle.id, version: await versionOf(middle.id) } }, admin.token);
      // fit-out → registration → licence; licence → top → (deleted) middle → fit-out would close the loop once middle is restored.
      await expectRefused(() => setDeps(ids.licence, [top.id]), 'dependsOn');
    });

    it('answers another organisation’s node exactly like an unknown id, writing nothing anywhere', async () => {
      const other = await t.newOrganization('Other Co');
      const theirPlan = (await createPlan(t, other, 'Their plan')).id;
      const theirs = await createNode(t, other, { planId: theirPlan, level: 'strategy', title: 'Theirs' });
      const theirRow = await nodeRow(theirs.id);

      const foreign = await expectRefused(() => setDeps(ids.fitOut, [ids.registration, theirs.id]), 'dependsOn');
      const unknown = await expectRefused(() => setDeps(ids.fitOut, [ids.registration, randomUUID()]), 'dependsOn');
      expect(foreign.errors).toEqual(unknown.errors);
      const created = await expectRefused(
        () => t.gql(CREATE, { input: { planId, parentId: ids.project, level: 'task', title: 'Planted', dependsOn: [theirs.id] } }, { token: admin.token }),
        'dependsOn',
      );
      expect(created.errors?.[0].message).toBe(unknown.errors?.[0].message);
      expect(await nodeRow(theirs.id)).toEqual(theirRow);
    });

    it('refuses nodes of another plan and deleted nodes', async () => {
      await expectRefused(() => setDeps(ids.fitOut, [ids.otherPlanNode]), 'dependsOn');
      const gone = await createNode(t, admin, { planId, parentId: ids.project, level: 'task', title: 'Gone' });
      await t.ok(DELETE_NODE, { input: { id: gone.id, version: gone.version } }, admin.token);
      await expectRefused(() => setDeps(ids.fitOut, [gone.id]), 'dependsOn');
    });

    it('refuses more than 20 dependencies, or ids that are not ids', async () => {
      await expectRefused(() => setDeps(ids.fitOut, Array.from({ length: 21 }, () => randomUUID())), 'dependsOn');
      await expectRefused(() => setDeps(ids.fitOut, ['not-an-id']), 'dependsOn');
    });

    it('refuses a staff owner editing dependencies: that is updating the node', async () => {
      const before = await footprint();
      const res = await t.gql(UPDATE, { input: { id: ids.licence, version: await versionOf(ids.licence), dependsOn: [] } }, { token: owner.token });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await footprint()).toEqual(before);
    });
  });
});
