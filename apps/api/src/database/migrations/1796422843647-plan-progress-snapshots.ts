import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';

/**
 * The dashboard's history: one row per plan per day with the plan's overall
 * progress, upserted when the dashboard is read (so the app role may insert
 * and update, never delete). Row-level security as on every tenant table.
 * Also an index for the dashboard's recent check-in activity of an organisation.
 */
export class PlanProgressSnapshots1796422843647 implements MigrationInterface {
  name = 'PlanProgressSnapshots1796422843647';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plan_progress_snapshots" ("plan_id" uuid NOT NULL, "day" date NOT NULL, "org_id" uuid NOT NULL, "progress" numeric(7,4) NOT NULL, CONSTRAINT "plan_progress_snapshots_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_ec03ee2925bcdc42b563f9871c1" PRIMARY KEY ("plan_id", "day"))`);
    await q.query(`CREATE INDEX "node_check_ins_org_created_idx" ON "node_check_ins" ("org_id", "created_at") `);
    await q.query(`ALTER TABLE "plan_progress_snapshots" ADD CONSTRAINT "FK_e2addef2d43e33e1bb5e371d0dd" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_progress_snapshots" ADD CONSTRAINT "FK_c6149a1c10c072e5d1dd9703e09" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON plan_progress_snapshots TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE plan_progress_snapshots ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE plan_progress_snapshots FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON plan_progress_snapshots USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS tenant_isolation ON plan_progress_snapshots`);
    await q.query(`REVOKE ALL ON plan_progress_snapshots FROM ${APP_ROLE}`);
    await q.query(`ALTER TABLE "plan_progress_snapshots" DROP CONSTRAINT "FK_c6149a1c10c072e5d1dd9703e09"`);
    await q.query(`ALTER TABLE "plan_progress_snapshots" DROP CONSTRAINT "FK_e2addef2d43e33e1bb5e371d0dd"`);
    await q.query(`DROP INDEX "public"."node_check_ins_org_created_idx"`);
    await q.query(`DROP TABLE "plan_progress_snapshots"`);
  }
}
