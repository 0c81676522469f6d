import type { PlanTemplate, Role } from '@opsplan/domain';
import { Pool } from 'pg';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, DELETE_NODE } from './plan-fixtures';
import { ADD_ATTACHMENT, ADD_STAGE, CREATE_CYCLE, cycleVersion, DELETE_STAGE, setGroup, STAGE, submit } from './cycle-fixtures';
import { CREATE_BUDGET, SAVE_LINES, setDepartment, SET_ACTUALS, START } from './budget-fixtures';
import { DELETE_TEMPLATE, IMPORT_TEMPLATE, miniTemplate, TEMPLATES } from './template-fixtures';
import { Json, Session, TestApp } from './test-app';

/**
 * The organisation the access and hostile-input suites work in, with a row
 * of every kind an operation's arguments can aim at, and what those suites
 * read of the database around their calls (as the owner role).
 */

/**
 * The rows an operation's id arguments point at, by what they are and the
 * state an operation needs them in (a deleted node for restoreNode, a
 * submitted stage for approveCycleStage, a plan without a budget for
 * createBudget). Every organisation built here has one of each.
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
  /** carries a KPI, so its target can be linked to the budget */
  'objective',
  /** an objective with a check-in and a comment */
  'leaf',
  'project',
  'spareNode',
  'deletedNode',
  /** tasks of the project: one with dates and a check-in target, one to update, one to move */
  'task',
  'otherTask',
  'movable',
  'version',
  'letter',
  'cycle',
  /** the cycle's first stage */
  'stage',
  'laterStage',
  'submittedStage',
  'returnableStage',
  /** added after the cycle's own stages, not started, with a deliverable of its own (openDeliverable) */
  'openStage',
  'openDeliverable',
  'spareStage',
  'deletedStage',
  'deliverable',
  'attachment',
  /** the admin's notification of the executive's submissions */
  'notification',
  'budget',
  'revenueLine',
  /** the budget's first cost line, with an actual */
  'costLine',
  'spareCostLine',
  'position',
  'loan',
  'budgetBatch',
  'template',
  'spareTemplate',
  'deletedTemplate',
  /** an own template with a text parameter ({companyName} in the strategy's title) */
  'paramTemplate',
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
  task: 'plan_nodes',
  otherTask: 'plan_nodes',
  movable: 'plan_nodes',
  cycle: 'planning_cycles',
  stage: 'cycle_stages',
  laterStage: 'cycle_stages',
  submittedStage: 'cycle_stages',
  returnableStage: 'cycle_stages',
  openStage: 'cycle_stages',
  spareStage: 'cycle_stages',
  deletedStage: 'cycle_stages',
  deliverable: 'stage_deliverables',
  openDeliverable: 'stage_deliverables',
  budget: 'budgets',
  revenueLine: 'budget_revenue_lines',
  costLine: 'budget_cost_lines',
  spareCostLine: 'budget_cost_lines',
  position: 'budget_positions',
  loan: 'budget_loans',
  template: 'plan_templates',
  spareTemplate: 'plan_templates',
  deletedTemplate: 'plan_templates',
  paramTemplate: 'plan_templates',
};

/** The row another organisation offers for a kind it has no row of its own for: a built-in template belongs to no organisation. */
export const FOREIGN_KIND: Partial<Record<Kind, Kind>> = { builtInTemplate: 'template' };

export const ROLES: readonly Role[] = ['admin', 'executive', 'manager', 'staff', 'finance'];

/**
 * Plan years are unique per organisation (2000–2100); the world and the
 * suites working in it hand them out from here. A plan that gets a planning
 * cycle takes a year from the top, so that none of its stages is overdue:
 * other suites send overdue reminders to every organisation, which would
 * show up here as writes nobody asked for.
 */
export class PlanYears {
  private low = 2000;
  private high = 2100;
  take(forCycle = false): number {
    if (this.low > this.high) throw new Error('the organisation has used every plan year');
    return forCycle ? this.high-- : this.low++;
  }
}

