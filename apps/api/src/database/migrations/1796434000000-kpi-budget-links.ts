import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Links between the plan cascade and its budget (issue 5): a KPI may take its
 * target from a figure of the plan's budget ({ scenario, measure, period }),
 * kept in `plan_nodes.kpi_target_source` and only on nodes that have a KPI.
 * A partial index finds a plan's linked KPIs when its budget is locked.
 */
export class KpiBudgetLinks1796434000000 implements MigrationInterface {
  name = 'KpiBudgetLinks1796434000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan_nodes" ADD "kpi_target_source" jsonb`);
    await q.query(`CREATE INDEX "plan_nodes_kpi_budget_linked_idx" ON "plan_nodes" ("plan_id") WHERE "kpi_target_source" IS NOT NULL`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_kpi_target_source_check" CHECK ("kpi_target_source" IS NULL OR "kpi_direction" IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "plan_nodes_kpi_target_source_check"`);
    await q.query(`DROP INDEX "public"."plan_nodes_kpi_budget_linked_idx"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP COLUMN "kpi_target_source"`);
  }
}
