import type { EntityManager } from 'typeorm';
import { Dimension, KpiDirection, KpiTargetSource, Level, LocalizedText, planYearBounds, PlanTemplateSource, Recurrence } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput } from '../../../common/errors/app-error';
import { decimalText } from '../../plans/services/cascade-sql.util';
import { toEngineInput } from '../../budgets/services/budget-drafts.util';
import { loadBudget } from '../../budgets/services/budget-sql.util';

type SourceNode = PlanTemplateSource['nodes'][number];

/**
 * Everything of a plan a template keeps, read in a handful of statements:
 * its live nodes (parents first), the departments they and the budget name
 * with the departments above those, its budget as the engine takes it, and
 * whether it has a planning cycle.
 */
export async function planTemplateSource(
  em: EntityManager,
  orgId: string,
  planId: string,
  naming: { key: string; name: LocalizedText; description: LocalizedText },
): Promise<PlanTemplateSource> {
  const [plan] = await sql<Row>(
    em,
    `SELECT p.id, p.year, o.fiscal_year_start_month, EXISTS (SELECT 1 FROM planning_cycles c WHERE c.plan_id = p.id) AS has_cycle,
            (SELECT min(n.start_date)::text FROM plan_nodes n WHERE n.plan_id = p.id AND n.deleted_at IS NULL) AS first_start
       FROM plans p JOIN organizations o ON o.id = p.org_id WHERE p.id = $1 AND p.org_id = $2`,
    [planId, orgId],
  );
  if (!plan) throw badInput('planId', 'That plan does not exist.');
  const nodeRows = await sql<Row>(
    em,
    `SELECT n.id, n.parent_id, n.level, n.title, n.description, n.department_id, n.dimension, n.dimension_explicit, n.weight::text AS weight,
            n.start_date::text AS start_date, n.due_date::text AS due_date, n.kpi_name, n.kpi_unit, n.kpi_direction,
            n.kpi_baseline::text AS kpi_baseline, n.kpi_target::text AS kpi_target, n.kpi_target_source, n.recurrence, n.checklist, n.depends_on
       FROM plan_nodes n WHERE n.plan_id = $1 AND n.org_id = $2 AND n.deleted_at IS NULL
      ORDER BY n.depth, n.parent_id NULLS FIRST, n.sort_order, n.id`,
    [planId, orgId],
  );
  const live = new Set(nodeRows.map((r) => r.id as string));
  const nodes = nodeRows.map((r) => sourceNode(r, live));
  const drafts = await loadBudget(em, orgId, { planId });
  const costLineNodes = Object.fromEntries((drafts?.costLines ?? []).filter((l) => l.planNodeId && live.has(l.planNodeId)).map((l) => [l.id, l.planNodeId as string]));
  const named = [...nodes.map((n) => n.departmentId), ...(drafts?.costLines ?? []).map((l) => l.departmentId), ...(drafts?.positions ?? []).map((p) => p.departmentId)];
  const fiscalStart = planYearBounds(plan.year as number, plan.fiscal_year_start_month as number).start;
  const budgetStart = drafts ? `${drafts.header.startMonth}-01` : null;
  return {
    ...naming,
    // The plan's first day: its fiscal year's, unless its work or budget starts earlier (a launch planned before the year begins).
    plan: { year: plan.year as number, startDate: [fiscalStart, plan.first_start as string | null, budgetStart].filter((d): d is string => d !== null).sort()[0] },
    departments: await departmentsWithAncestors(em, orgId, named),
    nodes,
    budget: drafts ? { name: drafts.header.name, input: toEngineInput(drafts).input, costLineNodes } : null,
    hasCycle: Boolean(plan.has_cycle),
  };
}

function sourceNode(r: Row, live: ReadonlySet<string>): SourceNode {
  return {
    id: r.id as string,
    parentId: (r.parent_id as string | null) ?? null,
    level: r.level as Level,
    title: r.title as string,
    description: (r.description as string | null) ?? null,
    departmentId: (r.department_id as string | null) ?? null,
    dimension: r.dimension_explicit ? (r.dimension as Dimension) : null,
    weight: decimalText(r.weight) as string,
    startDate: (r.start_date as string | null) ?? null,
    dueDate: (r.due_date as string | null) ?? null,
    kpi: r.kpi_direction
      ? {
          name: r.kpi_name as string,
          unit: (r.kpi_unit as string | null) ?? null,
          direction: r.kpi_direction as KpiDirection,
          baseline: decimalText(r.kpi_baseline) as string,
          target: decimalText(r.kpi_target) as string,
          budgetTarget: (r.kpi_target_source as KpiTargetSource | null) ?? null,
        }
      : null,
    recurrence: (r.recurrence as Recurrence | null) ?? null,
    checklist: ((r.checklist as { text: string }[] | null) ?? []).map((item) => item.text),
    // A dependency on a node deleted since no longer holds.
    dependsOn: ((r.depends_on as string[] | null) ?? []).filter((id) => live.has(id)),
  };
}

/** The named departments (deleted ones too: a node may still name one) and every department above them, parents first. */
async function departmentsWithAncestors(em: EntityManager, orgId: string, ids: readonly (string | null)[]): Promise<PlanTemplateSource['departments']> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return [];
  const rows = await sql<Row>(
    em,
    `WITH RECURSIVE up AS (
       SELECT d.id, d.parent_id, d.name, d.is_hr, d.sort_order, 0 AS height FROM departments d WHERE d.org_id = $1 AND d.id = ANY($2::uuid[])
       UNION
       SELECT p.id, p.parent_id, p.name, p.is_hr, p.sort_order, u.height + 1 FROM departments p JOIN up u ON p.id = u.parent_id WHERE p.org_id = $1 AND u.height < 64)
     SELECT id, parent_id, name, is_hr, max(height) AS height, min(sort_order) AS sort_order FROM up
      GROUP BY id, parent_id, name, is_hr ORDER BY max(height) DESC, min(sort_order), id`,
    [orgId, wanted],
  );
  return rows.map((r) => ({ id: r.id as string, name: r.name as string, parentId: (r.parent_id as string | null) ?? null, isHr: Boolean(r.is_hr) }));
}
