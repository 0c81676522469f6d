import { Dimension, KpiDirection, kpiProgress, KpiTargetSource, Level, LEVELS, NodeStatus, PlanStatus, Recurrence } from '@opsplan/domain';
import type { EntityManager } from 'typeorm';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { notFound } from '../../../common/errors/app-error';
import type { ChecklistItemDto, PlanNodeDto, KpiDto } from '../dtos/plan-node.dto';
import type { PlanDto } from '../dtos/plan.dto';

/*
 * Where the roll-up lives.
 *
 * Every node below a strategy stores its progress (`plan_nodes.progress`),
 * recomputed in each write's transaction from its children, level by level
 * bottom-up, after the path has been locked top-down. Strategies store NULL:
 * their figure, and the plan's, is computed when read from the few stored
 * objectives below them (PERF.md: updating the single top row on every write
 * makes every writer in the plan queue on it and halves throughput). Writers
 * therefore never lock a strategy unless they change it or its children's set.
 */

/** A level's rank, 1 (strategy) to 5 (activity): the order in which writers lock nodes (then by id), so no two writers deadlock. */
export const levelRank = (alias: string) => `array_position(ARRAY[${LEVELS.map((l) => `'${l}'`).join(', ')}]::varchar[], ${alias}.level)`;

/** Weighted average (4 decimals) of a node's live, non-cancelled children's stored progress; NULL when none counts (none, or all weigh 0). */
const childrenAverage = (alias: string) => `(SELECT round(sum(c.progress * c.weight) / nullif(sum(c.weight), 0), 4)
   FROM plan_nodes c WHERE c.parent_id = ${alias}.id AND c.deleted_at IS NULL AND c.status <> 'cancelled')`;

/** A node measured by itself: done counts as complete, otherwise its own progress (as the domain's rollUp). */
const ownValue = (status: string, own: string) => `CASE WHEN ${status} = 'done' THEN 100 ELSE ${own} END`;

/**
 * The roll-up of a node from its children as they stand now, or its own value
 * without any. The database function app_recompute_roll_ups (migration
 * RollUpFunction) applies the same rule to stored ancestors: change both.
 */
export const rolledUp = (alias: string, status = `${alias}.status`, own = `${alias}.own_progress`) =>
  `coalesce(${childrenAverage(alias)}, ${ownValue(status, own)})`;

/** Progress as the API reports it: stored below the strategies, computed on read for them. */
export const progressOf = (alias: string) => `CASE WHEN ${alias}.depth = 0 THEN ${rolledUp(alias)} ELSE ${alias}.progress END`;


/** The columns of a PlanNode but its child count, for `SELECT … FROM plan_nodes n` and `RETURNING`. */
export const NODE_BASE_COLUMNS = `n.id, n.org_id, n.plan_id, n.parent_id, n.level, n.depth, n.title, n.description, n.owner_id, n.department_id,
  n.start_date::text AS start_date, n.due_date::text AS due_date, n.status, n.weight::float8 AS weight,
  n.own_progress::float8 AS own_progress, (${progressOf('n')})::float8 AS progress, n.dimension, n.dimension_explicit,
  n.kpi_name, n.kpi_unit, n.kpi_direction, n.kpi_baseline::text AS kpi_baseline, n.kpi_target::text AS kpi_target,
  n.kpi_actual::text AS kpi_actual, n.kpi_target_source, n.checklist, n.recurrence, n.depends_on, n.sort_order, n.version, n.created_at, n.updated_at,
  (n.due_date < current_date AND n.status NOT IN ('done', 'cancelled')) AS overdue`;

/**
 * The columns behind each PlanNode field, for list reads that fetch only what
 * the query asks for (fewer columns to send, parse and collect). The id,
 * organisation, parent, depth and order always come along: the tree, the
 * child counts and the order need them. In a fixed order, so each selection
 * gives one statement text.
 */
