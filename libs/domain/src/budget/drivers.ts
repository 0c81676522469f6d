// From typed drivers to exact monthly figures. Everything here is decimal at
// 34 significant digits; nothing is rounded. Per-line work is done once per
// line (difference arrays for month ranges, growth lines grouped by their
// growth and seasonality), so a 1,000-line budget costs few Decimal operations.
import { Dec, ONE, ZERO } from './decimal';
import { calendarMonthIndex, monthOffset } from './months';
import { BudgetInput, COST_CATEGORIES, CostCategory, RevenueLine, StretchOverrides } from './types';

/** What does not change between scenarios: the horizon, departments, financing. */
export interface BudgetContext {
  input: BudgetInput;
  months: number;
  departments: string[];
  departmentIndex: Map<string, number>;
  depreciation: Dec[];
  interest: Dec[];
  /** Loan principal repaid in each month. */
  repayments: Dec[];
  capex: Dec;
  ownFunds: Dec;
  loanDrawdowns: Dec;
  taxRate: Dec | null;
  /** Growth × seasonality factor of each month, per distinct growth profile. */
  growthFactors: Map<string, Dec[]>;
  /** Volumes typed month by month, parsed once for all scenarios. */
  typedVolumes: Map<string, Dec[]>;
  /** Revenue lines summed per override group, once per set of line overrides. */
  revenueGroups: Map<unknown, RevenueGroup[]>;
}

/**
 * Revenue lines sharing one stretch override (or none), summed exactly at
 * multiplier 1, month by month: Σ units × price, Σ units × unit cost and
 * Σ units × price × variable-cost rate. Every scenario is these sums times its
 * multipliers, so the per-line work is done once however many scenarios run.
 */
export interface RevenueGroup {
  override: RevenueOverride | undefined;
  revenue: Dec[];
  unitCost: Dec[];
  shareCost: Dec[];
}

/** Exact monthly figures of one set of drivers at volume multiplier 1. Index [month] or [department][month]. */
export interface ExactDrivers {
  revenue: Dec[];
  variableCost: Dec[];
  /** Fixed monthly amounts, and share-of-revenue costs (which scale with volume like revenue does). */
  fixedAmount: Dec[];
  fixedShare: Dec[];
  fixedAmountByDepartment: Dec[][];
  fixedShareByDepartment: Dec[][];
  fixedAmountByCategory: Dec[][];
  fixedShareByCategory: Dec[][];
  salaries: Dec[];
  onCosts: Dec[];
  salariesByDepartment: Dec[][];
  onCostsByDepartment: Dec[][];
  headcountByDepartment: Dec[][];
}

const d = (value: string | undefined, fallback: Dec = ONE) => (value === undefined ? fallback : new Dec(value));

export function budgetContext(input: BudgetInput): BudgetContext {
  const months = input.horizonMonths;
  const departments: string[] = [];
  const departmentIndex = new Map<string, number>();
  for (const { departmentId } of [...input.costLines, ...input.positions]) {
    if (!departmentIndex.has(departmentId)) {
      departmentIndex.set(departmentId, departments.length);
      departments.push(departmentId);
    }
  }

  const f = input.financing;
  const capex = new Dec(f.initialInvestment);
  const depreciation = zeros(months);
  if (!capex.isZero()) {
    const monthly = capex.div(f.depreciationMonths);
    for (let m = 0; m < Math.min(months, f.depreciationMonths); m++) depreciation[m] = monthly;
  }

  const interest = zeros(months);
  const repayments = zeros(months);
  let loanDrawdowns = ZERO;
  for (const loan of f.loans) {
    const principal = new Dec(loan.principal);
    loanDrawdowns = loanDrawdowns.plus(principal);
    const rate = new Dec(loan.annualRate).div(12);
    const n = loan.termMonths;
    const payment = rate.isZero() ? principal.div(n) : principal.times(rate).div(ONE.minus(ONE.plus(rate).pow(-n)));
    let balance = principal;
    for (let m = 0; m < Math.min(n, months); m++) {
      const charge = balance.times(rate);
      interest[m] = interest[m].plus(charge);
      let repaid = ZERO;
      if (m === n - 1) repaid = balance; // the last instalment clears the loan exactly
      else if (loan.repayment === 'equalInstalment') repaid = payment.minus(charge);
      repayments[m] = repayments[m].plus(repaid);
      balance = balance.minus(repaid);
    }
  }

  return {
    input,
    months,
    departments,
    departmentIndex,
    depreciation,
    interest,
    repayments,
    capex,
    ownFunds: new Dec(f.ownFunds),
    loanDrawdowns,
    taxRate: f.incomeTaxRate === undefined ? null : new Dec(f.incomeTaxRate),
    growthFactors: new Map(),
    typedVolumes: new Map(),
    revenueGroups: new Map(),
  };
}

