import type { BudgetInput } from '@opsplan/domain';

export const DEPARTMENTS = [
  { id: 'dep-sales', name: 'Sales' },
  { id: 'dep-ops', name: 'Operations' },
  { id: 'dep-people', name: 'People' },
  { id: 'dep-idle', name: 'Idle department' },
];

/**
 * A coffee shop over 15 months from April (so the second year is three
 * months long): growth with seasonality, month-by-month and flat volumes,
 * both kinds of variable cost and of cost line, part-time headcount, two
 * loans and income tax; a stretch target that differs.
 */
export function coffeeShop(): BudgetInput {
  return {
    startMonth: '2026-04',
    horizonMonths: 15,
    revenueLines: [
      {
        id: 'rev-espresso',
        name: 'Espresso',
        kind: 'product',
        unitPrice: '28.5',
        volume: { kind: 'growth', start: '2000', monthlyGrowth: '0.03', seasonality: ['0.9', '0.85', '1', '1', '1.05', '1.1', '1.2', '1.2', '1.05', '1', '0.95', '1.3'] },
        variableCost: { kind: 'unitCost', unitCost: '7.35' },
      },
      {
        id: 'rev-delivery',
        name: 'Delivery',
        kind: 'channel',
        unitPrice: '45',
        volume: { kind: 'monthly', values: ['300', '310', '280', '333', '350', '360', '410', '395', '380', '402', '415', '430', '441', '450', '467.5'] },
        variableCost: { kind: 'shareOfRevenue', rate: '0.22' },
      },
      { id: 'rev-catering', name: 'Catering', kind: 'product', unitPrice: '1999.99', volume: { kind: 'flat', perMonth: '2.5' } },
    ],
    costLines: [
      { id: 'cost-rent', name: 'Shop rent', departmentId: 'dep-ops', category: 'rent', amount: { kind: 'monthly', amount: '12000' } },
      { id: 'cost-platform', name: 'Platform fees', departmentId: 'dep-sales', category: 'marketing', amount: { kind: 'shareOfRevenue', rate: '0.035' }, firstMonth: '2026-06' },
      { id: 'cost-power', name: 'Utilities', departmentId: 'dep-ops', category: 'utilities', amount: { kind: 'monthly', amount: '1830.33' }, lastMonth: '2027-03' },
      { id: 'cost-course', name: 'Barista course', departmentId: 'dep-people', category: 'training', amount: { kind: 'monthly', amount: '600' }, firstMonth: '2026-05', lastMonth: '2026-07' },
    ],
    positions: [
      { id: 'pos-barista', departmentId: 'dep-ops', roleTitle: 'Barista', count: '2', monthlySalary: '5500', onCostRate: '0.3' },
      { id: 'pos-manager', departmentId: 'dep-sales', roleTitle: 'Store manager', count: '1', monthlySalary: '9000.5', onCostRate: '0.32', firstMonth: '2026-05' },
      { id: 'pos-part-time', departmentId: 'dep-ops', roleTitle: 'Part-time barista', count: '0.5', monthlySalary: '4200', onCostRate: '0.15', firstMonth: '2026-10', lastMonth: '2027-02' },
    ],
    financing: {
      initialInvestment: '50000',
      depreciationMonths: 36,
      ownFunds: '30000',
      incomeTaxRate: '0.25',
      loans: [
        { id: 'loan-bank', name: 'Bank', principal: '20000', annualRate: '0.0435', termMonths: 24, repayment: 'equalInstalment' },
        { id: 'loan-family', principal: '5000', annualRate: '0.06', termMonths: 12, repayment: 'interestOnly' },
      ],
    },
    stretch: { global: { volume: '1.1', price: '1.05' }, costLines: [{ lineId: 'cost-rent', amount: '1' }] },
  };
}

/** Every unit costs more than it sells for: no breakeven exists. */
export function lossMaker(): BudgetInput {
  return {
    startMonth: '2026-01',
    horizonMonths: 12,
    revenueLines: [{ id: 'rev-widget', name: 'Widget', kind: 'product', unitPrice: '10', volume: { kind: 'flat', perMonth: '100' }, variableCost: { kind: 'unitCost', unitCost: '12' } }],
    costLines: [{ id: 'cost-rent', name: 'Rent', departmentId: 'dep-ops', category: 'rent', amount: { kind: 'monthly', amount: '500' } }],
    positions: [],
    financing: { initialInvestment: '0', depreciationMonths: 1, ownFunds: '1000', loans: [] },
  };
}
