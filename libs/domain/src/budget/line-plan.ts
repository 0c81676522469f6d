// Plan vs actual. Actuals are typed per line and month: revenue of a revenue
// line, the amount of a cost line, the labour cost (salaries + on-costs) of a
// headcount position. Variable costs have no actual lines of their own.
//
// Each line's planned month is its exact amount in the scenario rounded to
// cents, so the lines of a month may differ from the statement's (which
// rounds the month's total) by a cent or so.
import { Dec, formatCents, ONE, parseCents, toCents, ZERO } from './decimal';
import { activeSpan, budgetContext, exactDrivers, globalFactors, lineVolumes, unitCoefficients } from './drivers';
import { exactBreakeven } from './engine';
import { addMonths, monthOffset } from './months';
import { BudgetInput, Money, MonthKey, ScenarioName } from './types';
import { BudgetInputError, validateBudget } from './validate';

export type ActualLineKind = 'revenue' | 'cost' | 'position';

/** A line's planned amount in every month of the horizon (cents, as decimal text). */
export interface LinePlan {
  lineKind: ActualLineKind;
  lineId: string;
  /** null for revenue lines, which belong to no department */
  departmentId: string | null;
  name: string;
  amounts: Money[];
}

/**
 * Every revenue line, cost line and position with its planned monthly amount
 * in the scenario. Breakeven scales sales volume (revenue and share-of-revenue
 * costs) by the exact breakeven multiplier; it is null when no breakeven exists.
 */
export function plannedLineAmounts(input: BudgetInput, scenario: ScenarioName): LinePlan[] | null {
  const problems = validateBudget(input);
  if (problems.length > 0) throw new BudgetInputError(problems);
  const ctx = budgetContext(input);
  const overrides = scenario === 'stretch' ? input.stretch : undefined;
  let k = ONE;
  if (scenario === 'breakeven') {
    const { multiplier } = exactBreakeven(ctx, exactDrivers(ctx));
    if (multiplier === null) return null;
    k = multiplier;
  }
  const months = input.horizonMonths;
  const global = globalFactors(overrides);
  const totalRevenue = exactDrivers(ctx, overrides).revenue.map((r) => r.times(k));
  const cents = (values: Dec[]) => values.map((v) => formatCents(toCents(v)));
  const inSpan = (first: string | undefined, last: string | undefined, amount: (m: number) => Dec) => {
    const [from, to] = activeSpan(input, first, last);
    return Array.from({ length: months }, (_, m) => (m >= from && m < to ? amount(m) : ZERO));
  };

  const plans: LinePlan[] = [];
  const revenueOverride = new Map((overrides?.revenueLines ?? []).map((o) => [o.lineId, o]));
  for (const line of input.revenueLines) {
    const perUnit = unitCoefficients(line, global, revenueOverride.get(line.id)).revenuePerUnit.times(k);
    const amounts = lineVolumes(ctx, line).map((units) => units.times(perUnit));
    plans.push({ lineKind: 'revenue', lineId: line.id, departmentId: null, name: line.name, amounts: cents(amounts) });
  }
  const costOverride = new Map((overrides?.costLines ?? []).map((o) => [o.lineId, o]));
  for (const line of input.costLines) {
    const o = costOverride.get(line.id)?.amount;
    const factor = o === undefined ? global.fixedCost : global.fixedCost.times(o);
    const amount = line.amount;
    const amounts =
      amount.kind === 'monthly'
        ? inSpan(line.firstMonth, line.lastMonth, () => new Dec(amount.amount).times(factor))
        : inSpan(line.firstMonth, line.lastMonth, (m) => totalRevenue[m].times(amount.rate).times(factor));
    plans.push({ lineKind: 'cost', lineId: line.id, departmentId: line.departmentId, name: line.name, amounts: cents(amounts) });
  }
  const positionOverride = new Map((overrides?.positions ?? []).map((o) => [o.positionId, o]));
  for (const position of input.positions) {
    const o = positionOverride.get(position.id)?.count;
    const people = new Dec(position.count).times(o === undefined ? global.headcount : global.headcount.times(o));
    const monthly = people.times(position.monthlySalary).times(ONE.plus(position.onCostRate));
    const amounts = inSpan(position.firstMonth, position.lastMonth, () => monthly);
    plans.push({ lineKind: 'position', lineId: position.id, departmentId: position.departmentId, name: position.roleTitle, amounts: cents(amounts) });
  }
  return plans;
}

