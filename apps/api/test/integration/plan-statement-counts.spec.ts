import { GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { countStatements } from '../support/statement-counter';
import { buildTree, createPlan, DELETE_NODE, MOVE_NODE, RESTORE_NODE, UPDATE_PROGRESS } from '../support/plan-fixtures';

/**
 * Queries per request must not grow with the data (PERF.md rule 1): each
 * operation sends exactly as many SQL statements for a plan ten times larger.
 * The budgets are what the operations need today (auth check, transaction,
 * work, loaders); raising one should be a decision, not an accident.
 */

const MEMBER_FIELDS = `owner { id user { displayName } department { id } } department { id name }`;

interface Operation {
  name: string;
  budget: number;
  /** the versions the write names, read before counting starts */
  versionOf?: (p: PlanUnderTest) => string;
  run: (p: PlanUnderTest, version: number) => Promise<GqlResult>;
}

interface PlanUnderTest {
  planId: string;
  nodes: number;
  objective: string;
  project: string;
  otherObjective: string;
  leaf: string;
}

describe('SQL statements per request', () => {
  let t: TestApp;
  let exec: Session;
  let staff: Session;
  let small: PlanUnderTest;
  let large: PlanUnderTest;
  let dept: string;

  const version = async (id: string) => (await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [id]))[0].version as number;

  const OPERATIONS: Operation[] = [
    {
      name: 'planOutline (3 levels, with owners and departments)',
      budget: 14,
      run: (p) => t.gql(`query($id: ID!) { planOutline(planId: $id) { id parentId progress overdue childCount ${MEMBER_FIELDS} } }`, { id: p.planId }, { token: exec.token }),
    },
    {
      name: 'nodeSubtree of an objective (with owners and departments)',
      budget: 13,
      run: (p) => t.gql(`query($id: ID!) { nodeSubtree(id: $id) { id parentId progress kpi { progress } ${MEMBER_FIELDS} } }`, { id: p.objective }, { token: exec.token }),
    },
    {
      name: 'myWork (with owners and departments)',
      budget: 13,
      run: () => t.gql(`{ myWork { id title overdue progress ${MEMBER_FIELDS} } }`, {}, { token: staff.token }),
    },
    {
      name: 'updateProgress of an activity (roll-up through task, project, objective)',
      budget: 10,
      versionOf: (p) => p.leaf,
      run: (p, version) => t.gql(UPDATE_PROGRESS, { input: { id: p.leaf, version, progress: 33.3 } }, { token: exec.token }),
    },
    {
      name: 'operationsIndex of the plan',
      budget: 6,
      run: (p) => t.gql(`query($id: ID!) { operationsIndex(planId: $id) { index weakest dimensions { dimension progress } } }`, { id: p.planId }, { token: exec.token }),
    },
    {
      name: 'planDashboard (objectives, counts, today’s snapshot, trend, check-in weeks, operations index)',
      budget: 9,
      run: (p) =>
        t.gql(
          `query($id: ID!) { planDashboard(planId: $id) { progress timeElapsed health operationsIndex { index weakest dimensions { dimension progress } }
             objectives { timeElapsed health node { id title progress status dueDate overdue } } statusCounts { status count } overdueCount
             trend { date progress } checkInActivity { week count averageConfidence } } }`,
          { id: p.planId },
          { token: exec.token },
        ),
    },
    {
      name: 'departmentOverview of the caller’s department (with owners and departments)',
      budget: 13,
      run: (p) =>
        t.gql(
          `query($id: ID!) { departmentOverview(planId: $id) { department { id name } projects { health timeElapsed node { id progress ${MEMBER_FIELDS} } }
             atRisk { id title overdue ${MEMBER_FIELDS} } atRiskTotal workload { owner { id user { displayName } } open overdue atRisk done } } }`,
          { id: p.planId },
          { token: staff.token },
        ),
    },
    {
      name: 'addCheckIn answered with its author (read in the write’s transaction)',
      budget: 10,
      versionOf: (p) => p.leaf,
      run: (p, version) =>
        t.gql(
          `mutation($input: AddCheckInInput!) { addCheckIn(input: $input) { id progress author { id role user { displayName } } } }`,
          { input: { nodeId: p.leaf, version, progress: 41, confidence: 4, note: 'Counting' } },
          { token: exec.token },
        ),
    },
    {
      name: 'addComment answered with its author (read in the write’s transaction)',
      budget: 7,
      run: (p) => t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id body author { id user { displayName } } } }`, { input: { nodeId: p.leaf, body: 'Counting' } }, { token: exec.token }),
    },
    {
      name: 'deleteNode of an objective subtree',
      budget: 9,
      versionOf: (p) => p.objective,
      run: (p, version) => t.gql(DELETE_NODE, { input: { id: p.objective, version } }, { token: exec.token }),
    },
    {
      name: 'restoreNode of that subtree',
      budget: 10,
      run: (p) => t.gql(RESTORE_NODE, { id: p.objective }, { token: exec.token }),
    },
    {
      name: 'moveNode of a project with its subtree',
      budget: 14,
      versionOf: (p) => p.project,
      run: (p, version) => t.gql(MOVE_NODE, { input: { id: p.project, parentId: p.otherObjective, version } }, { token: exec.token }),
    },
  ];

  async function plan(fanOut: number[]): Promise<PlanUnderTest> {
    const { id } = await createPlan(t, exec, `Plan ${fanOut.join('x')}`);
    const owners = [staff.membershipId!, exec.membershipId!, undefined];
    const { byLevel } = await buildTree(t, exec, id, { fanOut, owner: (i) => owners[i % owners.length], department: dept });
    const [, objectives, projects, tasks, activities] = byLevel;
    // Some work at risk and some overdue, for the department view to list.
    await ownerQuery(`UPDATE plan_nodes SET status = 'at_risk', due_date = current_date - (sort_order % 3) WHERE id = ANY($1::uuid[])`, [tasks]);
    return { planId: id, nodes: byLevel.flat().length, objective: objectives[0], otherObjective: objectives[1], project: projects[0], leaf: activities[0] };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.newOrganization('Counting Co');
    dept = (await t.createDepartment(admin, 'Counting department')).id;
    exec = await t.addMember(admin, 'executive', dept);
    staff = await t.addMember(admin, 'staff', dept);
    small = await plan([2, 2, 2, 2]);
    large = await plan([5, 4, 3, 4]);
  });
  afterAll(() => t.stop());

  it('builds a plan ten times larger to compare with', () => {
    expect(small.nodes).toBe(31);
    expect(large.nodes).toBeGreaterThanOrEqual(10 * small.nodes);
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s: the same count on both plans, within budget', async (_name, op) => {
    // The first run compiles the query (graphql-jit); counts are taken from the second.
    const counts: number[] = [];
    const samples: string[][] = [];
    for (const p of [small, large]) {
      await op.run(p, op.versionOf ? await version(op.versionOf(p)) : 0);
      if (op.name.startsWith('deleteNode')) await t.ok(RESTORE_NODE, { id: p.objective }, exec.token);
      if (op.name.startsWith('restoreNode')) await t.ok(DELETE_NODE, { input: { id: p.objective, version: await version(p.objective) } }, exec.token);
      if (op.name.startsWith('moveNode')) await t.ok(MOVE_NODE, { input: { id: p.project, parentId: p.objective, version: await version(p.project) } }, exec.token);
      const current = op.versionOf ? await version(op.versionOf(p)) : 0;
      const { result, count, statements } = await countStatements(() => op.run(p, current));
      expect((result as GqlResult).errors).toBeUndefined();
      counts.push(count);
      samples.push(statements);
    }
    const [onSmall, onLarge] = counts;
    expect({ onSmall, onLarge, statements: samples[1] }).toEqual({ onSmall, onLarge: onSmall, statements: expect.any(Array) as Json });
    expect(onSmall).toBeLessThanOrEqual(op.budget);
  });
});
