// Saving a plan as a template: its departments, cascade, dates (as months
// from the plan's start) and budget, so another plan year can start from it.
import { monthOffset } from '../budget/months';
import type { BudgetInput } from '../budget/types';
import { kpiTargetSourceProblem } from '../budget/kpi-target';
import type { Level } from '../cascade/levels';
import { addDays } from '../cycle/calendar';
import { monthsFromStart } from './dates';
import { MAX, MIN_SPAN_MONTHS } from './parse/rules';
import { escapeBraces } from './text';
import type { LocalizedText, OwnerRole, PlanTemplate, PlanTemplateSource, TemplateBudget, TemplateDepartment, TemplateNode, TemplateTiming } from './types';

type SourceNode = PlanTemplateSource['nodes'][number];

/** Who owns each level, as the cascade has it (BRIEF §1). */
const OWNER_OF_LEVEL: Record<Level, OwnerRole> = { strategy: 'general_manager', objective: 'director', project: 'manager', task: 'supervisor', activity: 'staff' };

/** The plan's own words: written once, the same in both languages, with any `{` kept literal. */
const plain = (text: string): LocalizedText => ({ 'zh-CN': escapeBraces(text), en: escapeBraces(text) });

/** For nodes without a department when the plan has none at all. */
const FALLBACK_DEPARTMENT: TemplateDepartment = { key: 'head-office', name: { 'zh-CN': '总部', en: 'Head office' } };

/** A template of the plan. Its output passes parsePlanTemplate for any plan the API holds. */
export function templateFromPlan(source: PlanTemplateSource): PlanTemplate {
  const departments = new DepartmentKeys(source.departments);
  const horizon = horizonOf(source);
  const nodeKeys = new Map(source.nodes.map((n, i) => [n.id, `n-${i + 1}`]));
  const nodeDepartments = new Map<string, string>();
  const nodes = source.nodes.map((node) => {
    const department = departments.key(node.departmentId) ?? (node.parentId ? nodeDepartments.get(node.parentId) : undefined) ?? departments.fallback();
    nodeDepartments.set(node.id, department);
    return templateNode(node, { nodeKeys, department, horizon, start: source.plan.startDate, budgetHorizon: source.budget?.input.horizonMonths ?? null });
  });
  const projects = new Set(source.nodes.filter((n) => n.level === 'project').map((n) => n.id));
  const budget = source.budget ? templateBudget(source.budget, departments, (id) => (projects.has(id) ? nodeKeys.get(id) : undefined)) : undefined;
  return {
    schemaVersion: 1,
    key: source.key,
    name: source.name,
    description: source.description['zh-CN'].trim() && source.description.en.trim() ? source.description : source.name,
    start: 'planYear',
    horizonMonths: horizon,
    parameters: [],
    departments: departments.list(),
    nodes,
    ...(source.hasCycle ? { cycle: true } : {}),
    ...(budget ? { budget } : {}),
  };
}

/** Department ids to keys; a department is made up only if a node or line needs one and the plan has none. */
class DepartmentKeys {
  private readonly keys: Map<string, string>;
  private needsFallback = false;

  constructor(private readonly source: PlanTemplateSource['departments']) {
    this.keys = new Map(source.map((d, i) => [d.id, `d-${i + 1}`]));
  }

  key(id: string | null): string | undefined {
    return id === null ? undefined : this.keys.get(id);
  }

  fallback(): string {
    if (this.source.length > 0) return this.keys.get(this.source[0].id) as string;
    this.needsFallback = true;
    return FALLBACK_DEPARTMENT.key;
  }

  list(): TemplateDepartment[] {
    const firstHr = this.source.find((d) => d.isHr)?.id;
    const departments = this.source.map((d) => {
      const parent = this.key(d.parentId);
      return { key: this.keys.get(d.id) as string, name: plain(d.name), ...(parent ? { parent } : {}), ...(d.id === firstHr ? { isHr: true } : {}) };
    });
    return this.needsFallback ? [FALLBACK_DEPARTMENT] : departments;
  }
}

/** Months from the plan's start to its last due date, a year at least. */
function horizonOf(source: PlanTemplateSource): number {
  const ends = source.nodes.flatMap((n) => (n.dueDate ? [monthsFromStart(source.plan.startDate, addDays(n.dueDate, 1))] : []));
  return Math.min(MAX.horizonMonths, Math.max(12, Math.ceil(Math.max(0, ...ends))));
}

interface NodeScope {
  nodeKeys: Map<string, string>;
  department: string;
  horizon: number;
  start: string;
  budgetHorizon: number | null;
}

function templateNode(node: SourceNode, scope: NodeScope): TemplateNode {
  const parent = node.parentId ? scope.nodeKeys.get(node.parentId) : undefined;
  const dependsOn = node.dependsOn.flatMap((id) => scope.nodeKeys.get(id) ?? []).slice(0, MAX.dependsOn);
  const checklist = node.checklist.filter((item) => item.trim() !== '').slice(0, MAX.checklist).map(plain);
  return {
    key: scope.nodeKeys.get(node.id) as string,
    ...(parent ? { parent } : {}),
    level: node.level,
    title: plain(node.title),
    ...(node.description?.trim() ? { description: plain(node.description) } : {}),
    department: scope.department,
    owner: OWNER_OF_LEVEL[node.level],
    ...(node.dimension ? { dimension: node.dimension } : {}),
    weight: node.weight,
    timing: timingOf(node, scope),
    ...(node.kpi ? { kpi: kpiOf(node.kpi, scope.budgetHorizon) } : {}),
    ...(node.recurrence ? { recurrence: node.recurrence } : {}),
    ...(checklist.length ? { checklist } : {}),
    ...(dependsOn.length ? { dependsOn } : {}),
  };
}