export interface OrgWorld {
  name: string;
  orgId: string;
  /** a member of each role; the executive leads the planning cycle, the manager runs `department`, the staff member (`member`) works in it */
  roles: Record<Role, Session>;
  /** everyone the world signed up: the roles and the spare member */
  sessions: Session[];
  ids: Record<Kind, string>;
  /** the pending invitation's token */
  invitationToken: string;
  years: PlanYears;
}

/** The mini template with a text parameter, so parameter values are rendered into the plan. */
export function parameterTemplate(key: string): PlanTemplate {
  const mini = miniTemplate(key, ` ${key}`);
  return {
    ...mini,
    parameters: [{ key: 'companyName', type: 'text', label: { 'zh-CN': '公司', en: 'Company' }, default: { 'zh-CN': '公司', en: 'Acme' } }],
    nodes: mini.nodes.map((n) => (n.key === 'grow' ? { ...n, title: { 'zh-CN': '增长 {companyName}', en: 'Grow {companyName}' } } : n)),
  };
}

/** A plan of the organisation in a year of its own. */
export async function createPlanIn(t: TestApp, admin: Session, years: PlanYears, forCycle = false, name = 'Plan'): Promise<string> {
  const input = { year: years.take(forCycle), name };
  return (await t.ok(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input }, admin.token)).createPlan.id;
}

/** A cost line saved and deleted again: the batch restoreBudgetLines brings back. */
export async function deletedBudgetBatch(t: TestApp, admin: Session, budgetId: string, departmentId: string, name: string): Promise<string> {
  const saved = (await t.ok(SAVE_LINES, { input: { budgetId, costLines: [{ name, departmentId, category: 'other', amountKind: 'monthly', amount: '1.00' }] } }, admin.token)).saveBudgetLines.budget;
  const line = saved.costLines.find((l: Json) => l.name === name);
  return (await t.ok(SAVE_LINES, { input: { budgetId, deletions: [{ lineKind: 'cost', id: line.id, version: line.version }] } }, admin.token)).saveBudgetLines.deletionBatchId;
}

/**
 * An organisation with a row in every tenant table, built through the API by
 * its admin: departments (one deleted), members of every role, a pending
 * invitation, a plan with a strategy, objectives, projects (one deleted) and
 * tasks, a check-in, a comment and a progress snapshot, a version with its
 * letters, a planning cycle with stages in every state, deliverables with an
 * attachment and a notification, a budget with a line of every kind, an
 * actual and restorable deletions, and templates (one deleted).
 */
