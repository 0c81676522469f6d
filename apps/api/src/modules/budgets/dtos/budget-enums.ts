import { registerEnumType } from '@nestjs/graphql';
import { COST_CATEGORIES, CostCategory, ScenarioName } from '@opsplan/domain';

/** The GraphQL faces of the budget engine's literals; the values are the domain's own strings. */
export type RevenueLineKind = 'product' | 'channel';
export type VolumeKind = 'flat' | 'monthly' | 'growth';
export type VariableCostKind = 'unitCost' | 'shareOfRevenue';
export type CostAmountKind = 'monthly' | 'shareOfRevenue';
export type LoanRepayment = 'equalInstalment' | 'interestOnly';
export type BudgetLineKind = 'revenue' | 'cost' | 'position' | 'loan';

export const BudgetScenarioEnum: { [K in ScenarioName]: K } = { responsibility: 'responsibility', stretch: 'stretch', breakeven: 'breakeven' };
export const RevenueLineKindEnum: { [K in RevenueLineKind]: K } = { product: 'product', channel: 'channel' };
export const VolumeKindEnum: { [K in VolumeKind]: K } = { flat: 'flat', monthly: 'monthly', growth: 'growth' };
export const VariableCostKindEnum: { [K in VariableCostKind]: K } = { unitCost: 'unitCost', shareOfRevenue: 'shareOfRevenue' };
export const CostCategoryEnum = Object.fromEntries(COST_CATEGORIES.map((c) => [c, c])) as { [K in CostCategory]: K };
export const CostAmountKindEnum: { [K in CostAmountKind]: K } = { monthly: 'monthly', shareOfRevenue: 'shareOfRevenue' };
export const LoanRepaymentEnum: { [K in LoanRepayment]: K } = { equalInstalment: 'equalInstalment', interestOnly: 'interestOnly' };
export const BudgetLineKindEnum: { [K in BudgetLineKind]: K } = { revenue: 'revenue', cost: 'cost', position: 'position', loan: 'loan' };

registerEnumType(BudgetScenarioEnum, {
  name: 'BudgetScenario',
  description: 'responsibility: the target management commits to (责任目标值); stretch: the base with multipliers (争取目标值); breakeven: solved (盈亏平衡).',
});
registerEnumType(RevenueLineKindEnum, { name: 'RevenueLineKind', description: 'A revenue line is a product or a sales channel.' });
registerEnumType(VolumeKindEnum, {
  name: 'VolumeKind',
  description: 'flat: the same volume every month; monthly: one value per horizon month; growth: a start with monthly growth and a seasonality profile.',
});
registerEnumType(VariableCostKindEnum, { name: 'VariableCostKind', description: 'A unit cost per unit sold, or a share of the line’s revenue.' });
registerEnumType(CostCategoryEnum, { name: 'CostCategory' });
registerEnumType(CostAmountKindEnum, { name: 'CostAmountKind', description: 'A monthly amount, or a share of the month’s total revenue.' });
registerEnumType(LoanRepaymentEnum, { name: 'LoanRepayment', description: 'equalInstalment: the same payment every month; interestOnly: the principal at the end of the term.' });
registerEnumType(BudgetLineKindEnum, { name: 'BudgetLineKind' });
