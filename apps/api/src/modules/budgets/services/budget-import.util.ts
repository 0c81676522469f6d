import type { BudgetLineKind } from '../dtos/budget-enums';
import type { BudgetDrafts, CostDraft, LoanDraft, PositionDraft, RevenueDraft } from './budget-drafts.util';

/** An imported line standing in for a line of the budget it replaces. */
export interface CarriedLine {
  lineKind: BudgetLineKind;
  /** The old line (deleted by the import). */
  from: string;
  /** The imported line. */
  to: string;
}

/**
 * The drivers template has no id column, so every imported line is new. An
 * imported line takes over from the old line of the same kind with the same
 * key (revenue: name; cost: name and department; position: role and
 * department; loan: name), the first one not yet taken in the budget's
 * order: it keeps that line's stretch overrides and (a cost line) its
 * project, which the template does not carry, and the caller copies its
 * actuals. Lines without a match start without them.
 */
export function carryOver(before: BudgetDrafts, imported: BudgetDrafts): { drafts: BudgetDrafts; carried: CarriedLine[] } {
  const carried: CarriedLine[] = [];
  const take = <T extends { id: string }>(lineKind: BudgetLineKind, old: readonly T[], next: readonly T[], key: (l: T) => string, keep: (line: T, from: T) => T): T[] => {
    const free = new Map<string, T[]>();
    for (const line of old) free.set(key(line), [...(free.get(key(line)) ?? []), line]);
    return next.map((line) => {
      const from = free.get(key(line))?.shift();
      if (!from) return line;
      carried.push({ lineKind, from: from.id, to: line.id });
      return keep(line, from);
    });
  };
  const name = (s: string) => s.trim();
  const drafts: BudgetDrafts = {
    header: imported.header,
    revenueLines: take<RevenueDraft>('revenue', before.revenueLines, imported.revenueLines, (l) => name(l.name), (l, from) =>
      given({ ...l, stretchVolume: from.stretchVolume, stretchPrice: from.stretchPrice, stretchVariableCost: from.stretchVariableCost }),
    ),
    costLines: take<CostDraft>('cost', before.costLines, imported.costLines, (l) => `${name(l.name)}\u0000${l.departmentId}`, (l, from) =>
      given({ ...l, stretchAmount: from.stretchAmount, planNodeId: from.planNodeId }),
    ),
    positions: take<PositionDraft>('position', before.positions, imported.positions, (p) => `${name(p.roleTitle)}\u0000${p.departmentId}`, (p, from) =>
      given({ ...p, stretchCount: from.stretchCount }),
    ),
    loans: take<LoanDraft>('loan', before.loans, imported.loans, (l) => name(l.name), (l) => l),
  };
  return { drafts, carried };
}

/** Drafts leave out what they do not have (an undefined stretch override is no override). */
function given<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
