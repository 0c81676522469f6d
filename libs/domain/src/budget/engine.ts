// The budget engine: three scenarios from one set of drivers.
//
// Rules (the API, the web preview and the Excel export all rely on them):
// - Exact first: every figure is computed in decimal (34 significant digits)
//   and rounded to cents, half up, only to build the statement shown.
// - Running-total rounding: revenue, salaries, on-costs, depreciation,
//   interest, profit before tax, tax and repayments show, for each month,
//   round(exact total to date) − round(exact total to the month before). So
//   every month is within a cent of exact, and every horizon total is the
//   exact total rounded (breakeven profit shows 0.00, repayments add up to the
//   principal). Variable and fixed costs take the month's rounding
//   difference, so each month's statement foots; a cost already in whole
//   cents (a rent of 12,000) keeps its value while a cost with fractions of a
//   cent (variable costs, share-of-revenue costs) can take it.
// - Statements foot: contribution margin, labour cost, EBIT, profit, net
//   profit, operating cash and closing cash are sums and differences of the
//   figures shown; breakdowns by department and category add up to the
//   month's fixed costs (largest remainder); years and the horizon are sums of
//   the months shown. An export whose totals are formulas over these cells
//   shows the same totals as the app.
// - Years are consecutive 12-month blocks from the start month.
// - Financing: own funds and loans come in, and the initial investment goes
//   out, at the start of month 1.
// - Income tax (when a rate is given) is charged on the positive part of
//   cumulative profit before tax: tax to date = rate × max(0, cumulative PBT).
//   A loss month before any profit pays nothing; losses are carried forward
//   within the horizon; a loss after taxed profit gives back tax charged
//   earlier in the horizon (negative tax that month), never below zero in total.
// - Operating cash flow = net profit + depreciation (interest and tax are paid
//   in the month they are charged; no working-capital timing).
// - Payback: the first month in which cumulative operating cash flow covers
//   the initial investment, read off the figures shown.
import { Dec, formatCents, ONE, parseCents, toCents, ZERO } from './decimal';
import { budgetContext, BudgetContext, exactDrivers, ExactDrivers } from './drivers';
import { addMonths, monthRef } from './months';
import { apportion, RunningRound } from './rounding';
import {
  BreakevenResult,
  BudgetInput,
  BudgetResult,
  COST_CATEGORIES,
  CostCategory,
  BudgetFigures,
  MonthFigures,
  MonthRef,
  Payback,
  PeriodFigures,
  ScenarioName,
  ScenarioResult,
} from './types';
import { BudgetInputError, validateBudget } from './validate';

/**
 * The three scenarios of a budget: responsibility target (the drivers as
 * typed), stretch target (with the stretch overrides) and breakeven (solved).
 * Throws BudgetInputError when validateBudget() finds problems.
 */
export function computeBudget(input: BudgetInput): BudgetResult {
  const problems = validateBudget(input);
  if (problems.length > 0) throw new BudgetInputError(problems);
  const ctx = budgetContext(input);
  const base = exactDrivers(ctx);
  const responsibility = buildScenario('responsibility', ctx, base, ONE);
  const stretch = input.stretch ? buildScenario('stretch', ctx, exactDrivers(ctx, input.stretch), ONE) : { ...responsibility, scenario: 'stretch' as const };
  return { responsibility, stretch, breakeven: solveBreakeven(ctx, base, responsibility) };
}

/**
 * Profit before tax over the horizon is linear in the sales-volume multiplier
 * k (revenue, variable costs and share-of-revenue costs scale with k; fixed
 * amounts, labour, depreciation and interest do not):
 *   PBT(k) = k × (R − V − S) − C,
 * so breakeven is k = C / (R − V − S), solved exactly. It exists only when
 * the contribution R − V − S is positive.
 */