export async function buildOrgWorld(t: TestApp, name: string, years = new PlanYears()): Promise<OrgWorld> {
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
  const invited = (await as(`mutation { createInvitation(input: { role: staff }) { token invitation { id } } }`)).createInvitation;

  // The cascade. Both plans may get a planning cycle.
  const [plan, freshPlan] = await Promise.all([createPlanIn(t, admin, years, true, `Plan ${name}`), createPlanIn(t, admin, years, true, `Fresh plan ${name}`)]);
  const node = (input: Record<string, unknown>) => createNode(t, admin, { planId: plan, departmentId: department, ownerId: admin.membershipId, ...input });
  const strategy = (await node({ level: 'strategy', title: 'Strategy' })).id as string;
  const [objective, leaf] = await Promise.all([
    node({ parentId: strategy, level: 'objective', title: 'Objective', kpi: { name: 'Revenue', unit: 'CNY', direction: 'higher_is_better', baseline: '0', target: '1000', actual: '10' } }),
    node({ parentId: strategy, level: 'objective', title: 'Leaf objective' }),
  ]);
  const [project, spareNode, deletedNode] = await Promise.all(['Project', 'Spare project', 'Deleted project'].map((title) => node({ parentId: objective.id, level: 'project', title })));
  const [task, otherTask, movable] = await Promise.all([
    node({ parentId: project.id, level: 'task', title: 'Sign leases', startDate: '2031-02-01', dueDate: '2031-06-30' }),
    node({ parentId: project.id, level: 'task', title: 'Hire staff' }),
    node({ parentId: project.id, level: 'task', title: 'Fit out' }),
  ]);
  await as(DELETE_NODE, { input: { id: deletedNode.id, version: deletedNode.version } });
  await as(ADD_CHECK_IN, { input: { nodeId: leaf.id, version: leaf.version, progress: 10, confidence: 3 } });
  await as(ADD_COMMENT, { input: { nodeId: leaf.id, body: `Ours: ${name}` } });
  // Reading the dashboard records the day's progress.
  await as(`query($id: ID!) { planDashboard(planId: $id) { progress } }`, { id: plan });

  // The budget.
  const budget = (await as(CREATE_BUDGET, { input: { planId: plan, name: 'Budget', startMonth: START, horizonMonths: 12 } })).createBudget.id as string;
  const cost = (title: string) => ({ name: title, departmentId: department, category: 'other', amountKind: 'monthly', amount: '10.00' });
  const saved = (
    await as(SAVE_LINES, {
      input: {
        budgetId: budget,
        revenueLines: [{ name: 'Sales', kind: 'product', unitPrice: '10.00', volume: { kind: 'flat', perMonth: '100' } }],
        costLines: [cost('Rent'), cost('Spare')],
        positions: [{ departmentId: department, roleTitle: 'Clerk', count: '1', monthlySalary: '300.00', onCostRate: '0.1' }],
        loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly' }],
      },
    })
  ).saveBudgetLines.budget;
  const [costLine, spareCostLine] = saved.costLines as Json[];
  // Two deletions: restoring can be tried once with the budget aimed elsewhere and once with the batch.
  const budgetBatch = await deletedBudgetBatch(t, admin, budget, department, 'Gone');
  await deletedBudgetBatch(t, admin, budget, department, 'Gone too');
  await as(SET_ACTUALS, { input: { budgetId: budget, entries: [{ lineKind: 'cost', lineId: costLine.id, month: START, amount: '9.00' }] } });

  // A version of the plan: the objectives' owner gets a letter.
  const version = (await as(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Approved") { id } }`, { id: plan })).createPlanVersion.id as string;
  const [letter] = await ownerSql(`SELECT id FROM responsibility_letters WHERE version_id = $1 AND membership_id = $2`, [version, admin.membershipId]);

  // The planning cycle: the executive leads it and the admin deputises, so the executive's submissions reach the admin.
  const created = (await as(CREATE_CYCLE, { input: { planId: plan } })).createPlanningCycle;
  await setGroup(t, admin, created.id, { leaderId: executive.membershipId, deputyLeaderId: admin.membershipId, memberIds: [admin.membershipId!, manager.membershipId!] });
  const [stage, laterStage] = created.stages as Json[];
  const deliverable = (await as(STAGE, { id: stage.id })).cycleStage.deliverables[0].id as string;
  const attachment = (await as(ADD_ATTACHMENT, { input: { deliverableId: deliverable, filename: 'f.txt', contentType: 'text/plain', contentBase64: 'aGVsbG8=' } })).addAttachment
    .id as string;
  // Added stages come after the cycle's own (due in the autumn before the plan year), so they may depend on any of them.
  const extra: string[] = [];
  for (const title of ['Submitted', 'Returnable', 'Open', 'Spare', 'Deleted']) {
    const input = { cycleId: created.id, version: await cycleVersion(created.id), name: title, startDate: '2099-12-01', dueDate: '2099-12-31', ...(title === 'Open' ? { deliverables: ['Minutes'] } : {}) };
    extra.push((await as(ADD_STAGE, { input })).addCycleStage.id);
  }
  const [submittedStage, returnableStage, openStage, spareStage, deletedStage] = extra;
  const openDeliverable = (await as(STAGE, { id: openStage })).cycleStage.deliverables[0].id as string;
  await submit(t, executive, submittedStage);
  await submit(t, executive, returnableStage);
  await as(DELETE_STAGE, { input: { id: deletedStage, version: await rowVersion('cycle_stages', deletedStage) } });
  const notification = (await as(`query { notifications(first: 1) { items { id } } }`)).notifications.items[0].id as string;

  // Templates.
  const imported = async (template: PlanTemplate) => (await as(IMPORT_TEMPLATE, { input: { json: JSON.stringify(template) } })).importPlanTemplate.id as string;
  const [template, spareTemplate, deletedTemplate, paramTemplate] = await Promise.all([...['ours', 'spare', 'gone'].map((key) => imported(miniTemplate(key))), imported(parameterTemplate('param'))]);
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
    invitation: invited.invitation.id,
    plan,
    freshPlan,
    strategy,
    objective: objective.id,
    leaf: leaf.id,
    project: project.id,
    spareNode: spareNode.id,
    deletedNode: deletedNode.id,
    task: task.id,
    otherTask: otherTask.id,
    movable: movable.id,
    version,
    letter: letter.id,
    cycle: created.id,
    stage: stage.id,
    laterStage: laterStage.id,
    submittedStage,
    returnableStage,
    openStage,
    openDeliverable,
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
    paramTemplate,
    builtInTemplate,
  };
  const roles = { admin, executive, manager, staff, finance };
  return { name, orgId: admin.orgId!, roles, sessions: [...Object.values(roles), spare], ids, invitationToken: invited.token, years };
}

/** Each of A's ids (and its invitation token) with B's of the same kind: "a uuid of another organisation" of the right kind. */
export function foreignIds(a: OrgWorld, b: OrgWorld): Map<string, string> {
  const map = new Map<string, string>([[a.invitationToken, b.invitationToken]]);
  for (const kind of KINDS) map.set(a.ids[kind], b.ids[FOREIGN_KIND[kind] ?? kind]);
  for (const role of ROLES) map.set(a.roles[role].membershipId!, b.roles[role].membershipId!);
  return map;
}

// ---------------------------------------------------------------------------
// What the database holds, read as the owner role.

let pool: Pool | undefined;

/**
 * SQL as the owner role over one kept connection: the suites read versions
 * and checksums around thousands of calls, and a connection per query
 * (ownerQuery) would take most of their time. closeOwnerSql ends it.
 */
export async function ownerSql<T = Json>(text: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new Pool({ connectionString: process.env.OPSPLAN_TEST_OWNER_URL, max: 1 });
  return (await pool.query(text, params)).rows as T[];
}

export async function closeOwnerSql(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

/** The current version of a row, which a write must name. */
export const rowVersion = async (table: string, id: string): Promise<number | undefined> => (await ownerSql(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0]?.version;

/** The keys whose values differ between two snapshots of the same tables. */
export const changedTables = (before: Record<string, unknown>, after: Record<string, unknown>): string[] =>
  Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]));

