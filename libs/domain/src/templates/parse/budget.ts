import { COST_CATEGORIES, MAX_HORIZON_MONTHS, MIN_HORIZON_MONTHS } from '../../budget/types';
import type { Level } from '../../cascade/levels';
import { ParseContext, readMonth, readNumber, readText } from './context';
import { readDepartmentRef } from './departments';
import { at, checkUnique, DecimalRule, Json, readChoice, readDecimal, readInteger, readKey, readList, readObject } from './reader';
import { ANNUAL_RATE, COUNT, FACTOR, GROWTH, MAX, MONEY, RATE, TAX_RATE, VOLUME } from './rules';

const FIELDS = { name: 'required', horizonMonths: 'required', revenueLines: 'required', costLines: 'required', positions: 'required', financing: 'required', stretch: 'optional', goals: 'optional' } as const;
const REVENUE_FIELDS = { key: 'required', name: 'required', kind: 'required', unitPrice: 'required', volume: 'required', variableCost: 'optional', fromMonth: 'optional', stretchVolume: 'optional' } as const;
const COST_FIELDS = { key: 'required', name: 'required', department: 'required', category: 'required', amount: 'required', fromMonth: 'optional', toMonth: 'optional', node: 'optional' } as const;
const POSITION_FIELDS = { key: 'required', department: 'required', role: 'required', count: 'required', monthlySalary: 'required', onCostRate: 'required', fromMonth: 'optional', toMonth: 'optional' } as const;
const FINANCING_FIELDS = { initialInvestment: 'required', depreciationMonths: 'required', ownFunds: 'required', loans: 'required', incomeTaxRate: 'optional' } as const;
const LOAN_FIELDS = { key: 'required', name: 'required', principal: 'required', annualRate: 'required', termMonths: 'required', repayment: 'required' } as const;
const STRETCH_KEYS = ['volume', 'price', 'variableCost', 'fixedCost', 'headcount'] as const;

interface BudgetScope {
  departments: ReadonlySet<string>;
  nodes: ReadonlyMap<string, Level>;
}

/** Checks the budget; returns its horizon (null when absent or unreadable). */
export function parseBudget(ctx: ParseContext, value: unknown, scope: BudgetScope): number | null {
  const o = readObject(ctx.p, 'budget', value, FIELDS);
  if (!o) return null;
  readText(ctx, 'budget.name', o.name, MAX.budgetName);
  const horizon = readInteger(ctx.p, 'budget.horizonMonths', o.horizonMonths, MIN_HORIZON_MONTHS, MAX_HORIZON_MONTHS);
  const h = horizon ?? MAX_HORIZON_MONTHS;
  lines(ctx, 'budget.revenueLines', o.revenueLines, (path, line) => readRevenueLine(ctx, path, line, h));
  lines(ctx, 'budget.costLines', o.costLines, (path, line) => readCostLine(ctx, path, line, h, scope));
  lines(ctx, 'budget.positions', o.positions, (path, line) => readPosition(ctx, path, line, h, scope));
  readFinancing(ctx, o.financing);
  const stretch = readObject(ctx.p, 'budget.stretch', o.stretch, Object.fromEntries(STRETCH_KEYS.map((k) => [k, 'optional'])));
  if (stretch) for (const key of STRETCH_KEYS) readDecimal(ctx.p, `budget.stretch.${key}`, stretch[key], FACTOR);
  const goals = readObject(ctx.p, 'budget.goals', o.goals, { paybackWithinMonths: 'optional' });
  if (goals) readInteger(ctx.p, 'budget.goals.paybackWithinMonths', goals.paybackWithinMonths, 1, h);
  return horizon;
}

/** A list of lines with unique keys, each read by `read`. */
function lines(ctx: ParseContext, path: string, value: unknown, read: (path: string, line: Json) => void, max: number = MAX.lines): void {
  const keys = readList(ctx.p, path, value, max).map((item, i) => {
    const itemPath = at(path, i);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      ctx.p.add(itemPath, 'must be an object');
      return null;
    }
    read(itemPath, item as Json);
    return readKey(ctx.p, at(itemPath, 'key'), (item as Json).key);
  });
  checkUnique(ctx.p, path, keys);
}

function readRevenueLine(ctx: ParseContext, path: string, value: Json, horizon: number): void {
  const { p } = ctx;
  const o = readObject(p, path, value, REVENUE_FIELDS);
  if (!o) return;
  readText(ctx, at(path, 'name'), o.name, MAX.name);
  readChoice(p, at(path, 'kind'), o.kind, ['product', 'channel'] as const);
  readNumber(ctx, at(path, 'unitPrice'), o.unitPrice, MONEY);
  readVolume(ctx, at(path, 'volume'), o.volume, horizon);
  const cost = o.variableCost;
  const kind = typeof cost === 'object' && cost !== null ? (cost as Json).kind : undefined;
  if (kind === 'unitCost' || kind === 'shareOfRevenue') {
    const field = kind === 'unitCost' ? 'unitCost' : 'rate';
    const c = readObject(p, at(path, 'variableCost'), cost, { kind: 'required', [field]: 'required' });
    if (c) readNumber(ctx, at(at(path, 'variableCost'), field), c[field], kind === 'unitCost' ? MONEY : RATE);
  } else if (cost !== undefined) readChoice(p, at(at(path, 'variableCost'), 'kind'), kind, ['unitCost', 'shareOfRevenue'] as const);
  readMonth(ctx, at(path, 'fromMonth'), o.fromMonth, horizon);
  readDecimal(p, at(path, 'stretchVolume'), o.stretchVolume, FACTOR);
}

