import { BudgetAccess, BudgetInput, computeBudget, SALARY_TOTAL_MIN_PEOPLE } from '@opsplan/domain';
import type {
  BudgetActualDto,
  BudgetCostLineDto,
  BudgetDto,
  BudgetLoanDto,
  BudgetPositionDto,
  BudgetRevenueLineDto,
  DepartmentLabourDto,
} from '../dtos/budget.dto';
import type { BudgetDrafts, CostDraft, LoanDraft, PositionDraft, RevenueDraft } from './budget-drafts.util';
import { toEngineInput } from './budget-drafts.util';
import type { ActualRow } from './budget-sql.util';

export const revenueView = (l: RevenueDraft): BudgetRevenueLineDto => ({
  id: l.id,
  name: l.name,
  kind: l.kind,
  unitPrice: l.unitPrice,
  volume: {
    kind: l.volume.kind,
    perMonth: l.volume.kind === 'flat' ? l.volume.perMonth : null,
    values: l.volume.kind === 'monthly' ? l.volume.values : null,
    start: l.volume.kind === 'growth' ? l.volume.start : null,
    monthlyGrowth: l.volume.kind === 'growth' ? l.volume.monthlyGrowth : null,
    seasonality: l.volume.kind === 'growth' ? (l.volume.seasonality ?? null) : null,
  },
  variableCost: l.variableCost
    ? { kind: l.variableCost.kind, unitCost: l.variableCost.kind === 'unitCost' ? l.variableCost.unitCost : null, rate: l.variableCost.kind === 'shareOfRevenue' ? l.variableCost.rate : null }
    : null,
  stretchVolume: l.stretchVolume ?? null,
  stretchPrice: l.stretchPrice ?? null,
  stretchVariableCost: l.stretchVariableCost ?? null,
  sortOrder: l.sortOrder,
  version: l.version,
});

export const costView = (l: CostDraft): BudgetCostLineDto => ({
  id: l.id,
  name: l.name,
  departmentId: l.departmentId,
  category: l.category,
  amountKind: l.amount.kind,
  amount: l.amount.kind === 'monthly' ? l.amount.amount : null,
  rate: l.amount.kind === 'shareOfRevenue' ? l.amount.rate : null,
  firstMonth: l.firstMonth ?? null,
  lastMonth: l.lastMonth ?? null,
  planNodeId: l.planNodeId,
  stretchAmount: l.stretchAmount ?? null,
  sortOrder: l.sortOrder,
  version: l.version,
});

/** A position as the caller may see it: salary and on-costs only for those who may see salaries. */
export const positionView = (p: PositionDraft, seeSalaries: boolean): BudgetPositionDto => ({
  id: p.id,
  departmentId: p.departmentId,
  roleTitle: p.roleTitle,
  count: p.count,
  monthlySalary: seeSalaries ? p.monthlySalary : null,
  onCostRate: seeSalaries ? p.onCostRate : null,
  firstMonth: p.firstMonth ?? null,
  lastMonth: p.lastMonth ?? null,
  stretchCount: p.stretchCount ?? null,
  sortOrder: p.sortOrder,
  version: p.version,
});

export const loanView = (l: LoanDraft): BudgetLoanDto => ({
  id: l.id,
  name: l.name,
  principal: l.principal,
  annualRate: l.annualRate,
  termMonths: l.termMonths,
  repayment: l.repayment,
  sortOrder: l.sortOrder,
  version: l.version,
});

export const actualView = (a: ActualRow): BudgetActualDto => ({ ...a });

/** The lines a caller sees: everything for readAll; a manager sees their department's cost lines, and positions per seeSalaries (the HR manager: all). */
export function visibleLines(d: BudgetDrafts, access: BudgetAccess): { costLines: CostDraft[]; positions: PositionDraft[] } {
  if (access.readAll) return { costLines: d.costLines, positions: d.positions };
  const own = <T extends { departmentId: string }>(l: T) => access.departmentId !== null && l.departmentId === access.departmentId;
  return { costLines: d.costLines.filter(own), positions: access.seeSalaries ? d.positions : d.positions.filter(own) };
}

/**
 * Standard headcount and labour cost per department and month of the
 * responsibility target, from the budget engine over the given positions
 * only (so no revenue, cost or financing figure enters). With `mask`, a
 * month in which the department has fewer than SALARY_TOTAL_MIN_PEOPLE
 * people shows no labour cost: the total would give away someone's pay.
 */