function solveBreakeven(ctx: BudgetContext, base: ExactDrivers, responsibility: ScenarioResult): BreakevenResult {
  const { multiplier, contribution, fixed } = exactBreakeven(ctx, base);
  const basis = { contributionMargin: formatCents(toCents(contribution)), fixedCosts: formatCents(toCents(fixed)) };
  if (multiplier === null) {
    return {
      ...basis,
      status: 'noBreakeven',
      reason: 'contributionMarginNotPositive',
      message: 'No sales volume breaks even: each unit sold costs at least as much as it brings in (contribution margin ≤ 0), so selling more only deepens the loss.',
    };
  }
  const scenario = buildScenario('breakeven', ctx, base, multiplier);
  const planned = parseCents(responsibility.total.revenue);
  const atBreakeven = parseCents(scenario.total.revenue);
  return {
    ...basis,
    status: 'solved',
    volumeMultiplier: multiplier.toFixed(6),
    revenue: scenario.total.revenue,
    marginOfSafety: { amount: formatCents(planned - atBreakeven), rate: ONE.minus(multiplier).toFixed(4) },
    responsibilityProfitableFrom: responsibility.cumulativeProfitNonNegativeFrom,
    scenario,
  };
}

/** The exact breakeven volume multiplier k = C / (R − V − S) of the base drivers, or null when the contribution R − V − S is not positive. */
export function exactBreakeven(ctx: BudgetContext, base: ExactDrivers): { multiplier: Dec | null; contribution: Dec; fixed: Dec } {
  const sum = (xs: Dec[]) => xs.reduce((a, x) => a.plus(x), ZERO);
  const contribution = sum(base.revenue).minus(sum(base.variableCost)).minus(sum(base.fixedShare));
  const fixed = sum(base.fixedAmount).plus(sum(base.salaries)).plus(sum(base.onCosts)).plus(sum(ctx.depreciation)).plus(sum(ctx.interest));
  return { multiplier: contribution.lte(0) ? null : fixed.div(contribution), contribution, fixed };
}

/** A month as shown: whole cents (hundredths for headcount). */
interface ShownMonth {
  revenue: bigint;
  variableCost: bigint;
  fixedCosts: bigint;
  fixedByDepartment: bigint[];
  fixedByCategory: bigint[];
  salaries: bigint;
  onCosts: bigint;
  labourByDepartment: bigint[];
  depreciation: bigint;
  interest: bigint;
  tax: bigint;
  ownFunds: bigint;
  loanDrawdowns: bigint;
  capex: bigint;
  repayments: bigint;
  headcountByDepartment: bigint[];
}

/** The scenario at sales-volume multiplier k over the given drivers. */
function buildScenario(name: ScenarioName, ctx: BudgetContext, d: ExactDrivers, k: Dec): ScenarioResult {
  const scaled = (x: Dec) => (k === ONE || x.isZero() ? x : x.times(k));
  const plusScaled = (a: Dec, b: Dec) => (b.isZero() ? a : a.plus(scaled(b)));
  const labour = labourShown(d);
  const revenueRound = new RunningRound();
  const profitRound = new RunningRound();
  const taxRound = new RunningRound();
  const depreciationRound = new RunningRound();
  const interestRound = new RunningRound();
  const repaymentRound = new RunningRound();
  let cumulativeProfit = ZERO;
  const shown: ShownMonth[] = [];

  for (let m = 0; m < ctx.months; m++) {
    const revenue = scaled(d.revenue[m]);
    const variableCost = scaled(d.variableCost[m]);
    const fixed = plusScaled(d.fixedAmount[m], d.fixedShare[m]);
    const profit = revenue
      .minus(variableCost)
      .minus(fixed)
      .minus(d.salaries[m])
      .minus(d.onCosts[m])
      .minus(ctx.depreciation[m])
      .minus(ctx.interest[m]);
    cumulativeProfit = cumulativeProfit.plus(profit);

    const revenueC = revenueRound.next(revenue);
    const profitC = profitRound.next(profit);
    const { salariesC, onCostsC, labourByDepartment, headcountByDepartment } = labour[m];
    const depreciationC = depreciationRound.next(ctx.depreciation[m]);
    const interestC = interestRound.next(ctx.interest[m]);
    const taxC = ctx.taxRate ? taxRound.nextCumulative(cumulativeProfit.gt(0) ? cumulativeProfit.times(ctx.taxRate) : ZERO) : 0n;
    // Variable and fixed costs take what is left, so the month foots to the profit shown.
    const [variableC, fixedC] = apportion([variableCost, fixed], revenueC - profitC - salariesC - onCostsC - depreciationC - interestC);
    const fixedByDepartment = apportion(
      d.fixedAmountByDepartment.map((row, i) => plusScaled(row[m], d.fixedShareByDepartment[i][m])),
      fixedC,
    );
    const fixedByCategory = apportion(
      d.fixedAmountByCategory.map((row, i) => plusScaled(row[m], d.fixedShareByCategory[i][m])),
      fixedC,
    );
    shown.push({
      revenue: revenueC,
      variableCost: variableC,
      fixedCosts: fixedC,
      fixedByDepartment,
      fixedByCategory,
      salaries: salariesC,
      onCosts: onCostsC,
      labourByDepartment,
      depreciation: depreciationC,
      interest: interestC,
      tax: taxC,
      ownFunds: m === 0 ? toCents(ctx.ownFunds) : 0n,
      loanDrawdowns: m === 0 ? toCents(ctx.loanDrawdowns) : 0n,
      capex: m === 0 ? toCents(ctx.capex) : 0n,
      repayments: repaymentRound.next(ctx.repayments[m]),
      headcountByDepartment,
    });
  }
  return present(name, ctx, shown);
}

