import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BlueprintNode, BudgetInput, budgetFigure, BudgetResult, kpiTargetSourceProblem, PlanBlueprint, validateBudget } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import type { AuditRecord } from '../../audit/services/audit.service';
import type { BudgetLineKind } from '../../budgets/dtos/budget-enums';
import { BudgetDrafts, CostDraft, LoanDraft, PositionDraft, RevenueDraft } from '../../budgets/services/budget-drafts.util';
import { insertLines } from '../../budgets/services/budget-sql.util';
import { budgetAuditView } from '../../budgets/services/budgets.service';
import { BUDGET_LINE_ENTITY, lineAuditView } from '../../budgets/services/budget-lines.service';
import { fitsKpiTarget } from '../../plans/services/kpi-target.util';
import { templateProblems } from './template-json.util';
import type { KpiTarget } from './template-nodes.util';

type BlueprintBudget = NonNullable<PlanBlueprint['budget']>;

/** Where the budget's keys land: departments and nodes by key, and the plan it belongs to. */
export interface BudgetPlace {
  orgId: string;
  planId: string;
  currency: string;
  departmentIds: ReadonlyMap<string, string>;
  nodeIds: ReadonlyMap<string, string>;
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

/**
 * The blueprint's budget as the budgets module keeps one: department keys
 * become the departments' ids, line keys fresh ids, a cost line's project
 * node key that node's id, and the stretch overrides (named by line key)
 * move onto their lines.
 */
export function budgetDraftsOf(budget: BlueprintBudget, place: BudgetPlace): BudgetDrafts {
  const { input } = budget;
  const stretch = input.stretch ?? {};
  const lineIds = new Map<string, string>();
  const idOf = (key: string) => {
    const id = lineIds.get(key) ?? randomUUID();
    lineIds.set(key, id);
    return id;
  };
  const department = (key: string) => place.departmentIds.get(key) ?? key;
  const revenueLines = input.revenueLines.map((l, i): RevenueDraft => {
    const o = stretch.revenueLines?.find((s) => s.lineId === l.id);
    return defined({ ...l, id: idOf(l.id), stretchVolume: o?.volume, stretchPrice: o?.price, stretchVariableCost: o?.variableCost, sortOrder: i + 1, version: 1 });
  });
  const costLines = input.costLines.map((l, i): CostDraft => {
    const o = stretch.costLines?.find((s) => s.lineId === l.id);
    const node = budget.costLineNodes[l.id];
    return {
      ...defined({ ...l, id: idOf(l.id), departmentId: department(l.departmentId), stretchAmount: o?.amount, sortOrder: i + 1, version: 1 }),
      planNodeId: node ? (place.nodeIds.get(node) ?? null) : null,
    };
  });
  const positions = input.positions.map((p, i): PositionDraft => {
    const o = stretch.positions?.find((s) => s.positionId === p.id);
    return defined({ ...p, id: idOf(p.id), departmentId: department(p.departmentId), stretchCount: o?.count, sortOrder: i + 1, version: 1 });
  });
  const loans = input.financing.loans.map((l, i): LoanDraft => ({ ...l, id: idOf(l.id), name: l.name ?? `Loan ${i + 1}`, sortOrder: i + 1, version: 1 }));
  const { loans: _loans, ...financing } = input.financing;
  return {
    header: {
      id: randomUUID(),
      orgId: place.orgId,
      planId: place.planId,
      name: budget.name,
      currency: place.currency,
      startMonth: input.startMonth,
      horizonMonths: input.horizonMonths,
      financing: defined(financing),
      stretch: defined({ ...(stretch.global ?? {}) }),
      lockedAt: null,
      lockedBy: null,
      version: 1,
    },
    revenueLines,
    costLines,
    positions,
    loans,
  };
}

/**
 * BAD_USER_INPUT on `field` when the budget the template lays out is not
 * one the budgets module would accept (validateBudget, the organisation's
 * departments included): a template is checked as a whole, so its budget
 * answers like any other part of it.
 */
export function assertBudgetValid(input: BudgetInput, departmentIds: readonly string[], field: string): void {
  const problems = validateBudget(input, { departmentIds });
  if (problems.length > 0) throw templateProblems(field, 'The template’s budget is not valid:', problems.map((p) => ({ path: `budget.${p.path}`, message: p.message })));
}

/**
 * The KPI targets the budget decides: each node whose KPI names a budget
 * figure takes it, linked, when the engine gives one that fits a target; a
 * figure it cannot give (no payback within the horizon) leaves the
 * template's own target, unlinked.
 */
export function budgetTargets(nodes: readonly BlueprintNode[], result: BudgetResult, horizonMonths: number): Map<string, KpiTarget> {
  const targets = new Map<string, KpiTarget>();
  for (const n of nodes) {
    const source = n.kpi?.budgetTarget;
    if (!source || kpiTargetSourceProblem(source, horizonMonths)) continue;
    const figure = budgetFigure(result, source);
    if (figure !== null && fitsKpiTarget(figure)) targets.set(n.key, { target: figure, source: { scenario: source.scenario, measure: source.measure, period: source.period } });
  }
  return targets;
}

/** Inserts the budget and its lines (one statement per kind of line) and returns their audit records. */
export async function insertBudget(em: EntityManager, drafts: BudgetDrafts, who: Pick<AuditRecord, 'orgId' | 'actorUserId' | 'requestId'>): Promise<AuditRecord[]> {
  const h = drafts.header;
  const [row] = await sql<Row>(
    em,
    `INSERT INTO budgets (id, org_id, plan_id, name, start_month, horizon_months, initial_investment, depreciation_months, own_funds, income_tax_rate,
                          stretch_volume, stretch_price, stretch_variable_cost, stretch_fixed_cost, stretch_headcount)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *`,
    [
      h.id,
      h.orgId,
      h.planId,
      h.name,
      h.startMonth,
      h.horizonMonths,
      h.financing.initialInvestment,
      h.financing.depreciationMonths,
      h.financing.ownFunds,
      h.financing.incomeTaxRate ?? null,
      h.stretch.volume ?? null,
      h.stretch.price ?? null,
      h.stretch.variableCost ?? null,
      h.stretch.fixedCost ?? null,
      h.stretch.headcount ?? null,
    ],
  );
  const lists: [BudgetLineKind, readonly (RevenueDraft | CostDraft | PositionDraft | LoanDraft)[]][] = [
    ['revenue', drafts.revenueLines],
    ['cost', drafts.costLines],
    ['position', drafts.positions],
    ['loan', drafts.loans],
  ];
  const records: AuditRecord[] = [{ ...who, entity: 'budget', entityId: h.id, action: 'create', after: { planId: h.planId, ...budgetAuditView(row) } }];
  for (const [kind, lines] of lists) {
    await insertLines(em, kind, h.orgId, h.id, lines);
    for (const line of lines) records.push({ ...who, entity: BUDGET_LINE_ENTITY[kind], entityId: line.id, action: 'create', after: { budgetId: h.id, ...lineAuditView(kind, line) } });
  }
  return records;
}