/** The node's dates as months from the plan's start; undated ends take the plan's whole horizon. */
function timingOf(node: SourceNode, scope: NodeScope): TemplateTiming {
  const clamp = (months: number) => Math.min(scope.horizon, Math.max(0, months));
  let from = node.startDate ? clamp(monthsFromStart(scope.start, node.startDate)) : 0;
  let to = node.dueDate ? clamp(monthsFromStart(scope.start, addDays(node.dueDate, 1))) : scope.horizon;
  // A one-day node (or one with its dates reversed) still needs a span a month offset can express.
  if (to - from < MIN_SPAN_MONTHS) {
    if (from + MIN_SPAN_MONTHS <= scope.horizon) to = from + MIN_SPAN_MONTHS;
    else from = scope.horizon - MIN_SPAN_MONTHS;
  }
  return { from: Number(from.toFixed(2)), to: Number(to.toFixed(2)) };
}

function kpiOf(kpi: NonNullable<SourceNode['kpi']>, budgetHorizon: number | null): NonNullable<TemplateNode['kpi']> {
  const linked = kpi.budgetTarget && budgetHorizon !== null && kpiTargetSourceProblem(kpi.budgetTarget, budgetHorizon) === null;
  return {
    name: plain(kpi.name),
    unit: plain(kpi.unit ?? ''),
    direction: kpi.direction,
    baseline: kpi.baseline,
    target: kpi.target,
    ...(linked && kpi.budgetTarget ? { budgetTarget: { ...kpi.budgetTarget } } : {}),
  };
}

/** The budget's drivers; months count from the budget's own first month, which the new plan's start replaces. */
function templateBudget(budget: NonNullable<PlanTemplateSource['budget']>, departments: DepartmentKeys, projectKey: (id: string) => string | undefined): TemplateBudget {
  const input = budget.input;
  const monthOf = (m: string | undefined) => (m === undefined ? undefined : monthOffset(input.startMonth, m) + 1);
  const active = (first: string | undefined, last: string | undefined) => {
    const [from, to] = [monthOf(first), monthOf(last)];
    return { ...(from !== undefined ? { fromMonth: from } : {}), ...(to !== undefined ? { toMonth: to } : {}) };
  };
  const department = (id: string) => departments.key(id) ?? departments.fallback();
  const stretchVolume = new Map((input.stretch?.revenueLines ?? []).flatMap((o) => (o.volume ? [[o.lineId, o.volume] as const] : [])));
  return {
    name: plain(budget.name),
    horizonMonths: input.horizonMonths,
    revenueLines: input.revenueLines.map((line, i) => ({
      key: `r-${i + 1}`,
      name: plain(line.name),
      kind: line.kind,
      unitPrice: line.unitPrice,
      volume: volumeOf(line.volume),
      ...(line.variableCost ? { variableCost: { ...line.variableCost } } : {}),
      ...(stretchVolume.has(line.id) ? { stretchVolume: stretchVolume.get(line.id) } : {}),
    })),
    costLines: input.costLines.map((line, i) => {
      const node = budget.costLineNodes[line.id] ? projectKey(budget.costLineNodes[line.id]) : undefined;
      return { key: `c-${i + 1}`, name: plain(line.name), department: department(line.departmentId), category: line.category, amount: { ...line.amount }, ...active(line.firstMonth, line.lastMonth), ...(node ? { node } : {}) };
    }),
    positions: input.positions.map((p, i) => ({
      key: `p-${i + 1}`,
      department: department(p.departmentId),
      role: plain(p.roleTitle),
      count: p.count,
      monthlySalary: p.monthlySalary,
      onCostRate: p.onCostRate,
      ...active(p.firstMonth, p.lastMonth),
    })),
    financing: {
      initialInvestment: input.financing.initialInvestment,
      depreciationMonths: input.financing.depreciationMonths,
      ownFunds: input.financing.ownFunds,
      loans: input.financing.loans.map((loan, i) => ({
        key: `l-${i + 1}`,
        name: loan.name?.trim() ? plain(loan.name) : { 'zh-CN': '贷款', en: 'Loan' },
        principal: loan.principal,
        annualRate: loan.annualRate,
        termMonths: loan.termMonths,
        repayment: loan.repayment,
      })),
      ...(input.financing.incomeTaxRate !== undefined ? { incomeTaxRate: input.financing.incomeTaxRate } : {}),
    },
    ...(input.stretch?.global && Object.keys(input.stretch.global).length ? { stretch: { ...input.stretch.global } } : {}),
  };
}

function volumeOf(volume: BudgetInput['revenueLines'][number]['volume']): TemplateBudget['revenueLines'][number]['volume'] {
  if (volume.kind === 'growth') return { kind: 'growth', start: volume.start, monthlyGrowth: volume.monthlyGrowth, ...(volume.seasonality ? { seasonality: [...volume.seasonality] } : {}) };
  return volume.kind === 'flat' ? { kind: 'flat', perMonth: volume.perMonth } : { kind: 'monthly', values: [...volume.values] };
}
