// The plan-cascade part of `npm run bench`: the reads and the write issue 3
// names, on a large seeded organisation, each beside the same data fetched by
// hand-written SQL through pg (the floor) in the same run.
import pg from 'pg';
import { LARGE_ORG_PASSWORD, seedLargeOrg } from '../seed/large-org.mjs';

const NODE_FIELDS = `id parentId level title status progress overdue dueDate weight kpi { actual target } owner { id user { displayName } } department { id name }`;

const FLOOR_SELECT = `SELECT n.id, n.parent_id, n.level, n.title, n.status, n.progress, n.due_date, n.weight, n.kpi_actual, n.kpi_target,
  (n.due_date < current_date AND n.status NOT IN ('done','cancelled')) AS overdue, m.id AS owner_id, u.display_name, d.id AS department_id, d.name AS department_name
  FROM plan_nodes n LEFT JOIN memberships m ON m.id = n.owner_id LEFT JOIN users u ON u.id = m.user_id LEFT JOIN departments d ON d.id = n.department_id`;

export async function benchCascade({ base, ownerUrl, gql, load, log }) {
  log('seeding the large organisation…');
  const org = await seedLargeOrg(ownerUrl);
  const signIn = await gql(base, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { email: org.executiveEmail, password: LARGE_ORG_PASSWORD } });
  const token = signIn.data.signIn.accessToken;
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 10 });
  const { rows: [objective] } = await pool.query(`SELECT id FROM plan_nodes WHERE plan_id = $1 AND depth = 1 ORDER BY id LIMIT 1`, [org.planId]);
  const { rows: activities } = await pool.query(
    `SELECT id, version FROM plan_nodes WHERE plan_id = $1 AND depth = 4 AND status <> 'done' ORDER BY id LIMIT 4000`,
    [org.planId],
  );

  const ok = (body) => {
    if (body.errors) throw new Error(body.errors[0].message);
    return body;
  };
  const results = { seed: { nodes: org.nodes, seconds: org.seconds } };
  const measure = async (name, apiCall, floorCall, opts) => {
    await load(apiCall, { connections: 4, ms: 1500 }); // warm-up: JIT, plans, pools
    results[name] = { api: await load(apiCall, opts), floor: await load(floorCall, { ...opts, ms: Math.min(opts.ms, 3000) }) };
    log(`${name}: api p50 ${results[name].api.p50} ms, floor p50 ${results[name].floor.p50} ms`);
  };

  const subtreeQuery = `query($id: ID!) { nodeSubtree(id: $id) { ${NODE_FIELDS} } }`;
  await measure(
    'subtree',
    async () => ok(await gql(base, subtreeQuery, { id: objective.id }, token)),
    () => pool.query(`${FLOOR_SELECT} WHERE n.id = $1 OR n.ancestor_ids[1] = $1 OR n.ancestor_ids[2] = $1 OR n.ancestor_ids[3] = $1 OR n.ancestor_ids[4] = $1`, [objective.id]),
    { connections: 10, ms: 5000 },
  );
  results.subtree.rows = (await gql(base, subtreeQuery, { id: objective.id }, token)).data.nodeSubtree.length;

  const outlineQuery = `query($id: ID!) { planOutline(planId: $id, depth: 3) { ${NODE_FIELDS} } }`;
  await measure(
    'outline',
    async () => ok(await gql(base, outlineQuery, { id: org.planId }, token)),
    () => pool.query(`${FLOOR_SELECT} WHERE n.plan_id = $1 AND n.depth < 3 AND n.deleted_at IS NULL`, [org.planId]),
    { connections: 10, ms: 5000 },
  );
  results.outline.rows = (await gql(base, outlineQuery, { id: org.planId }, token)).data.planOutline.length;

  const myWorkQuery = `{ myWork { ${NODE_FIELDS} } }`;
  await measure(
    'myWork',
    async () => ok(await gql(base, myWorkQuery, {}, token)),
    () => pool.query(`${FLOOR_SELECT} WHERE n.owner_id = $1 AND n.deleted_at IS NULL ORDER BY overdue DESC, n.due_date`, [org.executiveMembershipId]),
    { connections: 10, ms: 5000 },
  );
  results.myWork.rows = (await gql(base, myWorkQuery, {}, token)).data.myWork.length;

  // Writes: each connection works through its own activities, so no two
  // writers race on one version; every update rolls up three stored levels.
  const apiQueue = activities.slice(0, 2000).map((a) => ({ ...a }));
  const floorQueue = activities.slice(2000).map((a) => ({ ...a }));
  let apiNext = 0;
  let floorNext = 0;
  const progressMutation = `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id version progress } }`;
  await measure(
    'progressUpdate',
    async () => {
      const a = apiQueue[apiNext++ % apiQueue.length];
      const body = ok(await gql(base, progressMutation, { input: { id: a.id, progress: (apiNext * 7) % 100, version: a.version } }, token));
      a.version = body.data.updateProgress.version;
    },
    async () => {
      const a = floorQueue[floorNext++ % floorQueue.length];
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows: [leaf] } = await client.query(
          `UPDATE plan_nodes SET own_progress = $2, progress = $2, version = version + 1 WHERE id = $1 RETURNING ancestor_ids`,
          [a.id, (floorNext * 7) % 100],
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
    { connections: 10, ms: 5000 },
  );
  await pool.end();
  return results;
}

export const CASCADE_TARGETS = {
  subtree: { p50: 6, p95: 12, rps: 400, floorRatio: 3 },
  outline: { p95: 20 },
  progressUpdate: { rps: 800, p95: 15 },
};