const FIELD_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['planId', 'n.plan_id'],
  ['level', 'n.level'],
  ['title', 'n.title'],
  ['description', 'n.description'],
  ['owner', 'n.owner_id'],
  ['department', 'n.department_id'],
  ['startDate', 'n.start_date::text AS start_date'],
  ['dueDate', 'n.due_date::text AS due_date'],
  ['status', 'n.status'],
  ['weight', 'n.weight::float8 AS weight'],
  ['ownProgress', 'n.own_progress::float8 AS own_progress'],
  ['progress', `(${progressOf('n')})::float8 AS progress`],
  ['dimension', 'n.dimension'],
  ['dimensionInherited', 'n.dimension_explicit'],
  ['kpi', 'n.kpi_name, n.kpi_unit, n.kpi_direction, n.kpi_baseline::text AS kpi_baseline, n.kpi_target::text AS kpi_target, n.kpi_actual::text AS kpi_actual, n.kpi_target_source'],
  ['checklist', 'n.checklist'],
  ['recurrence', 'n.recurrence'],
  ['dependsOn', 'n.depends_on'],
  ['version', 'n.version'],
  ['createdAt', 'n.created_at'],
  ['updatedAt', 'n.updated_at'],
  ['overdue', `(n.due_date < current_date AND n.status NOT IN ('done', 'cancelled')) AS overdue`],
];

/**
 * NODE_BASE_COLUMNS narrowed to the PlanNode fields in `fields`. The DTOs
 * built from such rows hold placeholders in the fields not asked for: give
 * them only to GraphQL, which reads no other field.
 */
export function nodeColumnsFor(fields: ReadonlySet<string>): string {
  return ['n.id, n.org_id, n.parent_id, n.depth, n.sort_order', ...FIELD_COLUMNS.filter(([field]) => fields.has(field)).map(([, columns]) => columns)].join(', ');
}

/** The count of node n's live children, looked up per row: for reads of a few hundred nodes at most. */
export const CHILD_COUNT_COLUMN = `(SELECT count(*)::int FROM plan_nodes k WHERE k.parent_id = n.id AND k.deleted_at IS NULL) AS child_count`;

/** The node columns with the count of live children. */
export const NODE_COLUMNS = `${NODE_BASE_COLUMNS},
  ${CHILD_COUNT_COLUMN}`;

export const NODE_SELECT = `SELECT ${NODE_COLUMNS} FROM plan_nodes n`;

/**
 * "Node `alias` lies below `param`", one equality per possible ancestor
 * position, each served by an expression index (plan_nodes_ancestor_1..4).
 * Not `ancestor_ids @> ARRAY[x]`: array containment is not LEAKPROOF, so
 * under row-level security PostgreSQL may not use an index for it and scans
 * the whole table (30 ms instead of 0.4 ms on a 100k-node plan).
 */
export const below = (alias: string, param: string) =>
  `(${[1, 2, 3, 4].map((i) => `${alias}.ancestor_ids[${i}] = ${param}`).join(' OR ')})`;

/** 40.5000 → 40.5: KPI figures travel as canonical decimal strings. */
export function decimalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A `date` column as YYYY-MM-DD, whether selected as text or parsed by pg into a local-midnight Date. */
export function dateText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value);
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

function kpiOf(row: Row): KpiDto | null {
  if (!row.kpi_direction) return null;
  const kpi = {
    direction: row.kpi_direction as KpiDirection,
    baseline: decimalText(row.kpi_baseline) as string,
    target: decimalText(row.kpi_target) as string,
    actual: decimalText(row.kpi_actual),
  };
  const source = (row.kpi_target_source ?? null) as KpiTargetSource | null;
  return {
    name: row.kpi_name as string,
    unit: row.kpi_unit as string | null,
    ...kpi,
    progress: kpiProgress(kpi),
    targetSource: source && { scenario: source.scenario, measure: source.measure, period: source.period },
  };
}

/** The stored checklist as the API shows it (only its two fields, whatever else the JSON might hold). */
export const checklistOf = (value: unknown): ChecklistItemDto[] =>
  Array.isArray(value) ? value.map((item: { text?: unknown; done?: unknown }) => ({ text: String(item?.text ?? ''), done: item?.done === true })) : [];

