import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';
/** The cycle's tables; every row belongs to one organisation. */
const TENANT_TABLES = ['planning_cycles', 'cycle_stages', 'stage_events', 'stage_deliverables', 'stage_attachments', 'notifications'];

/**
 * The annual planning cycle: cycles with their planning group, stages with
 * dependencies and history, deliverables with attachments (bytea), in-app
 * notifications, and the claim table of the daily jobs. Row-level security
 * as on every tenant table; the app role never deletes (stages and
 * attachments are soft-deleted). scheduled_job_runs names no organisation:
 * the app role may read and insert it, and finds the organisations with
 * overdue stages through a SECURITY DEFINER function that returns only ids.
 */
export class PlanningCycles1796425000000 implements MigrationInterface {
  name = 'PlanningCycles1796425000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"planning_cycles\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"plan_id\" uuid NOT NULL, \"plan_year\" smallint NOT NULL, \"name\" character varying(120) NOT NULL, \"leader_id\" uuid, \"deputy_leader_id\" uuid, \"member_ids\" uuid array NOT NULL DEFAULT '{}', \"retrospective\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"planning_cycles_plan_key\" UNIQUE (\"plan_id\"), CONSTRAINT \"planning_cycles_retrospective_check\" CHECK (char_length(\"retrospective\") <= 20000), CONSTRAINT \"PK_89589c5b4e5488efcb129f1ab2a\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"cycle_stages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"cycle_id\" uuid NOT NULL, \"key\" character varying(32), \"name\" character varying(200) NOT NULL, \"position\" integer NOT NULL, \"owner_department_id\" uuid, \"responsible_id\" uuid, \"start_date\" date NOT NULL, \"due_date\" date NOT NULL, \"depends_on\" uuid array NOT NULL DEFAULT '{}', \"status\" character varying(16) NOT NULL DEFAULT 'not_started', \"return_reason\" character varying(2000), \"submitted_by\" uuid, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"cycle_stages_dates_check\" CHECK (\"due_date\" >= \"start_date\"), CONSTRAINT \"cycle_stages_status_check\" CHECK (\"status\" IN ('not_started','in_progress','submitted','approved','returned')), CONSTRAINT \"PK_b75828bef3ae784b711b1f54999\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"cycle_stages_responsible_idx\" ON \"cycle_stages\" (\"responsible_id\") ");
    await q.query("CREATE INDEX \"cycle_stages_cycle_idx\" ON \"cycle_stages\" (\"cycle_id\", \"position\") ");
    await q.query("CREATE TABLE \"stage_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"stage_id\" uuid NOT NULL, \"actor_id\" uuid, \"action\" character varying(16) NOT NULL, \"from_status\" character varying(16) NOT NULL, \"to_status\" character varying(16) NOT NULL, \"reason\" character varying(2000), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5be521e4d264702d8cd4301f28e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"stage_events_stage_created_idx\" ON \"stage_events\" (\"stage_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"stage_deliverables\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"stage_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"body\" text NOT NULL DEFAULT '', \"updated_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"stage_deliverables_stage_name_key\" UNIQUE (\"stage_id\", \"name\"), CONSTRAINT \"stage_deliverables_body_check\" CHECK (char_length(\"body\") <= 100000), CONSTRAINT \"PK_546a6140550c13ccfcf5084bbf2\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"stage_attachments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"deliverable_id\" uuid NOT NULL, \"filename\" character varying(255) NOT NULL, \"content_type\" character varying(127) NOT NULL, \"size\" integer NOT NULL, \"content\" bytea NOT NULL, \"uploaded_by\" uuid, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"stage_attachments_size_check\" CHECK (\"size\" = octet_length(\"content\") AND \"size\" <= 184320), CONSTRAINT \"PK_aea9ee4d12450e71bca210fd841\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"stage_attachments_deliverable_idx\" ON \"stage_attachments\" (\"deliverable_id\") ");
    await q.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"recipient_id\" uuid NOT NULL, \"kind\" character varying(32) NOT NULL, \"cycle_id\" uuid, \"stage_id\" uuid, \"actor_id\" uuid, \"message\" character varying(500) NOT NULL, \"day\" date NOT NULL DEFAULT ('now'::text)::date, \"read_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"notifications_daily_key\" ON \"notifications\" (\"recipient_id\", \"kind\", \"stage_id\", \"day\") WHERE \"kind\" = 'stage_overdue'");
    await q.query("CREATE INDEX \"notifications_recipient_created_idx\" ON \"notifications\" (\"recipient_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"scheduled_job_runs\" (\"job\" character varying(64) NOT NULL, \"run_on\" date NOT NULL, \"claimed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_30a5fdfff30e139d0dab93e20f2\" PRIMARY KEY (\"job\", \"run_on\"))");
    await q.query("ALTER TABLE \"planning_cycles\" ADD CONSTRAINT \"FK_2994987b1ce308f0346af9586bc\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"planning_cycles\" ADD CONSTRAINT \"FK_b5540b9a1cfabdbffaa07f738f1\" FOREIGN KEY (\"plan_id\") REFERENCES \"plans\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"planning_cycles\" ADD CONSTRAINT \"FK_376f57296aa401ebef3c3f8ca10\" FOREIGN KEY (\"leader_id\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"planning_cycles\" ADD CONSTRAINT \"FK_bc0e4a9e1697b02ab53d07d8735\" FOREIGN KEY (\"deputy_leader_id\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cycle_stages\" ADD CONSTRAINT \"FK_03bf341db092efd7fbe3b27c49a\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cycle_stages\" ADD CONSTRAINT \"FK_26dfbb93468b3a0b5a81c93153e\" FOREIGN KEY (\"cycle_id\") REFERENCES \"planning_cycles\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cycle_stages\" ADD CONSTRAINT \"FK_6579301bfacb901b7c8f4daeed9\" FOREIGN KEY (\"owner_department_id\") REFERENCES \"departments\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cycle_stages\" ADD CONSTRAINT \"FK_6ba9195fc31666c0a637abf8f62\" FOREIGN KEY (\"responsible_id\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cycle_stages\" ADD CONSTRAINT \"FK_933151bb6ec9efc4e3b108e9379\" FOREIGN KEY (\"submitted_by\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_events\" ADD CONSTRAINT \"FK_690bdf56c10fdfbda7c4e65b816\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_events\" ADD CONSTRAINT \"FK_440a068ba00830ceccc4ca351f1\" FOREIGN KEY (\"stage_id\") REFERENCES \"cycle_stages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_events\" ADD CONSTRAINT \"FK_dd993fd64b0d4a1567bf375733a\" FOREIGN KEY (\"actor_id\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_deliverables\" ADD CONSTRAINT \"FK_b4d8bcc64cbcba3eb9bcf915bda\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_deliverables\" ADD CONSTRAINT \"FK_ae0dac4fe7c7a1d7cc257554ff3\" FOREIGN KEY (\"stage_id\") REFERENCES \"cycle_stages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_deliverables\" ADD CONSTRAINT \"FK_1d63056741c7f08e479b90e51d0\" FOREIGN KEY (\"updated_by\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_attachments\" ADD CONSTRAINT \"FK_417103109d23b59084fd52c1389\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_attachments\" ADD CONSTRAINT \"FK_c7db2abe19f7601768612a6258a\" FOREIGN KEY (\"deliverable_id\") REFERENCES \"stage_deliverables\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"stage_attachments\" ADD CONSTRAINT \"FK_f78d9f9fe3bd4892de96f6906d2\" FOREIGN KEY (\"uploaded_by\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_324de082662023de80fdf068978\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\" FOREIGN KEY (\"recipient_id\") REFERENCES \"memberships\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_164303901f77c8109cd2925b60d\" FOREIGN KEY (\"stage_id\") REFERENCES \"cycle_stages\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_20f8b51fd9655c0b69feed5efc6\" FOREIGN KEY (\"actor_id\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query(`GRANT SELECT, INSERT, UPDATE ON ${TENANT_TABLES.join(', ')} TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON scheduled_job_runs TO ${APP_ROLE}`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    }
    await q.query(`CREATE FUNCTION app_orgs_with_overdue_stages(p_day date) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT DISTINCT s.org_id FROM cycle_stages s
         WHERE s.deleted_at IS NULL AND s.status <> 'approved' AND s.due_date < p_day
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_orgs_with_overdue_stages(date) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_orgs_with_overdue_stages(date) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_orgs_with_overdue_stages(date)`);
    for (const table of TENANT_TABLES) await q.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
    await q.query(`REVOKE ALL ON ${TENANT_TABLES.join(', ')}, scheduled_job_runs FROM ${APP_ROLE}`);
    await q.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_20f8b51fd9655c0b69feed5efc6\"");
    await q.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_164303901f77c8109cd2925b60d\"");
    await q.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\"");
    await q.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_324de082662023de80fdf068978\"");
    await q.query("ALTER TABLE \"stage_attachments\" DROP CONSTRAINT \"FK_f78d9f9fe3bd4892de96f6906d2\"");
    await q.query("ALTER TABLE \"stage_attachments\" DROP CONSTRAINT \"FK_c7db2abe19f7601768612a6258a\"");
    await q.query("ALTER TABLE \"stage_attachments\" DROP CONSTRAINT \"FK_417103109d23b59084fd52c1389\"");
    await q.query("ALTER TABLE \"stage_deliverables\" DROP CONSTRAINT \"FK_1d63056741c7f08e479b90e51d0\"");
    await q.query("ALTER TABLE \"stage_deliverables\" DROP CONSTRAINT \"FK_ae0dac4fe7c7a1d7cc257554ff3\"");
    await q.query("ALTER TABLE \"stage_deliverables\" DROP CONSTRAINT \"FK_b4d8bcc64cbcba3eb9bcf915bda\"");
    await q.query("ALTER TABLE \"stage_events\" DROP CONSTRAINT \"FK_dd993fd64b0d4a1567bf375733a\"");
    await q.query("ALTER TABLE \"stage_events\" DROP CONSTRAINT \"FK_440a068ba00830ceccc4ca351f1\"");
    await q.query("ALTER TABLE \"stage_events\" DROP CONSTRAINT \"FK_690bdf56c10fdfbda7c4e65b816\"");
    await q.query("ALTER TABLE \"cycle_stages\" DROP CONSTRAINT \"FK_933151bb6ec9efc4e3b108e9379\"");
    await q.query("ALTER TABLE \"cycle_stages\" DROP CONSTRAINT \"FK_6ba9195fc31666c0a637abf8f62\"");
    await q.query("ALTER TABLE \"cycle_stages\" DROP CONSTRAINT \"FK_6579301bfacb901b7c8f4daeed9\"");
    await q.query("ALTER TABLE \"cycle_stages\" DROP CONSTRAINT \"FK_26dfbb93468b3a0b5a81c93153e\"");
    await q.query("ALTER TABLE \"cycle_stages\" DROP CONSTRAINT \"FK_03bf341db092efd7fbe3b27c49a\"");
    await q.query("ALTER TABLE \"planning_cycles\" DROP CONSTRAINT \"FK_bc0e4a9e1697b02ab53d07d8735\"");
    await q.query("ALTER TABLE \"planning_cycles\" DROP CONSTRAINT \"FK_376f57296aa401ebef3c3f8ca10\"");
    await q.query("ALTER TABLE \"planning_cycles\" DROP CONSTRAINT \"FK_b5540b9a1cfabdbffaa07f738f1\"");
    await q.query("ALTER TABLE \"planning_cycles\" DROP CONSTRAINT \"FK_2994987b1ce308f0346af9586bc\"");
    await q.query("DROP TABLE \"scheduled_job_runs\"");
    await q.query("DROP INDEX \"public\".\"notifications_recipient_created_idx\"");
    await q.query("DROP INDEX \"public\".\"notifications_daily_key\"");
    await q.query("DROP TABLE \"notifications\"");
    await q.query("DROP INDEX \"public\".\"stage_attachments_deliverable_idx\"");
    await q.query("DROP TABLE \"stage_attachments\"");
    await q.query("DROP TABLE \"stage_deliverables\"");
    await q.query("DROP INDEX \"public\".\"stage_events_stage_created_idx\"");
    await q.query("DROP TABLE \"stage_events\"");
    await q.query("DROP INDEX \"public\".\"cycle_stages_cycle_idx\"");
    await q.query("DROP INDEX \"public\".\"cycle_stages_responsible_idx\"");
    await q.query("DROP TABLE \"cycle_stages\"");
    await q.query("DROP TABLE \"planning_cycles\"");
  }
}
