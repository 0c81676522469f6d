import type { EntityManager } from 'typeorm';
import {
  BlueprintNode,
  CHECKLIST_ITEM_MAX_LENGTH,
  Dimension,
  KPI_NAME_MAX_LENGTH,
  KPI_UNIT_MAX_LENGTH,
  kpiProgress,
  KpiTargetSource,
  Level,
  NODE_DEPENDENCIES_MAX,
  NODE_DESCRIPTION_MAX_LENGTH,
  NODE_TITLE_MAX_LENGTH,
  PlanBlueprint,
  TemplateProblem,
} from '@opsplan/domain';
import { sql } from '../../../database/sql';
import { recompute } from '../../plans/services/cascade-locks.util';
import type { PlacedDepartment } from './template-departments.util';

/** A strategy without a dimension of its own stands for organisation work (as PlanNodesService.create). */
const ROOT_DIMENSION: Dimension = 'organisation';

/** A KPI target the budget decided: the figure, and the link that keeps it following the budget. */
export interface KpiTarget {
  target: string;
  source: KpiTargetSource;
}

/** One plan_nodes row as the template creates it (snake case, so the plans module's audit view reads it as a row). */
export type NodeRecord = {
  id: string;
  parent_id: string | null;
  ancestor_ids: string[];
  depth: number;
  level: Level;
  title: string;
  description: string | null;
  owner_id: string;
  department_id: string;
  start_date: string;
  due_date: string;
  status: 'not_started';
  weight: string;
  own_progress: number;
  /** null on strategies (computed on read); the node's own value below them until the roll-ups are recomputed. */
  progress: number | null;
  dimension: Dimension;
  dimension_explicit: boolean;
  kpi_name: string | null;
  kpi_unit: string | null;
  kpi_direction: string | null;
  kpi_baseline: string | null;
  kpi_target: string | null;
  kpi_target_source: KpiTargetSource | null;
  sort_order: number;
  checklist: { text: string; done: boolean }[];
  recurrence: string | null;
  depends_on: string[];
};

export interface NodeContext {
  /** every node key → the id its row gets */
  ids: ReadonlyMap<string, string>;
  departments: ReadonlyMap<string, PlacedDepartment>;
  /** who owns work in a department without an active manager: the person creating the plan */
  fallbackOwner: string;
  /** KPI targets taken from the budget, by node key */
  targets: ReadonlyMap<string, KpiTarget>;
}

/**
 * The rows of the blueprint's nodes (parents first, as the blueprint lists
 * them): the tree's ancestors, depth and order among siblings, the dimension
 * inherited where the template gives none, each node owned by its
 * department's manager, KPI targets from the budget where it decided them,
 * and dependencies from keys to ids.
 */
export function nodeRecords(nodes: readonly BlueprintNode[], ctx: NodeContext): NodeRecord[] {
  const byKey = new Map<string, NodeRecord>();
  const siblings = new Map<string | null, number>();
  return nodes.map((n) => {
    const parent = n.parentKey ? byKey.get(n.parentKey) : undefined;
    if (n.parentKey && !parent) throw new Error(`The blueprint lists node ${n.key} before its parent ${n.parentKey}.`);
    const id = ctx.ids.get(n.key) as string;
    const department = ctx.departments.get(n.departmentKey);
    if (!department) throw new Error(`The blueprint's node ${n.key} names no department of the blueprint.`);
    const order = (siblings.get(parent?.id ?? null) ?? 0) + 1;
    siblings.set(parent?.id ?? null, order);
    const decided = ctx.targets.get(n.key);
    const kpi = n.kpi && { ...n.kpi, target: decided?.target ?? n.kpi.target };
    const own = kpi ? kpiProgress({ direction: kpi.direction, baseline: kpi.baseline, target: kpi.target, actual: null }) : 0;
    const record: NodeRecord = {
      id,
      parent_id: parent?.id ?? null,
      ancestor_ids: parent ? [...parent.ancestor_ids, parent.id] : [],
      depth: parent ? parent.depth + 1 : 0,
      level: n.level,
      title: n.title,
      description: n.description,
      owner_id: department.managerId ?? ctx.fallbackOwner,
      department_id: department.id,
      start_date: n.startDate,
      due_date: n.dueDate,
      status: 'not_started',
      weight: n.weight,
      own_progress: own,
      progress: parent ? own : null,
      dimension: n.dimension ?? parent?.dimension ?? ROOT_DIMENSION,
      dimension_explicit: n.dimension !== null,
      kpi_name: kpi?.name ?? null,
      kpi_unit: kpi && kpi.unit !== '' ? kpi.unit : null,
      kpi_direction: kpi?.direction ?? null,
      kpi_baseline: kpi?.baseline ?? null,
      kpi_target: kpi?.target ?? null,
      kpi_target_source: decided?.source ?? null,
      sort_order: order,
      checklist: n.checklist.map((text) => ({ text, done: false })),
      recurrence: n.recurrence,
      depends_on: n.dependsOn.map((key) => ctx.ids.get(key) as string),
    };
    byKey.set(n.key, record);
    return record;
  });
}