/** The exact monthly figures of the drivers, with the stretch overrides applied when given. */
export function exactDrivers(ctx: BudgetContext, overrides?: StretchOverrides): ExactDrivers {
  const { input, months } = ctx;
  const global = globalFactors(overrides);
  const gFixed = global.fixedCost;
  const gHeadcount = global.headcount;
  const costOverride = new Map((overrides?.costLines ?? []).map((o) => [o.lineId, o]));
  const positionOverride = new Map((overrides?.positions ?? []).map((o) => [o.positionId, o]));

  // Revenue and variable cost: the lines' sums at multiplier 1, per stretch-override group (computed once per
  // budget), times each group's multipliers in this scenario.
  const revenue = zeros(months);
  const variableCost = zeros(months);
  const lineOverrides = overrides === undefined || overrides === input.stretch ? input.stretch?.revenueLines : overrides.revenueLines;
  for (const group of revenueGroups(ctx, lineOverrides)) {
    const o = overrides === undefined ? undefined : group.override;
    const volumeFactor = o?.volume === undefined ? global.volume : global.volume.times(o.volume);
    const priceFactor = o?.price === undefined ? global.price : global.price.times(o.price);
    const costFactor = o?.variableCost === undefined ? global.variableCost : global.variableCost.times(o.variableCost);
    const revenueFactor = volumeFactor.times(priceFactor);
    const unitCostFactor = volumeFactor.times(costFactor);
    const shareFactor = revenueFactor.times(costFactor);
    const scale = (factor: Dec, x: Dec) => (x.isZero() ? x : factor.eq(ONE) ? x : x.times(factor));
    for (let m = 0; m < months; m++) {
      revenue[m] = revenue[m].plus(scale(revenueFactor, group.revenue[m]));
      variableCost[m] = variableCost[m].plus(scale(unitCostFactor, group.unitCost[m])).plus(scale(shareFactor, group.shareCost[m]));
    }
  }

  // Fixed costs and headcount: each line adds at its first month and stops after its last (difference arrays).
  const nd = ctx.departments.length;
  const nc = COST_CATEGORIES.length;
  const amountDept = ranges(nd, months);
  const shareDept = ranges(nd, months);
  const amountCat = ranges(nc, months);
  const shareCat = ranges(nc, months);
  const salaryDept = ranges(nd, months);
  const onCostDept = ranges(nd, months);
  const headDept = ranges(nd, months);
  const span = (first: string | undefined, last: string | undefined) => activeSpan(input, first, last);
  for (const line of input.costLines) {
    const dept = ctx.departmentIndex.get(line.departmentId) as number;
    const cat = COST_CATEGORIES.indexOf(line.category as CostCategory);
    const o = costOverride.get(line.id);
    const factor = o?.amount === undefined ? gFixed : gFixed.times(o.amount);
    const [from, to] = span(line.firstMonth, line.lastMonth);
    if (line.amount.kind === 'monthly') {
      const amount = new Dec(line.amount.amount).times(factor);
      amountDept.add(dept, from, to, amount);
      amountCat.add(cat, from, to, amount);
    } else {
      const rate = new Dec(line.amount.rate).times(factor);
      shareDept.add(dept, from, to, rate);
      shareCat.add(cat, from, to, rate);
    }
  }
  for (const position of input.positions) {
    const dept = ctx.departmentIndex.get(position.departmentId) as number;
    const o = positionOverride.get(position.id);
    const people = new Dec(position.count).times(o?.count === undefined ? gHeadcount : gHeadcount.times(o.count));
    const salaries = people.times(position.monthlySalary);
    const [from, to] = span(position.firstMonth, position.lastMonth);
    headDept.add(dept, from, to, people);
    salaryDept.add(dept, from, to, salaries);
    onCostDept.add(dept, from, to, salaries.times(position.onCostRate));
  }

  const fixedAmountByDepartment = amountDept.months();
  const fixedAmountByCategory = amountCat.months();
  // Share-of-revenue rates become amounts on this scenario's revenue at multiplier 1.
  const onRevenue = (rates: Dec[][]) => rates.map((row) => row.map((rate, m) => (rate.isZero() ? ZERO : rate.times(revenue[m]))));
  const fixedShareByDepartment = onRevenue(shareDept.months());
  const fixedShareByCategory = onRevenue(shareCat.months());
  const salariesByDepartment = salaryDept.months();
  const onCostsByDepartment = onCostDept.months();
  return {
    revenue,
    variableCost,
    fixedAmount: columnSums(fixedAmountByCategory, months),
    fixedShare: columnSums(fixedShareByCategory, months),
    fixedAmountByDepartment,
    fixedShareByDepartment,
    fixedAmountByCategory,
    fixedShareByCategory,
    salaries: columnSums(salariesByDepartment, months),
    onCosts: columnSums(onCostsByDepartment, months),
    salariesByDepartment,
    onCostsByDepartment,
    headcountByDepartment: headDept.months(),
  };
}

