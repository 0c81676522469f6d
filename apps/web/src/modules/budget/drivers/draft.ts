import type { BudgetInput, CostLine, HeadcountPosition, Loan, RevenueLine, StretchOverrides, VolumeDriver } from '@opsplan/domain';
import type { BudgetFieldsFragment, CostAmountKind, CostCategory, LoanRepayment, RevenueLineKind, VolumeKind } from '../../../gql/graphql';

// The driver editor's draft: the budget as finance edits it, before saving.
// Every figure is kept as the text typed (a decimal string once it is one),
// so validation can name a bad cell instead of the editor guessing a value.

export type LineKind = 'revenue' | 'cost' | 'position' | 'loan';
export const LINE_KINDS: readonly LineKind[] = ['revenue', 'cost', 'position', 'loan'];

interface LineIdentity {
  /** The line's id once saved, `new-…` before: stable while editing, and the line's id in the previewed BudgetInput. */
  key: string;
  id: string | null;
  /** The version read; sent back so a line changed meanwhile by someone else answers CONFLICT. */
  version: number | null;
  sortOrder: number;
}

export type VariableCostChoice = 'none' | 'unitCost' | 'shareOfRevenue';

export interface RevenueRow extends LineIdentity {
  name: string;
  kind: RevenueLineKind;
  unitPrice: string;
  volumeKind: VolumeKind;
  /** flat */
  perMonth: string;
  /** monthly: one per horizon month */
  values: string[];
  /** growth */
  start: string;
  monthlyGrowth: string;
  /** growth: 12 factors, January to December; empty when the line has no profile */
  seasonality: string[];
  variableCostKind: VariableCostChoice;
  unitCost: string;
  variableCostRate: string;
  stretchVolume: string;
  stretchPrice: string;
  stretchVariableCost: string;
}

export interface CostRow extends LineIdentity {
  name: string;
  departmentId: string;
  category: CostCategory;
  amountKind: CostAmountKind;
  amount: string;
  rate: string;
  /** "" is the horizon's first (last) month. */
  firstMonth: string;
  lastMonth: string;
  planNodeId: string | null;
  stretchAmount: string;
}

export interface PositionRow extends LineIdentity {
  departmentId: string;
  roleTitle: string;
  count: string;
  /** "" when the reader may not see salaries. */
  monthlySalary: string;
  onCostRate: string;
  firstMonth: string;
  lastMonth: string;
  stretchCount: string;
}

export interface LoanRow extends LineIdentity {
  name: string;
  principal: string;
  annualRate: string;
  termMonths: string;
  repayment: LoanRepayment;
}

export interface DraftRows {
  revenue: RevenueRow;
  cost: CostRow;
  position: PositionRow;
  loan: LoanRow;
}
export type DraftRow = DraftRows[LineKind];
export type DraftLines = { [K in LineKind]: DraftRows[K][] };

export interface FinancingDraft {
  initialInvestment: string;
  depreciationMonths: string;
  ownFunds: string;
  /** "" is no income tax. */
  incomeTaxRate: string;
}

export interface StretchDraft {
  volume: string;
  price: string;
  variableCost: string;
  fixedCost: string;
  headcount: string;
}

export interface BudgetDraft {
  /** The budget's version this draft was read at: updateBudget sends it back. */
  version: number;
  /** The reader may not see salaries: positions come without them and preview at zero (such readers never edit them). */
  salariesHidden: boolean;
  startMonth: string;
  horizonMonths: number;
  lines: DraftLines;
  /** null when the reader may not see financing (not readAll). */
  financing: FinancingDraft | null;
  stretch: StretchDraft | null;
}

const text = (value: string | null | undefined): string => value ?? '';

/** A whole number typed as text; NaN when it is not one, which validation reports on the cell. */
export function toInt(value: string): number {
  return /^\s*-?\d+\s*$/.test(value) ? Number(value.trim()) : Number.NaN;
}