export const toNodeDto = (row: Row): PlanNodeDto => ({
  id: row.id as string,
  orgId: row.org_id as string,
  planId: row.plan_id as string,
  parentId: row.parent_id as string | null,
  level: row.level as Level,
  depth: row.depth as number,
  title: row.title as string,
  description: row.description as string | null,
  ownerId: row.owner_id as string | null,
  departmentId: row.department_id as string | null,
  startDate: dateText(row.start_date),
  dueDate: dateText(row.due_date),
  status: row.status as NodeStatus,
  weight: num(row.weight),
  ownProgress: num(row.own_progress),
  progress: num(row.progress),
  dimension: row.dimension as Dimension,
  dimensionInherited: !row.dimension_explicit,
  kpi: kpiOf(row),
  checklist: checklistOf(row.checklist),
  recurrence: (row.recurrence ?? null) as Recurrence | null,
  dependsOn: (row.depends_on as string[] | undefined) ?? [],
  sortOrder: row.sort_order as number,
  childCount: (row.child_count as number | undefined) ?? 0,
  overdue: Boolean(row.overdue),
  version: row.version as number,
  createdAt: row.created_at as Date,
  updatedAt: row.updated_at as Date,
});

/** What a CONFLICT carries: the node's current values, from any row of plan_nodes (`*` or NODE_COLUMNS). */
export const toConflictView = (row: Row) => ({
  id: row.id,
  parentId: row.parent_id,
  title: row.title,
  description: row.description,
  ownerId: row.owner_id,
  departmentId: row.department_id,
  startDate: dateText(row.start_date),
  dueDate: dateText(row.due_date),
  status: row.status,
  weight: num(row.weight),
  ownProgress: num(row.own_progress),
  dimension: row.dimension,
  kpiActual: decimalText(row.kpi_actual),
  checklist: checklistOf(row.checklist),
  recurrence: row.recurrence ?? null,
  dependsOn: row.depends_on ?? [],
  sortOrder: row.sort_order,
  version: row.version,
});

/** What the audit log keeps of a node (the roll-up is derived, so it is not kept). */
export const nodeAuditView = (row: Row) => ({
  title: row.title,
  description: row.description,
  level: row.level,
  parentId: row.parent_id,
  ownerId: row.owner_id,
  departmentId: row.department_id,
  startDate: dateText(row.start_date),
  dueDate: dateText(row.due_date),
  status: row.status,
  weight: num(row.weight),
  ownProgress: num(row.own_progress),
  dimension: row.dimension,
  kpiName: row.kpi_name,
  kpiUnit: row.kpi_unit,
  kpiDirection: row.kpi_direction,
  kpiBaseline: decimalText(row.kpi_baseline),
  kpiTarget: decimalText(row.kpi_target),
  kpiActual: decimalText(row.kpi_actual),
  kpiTargetSource: row.kpi_target_source ?? null,
  checklist: checklistOf(row.checklist),
  recurrence: row.recurrence ?? null,
  dependsOn: row.depends_on ?? [],
});

/** A plan with its progress: the weighted average of its live, non-cancelled strategies' figures. */
export const PLAN_SELECT = `SELECT p.*, coalesce((
    SELECT round(sum(s.progress * s.weight) / nullif(sum(s.weight), 0), 4)
      FROM (SELECT n.weight, ${progressOf('n')} AS progress FROM plan_nodes n
             WHERE n.plan_id = p.id AND n.depth = 0 AND n.deleted_at IS NULL AND n.status <> 'cancelled') s), 0)::float8 AS progress
  FROM plans p`;

export const toPlanDto = (row: Row): PlanDto => ({
  id: row.id as string,
  year: row.year as number,
  name: row.name as string,
  status: row.status as PlanStatus,
  progress: num(row.progress),
  version: row.version as number,
  createdAt: row.created_at as Date,
  updatedAt: row.updated_at as Date,
});

/**
 * A live node's history rows (check-ins or comments), oldest first, in one
 * statement: the node's own row says whether it exists, its history hangs
 * off it. NOT_FOUND for a deleted node or another organisation's.
 */
export async function nodeHistory(em: EntityManager, table: 'node_check_ins' | 'node_comments', orgId: string, nodeId: string): Promise<Row[]> {
  const rows = await sql<Row>(
    em,
    `SELECT h.* FROM plan_nodes n LEFT JOIN ${table} h ON h.node_id = n.id
      WHERE n.id = $1 AND n.org_id = $2 AND n.deleted_at IS NULL ORDER BY h.created_at, h.id`,
    [nodeId, orgId],
  );
  if (rows.length === 0) throw notFound('The node');
  return rows.filter((r) => r.id !== null);
}
