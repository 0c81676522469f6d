import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';
/** Tables whose rows belong to one organisation: RLS keeps each tenant to its own rows. */
const TENANT_TABLES = ['departments', 'memberships', 'invitations', 'audit_log'];

/**
 * The foundation schema: users and sessions, organisations, departments,
 * memberships, invitations and the audit log; the runtime role with its
 * grants; row-level security on every tenant-owned table.
 */
export class Foundation1764878400000 implements MigrationInterface {
  name = 'Foundation1764878400000';

  async up(q: QueryRunner): Promise<void> {
    await this.createTables(q);
    await this.createAppRole(q);
    await this.enableRowLevelSecurity(q);
    await this.createFunctions(q);
    await this.protectAuditLog(q);
  }

  private async createTables(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(80) NOT NULL, "locale" character varying(10), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "session_families" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "current_org_id" uuid, "user_agent" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), CONSTRAINT "PK_1be9458ef1fb3a7fe042b8d0e29" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_76d62f2bbfcf286ab74aed5bb4" ON "session_families" ("user_id") `);
    await q.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens" ("family_id") `);
    await q.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "currency" character varying(3) NOT NULL DEFAULT 'CNY', "fiscal_year_start_month" smallint NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "organizations_fiscal_month_check" CHECK ("fiscal_year_start_month" BETWEEN 1 AND 12), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "parent_id" uuid, "name" character varying(120) NOT NULL, "manager_id" uuid, "sort_order" integer NOT NULL DEFAULT '0', "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_batch" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_3cfef557719b71f778c7e8ce7a" ON "departments" ("org_id") `);
    await q.query(`CREATE INDEX "IDX_700b0b13f494cb37b6ca929e79" ON "departments" ("parent_id") `);
    await q.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "department_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "memberships_org_user_key" UNIQUE ("org_id", "user_id"), CONSTRAINT "memberships_role_check" CHECK ("role" IN ('admin','executive','manager','staff','finance')), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships" ("user_id") `);
    await q.query(`CREATE INDEX "IDX_a2568156cc4985d92950321e61" ON "memberships" ("department_id") `);
    await q.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "role" character varying(16) NOT NULL, "department_id" uuid, "email" character varying(254), "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "invitations_role_check" CHECK ("role" IN ('admin','executive','manager','staff','finance')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_5267611dcc50f78999dbf54f46" ON "invitations" ("org_id") `);
    await q.query(`CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "org_id" uuid NOT NULL, "actor_user_id" uuid, "entity" character varying(64) NOT NULL, "entity_id" character varying(64) NOT NULL, "action" character varying(32) NOT NULL, "request_id" character varying(64), "changes" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_log_org_id_id_idx" ON "audit_log" ("org_id", "id") `);
    await q.query(`ALTER TABLE "session_families" ADD CONSTRAINT "FK_76d62f2bbfcf286ab74aed5bb48" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_d5e27da0cd39bc3bb2811fc8bac" FOREIGN KEY ("family_id") REFERENCES "session_families"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "departments" ADD CONSTRAINT "FK_3cfef557719b71f778c7e8ce7a2" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "departments" ADD CONSTRAINT "FK_700b0b13f494cb37b6ca929e79b" FOREIGN KEY ("parent_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "departments" ADD CONSTRAINT "FK_ef8a4fb89ff96bbe98f1798798c" FOREIGN KEY ("manager_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_8c6a511c72951c42e008f5537dc" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_a2568156cc4985d92950321e617" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_5267611dcc50f78999dbf54f461" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_91654c8f2b648b742f15ce63c35" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  private async createAppRole(q: QueryRunner): Promise<void> {
    // The API connects as this role: it owns nothing and cannot bypass RLS.
    // Its password and LOGIN are set at start-up, outside the migration.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    END $$`);
    await q.query(`ALTER ROLE ${APP_ROLE} SET jit = off`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE ON users, session_families, refresh_tokens, organizations, departments, memberships, invitations TO ${APP_ROLE}`,
    );
    await q.query(`GRANT SELECT, INSERT ON audit_log TO ${APP_ROLE}`);
  }

  private async enableRowLevelSecurity(q: QueryRunner): Promise<void> {
    // app_org_id()/app_user_id() read the settings the API sets with
    // SET LOCAL (set_config(..., true)) at the start of every transaction.
    await q.query(`CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);

    for (const table of [...TENANT_TABLES, 'organizations']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of ['departments', 'invitations', 'audit_log']) {
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    }
    // A user also sees their own memberships in other organisations (to list
    // and switch between them), but can write only in the current one.
    await q.query(`CREATE POLICY tenant_isolation ON memberships
      USING (org_id = app_org_id() OR user_id = app_user_id()) WITH CHECK (org_id = app_org_id())`);
    await q.query(`CREATE POLICY tenant_isolation ON organizations
      USING (id = app_org_id() OR id IN (SELECT org_id FROM memberships WHERE user_id = app_user_id() AND active))
      WITH CHECK (id = app_org_id())`);
  }

  private async createFunctions(q: QueryRunner): Promise<void> {
    // Run as the owner (SECURITY DEFINER): the per-request check of a
    // caller's session and membership, in one round trip, before any
    // organisation is selected for the transaction.
    await q.query(`CREATE FUNCTION app_auth_context(p_user uuid, p_family uuid, p_org uuid)
      RETURNS TABLE (session_ok boolean, membership_id uuid, role varchar, active boolean, department_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM session_families f WHERE f.id = p_family AND f.user_id = p_user AND f.revoked_at IS NULL),
               m.id, m.role, m.active, m.department_id
        FROM (SELECT 1) one
        LEFT JOIN memberships m ON m.org_id = p_org AND m.user_id = p_user
      $$`);
    // Looking up an invitation by its token happens before the caller
    // belongs to the organisation, so it cannot go through the tenant policy.
    await q.query(`CREATE FUNCTION app_invitation_by_token(p_hash varchar)
      RETURNS TABLE (id uuid, org_id uuid, organization_name varchar, role varchar, department_id uuid,
                     inviter_name varchar, expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT i.id, i.org_id, o.name, i.role, i.department_id, u.display_name, i.expires_at, i.accepted_at, i.revoked_at
        FROM invitations i JOIN organizations o ON o.id = i.org_id LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.token_hash = p_hash
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_auth_context(uuid, uuid, uuid), app_invitation_by_token(varchar) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_org_id(), app_user_id(), app_auth_context(uuid, uuid, uuid), app_invitation_by_token(varchar) TO ${APP_ROLE}`);
  }

  private async protectAuditLog(q: QueryRunner): Promise<void> {
    // Grants already keep the app role to INSERT/SELECT; the trigger stops
    // any other role short of disabling it on purpose.
    await q.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
    await q.query(`DROP FUNCTION IF EXISTS app_invitation_by_token(varchar)`);
    await q.query(`DROP FUNCTION IF EXISTS app_auth_context(uuid, uuid, uuid)`);
    for (const table of [...TENANT_TABLES, 'organizations']) {
      await q.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS app_user_id()`);
    await q.query(`DROP FUNCTION IF EXISTS app_org_id()`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_91654c8f2b648b742f15ce63c35"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_5267611dcc50f78999dbf54f461"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_a2568156cc4985d92950321e617"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_8c6a511c72951c42e008f5537dc"`);
    await q.query(`ALTER TABLE "departments" DROP CONSTRAINT "FK_ef8a4fb89ff96bbe98f1798798c"`);
    await q.query(`ALTER TABLE "departments" DROP CONSTRAINT "FK_700b0b13f494cb37b6ca929e79b"`);
    await q.query(`ALTER TABLE "departments" DROP CONSTRAINT "FK_3cfef557719b71f778c7e8ce7a2"`);
    await q.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_d5e27da0cd39bc3bb2811fc8bac"`);
    await q.query(`ALTER TABLE "session_families" DROP CONSTRAINT "FK_76d62f2bbfcf286ab74aed5bb48"`);
    await q.query(`DROP INDEX "public"."audit_log_org_id_id_idx"`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP INDEX "public"."IDX_5267611dcc50f78999dbf54f46"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP INDEX "public"."IDX_a2568156cc4985d92950321e61"`);
    await q.query(`DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"`);
    await q.query(`DROP TABLE "memberships"`);
    await q.query(`DROP INDEX "public"."IDX_700b0b13f494cb37b6ca929e79"`);
    await q.query(`DROP INDEX "public"."IDX_3cfef557719b71f778c7e8ce7a"`);
    await q.query(`DROP TABLE "departments"`);
    await q.query(`DROP TABLE "organizations"`);
    await q.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP INDEX "public"."IDX_76d62f2bbfcf286ab74aed5bb4"`);
    await q.query(`DROP TABLE "session_families"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`REVOKE ALL ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
