import { kpiProgress, operationsIndex, rollUp } from '@opsplan/domain';
import { auditCount, codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import {
  ADD_CHECK_IN,
  ADD_COMMENT,
  asRollUpNodes,
  createNode,
  createPlan,
  DELETE_NODE,
  expectExactRollUps,
  MOVE_NODE,
  NODE,
  NODE_FIELDS,
  nodeRow,
  RESTORE_NODE,
  storedTree,
  UPDATE_NODE,
  UPDATE_PROGRESS,
  versionOf,
} from '../support/plan-fixtures';

const OUTLINE = `query($planId: ID!, $depth: Int) { planOutline(planId: $planId, depth: $depth) { ${NODE_FIELDS} owner { id } department { id } } }`;
const FITTING_OUTLINE = `query($planId: ID!, $fitWithin: Int) { planOutline(planId: $planId, fitWithin: $fitWithin) { id level childCount } }`;
const SUBTREE = `query($id: ID!) { nodeSubtree(id: $id) { id parentId level depth progress } }`;
const OPS = `query($planId: ID!, $nodeId: ID) { operationsIndex(planId: $planId, nodeId: $nodeId) { progress index weakest dimensions { dimension progress } } }`;
const PLAN = `query($id: ID!) { plan(id: $id) { id year name status progress version } }`;

/**
 * The source's cascade: the general manager's strategy, the marketing
 * director's objective with a market-share KPI, department projects and
 * their tasks; progress reported at the bottom rolls up to the top.
 */
describe('the plan cascade', () => {
  let t: TestApp;
  let exec: Session;
  let admin: Session;
  let planId: string;
  let sales: string;

  const progress = (id: string, value: number, token = exec.token) =>
    versionOf(id).then((version) => t.ok(UPDATE_PROGRESS, { input: { id, version, progress: value } }, token));

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Xinghai Appliances');
    exec = await t.addMember(admin, 'executive');
    sales = (await t.createDepartment(admin, 'Sales center')).id;
    planId = (await createPlan(t, exec, '2027 operating plan')).id;
  });
  afterAll(() => t.stop());

  it('rolls reported progress up by weight, leaving cancelled work out, to a strategy and plan figure computed on read', async () => {
    const strategy = await createNode(t, exec, { planId, level: 'strategy', title: 'No. 1 in the industry within five years', dimension: 'marketing' });
    const objective = await createNode(t, exec, {
      planId,
      parentId: strategy.id,
      level: 'objective',
      title: 'Market share 40% in year one',
      kpi: { name: 'Market share', unit: '%', direction: 'higher_is_better', baseline: '25', target: '40' },
    });
    expect(objective).toMatchObject({ depth: 1, dimension: 'marketing', dimensionInherited: true, kpi: { baseline: '25', target: '40', actual: null, progress: 0 } });
    const projects = [];
    for (const [title, weight] of [['Raise retail-terminal coverage', 2], ['Raise dealer satisfaction', 1], ['Improve product packaging', 1], ['Lower the retail price', 1]] as const) {
      projects.push(await createNode(t, exec, { planId, parentId: objective.id, level: 'project', title, weight, departmentId: sales }));
    }
    const task = await createNode(t, exec, { planId, parentId: projects[0].id, level: 'task', title: 'Sign 200 new terminals' });
    expect(task).toMatchObject({ depth: 3, progress: 0, dimension: 'marketing' });

    await progress(task.id, 80);
    await progress(projects[1].id, 50);
    await progress(projects[2].id, 20);
    await t.ok(UPDATE_NODE, { input: { id: projects[3].id, version: await versionOf(projects[3].id), status: 'cancelled' } }, exec.token);

    // (80×2 + 50 + 20) / 4 = 57.5; the cancelled project is left out.
    const outline: Json[] = (await t.ok(OUTLINE, { planId }, exec.token)).planOutline;
    const byId = new Map(outline.map((n) => [n.id, n]));
    expect(outline.map((n) => n.level)).toEqual(['strategy', 'objective', 'project', 'project', 'project', 'project']);
    expect(byId.get(projects[0].id)).toMatchObject({ progress: 80, childCount: 1, department: { id: sales } });
    expect(byId.get(objective.id).progress).toBe(57.5);
    expect(byId.get(strategy.id).progress).toBe(57.5);
    expect((await t.ok(PLAN, { id: planId }, exec.token)).plan.progress).toBe(57.5);

    const rows = await storedTree(planId);
    const recomputed = expectExactRollUps(rows);
    expect(recomputed.get(strategy.id)).toBeCloseTo(57.5, 10);
    expect(rows.find((r: Json) => r.id === strategy.id).progress).toBeNull(); // never stored: no writer queues on it

    // Three levels unless asked otherwise, also once graphql-jit compiled the query.
    expect((await t.ok(OUTLINE, { planId }, exec.token)).planOutline).toHaveLength(6);
    // The outline stops at the depth asked for; the subtree of a project has all of it.
    expect((await t.ok(OUTLINE, { planId, depth: 2 }, exec.token)).planOutline.map((n: Json) => n.level)).toEqual(['strategy', 'objective']);
    // fitWithin: the projects only when all six nodes fit; strategies and objectives whatever the limit,
    // the objective still saying it has four children to load.
    const fitting = (fitWithin: number) => t.ok(FITTING_OUTLINE, { planId, fitWithin }, exec.token).then((r) => r.planOutline as Json[]);
    expect((await fitting(6)).map((n) => n.level)).toEqual(['strategy', 'objective', 'project', 'project', 'project', 'project']);
    expect(await fitting(5)).toEqual([
      { id: strategy.id, level: 'strategy', childCount: 1 },
      { id: objective.id, level: 'objective', childCount: 4 },
    ]);
    expect((await fitting(1)).map((n) => n.level)).toEqual(['strategy', 'objective']);
    // The same statement checks that the plan exists.
    const unknownPlan = await t.gql(FITTING_OUTLINE, { planId: '00000000-0000-4000-8000-000000000000', fitWithin: 5 }, { token: exec.token });
    expect(codes(unknownPlan)).toEqual(['NOT_FOUND']);
    expect((await t.ok(SUBTREE, { id: projects[0].id }, exec.token)).nodeSubtree).toEqual([
      { id: projects[0].id, parentId: objective.id, level: 'project', depth: 2, progress: 80 },
      { id: task.id, parentId: projects[0].id, level: 'task', depth: 3, progress: 80 },
    ]);
  });

  it('derives a KPI node’s progress from its actual, exactly as the domain does, and carries figures as decimal strings', async () => {
    const strategy = await createNode(t, exec, { planId, level: 'strategy', title: 'Cost leadership' });
    const cost = await createNode(t, exec, {
      planId,
      parentId: strategy.id,
      level: 'objective',
      title: 'Unit cost down to 100',
      kpi: { name: 'Unit cost', unit: 'CNY', direction: 'lower_is_better', baseline: '120.00', target: '100', actual: '112.5' },
    });
    expect(cost.kpi).toEqual({ name: 'Unit cost', unit: 'CNY', direction: 'lower_is_better', baseline: '120', target: '100', actual: '112.5', progress: 37.5 });
    expect(cost.ownProgress).toBe(37.5);

    const res = await t.ok(UPDATE_PROGRESS, { input: { id: cost.id, version: cost.version, kpiActual: '103.3333' } }, exec.token);
    const expected = kpiProgress({ direction: 'lower_is_better', baseline: '120', target: '100', actual: '103.3333' });
    expect(res.updateProgress.ownProgress).toBeCloseTo(expected, 4);
    expect(res.updateProgress.progress).toBeCloseTo(expected, 4);
    expect((await nodeRow(cost.id)).kpi_actual).toBe('103.3333');

    const typed = await t.gql(UPDATE_PROGRESS, { input: { id: cost.id, version: res.updateProgress.version, progress: 50 } }, { token: exec.token });
    expect(codes(typed)).toEqual(['BAD_USER_INPUT']);
    expect(typed.errors?.[0].extensions?.field).toBe('progress');
    const plain = await createNode(t, exec, { planId, parentId: strategy.id, level: 'objective', title: 'No KPI here' });
    const actual = await t.gql(UPDATE_PROGRESS, { input: { id: plain.id, version: plain.version, kpiActual: '3' } }, { token: exec.token });
    expect(actual.errors?.[0].extensions?.field).toBe('kpiActual');

    // Removing the KPI keeps the last figure as the node's own progress.
    const removed = await t.ok(UPDATE_NODE, { input: { id: cost.id, version: res.updateProgress.version, kpi: null } }, exec.token);
    expect(removed.updateNode).toMatchObject({ kpi: null, ownProgress: res.updateProgress.ownProgress });
  });

  it('inherits the dimension from the parent unless set, and hands a change down to what follows it', async () => {
    const strategy = await createNode(t, exec, { planId, level: 'strategy', title: 'Grow the business' });
    expect(strategy).toMatchObject({ dimension: 'organisation', dimensionInherited: true });
    const objective = await createNode(t, exec, { planId, parentId: strategy.id, level: 'objective', title: 'Build the plant', dimension: 'production' });
    const project = await createNode(t, exec, { planId, parentId: objective.id, level: 'project', title: 'Line 2' });
    const own = await createNode(t, exec, { planId, parentId: objective.id, level: 'project', title: 'Brand launch', dimension: 'marketing' });
    const task = await createNode(t, exec, { planId, parentId: project.id, level: 'task', title: 'Order machines' });
    expect([objective, project, own, task].map((n) => [n.dimension, n.dimensionInherited])).toEqual([
      ['production', false],
      ['production', true],
      ['marketing', false],
      ['production', true],
    ]);

    await t.ok(UPDATE_NODE, { input: { id: objective.id, version: objective.version, dimension: 'marketing' } }, exec.token);
    await t.ok(UPDATE_NODE, { input: { id: own.id, version: own.version, dimension: 'organisation' } }, exec.token);
    const dims = async () => (await ownerQuery(`SELECT id, dimension FROM plan_nodes WHERE id = ANY($1)`, [[project.id, task.id, own.id]])).reduce((m, r) => ({ ...m, [r.id]: r.dimension }), {});
    expect(await dims()).toEqual({ [project.id]: 'marketing', [task.id]: 'marketing', [own.id]: 'organisation' });

    // null follows the parent again.
    await t.ok(UPDATE_NODE, { input: { id: objective.id, version: await versionOf(objective.id), dimension: null } }, exec.token);
    expect(await dims()).toEqual({ [project.id]: 'organisation', [task.id]: 'organisation', [own.id]: 'organisation' });
    expect((await t.ok(NODE, { id: objective.id }, exec.token)).node).toMatchObject({ dimension: 'organisation', dimensionInherited: true });
  });

  it('computes the operations index as the domain does, leaving absent dimensions out and naming the weakest', async () => {
    const plan = await createPlan(t, exec, 'Operations index plan');
    const s = await createNode(t, exec, { planId: plan.id, level: 'strategy', title: 'S', dimension: 'marketing' });
    const o1 = await createNode(t, exec, { planId: plan.id, parentId: s.id, level: 'objective', title: 'Share', weight: 3 });
    const o2 = await createNode(t, exec, { planId: plan.id, parentId: s.id, level: 'objective', title: 'Plant', dimension: 'production' });
    const p1 = await createNode(t, exec, { planId: plan.id, parentId: o1.id, level: 'project', title: 'Terminals' });
    const p2 = await createNode(t, exec, { planId: plan.id, parentId: o1.id, level: 'project', title: 'Packaging', dimension: 'production', weight: 2 });
    const p3 = await createNode(t, exec, { planId: plan.id, parentId: o2.id, level: 'project', title: 'Line 3' });
    const gone = await createNode(t, exec, { planId: plan.id, parentId: o2.id, level: 'project', title: 'Cancelled org work', dimension: 'organisation', status: 'cancelled' });
    await progress(p1.id, 90);
    await progress(p2.id, 30);
    await progress(p3.id, 60);
    expect(gone.status).toBe('cancelled');

    const rows = await storedTree(plan.id);
    const nodes = [{ id: 'plan', parentId: null, weight: 1, status: 'on_track' as const, ownProgress: 0, dimension: 'organisation' as const }, ...asRollUpNodes(rows).map((n) => ({ ...n, parentId: n.parentId ?? 'plan' }))];
    const expected = operationsIndex(nodes, 'plan', rollUp(nodes));
    const got = (await t.ok(OPS, { planId: plan.id }, exec.token)).operationsIndex;
    expect(got.dimensions).toEqual(expected.dimensions.map((d) => ({ dimension: d.dimension, progress: d.progress === null ? null : expect.closeTo(d.progress, 6) })));
    expect(got.dimensions[0]).toEqual({ dimension: 'organisation', progress: null });
    expect(got.index).toBeCloseTo(expected.index as number, 6);
    expect(got.weakest).toBe(expected.weakest);
    expect(got.progress).toBeCloseTo(rollUp(nodes).get(s.id) as number, 3);

    const sub = (await t.ok(OPS, { planId: plan.id, nodeId: o1.id }, exec.token)).operationsIndex;
    const subExpected = operationsIndex(nodes, o1.id, rollUp(nodes));
    expect(sub.dimensions.map((d: Json) => d.progress)).toEqual(subExpected.dimensions.map((d) => (d.progress === null ? null : expect.closeTo(d.progress, 6))));
    expect(sub.weakest).toBe('production');

    // A leaf stands for itself; a node of another plan is not found.
    expect((await t.ok(OPS, { planId: plan.id, nodeId: p3.id }, exec.token)).operationsIndex).toMatchObject({ index: 0.6, weakest: 'production' });
    expect(codes(await t.gql(OPS, { planId, nodeId: p3.id }, { token: exec.token }))).toEqual(['NOT_FOUND']);
  });

  it('flags overdue work and lists my work overdue first', async () => {
    const staff = await t.addMember(admin, 'staff', sales);
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Deliver' });
    const o = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'On time' });
    const p = await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Shipments' });
    const mk = (title: string, dueDate: string, status = 'on_track') =>
      createNode(t, exec, { planId, parentId: p.id, level: 'task', title, dueDate, status, ownerId: staff.membershipId });
    const later = await mk('Later', '2999-01-31');
    const late = await mk('Late', '2020-01-31');
    const doneLate = await mk('Done late', '2020-01-15', 'done');
    const lateToo = await mk('Late too', '2021-06-30', 'at_risk');
    expect([later.overdue, late.overdue, doneLate.overdue, lateToo.overdue]).toEqual([false, true, false, true]);

    const mine = (await t.ok(`{ myWork { id title overdue owner { id } } }`, {}, staff.token)).myWork;
    expect(mine.map((n: Json) => n.title)).toEqual(['Late', 'Late too', 'Done late', 'Later']);
    expect(mine.every((n: Json) => n.owner.id === staff.membershipId)).toBe(true);
  });

  it('answers a stale write with CONFLICT and the current values, and changes nothing', async () => {
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Stale test' });
    const o = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'Original' });
    const o2 = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'Other' });
    const p = await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Project' });
    await t.ok(UPDATE_NODE, { input: { id: o.id, version: o.version, title: 'Renamed by someone else' } }, exec.token);
    await t.ok(UPDATE_PROGRESS, { input: { id: p.id, version: p.version, progress: 40 } }, exec.token);
    const before = await ownerQuery(`SELECT * FROM plan_nodes WHERE id = ANY($1) ORDER BY id`, [[o.id, p.id]]);
    const checkIns = async () => (await ownerQuery(`SELECT count(*)::int AS n FROM node_check_ins WHERE node_id = $1`, [p.id]))[0].n;

    const attempts = [
      t.gql(UPDATE_NODE, { input: { id: o.id, version: o.version, title: 'Mine' } }, { token: exec.token }),
      t.gql(UPDATE_PROGRESS, { input: { id: p.id, version: p.version, progress: 90 } }, { token: exec.token }),
      t.gql(MOVE_NODE, { input: { id: p.id, parentId: o2.id, version: p.version } }, { token: exec.token }),
      t.gql(DELETE_NODE, { input: { id: p.id, version: p.version } }, { token: exec.token }),
      t.gql(ADD_CHECK_IN, { input: { nodeId: p.id, version: p.version, progress: 95, confidence: 4 } }, { token: exec.token }),
    ];
    const [rename, ...others] = await Promise.all(attempts);
    expect(codes(rename)).toEqual(['CONFLICT']);
    expect(rename.errors?.[0].extensions?.current).toMatchObject({ id: o.id, title: 'Renamed by someone else', version: o.version + 1 });
    for (const res of others) {
      expect(codes(res)).toEqual(['CONFLICT']);
      expect(res.errors?.[0].extensions?.current).toMatchObject({ id: p.id, ownProgress: 40, version: p.version + 1 });
    }
    expect(await ownerQuery(`SELECT * FROM plan_nodes WHERE id = ANY($1) ORDER BY id`, [[o.id, p.id]])).toEqual(before);
    expect(await checkIns()).toBe(0);
  });

  it('moves a subtree within the plan and the level rules, re-rolling both old and new parents', async () => {
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Moves' });
    const o1 = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'From' });
    const o2 = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'To', dimension: 'production' });
    const p = await createNode(t, exec, { planId, parentId: o1.id, level: 'project', title: 'Mover' });
    const stay = await createNode(t, exec, { planId, parentId: o1.id, level: 'project', title: 'Stayer' });
    const task = await createNode(t, exec, { planId, parentId: p.id, level: 'task', title: 'Task' });
    const act = await createNode(t, exec, { planId, parentId: task.id, level: 'activity', title: 'Activity' });
    await progress(act.id, 100);
    await progress(stay.id, 20);
    expect((await nodeRow(o1.id)).progress).toBe('60.0000');

    const moved = await t.ok(MOVE_NODE, { input: { id: p.id, parentId: o2.id, version: await versionOf(p.id) } }, exec.token);
    expect(moved.moveNode).toMatchObject({ parentId: o2.id, depth: 2, dimension: 'production' });
    const [taskRow, actRow] = [await nodeRow(task.id), await nodeRow(act.id)];
    expect(taskRow.ancestor_ids).toEqual([s.id, o2.id, p.id]);
    expect(actRow).toMatchObject({ ancestor_ids: [s.id, o2.id, p.id, task.id], depth: 4, dimension: 'production' });
    expect((await nodeRow(o1.id)).progress).toBe('20.0000');
    expect((await nodeRow(o2.id)).progress).toBe('100.0000');
    expectExactRollUps(await storedTree(planId));

    // An activity may hang directly under a project.
    const up = await t.ok(MOVE_NODE, { input: { id: act.id, parentId: p.id, version: await versionOf(act.id), sortOrder: 0 } }, exec.token);
    expect(up.moveNode).toMatchObject({ parentId: p.id, depth: 3, sortOrder: 0 });
    expect((await t.ok(SUBTREE, { id: p.id }, exec.token)).nodeSubtree.map((n: Json) => n.id)).toEqual([p.id, act.id, task.id]);
    expectExactRollUps(await storedTree(planId));
  });

  it('refuses a move that would make a cycle, break the level order or leave the plan, changing nothing', async () => {
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Rules' });
    const o = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'Objective' });
    const p = await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Project' });
    const task = await createNode(t, exec, { planId, parentId: p.id, level: 'task', title: 'Task' });
    const other = await createPlan(t, exec, 'Other plan');
    const os = await createNode(t, exec, { planId: other.id, level: 'strategy', title: 'Elsewhere' });
    const oo = await createNode(t, exec, { planId: other.id, parentId: os.id, level: 'objective', title: 'Elsewhere objective' });
    const snapshot = () => ownerQuery(`SELECT id, parent_id, ancestor_ids, depth, version FROM plan_nodes WHERE id = ANY($1) ORDER BY id`, [[s.id, o.id, p.id, task.id]]);
    const before = await snapshot();

    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['under itself', { id: o.id, parentId: o.id, version: o.version }, /itself or one of its own descendants/],
      ['under its own grandchild', { id: o.id, parentId: task.id, version: o.version }, /itself or one of its own descendants/],
      ['a project under a strategy', { id: p.id, parentId: s.id, version: p.version }, /project hangs under an objective/],
      ['a task under a task', { id: task.id, parentId: task.id, version: task.version }, /itself/],
      ['a strategy under anything', { id: s.id, parentId: o.id, version: s.version }, /itself or one of its own descendants/],
      ['a project into another plan', { id: p.id, parentId: oo.id, version: p.version }, /own plan/],
    ];
    for (const [name, input, message] of cases) {
      const res = await t.gql(MOVE_NODE, { input }, { token: exec.token });
      expect({ name, codes: codes(res), field: res.errors?.[0].extensions?.field }).toEqual({ name, codes: ['BAD_USER_INPUT'], field: 'parentId' });
      expect(res.errors?.[0].message).toMatch(message);
    }
    const toStrategy = await t.gql(MOVE_NODE, { input: { id: task.id, parentId: o.id, version: task.version } }, { token: exec.token });
    expect(toStrategy.errors?.[0].message).toMatch(/task hangs under a project/);
    expect(await snapshot()).toEqual(before);
  });

  it('deletes a subtree as one batch and one restore brings all of it back, roll-ups included', async () => {
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Delete me' });
    const o = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'Objective' });
    const keep = await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Keep' });
    const p = await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Drop' });
    const tasks = [await createNode(t, exec, { planId, parentId: p.id, level: 'task', title: 'T1' }), await createNode(t, exec, { planId, parentId: p.id, level: 'task', title: 'T2' })];
    const act = await createNode(t, exec, { planId, parentId: tasks[0].id, level: 'activity', title: 'A1' });
    await progress(keep.id, 10);
    await progress(act.id, 100);
    await progress(tasks[1].id, 50);
    expect((await nodeRow(o.id)).progress).toBe('42.5000'); // (10 + 75) / 2
    const subtree = [p.id, tasks[0].id, tasks[1].id, act.id];

    const deleted = await t.gql<Json>(DELETE_NODE, { input: { id: p.id, version: await versionOf(p.id) } }, { token: exec.token });
    expect(deleted.errors).toBeUndefined();
    const rows = await Promise.all(subtree.map(nodeRow));
    expect(new Set(rows.map((r) => r.deleted_batch)).size).toBe(1);
    expect(rows.every((r) => r.deleted_at !== null)).toBe(true);
    expect((await nodeRow(o.id)).progress).toBe('10.0000');
    expect(codes(await t.gql(NODE, { id: act.id }, { token: exec.token }))).toEqual(['NOT_FOUND']);
    expect((await t.ok(SUBTREE, { id: o.id }, exec.token)).nodeSubtree.map((n: Json) => n.id)).toEqual([o.id, keep.id]);
    const audit = await ownerQuery(`SELECT entity_id FROM audit_log WHERE request_id = $1 AND action = 'delete' ORDER BY entity_id`, [deleted.headers['x-request-id']]);
    expect(audit.map((a) => a.entity_id)).toEqual([...subtree].sort());

    // Restoring by any node of the batch brings back the whole batch.
    const restored = await t.gql<Json>(RESTORE_NODE, { id: tasks[1].id }, { token: exec.token });
    expect(restored.errors).toBeUndefined();
    expect((await t.ok(SUBTREE, { id: o.id }, exec.token)).nodeSubtree.map((n: Json) => n.id).sort()).toEqual([o.id, keep.id, ...subtree].sort());
    expect((await nodeRow(o.id)).progress).toBe('42.5000');
    expectExactRollUps(await storedTree(planId));
    expect(codes(await t.gql(RESTORE_NODE, { id: p.id }, { token: exec.token }))).toEqual(['NOT_FOUND']);

    // A part deleted on its own stays deleted when its parent comes back, and waits for it.
    await t.ok(DELETE_NODE, { input: { id: act.id, version: await versionOf(act.id) } }, exec.token);
    await t.ok(DELETE_NODE, { input: { id: p.id, version: await versionOf(p.id) } }, exec.token);
    const early = await t.gql(RESTORE_NODE, { id: act.id }, { token: exec.token });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    await t.ok(RESTORE_NODE, { id: p.id }, exec.token);
    expect((await nodeRow(act.id)).deleted_at).not.toBeNull();
    await t.ok(RESTORE_NODE, { id: act.id }, exec.token);
    expectExactRollUps(await storedTree(planId));
  });

  it('keeps check-ins as history, sets progress from them, and holds comments', async () => {
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Check-ins' });
    const o = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'Objective' });
    let version = o.version;
    for (const [value, confidence, note] of [[20, 3, 'Slow start'], [45, 4, 'Picking up\nafter the holiday'], [70, 5, null]] as const) {
      const res = await t.ok(ADD_CHECK_IN, { input: { nodeId: o.id, version, progress: value, confidence, note } }, exec.token);
      expect(res.addCheckIn).toMatchObject({ nodeId: o.id, progress: value, confidence, note, author: { id: exec.membershipId } });
      version += 1;
    }
    expect((await t.ok(NODE, { id: o.id }, exec.token)).node).toMatchObject({ progress: 70, ownProgress: 70, version });
    const history = (await t.ok(`query($id: ID!) { checkIns(nodeId: $id) { progress confidence note } }`, { id: o.id }, exec.token)).checkIns;
    expect(history.map((c: Json) => c.progress)).toEqual([20, 45, 70]);

    const added = await t.ok(ADD_COMMENT, { input: { nodeId: o.id, body: '  Good progress — 继续加油 🚀  ' } }, exec.token);
    expect(added.addComment).toMatchObject({ nodeId: o.id, body: 'Good progress — 继续加油 🚀', author: { id: exec.membershipId } });
    const comments = (await t.ok(`query($id: ID!) { comments(nodeId: $id) { body author { id } } }`, { id: o.id }, exec.token)).comments;
    expect(comments).toEqual([{ body: 'Good progress — 继续加油 🚀', author: { id: exec.membershipId } }]);
  });

  it('records a parent’s check-in at its rolled-up progress, which it needs no figure for, and a leaf’s without one as it stands', async () => {
    const s = await createNode(t, exec, { planId, level: 'strategy', title: 'Parent check-ins' });
    const o = await createNode(t, exec, { planId, parentId: s.id, level: 'objective', title: 'Rolls up' });
    const p1 = await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Half done', weight: 1 });
    await createNode(t, exec, { planId, parentId: o.id, level: 'project', title: 'Not started', weight: 1 });
    await t.ok(UPDATE_PROGRESS, { input: { id: p1.id, version: p1.version, progress: 50 } }, exec.token);

    const objective = (await t.ok(NODE, { id: o.id }, exec.token)).node;
    expect(objective).toMatchObject({ progress: 25, ownProgress: 0 });
    const posted = await t.ok(ADD_CHECK_IN, { input: { nodeId: o.id, version: objective.version, confidence: 4, note: 'On plan' } }, exec.token);
    expect(posted.addCheckIn).toMatchObject({ progress: 25, confidence: 4, note: 'On plan' });
    // Its own figure, which the roll-up ignores, is left as it was.
    expect((await t.ok(NODE, { id: o.id }, exec.token)).node).toMatchObject({ progress: 25, ownProgress: 0, version: objective.version + 1 });

    const leaf = (await t.ok(NODE, { id: p1.id }, exec.token)).node;
    const same = await t.ok(ADD_CHECK_IN, { input: { nodeId: p1.id, version: leaf.version, confidence: 2 } }, exec.token);
    expect(same.addCheckIn).toMatchObject({ progress: 50, confidence: 2 });
  });

  it('shows the same owner and department in every list read as the members and departments pages do', async () => {
    const manager = await t.addMember(admin, 'manager', sales);
    await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, {
      input: { id: sales, version: (await ownerQuery(`SELECT version FROM departments WHERE id = $1`, [sales]))[0].version, managerId: manager.membershipId },
    }, admin.token);
    const strategy = await createNode(t, exec, { planId, level: 'strategy', title: 'Owners everywhere' });
    const objective = await createNode(t, exec, { planId, parentId: strategy.id, level: 'objective', title: 'Owned objective', ownerId: manager.membershipId, departmentId: sales });
    const MEMBER = `id role active joinedAt version user { id email displayName locale } department { id name }`;
    const DEPARTMENT = `id name parentId sortOrder version memberCount manager { id user { displayName } }`;
    const PEOPLE = `id owner { ${MEMBER} } department { ${DEPARTMENT} }`;
    const { members, departments } = await t.ok(`{ members { ${MEMBER} } departments { ${DEPARTMENT} } }`, {}, admin.token);
    const expected = { owner: members.find((m: Json) => m.id === manager.membershipId), department: departments.find((d: Json) => d.id === sales) };
    expect(expected.owner.department.id).toBe(sales);
    expect(expected.department.manager.id).toBe(manager.membershipId);

    const outline = (await t.ok(`query($planId: ID!) { planOutline(planId: $planId) { ${PEOPLE} } }`, { planId }, exec.token)).planOutline;
    const subtree = (await t.ok(`query($id: ID!) { nodeSubtree(id: $id) { ${PEOPLE} } }`, { id: strategy.id }, exec.token)).nodeSubtree;
    const mine = (await t.ok(`{ myWork { ${PEOPLE} } }`, {}, manager.token)).myWork;
    const single = (await t.ok(`query($id: ID!) { node(id: $id) { ${PEOPLE} } }`, { id: objective.id }, exec.token)).node;
    for (const found of [outline.find((n: Json) => n.id === objective.id), subtree.find((n: Json) => n.id === objective.id), mine[0], single]) {
      expect(found).toEqual({ id: objective.id, ...expected });
    }
    // Asked for less, still right: only the display name, through a fragment.
    const lean = await t.ok(
      `query($id: ID!) { nodeSubtree(id: $id) { id ...People } } fragment People on PlanNode { owner { user { displayName } } department { name } }`,
      { id: objective.id },
      exec.token,
    );
    expect(lean.nodeSubtree).toEqual([{ id: objective.id, owner: { user: { displayName: expected.owner.user.displayName } }, department: { name: 'Sales center' } }]);
  });

  it('writes nothing for a progress update that changes nothing, and still checks its version', async () => {
    const strategy = await createNode(t, exec, { planId, level: 'strategy', title: 'Saved twice' });
    const kpiNode = await createNode(t, exec, {
      planId,
      parentId: strategy.id,
      level: 'objective',
      title: 'Share again',
      kpi: { name: 'Share', unit: '%', direction: 'higher_is_better', baseline: '25', target: '40', actual: '33.5' },
    });
    const leaf = await createNode(t, exec, { planId, parentId: kpiNode.id, level: 'project', title: 'Half way', status: 'on_track' });
    await progress(leaf.id, 50);
    const audited = (id: string) => auditCount(id, 'progress');
    const [leafBefore, kpiBefore] = [await versionOf(leaf.id), await versionOf(kpiNode.id)];

    // The same figures again, written differently: 50 and "33.50". The answer is the node as it stands, every field.
    const FULL = `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { ${NODE_FIELDS} } }`;
    const same = await t.ok(FULL, { input: { id: leaf.id, version: leafBefore, progress: 50, status: 'on_track' } }, exec.token);
    expect(same.updateProgress).toEqual((await t.ok(NODE, { id: leaf.id }, exec.token)).node);
    expect(same.updateProgress).toMatchObject({ version: leafBefore, ownProgress: 50, progress: 50, status: 'on_track' });
    const sameKpi = await t.ok(FULL, { input: { id: kpiNode.id, version: kpiBefore, kpiActual: '33.50' } }, exec.token);
    expect(sameKpi.updateProgress).toMatchObject({ version: kpiBefore, kpi: { actual: '33.5' }, progress: 50, childCount: 1 });
    expect([await audited(leaf.id), await audited(kpiNode.id), await versionOf(leaf.id), await versionOf(kpiNode.id)]).toEqual([1, 0, leafBefore, kpiBefore]);

    // A stale version is still refused, changed or not.
    const stale = await t.gql(UPDATE_PROGRESS, { input: { id: leaf.id, version: leafBefore - 1, progress: 50 } }, { token: exec.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    // A real change writes as before.
    const moved = await t.ok(UPDATE_PROGRESS, { input: { id: leaf.id, version: leafBefore, progress: 60 } }, exec.token);
    expect(moved.updateProgress.version).toBe(leafBefore + 1);
    expect(await audited(leaf.id)).toBe(2);
    // Figures compare as stored (4 decimals, rounded half up): 60.00004 is 60, 60.00005 is not.
    const below = await t.ok(UPDATE_PROGRESS, { input: { id: leaf.id, version: leafBefore + 1, progress: 60.00004 } }, exec.token);
    expect(below.updateProgress).toMatchObject({ version: leafBefore + 1, ownProgress: 60 });
    const above = await t.ok(UPDATE_PROGRESS, { input: { id: leaf.id, version: leafBefore + 1, progress: 60.00005 } }, exec.token);
    expect(above.updateProgress).toMatchObject({ version: leafBefore + 2, ownProgress: 60.0001 });
  });

  it('writes nothing for an edit that changes nothing, and still checks its version', async () => {
    const strategy = await createNode(t, exec, { planId, level: 'strategy', title: 'Edited twice' });
    const node = await createNode(t, exec, {
      planId,
      parentId: strategy.id,
      level: 'objective',
      title: '同一个标题 🚀',
      weight: 2.5,
      dueDate: '2027-06-30',
      departmentId: sales,
      checklist: [{ text: 'Brief', done: false }],
      kpi: { name: 'Share', unit: '%', direction: 'higher_is_better', baseline: '25', target: '40' },
    });
    const audited = () => auditCount(node.id, 'update');
    const same = { title: '同一个标题 🚀', weight: 2.5, dueDate: '2027-06-30', departmentId: sales, kpi: { name: 'Share', unit: '%', direction: 'higher_is_better', baseline: '25.00', target: '40' } };
    const answer = await t.ok(UPDATE_NODE, { input: { id: node.id, version: node.version, ...same } }, exec.token);
    expect(answer.updateNode).toMatchObject({ version: node.version, title: same.title, weight: 2.5 });
    expect([await versionOf(node.id), await audited()]).toEqual([node.version, 0]);
    // An empty edit is no change either.
    expect((await t.ok(UPDATE_NODE, { input: { id: node.id, version: node.version } }, exec.token)).updateNode.version).toBe(node.version);
    // One field that differs writes, once.
    const moved = await t.ok(UPDATE_NODE, { input: { id: node.id, version: node.version, ...same, dueDate: '2027-07-31' } }, exec.token);
    expect(moved.updateNode.version).toBe(node.version + 1);
    expect(await audited()).toBe(1);
    // A stale version is still refused, even for values that are all there.
    const stale = await t.gql(UPDATE_NODE, { input: { id: node.id, version: node.version, ...same, dueDate: '2027-07-31' } }, { token: exec.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  it('lists the outline and a subtree in tree order: depth, the order among siblings, then creation time and id', async () => {
    const ordered = (await createPlan(t, exec, 'Tree order')).id;
    const strategy = await createNode(t, exec, { planId: ordered, level: 'strategy', title: 'Order' });
    const objectives = [];
    for (let i = 0; i < 6; i++) objectives.push(await createNode(t, exec, { planId: ordered, parentId: strategy.id, level: 'objective', title: `Objective ${i}` }));
    for (const [i, objective] of objectives.entries()) {
      await createNode(t, exec, { planId: ordered, parentId: objective.id, level: 'project', title: `Project ${i}` });
    }
    // Ties on sort order (as two people adding under one parent at once can
    // leave), some broken by creation time, the rest by id.
    await ownerQuery(
      `UPDATE plan_nodes SET sort_order = 5 - (sort_order % 3), created_at = timestamptz '2027-01-01' + make_interval(secs => (sort_order % 2) * 0.000001)
        WHERE plan_id = $1 AND depth > 0`,
      [ordered],
    );
    const reference = async (scope: string, params: unknown[]) =>
      (await ownerQuery<{ id: string }>(`SELECT n.id FROM plan_nodes n WHERE ${scope} AND n.deleted_at IS NULL ORDER BY n.depth, n.sort_order, n.created_at, n.id`, params)).map(
        (r) => r.id,
      );
    const outline = (await t.ok(`query($planId: ID!) { planOutline(planId: $planId, depth: 3) { id } }`, { planId: ordered }, exec.token)).planOutline;
    expect(outline.map((n: Json) => n.id)).toEqual(await reference('n.plan_id = $1 AND n.depth < 3', [ordered]));
    const subtree = (await t.ok(SUBTREE, { id: strategy.id }, exec.token)).nodeSubtree;
    expect(subtree.map((n: Json) => n.id)).toEqual(await reference('(n.id = $1 OR $1 = ANY(n.ancestor_ids))', [strategy.id]));
    expect(subtree).toHaveLength(13);
  });

  it('keeps one plan per year, approves and archives it, and keeps an archived plan read-only', async () => {
    const year = 2090;
    const plan = (await t.ok(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id status version } }`, { input: { year, name: 'FY2090' } }, exec.token)).createPlan;
    const again = await t.gql(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { year, name: 'Again' } }, { token: exec.token });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0].extensions?.field).toBe('year');

    const STATUS = `mutation($input: UpdatePlanStatusInput!) { updatePlanStatus(input: $input) { status version } }`;
    const s = await createNode(t, exec, { planId: plan.id, level: 'strategy', title: 'S' });
    let version = plan.version;
    for (const status of ['approved', 'archived']) {
      const res = await t.ok(STATUS, { input: { id: plan.id, status, version } }, exec.token);
      expect(res.updatePlanStatus.status).toBe(status);
      version = res.updatePlanStatus.version;
    }
    const draft = await t.gql(STATUS, { input: { id: plan.id, status: 'draft', version } }, { token: exec.token });
    expect(draft.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });

    const locked = await t.gql(UPDATE_NODE, { input: { id: s.id, version: s.version, title: 'Changed' } }, { token: exec.token });
    expect(codes(locked)).toEqual(['BAD_USER_INPUT']);
    const added = await t.gql(`mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`, { input: { planId: plan.id, level: 'strategy', title: 'New' } }, { token: exec.token });
    expect(added.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planId' });

    const list = (await t.ok(`{ plans { id year status } }`, {}, exec.token)).plans;
    expect(list.find((p: Json) => p.id === plan.id)).toEqual({ id: plan.id, year, status: 'archived' });
  });
});
