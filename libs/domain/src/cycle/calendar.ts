/**
 * The annual planning cycle (BRIEF §2): eight stages that turn next year's
 * sales forecast into the approved plan, run each autumn before the plan
 * year starts. This file lays out the default cycle for a plan year.
 */

export const STAGE_KEYS = [
  'sales_forecast',
  'financial_forecast',
  'sales_plan',
  'rnd_plan',
  'supply_plan',
  'hr_plan',
  'financial_budget',
  'overall_plan',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

/**
 * The default stages' names as stored, in both languages (the source's
 * words). A screen may show its own translation while a stage still has its
 * default name; a renamed stage shows the name it was given.
 */
export const DEFAULT_STAGE_NAMES: Readonly<Record<StageKey, string>> = {
  sales_forecast: '销售预测 Sales forecast',
  financial_forecast: '财务预测 Financial forecast',
  sales_plan: '销售计划 Sales plan',
  rnd_plan: '研发计划 R&D plan',
  supply_plan: '供应计划 Supply plan',
  hr_plan: '人力计划 HR plan',
  financial_budget: '财务预算 Financial budget',
  overall_plan: '总体方案 Overall plan',
};

/** What each default stage hands over: named deliverables, in the product's words. */
export const STAGE_DELIVERABLES: Readonly<Record<StageKey, readonly string[]>> = {
  sales_forecast: ['market_sales_forecast'],
  financial_forecast: ['financial_indicator_forecast'],
  sales_plan: ['product_operations_plan', 'market_sales_plan'],
  rnd_plan: ['rnd_plan'],
  supply_plan: ['procurement_plan', 'manufacturing_plan'],
  hr_plan: ['standard_headcount', 'total_labour_cost', 'compensation_rules'],
  financial_budget: ['three_budget_scenarios'],
  overall_plan: ['annual_business_plan', 'responsibility_letters'],
};

/** The department that runs each default stage, by the kind of department it is. */
export const STAGE_OWNER_KINDS: Readonly<Record<StageKey, string>> = {
  sales_forecast: 'sales',
  financial_forecast: 'finance',
  sales_plan: 'sales',
  rnd_plan: 'rnd',
  supply_plan: 'supply',
  hr_plan: 'hr',
  financial_budget: 'finance',
  overall_plan: 'presidents_office',
};

/** Month and day each stage is due, in the calendar year before a January plan year. */
const DUE: Readonly<Record<StageKey, readonly [number, number]>> = {
  sales_forecast: [10, 20],
  financial_forecast: [10, 25],
  sales_plan: [11, 1],
  rnd_plan: [11, 5],
  supply_plan: [11, 10],
  hr_plan: [11, 14],
  financial_budget: [11, 21],
  overall_plan: [11, 25],
};

/** Which stages must be approved before a stage can be submitted. */
export const DEFAULT_DEPENDENCIES: Readonly<Record<StageKey, readonly StageKey[]>> = {
  sales_forecast: [],
  financial_forecast: ['sales_forecast'],
  sales_plan: ['sales_forecast', 'financial_forecast'],
  rnd_plan: ['sales_plan'],
  supply_plan: ['sales_plan', 'rnd_plan'],
  hr_plan: ['sales_plan', 'rnd_plan', 'supply_plan'],
  financial_budget: ['sales_forecast', 'financial_forecast', 'sales_plan', 'rnd_plan', 'supply_plan', 'hr_plan'],
  overall_plan: ['sales_forecast', 'financial_forecast', 'sales_plan', 'rnd_plan', 'supply_plan', 'hr_plan', 'financial_budget'],
};

/** The first stage opens this many days before it is due (the source names no start dates). */
const FIRST_STAGE_DAYS = 19;

export interface DefaultStage {
  key: StageKey;
  /** 1–8, the source's order. */
  position: number;
  startDate: string;
  dueDate: string;
  dependsOn: readonly StageKey[];
}

/**
 * The eight stages for `planYear`, due on the source's dates in the year
 * before it. An organisation whose fiscal year starts in another month runs
 * the cycle as much later (a fiscal year from April: due Jan 20 … Feb 25 of
 * the plan year). A stage starts when the last stage it depends on is due;
 * the first starts 19 days before it is due (Oct 1 for a January year).
 */
export function defaultCycle(planYear: number, fiscalYearStartMonth = 1): DefaultStage[] {
  if (!Number.isInteger(planYear)) throw new RangeError('planYear must be a whole year.');
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new RangeError('fiscalYearStartMonth must be 1–12.');
  }
  const shift = fiscalYearStartMonth - 1;
  const due = new Map(STAGE_KEYS.map((key) => [key, shiftedDate(planYear - 1, DUE[key][0], DUE[key][1], shift)]));
  return STAGE_KEYS.map((key, i) => {
    const deps = DEFAULT_DEPENDENCIES[key];
    const dueDate = due.get(key) as string;
    const startDate = deps.length === 0 ? addDays(dueDate, -FIRST_STAGE_DAYS) : deps.map((d) => due.get(d) as string).sort().at(-1) as string;
    return { key, position: i + 1, startDate, dueDate, dependsOn: deps };
  });
}

/** YYYY-MM-DD of `day` in `month` of `year`, `months` later, the day clamped to the month's length. */
function shiftedDate(year: number, month: number, day: number, months: number): string {
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(y, m - 1, Math.min(day, last))));
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
