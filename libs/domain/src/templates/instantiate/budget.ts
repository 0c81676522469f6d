// The budget's drivers from a template: what the engine takes, starting in
// the plan's first month, with department keys where ids will go.
import { Dec, ONE } from '../../budget/decimal';
import { addMonths, calendarMonthIndex } from '../../budget/months';
import type { BudgetInput, CostLine, HeadcountPosition, Loan, RevenueLine, StretchOverrides, VolumeDriver } from '../../budget/types';
import { validateBudget } from '../../budget/validate';
import { Problems } from '../parse/reader';
import { ANNUAL_RATE, COUNT, MAX, MONEY, RATE, TAX_RATE, VOLUME } from '../parse/rules';
import type { PlanBlueprint, TemplateBudget, TemplateCostLine, TemplatePosition, TemplateRevenueLine } from '../types';
import { NumberResolver } from './numbers';
import { TextRenderer } from './render';

type Month = number | { param: string; plus?: number };

interface BudgetScope {
  startMonth: string;
  departmentKeys: string[];
  r: TextRenderer;
  num: NumberResolver;
}

export function blueprintBudget(budget: TemplateBudget, scope: BudgetScope, problems: Problems): NonNullable<PlanBlueprint['budget']> {
  const b = new BudgetBuilder(budget.horizonMonths, scope);
  const input: BudgetInput = {
    startMonth: scope.startMonth,
    horizonMonths: budget.horizonMonths,
    revenueLines: budget.revenueLines.map((line) => b.revenueLine(line)),
    costLines: budget.costLines.map((line) => b.costLine(line)),
    positions: budget.positions.map((position) => b.position(position)),
    financing: b.financing(budget.financing),
    ...stretchOf(budget),
  };
  if (problems.list.length === 0) {
    // The template was checked and its figures resolved within bounds; this is the engine's own last word.
    for (const problem of validateBudget(input, { departmentIds: scope.departmentKeys })) problems.add(`budget.${problem.path}`, problem.message);
  }
  const costLineNodes = Object.fromEntries(budget.costLines.filter((line) => line.node !== undefined).map((line) => [line.key, line.node as string]));
  return { name: scope.r.text(budget.name, MAX.budgetName), input, costLineNodes };
}

class BudgetBuilder {
  constructor(
    private readonly horizon: number,
    private readonly scope: BudgetScope,
  ) {}

  revenueLine(line: TemplateRevenueLine): RevenueLine {
    const { r, num } = this.scope;
    const what = `revenue line ${line.key}:`;
    const from = line.fromMonth === undefined ? 1 : num.month(line.fromMonth, this.horizon, `${what} its first`);
    const cost = line.variableCost;
    return {
      id: line.key,
      name: r.text(line.name, MAX.name),
      kind: line.kind,
      unitPrice: num.resolve(line.unitPrice, MONEY, `${what} a unit price of`),
      volume: this.volume(line, from),
      ...(cost === undefined
        ? {}
        : { variableCost: cost.kind === 'unitCost' ? { kind: 'unitCost', unitCost: num.resolve(cost.unitCost, MONEY, `${what} a unit cost of`) } : { kind: 'shareOfRevenue', rate: num.resolve(cost.rate, RATE, `${what} a variable cost rate of`) } }),
    };
  }

  /**
   * The engine's volume driver. A line that starts selling later (a branch
   * opening in month 13) becomes month by month: nothing before its first
   * month, then the template's volume, growth counted from that month.
   */
  private volume(line: TemplateRevenueLine, from: number): VolumeDriver {
    const { num } = this.scope;
    const v = line.volume;
    const what = `revenue line ${line.key}: a volume of`;
    if (v.kind === 'monthly') return { kind: 'monthly', values: v.values.map((value, m) => (m < from - 1 ? '0' : value)) };
    if (v.kind === 'flat') {
      const perMonth = num.resolve(v.perMonth, VOLUME, what);
      return from === 1 ? { kind: 'flat', perMonth } : { kind: 'monthly', values: this.months((m) => (m < from - 1 ? '0' : perMonth)) };
    }
    const start = num.resolve(v.start, VOLUME, what);
    if (from === 1) return { kind: 'growth', start, monthlyGrowth: v.monthlyGrowth, ...(v.seasonality ? { seasonality: [...v.seasonality] } : {}) };
    const step = ONE.plus(v.monthlyGrowth);
    return {
      kind: 'monthly',
      values: this.months((m) => {
        if (m < from - 1) return '0';
        const season = v.seasonality ? new Dec(v.seasonality[calendarMonthIndex(this.scope.startMonth, m)]) : ONE;
        return step
          .pow(m - (from - 1))
          .times(start)
          .times(season)
          .toDecimalPlaces(VOLUME.maxDecimals)
          .toFixed();
      }),
    };
  }

