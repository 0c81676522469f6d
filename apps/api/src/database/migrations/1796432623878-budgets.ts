import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'opsplan_app';
/** The budget's tables; every row belongs to one organisation. */
const TENANT_TABLES = ['budgets', 'budget_revenue_lines', 'budget_cost_lines', 'budget_positions', 'budget_loans', 'budget_actuals'];

/**
 * Budgets (issue 5): a plan's driver-based budget with its revenue lines,
 * cost lines, headcount positions, loans and monthly actuals, and the HR
 * flag on departments (whose manager edits positions). Lines are
 * soft-deleted in batches (one restore brings a batch back); the app role
 * deletes only actuals, whose removal the audit log keeps. Row-level
 * security as on every tenant table.
 */
export class Budgets1796432623878 implements MigrationInterface {
  name = 'Budgets1796432623878';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"budgets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"plan_id\" uuid NOT NULL, \"name\" character varying(120) NOT NULL, \"start_month\" character varying(7) NOT NULL, \"horizon_months\" smallint NOT NULL, \"initial_investment\" numeric(14,2) NOT NULL DEFAULT '0', \"depreciation_months\" integer NOT NULL DEFAULT '60', \"own_funds\" numeric(14,2) NOT NULL DEFAULT '0', \"income_tax_rate\" numeric(10,8), \"stretch_volume\" numeric(10,6), \"stretch_price\" numeric(10,6), \"stretch_variable_cost\" numeric(10,6), \"stretch_fixed_cost\" numeric(10,6), \"stretch_headcount\" numeric(10,6), \"locked_at\" TIMESTAMP WITH TIME ZONE, \"locked_by\" uuid, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"budgets_start_month_check\" CHECK (\"start_month\" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT \"budgets_horizon_check\" CHECK (\"horizon_months\" BETWEEN 12 AND 60), CONSTRAINT \"PK_9c8a51748f82387644b773da482\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"budgets_org_idx\" ON \"budgets\" (\"org_id\") ");
    await q.query("CREATE UNIQUE INDEX \"budgets_plan_live_key\" ON \"budgets\" (\"plan_id\") WHERE \"deleted_at\" IS NULL");
    await q.query("CREATE TABLE \"budget_revenue_lines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"budget_id\" uuid NOT NULL, \"sort_order\" integer NOT NULL DEFAULT '0', \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"deleted_batch\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"name\" character varying(200) NOT NULL, \"kind\" character varying(16) NOT NULL, \"unit_price\" numeric(14,2) NOT NULL, \"volume\" jsonb NOT NULL, \"variable_cost_kind\" character varying(16), \"variable_unit_cost\" numeric(14,2), \"variable_cost_rate\" numeric(10,8), \"stretch_volume\" numeric(10,6), \"stretch_price\" numeric(10,6), \"stretch_variable_cost\" numeric(10,6), CONSTRAINT \"budget_revenue_lines_variable_cost_check\" CHECK (\"variable_cost_kind\" IS NULL OR \"variable_cost_kind\" IN ('unitCost','shareOfRevenue')), CONSTRAINT \"budget_revenue_lines_kind_check\" CHECK (\"kind\" IN ('product','channel')), CONSTRAINT \"PK_312cd6a4d32606ff1fc58bed9d9\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_dff8b6e8cd510f1f222c154158\" ON \"budget_revenue_lines\" (\"budget_id\") ");
    await q.query("CREATE TABLE \"budget_cost_lines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"budget_id\" uuid NOT NULL, \"sort_order\" integer NOT NULL DEFAULT '0', \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"deleted_batch\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"name\" character varying(200) NOT NULL, \"department_id\" uuid NOT NULL, \"category\" character varying(16) NOT NULL, \"amount_kind\" character varying(16) NOT NULL, \"amount\" numeric(14,2), \"rate\" numeric(10,8), \"first_month\" character varying(7), \"last_month\" character varying(7), \"plan_node_id\" uuid, \"stretch_amount\" numeric(10,6), CONSTRAINT \"budget_cost_lines_amount_kind_check\" CHECK (\"amount_kind\" IN ('monthly','shareOfRevenue')), CONSTRAINT \"budget_cost_lines_category_check\" CHECK (\"category\" IN ('rent','utilities','marketing','rnd','promotion','training','other')), CONSTRAINT \"PK_8f69418fcc6c33a512aacce523e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_ec1371ad536b5f46130d53e704\" ON \"budget_cost_lines\" (\"budget_id\") ");
    await q.query("CREATE TABLE \"budget_positions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"budget_id\" uuid NOT NULL, \"sort_order\" integer NOT NULL DEFAULT '0', \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"deleted_batch\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"department_id\" uuid NOT NULL, \"role_title\" character varying(200) NOT NULL, \"count\" numeric(9,2) NOT NULL, \"monthly_salary\" numeric(14,2) NOT NULL, \"on_cost_rate\" numeric(10,8) NOT NULL, \"first_month\" character varying(7), \"last_month\" character varying(7), \"stretch_count\" numeric(10,6), CONSTRAINT \"PK_4b44de18f4c7af298d26c217cd4\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_b182a0c23f6956061fefbdc712\" ON \"budget_positions\" (\"budget_id\") ");
    await q.query("CREATE TABLE \"budget_loans\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"budget_id\" uuid NOT NULL, \"sort_order\" integer NOT NULL DEFAULT '0', \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"deleted_batch\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"name\" character varying(200) NOT NULL, \"principal\" numeric(14,2) NOT NULL, \"annual_rate\" numeric(10,8) NOT NULL, \"term_months\" integer NOT NULL, \"repayment\" character varying(16) NOT NULL, CONSTRAINT \"budget_loans_repayment_check\" CHECK (\"repayment\" IN ('equalInstalment','interestOnly')), CONSTRAINT \"PK_4023d248f9aade676023f17128b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_c6fbf8c8405de74e990cd94f13\" ON \"budget_loans\" (\"budget_id\") ");
    await q.query("CREATE TABLE \"budget_actuals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"org_id\" uuid NOT NULL, \"budget_id\" uuid NOT NULL, \"line_kind\" character varying(16) NOT NULL, \"line_id\" uuid NOT NULL, \"month\" character varying(7) NOT NULL, \"amount\" numeric(14,2) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"budget_actuals_month_check\" CHECK (\"month\" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT \"budget_actuals_line_kind_check\" CHECK (\"line_kind\" IN ('revenue','cost','position')), CONSTRAINT \"PK_76975eef833d23ccfaaf8a3faa1\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"budget_actuals_line_month_key\" ON \"budget_actuals\" (\"budget_id\", \"line_kind\", \"line_id\", \"month\") ");
    await q.query("ALTER TABLE \"departments\" ADD \"is_hr\" boolean NOT NULL DEFAULT false");
    await q.query("ALTER TABLE \"budgets\" ADD CONSTRAINT \"FK_91ef34313211fbb322888e1e74a\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budgets\" ADD CONSTRAINT \"FK_60c9f536c9bb3d0c42a1ecd12e5\" FOREIGN KEY (\"plan_id\") REFERENCES \"plans\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budgets\" ADD CONSTRAINT \"FK_ea4fa0870aed461d1770a8178ad\" FOREIGN KEY (\"locked_by\") REFERENCES \"memberships\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_revenue_lines\" ADD CONSTRAINT \"FK_7f0e1c15210ab41e167e3d151f4\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_revenue_lines\" ADD CONSTRAINT \"FK_dff8b6e8cd510f1f222c1541588\" FOREIGN KEY (\"budget_id\") REFERENCES \"budgets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_cost_lines\" ADD CONSTRAINT \"FK_3b22b6fa66a893d46967bd72879\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_cost_lines\" ADD CONSTRAINT \"FK_ec1371ad536b5f46130d53e7047\" FOREIGN KEY (\"budget_id\") REFERENCES \"budgets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_cost_lines\" ADD CONSTRAINT \"FK_dcb2354ccd89d56a0fd6e81edd0\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_cost_lines\" ADD CONSTRAINT \"FK_40a53b71e300277f17a9b1328e8\" FOREIGN KEY (\"plan_node_id\") REFERENCES \"plan_nodes\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_positions\" ADD CONSTRAINT \"FK_6cf6ae584e6c811f38f17b0fcff\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_positions\" ADD CONSTRAINT \"FK_b182a0c23f6956061fefbdc7121\" FOREIGN KEY (\"budget_id\") REFERENCES \"budgets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_positions\" ADD CONSTRAINT \"FK_fe794a801dcbf8e8a9967ea1673\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_loans\" ADD CONSTRAINT \"FK_e56a5f0af5b1b27d88c9524191d\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_loans\" ADD CONSTRAINT \"FK_c6fbf8c8405de74e990cd94f137\" FOREIGN KEY (\"budget_id\") REFERENCES \"budgets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_actuals\" ADD CONSTRAINT \"FK_5aa70f9726a907572e4e4d58d97\" FOREIGN KEY (\"org_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"budget_actuals\" ADD CONSTRAINT \"FK_8021aff5c684216dc9fcef8cbb2\" FOREIGN KEY (\"budget_id\") REFERENCES \"budgets\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query(`GRANT SELECT, INSERT, UPDATE ON ${TENANT_TABLES.join(', ')} TO ${APP_ROLE}`);
    await q.query(`GRANT DELETE ON budget_actuals TO ${APP_ROLE}`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await q.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
    await q.query(`REVOKE ALL ON ${TENANT_TABLES.join(', ')} FROM ${APP_ROLE}`);
    await q.query("ALTER TABLE \"budget_actuals\" DROP CONSTRAINT \"FK_8021aff5c684216dc9fcef8cbb2\"");
    await q.query("ALTER TABLE \"budget_actuals\" DROP CONSTRAINT \"FK_5aa70f9726a907572e4e4d58d97\"");
    await q.query("ALTER TABLE \"budget_loans\" DROP CONSTRAINT \"FK_c6fbf8c8405de74e990cd94f137\"");
    await q.query("ALTER TABLE \"budget_loans\" DROP CONSTRAINT \"FK_e56a5f0af5b1b27d88c9524191d\"");
    await q.query("ALTER TABLE \"budget_positions\" DROP CONSTRAINT \"FK_fe794a801dcbf8e8a9967ea1673\"");
    await q.query("ALTER TABLE \"budget_positions\" DROP CONSTRAINT \"FK_b182a0c23f6956061fefbdc7121\"");
    await q.query("ALTER TABLE \"budget_positions\" DROP CONSTRAINT \"FK_6cf6ae584e6c811f38f17b0fcff\"");
    await q.query("ALTER TABLE \"budget_cost_lines\" DROP CONSTRAINT \"FK_40a53b71e300277f17a9b1328e8\"");
    await q.query("ALTER TABLE \"budget_cost_lines\" DROP CONSTRAINT \"FK_dcb2354ccd89d56a0fd6e81edd0\"");
    await q.query("ALTER TABLE \"budget_cost_lines\" DROP CONSTRAINT \"FK_ec1371ad536b5f46130d53e7047\"");
    await q.query("ALTER TABLE \"budget_cost_lines\" DROP CONSTRAINT \"FK_3b22b6fa66a893d46967bd72879\"");
    await q.query("ALTER TABLE \"budget_revenue_lines\" DROP CONSTRAINT \"FK_dff8b6e8cd510f1f222c1541588\"");
    await q.query("ALTER TABLE \"budget_revenue_lines\" DROP CONSTRAINT \"FK_7f0e1c15210ab41e167e3d151f4\"");
    await q.query("ALTER TABLE \"budgets\" DROP CONSTRAINT \"FK_ea4fa0870aed461d1770a8178ad\"");
    await q.query("ALTER TABLE \"budgets\" DROP CONSTRAINT \"FK_60c9f536c9bb3d0c42a1ecd12e5\"");
    await q.query("ALTER TABLE \"budgets\" DROP CONSTRAINT \"FK_91ef34313211fbb322888e1e74a\"");
    await q.query("ALTER TABLE \"departments\" DROP COLUMN \"is_hr\"");
    await q.query("DROP INDEX \"public\".\"budget_actuals_line_month_key\"");
    await q.query("DROP TABLE \"budget_actuals\"");
    await q.query("DROP INDEX \"public\".\"IDX_c6fbf8c8405de74e990cd94f13\"");
    await q.query("DROP TABLE \"budget_loans\"");
    await q.query("DROP INDEX \"public\".\"IDX_b182a0c23f6956061fefbdc712\"");
    await q.query("DROP TABLE \"budget_positions\"");
    await q.query("DROP INDEX \"public\".\"IDX_ec1371ad536b5f46130d53e704\"");
    await q.query("DROP TABLE \"budget_cost_lines\"");
    await q.query("DROP INDEX \"public\".\"IDX_dff8b6e8cd510f1f222c154158\"");
    await q.query("DROP TABLE \"budget_revenue_lines\"");
    await q.query("DROP INDEX \"public\".\"budgets_plan_live_key\"");
    await q.query("DROP INDEX \"public\".\"budgets_org_idx\"");
    await q.query("DROP TABLE \"budgets\"");
  }
}
