import type { BudgetInput, BudgetProblem, CostCategory, CostLine, Financing, HeadcountPosition, Loan, RevenueLine, StretchMultipliers, VariableCostDriver, VolumeDriver } from '@opsplan/domain';
import type { Row } from '../../../database/versioned-update';
import { decimalText } from '../../plans/services/cascade-sql.util';
import type { BudgetLineKind } from '../dtos/budget-enums';
import type { CostLineInput, LoanInput, PositionInput, RevenueLineInput, VolumeDriverInput } from '../dtos/inputs/budget-lines.inputs';

/**
 * A budget as the service works on it: the header and every line with what
 * the engine needs plus what only the database keeps (order, version, the
 * per-line stretch multipliers, the cascade link). Rows become drafts, input
 * becomes drafts, and drafts become the engine's BudgetInput and the API's DTOs.
 */
export interface RevenueDraft extends RevenueLine {
  stretchVolume?: string;
  stretchPrice?: string;
  stretchVariableCost?: string;
  sortOrder: number;
  version: number;
}

export interface CostDraft extends CostLine {
  planNodeId: string | null;
  stretchAmount?: string;
  sortOrder: number;
  version: number;
}

export interface PositionDraft extends HeadcountPosition {
  stretchCount?: string;
  sortOrder: number;
  version: number;
}

export interface LoanDraft extends Loan {
  name: string;
  sortOrder: number;
  version: number;
}

export interface BudgetHeader {
  id: string;
  orgId: string;
  planId: string;
  name: string;
  currency: string;
  startMonth: string;
  horizonMonths: number;
  financing: Omit<Financing, 'loans'>;
  stretch: StretchMultipliers;
  lockedAt: Date | null;
  lockedBy: string | null;
  version: number;
}

export interface BudgetDrafts {
  header: BudgetHeader;
  revenueLines: RevenueDraft[];
  costLines: CostDraft[];
  positions: PositionDraft[];
  loans: LoanDraft[];
}

export type LineListKey = 'revenueLines' | 'costLines' | 'positions' | 'loans';
export const LIST_OF_KIND: Record<BudgetLineKind, LineListKey> = { revenue: 'revenueLines', cost: 'costLines', position: 'positions', loan: 'loans' };
export const TABLE_OF_KIND: Record<BudgetLineKind, string> = {
  revenue: 'budget_revenue_lines',
  cost: 'budget_cost_lines',
  position: 'budget_positions',
  loan: 'budget_loans',
};

/** Rates, multipliers and counts without trailing zeros ("0.25", "1.1", "3"); money keeps its cents ("1200.00"). */
const num = (value: unknown): string | undefined => decimalText(value) ?? undefined;
const money = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));
const month = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

export function headerFromRow(row: Row): BudgetHeader {
  return {
    id: row.id as string,
    orgId: row.org_id as string,
    planId: row.plan_id as string,
    name: row.name as string,
    currency: (row.currency as string | undefined) ?? 'CNY',
    startMonth: row.start_month as string,
    horizonMonths: row.horizon_months as number,
    financing: defined({
      initialInvestment: money(row.initial_investment) as string,
      depreciationMonths: row.depreciation_months as number,
      ownFunds: money(row.own_funds) as string,
      incomeTaxRate: num(row.income_tax_rate),
    }),
    stretch: defined({
      volume: num(row.stretch_volume),
      price: num(row.stretch_price),
      variableCost: num(row.stretch_variable_cost),
      fixedCost: num(row.stretch_fixed_cost),
      headcount: num(row.stretch_headcount),
    }),
    lockedAt: (row.locked_at as Date | null) ?? null,
    lockedBy: (row.locked_by as string | null) ?? null,
    version: row.version as number,
  };
}

export function revenueFromRow(r: Row): RevenueDraft {
  const kind = r.variable_cost_kind as VariableCostDriver['kind'] | null;
  return defined({
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as RevenueLine['kind'],
    unitPrice: money(r.unit_price) as string,
    volume: r.volume as VolumeDriver,
    variableCost: kind === 'unitCost' ? { kind, unitCost: money(r.variable_unit_cost) as string } : kind === 'shareOfRevenue' ? { kind, rate: num(r.variable_cost_rate) as string } : undefined,
    stretchVolume: num(r.stretch_volume),
    stretchPrice: num(r.stretch_price),
    stretchVariableCost: num(r.stretch_variable_cost),
    sortOrder: r.sort_order as number,
    version: r.version as number,
  });
}

export function costFromRow(r: Row): CostDraft {
  return {
    ...defined({
      id: r.id as string,
      name: r.name as string,
      departmentId: r.department_id as string,
      category: r.category as CostCategory,
      amount: r.amount_kind === 'monthly' ? { kind: 'monthly' as const, amount: money(r.amount) as string } : { kind: 'shareOfRevenue' as const, rate: num(r.rate) as string },
      firstMonth: month(r.first_month),
      lastMonth: month(r.last_month),
      stretchAmount: num(r.stretch_amount),
      sortOrder: r.sort_order as number,
      version: r.version as number,
    }),
    planNodeId: (r.plan_node_id as string | null) ?? null,
  };
}

