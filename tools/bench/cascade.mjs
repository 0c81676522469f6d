// The plan-cascade part of `npm run bench`: the reads and the write issue 3
// names, on a large seeded organisation, each beside the same data fetched by
// hand-written SQL through pg (the floor) in the same run.
import pg from 'pg';
import { LARGE_ORG_PASSWORD, seedLargeOrg } from '../seed/large-org.mjs';
import { graphqlLoad } from './http-load.mjs';
import { withCpu } from './cpu.mjs';

const NODE_FIELDS = `id parentId level title status progress overdue dueDate weight kpi { actual target } owner { id user { displayName } } department { id name }`;

const FLOOR_SELECT = `SELECT n.id, n.parent_id, n.level, n.title, n.status, n.progress, n.due_date, n.weight, n.kpi_actual, n.kpi_target,
  (n.due_date < current_date AND n.status NOT IN ('done','cancelled')) AS overdue, m.id AS owner_id, u.display_name, d.id AS department_id, d.name AS department_name
  FROM plan_nodes n LEFT JOIN memberships m ON m.id = n.owner_id LEFT JOIN users u ON u.id = m.user_id LEFT JOIN departments d ON d.id = n.department_id`;

/** Seeds the large organisation the cascade and mixed-load parts run on. */
export async function seedForBench(ownerUrl, log) {
  log('seeding the large organisation…');
  return seedLargeOrg(ownerUrl);
}

export async function benchCascade({ base, ownerUrl, gql, load, apiPid, database, log, org }) {
  const signIn = await gql(base, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { email: org.executiveEmail, password: LARGE_ORG_PASSWORD } });
  const token = signIn.data.signIn.accessToken;
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 10 });
  const { rows: [objective] } = await pool.query(`SELECT id FROM plan_nodes WHERE plan_id = $1 AND depth = 1 ORDER BY id LIMIT 1`, [org.planId]);
  const { rows: activities } = await pool.query(
    `SELECT id, version FROM plan_nodes WHERE plan_id = $1 AND depth = 4 AND status <> 'done' ORDER BY id LIMIT 4000`,
    [org.planId],
  );

  const results = { seed: { nodes: org.nodes, seconds: org.seconds } };
  // The API under autocannon (HTTP, a separate process); the floor: the same
  // rows by hand-written SQL through pg, in this process.
  const measure = async (name, operation, floorCall, { connections = 10, seconds = 5, onData, beforeRun } = {}) => {
    await beforeRun?.();
    await graphqlLoad(base, token, operation, { connections: 4, seconds: 2, onData }); // warm-up: JIT, plans, pools
    await beforeRun?.();
    results[name] = {
      api: await withCpu(apiPid, database, () => graphqlLoad(base, token, operation, { connections, seconds, onData })),
      floor: await withCpu(apiPid, database, () => load(floorCall, { connections, ms: Math.min(seconds, 3) * 1000 })),
    };
    log(`${name}: api p50 ${results[name].api.p50} ms, floor p50 ${results[name].floor.p50} ms`);
  };
  const rowsOf = async (query, variables, field) => (await gql(base, query, variables, token)).data[field].length;

  const subtree = { query: `query($id: ID!) { nodeSubtree(id: $id) { ${NODE_FIELDS} } }`, variables: { id: objective.id } };
  await measure('subtree', subtree, () =>
    pool.query(`${FLOOR_SELECT} WHERE n.id = $1 OR n.ancestor_ids[1] = $1 OR n.ancestor_ids[2] = $1 OR n.ancestor_ids[3] = $1 OR n.ancestor_ids[4] = $1`, [objective.id]),
  );
  results.subtree.rows = await rowsOf(subtree.query, subtree.variables, 'nodeSubtree');

  const outline = { query: `query($id: ID!) { planOutline(planId: $id, depth: 3) { ${NODE_FIELDS} } }`, variables: { id: org.planId } };
  await measure('outline', outline, () => pool.query(`${FLOOR_SELECT} WHERE n.plan_id = $1 AND n.depth < 3 AND n.deleted_at IS NULL`, [org.planId]));
  results.outline.rows = await rowsOf(outline.query, outline.variables, 'planOutline');

  const myWork = { query: `{ myWork { ${NODE_FIELDS} } }` };
  await measure('myWork', myWork, () =>
    pool.query(`${FLOOR_SELECT} WHERE n.owner_id = $1 AND n.deleted_at IS NULL ORDER BY overdue DESC, n.due_date`, [org.executiveMembershipId]),
  );
  results.myWork.rows = await rowsOf(myWork.query, {}, 'myWork');

  // Writes: requests take activities round-robin from a queue far longer
  // than the number of connections, so no two writers race on one version;
  // every update rolls up three stored levels. Each trip round the queue
  // shifts the figures by one, so no update repeats what is stored (the API
  // writes nothing for those).
  const apiQueue = activities.slice(0, 2000).map((a) => ({ ...a }));
  const floorQueue = activities.slice(2000).map((a) => ({ ...a }));
  let apiNext = 0;
  let floorNext = 0;
  const figure = (n, queue) => (n * 7 + Math.floor(n / queue.length)) % 100;
  const progressMutation = `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id version progress } }`;
  const byId = new Map(apiQueue.map((a) => [a.id, a]));
  await measure(
    'progressUpdate',
    () => {
      const a = apiQueue[apiNext++ % apiQueue.length];
      return { query: progressMutation, variables: { input: { id: a.id, progress: figure(apiNext, apiQueue), version: a.version } } };
    },
    async () => {
      const a = floorQueue[floorNext++ % floorQueue.length];
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Lock the stored path (objective, project, task) top-down first, as the API does: without it,
        // two writers under one parent each average the children they see and one update is lost.
        await client.query(`SELECT 1 FROM plan_nodes l JOIN plan_nodes a ON a.id = ANY(l.ancestor_ids[2:]) WHERE l.id = $1 ORDER BY a.depth FOR UPDATE OF a`, [a.id]);
        const { rows: [leaf] } = await client.query(
          `UPDATE plan_nodes SET own_progress = $2, progress = $2, version = version + 1 WHERE id = $1 RETURNING ancestor_ids`,
          [a.id, figure(floorNext, floorQueue)],
        );
        for (const id of leaf.ancestor_ids.slice(1).reverse()) {
          await client.query(
            `UPDATE plan_nodes n SET progress = (SELECT round(sum(c.progress * c.weight) / nullif(sum(c.weight), 0), 4) FROM plan_nodes c
               WHERE c.parent_id = n.id AND c.deleted_at IS NULL AND c.status <> 'cancelled') WHERE n.id = $1`,
            [id],
          );
        }
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
    {
      onData: (data) => (byId.get(data.updateProgress.id).version = data.updateProgress.version),
      // A run ends with requests in flight whose answers it never reads: take the versions from the database again.
      beforeRun: async () => {
        await new Promise((resolve) => setTimeout(resolve, 500)); // let the server finish what was cut off
        const { rows } = await pool.query(`SELECT id, version FROM plan_nodes WHERE id = ANY($1::uuid[])`, [apiQueue.map((a) => a.id)]);
        for (const row of rows) byId.get(row.id).version = row.version;
      },
    },
  );
  await pool.end();
  return results;
}

export const CASCADE_TARGETS = {
  subtree: { p50: 6, p95: 12, rps: 400, floorRatio: 3 },
  outline: { p95: 20 },
  progressUpdate: { rps: 800, p95: 15 },
};
