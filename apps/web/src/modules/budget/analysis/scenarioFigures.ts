import type { BudgetResult, Payback, PeriodFigures, ScenarioName, ScenarioResult } from '@opsplan/domain';
import { centsToNumber, subtract, toCents } from './cents';

export const SCENARIOS: readonly ScenarioName[] = ['responsibility', 'stretch', 'breakeven'];

/** The rows of the scenario comparison, top to bottom as a statement reads. */
export const COMPARISON_METRICS = [
  'revenue',
  'variableCost',
  'contributionMargin',
  'fixedCosts',
  'labourCost',
  'depreciation',
  'ebit',
  'interest',
  'profitBeforeTax',
  'tax',
  'netProfit',
  'closingCash',
] as const;
export type ComparisonMetric = (typeof COMPARISON_METRICS)[number];

/** A year of the horizon by the engine's label ("Y1"), or the whole horizon. */
export type PeriodKey = string;
export const HORIZON: PeriodKey = 'total';

export interface ComparisonRow {
  key: string;
  metric: ComparisonMetric;
  /** A breakdown row: fixed costs or labour cost of one department, or fixed costs of one category. */
  part?: { kind: 'department' | 'category'; id: string };
  children?: ComparisonRow[];
  responsibility: string;
  stretch: string;
  /** null when there is no breakeven. */
  breakeven: string | null;
  /** Stretch target − responsibility target. */
  stretchVsResponsibility: string;
  /** Responsibility target − breakeven: how far the plan is above breakeven. */
  responsibilityVsBreakeven: string | null;
}

/** The scenarios that exist: breakeven only when it is solved. */
export function scenarioResults(result: BudgetResult): Partial<Record<ScenarioName, ScenarioResult>> {
  return {
    responsibility: result.responsibility,
    stretch: result.stretch,
    breakeven: result.breakeven.status === 'solved' ? result.breakeven.scenario : undefined,
  };
}

export function periodOf(scenario: ScenarioResult, period: PeriodKey): PeriodFigures {
  if (period === HORIZON) return scenario.total;
  return scenario.years.find((year) => year.label === period) ?? scenario.total;
}

export function metricValue(figures: PeriodFigures, metric: ComparisonMetric): string {
  return metric === 'closingCash' ? figures.cash.closing : figures[metric];
}

/** The comparison table for one year or the horizon, with the two variances the issue asks for; fixed and labour costs break down by department and category. */
export function comparisonRows(result: BudgetResult, period: PeriodKey): ComparisonRow[] {
  const responsibility = periodOf(result.responsibility, period);
  const stretch = periodOf(result.stretch, period);
  const be = result.breakeven.status === 'solved' ? periodOf(result.breakeven.scenario, period) : null;
  const row = (key: string, metric: ComparisonMetric, pick: (figures: PeriodFigures) => string, part?: ComparisonRow['part']): ComparisonRow => {
    const r = pick(responsibility);
    const s = pick(stretch);
    const b = be ? pick(be) : null;
    return {
      key,
      metric,
      ...(part ? { part } : {}),
      responsibility: r,
      stretch: s,
      breakeven: b,
      stretchVsResponsibility: subtract(s, r),
      responsibilityVsBreakeven: b === null ? null : subtract(r, b),
    };
  };
  const zero = (amount: string) => toCents(amount) === 0n;
  return COMPARISON_METRICS.map((metric) => {
    const main = row(metric, metric, (figures) => metricValue(figures, metric));
    if (metric === 'fixedCosts') {
      const departments = Object.keys(responsibility.fixedCostsByDepartment).map((id) =>
        row(`fixedCosts:department:${id}`, metric, (f) => f.fixedCostsByDepartment[id] ?? '0.00', { kind: 'department', id }),
      );
      const categories = (Object.keys(responsibility.fixedCostsByCategory) as (keyof PeriodFigures['fixedCostsByCategory'])[])
        .map((id) => row(`fixedCosts:category:${id}`, metric, (f) => f.fixedCostsByCategory[id], { kind: 'category', id }))
        .filter((r) => !(zero(r.responsibility) && zero(r.stretch) && (r.breakeven === null || zero(r.breakeven))));
      const children = [...departments, ...categories];
      if (children.length > 0) main.children = children;
    }
    if (metric === 'labourCost') {
      const children = Object.keys(responsibility.labourCostByDepartment).map((id) =>
        row(`labourCost:department:${id}`, metric, (f) => f.labourCostByDepartment[id] ?? '0.00', { kind: 'department', id }),
      );
      if (children.length > 0) main.children = children;
    }
    return main;
  });
}

