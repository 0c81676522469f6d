import type { EntityManager } from 'typeorm';
import { sql, sqlBatch } from '../../../database/sql';
import { isUuid } from '../../../common/graphql/id-arg';
import type { Row } from '../../../database/versioned-update';
import type { BudgetLineKind } from '../dtos/budget-enums';
import {
  BudgetDrafts,
  costFromRow,
  CostDraft,
  headerFromRow,
  loanFromRow,
  LoanDraft,
  positionFromRow,
  PositionDraft,
  revenueFromRow,
  RevenueDraft,
  TABLE_OF_KIND,
} from './budget-drafts.util';

export const BUDGET_SELECT = `SELECT b.*, o.currency FROM budgets b JOIN organizations o ON o.id = b.org_id`;

/** A live department, as budget lines name them. */
export interface LiveDepartment {
  id: string;
  name: string;
  managerId: string | null;
  isHr: boolean;
}

/** A budget with, on request, what its writes and its view need next, read in the same round trip. */
export interface LoadedBudget {
  drafts: BudgetDrafts;
  /** the actuals of its live lines (`actuals: true`) */
  actuals: ActualRow[] | null;
  /** the organisation's live departments (`departments: true`) */
  departments: LiveDepartment[] | null;
}

/**
 * A live budget and its live lines, in their order. With `lock`, the
 * budget's row is locked first: every write to a budget takes this lock, so
 * writers of one budget queue (their version checks and the validation of
 * the whole budget see each other's commits) while readers do not wait.
 */
export async function loadBudget(em: EntityManager, orgId: string, by: { id: string } | { planId: string }, opts: { lock?: boolean } = {}): Promise<BudgetDrafts | null> {
  return (await loadBudgetWith(em, orgId, by, opts))?.drafts ?? null;
}

/**
 * loadBudget, with the budget's actuals and the organisation's live
 * departments in the same batch when asked: a line edit then holds the
 * budget's lock for fewer round trips, and a read makes one fewer.
 */
export async function loadBudgetWith(
  em: EntityManager,
  orgId: string,
  by: { id: string } | { planId: string },
  opts: { lock?: boolean; actuals?: boolean; departments?: boolean },
): Promise<LoadedBudget | null> {
  const key = 'id' in by ? by.id : by.planId;
  if (!isUuid(key) || !isUuid(orgId)) return null;
  // The header and the four kinds of lines in one round trip (sqlBatch): the ids are UUIDs, so they go as literals.
  const org = orgId.toLowerCase();
  const budget = `${'id' in by ? 'b.id' : 'b.plan_id'} = '${key.toLowerCase()}' AND b.org_id = '${org}' AND b.deleted_at IS NULL`;
  const lines = (table: string) =>
    `SELECT l.* FROM ${table} l JOIN budgets b ON b.id = l.budget_id AND b.org_id = l.org_id
      WHERE ${budget} AND l.deleted_at IS NULL ORDER BY l.sort_order, l.created_at, l.id`;
  const statements = [
    `${BUDGET_SELECT} WHERE ${budget}${opts.lock ? ' FOR UPDATE OF b' : ''}`,
    lines('budget_revenue_lines'),
    lines('budget_cost_lines'),
    lines('budget_positions'),
    lines('budget_loans'),
  ];
  if (opts.actuals) statements.push(`${ACTUALS_SELECT} JOIN budgets b ON b.id = a.budget_id AND b.org_id = a.org_id WHERE ${budget} AND ${LIVE_ACTUAL} ${ACTUALS_ORDER}`);
  if (opts.departments) statements.push(`${DEPARTMENTS_SELECT} WHERE org_id = '${org}' ${DEPARTMENTS_WHERE}`);
  const [[row], revenue, costs, positions, loans, ...more] = await sqlBatch(em, statements);
  if (!row) return null;
  return {
    drafts: {
      header: headerFromRow(row),
      revenueLines: revenue.map(revenueFromRow),
      costLines: costs.map(costFromRow),
      positions: positions.map(positionFromRow),
      loans: loans.map(loanFromRow),
    },
    actuals: opts.actuals ? (more.shift() as Row[]).map(toActualRow) : null,
    departments: opts.departments ? (more.shift() as Row[]).map(toLiveDepartment) : null,
  };
}

export interface ActualRow {
  id: string;
  lineKind: 'revenue' | 'cost' | 'position';
  lineId: string;
  month: string;
  amount: string;
  version: number;
}

/** Each kind of line that takes actuals, and its table. */
const ACTUAL_TABLES = { revenue: 'budget_revenue_lines', cost: 'budget_cost_lines', position: 'budget_positions' } as const;

/**
 * The actuals of the budget's live lines. A deleted line keeps its actuals
 * (restoring the line brings them back) but they are no longer the budget's.
 */