/** One typed actual: what a line really brought in or cost in a month. */
export interface BudgetActualEntry {
  lineKind: ActualLineKind;
  lineId: string;
  month: MonthKey;
  amount: Money;
}

/** Planned against actual over the months compared. variance = actual − planned. */
export interface VarianceRow {
  key: string;
  label: string;
  lineKind: ActualLineKind | null;
  departmentId: string | null;
  planned: Money;
  actual: Money;
  variance: Money;
  /** variance / planned, 4 decimals; null when nothing was planned */
  rate: string | null;
  /** more revenue or less cost than planned (a zero variance counts as favourable) */
  favourable: boolean;
  /** Months compared in which this row has no actual yet (counted as zero). */
  monthsWithoutActuals: number;
}

export interface MonthVariance {
  month: MonthKey;
  revenue: VarianceRow;
  costs: VarianceRow;
}

export interface BudgetVariance {
  scenario: ScenarioName;
  /** The last month with any actual; null when there are none (then nothing is compared). */
  throughMonth: MonthKey | null;
  /** The months compared: from the start of the horizon to throughMonth. */
  months: MonthKey[];
  byLine: VarianceRow[];
  /** Costs (cost lines and labour) of each department. */
  byDepartment: VarianceRow[];
  byMonth: MonthVariance[];
  totals: { revenue: VarianceRow; costs: VarianceRow };
}

interface Tally {
  planned: bigint;
  actual: bigint;
  missing: number;
}

const emptyTally = (): Tally => ({ planned: 0n, actual: 0n, missing: 0 });

function row(key: string, label: string, lineKind: ActualLineKind | null, departmentId: string | null, isRevenue: boolean, t: Tally): VarianceRow {
  const variance = t.actual - t.planned;
  return {
    key,
    label,
    lineKind,
    departmentId,
    planned: formatCents(t.planned),
    actual: formatCents(t.actual),
    variance: formatCents(variance),
    rate: t.planned === 0n ? null : new Dec(variance.toString()).div(t.planned.toString()).toFixed(4),
    favourable: isRevenue ? variance >= 0n : variance <= 0n,
    monthsWithoutActuals: t.missing,
  };
}

/** The last month of the horizon with any actual, or null. */
function lastActualMonth(input: BudgetInput, actuals: readonly BudgetActualEntry[]): MonthKey | null {
  let last = -1;
  for (const a of actuals) {
    const offset = monthOffset(input.startMonth, a.month);
    if (offset >= 0 && offset < input.horizonMonths && offset > last) last = offset;
  }
  return last < 0 ? null : addMonths(input.startMonth, last);
}

/** Index actuals by line and month offset; entries for unknown lines or months outside the horizon are ignored. */
function actualsByLine(input: BudgetInput, actuals: readonly BudgetActualEntry[]): Map<string, Map<number, bigint>> {
  const out = new Map<string, Map<number, bigint>>();
  for (const a of actuals) {
    const offset = monthOffset(input.startMonth, a.month);
    if (offset < 0 || offset >= input.horizonMonths) continue;
    const key = `${a.lineKind}:${a.lineId}`;
    const months = out.get(key) ?? new Map<number, bigint>();
    months.set(offset, (months.get(offset) ?? 0n) + parseCents(new Dec(a.amount).toFixed(2)));
    out.set(key, months);
  }
  return out;
}

/**
 * Actual against a scenario, by line, by department and by month, over the
 * months from the start of the horizon to the last month with any actual.
 * A line's month without an actual counts as zero and is reported in
 * monthsWithoutActuals. Null when the scenario is breakeven and none exists.
 */
