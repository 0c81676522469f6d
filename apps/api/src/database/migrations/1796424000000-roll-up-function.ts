import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';

/**
 * Recomputes the stored roll-ups of a node's ancestors in one call, instead
 * of one UPDATE (and one round trip) per level: the hot path of every
 * progress update. `ids` come deepest first; each becomes the weighted
 * average of its live, non-cancelled children (4 decimals), or its own value
 * without any (100 when done). Strategies (depth 0) store no roll-up.
 * SECURITY INVOKER: row-level security applies as to the caller's own SQL.
 * Keep in step with `rolledUp` in the API's cascade-sql.util.ts.
 */
export class RollUpFunction1796424000000 implements MigrationInterface {
  name = 'RollUpFunction1796424000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION app_recompute_roll_ups(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        node_id uuid;
      BEGIN
        FOREACH node_id IN ARRAY ids LOOP
          UPDATE plan_nodes n SET progress = coalesce(
              (SELECT round(sum(c.progress * c.weight) / nullif(sum(c.weight), 0), 4)
                 FROM plan_nodes c WHERE c.parent_id = n.id AND c.deleted_at IS NULL AND c.status <> 'cancelled'),
              CASE WHEN n.status = 'done' THEN 100 ELSE n.own_progress END)
           WHERE n.id = node_id AND n.depth > 0;
        END LOOP;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_recompute_roll_ups(uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_recompute_roll_ups(uuid[]) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_recompute_roll_ups(uuid[])`);
  }
}