const LIVE_ACTUAL = `(${Object.entries(ACTUAL_TABLES)
  .map(([kind, table]) => `(a.line_kind = '${kind}' AND EXISTS (SELECT 1 FROM ${table} l WHERE l.id = a.line_id AND l.deleted_at IS NULL))`)
  .join(' OR ')})`;
const ACTUALS_SELECT = `SELECT a.id, a.line_kind, a.line_id, a.month, a.amount::text AS amount, a.version FROM budget_actuals a`;
const ACTUALS_ORDER = `ORDER BY a.month, a.line_kind, a.line_id`;

export async function loadActuals(em: EntityManager, orgId: string, budgetId: string): Promise<ActualRow[]> {
  const rows = await sql<Row>(em, `${ACTUALS_SELECT} WHERE a.budget_id = $1 AND a.org_id = $2 AND ${LIVE_ACTUAL} ${ACTUALS_ORDER}`, [budgetId, orgId]);
  return rows.map(toActualRow);
}

/**
 * Copies the actuals of old lines onto the new lines that replace them
 * (an import), in one statement; the old rows stay with the old lines.
 * Answers the new actuals' ids.
 */
export async function copyActuals(
  em: EntityManager,
  orgId: string,
  budgetId: string,
  moves: readonly { lineKind: ActualRow['lineKind']; from: string; to: string }[],
): Promise<string[]> {
  if (moves.length === 0) return [];
  const rows = await sql<{ id: string }>(
    em,
    `INSERT INTO budget_actuals (org_id, budget_id, line_kind, line_id, month, amount)
     SELECT a.org_id, a.budget_id, a.line_kind, m.to_id, a.month, a.amount
       FROM budget_actuals a
       JOIN jsonb_to_recordset($3::jsonb) AS m(line_kind varchar, from_id uuid, to_id uuid) ON m.line_kind = a.line_kind AND m.from_id = a.line_id
      WHERE a.org_id = $1 AND a.budget_id = $2
      ORDER BY a.line_kind, m.to_id, a.month
     RETURNING id`,
    [orgId, budgetId, JSON.stringify(moves.map((m) => ({ line_kind: m.lineKind, from_id: m.from, to_id: m.to })))],
  );
  return rows.map((r) => r.id);
}

/** How many actuals the given lines hold (what an import's dry run would carry over). */
export async function countActuals(em: EntityManager, orgId: string, budgetId: string, lineIds: readonly string[]): Promise<number> {
  if (lineIds.length === 0) return 0;
  const [row] = await sql<{ n: number }>(em, `SELECT count(*)::int AS n FROM budget_actuals WHERE org_id = $1 AND budget_id = $2 AND line_id = ANY($3::uuid[])`, [orgId, budgetId, lineIds]);
  return row.n;
}

export const toActualRow = (r: Row): ActualRow => ({
  id: r.id as string,
  lineKind: r.line_kind as ActualRow['lineKind'],
  lineId: r.line_id as string,
  month: r.month as string,
  amount: String(r.amount),
  version: r.version as number,
});

/** Each kind's columns as jsonb_to_recordset reads them, and how a draft fills them. */
const COLUMNS: { [K in BudgetLineKind]: { spec: string; values: (d: never) => Record<string, unknown> } } = {
  revenue: {
    spec: `name varchar, kind varchar, unit_price numeric, volume jsonb, variable_cost_kind varchar, variable_unit_cost numeric, variable_cost_rate numeric,
           stretch_volume numeric, stretch_price numeric, stretch_variable_cost numeric`,
    values: (l: RevenueDraft) => ({
      name: l.name,
      kind: l.kind,
      unit_price: l.unitPrice,
      volume: l.volume,
      variable_cost_kind: l.variableCost?.kind ?? null,
      variable_unit_cost: l.variableCost?.kind === 'unitCost' ? l.variableCost.unitCost : null,
      variable_cost_rate: l.variableCost?.kind === 'shareOfRevenue' ? l.variableCost.rate : null,
      stretch_volume: l.stretchVolume ?? null,
      stretch_price: l.stretchPrice ?? null,
      stretch_variable_cost: l.stretchVariableCost ?? null,
    }),
  },
  cost: {
    spec: `name varchar, department_id uuid, category varchar, amount_kind varchar, amount numeric, rate numeric, first_month varchar, last_month varchar,
           plan_node_id uuid, stretch_amount numeric`,
    values: (l: CostDraft) => ({
      name: l.name,
      department_id: l.departmentId,
      category: l.category,
      amount_kind: l.amount.kind,
      amount: l.amount.kind === 'monthly' ? l.amount.amount : null,
      rate: l.amount.kind === 'shareOfRevenue' ? l.amount.rate : null,
      first_month: l.firstMonth ?? null,
      last_month: l.lastMonth ?? null,
      plan_node_id: l.planNodeId,
      stretch_amount: l.stretchAmount ?? null,
    }),
  },
  position: {
    spec: `department_id uuid, role_title varchar, count numeric, monthly_salary numeric, on_cost_rate numeric, first_month varchar, last_month varchar, stretch_count numeric`,
    values: (p: PositionDraft) => ({
      department_id: p.departmentId,
      role_title: p.roleTitle,
      count: p.count,
      monthly_salary: p.monthlySalary,
      on_cost_rate: p.onCostRate,
      first_month: p.firstMonth ?? null,
      last_month: p.lastMonth ?? null,
      stretch_count: p.stretchCount ?? null,
    }),
  },
  loan: {
    spec: `name varchar, principal numeric, annual_rate numeric, term_months integer, repayment varchar`,
    values: (l: LoanDraft) => ({ name: l.name, principal: l.principal, annual_rate: l.annualRate, term_months: l.termMonths, repayment: l.repayment }),
  },
};

