import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';

/**
 * Templates (issue 6). An organisation's own plan templates (the built-in
 * ones live in code) are kept whole as validated JSON; they are soft-deleted
 * so a removal can be undone, and the app role cannot delete them. Plan nodes
 * gain what templates lay out and people then keep up: a checklist (items
 * ticked off one by one), a recurrence for routine work (the daily cash
 * count, the monthly books) and dependencies on other nodes of the plan that
 * must finish first (the hygiene licence before business registration).
 */
export class PlanTemplates1796440000000 implements MigrationInterface {
  name = 'PlanTemplates1796440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan_nodes" ADD "checklist" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "plan_nodes" ADD "recurrence" character varying(16)`);
    await q.query(`ALTER TABLE "plan_nodes" ADD "depends_on" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(
      `ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_checklist_check" CHECK (jsonb_typeof("checklist") = 'array' AND jsonb_array_length("checklist") <= 100)`,
    );
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_recurrence_check" CHECK ("recurrence" IN ('daily','weekly','monthly','quarterly','yearly'))`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_depends_on_check" CHECK (cardinality("depends_on") <= 20 AND NOT ("id" = ANY ("depends_on")))`);

    await q.query(
      `CREATE TABLE "plan_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "body" jsonb NOT NULL, "created_by" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "plan_templates_body_check" CHECK (jsonb_typeof("body") = 'object' AND pg_column_size("body") <= 2000000), CONSTRAINT "PK_plan_templates" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "plan_templates_org_key_live" ON "plan_templates" ("org_id", "key") WHERE "deleted_at" IS NULL`);
    await q.query(`ALTER TABLE "plan_templates" ADD CONSTRAINT "FK_plan_templates_org" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_templates" ADD CONSTRAINT "FK_plan_templates_created_by" FOREIGN KEY ("created_by") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON plan_templates TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE plan_templates ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE plan_templates FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON plan_templates USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS tenant_isolation ON plan_templates`);
    await q.query(`REVOKE ALL ON plan_templates FROM ${APP_ROLE}`);
    await q.query(`DROP TABLE "plan_templates"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "plan_nodes_depends_on_check"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "plan_nodes_recurrence_check"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "plan_nodes_checklist_check"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP COLUMN "depends_on"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP COLUMN "recurrence"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP COLUMN "checklist"`);
  }
}
