import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { getNamedType, GraphQLField, isObjectType } from 'graphql';
import type { PlanTemplate } from '@opsplan/domain';
import { GqlResult, Json, PASSWORD, Session, TestApp } from './test-app';
import { createNode } from './plan-fixtures';
import { ADD_STAGE, cycleWorld, STAGE } from './cycle-fixtures';
import { budgetWithEveryRow, CREATE_BUDGET, SAVE_LINES, START } from './budget-fixtures';
import { DELETE_TEMPLATE, IMPORT_TEMPLATE, miniTemplate } from './template-fixtures';
import { isRaw } from './hostile-values';

/**
 * One organisation with a row of every kind a mutation can aim at, built the
 * same way twice (the caller's and a foreign one), and the valid input of
 * every mutation for the caller's own organisation: the hostile-input suite
 * swaps one field of it at a time.
 */
export interface HostileWorld {
  admin: Session;
  executive: Session;
  staff: Session;
  department: string;
  otherDepartment: string;
  plan: string;
  strategy: string;
  objective: string;
  project: string;
  task: string;
  otherTask: string;
  movable: string;
  kpiNode: string;
  deletedNode: string;
  version: string;
  letter: string;
  cycle: string;
  /** the cycle's first stage, submitted by the admin */
  stage: string;
  /** a stage added at the end of the cycle, not started, with a deliverable */
  openStage: string;
  openDeliverable: string;
  deliverable: string;
  attachment: string;
  deletedStage: string;
  /** the executive's notification of the submission */
  notification: string;
  budget: string;
  budgetDepartment: string;
  revenueLine: string;
  costLine: string;
  position: string;
  loan: string;
  budgetBatch: string;
  template: string;
  deletedTemplate: string;
  /** an own template with a text parameter ({companyName} in the strategy's title) */
  paramTemplate: string;
  invitation: string;
  invitationToken: string;
}

/**
 * Plan years are unique per organisation (2000–2100); suites hand them out
 * from here. A plan that gets a planning cycle takes a year from the top, so
 * that none of its stages is overdue: other suites send overdue reminders to
 * every organisation, which would show up here as writes nobody asked for.
 */
export class PlanYears {
  private low = 2000;
  private high = 2100;
  take(forCycle = false): number {
    if (this.low > this.high) throw new Error('the organisation has used every plan year');
    return forCycle ? this.high-- : this.low++;
  }
}

let connection: Promise<Client> | undefined;

/** SQL as the owner role over one kept connection: the suite asks thousands of times. */
export async function ownerSql<T = Json>(text: string, params: unknown[] = []): Promise<T[]> {
  connection ??= (async () => {
    const client = new Client({ connectionString: process.env.OPSPLAN_TEST_OWNER_URL });
    await client.connect();
    return client;
  })();
  return (await (await connection).query(text, params)).rows as T[];
}

export async function closeOwnerSql(): Promise<void> {
  const client = await connection;
  connection = undefined;
  await client?.end();
}

