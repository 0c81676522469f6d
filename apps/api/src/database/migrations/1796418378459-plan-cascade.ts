import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';
/** The cascade's tables; every row belongs to one organisation. */
const TENANT_TABLES = ['plans', 'plan_nodes', 'node_check_ins', 'node_comments'];

/**
 * The plan cascade: annual plans, their tree of nodes (strategy → objective →
 * project → task → activity) with stored roll-ups, check-ins and comments.
 * Row-level security as in the foundation; the app role may read, insert and
 * update but never delete (deletion is soft and restorable).
 */
export class PlanCascade1796418378459 implements MigrationInterface {
  name = 'PlanCascade1796418378459';

  async up(q: QueryRunner): Promise<void> {
    await this.createTables(q);
    // Subtree reads and moves: "every node below X" is ancestor_ids @> {X}.
    await q.query(`CREATE INDEX plan_nodes_ancestor_ids_idx ON plan_nodes USING gin (ancestor_ids)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON ${TENANT_TABLES.join(', ')} TO ${APP_ROLE}`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    }
  }

  private async createTables(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "year" smallint NOT NULL, "name" character varying(120) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "plans_org_year_key" UNIQUE ("org_id", "year"), CONSTRAINT "plans_year_check" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "plans_status_check" CHECK ("status" IN ('draft','approved','archived')), CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "plan_nodes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "parent_id" uuid, "ancestor_ids" uuid array NOT NULL, "depth" smallint NOT NULL, "level" character varying(16) NOT NULL, "title" character varying(500) NOT NULL, "description" text, "owner_id" uuid, "department_id" uuid, "start_date" date, "due_date" date, "status" character varying(16) NOT NULL DEFAULT 'not_started', "weight" numeric(8,4) NOT NULL DEFAULT '1', "own_progress" numeric(7,4) NOT NULL DEFAULT '0', "progress" numeric(7,4), "dimension" character varying(16) NOT NULL, "dimension_explicit" boolean NOT NULL DEFAULT false, "kpi_name" character varying(120), "kpi_unit" character varying(32), "kpi_direction" character varying(16), "kpi_baseline" numeric(17,4), "kpi_target" numeric(17,4), "kpi_actual" numeric(17,4), "sort_order" integer NOT NULL DEFAULT '0', "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_batch" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "plan_nodes_root_check" CHECK (("parent_id" IS NULL) = ("depth" = 0) AND cardinality("ancestor_ids") = "depth"), CONSTRAINT "plan_nodes_description_check" CHECK (char_length("description") <= 20000), CONSTRAINT "plan_nodes_dates_check" CHECK ("due_date" >= "start_date"), CONSTRAINT "plan_nodes_progress_check" CHECK (("depth" = 0) = ("progress" IS NULL) AND ("progress" IS NULL OR "progress" BETWEEN 0 AND 100)), CONSTRAINT "plan_nodes_own_progress_check" CHECK ("own_progress" >= 0 AND "own_progress" <= 100), CONSTRAINT "plan_nodes_weight_check" CHECK ("weight" >= 0 AND "weight" <= 1000), CONSTRAINT "plan_nodes_kpi_check" CHECK (("kpi_direction" IS NULL) = ("kpi_target" IS NULL) AND ("kpi_direction" IS NULL) = ("kpi_baseline" IS NULL) AND ("kpi_direction" IS NULL) = ("kpi_name" IS NULL)), CONSTRAINT "plan_nodes_kpi_direction_check" CHECK ("kpi_direction" IN ('higher_is_better','lower_is_better')), CONSTRAINT "plan_nodes_dimension_check" CHECK ("dimension" IN ('organisation','production','marketing')), CONSTRAINT "plan_nodes_status_check" CHECK ("status" IN ('not_started','on_track','at_risk','off_track','done','cancelled')), CONSTRAINT "plan_nodes_level_check" CHECK ("level" IN ('strategy','objective','project','task','activity')), CONSTRAINT "PK_85bc14306bf048e90b0d622d899" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "plan_nodes_parent_idx" ON "plan_nodes" ("parent_id") `);
    await q.query(`CREATE INDEX "plan_nodes_owner_idx" ON "plan_nodes" ("owner_id") `);
    await q.query(`CREATE INDEX "plan_nodes_department_idx" ON "plan_nodes" ("department_id") `);
    await q.query(`CREATE INDEX "plan_nodes_plan_depth_idx" ON "plan_nodes" ("plan_id", "depth") `);
    await q.query(`CREATE INDEX "plan_nodes_plan_level_idx" ON "plan_nodes" ("plan_id", "level") `);
    await q.query(`CREATE TABLE "node_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "node_id" uuid NOT NULL, "author_id" uuid, "progress" numeric(7,4) NOT NULL, "kpi_actual" numeric(17,4), "confidence" smallint NOT NULL, "note" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "node_check_ins_progress_check" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "node_check_ins_confidence_check" CHECK ("confidence" BETWEEN 1 AND 5), CONSTRAINT "PK_dac8d5aa46570faaa609adb0658" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "node_check_ins_node_created_idx" ON "node_check_ins" ("node_id", "created_at") `);
    await q.query(`CREATE TABLE "node_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "node_id" uuid NOT NULL, "author_id" uuid, "body" character varying(5000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c2f0b06e0ea2cb97d544ec47be" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "node_comments_node_created_idx" ON "node_comments" ("node_id", "created_at") `);
    await q.query(`ALTER TABLE "plans" ADD CONSTRAINT "FK_2d2259e90b8eb0bf83d1e459cb0" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "FK_19a5c04aee7772b8bb0f7654d12" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "FK_ee8bdf577a3b79024a85aca1af3" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "FK_26141e4fb713935775ef89b5053" FOREIGN KEY ("parent_id") REFERENCES "plan_nodes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "FK_c4fdafca1fc1130015ef0d4fcf1" FOREIGN KEY ("owner_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_nodes" ADD CONSTRAINT "FK_99cb54f2294259ce2259bbd1f75" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "node_check_ins" ADD CONSTRAINT "FK_eb0efab9a0c265de8765ae53b1e" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "node_check_ins" ADD CONSTRAINT "FK_0934004272681174617178bbe17" FOREIGN KEY ("node_id") REFERENCES "plan_nodes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "node_check_ins" ADD CONSTRAINT "FK_83eda817caaf86161999717fc72" FOREIGN KEY ("author_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "node_comments" ADD CONSTRAINT "FK_56ef8c6a8e8e8aa71e6040ac8a2" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "node_comments" ADD CONSTRAINT "FK_e8c3c611bf645f143ccf4287d76" FOREIGN KEY ("node_id") REFERENCES "plan_nodes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "node_comments" ADD CONSTRAINT "FK_40131948c3141655773ddebcbad" FOREIGN KEY ("author_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await q.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
    await q.query(`REVOKE ALL ON ${TENANT_TABLES.join(', ')} FROM ${APP_ROLE}`);
    await q.query(`DROP INDEX "public"."plan_nodes_ancestor_ids_idx"`);
    await q.query(`ALTER TABLE "node_comments" DROP CONSTRAINT "FK_40131948c3141655773ddebcbad"`);
    await q.query(`ALTER TABLE "node_comments" DROP CONSTRAINT "FK_e8c3c611bf645f143ccf4287d76"`);
    await q.query(`ALTER TABLE "node_comments" DROP CONSTRAINT "FK_56ef8c6a8e8e8aa71e6040ac8a2"`);
    await q.query(`ALTER TABLE "node_check_ins" DROP CONSTRAINT "FK_83eda817caaf86161999717fc72"`);
    await q.query(`ALTER TABLE "node_check_ins" DROP CONSTRAINT "FK_0934004272681174617178bbe17"`);
    await q.query(`ALTER TABLE "node_check_ins" DROP CONSTRAINT "FK_eb0efab9a0c265de8765ae53b1e"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "FK_99cb54f2294259ce2259bbd1f75"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "FK_c4fdafca1fc1130015ef0d4fcf1"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "FK_26141e4fb713935775ef89b5053"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "FK_ee8bdf577a3b79024a85aca1af3"`);
    await q.query(`ALTER TABLE "plan_nodes" DROP CONSTRAINT "FK_19a5c04aee7772b8bb0f7654d12"`);
    await q.query(`ALTER TABLE "plans" DROP CONSTRAINT "FK_2d2259e90b8eb0bf83d1e459cb0"`);
    await q.query(`DROP INDEX "public"."node_comments_node_created_idx"`);
    await q.query(`DROP TABLE "node_comments"`);
    await q.query(`DROP INDEX "public"."node_check_ins_node_created_idx"`);
    await q.query(`DROP TABLE "node_check_ins"`);
    await q.query(`DROP INDEX "public"."plan_nodes_plan_level_idx"`);
    await q.query(`DROP INDEX "public"."plan_nodes_plan_depth_idx"`);
    await q.query(`DROP INDEX "public"."plan_nodes_department_idx"`);
    await q.query(`DROP INDEX "public"."plan_nodes_owner_idx"`);
    await q.query(`DROP INDEX "public"."plan_nodes_parent_idx"`);
    await q.query(`DROP TABLE "plan_nodes"`);
    await q.query(`DROP TABLE "plans"`);
  }
}