/** The longest budget and line names their columns hold (budgets.name, the lines' name and role_title). */
const BUDGET_NAME_MAX = 120;
const LINE_NAME_MAX = 200;

/**
 * What would not fit the columns. The template checks its texts in each
 * language; side by side ("中文 · English") they grow, so the plan's
 * language can make a text too long. A template may also name more
 * dependencies than a node holds.
 */
export function columnProblems(blueprint: Pick<PlanBlueprint, 'nodes' | 'budget'>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const check = (path: string, text: string | null | undefined, max: number) => {
    if (text && [...text].length > max) problems.push({ path, message: `is longer than ${max.toLocaleString('en')} characters in the chosen language` });
  };
  blueprint.nodes.forEach((n, i) => {
    check(`nodes[${i}].title`, n.title, NODE_TITLE_MAX_LENGTH);
    check(`nodes[${i}].description`, n.description, NODE_DESCRIPTION_MAX_LENGTH);
    check(`nodes[${i}].kpi.name`, n.kpi?.name, KPI_NAME_MAX_LENGTH);
    check(`nodes[${i}].kpi.unit`, n.kpi?.unit, KPI_UNIT_MAX_LENGTH);
    n.checklist.forEach((item, j) => check(`nodes[${i}].checklist[${j}]`, item, CHECKLIST_ITEM_MAX_LENGTH));
    if (n.dependsOn.length > NODE_DEPENDENCIES_MAX) problems.push({ path: `nodes[${i}].dependsOn`, message: `names ${n.dependsOn.length} nodes; a node may wait for at most ${NODE_DEPENDENCIES_MAX}` });
  });
  const budget = blueprint.budget;
  if (budget) {
    check('budget.name', budget.name, BUDGET_NAME_MAX);
    budget.input.revenueLines.forEach((l, i) => check(`budget.revenueLines[${i}].name`, l.name, LINE_NAME_MAX));
    budget.input.costLines.forEach((l, i) => check(`budget.costLines[${i}].name`, l.name, LINE_NAME_MAX));
    budget.input.positions.forEach((p, i) => check(`budget.positions[${i}].roleTitle`, p.roleTitle, LINE_NAME_MAX));
    budget.input.financing.loans.forEach((l, i) => check(`budget.loans[${i}].name`, l.name, LINE_NAME_MAX));
  }
  return problems;
}

/**
 * Inserts the nodes in one statement, then recomputes the stored roll-up of
 * every node with children, deepest first, in one call to the database's own
 * roll-up function: the stored figures are then exactly what any later write
 * would recompute.
 */
export async function insertNodes(em: EntityManager, orgId: string, planId: string, records: readonly NodeRecord[]): Promise<void> {
  if (records.length === 0) return;
  await sql(
    em,
    `INSERT INTO plan_nodes (id, org_id, plan_id, parent_id, ancestor_ids, depth, level, title, description, owner_id, department_id,
                             start_date, due_date, status, weight, own_progress, progress, dimension, dimension_explicit,
                             kpi_name, kpi_unit, kpi_direction, kpi_baseline, kpi_target, kpi_target_source, sort_order,
                             checklist, recurrence, depends_on)
     SELECT t.id, $1, $2, t.parent_id, t.ancestor_ids, t.depth, t.level, t.title, t.description, t.owner_id, t.department_id,
            t.start_date, t.due_date, t.status, t.weight, t.own_progress, t.progress, t.dimension, t.dimension_explicit,
            t.kpi_name, t.kpi_unit, t.kpi_direction, t.kpi_baseline, t.kpi_target, t.kpi_target_source, t.sort_order,
            t.checklist, t.recurrence, t.depends_on
       FROM jsonb_to_recordset($3::jsonb) AS t(id uuid, parent_id uuid, ancestor_ids uuid[], depth smallint, level varchar, title varchar,
            description text, owner_id uuid, department_id uuid, start_date date, due_date date, status varchar, weight numeric,
            own_progress numeric, progress numeric, dimension varchar, dimension_explicit boolean, kpi_name varchar, kpi_unit varchar,
            kpi_direction varchar, kpi_baseline numeric, kpi_target numeric, kpi_target_source jsonb, sort_order integer,
            checklist jsonb, recurrence varchar, depends_on uuid[])`,
    [orgId, planId, JSON.stringify(records)],
  );
  const parents = new Set(records.map((r) => r.parent_id).filter((id): id is string => id !== null));
  await recompute(
    em,
    records.filter((r) => parents.has(r.id)).map((r) => ({ id: r.id, level: r.level })),
  );
}