const ver = async (table: string, id: string): Promise<number> => (await ownerSql(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;
const stageVersion = (id: string) => ver('cycle_stages', id);
const cycleVersion = (id: string) => ver('planning_cycles', id);

export async function createPlanIn(t: TestApp, admin: Session, years: PlanYears, forCycle = false): Promise<string> {
  const input = { year: years.take(forCycle), name: 'Hostile plan' };
  return (await t.ok(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input }, admin.token)).createPlan.id;
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

export async function buildWorld(t: TestApp, years: PlanYears, name: string): Promise<HostileWorld> {
  const admin = await t.newOrganization(name);
  const executive = await t.addMember(admin, 'executive');
  const department = (await t.createDepartment(admin, 'Sales')).id;
  const otherDepartment = (await t.createDepartment(admin, 'Support')).id;
  const staff = await t.addMember(admin, 'staff', department);

  const plan = await createPlanIn(t, admin, years, true);
  const node = async (input: Record<string, unknown>) => (await createNode(t, admin, { planId: plan, ownerId: admin.membershipId, ...input })).id as string;
  const strategy = await node({ level: 'strategy', title: 'Grow' });
  const objective = await node({ level: 'objective', parentId: strategy, title: 'Win customers' });
  const project = await node({ level: 'project', parentId: objective, title: 'Open stores' });
  const task = await node({ level: 'task', parentId: project, title: 'Sign leases', startDate: '2031-02-01', dueDate: '2031-06-30' });
  const otherTask = await node({ level: 'task', parentId: project, title: 'Hire staff' });
  const movable = await node({ level: 'task', parentId: project, title: 'Fit out' });
  const kpiNode = await node({
    level: 'objective',
    parentId: strategy,
    title: 'Revenue',
    kpi: { name: 'Revenue', unit: 'CNY', direction: 'higher_is_better', baseline: '0', target: '1000', actual: '10' },
  });
  const deletedNode = await node({ level: 'project', parentId: objective, title: 'Dropped' });
  await t.ok(`mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id } }`, { input: { id: deletedNode, version: 1 } }, admin.token);

  const version = (await t.ok(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Approved") { id } }`, { id: plan }, admin.token)).createPlanVersion.id;
  const [letter] = await ownerSql(`SELECT id FROM responsibility_letters WHERE version_id = $1 AND membership_id = $2`, [version, admin.membershipId]);

  const cycle = await cycleWorld(t, admin, plan, executive);
  const lastDue = (await ownerSql(`SELECT max(due_date)::text AS due FROM cycle_stages WHERE cycle_id = $1`, [cycle.cycle]))[0].due as string;
  const open = (
    await t.ok(
      ADD_STAGE,
      { input: { cycleId: cycle.cycle, version: await cycleVersion(cycle.cycle), name: 'Review', startDate: lastDue, dueDate: lastDue, deliverables: ['Minutes'] } },
      admin.token,
    )
  ).addCycleStage;
  const openDeliverable = (await t.ok(STAGE, { id: open.id }, admin.token)).cycleStage.deliverables[0].id as string;

  const { budget } = await budgetWithEveryRow(t, admin, plan);
  const line = async (table: string) => (await ownerSql(`SELECT id FROM ${table} WHERE budget_id = $1 AND deleted_at IS NULL ORDER BY created_at LIMIT 1`, [budget]))[0].id as string;
  const costLine = await line('budget_cost_lines');
  const [{ department_id: budgetDepartment }] = await ownerSql(`SELECT department_id FROM budget_cost_lines WHERE id = $1`, [costLine]);
  const budgetBatch = await deletedBatch(t, admin, budget, budgetDepartment);

  const imported = async (template: PlanTemplate) => (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(template) } }, admin.token)).importPlanTemplate.id as string;
  const template = await imported(miniTemplate('hostile-kept'));
  const deletedTemplate = await imported(miniTemplate('hostile-gone'));
  await t.ok(DELETE_TEMPLATE, { input: { id: deletedTemplate, version: 1 } }, admin.token);
  const paramTemplate = await imported(parameterTemplate('hostile-param'));
  const invited = (await t.ok(`mutation { createInvitation(input: { role: staff }) { token invitation { id } } }`, {}, admin.token)).createInvitation;

  return {
    admin,
    executive,
    staff,
    department,
    otherDepartment,
    plan,
    strategy,
    objective,
    project,
    task,
    otherTask,
    movable,
    kpiNode,
    deletedNode,
    version,
    letter: letter.id,
    cycle: cycle.cycle,
    stage: cycle.stage,
    openStage: open.id,
    openDeliverable,
    deliverable: cycle.deliverable,
    attachment: cycle.attachment,
    deletedStage: cycle.deletedStage,
    notification: cycle.notification,
    budget,
    budgetDepartment,
    revenueLine: await line('budget_revenue_lines'),
    costLine,
    position: await line('budget_positions'),
    loan: await line('budget_loans'),
    budgetBatch,
    template,
    deletedTemplate,
    paramTemplate,
    invitation: invited.invitation.id,
    invitationToken: invited.token,
  };
}

/** A cost line saved and deleted again: the batch restoreBudgetLines brings back. */
async function deletedBatch(t: TestApp, admin: Session, budget: string, department: string): Promise<string> {
  const saved = (
    await t.ok(SAVE_LINES, { input: { budgetId: budget, costLines: [{ name: `Doomed ${randomUUID().slice(0, 6)}`, departmentId: department, category: 'other', amountKind: 'monthly', amount: '1.00' }] } }, admin.token)
  ).saveBudgetLines.budget;
  const doomed = saved.costLines.at(-1);
  return (await t.ok(SAVE_LINES, { input: { budgetId: budget, deletions: [{ lineKind: 'cost', id: doomed.id, version: doomed.version }] } }, admin.token)).saveBudgetLines.deletionBatchId;
}

/** Each of A's ids with B's id of the same role: "a uuid of another organisation" of the right kind. */
export function foreignIds(a: HostileWorld, b: HostileWorld): Map<string, string> {
  const map = new Map<string, string>();
  for (const key of Object.keys(a) as (keyof HostileWorld)[]) {
    const [x, y] = [a[key], b[key]];
    if (typeof x === 'string' && typeof y === 'string') map.set(x, y);
    else if (typeof x === 'object' && typeof y === 'object') {
      if (x.membershipId && y.membershipId) map.set(x.membershipId, y.membershipId);
      if (x.orgId && y.orgId) map.set(x.orgId, y.orgId);
    }
  }
  return map;
}

// ---------------------------------------------------------------------------
// Requests.

/** The operation with every argument as a variable, selecting only __typename. */
export function documentFor(kind: 'mutation' | 'query', op: GraphQLField<unknown, unknown>): string {
  const defs = op.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = op.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(op.type)) ? ' { __typename }' : '';
  return `${kind}${defs ? `(${defs})` : ''} { ${op.name}${args ? `(${args})` : ''}${selection} }`;
}