export function budgetToDraft(budget: BudgetFieldsFragment): BudgetDraft {
  const bySort = <T extends { sortOrder: number }>(items: readonly T[]) => [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  return {
    version: budget.version,
    salariesHidden: !budget.access.seeSalaries,
    startMonth: budget.startMonth,
    horizonMonths: budget.horizonMonths,
    lines: {
      revenue: bySort(budget.revenueLines).map((line) => ({
        key: line.id,
        id: line.id,
        version: line.version,
        sortOrder: line.sortOrder,
        name: line.name,
        kind: line.kind,
        unitPrice: line.unitPrice,
        volumeKind: line.volume.kind,
        perMonth: text(line.volume.perMonth),
        values: line.volume.values ? [...line.volume.values] : [],
        start: text(line.volume.start),
        monthlyGrowth: text(line.volume.monthlyGrowth),
        seasonality: line.volume.seasonality ? [...line.volume.seasonality] : [],
        variableCostKind: line.variableCost?.kind ?? 'none',
        unitCost: text(line.variableCost?.unitCost),
        variableCostRate: text(line.variableCost?.rate),
        stretchVolume: text(line.stretchVolume),
        stretchPrice: text(line.stretchPrice),
        stretchVariableCost: text(line.stretchVariableCost),
      })),
      cost: bySort(budget.costLines).map((line) => ({
        key: line.id,
        id: line.id,
        version: line.version,
        sortOrder: line.sortOrder,
        name: line.name,
        departmentId: line.departmentId,
        category: line.category,
        amountKind: line.amountKind,
        amount: text(line.amount),
        rate: text(line.rate),
        firstMonth: text(line.firstMonth),
        lastMonth: text(line.lastMonth),
        planNodeId: line.planNodeId,
        stretchAmount: text(line.stretchAmount),
      })),
      position: bySort(budget.positions).map((position) => ({
        key: position.id,
        id: position.id,
        version: position.version,
        sortOrder: position.sortOrder,
        departmentId: position.departmentId,
        roleTitle: position.roleTitle,
        count: position.count,
        monthlySalary: text(position.monthlySalary),
        onCostRate: text(position.onCostRate),
        firstMonth: text(position.firstMonth),
        lastMonth: text(position.lastMonth),
        stretchCount: text(position.stretchCount),
      })),
      loan: bySort(budget.financing?.loans ?? []).map((loan) => ({
        key: loan.id,
        id: loan.id,
        version: loan.version,
        sortOrder: loan.sortOrder,
        name: loan.name,
        principal: loan.principal,
        annualRate: loan.annualRate,
        termMonths: String(loan.termMonths),
        repayment: loan.repayment,
      })),
    },
    financing: budget.financing
      ? {
          initialInvestment: budget.financing.initialInvestment,
          depreciationMonths: String(budget.financing.depreciationMonths),
          ownFunds: budget.financing.ownFunds,
          incomeTaxRate: text(budget.financing.incomeTaxRate),
        }
      : null,
    stretch: budget.access.readAll
      ? {
          volume: text(budget.stretch?.volume),
          price: text(budget.stretch?.price),
          variableCost: text(budget.stretch?.variableCost),
          fixedCost: text(budget.stretch?.fixedCost),
          headcount: text(budget.stretch?.headcount),
        }
      : null,
  };
}

// ─── Draft → domain BudgetInput (preview and validation) ────────────────────

function volumeOf(row: RevenueRow): VolumeDriver {
  if (row.volumeKind === 'flat') return { kind: 'flat', perMonth: row.perMonth };
  if (row.volumeKind === 'monthly') return { kind: 'monthly', values: row.values };
  return {
    kind: 'growth',
    start: row.start,
    monthlyGrowth: row.monthlyGrowth,
    ...(row.seasonality.length > 0 ? { seasonality: row.seasonality } : {}),
  };
}

function revenueLineOf(row: RevenueRow): RevenueLine {
  return {
    id: row.key,
    name: row.name,
    kind: row.kind,
    unitPrice: row.unitPrice,
    volume: volumeOf(row),
    ...(row.variableCostKind === 'unitCost'
      ? { variableCost: { kind: 'unitCost' as const, unitCost: row.unitCost } }
      : row.variableCostKind === 'shareOfRevenue'
        ? { variableCost: { kind: 'shareOfRevenue' as const, rate: row.variableCostRate } }
        : {}),
  };
}

const months = (row: { firstMonth: string; lastMonth: string }) => ({
  ...(row.firstMonth ? { firstMonth: row.firstMonth } : {}),
  ...(row.lastMonth ? { lastMonth: row.lastMonth } : {}),
});

function costLineOf(row: CostRow): CostLine {
  return {
    id: row.key,
    name: row.name,
    departmentId: row.departmentId,
    category: row.category,
    amount: row.amountKind === 'monthly' ? { kind: 'monthly', amount: row.amount } : { kind: 'shareOfRevenue', rate: row.rate },
    ...months(row),
  };
}

function positionOf(row: PositionRow, salariesHidden: boolean): HeadcountPosition {
  return {
    id: row.key,
    departmentId: row.departmentId,
    roleTitle: row.roleTitle,
    count: row.count,
    monthlySalary: salariesHidden ? '0' : row.monthlySalary,
    onCostRate: salariesHidden ? '0' : row.onCostRate,
    ...months(row),
  };
}

function loanOf(row: LoanRow): Loan {
  return { id: row.key, name: row.name, principal: row.principal, annualRate: row.annualRate, termMonths: toInt(row.termMonths), repayment: row.repayment };
}

const hasRevenueStretch = (row: RevenueRow) => row.stretchVolume !== '' || row.stretchPrice !== '' || row.stretchVariableCost !== '';
export const revenueStretchRows = (draft: BudgetDraft) => draft.lines.revenue.filter(hasRevenueStretch);
export const costStretchRows = (draft: BudgetDraft) => draft.lines.cost.filter((row) => row.stretchAmount !== '');
export const positionStretchRows = (draft: BudgetDraft) => draft.lines.position.filter((row) => row.stretchCount !== '');

function stretchOf(draft: BudgetDraft): StretchOverrides | undefined {
  const global: NonNullable<StretchOverrides['global']> = {};
  for (const key of ['volume', 'price', 'variableCost', 'fixedCost', 'headcount'] as const) {
    const value = draft.stretch?.[key] ?? '';
    if (value !== '') global[key] = value;
  }
  const only = (value: string) => (value === '' ? undefined : value);
  const stretch: StretchOverrides = {};
  if (Object.keys(global).length > 0) stretch.global = global;
  const revenue = revenueStretchRows(draft).map((row) => ({
    lineId: row.key,
    volume: only(row.stretchVolume),
    price: only(row.stretchPrice),
    variableCost: only(row.stretchVariableCost),
  }));
  if (revenue.length > 0) stretch.revenueLines = revenue;
  const cost = costStretchRows(draft).map((row) => ({ lineId: row.key, amount: row.stretchAmount }));
  if (cost.length > 0) stretch.costLines = cost;
  const positions = positionStretchRows(draft).map((row) => ({ positionId: row.key, count: row.stretchCount }));
  if (positions.length > 0) stretch.positions = positions;
  return Object.keys(stretch).length > 0 ? stretch : undefined;
}

/** The draft as the budget engine reads it: what the preview computes and validateBudget checks. */
export function draftToInput(draft: BudgetDraft): BudgetInput {
  const financing = draft.financing ?? { initialInvestment: '0', depreciationMonths: '1', ownFunds: '0', incomeTaxRate: '' };
  const stretch = stretchOf(draft);
  return {
    startMonth: draft.startMonth,
    horizonMonths: draft.horizonMonths,
    revenueLines: draft.lines.revenue.map(revenueLineOf),
    costLines: draft.lines.cost.map(costLineOf),
    positions: draft.lines.position.map((row) => positionOf(row, draft.salariesHidden)),
    financing: {
      initialInvestment: financing.initialInvestment,
      depreciationMonths: toInt(financing.depreciationMonths),
      ownFunds: financing.ownFunds,
      loans: draft.lines.loan.map(loanOf),
      ...(financing.incomeTaxRate !== '' ? { incomeTaxRate: financing.incomeTaxRate } : {}),
    },
    ...(stretch ? { stretch } : {}),
  };
}

/** The saved budget as the engine reads it (lines keep their ids, so actuals match them). */
export function budgetToInput(budget: BudgetFieldsFragment): BudgetInput {
  return draftToInput(budgetToDraft(budget));
}

// ─── Editing ────────────────────────────────────────────────────────────────

let newKeySeq = 0;
/** A key for a line not saved yet; unique in this page's life. */
export function newLineKey(): string {
  newKeySeq += 1;
  return `new-${newKeySeq}`;
}

const nextSortOrder = (rows: readonly LineIdentity[]) => rows.reduce((max, row) => Math.max(max, row.sortOrder), 0) + 1;

/** A blank line of a kind, last in its list; `departmentId` preselects the department of cost lines and positions. */
export function blankRow<K extends LineKind>(kind: K, draft: BudgetDraft, departmentId = ''): DraftRows[K] {
  const identity = { key: newLineKey(), id: null, version: null, sortOrder: nextSortOrder(draft.lines[kind]) };
  const rows: { [L in LineKind]: () => DraftRows[L] } = {
    revenue: () => ({
      ...identity,
      name: '',
      kind: 'product',
      unitPrice: '',
      volumeKind: 'flat',
      perMonth: '',
      values: [],
      start: '',
      monthlyGrowth: '',
      seasonality: [],
      variableCostKind: 'none',
      unitCost: '',
      variableCostRate: '',
      stretchVolume: '',
      stretchPrice: '',
      stretchVariableCost: '',
    }),
    cost: () => ({
      ...identity,
      name: '',
      departmentId,
      category: 'other',
      amountKind: 'monthly',
      amount: '',
      rate: '',
      firstMonth: '',
      lastMonth: '',
      planNodeId: null,
      stretchAmount: '',
    }),
    position: () => ({
      ...identity,
      departmentId,
      roleTitle: '',
      count: '',
      monthlySalary: '',
      onCostRate: '',
      firstMonth: '',
      lastMonth: '',
      stretchCount: '',
    }),
    loan: () => ({ ...identity, name: '', principal: '', annualRate: '', termMonths: '', repayment: 'equalInstalment' }),
  };
  return rows[kind]() as DraftRows[K];
}

/**
 * A revenue line switched to another volume kind. Switching to monthly fills
 * the months from what the line had (its flat volume or its start), so the
 * month columns start from the figure finance already typed.
 */
export function withVolumeKind(row: RevenueRow, kind: VolumeKind, horizonMonths: number): RevenueRow {
  if (row.volumeKind === kind) return row;
  const next = { ...row, volumeKind: kind };
  if (kind === 'monthly') {
    const fill = row.volumeKind === 'flat' ? row.perMonth : row.start;
    next.values = Array.from({ length: horizonMonths }, (_, i) => row.values[i] ?? (fill || '0'));
  } else if (kind === 'flat' && row.perMonth === '') {
    next.perMonth = row.volumeKind === 'growth' ? row.start : (row.values[0] ?? '');
  } else if (kind === 'growth' && row.start === '') {
    next.start = row.volumeKind === 'flat' ? row.perMonth : (row.values[0] ?? '');
    next.monthlyGrowth = row.monthlyGrowth || '0';
  }
  return next;
}

export function replaceRows<K extends LineKind>(draft: BudgetDraft, kind: K, rows: readonly DraftRow[]): BudgetDraft {
  return { ...draft, lines: { ...draft.lines, [kind]: rows } };
}

