// Generates a large organisation straight into PostgreSQL (as the owner), for
// the benchmark: 20 departments, 500 members and one plan of 10 strategies,
// 200 objectives, 2,000 projects, 20,000 tasks and 80,000 activities, with
// stored roll-ups computed level by level exactly as the API keeps them.
//
//   node tools/seed/large-org.mjs [--scale 0.1]   (DATABASE_URL, or the local database)
import { hash, Algorithm } from '@node-rs/argon2';
import pg from 'pg';

export const LARGE_ORG = {
  departments: 20,
  members: 500,
  strategies: 10,
  objectivesPerStrategy: 20,
  projectsPerObjective: 10,
  tasksPerProject: 10,
  activitiesPerTask: 4,
};
export const LARGE_ORG_PASSWORD = 'bench-password-2027';

/** Seeds one large organisation; returns its ids and the email of a member with work. */
export async function seedLargeOrg(ownerUrl, { scale = 1, log = () => {} } = {}) {
  const size = { ...LARGE_ORG, tasksPerProject: Math.max(1, Math.round(LARGE_ORG.tasksPerProject * scale)) };
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  const started = Date.now();
  try {
    await db.query('BEGIN');
    const passwordHash = await hash(LARGE_ORG_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const tag = Date.now().toString(36);
    const { rows: [org] } = await db.query(`INSERT INTO organizations (name) VALUES ($1) RETURNING id`, [`Large ${tag}`]);
    await db.query(
      `INSERT INTO departments (org_id, name, sort_order) SELECT $1, 'Department ' || g, g FROM generate_series(1, $2) g`,
      [org.id, size.departments],
    );
    await db.query(
      `INSERT INTO users (email, password_hash, display_name) SELECT 'member' || g || '.' || $1 || '@bench.opsplan.dev', $2, 'Member ' || g
         FROM generate_series(1, $3) g`,
      [tag, passwordHash, size.members],
    );
    await db.query(
      `INSERT INTO memberships (org_id, user_id, role, department_id)
       SELECT $1, u.id, CASE WHEN u.rn = 1 THEN 'executive' WHEN u.rn % 25 = 0 THEN 'manager' ELSE 'staff' END,
              (SELECT id FROM departments d WHERE d.org_id = $1 ORDER BY sort_order OFFSET (u.rn % $3) LIMIT 1)
         FROM (SELECT id, row_number() OVER (ORDER BY email) AS rn FROM users WHERE email LIKE '%.' || $2 || '@bench.opsplan.dev') u`,
      [org.id, tag, size.departments],
    );
    const { rows: [plan] } = await db.query(`INSERT INTO plans (org_id, year, name) VALUES ($1, 2026, 'Large plan') RETURNING id`, [org.id]);
    // Members and departments by position, for spreading owners.
    await db.query(`CREATE TEMP TABLE m AS SELECT id, department_id, row_number() OVER (ORDER BY id) - 1 AS i FROM memberships WHERE org_id = $1`, [org.id]);
    const memberCount = size.members;

    const levels = [
      ['strategy', size.strategies],
      ['objective', size.objectivesPerStrategy],
      ['project', size.projectsPerObjective],
      ['task', size.tasksPerProject],
      ['activity', size.activitiesPerTask],
    ];
    for (const [depth, [level, perParent]] of levels.entries()) {
      const parents = depth === 0 ? `(SELECT NULL::uuid AS id, ARRAY[]::uuid[] AS ancestor_ids, 'marketing'::varchar AS dimension, 0 AS pos) p`
        : `(SELECT id, ancestor_ids, dimension, row_number() OVER (ORDER BY id) AS pos FROM plan_nodes WHERE plan_id = '${plan.id}' AND depth = ${depth - 1}) p`;
      await db.query(
        `INSERT INTO plan_nodes (org_id, plan_id, parent_id, ancestor_ids, depth, level, title, owner_id, department_id,
                                 start_date, due_date, status, weight, own_progress, progress, dimension, dimension_explicit)
         SELECT $1, $2, p.id, CASE WHEN p.id IS NULL THEN ARRAY[]::uuid[] ELSE p.ancestor_ids || p.id END, $3::int, $4::varchar,
                initcap($4::text) || ' ' || p.pos || '.' || g, m.id, m.department_id,
                DATE '2026-01-01' + ((p.pos * 7 + g) % 60)::int, DATE '2026-06-30' + ((p.pos * 13 + g * 5) % 200)::int,
                (ARRAY['not_started','on_track','on_track','at_risk','off_track','done'])[1 + (p.pos + g) % 6],
                1 + (g % 3), ((p.pos * 37 + g * 11) % 101), CASE WHEN $3::int = 0 THEN NULL ELSE 0 END,
                CASE WHEN $3::int = 1 THEN (ARRAY['organisation','production','marketing'])[1 + g % 3] ELSE p.dimension END,
                $3::int <= 1
           FROM ${parents}
          CROSS JOIN generate_series(1, $5) g
           JOIN m ON m.i = (p.pos * $5 + g) % $6`,
        [org.id, plan.id, depth, level, perParent, memberCount],
      );
      log(`${level}: done`);
    }
    // Statistics first: on a table the planner believes empty, the roll-up's
    // per-parent lookups would scan an index whole for every parent.
    await db.query('ANALYZE plan_nodes');
    // Leaves take their own progress (done counts 100); parents roll up level by level from the bottom.
    await db.query(`UPDATE plan_nodes SET progress = CASE WHEN status = 'done' THEN 100 ELSE own_progress END WHERE plan_id = $1 AND depth = 4`, [plan.id]);
    for (let depth = 3; depth >= 1; depth--) {
      await db.query(
        `UPDATE plan_nodes n SET progress = coalesce(c.avg, CASE WHEN n.status = 'done' THEN 100 ELSE n.own_progress END)
           FROM (SELECT n2.id, (SELECT round(sum(k.progress * k.weight) / nullif(sum(k.weight), 0), 4) FROM plan_nodes k
                                 WHERE k.parent_id = n2.id AND k.deleted_at IS NULL AND k.status <> 'cancelled') AS avg
                   FROM plan_nodes n2 WHERE n2.plan_id = $1 AND n2.depth = $2) c
          WHERE n.id = c.id`,
        [plan.id, depth],
      );
    }
    await db.query('COMMIT');
    // As after any bulk load: clear the roll-up pass's dead row versions and
    // gather statistics, or the first minutes of reads measure the load.
    await db.query('VACUUM ANALYZE plan_nodes, memberships, users, departments');
    const { rows: [busy] } = await db.query(
      `SELECT u.email, m.id AS membership_id, count(*)::int AS owned FROM plan_nodes n JOIN memberships m ON m.id = n.owner_id JOIN users u ON u.id = m.user_id
        WHERE n.plan_id = $1 AND m.role = 'executive' GROUP BY u.email, m.id`,
      [plan.id],
    );
    const { rows: [count] } = await db.query(`SELECT count(*)::int AS n FROM plan_nodes WHERE plan_id = $1`, [plan.id]);
    log(`seeded ${count.n} nodes in ${Date.now() - started} ms`);
    return { orgId: org.id, planId: plan.id, executiveEmail: busy.email, executiveMembershipId: busy.membership_id, nodes: count.n, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openLocalDatabase } = await import('../db/local-database.mjs');
  const scaleArg = process.argv.indexOf('--scale');
  const db = await openLocalDatabase();
  try {
    const result = await seedLargeOrg(db.url, { scale: scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1, log: console.log });
    console.log(result);
  } finally {
    await db.stop();
  }
}