/** Sends the request, writing Infinity and -0 as the literals a hostile client would put in the JSON. */
export function send(t: TestApp, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<GqlResult<Json>> {
  const raws: string[] = [];
  let body = JSON.stringify({ query, variables }, (_key, v) => (isRaw(v) ? `\u0001raw${raws.push(v.raw) - 1}\u0001` : v));
  raws.forEach((raw, i) => (body = body.replace(`"\\u0001raw${i}\\u0001"`, raw)));
  return t.gql(query, {}, { token, rawBody: body });
}

// ---------------------------------------------------------------------------
// What a request wrote.

/**
 * What a request wrote for the suite's organisations (every table with an
 * org_id) and users (accounts, sessions): each table's rows in scope summed
 * up as count and newest writer, and the transaction horizon, so rows
 * written afterwards can be found.
 */
export class Footprint {
  private tenantTables: string[] = [];
  readonly users: string[] = [];
  readonly orgs: string[] = [];

  constructor(readonly marker: string) {}

  /** Every table with an org_id column, plus the identity tables by user: new tables are included without listing them. */
  async init(): Promise<string[]> {
    const rows = await ownerSql(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'org_id' AND table_name NOT LIKE 'pg\\_%' ORDER BY table_name`,
    );
    this.tenantTables = rows.map((r) => r.table_name as string);
    return [...this.tenantTables, 'organizations', 'users', 'session_families', 'refresh_tokens'];
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

  private get tables(): string[] {
    return [...this.tenantTables, 'organizations', 'users', 'session_families', 'refresh_tokens'];
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
  async holds(horizon: string, tables: string[], value: { texts?: string[]; number?: string; tolerance?: string; within?: boolean }): Promise<boolean> {
    for (const table of tables) {
      const [row] = await ownerSql(
        `${this.scope()}
         SELECT count(*)::int AS n FROM ${table} x
          WHERE ${this.where(table)} AND x.xmin::text::bigint >= ($4::bigint % 4294967296)
            AND EXISTS (
              SELECT 1 FROM jsonb_path_query(to_jsonb(x), 'strict $.**') AS j(v)
               WHERE (jsonb_typeof(j.v) = 'string' AND ((j.v #>> '{}') = ANY($5::text[])
                        OR ($8 AND EXISTS (SELECT 1 FROM unnest($5::text[]) t WHERE strpos(j.v #>> '{}', t) > 0))
                        OR ($6::numeric IS NOT NULL AND (j.v #>> '{}') ~ '^-?[0-9]+([.][0-9]+)?$' AND abs((j.v #>> '{}')::numeric - $6::numeric) <= $7::numeric)))
                  OR (jsonb_typeof(j.v) = 'number' AND $6::numeric IS NOT NULL AND abs((j.v::text)::numeric - $6::numeric) <= $7::numeric))`,
        [this.users, this.marker, this.orgs, horizon, value.texts ?? [], value.number ?? null, value.tolerance ?? '0', value.within ?? false],
      );
      if (row.n > 0) return true;
    }
    return false;
  }
}

// ---------------------------------------------------------------------------
// Valid input per mutation.

export interface BaselineContext {
  t: TestApp;
  w: HostileWorld;
  years: PlanYears;
  footprint: Footprint;
  /** Made once and kept until a call is accepted (which may have used it up). */
  fresh<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** Made once for the whole run. */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** A short text unique to this call. */
  unique(): string;
}

/** A context per operation; `reset` forgets what `fresh` made (after an accepted call). */
export function baselineContext(t: TestApp, w: HostileWorld, years: PlanYears, footprint: Footprint): BaselineContext & { reset(): void } {
  const memo = new Map<string, Promise<unknown>>();
  const kept = new Map<string, Promise<unknown>>();
  const remembered = <T>(store: Map<string, Promise<unknown>>, key: string, make: () => Promise<T>) => {
    if (!store.has(key)) store.set(key, make());
    return store.get(key) as Promise<T>;
  };
  return {
    t,
    w,
    years,
    footprint,
    fresh: (key, make) => remembered(memo, key, make),
    once: (key, make) => remembered(kept, key, make),
    unique: () => `${++uniqueCounter}`,
    reset: () => memo.clear(),
  };
}
let uniqueCounter = 0;

export interface Baseline {
  caller: (c: BaselineContext) => Session | undefined | Promise<Session | undefined>;
  /** The operation's arguments: valid for the caller's own organisation at the moment of the call. */
  args: (c: BaselineContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

const admin = (c: BaselineContext) => c.w.admin;
const executive = (c: BaselineContext) => c.w.executive;
const anonymous = () => undefined;

/** A user of the suite who belongs to no organisation yet (their id is in the footprint). */
async function newUser(c: BaselineContext): Promise<Session> {
  const email = `${c.footprint.marker}.${c.unique()}@example.com`;
  const res = await c.t.gql<Json>(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { user { id } } } }`, { input: { email, password: PASSWORD, displayName: `Visitor ${c.footprint.marker}` } });
  const session = { token: res.data.signUp.accessToken, cookie: res.cookie, userId: res.data.signUp.viewer.user.id, email };
  c.footprint.users.push(session.userId);
  return session;
}

const freshPlan = (c: BaselineContext, forCycle = false) => c.fresh('plan', () => createPlanIn(c.t, c.w.admin, c.years, forCycle));
const freshDepartment = (c: BaselineContext) => c.fresh('department', async () => (await c.t.createDepartment(c.w.admin, `Temp ${c.unique()}`)).id);

/** The first stage of a fresh plan's cycle. */
async function firstStageOfNewCycle(c: BaselineContext): Promise<string> {
  const planId = await createPlanIn(c.t, c.w.admin, c.years, true);
  return (await c.t.ok(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { stages { id } } }`, { input: { planId } }, c.w.admin.token)).createPlanningCycle.stages[0].id;
}

/** A stage the admin has submitted: submitted again after a return, a new cycle's after an approval. */
async function submittedStage(c: BaselineContext): Promise<string> {
  const stage = await c.once('submitted', async () => ({ id: await firstStageOfNewCycle(c) }));
  const [{ status }] = await ownerSql(`SELECT status FROM cycle_stages WHERE id = $1`, [stage.id]);
  if (status === 'approved') stage.id = await firstStageOfNewCycle(c);
  if (status !== 'submitted') {
    await c.t.ok(`mutation($input: StageVersionInput!) { submitCycleStage(input: $input) { id } }`, { input: { id: stage.id, version: await stageVersion(stage.id) } }, c.w.admin.token);
  }
  return stage.id;
}

/** A stage added to the world's cycle and deleted: restorable. */
async function freshDeletedStage(c: BaselineContext): Promise<string> {
  return c.fresh('deletedStage', async () => {
    const id = await addedStage(c);
    await c.t.ok(`mutation($input: StageVersionInput!) { deleteCycleStage(input: $input) { id } }`, { input: { id, version: await stageVersion(id) } }, c.w.admin.token);
    return id;
  });
}

async function addedStage(c: BaselineContext): Promise<string> {
  const due = (await ownerSql(`SELECT due_date::text AS due FROM cycle_stages WHERE id = $1`, [c.w.openStage]))[0].due;
  const input = { cycleId: c.w.cycle, version: await cycleVersion(c.w.cycle), name: `Extra ${c.unique()}`, startDate: due, dueDate: due };
  return (await c.t.ok(ADD_STAGE, { input }, c.w.admin.token)).addCycleStage.id;
}

async function freshBudget(c: BaselineContext, locked: boolean): Promise<string> {
  return c.fresh(locked ? 'lockedBudget' : 'budget', async () => {
    const planId = await createPlanIn(c.t, c.w.admin, c.years);
    const budget = (await c.t.ok(CREATE_BUDGET, { input: { planId, name: 'Spare', startMonth: START, horizonMonths: 12 } }, c.w.admin.token)).createBudget;
    if (locked) await c.t.ok(`mutation($id: ID!, $version: Int!) { lockBudget(id: $id, version: $version) { id } }`, { id: budget.id, version: budget.version }, c.w.admin.token);
    return budget.id as string;
  });
}

async function freshTemplate(c: BaselineContext, deleted: boolean): Promise<string> {
  return c.fresh(deleted ? 'deletedTemplate' : 'template', async () => {
    const json = JSON.stringify(miniTemplate(`spare-${c.unique()}`));
    const id = (await c.t.ok(IMPORT_TEMPLATE, { input: { json } }, c.w.admin.token)).importPlanTemplate.id as string;
    if (deleted) await c.t.ok(DELETE_TEMPLATE, { input: { id, version: 1 } }, c.w.admin.token);
    return id;
  });
}

async function freshNode(c: BaselineContext, deleted: boolean): Promise<string> {
  return c.fresh(deleted ? 'deletedNode' : 'node', async () => {
    const id = (await createNode(c.t, c.w.admin, { planId: c.w.plan, parentId: c.w.project, level: 'task', title: `Spare ${c.unique()}` })).id as string;
    if (deleted) await c.t.ok(`mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id } }`, { input: { id, version: 1 } }, c.w.admin.token);
    return id;
  });
}

/** Lines of every driver shape, saved once; the saveBudgetLines baseline replaces them with themselves. */
async function budgetLines(c: BaselineContext) {
  const months = { firstMonth: '2031-02', lastMonth: '2031-11' };
  const department = c.w.budgetDepartment;
  const lines = {
    revenueLines: [
      {
        name: 'Sales',
        kind: 'product',
        unitPrice: '10.00',
        volume: { kind: 'growth', start: '100', monthlyGrowth: '0.01', seasonality: Array(12).fill('1') },
        variableCost: { kind: 'unitCost', unitCost: '4.00' },
        stretchVolume: '1.1',
        stretchPrice: '1.05',
        stretchVariableCost: '1',
        sortOrder: 0,
      },
      { name: 'Service', kind: 'channel', unitPrice: '20.00', volume: { kind: 'monthly', values: Array(12).fill('7') }, variableCost: { kind: 'shareOfRevenue', rate: '0.3' } },
      { name: 'Licences', kind: 'product', unitPrice: '30.00', volume: { kind: 'flat', perMonth: '5' } },
    ],
    costLines: [
      { name: 'Rent', departmentId: department, category: 'rent', amountKind: 'monthly', amount: '100.00', ...months, planNodeId: c.w.project, stretchAmount: '120.00', sortOrder: 1 },
      { name: 'Commission', departmentId: department, category: 'other', amountKind: 'shareOfRevenue', rate: '0.05' },
    ],
    positions: [{ departmentId: department, roleTitle: 'Clerk', count: '2', monthlySalary: '300.00', onCostRate: '0.1', ...months, stretchCount: '3', sortOrder: 2 }],
    loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly', sortOrder: 3 }],
  };
  const saved = (await c.t.ok(SAVE_LINES, { input: { budgetId: c.w.budget, ...lines } }, c.w.admin.token)).saveBudgetLines.budget;
  const ids = (list: Json[], names: string[], key = 'name') => names.map((n) => list.find((l: Json) => l[key] === n).id as string);
  const withIds = <T>(list: T[], found: string[]) => list.map((line, i) => ({ id: found[i], ...line }));
  return {
    revenueLines: withIds(lines.revenueLines, ids(saved.revenueLines, ['Sales', 'Service', 'Licences'])),
    costLines: withIds(lines.costLines, ids(saved.costLines, ['Rent', 'Commission'])),
    positions: withIds(lines.positions, ids(saved.positions, ['Clerk'], 'roleTitle')),
    loans: withIds(lines.loans, ids(saved.financing.loans, ['Bank'])),
  };
}

const kpi = { name: 'Stores open', unit: 'stores', direction: 'higher_is_better', baseline: '2', target: '12', actual: '5' };
const checklist = [{ text: 'Draft lease', done: false }];

export const BASELINES: Record<string, Baseline> = {
  // identity and organisations
  signUp: {
    caller: anonymous,
    args: (c) => ({ input: { email: `${c.footprint.marker}.${c.unique()}@example.com`, password: PASSWORD, displayName: `Hostile ${c.footprint.marker}`, locale: 'en' } }),
  },
  signIn: { caller: anonymous, args: (c) => ({ input: { email: c.w.staff.email, password: PASSWORD } }) },
  updateProfile: { caller: admin, args: () => ({ input: { displayName: 'Admin A', locale: 'en' } }) },
  switchOrganization: { caller: admin, args: (c) => ({ organizationId: c.w.admin.orgId }) },
  acceptInvitation: {
    caller: (c) => c.fresh('invitee', () => newUser(c)),
    args: async (c) => ({
      token: await c.fresh('invitation', async () => (await c.t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, c.w.admin.token)).createInvitation.token),
    }),
  },
  createOrganization: {
    caller: (c) => c.fresh('founder', () => newUser(c)),
    args: () => ({ input: { name: 'Founded Co', currency: 'CNY', fiscalYearStartMonth: 4 } }),
  },
  updateOrganization: { caller: admin, args: async (c) => ({ input: { name: 'Hostile A', currency: 'CNY', fiscalYearStartMonth: 1, version: await ver('organizations', c.w.admin.orgId!) } }) },
  createDepartment: { caller: admin, args: (c) => ({ input: { name: 'Branch', parentId: c.w.department, managerId: c.w.executive.membershipId, isHr: false } }) },
  updateDepartment: {
    caller: admin,
    args: async (c) => ({ input: { id: c.w.otherDepartment, version: await ver('departments', c.w.otherDepartment), name: 'Support', parentId: c.w.department, managerId: c.w.executive.membershipId, isHr: false } }),
  },
  deleteDepartment: { caller: admin, args: async (c) => ({ id: await freshDepartment(c) }) },
  restoreDepartment: {
    caller: admin,
    args: async (c) => ({
      id: await c.fresh('deletedDepartment', async () => {
        const id = (await c.t.createDepartment(c.w.admin, `Closed ${c.unique()}`)).id;
        await c.t.ok(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id }, c.w.admin.token);
        return id;
      }),
    }),
  },
  createInvitation: { caller: admin, args: (c) => ({ input: { role: 'staff', departmentId: c.w.department, email: `${c.footprint.marker}.invited@example.com` } }) },
  revokeInvitation: {
    caller: admin,
    args: async (c) => ({ id: await c.fresh('pending', async () => (await c.t.ok(`mutation { createInvitation(input: { role: staff }) { invitation { id } } }`, {}, c.w.admin.token)).createInvitation.invitation.id) }),
  },
  updateMember: {
    caller: admin,
    args: async (c) => ({ input: { id: c.w.staff.membershipId, version: await ver('memberships', c.w.staff.membershipId!), role: 'staff', departmentId: c.w.department, active: true } }),
  },

  // the plan cascade
  createPlan: { caller: admin, args: async (c) => ({ input: { year: await c.fresh('year', async () => c.years.take()), name: 'Next plan' } }) },
  updatePlanStatus: { caller: admin, args: async (c) => ({ input: { id: await freshPlan(c), status: 'approved', version: await ver('plans', await freshPlan(c)) } }) },
  createNode: {
    caller: admin,
    args: (c) => ({
      input: {
        planId: c.w.plan,
        parentId: c.w.project,
        level: 'task',
        title: 'Negotiate rent',
        description: 'Two quotes at least',
        ownerId: c.w.admin.membershipId,
        departmentId: c.w.department,
        startDate: '2031-03-01',
        dueDate: '2031-04-30',
        status: 'on_track',
        weight: 2,
        kpi,
        checklist,
        recurrence: 'monthly',
        dependsOn: [c.w.task],
      },
    }),
  },
  updateNode: {
    caller: admin,
    args: async (c) => ({
      input: {
        id: c.w.otherTask,
        version: await ver('plan_nodes', c.w.otherTask),
        title: 'Hire staff',
        description: 'Ten people',
        ownerId: c.w.admin.membershipId,
        departmentId: c.w.department,
        startDate: '2031-03-01',
        dueDate: '2031-04-30',
        status: 'on_track',
        weight: 3,
        kpi,
        checklist,
        recurrence: 'weekly',
        dependsOn: [c.w.task],
      },
    }),
  },
  setNodeChecklist: { caller: admin, args: async (c) => ({ input: { id: c.w.task, version: await ver('plan_nodes', c.w.task), checklist: [{ text: 'Call landlord', done: true }] } }) },
  updateProgress: { caller: admin, args: async (c) => ({ input: { id: c.w.task, version: await ver('plan_nodes', c.w.task), progress: 40, status: 'on_track' } }) },
  addCheckIn: { caller: admin, args: async (c) => ({ input: { nodeId: c.w.task, version: await ver('plan_nodes', c.w.task), progress: 45, confidence: 3, note: 'On track' } }) },
  addComment: { caller: admin, args: (c) => ({ input: { nodeId: c.w.task, body: 'Looks good' } }) },
  moveNode: { caller: admin, args: async (c) => ({ input: { id: c.w.movable, parentId: c.w.project, version: await ver('plan_nodes', c.w.movable), sortOrder: 0 } }) },
  deleteNode: { caller: admin, args: async (c) => ({ input: { id: await freshNode(c, false), version: await ver('plan_nodes', await freshNode(c, false)) } }) },
  restoreNode: { caller: admin, args: async (c) => ({ id: await freshNode(c, true) }) },
  linkKpiTargetToBudget: {
    caller: admin,
    args: async (c) => ({ input: { nodeId: c.w.kpiNode, version: await ver('plan_nodes', c.w.kpiNode), source: { scenario: 'responsibility', measure: 'revenue', period: 'Y1' } } }),
  },
  createPlanVersion: { caller: admin, args: (c) => ({ planId: c.w.plan, label: 'Mid-year' }) },
  acknowledgeResponsibilityLetter: { caller: admin, args: (c) => ({ id: c.w.letter }) },

  // the planning cycle
  createPlanningCycle: { caller: admin, args: async (c) => ({ input: { planId: await freshPlan(c, true), name: 'Autumn cycle' } }) },
  updatePlanningCycle: {
    caller: admin,
    args: async (c) => ({
      input: {
        id: c.w.cycle,
        version: await cycleVersion(c.w.cycle),
        name: 'Planning cycle',
        leaderId: c.w.executive.membershipId,
        deputyLeaderId: c.w.admin.membershipId,
        memberIds: [c.w.staff.membershipId],
        retrospective: 'Start the forecast earlier.',
      },
    }),
  },
  addCycleStage: {
    caller: admin,
    args: async (c) => {
      const due = (await ownerSql(`SELECT due_date::text AS due FROM cycle_stages WHERE id = $1`, [c.w.openStage]))[0].due;
      return {
        input: {
          cycleId: c.w.cycle,
          version: await cycleVersion(c.w.cycle),
          name: 'Board review',
          startDate: due,
          dueDate: due,
          deliverables: ['Board pack'],
          dependsOn: [c.w.openStage],
          ownerDepartmentId: c.w.department,
          responsibleId: c.w.admin.membershipId,
        },
      };
    },
  },
  updateCycleStage: {
    caller: admin,
    args: async (c) => {
      const [s] = await ownerSql(`SELECT start_date::text AS start, due_date::text AS due, version FROM cycle_stages WHERE id = $1`, [c.w.openStage]);
      return { input: { id: c.w.openStage, version: s.version, name: 'Review', startDate: s.start, dueDate: s.due, dependsOn: [c.w.stage], ownerDepartmentId: c.w.department, responsibleId: c.w.admin.membershipId } };
    },
  },
  deleteCycleStage: {
    caller: admin,
    args: async (c) => {
      const id = await c.fresh('stage', () => addedStage(c));
      return { input: { id, version: await stageVersion(id) } };
    },
  },
  restoreCycleStage: { caller: admin, args: async (c) => ({ id: await freshDeletedStage(c) }) },
  reorderCycleStages: {
    caller: admin,
    args: async (c) => {
      const ids = (await ownerSql(`SELECT id FROM cycle_stages WHERE cycle_id = $1 AND deleted_at IS NULL ORDER BY position`, [c.w.cycle])).map((r) => r.id as string);
      return { input: { cycleId: c.w.cycle, version: await cycleVersion(c.w.cycle), stageIds: ids } };
    },
  },
  submitCycleStage: {
    caller: admin,
    args: async (c) => {
      const id = await c.fresh('toSubmit', () => firstStageOfNewCycle(c));
      return { input: { id, version: await stageVersion(id) } };
    },
  },
  approveCycleStage: {
    caller: executive,
    args: async (c) => {
      const id = await submittedStage(c);
      return { input: { id, version: await stageVersion(id) } };
    },
  },
  returnCycleStage: {
    caller: executive,
    args: async (c) => {
      const id = await submittedStage(c);
      return { input: { id, version: await stageVersion(id), reason: 'Add the regional split.' } };
    },
  },
  updateDeliverable: { caller: admin, args: async (c) => ({ input: { id: c.w.openDeliverable, version: await ver('stage_deliverables', c.w.openDeliverable), body: '<p>Minutes of the review</p>' } }) },
  addAttachment: { caller: admin, args: (c) => ({ input: { deliverableId: c.w.openDeliverable, filename: 'minutes.txt', contentType: 'text/plain', contentBase64: 'aGVsbG8=' } }) },
  removeAttachment: {
    caller: admin,
    args: async (c) => ({
      id: await c.fresh('attachment', async () => {
        const input = { deliverableId: c.w.openDeliverable, filename: `spare-${c.unique()}.txt`, contentType: 'text/plain', contentBase64: 'aGVsbG8=' };
        return (await c.t.ok(`mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { id } }`, { input }, c.w.admin.token)).addAttachment.id;
      }),
    }),
  },
  markNotificationsRead: { caller: executive, args: (c) => ({ ids: [c.w.notification] }) },

  // the budget
  createBudget: { caller: admin, args: async (c) => ({ input: { planId: await freshPlan(c), name: 'Store budget', startMonth: START, horizonMonths: 12 } }) },
  updateBudget: {
    caller: admin,
    args: async (c) => ({
      input: {
        id: c.w.budget,
        version: await ver('budgets', c.w.budget),
        name: 'Budget',
        startMonth: START,
        horizonMonths: 12,
        financing: { initialInvestment: '5000.00', depreciationMonths: 24, ownFunds: '5000.00', incomeTaxRate: '0.25' },
        stretch: { volume: '1.1', price: '1.05', variableCost: '1', fixedCost: '1', headcount: '1' },
      },
    }),
  },
  saveBudgetLines: {
    caller: admin,
    args: async (c) => {
      // Every line replaces one of its own (id and version), so the budget keeps its size however many saves are accepted.
      const lines = await c.once('lines', () => budgetLines(c));
      const doomed = await c.fresh('doomedLine', async () => {
        const input = { budgetId: c.w.budget, costLines: [{ name: `Doomed ${c.unique()}`, departmentId: c.w.budgetDepartment, category: 'other', amountKind: 'monthly', amount: '1.00' }] };
        return (await c.t.ok(SAVE_LINES, { input }, c.w.admin.token)).saveBudgetLines.budget.costLines.at(-1).id as string;
      });
      const versions = new Map(
        (await ownerSql(`SELECT id, version FROM budget_revenue_lines WHERE budget_id = $1 UNION ALL SELECT id, version FROM budget_cost_lines WHERE budget_id = $1
           UNION ALL SELECT id, version FROM budget_positions WHERE budget_id = $1 UNION ALL SELECT id, version FROM budget_loans WHERE budget_id = $1`, [c.w.budget])).map((r) => [r.id as string, r.version as number]),
      );
      const replacing = (list: { id: string }[]) => list.map((line) => ({ ...line, version: versions.get(line.id) }));
      return {
        input: {
          budgetId: c.w.budget,
          revenueLines: replacing(lines.revenueLines),
          costLines: replacing(lines.costLines),
          positions: replacing(lines.positions),
          loans: replacing(lines.loans),
          deletions: [{ lineKind: 'cost', id: doomed, version: versions.get(doomed) }],
        },
      };
    },
  },
  setBudgetActuals: {
    caller: admin,
    args: async (c) => {
      const [actual] = await ownerSql(`SELECT line_id, month, version FROM budget_actuals WHERE budget_id = $1 ORDER BY created_at LIMIT 1`, [c.w.budget]);
      return {
        input: {
          budgetId: c.w.budget,
          entries: [
            { lineKind: 'revenue', lineId: c.w.revenueLine, month: '2031-02', amount: '95.00' },
            { lineKind: 'cost', lineId: actual.line_id, month: actual.month, amount: '91.00', version: actual.version },
          ],
        },
      };
    },
  },
  restoreBudgetLines: {
    caller: admin,
    args: async (c) => ({ budgetId: c.w.budget, batchId: await c.fresh('batch', () => deletedBatch(c.t, c.w.admin, c.w.budget, c.w.budgetDepartment)) }),
  },
  lockBudget: { caller: admin, args: async (c) => ({ id: await freshBudget(c, false), version: await ver('budgets', await freshBudget(c, false)) }) },
  unlockBudget: { caller: admin, args: async (c) => ({ id: await freshBudget(c, true), version: await ver('budgets', await freshBudget(c, true)) }) },

  // templates
  createPlanFromTemplate: {
    caller: admin,
    args: async (c) => ({ input: { templateId: c.w.paramTemplate, language: 'en', planYear: await c.fresh('year', async () => c.years.take()), planName: 'From template', parameters: [{ key: 'companyName', value: 'Harbour Foods' }] } }),
  },
  savePlanAsTemplate: {
    caller: admin,
    args: (c) => ({ input: { planId: c.w.plan, key: `kept-${c.unique()}`, name: { zhCN: '保存的计划', en: 'Kept plan' }, description: { zhCN: '说明', en: 'About it' } } }),
  },
  importPlanTemplate: { caller: admin, args: (c) => ({ input: { json: JSON.stringify(miniTemplate(`imported-${c.unique()}`)) } }) },
  deletePlanTemplate: { caller: admin, args: async (c) => ({ input: { id: await freshTemplate(c, false), version: await ver('plan_templates', await freshTemplate(c, false)) } }) },
  restorePlanTemplate: { caller: admin, args: async (c) => ({ id: await freshTemplate(c, true) }) },
};

/** Valid arguments of every query that takes any, for the admin of the caller's organisation. */
export const QUERY_BASELINES: Record<string, (w: HostileWorld) => Record<string, unknown>> = {
  attachmentContent: (w) => ({ id: w.attachment }),
  auditLog: () => ({ first: 10, entity: 'department' }),
  budget: (w) => ({ planId: w.plan }),
  budgetToDate: (w) => ({ planId: w.plan }),
  checkIns: (w) => ({ nodeId: w.task }),
  comments: (w) => ({ nodeId: w.task }),
  comparePlanVersions: (w) => ({ fromId: w.version, toId: w.version }),
  cycleStage: (w) => ({ id: w.stage }),
  departmentOverview: (w) => ({ planId: w.plan, departmentId: w.department }),
  invitationPreview: (w) => ({ token: w.invitationToken }),
  members: () => ({ includeInactive: true }),
  node: (w) => ({ id: w.task }),
  nodeSubtree: (w) => ({ id: w.project }),
  notifications: () => ({ first: 10 }),
  operationsIndex: (w) => ({ planId: w.plan, nodeId: w.objective }),
  plan: (w) => ({ id: w.plan }),
  planDashboard: (w) => ({ planId: w.plan }),
  planOutline: (w) => ({ planId: w.plan, depth: 3 }),
  planTemplate: (w) => ({ id: w.template }),
  planVersion: (w) => ({ id: w.version }),
  planVersions: (w) => ({ planId: w.plan }),
  planningCycle: (w) => ({ id: w.cycle }),
  recentlyDeleted: (w) => ({ planId: w.plan }),
  responsibilityLetters: (w) => ({ versionId: w.version }),
};