function readVolume(ctx: ParseContext, path: string, value: unknown, horizon: number): void {
  const { p } = ctx;
  const kind = typeof value === 'object' && value !== null ? (value as Json).kind : undefined;
  if (kind === 'flat') {
    const o = readObject(p, path, value, { kind: 'required', perMonth: 'required' });
    if (o) readNumber(ctx, at(path, 'perMonth'), o.perMonth, VOLUME);
  } else if (kind === 'growth') {
    const o = readObject(p, path, value, { kind: 'required', start: 'required', monthlyGrowth: 'required', seasonality: 'optional' });
    if (!o) return;
    readNumber(ctx, at(path, 'start'), o.start, VOLUME);
    readDecimal(p, at(path, 'monthlyGrowth'), o.monthlyGrowth, GROWTH);
    if (o.seasonality !== undefined) decimals(ctx, at(path, 'seasonality'), o.seasonality, 12, FACTOR, '12 factors, January to December');
  } else if (kind === 'monthly') {
    const o = readObject(p, path, value, { kind: 'required', values: 'required' });
    if (o) decimals(ctx, at(path, 'values'), o.values, horizon, VOLUME, `one value for each of the budget's ${horizon} months`);
  } else if (value !== undefined) readChoice(p, at(path, 'kind'), kind, ['flat', 'growth', 'monthly'] as const);
}

function decimals(ctx: ParseContext, path: string, value: unknown, length: number, rule: DecimalRule, what: string): void {
  const items = readList(ctx.p, path, value, length);
  if (Array.isArray(value) && items.length !== length) ctx.p.add(path, `needs ${what}`);
  items.forEach((v, i) => readDecimal(ctx.p, at(path, i), v, rule));
}

function readCostLine(ctx: ParseContext, path: string, value: Json, horizon: number, scope: BudgetScope): void {
  const { p } = ctx;
  const o = readObject(p, path, value, COST_FIELDS);
  if (!o) return;
  readText(ctx, at(path, 'name'), o.name, MAX.name);
  readDepartmentRef(p, at(path, 'department'), o.department, scope.departments);
  readChoice(p, at(path, 'category'), o.category, COST_CATEGORIES);
  const kind = typeof o.amount === 'object' && o.amount !== null ? (o.amount as Json).kind : undefined;
  if (kind === 'monthly' || kind === 'shareOfRevenue') {
    const field = kind === 'monthly' ? 'amount' : 'rate';
    const a = readObject(p, at(path, 'amount'), o.amount, { kind: 'required', [field]: 'required' });
    if (a) readNumber(ctx, at(at(path, 'amount'), field), a[field], kind === 'monthly' ? MONEY : RATE);
  } else if (o.amount !== undefined) readChoice(p, at(at(path, 'amount'), 'kind'), kind, ['monthly', 'shareOfRevenue'] as const);
  readActiveMonths(ctx, path, o, horizon);
  const node = readKey(p, at(path, 'node'), o.node);
  if (node !== null && scope.nodes.get(node) !== 'project') {
    p.add(at(path, 'node'), scope.nodes.has(node) ? `names a ${scope.nodes.get(node)}; a cost line belongs to a project` : `names no node of this template ("${node}")`);
  }
}

function readPosition(ctx: ParseContext, path: string, value: Json, horizon: number, scope: BudgetScope): void {
  const { p } = ctx;
  const o = readObject(p, path, value, POSITION_FIELDS);
  if (!o) return;
  readDepartmentRef(p, at(path, 'department'), o.department, scope.departments);
  readText(ctx, at(path, 'role'), o.role, MAX.name);
  readNumber(ctx, at(path, 'count'), o.count, COUNT);
  readNumber(ctx, at(path, 'monthlySalary'), o.monthlySalary, MONEY);
  readNumber(ctx, at(path, 'onCostRate'), o.onCostRate, RATE);
  readActiveMonths(ctx, path, o, horizon);
}

function readActiveMonths(ctx: ParseContext, path: string, o: Json, horizon: number): void {
  const from = readMonth(ctx, at(path, 'fromMonth'), o.fromMonth, horizon);
  const to = readInteger(ctx.p, at(path, 'toMonth'), o.toMonth, 1, horizon);
  if (typeof from === 'number' && to !== null && from > to) ctx.p.add(at(path, 'toMonth'), `is before fromMonth (${from})`);
}

function readFinancing(ctx: ParseContext, value: unknown): void {
  const { p } = ctx;
  const o = readObject(p, 'budget.financing', value, FINANCING_FIELDS);
  if (!o) return;
  readNumber(ctx, 'budget.financing.initialInvestment', o.initialInvestment, MONEY);
  readInteger(p, 'budget.financing.depreciationMonths', o.depreciationMonths, 1, 600);
  readNumber(ctx, 'budget.financing.ownFunds', o.ownFunds, MONEY);
  readNumber(ctx, 'budget.financing.incomeTaxRate', o.incomeTaxRate, TAX_RATE);
  lines(
    ctx,
    'budget.financing.loans',
    o.loans,
    (path, loan) => {
      const l = readObject(p, path, loan, LOAN_FIELDS);
      if (!l) return;
      readText(ctx, at(path, 'name'), l.name, MAX.name);
      readNumber(ctx, at(path, 'principal'), l.principal, MONEY);
      readNumber(ctx, at(path, 'annualRate'), l.annualRate, ANNUAL_RATE);
      readInteger(p, at(path, 'termMonths'), l.termMonths, 1, 600);
      readChoice(p, at(path, 'repayment'), l.repayment, ['equalInstalment', 'interestOnly'] as const);
    },
    MAX.loans,
  );
}
