import type { BudgetFieldsFragment } from '../../../../gql/graphql';

type Access = BudgetFieldsFragment['access'];

export const FINANCE_ACCESS: Access = {
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
};

/** A department manager outside HR: their department's lines, read-only, no salaries. */
export const MANAGER_ACCESS: Access = {
  __typename: 'BudgetAccess',
  readAll: false,
  editDrivers: false,
  editRevenue: false,
  editPositions: false,
  seeSalaries: false,
  editActuals: false,
  lock: false,
  export: false,
  departmentId: 'kitchen',
};

/**
 * A noodle shop's 12-month budget from January 2026 as the API answers it to
 * finance: two revenue lines (a flat dine-in line, a growing delivery channel),
 * rent and a 3 % marketing line, cooks and waiters, a bank loan.
 */
export function noodleShopBudget(overrides: Partial<BudgetFieldsFragment> = {}): BudgetFieldsFragment {
  return {
    __typename: 'Budget',
    id: 'b1',
    planId: 'plan-1',
    name: '2026 budget',
    currency: 'CNY',
    startMonth: '2026-01',
    horizonMonths: 12,
    version: 7,
    lockedAt: null,
    lockedBy: null,
    access: FINANCE_ACCESS,
    financing: {
      __typename: 'BudgetFinancing',
      initialInvestment: '80000',
      depreciationMonths: 36,
      ownFunds: '50000',
      incomeTaxRate: '0.25',
      loans: [
        { __typename: 'BudgetLoan', id: 'loan-1', name: 'Bank loan', principal: '30000', annualRate: '0.045', termMonths: 24, repayment: 'equalInstalment', sortOrder: 1, version: 2 },
      ],
    },
    stretch: { __typename: 'StretchMultipliers', volume: '1.1', price: null, variableCost: null, fixedCost: null, headcount: null },
    revenueLines: [
      {
        __typename: 'BudgetRevenueLine',
        id: 'rev-delivery',
        name: 'Delivery',
        kind: 'channel',
        unitPrice: '32',
        volume: { __typename: 'VolumeDriver', kind: 'growth', perMonth: null, values: null, start: '400', monthlyGrowth: '0.03', seasonality: null },
        variableCost: { __typename: 'VariableCostDriver', kind: 'shareOfRevenue', unitCost: null, rate: '0.2' },
        stretchVolume: null,
        stretchPrice: null,
        stretchVariableCost: null,
        sortOrder: 2,
        version: 1,
      },
      {
        __typename: 'BudgetRevenueLine',
        id: 'rev-dine',
        name: 'Dine-in bowls',
        kind: 'product',
        unitPrice: '28',
        volume: { __typename: 'VolumeDriver', kind: 'flat', perMonth: '3000', values: null, start: null, monthlyGrowth: null, seasonality: null },
        variableCost: { __typename: 'VariableCostDriver', kind: 'unitCost', unitCost: '9.5', rate: null },
        stretchVolume: '1.2',
        stretchPrice: null,
        stretchVariableCost: null,
        sortOrder: 1,
        version: 3,
      },
    ],
    costLines: [
      {
        __typename: 'BudgetCostLine',
        id: 'cost-rent',
        name: 'Shop rent',
        departmentId: 'front',
        category: 'rent',
        amountKind: 'monthly',
        amount: '18000',
        rate: null,
        firstMonth: null,
        lastMonth: null,
        planNodeId: null,
        stretchAmount: null,
        sortOrder: 1,
        version: 4,
      },
      {
        __typename: 'BudgetCostLine',
        id: 'cost-ads',
        name: 'Marketing',
        departmentId: 'front',
        category: 'marketing',
        amountKind: 'shareOfRevenue',
        amount: null,
        rate: '0.03',
        firstMonth: '2026-03',
        lastMonth: null,
        planNodeId: 'node-9',
        stretchAmount: null,
        sortOrder: 2,
        version: 1,
      },
    ],
    positions: [
      {
        __typename: 'BudgetPosition',
        id: 'pos-cooks',
        departmentId: 'kitchen',
        roleTitle: 'Cook',
        count: '3',
        monthlySalary: '7000',
        onCostRate: '0.3',
        firstMonth: null,
        lastMonth: null,
        stretchCount: null,
        sortOrder: 1,
        version: 5,
      },
      {
        __typename: 'BudgetPosition',
        id: 'pos-waiters',
        departmentId: 'front',
        roleTitle: 'Waiter',
        count: '4',
        monthlySalary: '5000',
        onCostRate: '0.3',
        firstMonth: null,
        lastMonth: '2026-09',
        stretchCount: '5',
        sortOrder: 2,
        version: 1,
      },
    ],
    departmentLabour: [],
    actuals: [],
    ...overrides,
  };
}

/** The same budget as a non-HR kitchen manager receives it. */
export function managerView(): BudgetFieldsFragment {
  const full = noodleShopBudget();
  return {
    ...full,
    access: MANAGER_ACCESS,
    financing: null,
    stretch: null,
    revenueLines: [],
    costLines: [
      {
        __typename: 'BudgetCostLine',
        id: 'cost-gas',
        name: 'Kitchen gas',
        departmentId: 'kitchen',
        category: 'utilities',
        amountKind: 'monthly',
        amount: '2600',
        rate: null,
        firstMonth: null,
        lastMonth: null,
        planNodeId: null,
        stretchAmount: null,
        sortOrder: 1,
        version: 1,
      },
    ],
    positions: [{ ...full.positions[0], monthlySalary: null, onCostRate: null }],
    departmentLabour: [
      {
        __typename: 'DepartmentLabour',
        departmentId: 'kitchen',
        headcount: Array.from({ length: 12 }, () => '3.00'),
        labourCost: Array.from({ length: 12 }, () => '27300.00'),
        masked: false,
      },
    ],
  };
}

/**
 * The same budget as the kitchen manager receives it while they answer for
 * the open sales-forecast stage: their department's lines as before, plus
 * the revenue lines, which they may edit.
 */
export function salesForecastView(): BudgetFieldsFragment {
  const manager = managerView();
  return { ...manager, access: { ...MANAGER_ACCESS, editRevenue: true }, revenueLines: noodleShopBudget().revenueLines };
}
