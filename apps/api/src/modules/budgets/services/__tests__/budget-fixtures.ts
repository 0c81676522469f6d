import type { BudgetDrafts } from '../budget-drafts.util';

/** A twelve-month budget's header, unlocked, for the pure budget functions' tests. */
export const BUDGET_HEADER: BudgetDrafts['header'] = {
  id: 'b',
  orgId: 'o',
  planId: 'p',
  name: 'FY',
  currency: 'CNY',
  startMonth: '2031-01',
  horizonMonths: 12,
  financing: { initialInvestment: '0', depreciationMonths: 60, ownFunds: '0' },
  stretch: {},
  lockedAt: null,
  lockedBy: null,
  version: 1,
};
