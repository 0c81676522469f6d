import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The "recently deleted" list: deleted plan nodes by organisation and time,
 * and each record's deleting audit row (who deleted it). Both indexes are
 * partial, over the few deleted rows and deletion entries, so the writes
 * that make up most of the traffic do not pay for them.
 */
export class RecentlyDeleted1796450000000 implements MigrationInterface {
  name = 'RecentlyDeleted1796450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "plan_nodes_deleted_idx" ON "plan_nodes" ("org_id", "deleted_at") WHERE "deleted_batch" IS NOT NULL`);
    await q.query(`CREATE INDEX "audit_log_deletions_idx" ON "audit_log" ("org_id", "entity", "entity_id", "id") WHERE "action" = 'delete'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."audit_log_deletions_idx"`);
    await q.query(`DROP INDEX "public"."plan_nodes_deleted_idx"`);
  }
}
