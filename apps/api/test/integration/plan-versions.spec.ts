import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import { asAppRole, codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { createNode, createPlan, DELETE_NODE, UPDATE_NODE } from '../support/plan-fixtures';

const CREATE_VERSION = `mutation($planId: ID!, $label: String!) { createPlanVersion(planId: $planId, label: $label) {
  id planId number label source createdBy { id } format nodeCount objectiveCount projectCount letterCount hasBudget hasHeadcount } }`;
const COMPARE = `query($from: ID!, $to: ID!) { comparePlanVersions(fromId: $from, toId: $to) {
  from { number } to { number }
  addedNodes { id title level ownerName departmentName kpi { target } }
  removedNodes { id title }
  changedNodes { id title level changes { field before after beforeLabel afterLabel } }
  budget { added removed changed { key } } headcount { added removed changed { key } }
  summary { nodesAdded nodesRemoved nodesChanged targetsChanged budgetLinesAdded headcountLinesAdded } } }`;
const LETTERS = `query($id: ID!) { responsibilityLetters(versionId: $id) {
  id versionId kind ownerName owner { id } pdfPath acknowledgedAt acknowledgedBy { id }
  items { nodeId level title departmentName dueDate kpi { name baseline target unit } }
  departments { id name budgetEnvelope standardHeadcount } } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeResponsibilityLetter(id: $id) { id acknowledgedAt acknowledgedBy { id } } }`;

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('plan versions and target-responsibility letters', () => {
  let t: TestApp;
  let admin: Session;
  let director: Session;
  let manager: Session;
  let staff: Session;
  let outsider: Session;
  let plan: string;
  let sales: string;
  const ids: Record<string, Json> = {};

  const download = (id: string, token?: string, lang = 'zh-CN') =>
    t.app.inject({ method: 'GET', url: `/letters/${id}.pdf?lang=${lang}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Versions Co');
    director = await t.addMember(admin, 'executive');
    await t.ok(`mutation { updateProfile(input: { displayName: "张伟" }) { id } }`, {}, director.token);
    sales = (await t.createDepartment(admin, '销售部')).id;
    manager = await t.addMember(admin, 'manager', sales);
    const [{ version }] = await ownerQuery(`SELECT version FROM departments WHERE id = $1`, [sales]);
    await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, {
      input: { id: sales, version, managerId: manager.membershipId },
    }, admin.token);
    staff = await t.addMember(admin, 'staff', sales);
    outsider = await t.newOrganization('Other Co');

    plan = (await createPlan(t, admin, 'FY plan')).id;
    const strategy = await createNode(t, admin, { planId: plan, level: 'strategy', title: 'Be No. 1 in five years' });
    ids.objective = await createNode(t, admin, {
      planId: plan, parentId: strategy.id, level: 'objective', title: 'Raise market share', ownerId: director.membershipId, dueDate: '2031-12-31',
      kpi: { name: 'Market share', unit: '%', direction: 'higher_is_better', baseline: '30', target: '35' },
    });
    ids.project = await createNode(t, admin, {
      planId: plan, parentId: ids.objective.id, level: 'project', title: 'Retail coverage', departmentId: sales, ownerId: staff.membershipId, dueDate: '2031-06-30',
    });
    ids.task = await createNode(t, admin, { planId: plan, parentId: ids.project.id, level: 'task', title: 'Visit shops' });
  });
  afterAll(() => t.stop());

  let v1: Json;
  let v2: Json;

  it('lets executives and admins take a numbered version with its letters, and nobody else', async () => {
    v1 = (await t.ok(CREATE_VERSION, { planId: plan, label: 'Draft for review' }, admin.token)).createPlanVersion;
    expect(v1).toMatchObject({
      planId: plan, number: 1, label: 'Draft for review', source: 'manual', createdBy: { id: admin.userId }, format: 1,
      nodeCount: 4, objectiveCount: 1, projectCount: 1, hasBudget: false, hasHeadcount: false,
    });
    // The director (objective owner), the project's owner, and the manager of the department owning the project.
    expect(v1.letterCount).toBe(3);
    expect(codes(await t.gql(CREATE_VERSION, { planId: plan, label: 'Mine' }, { token: manager.token }))).toEqual(['FORBIDDEN']);
    const blank = await t.gql(CREATE_VERSION, { planId: plan, label: '   ' }, { token: director.token });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors?.[0].extensions?.field).toBe('label');
  });

  it('keeps versions immutable: the app role may not change them and the owner is stopped by a trigger', async () => {
    for (const statement of [`UPDATE plan_versions SET label = 'forged' WHERE id = '${v1.id}'`, `DELETE FROM plan_versions WHERE id = '${v1.id}'`, `TRUNCATE plan_versions`]) {
      await expect(asAppRole(admin.orgId!, (db) => db.query(statement))).rejects.toMatchObject({ code: '42501' });
    }
    await expect(ownerQuery(`UPDATE plan_versions SET label = 'forged' WHERE id = $1`, [v1.id])).rejects.toThrow('plan_versions is immutable');
    await expect(ownerQuery(`DELETE FROM plan_versions WHERE id = $1`, [v1.id])).rejects.toThrow('plan_versions is immutable');
    // A letter's owner may be changed by no one: only the acknowledgement columns are writable.
    await expect(
      asAppRole(admin.orgId!, (db) => db.query(`UPDATE responsibility_letters SET membership_id = $1 WHERE version_id = $2`, [staff.membershipId, v1.id])),
    ).rejects.toMatchObject({ code: '42501' });
    expect((await ownerQuery(`SELECT label FROM plan_versions WHERE id = $1`, [v1.id]))[0].label).toBe('Draft for review');
  });

  it('compares two versions as exactly the nodes edited in between', async () => {
    const objective = (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [ids.objective.id]))[0];
    await t.ok(UPDATE_NODE, {
      input: { id: ids.objective.id, version: objective.version, kpi: { name: 'Market share', unit: '%', direction: 'higher_is_better', baseline: '30', target: '40' } },
    }, admin.token);
    const project = (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [ids.project.id]))[0];
    await t.ok(UPDATE_NODE, { input: { id: ids.project.id, version: project.version, ownerId: manager.membershipId } }, admin.token);
    const task = (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [ids.task.id]))[0];
    await t.ok(DELETE_NODE, { input: { id: ids.task.id, version: task.version } }, admin.token);
    const added = await createNode(t, admin, { planId: plan, parentId: ids.objective.id, level: 'project', title: 'Better packaging', departmentId: sales });
    v2 = (await t.ok(CREATE_VERSION, { planId: plan, label: 'Approved' }, director.token)).createPlanVersion;
    expect(v2).toMatchObject({ number: 2, nodeCount: 4, projectCount: 2 });

    const diff = (await t.ok(COMPARE, { from: v1.id, to: v2.id }, staff.token)).comparePlanVersions;
    expect(diff.from.number).toBe(1);
    expect(diff.to.number).toBe(2);
    expect(diff.addedNodes).toEqual([{ id: added.id, title: 'Better packaging', level: 'project', ownerName: null, departmentName: '销售部', kpi: null }]);
    expect(diff.removedNodes).toEqual([{ id: ids.task.id, title: 'Visit shops' }]);
    expect(diff.changedNodes).toEqual([
      { id: ids.objective.id, title: 'Raise market share', level: 'objective', changes: [{ field: 'kpiTarget', before: '35', after: '40', beforeLabel: null, afterLabel: null }] },
      {
        id: ids.project.id, title: 'Retail coverage', level: 'project',
        changes: [{ field: 'owner', before: staff.membershipId, after: manager.membershipId, beforeLabel: 'staff', afterLabel: 'manager' }],
      },
    ]);
    expect(diff.budget).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.headcount).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.summary).toEqual({ nodesAdded: 1, nodesRemoved: 1, nodesChanged: 2, targetsChanged: 1, budgetLinesAdded: 0, headcountLinesAdded: 0 });

    const same = (await t.ok(COMPARE, { from: v2.id, to: v2.id }, staff.token)).comparePlanVersions;
    expect([same.addedNodes, same.removedNodes, same.changedNodes]).toEqual([[], [], []]);

    const list = (await t.ok(`query($id: ID!) { planVersions(planId: $id) { number label } }`, { id: plan }, staff.token)).planVersions;
    expect(list).toEqual([{ number: 2, label: 'Approved' }, { number: 1, label: 'Draft for review' }]);
    expect((await t.ok(`query($id: ID!) { planVersion(id: $id) { number letterCount } }`, { id: v2.id }, staff.token)).planVersion).toEqual({ number: 2, letterCount: 2 });
  });

  it('compares the plan of work too: dimension, recurrence, dependencies by title and the checklist', async () => {
    const packaging = (await ownerQuery(`SELECT id, version FROM plan_nodes WHERE title = 'Better packaging' AND plan_id = $1`, [plan]))[0];
    const project = (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [ids.project.id]))[0];
    await t.ok(UPDATE_NODE, {
      input: {
        id: ids.project.id, version: project.version, dimension: 'marketing', recurrence: 'monthly', dependsOn: [packaging.id],
        checklist: [{ text: '签约 20 家门店', done: true }, { text: 'Train the promoters', done: false }],
      },
    }, admin.token);
    const v3 = (await t.ok(CREATE_VERSION, { planId: plan, label: 'With the plan of work' }, admin.token)).createPlanVersion;
    const diff = (await t.ok(COMPARE, { from: v2.id, to: v3.id }, staff.token)).comparePlanVersions;
    expect(diff.changedNodes).toEqual([
      {
        id: ids.project.id, title: 'Retail coverage', level: 'project',
        changes: [
          { field: 'dimension', before: 'organisation', after: 'marketing', beforeLabel: null, afterLabel: null },
          { field: 'recurrence', before: null, after: 'monthly', beforeLabel: null, afterLabel: null },
          { field: 'dependsOn', before: null, after: packaging.id, beforeLabel: null, afterLabel: 'Better packaging' },
          { field: 'checklist', before: null, after: '["签约 20 家门店","Train the promoters"]', beforeLabel: null, afterLabel: null },
        ],
      },
    ]);
    // Ticking an item is progress, not a change of plan.
    const ticked = (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [ids.project.id]))[0];
    await t.ok(UPDATE_NODE, {
      input: { id: ids.project.id, version: ticked.version, checklist: [{ text: '签约 20 家门店', done: true }, { text: 'Train the promoters', done: true }] },
    }, admin.token);
    const v4 = (await t.ok(CREATE_VERSION, { planId: plan, label: 'Ticked' }, admin.token)).createPlanVersion;
    expect((await t.ok(COMPARE, { from: v3.id, to: v4.id }, staff.token)).comparePlanVersions.changedNodes).toEqual([]);
  });

  it('refuses to compare versions of different plans', async () => {
    const other = (await createPlan(t, admin, 'Other plan')).id;
    const v = (await t.ok(CREATE_VERSION, { planId: other, label: 'Empty' }, admin.token)).createPlanVersion;
    expect(v.letterCount).toBe(0);
    const res = await t.gql(COMPARE, { from: v1.id, to: v.id }, { token: admin.token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.field).toBe('toId');
  });

  it('gives the director and the department manager their letters, and shows each member only their own', async () => {
    const all = (await t.ok(LETTERS, { id: v2.id }, admin.token)).responsibilityLetters;
    expect(all.map((l: Json) => [l.ownerName, l.kind, l.owner.id])).toEqual([
      ['张伟', 'director', director.membershipId],
      ['manager', 'department_manager', manager.membershipId],
    ]);
    expect(all[0].items).toEqual([
      { nodeId: ids.objective.id, level: 'objective', title: 'Raise market share', departmentName: null, dueDate: '2031-12-31', kpi: { name: 'Market share', baseline: '30', target: '40', unit: '%' } },
    ]);
    expect(all[1].items.map((i: Json) => i.title)).toEqual(['Retail coverage', 'Better packaging']);
    expect(all[1].departments).toEqual([{ id: sales, name: '销售部', budgetEnvelope: null, standardHeadcount: null }]);
    expect(all[0].pdfPath).toBe(`/letters/${all[0].id}.pdf`);
    ids.directorLetter = all[0].id;
    ids.managerLetter = all[1].id;

    expect((await t.ok(LETTERS, { id: v2.id }, manager.token)).responsibilityLetters.map((l: Json) => l.id)).toEqual([ids.managerLetter]);
    expect((await t.ok(LETTERS, { id: v2.id }, staff.token)).responsibilityLetters).toEqual([]);
    // The first version still gives the staff member, who owned the project then, a letter.
    expect((await t.ok(LETTERS, { id: v1.id }, staff.token)).responsibilityLetters.map((l: Json) => l.ownerName)).toEqual(['staff']);
  });

  it('renders a letter as a PDF in Chinese and in English, with the owner’s name and targets in an embedded font', async () => {
    const zh = await download(ids.directorLetter, director.token);
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['content-type']).toBe('application/pdf');
    expect(zh.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(zh.rawPayload.toString('latin1')).toContain('/FontFile3');
    const zhText = await pdfText(zh.rawPayload);
    for (const expected of ['经营团队目标管理责任书', '张伟', 'Versions Co', 'Raise market share', 'Market share', '40', '2031-12-31', '总监', '不适用', '责任人签字']) {
      expect({ expected, found: zhText.includes(expected) }).toEqual({ expected, found: true });
    }

    // A department manager's letter: the envelope and headcount wait for the budget.
    expect(await pdfText((await download(ids.managerLetter, manager.token)).rawPayload)).toMatch(/销售部.*预算额度：待预算确定.*标准编制（人）：待预算确定/);

    const en = await download(ids.managerLetter, admin.token, 'en');
    expect(en.statusCode).toBe(200);
    const enText = await pdfText(en.rawPayload);
    for (const expected of ['Target-responsibility letter', 'manager', 'Department manager', 'Retail coverage', 'Better packaging', '销售部', 'To be set by the budget']) {
      expect({ expected, found: enText.includes(expected) }).toEqual({ expected, found: true });
    }
    expect(enText).not.toContain('张伟');
  });

  it('answers the PDF route as GraphQL does: 401 without a token, 403 for someone else’s letter, 404 for another organisation’s', async () => {
    expect((await download(ids.directorLetter)).statusCode).toBe(401);
    expect((await download(ids.directorLetter, 'not-a-token')).statusCode).toBe(401);
    const other = await download(ids.directorLetter, staff.token);
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const foreign = await download(ids.directorLetter, outsider.token);
    const missing = await download(randomUUID(), outsider.token);
    expect([foreign.statusCode, foreign.json()]).toEqual([404, missing.json()]);
    expect((await download(ids.directorLetter, director.token, 'fr')).statusCode).toBe(400);
  });

  it('lets only the owner acknowledge a letter, once, with time and user', async () => {
    expect(codes(await t.gql(ACKNOWLEDGE, { id: ids.directorLetter }, { token: manager.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(ACKNOWLEDGE, { id: ids.directorLetter }, { token: admin.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(ACKNOWLEDGE, { id: ids.directorLetter }, { token: outsider.token }))).toEqual(['NOT_FOUND']);

    const first = (await t.ok(ACKNOWLEDGE, { id: ids.directorLetter }, director.token)).acknowledgeResponsibilityLetter;
    expect(first.acknowledgedBy).toEqual({ id: director.userId });
    expect(new Date(first.acknowledgedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const again = (await t.ok(ACKNOWLEDGE, { id: ids.directorLetter }, director.token)).acknowledgeResponsibilityLetter;
    expect(again).toEqual(first);
    const audit = await ownerQuery(`SELECT actor_user_id, action FROM audit_log WHERE entity = 'responsibility_letter' AND entity_id = $1`, [ids.directorLetter]);
    expect(audit).toEqual([{ actor_user_id: director.userId, action: 'acknowledge' }]);

    const text = await pdfText((await download(ids.directorLetter, director.token, 'en')).rawPayload);
    expect(text).toContain('Acknowledged in OpsPlan on');
  });
});
