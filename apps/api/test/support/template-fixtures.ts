import type { BudgetInput, PlanTemplate } from '@opsplan/domain';
import { Json, ownerQuery } from './test-app';

/** GraphQL documents of the templates, as the suites use them. */
export const TEMPLATE_FIELDS = `id key builtIn name { zhCN en } description { zhCN en } body createdAt version`;
export const TEMPLATES = `{ planTemplates { ${TEMPLATE_FIELDS} } }`;
export const TEMPLATE = `query($id: ID!) { planTemplate(id: $id) { ${TEMPLATE_FIELDS} } }`;
export const CREATE_FROM_TEMPLATE = `mutation($input: TemplateUseInput!) { createPlanFromTemplate(input: $input) {
  plan { id year name status progress } budgetId cycleId nodes { key id } checks { kind months paybackMonth met } } }`;
export const SAVE_AS_TEMPLATE = `mutation($input: SavePlanAsTemplateInput!) { savePlanAsTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const IMPORT_TEMPLATE = `mutation($input: ImportPlanTemplateInput!) { importPlanTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const DELETE_TEMPLATE = `mutation($input: TemplateVersionInput!) { deletePlanTemplate(input: $input) { id version } }`;
export const RESTORE_TEMPLATE = `mutation($id: ID!) { restorePlanTemplate(id: $id) { id version } }`;

const both = (en: string, zh = en) => ({ 'zh-CN': zh, en });

/**
 * A small annual template: an operations department (and its HR
 * department, names optionally suffixed so each use creates its own), a strategy with two
 * objectives, a project with a checklist that waits for a task of the other
 * objective, and a monthly routine.
 */
export function miniTemplate(key = 'mini-plan', departmentSuffix = ''): PlanTemplate {
  return {
    schemaVersion: 1,
    key,
    name: both('Mini plan', '小计划'),
    description: both('A small annual plan', '一个小的年度计划'),
    start: 'planYear',
    horizonMonths: 12,
    parameters: [],
    departments: [
      { key: 'ops', name: both(`Operations${departmentSuffix}`, `运营部${departmentSuffix}`), kind: 'operations' },
      { key: 'people', name: both(`People${departmentSuffix}`, `人力资源部${departmentSuffix}`), parent: 'ops', kind: 'hr', isHr: true },
    ],
    nodes: [
      { key: 'grow', level: 'strategy', title: both('Grow', '增长'), department: 'ops', owner: 'general_manager', timing: { from: 0, to: 12 } },
      { key: 'serve', parent: 'grow', level: 'objective', title: both('Serve', '服务'), department: 'ops', owner: 'director', dimension: 'production', weight: '2', timing: { from: 0, to: 12 } },
      { key: 'hire', parent: 'grow', level: 'objective', title: both('Hire', '招聘'), department: 'people', owner: 'director', timing: { from: 0, to: 6 } },
      { key: 'recruit', parent: 'hire', level: 'project', title: both('Recruit', '招人'), department: 'people', owner: 'manager', timing: { from: 0, to: 3 } },
      {
        key: 'open',
        parent: 'serve',
        level: 'project',
        title: both('Open', '开业'),
        department: 'ops',
        owner: 'manager',
        timing: { from: 1, to: 4 },
        checklist: [both('Lease', '租约'), both('Licence', '许可证')],
        dependsOn: ['recruit'],
      },
      { key: 'count', parent: 'open', level: 'activity', title: both('Count stock', '盘点'), department: 'ops', owner: 'staff', timing: { from: 1, to: 12 }, recurrence: 'monthly' },
    ],
  };
}

/** Rows of an organisation a template may create, counted, to prove a failed attempt created none. */
export async function rowCounts(orgId: string): Promise<Record<string, number>> {
  const tables = ['plans', 'plan_nodes', 'departments', 'budgets', 'budget_revenue_lines', 'budget_cost_lines', 'budget_positions', 'budget_loans', 'planning_cycles', 'cycle_stages', 'stage_deliverables', 'plan_templates', 'audit_log'];
  const [row] = await ownerQuery<Json>(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t} WHERE org_id = $1) AS ${t}`).join(', ')}`, [orgId]);
  return row;
}

const given = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

/** The engine's input from a budget as a finance user or an admin reads it (BUDGET), every driver shape included. */
export function engineInputFromApi(b: Json): BudgetInput {
  return {
    startMonth: b.startMonth,
    horizonMonths: b.horizonMonths,
    revenueLines: b.revenueLines.map((l: Json) => ({
      id: l.id,
      name: l.name,
      kind: l.kind,
      unitPrice: l.unitPrice,
      volume: given({ kind: l.volume.kind, perMonth: l.volume.perMonth, values: l.volume.values, start: l.volume.start, monthlyGrowth: l.volume.monthlyGrowth, seasonality: l.volume.seasonality }),
      ...(l.variableCost ? { variableCost: given({ kind: l.variableCost.kind, unitCost: l.variableCost.unitCost, rate: l.variableCost.rate }) } : {}),
    })),
    costLines: b.costLines.map((l: Json) =>
      given({
        id: l.id,
        name: l.name,
        departmentId: l.departmentId,
        category: l.category,
        amount: l.amountKind === 'monthly' ? { kind: 'monthly', amount: l.amount } : { kind: 'shareOfRevenue', rate: l.rate },
        firstMonth: l.firstMonth,
        lastMonth: l.lastMonth,
      }),
    ),
    positions: b.positions.map((p: Json) =>
      given({ id: p.id, departmentId: p.departmentId, roleTitle: p.roleTitle, count: p.count, monthlySalary: p.monthlySalary, onCostRate: p.onCostRate, firstMonth: p.firstMonth, lastMonth: p.lastMonth }),
    ),
    financing: given({
      initialInvestment: b.financing.initialInvestment,
      depreciationMonths: b.financing.depreciationMonths,
      ownFunds: b.financing.ownFunds,
      incomeTaxRate: b.financing.incomeTaxRate,
      loans: b.financing.loans.map((l: Json) => ({ id: l.id, name: l.name, principal: l.principal, annualRate: l.annualRate, termMonths: l.termMonths, repayment: l.repayment })),
    }),
    ...(b.stretch && Object.values(b.stretch).some((v) => v !== null) ? { stretch: { global: given({ ...b.stretch }) } } : {}),
  };
}