const labourCache = new WeakMap<ExactDrivers, LabourMonth[]>();
interface LabourMonth {
  salariesC: bigint;
  onCostsC: bigint;
  labourByDepartment: bigint[];
  headcountByDepartment: bigint[];
}

/** Labour and headcount as shown: they do not move with sales volume, so the breakeven scenario reuses the base's. */
function labourShown(d: ExactDrivers): LabourMonth[] {
  const cached = labourCache.get(d);
  if (cached) return cached;
  const salaryRound = new RunningRound();
  const onCostRound = new RunningRound();
  const months = d.salaries.map((salaries, m) => {
    const salariesC = salaryRound.next(salaries);
    const onCostsC = onCostRound.next(d.onCosts[m]);
    return {
      salariesC,
      onCostsC,
      labourByDepartment: apportion(
        d.salariesByDepartment.map((row, i) => row[m].plus(d.onCostsByDepartment[i][m])),
        salariesC + onCostsC,
      ),
      headcountByDepartment: d.headcountByDepartment.map((row) => toCents(row[m])),
    };
  });
  labourCache.set(d, months);
  return months;
}

/** From shown cents to the result: derived lines, cash, years, payback. */
function present(name: ScenarioName, ctx: BudgetContext, shown: ShownMonth[]): ScenarioResult {
  const { departments } = ctx;
  const start = ctx.input.startMonth;
  let cash = 0n;
  let loanBalance = 0n;
  let cumulativeOperatingCash = 0n;
  let cumulativeProfit = 0n;
  let payback: Payback = ctx.capex.isZero() ? { status: 'noInvestment' } : { status: 'notWithinHorizon' };
  let profitableFrom: MonthRef | null = null;
  const capexCents = toCents(ctx.capex);

  const months: MonthFigures[] = [];
  const flows: Flow[] = [];
  shown.forEach((s, m) => {
    const flow = flowOf(s);
    const opening = cash;
    cash = opening + s.ownFunds + s.loanDrawdowns - s.capex + flow.operatingCashFlow - s.repayments;
    loanBalance += s.loanDrawdowns - s.repayments;
    flows.push(flow);
    cumulativeOperatingCash += flow.operatingCashFlow;
    cumulativeProfit += flow.profitBeforeTax;
    const ref = monthRef(start, m);
    if (payback.status === 'notWithinHorizon' && cumulativeOperatingCash >= capexCents) payback = { status: 'paidBack', month: ref };
    if (profitableFrom === null && cumulativeProfit >= 0n) profitableFrom = ref;
    const headcount = s.headcountByDepartment.reduce((a, h) => a + h, 0n);
    months.push({
      ...ref,
      ...figures(departments, s, flow, { opening, closing: cash, loanBalance }),
      headcountByDepartment: byDepartment(departments, s.headcountByDepartment),
      headcount: formatCents(headcount),
    });
  });

  const period = (label: string, from: number, to: number): PeriodFigures => {
    const slice = shown.slice(from, to);
    const total = sumShown(slice, departments.length);
    const n = BigInt(slice.length);
    const average = (h: bigint) => (2n * h + n) / (2n * n); // hundredths, half up (headcount is never negative)
    return {
      label,
      firstMonth: addMonths(start, from),
      lastMonth: addMonths(start, to - 1),
      ...figures(departments, total, flowOf(total), {
        opening: parseCents(months[from].cash.opening),
        closing: parseCents(months[to - 1].cash.closing),
        loanBalance: parseCents(months[to - 1].cash.loanBalance),
      }),
      averageHeadcountByDepartment: byDepartment(departments, total.headcountByDepartment.map(average)),
      averageHeadcount: formatCents(average(total.headcountByDepartment.reduce((a, h) => a + h, 0n))),
    };
  };
  const years: PeriodFigures[] = [];
  for (let from = 0, y = 1; from < ctx.months; from += 12, y++) years.push(period(`Y${y}`, from, Math.min(from + 12, ctx.months)));

  return {
    scenario: name,
    months,
    years,
    total: period('total', 0, ctx.months),
    payback,
    cumulativeProfitNonNegativeFrom: profitableFrom,
  };
}

