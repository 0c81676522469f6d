import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';

/**
 * The tally change of one statement's rows: +1 for each live row after it,
 * -1 for each live row before it. Plans that no longer exist are skipped: when
 * a plan or an organisation is deleted, its tallies go with it (ON DELETE
 * CASCADE) before its nodes' statement ends.
 */
const applyDeltas = (rows: string) => `
  INSERT INTO plan_node_tallies AS t (org_id, plan_id, status, due_date, nodes)
  SELECT org_id, plan_id, status, due_date, sum(delta) FROM (${rows}) changed
   WHERE EXISTS (SELECT 1 FROM plans p WHERE p.id = changed.plan_id)
   GROUP BY org_id, plan_id, status, due_date HAVING sum(delta) <> 0
   ORDER BY org_id, plan_id, status, due_date
  ON CONFLICT (org_id, plan_id, status, due_date) DO UPDATE SET nodes = t.nodes + EXCLUDED.nodes`;
const live = (table: string, delta: number) => `SELECT org_id, plan_id, status, due_date, ${delta} AS delta FROM ${table} WHERE deleted_at IS NULL`;

/**
 * The executive dashboard's status and overdue counts came from counting
 * every live node of the plan on every view: ~30 ms of PostgreSQL for a plan
 * of 100,000 nodes, and most of the database's work under load.
 * plan_node_tallies keeps, per plan, the number of live nodes by status and
 * due date (overdue = not done or cancelled, due before today, so the count
 * stays right as days pass); the dashboard sums a few hundred rows instead.
 *
 * Statement-level triggers keep it exact in the same transaction as the
 * change, for every writer (the API, templates, seeds, restores). Each
 * statement's rows are netted by bucket, so a progress update, which changes
 * no status, due date or deletion, writes nothing; buckets are updated in one
 * order, so concurrent writers queue instead of deadlocking within a
 * statement. There is no CHECK (nodes >= 0): PostgreSQL checks the proposed
 * row of a decrement before ON CONFLICT turns it into an update; the tests
 * recount instead. The function runs as its owner: the app role may only
 * read the tallies, through row-level security like every tenant table.
 */
export class PlanNodeTallies1796470000000 implements MigrationInterface {
  name = 'PlanNodeTallies1796470000000';

  async up(q: QueryRunner): Promise<void> {
    // No node may change between the count below and the triggers (an instance still on the previous version).
    await q.query(`LOCK TABLE plan_nodes IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`CREATE TABLE plan_node_tallies (
      org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      status varchar NOT NULL,
      due_date date,
      nodes integer NOT NULL,
      CONSTRAINT plan_node_tallies_bucket UNIQUE NULLS NOT DISTINCT (org_id, plan_id, status, due_date))`);
    await q.query(`INSERT INTO plan_node_tallies (org_id, plan_id, status, due_date, nodes)
      SELECT org_id, plan_id, status, due_date, count(*) FROM plan_nodes WHERE deleted_at IS NULL GROUP BY org_id, plan_id, status, due_date`);

    await q.query(`CREATE FUNCTION app_tally_plan_nodes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDeltas(live('new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${applyDeltas(live('old_rows', -1))};
        ELSE
          ${applyDeltas(`${live('new_rows', 1)} UNION ALL ${live('old_rows', -1)}`)};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_tally_plan_nodes() FROM PUBLIC`);
    await q.query(`CREATE TRIGGER plan_nodes_tally_insert AFTER INSERT ON plan_nodes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_tally_plan_nodes()`);
    await q.query(`CREATE TRIGGER plan_nodes_tally_update AFTER UPDATE ON plan_nodes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_tally_plan_nodes()`);
    await q.query(`CREATE TRIGGER plan_nodes_tally_delete AFTER DELETE ON plan_nodes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_tally_plan_nodes()`);

    await q.query(`GRANT SELECT ON plan_node_tallies TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE plan_node_tallies ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE plan_node_tallies FORCE ROW LEVEL SECURITY`);
    // Also what lets the trigger function (its owner, under FORCE) write: nodes are written with the organisation set.
    await q.query(`CREATE POLICY tenant_isolation ON plan_node_tallies USING (org_id = app_org_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER plan_nodes_tally_delete ON plan_nodes`);
    await q.query(`DROP TRIGGER plan_nodes_tally_update ON plan_nodes`);
    await q.query(`DROP TRIGGER plan_nodes_tally_insert ON plan_nodes`);
    await q.query(`DROP FUNCTION app_tally_plan_nodes()`);
    await q.query(`DROP TABLE plan_node_tallies`);
  }
}
