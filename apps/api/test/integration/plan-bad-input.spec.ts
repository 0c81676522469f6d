import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { createNode, createPlan, NODE } from '../support/plan-fixtures';

/**
 * Whatever a client sends to the plan cascade, the answer is a clear error
 * with a code (naming the field where there is one), never a 500, and
 * nothing is written.
 */

const CREATE_NODE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`;
const UPDATE_NODE = `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id } }`;
const UPDATE_PROGRESS = `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id } }`;
const CHECK_IN = `mutation($input: AddCheckInInput!) { addCheckIn(input: $input) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const MOVE = `mutation($input: MoveNodeInput!) { moveNode(input: $input) { id } }`;
const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`;

interface World {
  planId: string;
  strategy: Json;
  objective: Json;
  /** an objective with a KPI */
  kpiNode: Json;
  /** a task that starts on 2027-03-01 */
  dated: Json;
}

interface Case {
  name: string;
  query: string;
  variables?: (w: World) => Record<string, unknown>;
  rawBody?: (w: World) => string;
  status?: number;
  field?: string;
  mentions?: string;
}

const kpi = (overrides: Record<string, unknown> = {}) => ({ name: 'Share', direction: 'higher_is_better', baseline: '25', target: '40', ...overrides });
const objectiveWith = (w: World, overrides: Record<string, unknown>) => ({ input: { planId: w.planId, parentId: w.strategy.id, level: 'objective', title: 'Objective', ...overrides } });
const progressOf = (w: World, overrides: Record<string, unknown>, node: Json = w.objective) => ({ input: { id: node.id, version: node.version, ...overrides } });

const CASES: Case[] = [
  // titles and text
  { name: 'title of 10,000 characters', query: CREATE_NODE, variables: (w) => objectiveWith(w, { title: 'x'.repeat(10_000) }), field: 'title' },
  { name: 'title of 501 characters', query: CREATE_NODE, variables: (w) => objectiveWith(w, { title: '标'.repeat(501) }), field: 'title' },
  { name: 'title of 300 emoji with variation selectors (600 characters to PostgreSQL)', query: CREATE_NODE, variables: (w) => objectiveWith(w, { title: '\u2764\uFE0F'.repeat(300) }), field: 'title' },
  { name: 'title of blanks only', query: CREATE_NODE, variables: (w) => objectiveWith(w, { title: '   ' }), field: 'title' },
  { name: 'title with a line break', query: CREATE_NODE, variables: (w) => objectiveWith(w, { title: 'Market\nshare' }), field: 'title' },
  { name: 'title with a NUL', query: CREATE_NODE, variables: (w) => objectiveWith(w, { title: 'Mar\u0000ket' }), field: 'title' },
  { name: 'renamed title of 10,000 characters', query: UPDATE_NODE, variables: (w) => progressOf(w, { title: 'y'.repeat(10_000) }), field: 'title' },
  { name: 'description of 20,001 characters', query: CREATE_NODE, variables: (w) => objectiveWith(w, { description: 'd'.repeat(20_001) }), field: 'description' },
  { name: 'description with an escape sequence', query: UPDATE_NODE, variables: (w) => progressOf(w, { description: 'red \u001b[31m' }), field: 'description' },
  { name: 'check-in note of 2,001 characters', query: CHECK_IN, variables: (w) => ({ input: { nodeId: w.objective.id, version: w.objective.version, progress: 5, confidence: 3, note: 'n'.repeat(2001) } }), field: 'note' },
  { name: 'comment of 5,001 characters', query: COMMENT, variables: (w) => ({ input: { nodeId: w.objective.id, body: 'c'.repeat(5001) } }), field: 'body' },
  { name: 'empty comment', query: COMMENT, variables: (w) => ({ input: { nodeId: w.objective.id, body: ' \n ' } }), field: 'body' },
  { name: 'plan name of 121 characters', query: CREATE_PLAN, variables: () => ({ input: { year: 2099, name: 'p'.repeat(121) } }), field: 'name' },

  // numbers
  { name: 'negative weight', query: CREATE_NODE, variables: (w) => objectiveWith(w, { weight: -1 }), field: 'weight' },
  { name: 'weight above 1000', query: UPDATE_NODE, variables: (w) => progressOf(w, { weight: 1000.5 }), field: 'weight' },
  { name: 'progress 101', query: UPDATE_PROGRESS, variables: (w) => progressOf(w, { progress: 101 }), field: 'progress' },
  { name: 'progress -0.5', query: UPDATE_PROGRESS, variables: (w) => progressOf(w, { progress: -0.5 }), field: 'progress' },
  { name: 'progress "NaN"', query: UPDATE_PROGRESS, variables: (w) => progressOf(w, { progress: 'NaN' }), status: 400, mentions: 'progress' },
  { name: 'progress Infinity (1e400 in the JSON)', query: '', rawBody: (w) => `{"query": ${JSON.stringify(UPDATE_PROGRESS)}, "variables": {"input": {"id": "${w.objective.id}", "version": ${w.objective.version}, "progress": 1e400}}}`, status: 400, mentions: 'Float' },
  { name: 'check-in progress 101', query: CHECK_IN, variables: (w) => ({ input: { nodeId: w.objective.id, version: w.objective.version, progress: 101, confidence: 3 } }), field: 'progress' },
  { name: 'confidence 0', query: CHECK_IN, variables: (w) => ({ input: { nodeId: w.objective.id, version: w.objective.version, progress: 5, confidence: 0 } }), field: 'confidence' },
  { name: 'confidence 6', query: CHECK_IN, variables: (w) => ({ input: { nodeId: w.objective.id, version: w.objective.version, progress: 5, confidence: 6 } }), field: 'confidence' },
  { name: 'a progress report with nothing in it', query: UPDATE_PROGRESS, variables: (w) => progressOf(w, {}), field: 'progress' },
  { name: 'plan year 1999', query: CREATE_PLAN, variables: () => ({ input: { year: 1999, name: 'Old' } }), field: 'year' },
  { name: 'version 0', query: UPDATE_NODE, variables: (w) => ({ input: { id: w.objective.id, version: 0, title: 'Zero' } }), field: 'version' },
  { name: 'sort order -1', query: MOVE, variables: (w) => ({ input: { id: w.objective.id, parentId: w.strategy.id, version: w.objective.version, sortOrder: -1 } }), field: 'sortOrder' },

  // decimals (KPI figures travel as strings and must be plain decimals)
  ...['NaN', 'Infinity', '-Infinity', '1e5', '1.23456', '12345678901234', '', ' 40', '0x1F', '4,0'].map(
    (value): Case => ({ name: `KPI actual "${value}"`, query: UPDATE_PROGRESS, variables: (w) => progressOf(w, { kpiActual: value }, w.kpiNode), field: 'kpiActual' }),
  ),
  { name: 'KPI target "NaN"', query: CREATE_NODE, variables: (w) => objectiveWith(w, { kpi: kpi({ target: 'NaN' }) }), field: 'kpi.target' },
  { name: 'KPI baseline as a float', query: CREATE_NODE, variables: (w) => objectiveWith(w, { kpi: kpi({ baseline: 25.5 }) }), status: 400, mentions: 'baseline' },
  { name: 'KPI with an unknown field', query: CREATE_NODE, variables: (w) => objectiveWith(w, { kpi: kpi({ stretch: '50' }) }), status: 400, mentions: 'stretch' },
  { name: 'KPI direction that does not exist', query: CREATE_NODE, variables: (w) => objectiveWith(w, { kpi: kpi({ direction: 'sideways' }) }), status: 400, mentions: 'direction' },

  // dates
  { name: 'due date before the start date', query: CREATE_NODE, variables: (w) => objectiveWith(w, { startDate: '2027-06-01', dueDate: '2027-05-31' }), field: 'dueDate' },
  { name: 'due date moved before the stored start date', query: UPDATE_NODE, variables: (w) => progressOf(w, { dueDate: '2027-02-28' }, w.dated), field: 'dueDate' },
  { name: 'start date moved after the stored due date', query: UPDATE_NODE, variables: (w) => progressOf(w, { startDate: '2028-01-01' }, w.dated), field: 'dueDate' },
  { name: 'a 30th of February', query: CREATE_NODE, variables: (w) => objectiveWith(w, { startDate: '2027-02-30' }), field: 'startDate' },
  { name: 'a date in another format', query: CREATE_NODE, variables: (w) => objectiveWith(w, { dueDate: '31/03/2027' }), field: 'dueDate' },
  { name: 'a date with a time', query: CREATE_NODE, variables: (w) => objectiveWith(w, { dueDate: '2027-03-31T10:00:00Z' }), field: 'dueDate' },

  // shapes, levels and ids
  { name: 'level that does not exist', query: CREATE_NODE, variables: (w) => objectiveWith(w, { level: 'epic' }), status: 400, mentions: 'level' },
  { name: 'objective without a parent', query: CREATE_NODE, variables: (w) => ({ input: { planId: w.planId, level: 'objective', title: 'Orphan' } }), field: 'parentId' },
  { name: 'task straight under an objective', query: CREATE_NODE, variables: (w) => ({ input: { planId: w.planId, parentId: w.objective.id, level: 'task', title: 'Skips a level' } }), field: 'parentId' },
  { name: 'strategy with a parent', query: CREATE_NODE, variables: (w) => ({ input: { planId: w.planId, parentId: w.objective.id, level: 'strategy', title: 'Nested' } }), field: 'parentId' },
  { name: 'plan id that is not a UUID', query: CREATE_NODE, variables: (w) => objectiveWith(w, { planId: 'plan-1' }), field: 'planId' },
  { name: 'owner id that is not a UUID', query: CREATE_NODE, variables: (w) => objectiveWith(w, { ownerId: "1' OR '1'='1" }), field: 'ownerId' },
  { name: 'node id that is not a UUID', query: `{ node(id: "abc") { id } }`, field: 'id' },
  { name: 'outline depth 0', query: `query($id: ID!) { planOutline(planId: $id, depth: 0) { id } }`, variables: (w) => ({ id: w.planId }), field: 'depth' },
  { name: 'outline depth 6', query: `query($id: ID!) { planOutline(planId: $id, depth: 6) { id } }`, variables: (w) => ({ id: w.planId }), field: 'depth' },
  { name: 'outline fitting in 0 nodes', query: `query($id: ID!) { planOutline(planId: $id, fitWithin: 0) { id } }`, variables: (w) => ({ id: w.planId }), field: 'fitWithin' },

  // checklists, recurrence and dependencies
  { name: 'checklist of 101 items', query: CREATE_NODE, variables: (w) => objectiveWith(w, { checklist: Array.from({ length: 101 }, (_, i) => ({ text: `Item ${i}`, done: false })) }), field: 'checklist' },
  { name: 'checklist item of blanks only', query: UPDATE_NODE, variables: (w) => progressOf(w, { checklist: [{ text: 'Fine', done: true }, { text: ' \t ', done: false }] }), field: 'checklist.1.text' },
  { name: 'checklist item with a line break', query: CREATE_NODE, variables: (w) => objectiveWith(w, { checklist: [{ text: 'Sign\nthe lease', done: false }] }), field: 'checklist.0.text' },
  { name: 'checklist item of 501 characters', query: CREATE_NODE, variables: (w) => objectiveWith(w, { checklist: [{ text: '项'.repeat(501), done: false }] }), field: 'checklist.0.text' },
  { name: 'checklist item without done', query: CREATE_NODE, variables: (w) => objectiveWith(w, { checklist: [{ text: 'Half' }] }), status: 400, mentions: 'done' },
  { name: 'recurrence that does not exist', query: CREATE_NODE, variables: (w) => objectiveWith(w, { recurrence: 'hourly' }), status: 400, mentions: 'recurrence' },
  { name: '21 dependencies', query: CREATE_NODE, variables: (w) => objectiveWith(w, { dependsOn: Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) }), field: 'dependsOn' },
  { name: 'dependency that is not a UUID', query: UPDATE_NODE, variables: (w) => progressOf(w, { dependsOn: ["1' OR '1'='1"] }), field: 'dependsOn' },
  { name: 'dependency on the node itself', query: UPDATE_NODE, variables: (w) => progressOf(w, { dependsOn: [w.objective.id] }), field: 'dependsOn' },
  { name: 'dependency on a node that does not exist', query: CREATE_NODE, variables: (w) => objectiveWith(w, { dependsOn: ['00000000-0000-4000-8000-000000000000'] }), field: 'dependsOn' },
  { name: 'progress given as text', query: UPDATE_PROGRESS, variables: (w) => progressOf(w, { progress: 'fifty' }), status: 400, mentions: 'progress' },
];

describe('bad input to the plan cascade', () => {
  let t: TestApp;
  let exec: Session;
  const w = {} as World;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.newOrganization('Strict Plans Co');
    exec = await t.addMember(admin, 'executive');
    w.planId = (await createPlan(t, exec, 'Strict plan')).id;
    w.strategy = await createNode(t, exec, { planId: w.planId, level: 'strategy', title: 'Strategy' });
    w.objective = await createNode(t, exec, { planId: w.planId, parentId: w.strategy.id, level: 'objective', title: 'Objective' });
    w.kpiNode = await createNode(t, exec, { planId: w.planId, parentId: w.strategy.id, level: 'objective', title: 'KPI objective', kpi: kpi() });
    const project = await createNode(t, exec, { planId: w.planId, parentId: w.objective.id, level: 'project', title: 'Project' });
    w.dated = await createNode(t, exec, { planId: w.planId, parentId: project.id, level: 'task', title: 'Dated', startDate: '2027-03-01', dueDate: '2027-12-31' });
  });
  afterAll(() => t.stop());

  /** Everything the cases could have written in the organisation. */
  const footprint = async () =>
    (
      await ownerQuery(
        `SELECT (SELECT md5(string_agg(n::text, '|' ORDER BY n.id)) FROM plan_nodes n WHERE n.org_id = $1) AS nodes,
                (SELECT md5(string_agg(p::text, '|' ORDER BY p.id)) FROM plans p WHERE p.org_id = $1) AS plans,
                (SELECT count(*)::int FROM node_check_ins WHERE org_id = $1) AS check_ins,
                (SELECT count(*)::int FROM node_comments WHERE org_id = $1) AS comments,
                (SELECT count(*)::int FROM audit_log WHERE org_id = $1) AS audit`,
        [exec.orgId],
      )
    )[0];

  it('has cases that a valid request would turn into rows', async () => {
    const before = await footprint();
    await t.ok(COMMENT, { input: { nodeId: w.objective.id, body: 'Counted' } }, exec.token);
    expect((await footprint()).comments).toBe(before.comments + 1);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await footprint();
    const res: GqlResult = await t.gql(c.query, c.variables?.(w) ?? {}, { token: exec.token, rawBody: c.rawBody?.(w) });

    expect(res.status).toBe(c.status ?? 200);
    expect(res.data === null || res.data === undefined || Object.values(res.data).every((v) => v === null)).toBe(true);
    expect(codes(res)).toEqual(expect.arrayContaining(['BAD_USER_INPUT']));
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    const [first] = res.errors ?? [];
    if (c.field) expect(first.extensions?.field).toBe(c.field);
    if (c.mentions) expect(res.errors?.map((e) => e.message).join(' ')).toContain(c.mentions);
    expect(await footprint()).toEqual(before);
  });

  it('keeps Chinese, emoji and unnormalised text byte for byte', async () => {
    const title = '年度经营计划：市场占有率提升至40% 🚀 👩🏽‍💻 ❤️ café cafe\u0301';
    const description = '第一季度：渠道覆盖\n第二季度：经销商满意度 ✅\t\u{1F1E8}\u{1F1F3}';
    const node = await createNode(t, exec, { planId: w.planId, parentId: w.strategy.id, level: 'objective', title, description });
    const read = (await t.ok(NODE, { id: node.id }, exec.token)).node;
    expect(Buffer.from(read.title, 'utf8').equals(Buffer.from(title, 'utf8'))).toBe(true);
    expect(Buffer.from(read.description, 'utf8').equals(Buffer.from(description, 'utf8'))).toBe(true);
    const [stored] = await ownerQuery(`SELECT title, description FROM plan_nodes WHERE id = $1`, [node.id]);
    expect(stored).toEqual({ title, description });

    // 500 characters of CJK is the limit, and fits.
    const longest = await createNode(t, exec, { planId: w.planId, parentId: w.strategy.id, level: 'objective', title: '划'.repeat(500) });
    expect([...(await t.ok(NODE, { id: longest.id }, exec.token)).node.title]).toHaveLength(500);
  });
});