/** The months [from, to) of the horizon in which a line running from `first` to `last` (inclusive, default the horizon) is active. */
export function activeSpan(input: BudgetInput, first: string | undefined, last: string | undefined): [number, number] {
  return [first === undefined ? 0 : monthOffset(input.startMonth, first), last === undefined ? input.horizonMonths : monthOffset(input.startMonth, last) + 1];
}

/** The stretch overrides' global multipliers, 1 where absent. */
export interface GlobalFactors {
  volume: Dec;
  price: Dec;
  variableCost: Dec;
  fixedCost: Dec;
  headcount: Dec;
}

export function globalFactors(overrides: StretchOverrides | undefined): GlobalFactors {
  const g = overrides?.global ?? {};
  return { volume: d(g.volume), price: d(g.price), variableCost: d(g.variableCost), fixedCost: d(g.fixedCost), headcount: d(g.headcount) };
}

type RevenueOverride = NonNullable<StretchOverrides['revenueLines']>[number];

/** Revenue and variable cost per unit of a revenue line's base volume, with the scenario's volume and price multipliers folded in. */
export function unitCoefficients(line: RevenueLine, global: GlobalFactors, o: RevenueOverride | undefined): { revenuePerUnit: Dec; variablePerUnit: Dec } {
  const volumeFactor = o?.volume === undefined ? global.volume : global.volume.times(o.volume);
  const revenuePerUnit = new Dec(line.unitPrice).times(o?.price === undefined ? global.price : global.price.times(o.price)).times(volumeFactor);
  const costFactor = o?.variableCost === undefined ? global.variableCost : global.variableCost.times(o.variableCost);
  const cost = line.variableCost;
  const variablePerUnit = !cost
    ? ZERO
    : cost.kind === 'unitCost'
      ? new Dec(cost.unitCost).times(costFactor).times(volumeFactor)
      : revenuePerUnit.times(cost.rate).times(costFactor);
  return { revenuePerUnit, variablePerUnit };
}

/** The revenue lines' sums per override group (see RevenueGroup), cached on the context. */
function revenueGroups(ctx: BudgetContext, lineOverrides: RevenueOverride[] | undefined): RevenueGroup[] {
  const cacheKey = lineOverrides ?? null;
  const cached = ctx.revenueGroups.get(cacheKey);
  if (cached) return cached;
  const months = ctx.months;
  const overrideOf = new Map((lineOverrides ?? []).map((o) => [o.lineId, o]));
  interface Sums {
    group: RevenueGroup;
    flat: [Dec, Dec, Dec];
    growth: Map<string, [Dec, Dec, Dec]>;
  }
  const byOverride = new Map<string, Sums>();
  for (const line of ctx.input.revenueLines) {
    const o = overrideOf.get(line.id);
    const key = o ? `${o.volume ?? ''}|${o.price ?? ''}|${o.variableCost ?? ''}` : '';
    let sums = byOverride.get(key);
    if (!sums) {
      sums = { group: { override: o, revenue: zeros(months), unitCost: zeros(months), shareCost: zeros(months) }, flat: [ZERO, ZERO, ZERO], growth: new Map() };
      byOverride.set(key, sums);
    }
    // Per unit: revenue, unit variable cost, share-of-revenue variable cost.
    const price = new Dec(line.unitPrice);
    const cost = line.variableCost;
    const perUnit: [Dec, Dec, Dec] = [price, cost?.kind === 'unitCost' ? new Dec(cost.unitCost) : ZERO, cost?.kind === 'shareOfRevenue' ? price.times(cost.rate) : ZERO];
    const volume = line.volume;
    if (volume.kind === 'flat') {
      const units = new Dec(volume.perMonth);
      sums.flat = addScaled(sums.flat, perUnit, units);
    } else if (volume.kind === 'monthly') {
      const values = typedVolumes(ctx, line.id, volume.values);
      const target = [sums.group.revenue, sums.group.unitCost, sums.group.shareCost];
      for (let i = 0; i < 3; i++) {
        if (perUnit[i].isZero()) continue;
        const row = target[i];
        for (let m = 0; m < months; m++) if (!values[m].isZero()) row[m] = row[m].plus(values[m].times(perUnit[i]));
      }
    } else {
      const growthKeyOf = growthKey(volume.monthlyGrowth, volume.seasonality);
      sums.growth.set(growthKeyOf, addScaled(sums.growth.get(growthKeyOf) ?? [ZERO, ZERO, ZERO], perUnit, new Dec(volume.start)));
    }
  }
  const groups: RevenueGroup[] = [];
  for (const { group, flat, growth } of byOverride.values()) {
    const target = [group.revenue, group.unitCost, group.shareCost];
    for (const [key, start] of growth) {
      const factors = growthFactorsOf(ctx, key);
      for (let i = 0; i < 3; i++) {
        if (start[i].isZero()) continue;
        const row = target[i];
        for (let m = 0; m < months; m++) row[m] = row[m].plus(factors[m].times(start[i]));
      }
    }
    for (let i = 0; i < 3; i++) {
      if (flat[i].isZero()) continue;
      const row = target[i];
      for (let m = 0; m < months; m++) row[m] = row[m].plus(flat[i]);
    }
    groups.push(group);
  }
  ctx.revenueGroups.set(cacheKey, groups);
  return groups;
}