export function positionFromRow(r: Row): PositionDraft {
  return defined({
    id: r.id as string,
    departmentId: r.department_id as string,
    roleTitle: r.role_title as string,
    count: num(r.count) as string,
    monthlySalary: money(r.monthly_salary) as string,
    onCostRate: num(r.on_cost_rate) as string,
    firstMonth: month(r.first_month),
    lastMonth: month(r.last_month),
    stretchCount: num(r.stretch_count),
    sortOrder: r.sort_order as number,
    version: r.version as number,
  });
}

export function loanFromRow(r: Row): LoanDraft {
  return {
    id: r.id as string,
    name: r.name as string,
    principal: money(r.principal) as string,
    annualRate: num(r.annual_rate) as string,
    termMonths: r.term_months as number,
    repayment: r.repayment as Loan['repayment'],
    sortOrder: r.sort_order as number,
    version: r.version as number,
  };
}

const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

function volumeFromInput(v: VolumeDriverInput): VolumeDriver {
  // Missing figures stay undefined, so validateBudget names them ("is required").
  if (v.kind === 'flat') return { kind: 'flat', perMonth: given(v.perMonth) as string };
  if (v.kind === 'monthly') return { kind: 'monthly', values: given(v.values) as string[] };
  return defined({ kind: 'growth' as const, start: given(v.start) as string, monthlyGrowth: given(v.monthlyGrowth) as string, seasonality: given(v.seasonality) });
}

export function revenueFromInput(i: RevenueLineInput, id: string, sortOrder: number, version: number): RevenueDraft {
  const vc = i.variableCost;
  return defined({
    id,
    name: i.name,
    kind: i.kind,
    unitPrice: i.unitPrice,
    volume: volumeFromInput(i.volume),
    variableCost: vc ? (vc.kind === 'unitCost' ? { kind: 'unitCost' as const, unitCost: given(vc.unitCost) as string } : { kind: 'shareOfRevenue' as const, rate: given(vc.rate) as string }) : undefined,
    stretchVolume: given(i.stretchVolume),
    stretchPrice: given(i.stretchPrice),
    stretchVariableCost: given(i.stretchVariableCost),
    sortOrder,
    version,
  });
}

export function costFromInput(i: CostLineInput, id: string, sortOrder: number, version: number): CostDraft {
  return {
    ...defined({
      id,
      name: i.name,
      departmentId: i.departmentId,
      category: i.category,
      amount: i.amountKind === 'monthly' ? { kind: 'monthly' as const, amount: given(i.amount) as string } : { kind: 'shareOfRevenue' as const, rate: given(i.rate) as string },
      firstMonth: given(i.firstMonth),
      lastMonth: given(i.lastMonth),
      stretchAmount: given(i.stretchAmount),
      sortOrder,
      version,
    }),
    planNodeId: i.planNodeId ?? null,
  };
}

export function positionFromInput(i: PositionInput, id: string, sortOrder: number, version: number): PositionDraft {
  return defined({
    id,
    departmentId: i.departmentId,
    roleTitle: i.roleTitle,
    count: i.count,
    monthlySalary: i.monthlySalary,
    onCostRate: i.onCostRate,
    firstMonth: given(i.firstMonth),
    lastMonth: given(i.lastMonth),
    stretchCount: given(i.stretchCount),
    sortOrder,
    version,
  });
}

export function loanFromInput(i: LoanInput, id: string, sortOrder: number, version: number): LoanDraft {
  return { id, name: i.name, principal: i.principal, annualRate: i.annualRate, termMonths: i.termMonths, repayment: i.repayment, sortOrder, version };
}

/** The engine's view of a budget, with where each stretch override came from (for naming problems). */
export interface EngineBudget {
  input: BudgetInput;
  /** index in stretch.revenueLines / costLines / positions → index of the line */
  stretchLine: { revenueLines: number[]; costLines: number[]; positions: number[] };
}

