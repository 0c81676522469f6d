import type { BudgetResult, Money, PeriodFigures } from './types';

/**
 * A KPI of the plan cascade whose target is a figure of the plan's budget,
 * e.g. the revenue of the responsibility target in the first year: the
 * target then follows the budget (it is written when linked and again when
 * the budget is locked for approval) instead of being typed.
 */
export const KPI_TARGET_SCENARIOS = ['responsibility', 'stretch'] as const;
export type KpiTargetScenario = (typeof KPI_TARGET_SCENARIOS)[number];

/**
 * The figures a KPI can take its target from: statement lines of a period
 * (closingCash is the cash at the end of it), and paybackMonth, the month of
 * the horizon (1-based) in which operations have earned back the initial
 * investment, which only the whole horizon has.
 */
export const KPI_TARGET_MEASURES = ['revenue', 'contributionMargin', 'ebit', 'profitBeforeTax', 'netProfit', 'labourCost', 'closingCash', 'paybackMonth'] as const;
export type KpiTargetMeasure = (typeof KPI_TARGET_MEASURES)[number];

/** 'total' is the whole horizon; 'Y1', 'Y2', … are its consecutive 12-month years (the last may be short). */
export type KpiTargetPeriod = string;

export interface KpiTargetSource {
  scenario: KpiTargetScenario;
  measure: KpiTargetMeasure;
  period: KpiTargetPeriod;
}

/** The periods a budget of `horizonMonths` offers: the horizon, then each of its years. */
export function budgetPeriods(horizonMonths: number): KpiTargetPeriod[] {
  const years = Math.ceil(horizonMonths / 12);
  return ['total', ...Array.from({ length: years }, (_, i) => `Y${i + 1}`)];
}

/** Why a source cannot name a figure of a budget of `horizonMonths`, by field; null when it can. */
export function kpiTargetSourceProblem(source: { scenario: string; measure: string; period: string }, horizonMonths: number): { field: keyof KpiTargetSource; message: string } | null {
  if (!(KPI_TARGET_SCENARIOS as readonly string[]).includes(source.scenario)) {
    return { field: 'scenario', message: `scenario must be one of ${KPI_TARGET_SCENARIOS.join(', ')}` };
  }
  if (!(KPI_TARGET_MEASURES as readonly string[]).includes(source.measure)) {
    return { field: 'measure', message: `measure must be one of ${KPI_TARGET_MEASURES.join(', ')}` };
  }
  const periods = budgetPeriods(horizonMonths);
  if (source.measure === 'paybackMonth' && source.period !== 'total') {
    return { field: 'period', message: 'the payback month is a figure of the whole horizon: use total' };
  }
  if (!periods.includes(source.period)) {
    return { field: 'period', message: `period ${source.period} is not within the budget’s ${horizonMonths} months: use ${periods[0]} or ${periods[1]}…${periods[periods.length - 1]}` };
  }
  return null;
}

function measureOf(figures: PeriodFigures, measure: Exclude<KpiTargetMeasure, 'paybackMonth'>): Money {
  return measure === 'closingCash' ? figures.cash.closing : figures[measure];
}

/**
 * The figure a source names in computed budget results: money with two
 * decimals, or the payback month's index ("11"). null when the scenario never
 * pays back within the horizon (or has no investment to pay back). Check the
 * source with kpiTargetSourceProblem first.
 */
export function budgetFigure(result: BudgetResult, source: KpiTargetSource): Money | null {
  const scenario = result[source.scenario];
  if (source.measure === 'paybackMonth') return scenario.payback.status === 'paidBack' ? String(scenario.payback.month.index) : null;
  const period = source.period === 'total' ? scenario.total : scenario.years.find((y) => y.label === source.period);
  if (!period) throw new RangeError(`The budget has no period ${source.period}.`);
  return measureOf(period, source.measure as Exclude<KpiTargetMeasure, 'paybackMonth'>);
}
