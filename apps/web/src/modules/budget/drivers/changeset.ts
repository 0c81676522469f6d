import type {
  BudgetFinancingInput,
  BudgetLineRef,
  CostLineInput,
  LoanInput,
  PositionInput,
  RevenueLineInput,
  SaveBudgetLinesInput,
  StretchMultipliersInput,
} from '../../../gql/graphql';
import { LINE_KINDS, toInt } from './draft';
import type { BudgetDraft, CostRow, DraftRows, FinancingDraft, LineKind, LoanRow, PositionRow, RevenueRow, StretchDraft } from './draft';

// What saving the draft sends: the GraphQL inputs of saveBudgetLines and
// updateBudget, built from the difference between the draft and the budget read.

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

type Payload<K extends LineKind> = K extends 'revenue'
  ? RevenueLineInput
  : K extends 'cost'
    ? CostLineInput
    : K extends 'position'
      ? PositionInput
      : LoanInput;

function revenuePayload(row: RevenueRow): RevenueLineInput {
  const volume =
    row.volumeKind === 'flat'
      ? { kind: row.volumeKind, perMonth: row.perMonth }
      : row.volumeKind === 'monthly'
        ? { kind: row.volumeKind, values: row.values }
        : { kind: row.volumeKind, start: row.start, monthlyGrowth: row.monthlyGrowth, seasonality: row.seasonality.length > 0 ? row.seasonality : null };
  return {
    name: row.name.trim(),
    kind: row.kind,
    unitPrice: row.unitPrice,
    volume,
    variableCost:
      row.variableCostKind === 'unitCost'
        ? { kind: 'unitCost', unitCost: row.unitCost }
        : row.variableCostKind === 'shareOfRevenue'
          ? { kind: 'shareOfRevenue', rate: row.variableCostRate }
          : null,
    stretchVolume: orNull(row.stretchVolume),
    stretchPrice: orNull(row.stretchPrice),
    stretchVariableCost: orNull(row.stretchVariableCost),
    sortOrder: row.sortOrder,
  };
}

function costPayload(row: CostRow): CostLineInput {
  return {
    name: row.name.trim(),
    departmentId: row.departmentId,
    category: row.category,
    amountKind: row.amountKind,
    amount: row.amountKind === 'monthly' ? row.amount : null,
    rate: row.amountKind === 'shareOfRevenue' ? row.rate : null,
    firstMonth: orNull(row.firstMonth),
    lastMonth: orNull(row.lastMonth),
    planNodeId: row.planNodeId,
    stretchAmount: orNull(row.stretchAmount),
    sortOrder: row.sortOrder,
  };
}

function positionPayload(row: PositionRow): PositionInput {
  return {
    departmentId: row.departmentId,
    roleTitle: row.roleTitle.trim(),
    count: row.count,
    monthlySalary: row.monthlySalary,
    onCostRate: row.onCostRate,
    firstMonth: orNull(row.firstMonth),
    lastMonth: orNull(row.lastMonth),
    stretchCount: orNull(row.stretchCount),
    sortOrder: row.sortOrder,
  };
}

function loanPayload(row: LoanRow): LoanInput {
  return {
    name: row.name.trim(),
    principal: row.principal,
    annualRate: row.annualRate,
    termMonths: toInt(row.termMonths),
    repayment: row.repayment,
    sortOrder: row.sortOrder,
  };
}

const PAYLOADS: { [K in LineKind]: (row: DraftRows[K]) => Payload<K> } = {
  revenue: revenuePayload,
  cost: costPayload,
  position: positionPayload,
  loan: loanPayload,
};

/** What a line would save as; two rows with the same payload are the same line content. */
export function linePayload<K extends LineKind>(kind: K, row: DraftRows[K]): Payload<K> {
  return PAYLOADS[kind](row);
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function financingPayload(financing: FinancingDraft): BudgetFinancingInput {
  return {
    initialInvestment: financing.initialInvestment,
    depreciationMonths: toInt(financing.depreciationMonths),
    ownFunds: financing.ownFunds,
    incomeTaxRate: orNull(financing.incomeTaxRate),
  };
}

function stretchPayload(stretch: StretchDraft): StretchMultipliersInput {
  return {
    volume: orNull(stretch.volume),
    price: orNull(stretch.price),
    variableCost: orNull(stretch.variableCost),
    fixedCost: orNull(stretch.fixedCost),
    headcount: orNull(stretch.headcount),
  };
}

/** The input list each line kind is saved in. */
export const LINE_LISTS = { revenue: 'revenueLines', cost: 'costLines', position: 'positions', loan: 'loans' } as const;
export type LineList = (typeof LINE_LISTS)[LineKind];

export interface BudgetChangeset {
  /** For saveBudgetLines; null when no line was added, changed or deleted. */
  lines: SaveBudgetLinesInput | null;
  /** The draft row behind each entry of the input lists, so an error naming `positions[0].count` finds its cell. */
  rowKeys: Record<LineList, string[]>;
  /** For updateBudget, when changed. */
  financing: BudgetFinancingInput | null;
  stretch: StretchMultipliersInput | null;
  added: number;
  changed: number;
  deleted: number;
}

/**
 * What saving the draft sends: only lines added, changed or deleted since the
 * base (the budget as read), each changed or deleted one with the version
 * read, and the financing and stretch sections when they changed.
 */
export function draftChangeset(budgetId: string, base: BudgetDraft, draft: BudgetDraft): BudgetChangeset {
  const rowKeys: Record<LineList, string[]> = { revenueLines: [], costLines: [], positions: [], loans: [] };
  const lists: { [L in LineList]?: unknown[] } = {};
  const deletions: BudgetLineRef[] = [];
  let added = 0;
  let changed = 0;

  const collect = <K extends LineKind>(kind: K) => {
    const list = LINE_LISTS[kind];
    const before = new Map(base.lines[kind].map((row) => [row.key, row] as const));
    const entries: unknown[] = [];
    for (const row of draft.lines[kind] as DraftRows[K][]) {
      const payload = linePayload(kind, row);
      const old = before.get(row.key) as DraftRows[K] | undefined;
      if (row.id === null || !old) {
        entries.push(payload);
        rowKeys[list].push(row.key);
        added += 1;
      } else if (!same(payload, linePayload(kind, old))) {
        entries.push({ id: row.id, version: row.version, ...payload });
        rowKeys[list].push(row.key);
        changed += 1;
      }
    }
    const kept = new Set(draft.lines[kind].map((row) => row.key));
    for (const row of base.lines[kind]) {
      if (!kept.has(row.key) && row.id !== null && row.version !== null) deletions.push({ lineKind: kind, id: row.id, version: row.version });
    }
    if (entries.length > 0) lists[list] = entries;
  };
  LINE_KINDS.forEach(collect);

  const hasLines = Object.keys(lists).length > 0 || deletions.length > 0;
  const financing =
    draft.financing && (!base.financing || !same(financingPayload(draft.financing), financingPayload(base.financing)))
      ? financingPayload(draft.financing)
      : null;
  const stretch =
    draft.stretch && (!base.stretch || !same(stretchPayload(draft.stretch), stretchPayload(base.stretch))) ? stretchPayload(draft.stretch) : null;

  return {
    lines: hasLines ? { budgetId, ...(lists as Partial<SaveBudgetLinesInput>), ...(deletions.length > 0 ? { deletions } : {}) } : null,
    rowKeys,
    financing,
    stretch,
    added,
    changed,
    deleted: deletions.length,
  };
}

export function changesetIsEmpty(changeset: BudgetChangeset): boolean {
  return !changeset.lines && !changeset.financing && !changeset.stretch;
}