interface Flow {
  contributionMargin: bigint;
  labourCost: bigint;
  ebit: bigint;
  profitBeforeTax: bigint;
  netProfit: bigint;
  operatingCashFlow: bigint;
}

function flowOf(s: ShownMonth): Flow {
  const contributionMargin = s.revenue - s.variableCost;
  const labourCost = s.salaries + s.onCosts;
  const ebit = contributionMargin - s.fixedCosts - labourCost - s.depreciation;
  const profitBeforeTax = ebit - s.interest;
  const netProfit = profitBeforeTax - s.tax;
  return { contributionMargin, labourCost, ebit, profitBeforeTax, netProfit, operatingCashFlow: netProfit + s.depreciation };
}

function sumShown(months: ShownMonth[], nd: number): ShownMonth {
  const total: ShownMonth = {
    revenue: 0n,
    variableCost: 0n,
    fixedCosts: 0n,
    fixedByDepartment: new Array<bigint>(nd).fill(0n),
    fixedByCategory: new Array<bigint>(COST_CATEGORIES.length).fill(0n),
    salaries: 0n,
    onCosts: 0n,
    labourByDepartment: new Array<bigint>(nd).fill(0n),
    depreciation: 0n,
    interest: 0n,
    tax: 0n,
    ownFunds: 0n,
    loanDrawdowns: 0n,
    capex: 0n,
    repayments: 0n,
    headcountByDepartment: new Array<bigint>(nd).fill(0n),
  };
  const scalars = ['revenue', 'variableCost', 'fixedCosts', 'salaries', 'onCosts', 'depreciation', 'interest', 'tax', 'ownFunds', 'loanDrawdowns', 'capex', 'repayments'] as const;
  const lists = ['fixedByDepartment', 'fixedByCategory', 'labourByDepartment', 'headcountByDepartment'] as const;
  for (const s of months) {
    for (const key of scalars) total[key] += s[key];
    for (const key of lists) s[key].forEach((v, i) => (total[key][i] += v));
  }
  return total;
}

function figures(departments: string[], s: ShownMonth, f: Flow, cash: { opening: bigint; closing: bigint; loanBalance: bigint }): BudgetFigures {
  const c = formatCents;
  return {
    revenue: c(s.revenue),
    variableCost: c(s.variableCost),
    contributionMargin: c(f.contributionMargin),
    fixedCosts: c(s.fixedCosts),
    fixedCostsByDepartment: byDepartment(departments, s.fixedByDepartment),
    fixedCostsByCategory: Object.fromEntries(COST_CATEGORIES.map((cat, i) => [cat, c(s.fixedByCategory[i])])) as Record<CostCategory, string>,
    salaries: c(s.salaries),
    onCosts: c(s.onCosts),
    labourCost: c(f.labourCost),
    labourCostByDepartment: byDepartment(departments, s.labourByDepartment),
    depreciation: c(s.depreciation),
    ebit: c(f.ebit),
    interest: c(s.interest),
    profitBeforeTax: c(f.profitBeforeTax),
    tax: c(s.tax),
    netProfit: c(f.netProfit),
    cash: {
      opening: c(cash.opening),
      ownFunds: c(s.ownFunds),
      loanDrawdowns: c(s.loanDrawdowns),
      capex: c(s.capex),
      operatingCashFlow: c(f.operatingCashFlow),
      repayments: c(s.repayments),
      closing: c(cash.closing),
      loanBalance: c(cash.loanBalance),
    },
  };
}

function byDepartment(departments: string[], values: bigint[]): Record<string, string> {
  return Object.fromEntries(departments.map((id, i) => [id, formatCents(values[i])]));
}