export function toEngineInput(d: BudgetDrafts): EngineBudget {
  const stretchLine = { revenueLines: [] as number[], costLines: [] as number[], positions: [] as number[] };
  const revenueOverrides: NonNullable<NonNullable<BudgetInput['stretch']>['revenueLines']> = [];
  d.revenueLines.forEach((l, i) => {
    if (l.stretchVolume === undefined && l.stretchPrice === undefined && l.stretchVariableCost === undefined) return;
    stretchLine.revenueLines.push(i);
    revenueOverrides.push(defined({ lineId: l.id, volume: l.stretchVolume, price: l.stretchPrice, variableCost: l.stretchVariableCost }));
  });
  const costOverrides: { lineId: string; amount?: string }[] = [];
  d.costLines.forEach((l, i) => {
    if (l.stretchAmount === undefined) return;
    stretchLine.costLines.push(i);
    costOverrides.push({ lineId: l.id, amount: l.stretchAmount });
  });
  const positionOverrides: { positionId: string; count?: string }[] = [];
  d.positions.forEach((p, i) => {
    if (p.stretchCount === undefined) return;
    stretchLine.positions.push(i);
    positionOverrides.push({ positionId: p.id, count: p.stretchCount });
  });
  const hasGlobal = Object.keys(d.header.stretch).length > 0;
  const hasStretch = hasGlobal || revenueOverrides.length > 0 || costOverrides.length > 0 || positionOverrides.length > 0;
  const input: BudgetInput = {
    startMonth: d.header.startMonth,
    horizonMonths: d.header.horizonMonths,
    revenueLines: d.revenueLines.map((l) => defined({ id: l.id, name: l.name, kind: l.kind, unitPrice: l.unitPrice, volume: l.volume, variableCost: l.variableCost })),
    costLines: d.costLines.map((l) => defined({ id: l.id, name: l.name, departmentId: l.departmentId, category: l.category, amount: l.amount, firstMonth: l.firstMonth, lastMonth: l.lastMonth })),
    positions: d.positions.map((p) =>
      defined({
        id: p.id,
        departmentId: p.departmentId,
        roleTitle: p.roleTitle,
        count: p.count,
        monthlySalary: p.monthlySalary,
        onCostRate: p.onCostRate,
        firstMonth: p.firstMonth,
        lastMonth: p.lastMonth,
      }),
    ),
    financing: { ...d.header.financing, loans: d.loans.map((l) => ({ id: l.id, name: l.name, principal: l.principal, annualRate: l.annualRate, termMonths: l.termMonths, repayment: l.repayment })) },
  };
  if (hasStretch) {
    input.stretch = defined({
      global: hasGlobal ? d.header.stretch : undefined,
      revenueLines: revenueOverrides.length ? revenueOverrides : undefined,
      costLines: costOverrides.length ? costOverrides : undefined,
      positions: positionOverrides.length ? positionOverrides : undefined,
    });
  }
  return { input, stretchLine };
}

/** A problem as the API reports it: the field named as the caller sent it. */
export interface FieldProblemView {
  field: string;
  /** validateBudget's code: negative, notADecimal, monthOutsideHorizon, … */
  code: string;
  message: string;
  lineId?: string;
}

const CAPITAL = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Names a validateBudget problem after the field the caller sent. Lines
 * 0..inputCount−1 of each list are the caller's own, in their order (so
 * `positions[0].count` is the first position of the input); the others are
 * stored lines the request did not touch, named by id (`costLines(<id>).lastMonth`).
 */
export function problemField(problem: BudgetProblem, engine: EngineBudget, drafts: BudgetDrafts, inputCounts: Partial<Record<LineListKey, number>>): FieldProblemView {
  // The same answer for another organisation's department as for one that never existed.
  if (problem.code === 'unknownDepartment') problem = { ...problem, message: 'names no department of this organisation' };
  let path = problem.path;
  let m: RegExpExecArray | null;
  if ((m = /^stretch\.global\.(\w+)$/.exec(path))) path = `stretch.${m[1]}`;
  else if ((m = /^stretch\.revenueLines\[(\d+)\]\.(\w+)$/.exec(path))) {
    path = `revenueLines[${engine.stretchLine.revenueLines[Number(m[1])]}].${m[2] === 'lineId' ? 'id' : `stretch${CAPITAL(m[2])}`}`;
  } else if ((m = /^stretch\.costLines\[(\d+)\]\.(\w+)$/.exec(path))) {
    path = `costLines[${engine.stretchLine.costLines[Number(m[1])]}].${m[2] === 'lineId' ? 'id' : 'stretchAmount'}`;
  } else if ((m = /^stretch\.positions\[(\d+)\]\.(\w+)$/.exec(path))) {
    path = `positions[${engine.stretchLine.positions[Number(m[1])]}].${m[2] === 'positionId' ? 'id' : 'stretchCount'}`;
  } else if ((m = /^financing\.loans(.*)$/.exec(path))) path = `loans${m[1]}`;
  if ((m = /^costLines\[(\d+)\]\.amount\.(amount|rate|kind)$/.exec(path))) path = `costLines[${m[1]}].${m[2] === 'kind' ? 'amountKind' : m[2]}`;

  const line = /^(revenueLines|costLines|positions|loans)\[(\d+)\](.*)$/.exec(path);
  if (line) {
    const list = line[1] as LineListKey;
    const index = Number(line[2]);
    const lineId = drafts[list][index]?.id;
    if (index >= (inputCounts[list] ?? 0) && lineId) return { field: `${list}(${lineId})${line[3]}`, code: problem.code, message: problem.message, lineId };
  }
  return { field: path, code: problem.code, message: problem.message };
}