function addScaled(sum: [Dec, Dec, Dec], perUnit: [Dec, Dec, Dec], units: Dec): [Dec, Dec, Dec] {
  return [0, 1, 2].map((i) => (perUnit[i].isZero() ? sum[i] : sum[i].plus(units.times(perUnit[i])))) as [Dec, Dec, Dec];
}

/** A revenue line's base sales volume in each month of the horizon. */
export function lineVolumes(ctx: BudgetContext, line: RevenueLine): Dec[] {
  const volume = line.volume;
  if (volume.kind === 'flat') return new Array<Dec>(ctx.months).fill(new Dec(volume.perMonth));
  if (volume.kind === 'monthly') return typedVolumes(ctx, line.id, volume.values);
  const start = new Dec(volume.start);
  return growthFactorsOf(ctx, growthKey(volume.monthlyGrowth, volume.seasonality)).map((f) => f.times(start));
}

function growthFactorsOf(ctx: BudgetContext, key: string): Dec[] {
  let factors = ctx.growthFactors.get(key);
  if (!factors) {
    const [growth, season] = key.split('|');
    factors = growthFactors(ctx, growth, season === '' ? undefined : season.split(','));
    ctx.growthFactors.set(key, factors);
  }
  return factors;
}

function typedVolumes(ctx: BudgetContext, lineId: string, values: string[]): Dec[] {
  let parsed = ctx.typedVolumes.get(lineId);
  if (!parsed) {
    parsed = values.map((v) => new Dec(v));
    ctx.typedVolumes.set(lineId, parsed);
  }
  return parsed;
}

function growthKey(growth: string, seasonality: string[] | undefined): string {
  return `${growth}|${seasonality ? seasonality.join(',') : ''}`;
}

/** (1 + g)^m × seasonality[calendar month] for each month m of the horizon (m = 0 is the start month). */
function growthFactors(ctx: BudgetContext, growth: string, seasonality: string[] | undefined): Dec[] {
  const step = ONE.plus(growth);
  const season = seasonality?.map((s) => new Dec(s));
  const factors: Dec[] = [];
  let compound = ONE;
  const first = calendarMonthIndex(ctx.input.startMonth, 0);
  for (let m = 0; m < ctx.months; m++) {
    factors.push(season ? compound.times(season[(first + m) % 12]) : compound);
    compound = compound.times(step);
  }
  return factors;
}

function zeros(n: number): Dec[] {
  return new Array<Dec>(n).fill(ZERO);
}

/** Month ranges per row, as difference arrays: add(row, from, to, v) adds v to months [from, to). */
function ranges(rows: number, months: number) {
  const diff = Array.from({ length: rows }, () => new Array<Dec>(months + 1).fill(ZERO));
  return {
    add(row: number, from: number, to: number, value: Dec) {
      diff[row][from] = diff[row][from].plus(value);
      diff[row][to] = diff[row][to].minus(value);
    },
    months(): Dec[][] {
      return diff.map((row) => {
        const out = new Array<Dec>(months);
        let running = ZERO;
        for (let m = 0; m < months; m++) {
          if (!row[m].isZero()) running = running.plus(row[m]);
          out[m] = running;
        }
        return out;
      });
    },
  };
}

function columnSums(rows: Dec[][], months: number): Dec[] {
  const out = zeros(months);
  for (const row of rows) for (let m = 0; m < months; m++) if (!row[m].isZero()) out[m] = out[m].plus(row[m]);
  return out;
}
