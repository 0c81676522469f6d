// The budget's drivers (what finance types) and the engine's statements (what
// it shows). Every number crossing this boundary is a decimal string, never a
// JavaScript float: the API stores numeric columns and the web edits text.

/** Money as a decimal string: inputs are ≥ 0 with at most two decimals ("1234.5"); outputs have exactly two and may be negative ("-80.00"). */
export type Money = string;
/** A rate as a decimal fraction: "0.25" is 25 %. */
export type Rate = string;
/** A non-negative decimal quantity or multiplier ("1.1" is +10 %). */
export type Quantity = string;
/** A calendar month, "YYYY-MM". */
export type MonthKey = string;

export const COST_CATEGORIES = ['rent', 'utilities', 'marketing', 'rnd', 'promotion', 'training', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const MIN_HORIZON_MONTHS = 12;
export const MAX_HORIZON_MONTHS = 60;

/**
 * Sales volume of a revenue line, per month of the horizon:
 * - flat: the same volume every month;
 * - monthly: one value per horizon month (the driver grid's columns);
 * - growth: `start` in the first month, compounding by `monthlyGrowth` each
 *   month, times the seasonality factor of the calendar month (index 0 is
 *   January, whatever the start month). Factors are used as typed, not
 *   normalised: a profile averaging 1.1 adds 10 % to the year.
 */
export type VolumeDriver =
  | { kind: 'flat'; perMonth: Quantity }
  | { kind: 'monthly'; values: Quantity[] }
  | { kind: 'growth'; start: Quantity; monthlyGrowth: string; seasonality?: Quantity[] };

/** Variable cost of a revenue line: per unit sold, or a share of the line's revenue. */
export type VariableCostDriver = { kind: 'unitCost'; unitCost: Money } | { kind: 'shareOfRevenue'; rate: Rate };

/** A product or a sales channel: the sales-forecast stage of the cycle edits these. */
export interface RevenueLine {
  id: string;
  name: string;
  kind: 'product' | 'channel';
  unitPrice: Money;
  volume: VolumeDriver;
  variableCost?: VariableCostDriver;
}

/**
 * A fixed or operating cost line of a department. A share-of-revenue line
 * (e.g. marketing at 3 % of sales) is charged on the month's total revenue.
 * Active from `firstMonth` to `lastMonth` inclusive (default: the horizon).
 */
export interface CostLine {
  id: string;
  name: string;
  departmentId: string;
  category: CostCategory;
  amount: { kind: 'monthly'; amount: Money } | { kind: 'shareOfRevenue'; rate: Rate };
  firstMonth?: MonthKey;
  lastMonth?: MonthKey;
}

/**
 * Standard headcount: `count` people (fractions are part-time FTE) in a role,
 * each costing `monthlySalary` gross plus employer on-costs (social insurance
 * and housing fund) at `onCostRate` of salary, from `firstMonth` to `lastMonth`.
 */
export interface HeadcountPosition {
  id: string;
  departmentId: string;
  roleTitle: string;
  count: Quantity;
  monthlySalary: Money;
  onCostRate: Rate;
  firstMonth?: MonthKey;
  lastMonth?: MonthKey;
}

/**
 * A bank loan, drawn in full at the start of month 1 and charged interest at
 * annualRate / 12 on the balance owed during the month.
 * - equalInstalment: the same payment (interest + principal) every month for termMonths;
 * - interestOnly: interest every month, the whole principal repaid in month termMonths.
 * A term running past the horizon leaves a closing loan balance.
 */
export interface Loan {
  id: string;
  name?: string;
  principal: Money;
  annualRate: Rate;
  termMonths: number;
  repayment: 'equalInstalment' | 'interestOnly';
}

/**
 * Investment and financing. The initial investment (capex) is paid in month 1
 * and depreciated straight-line over `depreciationMonths` from month 1. Own
 * funds come in at the start of month 1. Income tax, when a rate is given, is
 * charged on the positive part of cumulative profit before tax (see engine).
 */
export interface Financing {
  initialInvestment: Money;
  depreciationMonths: number;
  ownFunds: Money;
  loans: Loan[];
  incomeTaxRate?: Rate;
}

/** Multipliers on the base, as decimal strings ("1.1" = +10 %). Absent means 1. */
export interface StretchMultipliers {
  volume?: Quantity;
  price?: Quantity;
  variableCost?: Quantity;
  fixedCost?: Quantity;
  headcount?: Quantity;
}

/**
 * Stretch target (争取目标值): the figure management commits to try for, above
 * the responsibility target. The base with multipliers, global and per line;
 * a line's multiplier combines with the global one by multiplication.
 */
export interface StretchOverrides {
  global?: StretchMultipliers;
  revenueLines?: { lineId: string; volume?: Quantity; price?: Quantity; variableCost?: Quantity }[];
  costLines?: { lineId: string; amount?: Quantity }[];
  positions?: { positionId: string; count?: Quantity }[];
}

/**
 * A driver-based budget. The responsibility target (责任目标值) is these
 * drivers as typed; the stretch target applies `stretch`; breakeven is solved.
 */
export interface BudgetInput {
  /** First month of the horizon, "YYYY-MM". */
  startMonth: MonthKey;
  /** 12 to 60 months. Years are consecutive 12-month blocks from the start month; the last may be short. */
  horizonMonths: number;
  revenueLines: RevenueLine[];
  costLines: CostLine[];
  positions: HeadcountPosition[];
  financing: Financing;
  stretch?: StretchOverrides;
}

/** One month of the horizon: 1-based index and calendar month. */
export interface MonthRef {
  index: number;
  month: MonthKey;
}

/** Figures of a month, a year or the horizon, money rounded to cents. The statement foots: see the engine's rounding rule. */
export interface BudgetFigures {
  revenue: Money;
  variableCost: Money;
  contributionMargin: Money;
  fixedCosts: Money;
  fixedCostsByDepartment: Record<string, Money>;
  fixedCostsByCategory: Record<CostCategory, Money>;
  salaries: Money;
  onCosts: Money;
  /** Salaries + employer on-costs: the total labour cost (年度人工成本总量 over a year). */
  labourCost: Money;
  labourCostByDepartment: Record<string, Money>;
  depreciation: Money;
  ebit: Money;
  interest: Money;
  profitBeforeTax: Money;
  tax: Money;
  netProfit: Money;
  cash: CashFigures;
}

/** Cash of the period. closing = opening + ownFunds + loanDrawdowns − capex + operatingCashFlow − repayments. */
export interface CashFigures {
  opening: Money;
  ownFunds: Money;
  loanDrawdowns: Money;
  capex: Money;
  /** Net profit + depreciation: cash earned by operations after interest and tax (no working-capital timing). */
  operatingCashFlow: Money;
  /** Loan principal repaid. */
  repayments: Money;
  closing: Money;
  /** Loans still owed at the end of the period. */
  loanBalance: Money;
}

export interface MonthFigures extends BudgetFigures, MonthRef {
  /** Standard headcount (年度人力标准配置) of each department in the month, 2 decimals. */
  headcountByDepartment: Record<string, Quantity>;
  headcount: Quantity;
}

export interface PeriodFigures extends BudgetFigures {
  label: string;
  firstMonth: MonthKey;
  lastMonth: MonthKey;
  /** Average monthly headcount of the period, 2 decimals. */
  averageHeadcountByDepartment: Record<string, Quantity>;
  averageHeadcount: Quantity;
}

/** When cumulative operating cash flow first covers the initial investment. */
export type Payback = { status: 'paidBack'; month: MonthRef } | { status: 'notWithinHorizon' } | { status: 'noInvestment' };

export type ScenarioName = 'responsibility' | 'stretch' | 'breakeven';

export interface ScenarioResult {
  scenario: ScenarioName;
  months: MonthFigures[];
  years: PeriodFigures[];
  total: PeriodFigures;
  payback: Payback;
  /** First month in which cumulative profit before tax is ≥ 0, or null. */
  cumulativeProfitNonNegativeFrom: MonthRef | null;
}

/**
 * The base's horizon figures that breakeven is solved from. Profit before tax
 * is linear in the sales-volume multiplier k: PBT(k) = k × contributionMargin − fixedCosts.
 */
export interface BreakevenBasis {
  /** Horizon revenue minus variable costs and share-of-revenue costs at the base volume. */
  contributionMargin: Money;
  /** Horizon costs that do not move with sales volume: fixed monthly amounts, labour, depreciation and interest. */
  fixedCosts: Money;
}

/** Breakeven (盈亏平衡): the base with every line's sales volume scaled by one multiplier so that profit before tax over the horizon is zero. */
export type BreakevenResult =
  | (BreakevenBasis & {
      status: 'solved';
      /** Volume multiplier relative to the responsibility target, 6 decimals ("0.640000" = 64 % of planned volume). */
      volumeMultiplier: Quantity;
      /** Revenue over the horizon at breakeven. */
      revenue: Money;
      /** The responsibility target's revenue above breakeven; the rate is of that revenue, 4 decimals (negative when the plan is below breakeven). */
      marginOfSafety: { amount: string; rate: string };
      /** First month in which the responsibility target's cumulative profit turns non-negative. */
      responsibilityProfitableFrom: MonthRef | null;
      scenario: ScenarioResult;
    })
  | (BreakevenBasis & {
      status: 'noBreakeven';
      reason: 'contributionMarginNotPositive';
      /** ≤ 0 here. */
      contributionMargin: string;
      message: string;
    });

export interface BudgetResult {
  responsibility: ScenarioResult;
  stretch: ScenarioResult;
  breakeven: BreakevenResult;
}