let tenantTables: Promise<string[]> | undefined;

/** Every table that carries org_id (the tenant tables), read from the catalogue so a new one is covered without listing it. */
export function listTenantTables(): Promise<string[]> {
  tenantTables ??= ownerSql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND c.column_name = 'org_id' AND t.table_type = 'BASE TABLE' ORDER BY table_name`,
  ).then((rows) => rows.map((r) => r.table_name));
  return tenantTables;
}

let idTables: Promise<Set<string>> | undefined;

/** Whether a public table has an id column (a record an answer can name). */
async function hasIdColumn(table: string): Promise<boolean> {
  idTables ??= ownerSql<{ table_name: string }>(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'`).then(
    (rows) => new Set(rows.map((r) => r.table_name)),
  );
  return (await idTables).has(table);
}

export interface TableSum {
  rows: number;
  md5: string;
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

/**
 * What a request wrote for the suite's organisations (every tenant table)
 * and users (accounts, sessions): each table's rows in scope summed up as
 * count and newest writer, and the transaction horizon, so rows written
 * afterwards can be found.
 */
export class Footprint {
  private tables: string[] = [];
  readonly users: string[] = [];
  readonly orgs: string[] = [];

  constructor(readonly marker: string) {}

  /** Every tenant table plus the identity tables by user: new tables are included without listing them. */
  async init(): Promise<void> {
    this.tables = [...(await listTenantTables()), 'organizations', 'users', 'session_families', 'refresh_tokens'];
  }

