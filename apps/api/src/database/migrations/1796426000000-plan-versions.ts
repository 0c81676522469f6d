import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';
const TENANT_TABLES = ['plan_versions', 'responsibility_letters'];

/**
 * Plan versions (immutable snapshots of an approved plan) and the
 * target-responsibility letters drawn from them. Versions are append-only
 * like audit_log: the app role may only insert and read them, and a trigger
 * refuses UPDATE, DELETE and TRUNCATE even to the owner. Letters may only
 * have their acknowledgement set. Row-level security as on every tenant table.
 */
export class PlanVersions1796426000000 implements MigrationInterface {
  name = 'PlanVersions1796426000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plan_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "number" integer NOT NULL, "label" character varying(120) NOT NULL, "source" character varying(16) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "snapshot" jsonb NOT NULL, CONSTRAINT "plan_versions_plan_number_key" UNIQUE ("plan_id", "number"), CONSTRAINT "plan_versions_number_check" CHECK ("number" >= 1), CONSTRAINT "plan_versions_source_check" CHECK ("source" IN ('cycle_approval','manual')), CONSTRAINT "PK_dd2f605d45f2679a86a7c1c5b20" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "plan_versions_org_plan_idx" ON "plan_versions" ("org_id", "plan_id") `);
    await q.query(`CREATE TABLE "responsibility_letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "responsibility_letters_version_member_key" UNIQUE ("version_id", "membership_id"), CONSTRAINT "PK_67326fd3d159d13185c18fca617" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "responsibility_letters_org_member_idx" ON "responsibility_letters" ("org_id", "membership_id") `);
    await q.query(`ALTER TABLE "plan_versions" ADD CONSTRAINT "FK_bddc939e87bbf0c827151361608" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_versions" ADD CONSTRAINT "FK_b504a5b710ec5832245809b7bce" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "responsibility_letters" ADD CONSTRAINT "FK_83baee44fcd52eaccb941df8af1" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "responsibility_letters" ADD CONSTRAINT "FK_15d885f10e950d39b8eab0c59f8" FOREIGN KEY ("version_id") REFERENCES "plan_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "responsibility_letters" ADD CONSTRAINT "FK_03a787a55832a4d6c8ac8d104c3" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);

    await q.query(`GRANT SELECT, INSERT ON plan_versions TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON responsibility_letters TO ${APP_ROLE}`);
    await q.query(`GRANT UPDATE (acknowledged_at, acknowledged_by) ON responsibility_letters TO ${APP_ROLE}`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    }
    await q.query(`CREATE FUNCTION plan_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'plan_versions is immutable'; END $$`);
    await q.query(`CREATE TRIGGER plan_versions_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON plan_versions
      FOR EACH STATEMENT EXECUTE FUNCTION plan_versions_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS plan_versions_immutable ON plan_versions`);
    await q.query(`DROP FUNCTION IF EXISTS plan_versions_immutable()`);
    for (const table of TENANT_TABLES) await q.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
    await q.query(`REVOKE ALL ON ${TENANT_TABLES.join(', ')} FROM ${APP_ROLE}`);
    await q.query(`ALTER TABLE "responsibility_letters" DROP CONSTRAINT "FK_03a787a55832a4d6c8ac8d104c3"`);
    await q.query(`ALTER TABLE "responsibility_letters" DROP CONSTRAINT "FK_15d885f10e950d39b8eab0c59f8"`);
    await q.query(`ALTER TABLE "responsibility_letters" DROP CONSTRAINT "FK_83baee44fcd52eaccb941df8af1"`);
    await q.query(`ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_b504a5b710ec5832245809b7bce"`);
    await q.query(`ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_bddc939e87bbf0c827151361608"`);
    await q.query(`DROP INDEX "public"."responsibility_letters_org_member_idx"`);
    await q.query(`DROP TABLE "responsibility_letters"`);
    await q.query(`DROP INDEX "public"."plan_versions_org_plan_idx"`);
    await q.query(`DROP TABLE "plan_versions"`);
  }
}
