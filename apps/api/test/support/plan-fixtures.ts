import { rollUp, RollUpNode } from '@opsplan/domain';
import { Json, ownerQuery, Session, TestApp } from './test-app';

/** GraphQL documents of the plan cascade, as the suites use them. */
export const NODE_FIELDS = `id planId parentId level depth title description status weight ownProgress progress dimension dimensionInherited
  startDate dueDate overdue sortOrder childCount version kpi { name unit direction baseline target actual progress }`;
export const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id year name status progress version } }`;
export const CREATE_NODE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { ${NODE_FIELDS} } }`;
export const UPDATE_NODE = `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { ${NODE_FIELDS} } }`;
export const UPDATE_PROGRESS = `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id progress ownProgress status version } }`;
export const MOVE_NODE = `mutation($input: MoveNodeInput!) { moveNode(input: $input) { id parentId depth sortOrder dimension version } }`;
export const DELETE_NODE = `mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id } }`;
export const RESTORE_NODE = `mutation($id: ID!) { restoreNode(id: $id) { id } }`;
export const ADD_CHECK_IN = `mutation($input: AddCheckInInput!) { addCheckIn(input: $input) { id nodeId progress kpiActual confidence note author { id } } }`;
export const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id nodeId body author { id } } }`;
export const NODE = `query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`;

/** Whatever speaks GraphQL to an API: the in-process TestApp, or an API process (ApiInstance). */
export type GqlClient = Pick<TestApp, 'ok'>;

let year = 2030;
/** A fresh plan year, so that suites sharing an organisation never collide. */
export const nextYear = () => year++;

export async function createPlan(t: GqlClient, admin: Session, name = 'Annual plan'): Promise<{ id: string; version: number }> {
  return (await t.ok(CREATE_PLAN, { input: { year: nextYear(), name } }, admin.token)).createPlan;
}

export async function createNode(t: GqlClient, session: Session, input: Record<string, unknown>): Promise<Json> {
  return (await t.ok(CREATE_NODE, { input }, session.token)).createNode;
}

/** The stored row of a node, as the owner sees it. */
export async function nodeRow(id: string): Promise<Json> {
  return (await ownerQuery(`SELECT * FROM plan_nodes WHERE id = $1`, [id]))[0];
}

export const versionOf = async (id: string): Promise<number> => (await nodeRow(id)).version;

export interface TreeShape {
  /** children per node at each level below the strategy, e.g. [2, 2, 2, 2] for objectives, projects, tasks, activities */
  fanOut: number[];
  /** who owns a node, by its index in creation order (undefined: nobody) */
  owner?: (index: number) => string | undefined;
  department?: string;
}

const LEVELS_BELOW = ['objective', 'project', 'task', 'activity'] as const;

/**
 * Builds one strategy with a regular tree below it through the API and returns
 * every node's id by level. Siblings are created concurrently.
 */
export async function buildTree(t: GqlClient, admin: Session, planId: string, shape: TreeShape): Promise<{ strategy: string; byLevel: string[][] }> {
  let index = 0;
  const input = (extra: Record<string, unknown>) => {
    const ownerId = shape.owner?.(index++);
    return { planId, departmentId: shape.department, ...(ownerId ? { ownerId } : {}), ...extra };
  };
  const strategy = (await createNode(t, admin, input({ level: 'strategy', title: 'Strategy' }))).id as string;
  const byLevel: string[][] = [[strategy]];
  let parents = [strategy];
  for (const [depth, count] of shape.fanOut.entries()) {
    const level = LEVELS_BELOW[depth];
    const created = await Promise.all(
      parents.flatMap((parentId) =>
        Array.from({ length: count }, (_, i) => createNode(t, admin, input({ level, parentId, title: `${level} ${i + 1}`, weight: (i % 3) + 1 }))),
      ),
    );
    parents = created.map((n) => n.id as string);
    byLevel.push(parents);
  }
  return { strategy, byLevel };
}

/** Every live node of a plan, read by the owner role straight from the table (the test database's, or `query`'s). */
export async function storedTree(planId: string, query: (text: string, params: unknown[]) => Promise<Json[]> = ownerQuery): Promise<Json[]> {
  return query(
    `SELECT id, parent_id, depth, level, status, weight::float8 AS weight, own_progress::float8 AS own_progress,
            progress::float8 AS progress, dimension, version
       FROM plan_nodes WHERE plan_id = $1 AND deleted_at IS NULL`,
    [planId],
  );
}

/**
 * Checks the plan's tallies (plan_node_tallies, kept by triggers) against a
 * count of its live nodes by status and due date. Returns how many live nodes
 * there are, so a caller can tell the check was not made on an empty plan.
 */
export async function expectExactTallies(planId: string): Promise<number> {
  const differing = await ownerQuery(
    `SELECT coalesce(a.status, t.status) AS status, coalesce(a.due_date, t.due_date)::text AS due_date,
            coalesce(a.nodes, 0) AS counted, coalesce(t.nodes, 0) AS tallied
       FROM (SELECT status, due_date, count(*)::int AS nodes FROM plan_nodes WHERE plan_id = $1 AND deleted_at IS NULL GROUP BY status, due_date) a
       FULL JOIN (SELECT status, due_date, nodes FROM plan_node_tallies WHERE plan_id = $1 AND nodes <> 0) t
         ON t.status = a.status AND t.due_date IS NOT DISTINCT FROM a.due_date
      WHERE coalesce(a.nodes, 0) <> coalesce(t.nodes, 0)`,
    [planId],
  );
  expect(differing).toEqual([]);
  const [{ nodes }] = await ownerQuery(`SELECT coalesce(sum(nodes), 0)::int AS nodes FROM plan_node_tallies WHERE plan_id = $1`, [planId]);
  return nodes as number;
}

export const asRollUpNodes = (rows: Json[]): RollUpNode[] =>
  rows.map((r) => ({ id: r.id, parentId: r.parent_id, weight: r.weight, status: r.status, ownProgress: r.own_progress, dimension: r.dimension }));

/**
 * Checks every stored roll-up against the domain's rollUp over the leaves
 * (within the rounding of four decimals per level), and each one exactly
 * against its own children's stored values. Returns the full recomputation.
 */
export function expectExactRollUps(rows: Json[]): Map<string, number> {
  const expected = rollUp(asRollUpNodes(rows));
  const children = new Map<string, Json[]>();
  for (const r of rows) if (r.parent_id) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  for (const r of rows) {
    if (r.depth === 0) {
      expect({ id: r.id, stored: r.progress }).toEqual({ id: r.id, stored: null }); // computed on read
      continue;
    }
    expect({ id: r.id, level: r.level, drift: Math.abs(r.progress - (expected.get(r.id) as number)) < 0.001 }).toEqual({ id: r.id, level: r.level, drift: true });
    const active = (children.get(r.id) ?? []).filter((c) => c.status !== 'cancelled');
    const own = r.status === 'done' ? 100 : r.own_progress;
    expect({ id: r.id, stored: r.progress }).toEqual({ id: r.id, stored: weightedAverage4(active) ?? own });
  }
  return expected;
}

/** round(sum(progress × weight) / sum(weight), 4) computed exactly, as PostgreSQL's numeric does; null when nothing weighs. */
function weightedAverage4(children: Json[]): number | null {
  const scaled = (x: number): bigint => BigInt(Math.round(x * 1e4));
  const n = children.reduce<bigint>((s, c) => s + scaled(c.progress) * scaled(c.weight), 0n);
  const d = children.reduce<bigint>((s, c) => s + scaled(c.weight), 0n);
  if (d === 0n) return null;
  const q = n / d;
  return Number(2n * (n % d) >= d ? q + 1n : q) / 1e4;
}