  costLine(line: TemplateCostLine): CostLine {
    const { r, num } = this.scope;
    const what = `cost line ${line.key}:`;
    return {
      id: line.key,
      name: r.text(line.name, MAX.name),
      departmentId: line.department,
      category: line.category,
      amount: line.amount.kind === 'monthly' ? { kind: 'monthly', amount: num.resolve(line.amount.amount, MONEY, `${what} an amount of`) } : { kind: 'shareOfRevenue', rate: num.resolve(line.amount.rate, RATE, `${what} a rate of`) },
      ...this.activeMonths(line.fromMonth, line.toMonth, what),
    };
  }

  position(position: TemplatePosition): HeadcountPosition {
    const { r, num } = this.scope;
    const what = `position ${position.key}:`;
    return {
      id: position.key,
      departmentId: position.department,
      roleTitle: r.text(position.role, MAX.name),
      count: num.resolve(position.count, COUNT, `${what} a count of`),
      monthlySalary: num.resolve(position.monthlySalary, MONEY, `${what} a salary of`),
      onCostRate: num.resolve(position.onCostRate, RATE, `${what} an on-cost rate of`),
      ...this.activeMonths(position.fromMonth, position.toMonth, what),
    };
  }

  financing(f: TemplateBudget['financing']): BudgetInput['financing'] {
    const { r, num } = this.scope;
    const loans: Loan[] = f.loans.map((loan) => ({
      id: loan.key,
      name: r.text(loan.name, MAX.name),
      principal: num.resolve(loan.principal, MONEY, `loan ${loan.key}: a principal of`),
      annualRate: num.resolve(loan.annualRate, ANNUAL_RATE, `loan ${loan.key}: an annual rate of`),
      termMonths: loan.termMonths,
      repayment: loan.repayment,
    }));
    return {
      initialInvestment: num.resolve(f.initialInvestment, MONEY, 'an initial investment of'),
      depreciationMonths: f.depreciationMonths,
      ownFunds: num.resolve(f.ownFunds, MONEY, 'own funds of'),
      // No loan taken: nothing to draw, repay or pay interest on.
      loans: loans.filter((loan) => !new Dec(loan.principal).isZero()),
      ...(f.incomeTaxRate === undefined ? {} : { incomeTaxRate: num.resolve(f.incomeTaxRate, TAX_RATE, 'an income tax rate of') }),
    };
  }

  private activeMonths(fromMonth: Month | undefined, toMonth: number | undefined, what: string): { firstMonth?: string; lastMonth?: string } {
    const { num, startMonth } = this.scope;
    const from = fromMonth === undefined ? undefined : num.month(fromMonth, this.horizon, `${what} its first`);
    const last = toMonth === undefined ? undefined : toMonth;
    return {
      ...(from === undefined ? {} : { firstMonth: addMonths(startMonth, from - 1) }),
      ...(last === undefined ? {} : { lastMonth: addMonths(startMonth, last - 1) }),
    };
  }

  private months(value: (m: number) => string): string[] {
    return Array.from({ length: this.horizon }, (_, m) => value(m));
  }
}

/** The stretch target: the template's multipliers for the whole budget, and each line's own volume. */
function stretchOf(budget: TemplateBudget): { stretch?: StretchOverrides } {
  const global = budget.stretch && Object.keys(budget.stretch).length > 0 ? { ...budget.stretch } : undefined;
  const revenueLines = budget.revenueLines.filter((line) => line.stretchVolume !== undefined).map((line) => ({ lineId: line.key, volume: line.stretchVolume }));
  if (!global && revenueLines.length === 0) return {};
  return { stretch: { ...(global ? { global } : {}), ...(revenueLines.length ? { revenueLines } : {}) } };
}