export function departmentLabour(d: BudgetDrafts, positions: readonly PositionDraft[], departmentIds: readonly string[], mask: boolean): DepartmentLabourDto[] {
  if (departmentIds.length === 0) return [];
  // Every read of a budget shows these figures, and positions change far less often than budgets are read:
  // recent answers are kept by their exact inputs (the header and positions as stored, the departments, the mask).
  const key = JSON.stringify([d.header, positions, departmentIds, mask]);
  const known = labourByInputs.get(key);
  if (known) {
    labourByInputs.delete(key); // most recently used last
    labourByInputs.set(key, known);
    return known;
  }
  const labour = computeDepartmentLabour(d, positions, departmentIds, mask);
  labourByInputs.set(key, labour);
  if (labourByInputs.size > LABOUR_ANSWERS_KEPT) labourByInputs.delete(labourByInputs.keys().next().value as string);
  return labour;
}

const LABOUR_ANSWERS_KEPT = 64;
const labourByInputs = new Map<string, DepartmentLabourDto[]>();

function computeDepartmentLabour(d: BudgetDrafts, positions: readonly PositionDraft[], departmentIds: readonly string[], mask: boolean): DepartmentLabourDto[] {
  const { input: full } = toEngineInput({ ...d, revenueLines: [], costLines: [], loans: [], positions: [...positions] });
  const input: BudgetInput = {
    ...full,
    financing: { initialInvestment: '0', depreciationMonths: 1, ownFunds: '0', loans: [] },
    stretch: undefined,
  };
  const months = computeBudget(input).responsibility.months;
  return departmentIds.map((departmentId) => {
    const headcount = months.map((m) => m.headcountByDepartment[departmentId] ?? '0.00');
    const labourCost = months.map((m, i) => (mask && Number(headcount[i]) < SALARY_TOTAL_MIN_PEOPLE ? null : (m.labourCostByDepartment[departmentId] ?? '0.00')));
    return { departmentId, headcount, labourCost, masked: labourCost.some((c) => c === null) };
  });
}

/** The budget as the caller may see it (see budgetAccess). */
export function budgetView(d: BudgetDrafts, actuals: readonly ActualRow[], access: BudgetAccess): BudgetDto {
  const { costLines, positions } = visibleLines(d, access);
  const h = d.header;
  let labourDepartments: string[];
  if (access.seeSalaries) {
    labourDepartments = [...new Set(positions.map((p) => p.departmentId))];
    if (access.departmentId && !labourDepartments.includes(access.departmentId)) labourDepartments.push(access.departmentId);
  } else {
    labourDepartments = access.departmentId ? [access.departmentId] : [];
  }
  // A manager's department totals come from that department's positions alone.
  const labourPositions = access.seeSalaries ? positions : positions.filter((p) => p.departmentId === access.departmentId);
  return {
    id: h.id,
    orgId: h.orgId,
    planId: h.planId,
    name: h.name,
    currency: h.currency,
    startMonth: h.startMonth,
    horizonMonths: h.horizonMonths,
    version: h.version,
    lockedAt: h.lockedAt,
    lockedById: h.lockedBy,
    access,
    financing: access.readAll
      ? {
          initialInvestment: h.financing.initialInvestment,
          depreciationMonths: h.financing.depreciationMonths,
          ownFunds: h.financing.ownFunds,
          incomeTaxRate: h.financing.incomeTaxRate ?? null,
          loans: d.loans.map(loanView),
        }
      : null,
    stretch: access.readAll
      ? {
          volume: h.stretch.volume ?? null,
          price: h.stretch.price ?? null,
          variableCost: h.stretch.variableCost ?? null,
          fixedCost: h.stretch.fixedCost ?? null,
          headcount: h.stretch.headcount ?? null,
        }
      : null,
    // The owner of the open sales forecast sees the revenue lines they edit (and no other figure of the whole budget).
    revenueLines: access.readAll || access.editRevenue ? d.revenueLines.map(revenueView) : [],
    costLines: costLines.map(costView),
    positions: positions.map((p) => positionView(p, access.seeSalaries)),
    departmentLabour: departmentLabour(d, labourPositions, labourDepartments, !access.seeSalaries),
    actuals: access.readAll ? actuals.map(actualView) : [],
  };
}
