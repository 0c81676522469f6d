import type { BudgetInput, BudgetResult, MonthFigures, ScenarioResult } from '../types';

/** A budget with nothing in it but the horizon; specs add what their scenario needs. */
export function emptyBudget(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    startMonth: '2026-01',
    horizonMonths: 12,
    revenueLines: [],
    costLines: [],
    positions: [],
    financing: { initialInvestment: '0', depreciationMonths: 1, ownFunds: '0', loans: [] },
    ...overrides,
  };
}

/** One field of every month, as a list (for compact expectations). */
export const monthly = (scenario: ScenarioResult, pick: (m: MonthFigures) => string) => scenario.months.map(pick);

export function solved(result: BudgetResult) {
  if (result.breakeven.status !== 'solved') throw new Error(`expected a breakeven, got ${result.breakeven.status}`);
  return result.breakeven;
}