export function budgetVariance(input: BudgetInput, actuals: readonly BudgetActualEntry[], scenario: ScenarioName): BudgetVariance | null {
  const plans = plannedLineAmounts(input, scenario);
  if (plans === null) return null;
  const throughMonth = lastActualMonth(input, actuals);
  const compared = throughMonth === null ? 0 : monthOffset(input.startMonth, throughMonth) + 1;
  const byActual = actualsByLine(input, actuals);

  const byLine: VarianceRow[] = [];
  const departments = new Map<string, Tally>();
  const monthRevenue = Array.from({ length: compared }, emptyTally);
  const monthCosts = Array.from({ length: compared }, emptyTally);
  const totalRevenue = emptyTally();
  const totalCosts = emptyTally();
  for (const plan of plans) {
    const isRevenue = plan.lineKind === 'revenue';
    const lineActuals = byActual.get(`${plan.lineKind}:${plan.lineId}`);
    const line = emptyTally();
    const department = plan.departmentId === null ? null : (departments.get(plan.departmentId) ?? emptyTally());
    for (let m = 0; m < compared; m++) {
      const planned = parseCents(plan.amounts[m]);
      const actual = lineActuals?.get(m);
      const missing = actual === undefined ? 1 : 0;
      for (const t of [line, isRevenue ? totalRevenue : totalCosts, isRevenue ? monthRevenue[m] : monthCosts[m], ...(department ? [department] : [])]) {
        t.planned += planned;
        t.actual += actual ?? 0n;
        t.missing += missing;
      }
    }
    if (department && plan.departmentId !== null) departments.set(plan.departmentId, department);
    byLine.push(row(`${plan.lineKind}:${plan.lineId}`, plan.name, plan.lineKind, plan.departmentId, isRevenue, line));
  }
  return {
    scenario,
    throughMonth,
    months: Array.from({ length: compared }, (_, m) => addMonths(input.startMonth, m)),
    byLine,
    byDepartment: [...departments].map(([id, t]) => row(`department:${id}`, id, null, id, false, t)),
    byMonth: monthRevenue.map((revenue, m) => {
      const month = addMonths(input.startMonth, m);
      return { month, revenue: row(`revenue:${month}`, month, null, null, true, revenue), costs: row(`costs:${month}`, month, null, null, false, monthCosts[m]) };
    }),
    totals: { revenue: row('revenue', 'revenue', null, null, true, totalRevenue), costs: row('costs', 'costs', null, null, false, totalCosts) },
  };
}

export interface ToDateFigures {
  actual: Money;
  responsibility: Money;
  stretch: Money;
}

export interface BudgetToDate {
  /** First month of the budget year that holds throughMonth (years are 12-month blocks from the start month). */
  fromMonth: MonthKey | null;
  /** The last month with any actual; null when there are none. */
  throughMonth: MonthKey | null;
  revenue: ToDateFigures;
  /** Cost lines and labour (variable costs have no actual lines). */
  costs: ToDateFigures;
}

/**
 * Year to date for the executive dashboard: actual against the responsibility
 * and stretch targets, from the start of the budget year holding the last
 * month with actuals through that month.
 */
export function budgetToDate(input: BudgetInput, actuals: readonly BudgetActualEntry[]): BudgetToDate {
  const throughMonth = lastActualMonth(input, actuals);
  const zero = { actual: '0.00', responsibility: '0.00', stretch: '0.00' };
  if (throughMonth === null) return { fromMonth: null, throughMonth: null, revenue: zero, costs: { ...zero } };
  const last = monthOffset(input.startMonth, throughMonth);
  const first = last - (last % 12);
  const sum = (plans: LinePlan[], revenue: boolean) => {
    let total = 0n;
    for (const plan of plans) if ((plan.lineKind === 'revenue') === revenue) for (let m = first; m <= last; m++) total += parseCents(plan.amounts[m]);
    return formatCents(total);
  };
  const responsibility = plannedLineAmounts(input, 'responsibility') as LinePlan[];
  const stretch = plannedLineAmounts(input, 'stretch') as LinePlan[];
  const byActual = actualsByLine(input, actuals);
  let actualRevenue = 0n;
  let actualCosts = 0n;
  const lines = new Set(responsibility.map((plan) => `${plan.lineKind}:${plan.lineId}`));
  for (const [key, months] of byActual) {
    if (!lines.has(key)) continue;
    for (const [m, amount] of months) {
      if (m < first || m > last) continue;
      if (key.startsWith('revenue:')) actualRevenue += amount;
      else actualCosts += amount;
    }
  }
  return {
    fromMonth: addMonths(input.startMonth, first),
    throughMonth,
    revenue: { actual: formatCents(actualRevenue), responsibility: sum(responsibility, true), stretch: sum(stretch, true) },
    costs: { actual: formatCents(actualCosts), responsibility: sum(responsibility, false), stretch: sum(stretch, false) },
  };
}
