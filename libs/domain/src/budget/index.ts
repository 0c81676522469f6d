// Budget engine (issue 5): a pure, decimal, driver-based budget with three
// scenarios. The API validates and stores drivers; the web previews with the
// same computeBudget(); the export writes the same figures.
export * from './types';
export { computeBudget } from './engine';
export { isMonthKey, monthOffset, addMonths, horizonMonths } from './months';
export { formatCents } from './decimal';
export { validateBudget, BudgetInputError } from './validate';
export type { BudgetProblem, BudgetProblemCode, BudgetValidationContext } from './validate';
export { plannedLineAmounts, budgetVariance, budgetToDate } from './line-plan';
export type { ActualLineKind, LinePlan, BudgetActualEntry, VarianceRow, MonthVariance, BudgetVariance, BudgetToDate, ToDateFigures } from './line-plan';
export { budgetAccess, SALARY_TOTAL_MIN_PEOPLE } from './access';
export { budgetFigure, budgetPeriods, kpiTargetSourceProblem, KPI_TARGET_MEASURES, KPI_TARGET_SCENARIOS } from './kpi-target';
export type { KpiTargetMeasure, KpiTargetPeriod, KpiTargetScenario, KpiTargetSource } from './kpi-target';
export type { BudgetAccess, BudgetAccessOptions } from './access';
