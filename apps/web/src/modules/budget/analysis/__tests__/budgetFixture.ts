import type { BudgetInput } from '@opsplan/domain';
import type { BudgetFieldsFragment } from '../../../../gql/graphql';

/**
 * A bakery over two years from April 2026: bread and a café corner, rent and
 * utilities in the shop, marketing at 3 % of sales, bakers and counter staff
 * (the counter has two people until a third joins in October 2026), a 120,000
 * oven line bought with own funds and a bank loan. Stretch: 15 % more volume.
 */
export function bakeryBudget(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    startMonth: '2026-04',
    horizonMonths: 24,
    revenueLines: [
      { id: 'bread', name: 'Bread', kind: 'product', unitPrice: '12.5', volume: { kind: 'flat', perMonth: '6000' }, variableCost: { kind: 'unitCost', unitCost: '4.2' } },
      { id: 'cafe', name: 'Café corner', kind: 'channel', unitPrice: '28', volume: { kind: 'growth', start: '900', monthlyGrowth: '0.02' }, variableCost: { kind: 'shareOfRevenue', rate: '0.35' } },
    ],
    costLines: [
      { id: 'rent', name: 'Shop rent', departmentId: 'shop', category: 'rent', amount: { kind: 'monthly', amount: '15000' } },
      { id: 'power', name: 'Power and gas', departmentId: 'bakehouse', category: 'utilities', amount: { kind: 'monthly', amount: '4200.50' } },
      { id: 'ads', name: 'Marketing', departmentId: 'shop', category: 'marketing', amount: { kind: 'shareOfRevenue', rate: '0.03' } },
      { id: 'launch', name: 'Launch campaign', departmentId: 'shop', category: 'promotion', amount: { kind: 'monthly', amount: '5000' }, firstMonth: '2026-04', lastMonth: '2026-06' },
    ],
    positions: [
      { id: 'bakers', departmentId: 'bakehouse', roleTitle: 'Baker', count: '3', monthlySalary: '6500', onCostRate: '0.32' },
      { id: 'counter', departmentId: 'shop', roleTitle: 'Counter staff', count: '2', monthlySalary: '4800', onCostRate: '0.32' },
      { id: 'counter-3', departmentId: 'shop', roleTitle: 'Counter staff', count: '1', monthlySalary: '4800', onCostRate: '0.32', firstMonth: '2026-10' },
    ],
    financing: {
      initialInvestment: '120000',
      depreciationMonths: 60,
      ownFunds: '70000',
      loans: [{ id: 'bank', name: 'Bank loan', principal: '50000', annualRate: '0.048', termMonths: 36, repayment: 'equalInstalment' }],
      incomeTaxRate: '0.25',
    },
    stretch: { global: { volume: '1.15' } },
    ...overrides,
  };
}

export const BAKERY_DEPARTMENTS = [
  { id: 'shop', name: 'Shop' },
  { id: 'bakehouse', name: 'Bakehouse' },
];

/** The API's view of a budget, as far as the analysis views read it (lines come from the BudgetInput beside it). */
export function budgetFragment(overrides: Partial<BudgetFieldsFragment> = {}, access: Partial<BudgetFieldsFragment['access']> = {}): BudgetFieldsFragment {
  return {
    __typename: 'Budget',
    id: 'budget-1',
    planId: 'plan-1',
    name: 'Bakery 2026–2028',
    currency: 'CNY',
    startMonth: '2026-04',
    horizonMonths: 24,
    version: 1,
    lockedAt: null,
    lockedBy: null,
    access: {
      __typename: 'BudgetAccess',
      readAll: true,
      editDrivers: true,
      editRevenue: true,
      editPositions: true,
      seeSalaries: true,
      editActuals: true,
      lock: false,
      export: true,
      departmentId: null,
      ...access,
    },
    financing: null,
    stretch: null,
    revenueLines: [],
    costLines: [],
    positions: [],
    departmentLabour: [],
    actuals: [],
    ...overrides,
  };
}
