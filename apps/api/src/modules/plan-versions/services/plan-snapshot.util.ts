import type { EntityManager } from 'typeorm';
import { Dimension, KpiDirection, Level, LinePlan, NodeStatus, plannedLineAmounts, PlanSnapshot, Recurrence, SnapshotBudget, SnapshotHeadcount, SNAPSHOT_FORMAT } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { notFound } from '../../../common/errors/app-error';
import { decimalText } from '../../plans/services/cascade-sql.util';
import { loadBudget } from '../../budgets/services/budget-sql.util';
import { BudgetDrafts, toEngineInput } from '../../budgets/services/budget-drafts.util';

/**
 * The plan as it stands, in the version format, read in the caller's
 * transaction after locking the plan's row (so two versions of one plan are
 * numbered one after the other). Four statements whatever the plan's size,
 * and five more when the plan has a budget.
 */
export async function readPlanSnapshot(em: EntityManager, orgId: string, planId: string): Promise<PlanSnapshot> {
  const [plan] = await sql<Row>(
    em,
    `SELECT p.id, p.year, p.name, p.status, o.name AS org_name, o.currency
       FROM plans p JOIN organizations o ON o.id = p.org_id
      WHERE p.id = $1 AND p.org_id = $2 FOR NO KEY UPDATE OF p`,
    [planId, orgId],
  );
  if (!plan) throw notFound('The plan');
  const nodes = await sql<Row>(
    em,
    `SELECT n.id, n.parent_id, n.level, n.title, n.owner_id, n.department_id, n.start_date::text AS start_date, n.due_date::text AS due_date,
            n.weight::text AS weight, n.status, n.kpi_name, n.kpi_unit, n.kpi_direction, n.kpi_baseline::text AS kpi_baseline, n.kpi_target::text AS kpi_target,
            n.dimension, n.recurrence, n.depends_on, ARRAY(SELECT e->>'text' FROM jsonb_array_elements(n.checklist) WITH ORDINALITY AS c(e, i) ORDER BY i) AS checklist
       FROM plan_nodes n WHERE n.org_id = $1 AND n.plan_id = $2 AND n.deleted_at IS NULL
      ORDER BY n.depth, n.sort_order, n.created_at, n.id`,
    [orgId, planId],
  );
  const departments = await sql<Row>(
    em,
    `SELECT id, name, manager_id FROM departments WHERE org_id = $1 AND deleted_at IS NULL ORDER BY sort_order, name, id`,
    [orgId],
  );
  // Everyone a node or a department points at, with their name as it is now.
  const people = await sql<Row>(
    em,
    `SELECT m.id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.org_id = $1 AND m.id = ANY($2::uuid[]) ORDER BY u.display_name, m.id`,
    [orgId, [...new Set([...nodes.map((n) => n.owner_id), ...departments.map((d) => d.manager_id)].filter(Boolean))]],
  );
  return {
    format: SNAPSHOT_FORMAT,
    plan: { id: plan.id as string, year: plan.year as number, name: plan.name as string, status: plan.status as string },
    organization: { name: plan.org_name as string, currency: plan.currency as string },
    nodes: nodes.map((n) => ({
      id: n.id as string,
      parentId: n.parent_id as string | null,
      level: n.level as Level,
      title: n.title as string,
      ownerId: n.owner_id as string | null,
      departmentId: n.department_id as string | null,
      startDate: n.start_date as string | null,
      dueDate: n.due_date as string | null,
      weight: decimalText(n.weight) as string,
      status: n.status as NodeStatus,
      kpi: n.kpi_direction
        ? {
            name: n.kpi_name as string,
            unit: n.kpi_unit as string | null,
            direction: n.kpi_direction as KpiDirection,
            baseline: decimalText(n.kpi_baseline) as string,
            target: decimalText(n.kpi_target) as string,
          }
        : null,
      dimension: n.dimension as Dimension,
      recurrence: n.recurrence as Recurrence | null,
      dependsOn: [...(n.depends_on as string[])].sort(),
      checklist: n.checklist as string[],
    })),
    people: people.map((p) => ({ id: p.id as string, name: p.display_name as string })),
    departments: departments.map((d) => ({ id: d.id as string, name: d.name as string, managerId: d.manager_id as string | null })),
    ...(await budgetSections(em, orgId, planId)),
  };
}

/**
 * The plan's budget in the version: each revenue and cost line's horizon
 * total in the responsibility and stretch targets (keyed by scenario, kind
 * and line, so versions compare line by line), each department's envelope
 * (its cost lines and labour in the responsibility target's first year),
 * and the headcount plan (department, role and count of each position).
 * Null sections when the plan has no budget.
 */
async function budgetSections(em: EntityManager, orgId: string, planId: string): Promise<Pick<PlanSnapshot, 'budget' | 'headcount'>> {
  const drafts = await loadBudget(em, orgId, { planId });
  if (!drafts) return { budget: null, headcount: null };
  return { budget: snapshotBudget(drafts), headcount: snapshotHeadcount(drafts) };
}

const sumCents = (amounts: readonly string[]) => {
  const cents = amounts.reduce((total, a) => total + BigInt(a.replace('.', '')), 0n);
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

function snapshotBudget(drafts: BudgetDrafts): SnapshotBudget {
  const { input } = toEngineInput(drafts);
  const category = new Map(drafts.costLines.map((l) => [l.id, l.category]));
  const lines: SnapshotBudget['lines'] = [];
  let responsibility: LinePlan[] = [];
  for (const scenario of ['responsibility', 'stretch'] as const) {
    const plans = plannedLineAmounts(input, scenario) ?? [];
    if (scenario === 'responsibility') responsibility = plans;
    for (const plan of plans) {
      if (plan.lineKind === 'position') continue;
      lines.push({
        key: `${scenario}:${plan.lineKind}:${plan.lineId}`,
        scenario,
        departmentId: plan.departmentId,
        account: plan.lineKind === 'revenue' ? `revenue: ${plan.name}` : `${category.get(plan.lineId) ?? 'other'}: ${plan.name}`,
        amount: sumCents(plan.amounts),
      });
    }
  }
  const firstYear = Math.min(12, input.horizonMonths);
  const envelopes = new Map<string, string[]>();
  for (const plan of responsibility) {
    if (plan.departmentId === null) continue;
    envelopes.set(plan.departmentId, [...(envelopes.get(plan.departmentId) ?? []), ...plan.amounts.slice(0, firstYear)]);
  }
  return { lines, envelopes: [...envelopes].map(([departmentId, amounts]) => ({ departmentId, amount: sumCents(amounts) })) };
}

function snapshotHeadcount(drafts: BudgetDrafts): SnapshotHeadcount {
  return { lines: drafts.positions.map((p) => ({ key: p.id, departmentId: p.departmentId, position: p.roleTitle, count: Number(p.count) })) };
}