  /** Takes the world's organisation and everyone it signed up into the scope. */
  watch(world: OrgWorld): void {
    this.orgs.push(world.orgId);
    this.users.push(...world.sessions.map((s) => s.userId));
  }

  private scope(): string {
    return `WITH u AS (SELECT id FROM users WHERE id = ANY($1::uuid[]) OR position($2 IN email) > 0 OR position($2 IN display_name) > 0),
      o AS (SELECT unnest($3::uuid[]) AS id UNION SELECT org_id FROM memberships WHERE user_id IN (SELECT id FROM u)),
      f AS (SELECT id FROM session_families WHERE user_id IN (SELECT id FROM u))`;
  }

  private where(table: string): string {
    if (table === 'organizations') return 'x.id IN (SELECT id FROM o)';
    if (table === 'users') return 'x.id IN (SELECT id FROM u)';
    if (table === 'session_families') return 'x.id IN (SELECT id FROM f)';
    if (table === 'refresh_tokens') return 'x.family_id IN (SELECT id FROM f)';
    return 'x.org_id IN (SELECT id FROM o)';
  }

  /**
   * Per table, the number of rows in scope and the newest transaction that
   * wrote one: any insert, update or delete changes one or the other.
   */
  async take(): Promise<{ horizon: string; digests: Record<string, string> }> {
    const parts = this.tables.map((table) => `'${table}', (SELECT count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) FROM ${table} x WHERE ${this.where(table)})`);
    const [row] = await ownerSql(
      `${this.scope()} SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS horizon, json_build_object(${parts.join(', ')}) AS digests`,
      [this.users, this.marker, this.orgs],
    );
    return { horizon: row.horizon, digests: row.digests };
  }

  /**
   * Whether a row written after `horizon` in one of `tables` holds the value
   * exactly, anywhere in the row (nested JSON included): one of `texts` as a
   * string (or inside one, with `within`), or `number` as a number or a
   * decimal string, within `tolerance`.
   */
  async holds(
    horizon: string,
    tables: string[],
    value: { texts?: string[]; number?: string; tolerance?: string; within?: boolean },
    /** Instead: the row with this id, in whichever table holds it, whenever it was written. */
    at?: { id: string },
  ): Promise<boolean> {
    for (const table of at ? this.tables : tables) {
      if (at && !(await hasIdColumn(table))) continue;
      const [row] = await ownerSql(
        `${this.scope()}
         SELECT count(*)::int AS n FROM ${table} x
          WHERE ${this.where(table)} AND ${at ? `x.id::text = $9 AND $4::text IS NOT NULL` : `x.xmin::text::bigint >= ($4::bigint % 4294967296)`}
            AND EXISTS (
              SELECT 1 FROM jsonb_path_query(to_jsonb(x), 'strict $.**') AS j(v)
               WHERE (jsonb_typeof(j.v) = 'string' AND ((j.v #>> '{}') = ANY($5::text[])
                        OR ($8 AND EXISTS (SELECT 1 FROM unnest($5::text[]) t WHERE strpos(j.v #>> '{}', t) > 0))
                        OR ($6::numeric IS NOT NULL AND (j.v #>> '{}') ~ '^-?[0-9]+([.][0-9]+)?$' AND abs((j.v #>> '{}')::numeric - $6::numeric) <= $7::numeric)))
                  OR (jsonb_typeof(j.v) = 'number' AND $6::numeric IS NOT NULL AND abs((j.v::text)::numeric - $6::numeric) <= $7::numeric))`,
        [this.users, this.marker, this.orgs, horizon, value.texts ?? [], value.number ?? null, value.tolerance ?? '0', value.within ?? false, ...(at ? [at.id] : [])],
      );
      if (row.n > 0) return true;
    }
    return false;
  }
}
