import type { Role } from '@opsplan/domain';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, createPlan, DELETE_NODE } from './plan-fixtures';
import { ADD_ATTACHMENT, ADD_STAGE, CREATE_CYCLE, cycleVersion, DELETE_STAGE, setGroup, STAGE, submit } from './cycle-fixtures';
import { CREATE_BUDGET, SAVE_LINES, setDepartment, SET_ACTUALS, START } from './budget-fixtures';
import { DELETE_TEMPLATE, IMPORT_TEMPLATE, miniTemplate, TEMPLATES } from './template-fixtures';
import { Pool } from 'pg';
import { Json, ownerQuery, Session, TestApp } from './test-app';

/**
 * The rows an operation's id arguments point at, by what they are and the
 * state an operation needs them in (a deleted node for restoreNode, a
 * submitted stage for approveCycleStage, a plan without a budget for
 * createBudget). Every organisation of the access suites has one of each.
 */
export const KINDS = [
  'organization',
  'member',
  'spareMember',
  'department',
  'otherDepartment',
  'spareDepartment',
  'deletedDepartment',
  'invitation',
  'plan',
  'freshPlan',
  'strategy',
  'objective',
  'leaf',
  'project',
  'spareNode',
  'deletedNode',
  'version',
  'letter',
  'cycle',
  'stage',
  'laterStage',
  'submittedStage',
  'returnableStage',
  'openStage',
  'spareStage',
  'deletedStage',
  'deliverable',
  'attachment',
  'notification',
  'budget',
  'revenueLine',
  'costLine',
  'spareCostLine',
  'position',
  'loan',
  'budgetBatch',
  'template',
  'spareTemplate',
  'deletedTemplate',
  'builtInTemplate',
] as const;
export type Kind = (typeof KINDS)[number];

/** The table holding a kind's rows, for the version a write must name. */
export const TABLE_OF: Partial<Record<Kind, string>> = {
  organization: 'organizations',
  member: 'memberships',
  spareMember: 'memberships',
  department: 'departments',
  otherDepartment: 'departments',
  spareDepartment: 'departments',
  deletedDepartment: 'departments',
  plan: 'plans',
  freshPlan: 'plans',
  strategy: 'plan_nodes',
  objective: 'plan_nodes',
  leaf: 'plan_nodes',
  project: 'plan_nodes',
  spareNode: 'plan_nodes',
  deletedNode: 'plan_nodes',
  cycle: 'planning_cycles',
  stage: 'cycle_stages',
  laterStage: 'cycle_stages',
  submittedStage: 'cycle_stages',
  returnableStage: 'cycle_stages',
  openStage: 'cycle_stages',
  spareStage: 'cycle_stages',
  deletedStage: 'cycle_stages',
  deliverable: 'stage_deliverables',
  budget: 'budgets',
  revenueLine: 'budget_revenue_lines',
  costLine: 'budget_cost_lines',
  spareCostLine: 'budget_cost_lines',
  position: 'budget_positions',
  loan: 'budget_loans',
  template: 'plan_templates',
  spareTemplate: 'plan_templates',
  deletedTemplate: 'plan_templates',
};

export const ROLES: readonly Role[] = ['admin', 'executive', 'manager', 'staff', 'finance'];

export interface OrgWorld {
  name: string;
  orgId: string;
  /** a member of each role; the executive leads the planning cycle, the manager runs `department`, the staff member (`member`) works in it */
  roles: Record<Role, Session>;
  ids: Record<Kind, string>;
}

// Plan years run to 2100, and the fixtures' own counters stay well below 2085; sixteen years in turn keep consecutive plans apart.
let planYear = 0;

/**
 * An organisation with a row in every tenant table, built through the API by
 * its admin: departments (one deleted), members of every role, a pending
 * invitation, a plan with a strategy, objectives, projects (one deleted),
 * a check-in, a comment and a progress snapshot, a version with its letters,
 * a planning cycle with stages in every state, a deliverable with an
 * attachment and a notification, a budget with a line of every kind, an
 * actual and a restorable deletion, and templates (one deleted).
 */