type Draft = RevenueDraft | CostDraft | PositionDraft | LoanDraft;

const columnNames = (kind: BudgetLineKind) =>
  COLUMNS[kind].spec
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .filter(Boolean);

/** New lines of one kind, in one statement, with the ids the drafts carry; `createdBatch` names the import that creates them. */
export async function insertLines(
  em: EntityManager,
  kind: BudgetLineKind,
  orgId: string,
  budgetId: string,
  drafts: readonly Draft[],
  createdBatch: string | null = null,
): Promise<Row[]> {
  if (drafts.length === 0) return [];
  const columns = columnNames(kind);
  const records = drafts.map((d) => ({ id: d.id, sort_order: d.sortOrder, ...COLUMNS[kind].values(d as never) }));
  return sql<Row>(
    em,
    `INSERT INTO ${TABLE_OF_KIND[kind]} (id, org_id, budget_id, sort_order, created_batch, ${columns.join(', ')})
     SELECT x.id, $1, $2, x.sort_order, $4::uuid, ${columns.map((c) => `x.${c}`).join(', ')}
       FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, sort_order integer, ${COLUMNS[kind].spec})
     RETURNING *`,
    [orgId, budgetId, JSON.stringify(records), createdBatch],
  );
}

/** Replaces lines of one kind whole (their versions were checked under the budget's lock), in one statement. */
export async function replaceLines(em: EntityManager, kind: BudgetLineKind, orgId: string, budgetId: string, drafts: readonly Draft[]): Promise<Row[]> {
  if (drafts.length === 0) return [];
  const columns = columnNames(kind);
  const records = drafts.map((d) => ({ id: d.id, sort_order: d.sortOrder, ...COLUMNS[kind].values(d as never) }));
  return sql<Row>(
    em,
    `UPDATE ${TABLE_OF_KIND[kind]} t SET sort_order = x.sort_order, ${columns.map((c) => `${c} = x.${c}`).join(', ')}, version = t.version + 1, updated_at = now()
       FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, sort_order integer, ${COLUMNS[kind].spec})
      WHERE t.id = x.id AND t.org_id = $1 AND t.budget_id = $2 AND t.deleted_at IS NULL
     RETURNING t.*`,
    [orgId, budgetId, JSON.stringify(records)],
  );
}

/** Soft-deletes lines of one kind into a batch. */
export async function softDeleteLines(em: EntityManager, kind: BudgetLineKind, orgId: string, budgetId: string, ids: readonly string[], batchId: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ id: string }>(
    em,
    `UPDATE ${TABLE_OF_KIND[kind]} SET deleted_at = now(), deleted_batch = $4, version = version + 1, updated_at = now()
      WHERE org_id = $1 AND budget_id = $2 AND id = ANY($3::uuid[]) AND deleted_at IS NULL RETURNING id`,
    [orgId, budgetId, ids, batchId],
  );
  return rows.map((r) => r.id);
}

const DEPARTMENTS_SELECT = `SELECT id, name, manager_id, is_hr FROM departments`;
const DEPARTMENTS_WHERE = `AND deleted_at IS NULL ORDER BY sort_order, name, id`;
const toLiveDepartment = (r: Row): LiveDepartment => ({ id: r.id as string, name: r.name as string, managerId: r.manager_id as string | null, isHr: Boolean(r.is_hr) });

/** The live departments of the organisation (what new lines may name). */
export async function liveDepartments(em: EntityManager, orgId: string): Promise<LiveDepartment[]> {
  return (await sql<Row>(em, `${DEPARTMENTS_SELECT} WHERE org_id = $1 ${DEPARTMENTS_WHERE}`, [orgId])).map(toLiveDepartment);
}
