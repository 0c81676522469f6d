import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard reads a whole plan on every view. Two indexes keep that from
 * growing with the plan:
 * - where a dimension is set explicitly (the only places a node's dimension
 *   can differ from its parent's), for the operations index's stand-ins;
 * - the live nodes by status and due date, with org_id carried along, so the
 *   status and overdue counts are an index-only scan, not a table scan.
 */
export class DashboardIndexes1796460000000 implements MigrationInterface {
  name = 'DashboardIndexes1796460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "plan_nodes_dimension_explicit_idx" ON "plan_nodes" ("plan_id") WHERE "dimension_explicit" AND "deleted_at" IS NULL`);
    await q.query(`CREATE INDEX "plan_nodes_plan_status_idx" ON "plan_nodes" ("plan_id", "status", "due_date") INCLUDE ("org_id") WHERE "deleted_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."plan_nodes_plan_status_idx"`);
    await q.query(`DROP INDEX "public"."plan_nodes_dimension_explicit_idx"`);
  }
}