export async function buildOrgWorld(t: TestApp, name: string): Promise<OrgWorld> {
  const admin = await t.newOrganization(name);
  const as = (query: string, variables: Record<string, unknown> = {}, who: Session = admin) => t.ok(query, variables, who.token);

  const [department, otherDepartment, spareDepartment, deletedDepartment] = await Promise.all(
    ['Sales', 'Operations', 'Archive', 'Closed'].map(async (d) => (await t.createDepartment(admin, `${d} ${name}`)).id),
  );
  await as(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id: deletedDepartment });
  const [executive, manager, staff, finance, spare] = await Promise.all([
    t.addMember(admin, 'executive'),
    t.addMember(admin, 'manager', department),
    t.addMember(admin, 'staff', department),
    t.addMember(admin, 'finance'),
    t.addMember(admin, 'staff'),
  ]);
  await setDepartment(t, admin, department, { managerId: manager.membershipId });
  const invitation = (await as(`mutation { createInvitation(input: { role: staff }) { invitation { id } } }`)).createInvitation.invitation.id as string;

  // The cascade.
  const [plan, freshPlan] = await Promise.all([createPlan(t, admin, `Plan ${name}`), createPlan(t, admin, `Fresh plan ${name}`)]);
  const node = (input: Record<string, unknown>) => createNode(t, admin, { planId: plan.id, departmentId: department, ...input });
  const strategy = (await node({ level: 'strategy', title: 'Strategy' })).id as string;
  const [objective, leaf] = await Promise.all([
    node({
      parentId: strategy,
      level: 'objective',
      title: 'Objective',
      ownerId: admin.membershipId,
      kpi: { name: 'Revenue', baseline: '0', target: '100', direction: 'higher_is_better' },
    }),
    node({ parentId: strategy, level: 'objective', title: 'Leaf objective', ownerId: admin.membershipId }),
  ]);
  const [project, spareNode, deletedNode] = await Promise.all(
    ['Project', 'Spare project', 'Deleted project'].map((title) => node({ parentId: objective.id, level: 'project', title, ownerId: admin.membershipId })),
  );
  await as(DELETE_NODE, { input: { id: deletedNode.id, version: deletedNode.version } });
  await as(ADD_CHECK_IN, { input: { nodeId: leaf.id, version: leaf.version, progress: 10, confidence: 3 } });
  await as(ADD_COMMENT, { input: { nodeId: leaf.id, body: `Ours: ${name}` } });
  // Reading the dashboard records the day's progress.
  await as(`query($id: ID!) { planDashboard(planId: $id) { progress } }`, { id: plan.id });

  // The budget.
  const budget = (await as(CREATE_BUDGET, { input: { planId: plan.id, name: 'Budget', startMonth: START, horizonMonths: 12 } })).createBudget.id as string;
  const cost = (title: string) => ({ name: title, departmentId: department, category: 'other', amountKind: 'monthly', amount: '10.00' });
  const saved = (
    await as(SAVE_LINES, {
      input: {
        budgetId: budget,
        revenueLines: [{ name: 'Sales', kind: 'product', unitPrice: '10.00', volume: { kind: 'flat', perMonth: '100' } }],
        costLines: [cost('Rent'), cost('Spare'), cost('Gone'), cost('Gone too')],
        positions: [{ departmentId: department, roleTitle: 'Clerk', count: '1', monthlySalary: '300.00', onCostRate: '0.1' }],
        loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly' }],
      },
    })
  ).saveBudgetLines.budget;
  const [costLine, spareCostLine, ...gone] = saved.costLines as Json[];
  // Two deletions: restoring can be tried once with the budget aimed elsewhere and once with the batch.
  const [budgetBatch] = await Promise.all(
    gone.map(async (line) => (await as(SAVE_LINES, { input: { budgetId: budget, deletions: [{ lineKind: 'cost', id: line.id, version: line.version }] } })).saveBudgetLines.deletionBatchId as string),
  );
  await as(SET_ACTUALS, { input: { budgetId: budget, entries: [{ lineKind: 'cost', lineId: costLine.id, month: START, amount: '9.00' }] } });

  // A version of the plan: the objectives' owner gets a letter.
  const version = (await as(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Approved") { id } }`, { id: plan.id })).createPlanVersion.id as string;
  const [letter] = await ownerQuery(`SELECT id FROM responsibility_letters WHERE version_id = $1 AND membership_id = $2`, [version, admin.membershipId]);

  // The planning cycle: the executive leads it and the admin deputises, so the executive's submissions reach the admin.
  const created = (await as(CREATE_CYCLE, { input: { planId: plan.id } })).createPlanningCycle;
  await setGroup(t, admin, created.id, { leaderId: executive.membershipId, deputyLeaderId: admin.membershipId, memberIds: [admin.membershipId!, manager.membershipId!] });
  const [stage, laterStage] = created.stages as Json[];
  const deliverable = (await as(STAGE, { id: stage.id })).cycleStage.deliverables[0].id as string;
  const attachment = (await as(ADD_ATTACHMENT, { input: { deliverableId: deliverable, filename: 'f.txt', contentType: 'text/plain', contentBase64: 'aGVsbG8=' } })).addAttachment
    .id as string;
  const extra: string[] = [];
  for (const title of ['Submitted', 'Returnable', 'Open', 'Spare', 'Deleted']) {
    const input = { cycleId: created.id, version: await cycleVersion(created.id), name: title, startDate: '2099-12-01', dueDate: '2099-12-31' };
    extra.push((await as(ADD_STAGE, { input })).addCycleStage.id);
  }
  const [submittedStage, returnableStage, openStage, spareStage, deletedStage] = extra;
  await submit(t, executive, submittedStage);
  await submit(t, executive, returnableStage);
  await as(DELETE_STAGE, { input: { id: deletedStage, version: (await ownerQuery(`SELECT version FROM cycle_stages WHERE id = $1`, [deletedStage]))[0].version } });
  const notification = (await as(`query { notifications(first: 1) { items { id } } }`)).notifications.items[0].id as string;

  // Templates.
  const imported = async (key: string) => (await as(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate(key)) } })).importPlanTemplate.id as string;
  const [template, spareTemplate, deletedTemplate] = await Promise.all(['ours', 'spare', 'gone'].map(imported));
  await as(DELETE_TEMPLATE, { input: { id: deletedTemplate, version: 1 } });
  const builtInTemplate = (await as(TEMPLATES)).planTemplates.find((tpl: Json) => tpl.builtIn).id as string;

  const ids: Record<Kind, string> = {
    organization: admin.orgId!,
    member: staff.membershipId!,
    spareMember: spare.membershipId!,
    department,
    otherDepartment,
    spareDepartment,
    deletedDepartment,
    invitation,
    plan: plan.id,
    freshPlan: freshPlan.id,
    strategy,
    objective: objective.id,
    leaf: leaf.id,
    project: project.id,
    spareNode: spareNode.id,
    deletedNode: deletedNode.id,
    version,
    letter: letter.id,
    cycle: created.id,
    stage: stage.id,
    laterStage: laterStage.id,
    submittedStage,
    returnableStage,
    openStage,
    spareStage,
    deletedStage,
    deliverable,
    attachment,
    notification,
    budget,
    revenueLine: saved.revenueLines[0].id,
    costLine: costLine.id,
    spareCostLine: spareCostLine.id,
    position: saved.positions[0].id,
    loan: saved.financing.loans[0].id,
    budgetBatch,
    template,
    spareTemplate,
    deletedTemplate,
    builtInTemplate,
  };
  return { name, orgId: admin.orgId!, roles: { admin, executive, manager, staff, finance }, ids };
}