/** Months from the start of the horizon to payback (1-based), or null when not paid back. */
export function paybackIndex(scenario: ScenarioResult | undefined): number | null {
  return scenario?.payback.status === 'paidBack' ? scenario.payback.month.index : null;
}

/** The payback row of the comparison: when each scenario has earned the initial investment back, and how many months apart. */
export interface PaybackComparison {
  responsibility: Payback;
  stretch: Payback;
  /** null without a breakeven. */
  breakeven: Payback | null;
  /** Stretch − responsibility in months (negative: the stretch target pays back sooner); null unless both pay back. */
  stretchVsResponsibility: number | null;
  /** Responsibility − breakeven in months; null unless both pay back. */
  responsibilityVsBreakeven: number | null;
}

export function paybackComparison(result: BudgetResult): PaybackComparison {
  const breakeven = result.breakeven.status === 'solved' ? result.breakeven.scenario : undefined;
  const apart = (a: ScenarioResult | undefined, b: ScenarioResult | undefined) => {
    const from = paybackIndex(a);
    const to = paybackIndex(b);
    return from === null || to === null ? null : from - to;
  };
  return {
    responsibility: result.responsibility.payback,
    stretch: result.stretch.payback,
    breakeven: breakeven?.payback ?? null,
    stretchVsResponsibility: apart(result.stretch, result.responsibility),
    responsibilityVsBreakeven: apart(result.responsibility, breakeven),
  };
}

/** One scenario's bars. Numbers only because recharts draws numbers: computed from cents at the end, never summed again. */
export interface ScenarioBar {
  scenario: ScenarioName;
  revenue: number;
  /** Everything charged before tax: revenue − profit before tax. */
  costs: number;
  profit: number;
}

/** Revenue, total cost and profit before tax per scenario, for the grouped bars. */
export function scenarioBars(result: BudgetResult, period: PeriodKey): ScenarioBar[] {
  const scenarios = scenarioResults(result);
  return SCENARIOS.flatMap((name) => {
    const scenario = scenarios[name];
    if (!scenario) return [];
    const figures = periodOf(scenario, period);
    const revenue = toCents(figures.revenue);
    const profit = toCents(figures.profitBeforeTax);
    return [{ scenario: name, revenue: centsToNumber(revenue), costs: centsToNumber(revenue - profit), profit: centsToNumber(profit) }];
  });
}

export interface CashPoint {
  month: string;
  index: number;
  responsibility: number;
  stretch: number;
  breakeven?: number;
}

export interface PaybackMarker {
  scenario: ScenarioName;
  month: string;
  value: number;
}

/**
 * Cumulative cash after the initial investment, month by month: cumulative
 * operating cash flow less the investment. It turns non-negative in the
 * payback month, which is marked per scenario.
 */
export function cumulativeCash(result: BudgetResult): { points: CashPoint[]; paybacks: PaybackMarker[] } {
  const scenarios = scenarioResults(result);
  const running: Partial<Record<ScenarioName, bigint>> = {};
  const points = result.responsibility.months.map((month, m) => {
    const point: CashPoint = { month: month.month, index: month.index, responsibility: 0, stretch: 0 };
    for (const name of SCENARIOS) {
      const scenario = scenarios[name];
      if (!scenario) continue;
      const cash = scenario.months[m].cash;
      const value = (running[name] ?? 0n) + toCents(cash.operatingCashFlow) - toCents(cash.capex);
      running[name] = value;
      point[name] = centsToNumber(value);
    }
    return point;
  });
  const paybacks: PaybackMarker[] = [];
  for (const name of SCENARIOS) {
    const index = paybackIndex(scenarios[name]);
    if (index === null) continue;
    const point = points[index - 1];
    paybacks.push({ scenario: name, month: point.month, value: point[name] ?? 0 });
  }
  return { points, paybacks };
}
