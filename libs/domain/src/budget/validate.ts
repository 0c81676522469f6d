import { Dec } from './decimal';
import { isMonthKey, monthOffset } from './months';
import { BudgetInput, COST_CATEGORIES, MAX_HORIZON_MONTHS, MIN_HORIZON_MONTHS, MonthKey } from './types';

export type BudgetProblemCode =
  | 'required'
  | 'notADecimal'
  | 'tooManyDecimals'
  | 'negative'
  | 'outOfRange'
  | 'notAnInteger'
  | 'invalidChoice'
  | 'invalidMonth'
  | 'monthOutsideHorizon'
  | 'firstMonthAfterLastMonth'
  | 'wrongLength'
  | 'duplicateId'
  | 'unknownReference'
  | 'unknownDepartment';

/** One thing wrong with a budget, naming the field (`positions[2].count`) so the API can answer BAD_USER_INPUT about it. */
export interface BudgetProblem {
  path: string;
  code: BudgetProblemCode;
  message: string;
}

export interface BudgetValidationContext {
  /** The organisation's departments; when given, every departmentId must be one of them. */
  departmentIds?: readonly string[];
}

/** computeBudget() refuses a budget with problems; the API validates first and never sees this. */
export class BudgetInputError extends Error {
  constructor(readonly problems: BudgetProblem[]) {
    super(`invalid budget: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'BudgetInputError';
  }
}

interface DecimalRule {
  maxDecimals: number;
  /** Largest number of digits before the point: keeps figures far from the engine's 34-digit precision. */
  maxIntegerDigits: number;
  min?: string;
  /** The minimum itself is not allowed (e.g. growth must be above −100 %). */
  minExclusive?: boolean;
  max?: string;
  maxExclusive?: boolean;
}

const MONEY: DecimalRule = { maxDecimals: 2, maxIntegerDigits: 12, min: '0' };
const VOLUME: DecimalRule = { maxDecimals: 6, maxIntegerDigits: 12, min: '0' };
const COUNT: DecimalRule = { maxDecimals: 2, maxIntegerDigits: 7, min: '0' };
const FACTOR: DecimalRule = { maxDecimals: 6, maxIntegerDigits: 4, min: '0', max: '1000' };
const RATE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 2, min: '0', max: '10' };
const ANNUAL_RATE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 1, min: '0', max: '1' };
const TAX_RATE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 1, min: '0', max: '1', maxExclusive: true };
const GROWTH: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 1, min: '-1', minExclusive: true, max: '1' };

// Plain decimal notation only: no exponent ("1e309"), no "NaN", no "Infinity", no blanks.
const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * Every problem of a budget, or an empty list. Pure: the API calls it before
 * saving (each problem becomes BAD_USER_INPUT naming the field), the web calls
 * it before previewing, and computeBudget() calls it before computing.
 */
export function validateBudget(input: BudgetInput, context: BudgetValidationContext = {}): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const add = (path: string, code: BudgetProblemCode, message: string) => problems.push({ path, code, message });

  const decimal = (path: string, value: unknown, rule: DecimalRule): boolean => {
    if (value === undefined || value === null || value === '') {
      add(path, 'required', 'is required');
      return false;
    }
    const match = typeof value === 'string' ? DECIMAL.exec(value) : null;
    if (!match) {
      add(path, 'notADecimal', 'must be a decimal number written as a string, such as "1250.50"');
      return false;
    }
    const text = value as string;
    if ((match[2]?.length ?? 0) > rule.maxDecimals) {
      add(path, 'tooManyDecimals', `allows at most ${rule.maxDecimals} decimal places`);
      return false;
    }
    if (text.startsWith('-') && rule.min === '0' && /[1-9]/.test(text)) {
      add(path, 'negative', 'must not be negative');
      return false;
    }
    if (match[1].replace(/^0+(?=\d)/, '').length > rule.maxIntegerDigits) {
      add(path, 'outOfRange', `is too large (at most ${rule.maxIntegerDigits} digits before the decimal point)`);
      return false;
    }
    // Sign and digits are checked above; only rules with other bounds need the value itself.
    if (rule.min === '0' && rule.max === undefined) return true;
    const n = new Dec(text);
    if (rule.min !== undefined && (rule.minExclusive ? n.lte(rule.min) : n.lt(rule.min))) {
      add(path, 'outOfRange', `must be ${rule.minExclusive ? 'above' : 'at least'} ${rule.min}`);
      return false;
    }
    if (rule.max !== undefined && (rule.maxExclusive ? n.gte(rule.max) : n.gt(rule.max))) {
      add(path, 'outOfRange', `must be ${rule.maxExclusive ? 'below' : 'at most'} ${rule.max}`);
      return false;
    }
    return true;
  };

  const integer = (path: string, value: unknown, min: number, max: number): boolean => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      add(path, value === undefined || value === null ? 'required' : 'notAnInteger', 'must be a whole number');
      return false;
    }
    if (value < min || value > max) {
      add(path, 'outOfRange', `must be between ${min} and ${max}`);
      return false;
    }
    return true;
  };

  const choice = <T extends string>(path: string, value: unknown, allowed: readonly T[]): boolean => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    add(path, 'invalidChoice', `must be one of ${allowed.join(', ')}`);
    return false;
  };

  const text = (path: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') add(path, 'required', 'is required');
  };

  const uniqueIds = (path: string, items: readonly { id?: unknown }[]): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      text(`${path}[${i}].id`, item.id);
      if (typeof item.id !== 'string') return;
      if (seen.has(item.id)) add(`${path}[${i}].id`, 'duplicateId', `repeats the id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };

  const list = <T>(path: string, value: T[] | undefined): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      add(path, 'required', 'must be a list');
      return [];
    }
    return value;
  };

  // The horizon first: month checks depend on it.
  const startOk = isMonthKey(input.startMonth);
  if (!startOk) add('startMonth', 'invalidMonth', 'must be a month written YYYY-MM');
  const horizonOk = integer('horizonMonths', input.horizonMonths, MIN_HORIZON_MONTHS, MAX_HORIZON_MONTHS);
  const horizon = startOk && horizonOk ? { start: input.startMonth, months: input.horizonMonths } : null;

  const department = (path: string, value: unknown) => {
    text(path, value);
    if (typeof value === 'string' && context.departmentIds && !context.departmentIds.includes(value)) {
      add(path, 'unknownDepartment', `names no department of this organisation ("${value}")`);
    }
  };

  const activeMonths = (path: string, first: MonthKey | undefined, last: MonthKey | undefined) => {
    const offsets: (number | null)[] = [first, last].map((month, i) => {
      if (month === undefined || month === null) return null;
      const field = `${path}.${i === 0 ? 'firstMonth' : 'lastMonth'}`;
      if (!isMonthKey(month)) {
        add(field, 'invalidMonth', 'must be a month written YYYY-MM');
        return null;
      }
      if (!horizon) return null;
      const offset = monthOffset(horizon.start, month);
      if (offset < 0 || offset >= horizon.months) {
        add(field, 'monthOutsideHorizon', `${month} is outside the budget's ${horizon.months} months from ${horizon.start}`);
        return null;
      }
      return offset;
    });
    if (offsets[0] !== null && offsets[1] !== null && offsets[0] > offsets[1]) {
      add(`${path}.firstMonth`, 'firstMonthAfterLastMonth', `${first} is after the last month ${last}`);
    }
  };

  const revenueLines = list('revenueLines', input.revenueLines);
  const revenueIds = uniqueIds('revenueLines', revenueLines);
  revenueLines.forEach((line, i) => {
    const p = `revenueLines[${i}]`;
    text(`${p}.name`, line.name);
    choice(`${p}.kind`, line.kind, ['product', 'channel'] as const);
    decimal(`${p}.unitPrice`, line.unitPrice, MONEY);
    const volume = line.volume;
    if (!volume || !choice(`${p}.volume.kind`, volume.kind, ['flat', 'monthly', 'growth'] as const)) {
      if (!volume) add(`${p}.volume`, 'required', 'is required');
    } else if (volume.kind === 'flat') {
      decimal(`${p}.volume.perMonth`, volume.perMonth, VOLUME);
    } else if (volume.kind === 'monthly') {
      const values = list(`${p}.volume.values`, volume.values);
      if (horizon && values.length !== horizon.months) add(`${p}.volume.values`, 'wrongLength', `needs one value for each of the ${horizon.months} months`);
      values.forEach((v, m) => decimal(`${p}.volume.values[${m}]`, v, VOLUME));
    } else {
      decimal(`${p}.volume.start`, volume.start, VOLUME);
      decimal(`${p}.volume.monthlyGrowth`, volume.monthlyGrowth, GROWTH);
      if (volume.seasonality !== undefined) {
        const factors = list(`${p}.volume.seasonality`, volume.seasonality);
        if (factors.length !== 12) add(`${p}.volume.seasonality`, 'wrongLength', 'needs 12 factors, January to December');
        factors.forEach((f, m) => decimal(`${p}.volume.seasonality[${m}]`, f, FACTOR));
      }
    }
    const cost = line.variableCost;
    if (cost && choice(`${p}.variableCost.kind`, cost.kind, ['unitCost', 'shareOfRevenue'] as const)) {
      if (cost.kind === 'unitCost') decimal(`${p}.variableCost.unitCost`, cost.unitCost, MONEY);
      else decimal(`${p}.variableCost.rate`, cost.rate, RATE);
    }
  });

  const costLines = list('costLines', input.costLines);
  const costIds = uniqueIds('costLines', costLines);
  costLines.forEach((line, i) => {
    const p = `costLines[${i}]`;
    text(`${p}.name`, line.name);
    department(`${p}.departmentId`, line.departmentId);
    choice(`${p}.category`, line.category, COST_CATEGORIES);
    const amount = line.amount;
    if (!amount) add(`${p}.amount`, 'required', 'is required');
    else if (choice(`${p}.amount.kind`, amount.kind, ['monthly', 'shareOfRevenue'] as const)) {
      if (amount.kind === 'monthly') decimal(`${p}.amount.amount`, amount.amount, MONEY);
      else decimal(`${p}.amount.rate`, amount.rate, RATE);
    }
    activeMonths(p, line.firstMonth, line.lastMonth);
  });

  const positions = list('positions', input.positions);
  const positionIds = uniqueIds('positions', positions);
  positions.forEach((position, i) => {
    const p = `positions[${i}]`;
    department(`${p}.departmentId`, position.departmentId);
    text(`${p}.roleTitle`, position.roleTitle);
    decimal(`${p}.count`, position.count, COUNT);
    decimal(`${p}.monthlySalary`, position.monthlySalary, MONEY);
    decimal(`${p}.onCostRate`, position.onCostRate, RATE);
    activeMonths(p, position.firstMonth, position.lastMonth);
  });

  const financing = input.financing;
  if (!financing) add('financing', 'required', 'is required');
  else {
    decimal('financing.initialInvestment', financing.initialInvestment, MONEY);
    integer('financing.depreciationMonths', financing.depreciationMonths, 1, 600);
    decimal('financing.ownFunds', financing.ownFunds, MONEY);
    if (financing.incomeTaxRate !== undefined) decimal('financing.incomeTaxRate', financing.incomeTaxRate, TAX_RATE);
    const loans = list('financing.loans', financing.loans);
    uniqueIds('financing.loans', loans);
    loans.forEach((loan, i) => {
      const p = `financing.loans[${i}]`;
      decimal(`${p}.principal`, loan.principal, MONEY);
      decimal(`${p}.annualRate`, loan.annualRate, ANNUAL_RATE);
      integer(`${p}.termMonths`, loan.termMonths, 1, 600);
      choice(`${p}.repayment`, loan.repayment, ['equalInstalment', 'interestOnly'] as const);
    });
  }

  const stretch = input.stretch;
  if (stretch) {
    const g = stretch.global ?? {};
    for (const key of ['volume', 'price', 'variableCost', 'fixedCost', 'headcount'] as const) {
      if (g[key] !== undefined) decimal(`stretch.global.${key}`, g[key], FACTOR);
    }
    const reference = (path: string, id: unknown, known: Set<string>, what: string) => {
      if (typeof id !== 'string' || !known.has(id)) add(path, 'unknownReference', `names no ${what} of this budget (${JSON.stringify(id)})`);
    };
    list('stretch.revenueLines', stretch.revenueLines).forEach((o, i) => {
      const p = `stretch.revenueLines[${i}]`;
      reference(`${p}.lineId`, o.lineId, revenueIds, 'revenue line');
      for (const key of ['volume', 'price', 'variableCost'] as const) if (o[key] !== undefined) decimal(`${p}.${key}`, o[key], FACTOR);
    });
    list('stretch.costLines', stretch.costLines).forEach((o, i) => {
      reference(`stretch.costLines[${i}].lineId`, o.lineId, costIds, 'cost line');
      if (o.amount !== undefined) decimal(`stretch.costLines[${i}].amount`, o.amount, FACTOR);
    });
    list('stretch.positions', stretch.positions).forEach((o, i) => {
      reference(`stretch.positions[${i}].positionId`, o.positionId, positionIds, 'position');
      if (o.count !== undefined) decimal(`stretch.positions[${i}].count`, o.count, FACTOR);
    });
  }

  return problems;
}