/** A plan year no other plan of the suite uses. */
export const freshPlanYear = () => 2085 + (planYear++ % 16);

let pool: Pool | undefined;

/**
 * SQL as the owner role over one kept connection: the access suites read
 * versions and checksums around hundreds of calls, and a connection per
 * query (ownerQuery) would take most of their time. closeOwnerSql ends it.
 */
export async function ownerSql<T = Json>(text: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new Pool({ connectionString: process.env.OPSPLAN_TEST_OWNER_URL, max: 1 });
  return (await pool.query(text, params)).rows as T[];
}

export async function closeOwnerSql(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

export interface TableSum {
  rows: number;
  md5: string;
}

let tenantTables: Promise<string[]> | undefined;

/** Every table that carries org_id (the tenant tables), read from the catalogue so a new one is covered without listing it. */
export function listTenantTables(): Promise<string[]> {
  tenantTables ??= ownerSql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND c.column_name = 'org_id' AND t.table_type = 'BASE TABLE' ORDER BY table_name`,
  ).then((rows) => rows.map((r) => r.table_name));
  return tenantTables;
}

/** Row count and md5 of the rows' text per tenant table (and the organisation's own row), for one organisation. */
export async function tenantChecksums(orgId: string): Promise<Record<string, TableSum>> {
  const tables = await listTenantTables();
  const part = (table: string, column: string) =>
    `SELECT '${table}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS md5 FROM ${table} x WHERE ${column} = $1`;
  const rows = await ownerSql<{ name: string } & TableSum>([part('organizations', 'id'), ...tables.map((table) => part(table, 'org_id'))].join(' UNION ALL '), [orgId]);
  return Object.fromEntries(rows.map(({ name, rows: n, md5 }) => [name, { rows: n, md5 }]));
}

/** The id of every row the organisation holds, to find any of them in an answer meant for someone else. */
export async function idsOf(orgId: string): Promise<Set<string>> {
  const withId = await ownerSql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' AND table_name = ANY($1)`,
    [await listTenantTables()],
  );
  const rows = await ownerSql<{ id: string }>(withId.map((c) => `SELECT id::text FROM ${c.table_name} WHERE org_id = $1`).join(' UNION '), [orgId]);
  return new Set(rows.map((r) => r.id));
}
