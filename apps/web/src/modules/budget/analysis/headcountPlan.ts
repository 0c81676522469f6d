import type { ScenarioResult } from '@opsplan/domain';
import { fromCents, ratio, subtract, toCents } from './cents';
import { horizonMonths } from '@opsplan/domain';

/** One period of a department's headcount plan. */
export interface DepartmentPeriod {
  /** "Y1"…, or "total" for the horizon. */
  label: string;
  firstMonth: string;
  lastMonth: string;
  /** Average standard headcount over the period, 2 decimals. */
  averageHeadcount: string;
  /** Salaries + on-costs; null when hidden (a month of the period has too few people to show salaries). */
  labourCost: string | null;
  /** Labour cost as a fraction of all costs before tax (revenue − profit before tax), 4 decimals; null when unknown. */
  shareOfCosts: string | null;
  /** Labour cost as a fraction of revenue, 4 decimals; null when unknown or without revenue. */
  shareOfRevenue: string | null;
  /** Months of the period whose labour cost is hidden. */
  maskedMonths: number;
}

export interface DepartmentHeadcount {
  departmentId: string;
  periods: DepartmentPeriod[];
  /** Month by month, for the labour-cost table: labourCost null where hidden. */
  months: { month: string; headcount: string; labourCost: string | null }[];
}

export interface HeadcountPlanData {
  /** For the stacked bars: one row per month, a key `dept:<id>` per department with its headcount. */
  chart: ({ month: string } & Record<string, number | string>)[];
  departments: DepartmentHeadcount[];
  /** Periods of the plan in order: the years, then the horizon. */
  periods: { label: string; firstMonth: string; lastMonth: string }[];
}

export const departmentKey = (departmentId: string) => `dept:${departmentId}`;

/** The headcount plan from the engine's scenario (finance, executives, HR: salaries known). */
export function headcountFromScenario(scenario: ScenarioResult): HeadcountPlanData {
  const departmentIds = Object.keys(scenario.total.averageHeadcountByDepartment);
  const periods = [...scenario.years, scenario.total];
  return {
    chart: scenario.months.map((month) => ({
      month: month.month,
      ...Object.fromEntries(departmentIds.map((id) => [departmentKey(id), Number(month.headcountByDepartment[id] ?? '0')])),
    })),
    periods: periods.map(({ label, firstMonth, lastMonth }) => ({ label, firstMonth, lastMonth })),
    departments: departmentIds.map((id) => ({
      departmentId: id,
      periods: periods.map((period) => {
        const labour = period.labourCostByDepartment[id] ?? '0.00';
        return {
          label: period.label,
          firstMonth: period.firstMonth,
          lastMonth: period.lastMonth,
          averageHeadcount: period.averageHeadcountByDepartment[id] ?? '0.00',
          labourCost: labour,
          shareOfCosts: ratio(labour, subtract(period.revenue, period.profitBeforeTax)),
          shareOfRevenue: ratio(labour, period.revenue),
          maskedMonths: 0,
        };
      }),
      months: scenario.months.map((month) => ({ month: month.month, headcount: month.headcountByDepartment[id] ?? '0.00', labourCost: month.labourCostByDepartment[id] ?? '0.00' })),
    })),
  };
}

/** What the API gives a caller who may not see salaries: each visible department's headcount and labour cost per month, masked month by month. */
export interface DepartmentLabourView {
  departmentId: string;
  headcount: readonly string[];
  labourCost: readonly (string | null)[];
}

/**
 * The headcount plan from the API's department totals, for a manager who sees
 * no salaries. A year's labour cost is shown only when no month of it is
 * hidden: a sum over the other months would pass for the year's total, and
 * the year total less the shown months would reveal the hidden ones.
 */
export function headcountFromLabour(labour: readonly DepartmentLabourView[], startMonth: string, months: number): HeadcountPlanData {
  const monthKeys = horizonMonths(startMonth, months);
  const spans: { label: string; from: number; to: number }[] = [];
  for (let from = 0, y = 1; from < months; from += 12, y++) spans.push({ label: `Y${y}`, from, to: Math.min(from + 12, months) });
  spans.push({ label: 'total', from: 0, to: months });
  const periods = spans.map(({ label, from, to }) => ({ label, firstMonth: monthKeys[from], lastMonth: monthKeys[to - 1] }));

  return {
    chart: monthKeys.map((month, m) => ({
      month,
      ...Object.fromEntries(labour.map((d) => [departmentKey(d.departmentId), Number(d.headcount[m] ?? '0')])),
    })),
    periods,
    departments: labour.map((d) => ({
      departmentId: d.departmentId,
      periods: spans.map(({ label, from, to }, i) => {
        let people = 0n;
        let cost = 0n;
        let masked = 0;
        for (let m = from; m < to; m++) {
          people += toCents(d.headcount[m] ?? '0');
          const monthCost = d.labourCost[m];
          if (monthCost === null || monthCost === undefined) masked++;
          else cost += toCents(monthCost);
        }
        const n = BigInt(to - from);
        return {
          ...periods[i],
          label,
          averageHeadcount: fromCents((2n * people + n) / (2n * n)),
          labourCost: masked > 0 ? null : fromCents(cost),
          shareOfCosts: null,
          shareOfRevenue: null,
          maskedMonths: masked,
        };
      }),
      months: monthKeys.map((month, m) => ({ month, headcount: d.headcount[m] ?? '0.00', labourCost: d.labourCost[m] ?? null })),
    })),
  };
}
