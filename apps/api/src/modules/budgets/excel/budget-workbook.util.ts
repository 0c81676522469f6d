// The budget export: one P&L and cash statement per scenario, months then
// years then the horizon total, and a comparison sheet. Line cells hold the
// engine's figures; every total and subtotal is a formula over them, so a
// finance user can keep working in the workbook. The engine's statements
// foot (see libs/domain budget engine), so each formula gives exactly the
// figure the app shows, which is also written as the formula's cached result
// for viewers that do not recalculate.
import Decimal from 'decimal.js';
import type { BudgetInput, BudgetResult, CostCategory, MonthFigures, PeriodFigures, ScenarioName, ScenarioResult } from '@opsplan/domain';
import { COST_CATEGORIES } from '@opsplan/domain';
import { Workbook } from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { columnLetter } from './drivers-sheets';
import { CATEGORY_LABELS, ExcelLanguage, EXPORT_TEXT, SCENARIO_LABELS, STATEMENT_LABELS, StatementLabel } from './excel-labels';

export interface BudgetWorkbookArgs {
  input: BudgetInput;
  result: BudgetResult;
  /** The scenarios to export, each on its own sheet; a comparison sheet is added when there are several. Empty means all three. */
  scenarios: ScenarioName[];
  departments: { id: string; name: string }[];
  currency: string;
  lang: ExcelLanguage;
  budgetName: string;
}

const SCENARIO_ORDER: ScenarioName[] = ['responsibility', 'stretch', 'breakeven'];
const MONEY_FORMAT = '#,##0.00';
const HEADCOUNT_FORMAT = '#,##0.00';
const HEADER_ROW = 3;
const FIRST_LINE_ROW = HEADER_ROW + 1;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const;

type Figures = MonthFigures | PeriodFigures;

/** How a line's cells are filled. */
type LineRule =
  /** Months hold the engine's figure; years and total are SUM over the months. */
  | { kind: 'flow' }
  /** Every column is the signed sum of other lines in the same column (the statement foots). */
  | { kind: 'foot'; terms: [1 | -1, string][] }
  /** Opening cash: month 1 holds the figure, later months the previous closing, periods their first month's opening. */
  | { kind: 'opening' }
  /** A balance: months hold the figure, periods their last month's. */
  | { kind: 'stock' }
  /** Headcount: months hold the figure (or the sum of the department lines), periods their AVERAGE. */
  | { kind: 'headcount'; terms?: [1 | -1, string][] };

interface Line {
  key: string;
  label: string;
  value: (f: Figures) => string;
  rule: LineRule;
  bold?: boolean;
  indent?: boolean;
}
type Row = Line | { heading: string } | null;

export async function buildBudgetWorkbook(args: BudgetWorkbookArgs): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'OpsPlan';
  // Excel recalculates on opening; the cached results serve viewers that do not.
  wb.calcProperties.fullCalcOnLoad = true;
  const wanted = SCENARIO_ORDER.filter((s) => args.scenarios.length === 0 || args.scenarios.includes(s));
  const sheets = wanted.map((scenario) => scenarioSheet(wb, args, scenario));
  if (sheets.length > 1) comparisonSheet(wb, args, sheets);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the comparison sheet needs of a scenario sheet. */
interface ScenarioSheet {
  scenario: ScenarioName;
  name: string;
  /** null when the scenario has no figures (no breakeven). */
  result: ScenarioResult | null;
  /** Row of each line on the sheet, and the total column's letter. */
  rows: Map<string, number>;
  totalColumn: string;
  payback: string;
}

function scenarioResult(result: BudgetResult, scenario: ScenarioName): ScenarioResult | null {
  if (scenario === 'breakeven') return result.breakeven.status === 'solved' ? result.breakeven.scenario : null;
  return result[scenario];
}

function scenarioSheet(wb: Workbook, args: BudgetWorkbookArgs, scenario: ScenarioName): ScenarioSheet {
  const { lang, input } = args;
  const t = EXPORT_TEXT[lang];
  const name = SCENARIO_LABELS[scenario][lang];
  const result = scenarioResult(args.result, scenario);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  const lastMonth = result?.months[result.months.length - 1]?.month ?? input.startMonth;
  ws.getCell(1, 1).value = `${args.budgetName} — ${name}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = t.currency(args.currency, input.startMonth, lastMonth);
  ws.getColumn(1).width = lang === 'zh-CN' ? 30 : 40;

  if (!result) {
    // No breakeven: said plainly, no figures.
    ws.getCell(FIRST_LINE_ROW, 1).value = t.noBreakeven;
    ws.getCell(FIRST_LINE_ROW, 1).font = { bold: true };
    ws.getCell(FIRST_LINE_ROW, 1).alignment = { wrapText: true, vertical: 'top' };
    ws.getColumn(1).width = 90;
    if (args.result.breakeven.status === 'noBreakeven') {
      ws.getCell(FIRST_LINE_ROW + 1, 1).value = t.contributionAtBase;
      money(ws.getCell(FIRST_LINE_ROW + 1, 2), args.result.breakeven.contributionMargin);
      ws.getColumn(2).width = 18;
    }
    return { scenario, name, result: null, rows: new Map(), totalColumn: 'B', payback: t.notApplicable };
  }

  const months = result.months;
  const periods: { figures: PeriodFigures; from: number; to: number; label: string }[] = [
    ...result.years.map((y, i) => ({ figures: y, from: i * 12, to: Math.min(i * 12 + 12, months.length) - 1, label: t.year(i + 1) })),
    { figures: result.total, from: 0, to: months.length - 1, label: t.total },
  ];
  const monthCol = (m: number) => m + 2;
  const periodCol = (p: number) => months.length + 2 + p;
  const totalColumn = columnLetter(periodCol(periods.length - 1));

  const header = [`${t.line} (${args.currency})`, ...months.map((m) => m.month), ...periods.map((p) => p.label)];
  header.forEach((label, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: i === 0 ? 'left' : 'right' };
    if (i > 0) ws.getColumn(i + 1).width = i > months.length ? 16 : 13;
  });

  const rows = statementRows(args, result);
  const rowOf = new Map<string, number>();
  rows.forEach((row, i) => row && 'key' in row && rowOf.set(row.key, FIRST_LINE_ROW + i));
  const ref = (key: string, col: number) => `${columnLetter(col)}${rowOf.get(key)}`;
  const signed = (terms: [1 | -1, string][], col: number) =>
    terms.map(([sign, key], i) => `${sign < 0 ? '-' : i > 0 ? '+' : ''}${ref(key, col)}`).join('');

  rows.forEach((row, i) => {
    const r = FIRST_LINE_ROW + i;
    if (!row) return;
    const label = ws.getCell(r, 1);
    if ('heading' in row) {
      label.value = row.heading;
      label.font = { bold: true, italic: true };
      return;
    }
    label.value = row.label;
    if (row.bold) label.font = { bold: true };
    if (row.indent) label.alignment = { indent: 1 };
    const format = row.rule.kind === 'headcount' ? HEADCOUNT_FORMAT : MONEY_FORMAT;
    const write = (col: number, figures: Figures, formula: string | null) => {
      const cell = ws.getCell(r, col);
      const value = Number(row.value(figures));
      cell.value = formula === null ? value : { formula, result: value };
      cell.numFmt = format;
      if (row.bold) cell.font = { bold: true };
    };
    const rule = row.rule;
    const monthTerms = rule.kind === 'foot' ? rule.terms : rule.kind === 'headcount' && rule.terms?.length ? rule.terms : null;
    months.forEach((m, k) => {
      const col = monthCol(k);
      if (monthTerms) write(col, m, signed(monthTerms, col));
      else if (rule.kind === 'opening' && k > 0) write(col, m, ref('closing', col - 1));
      else write(col, m, null);
    });
    periods.forEach((p, k) => {
      const col = periodCol(k);
      const range = `${columnLetter(monthCol(p.from))}${r}:${columnLetter(monthCol(p.to))}${r}`;
      switch (rule.kind) {
        case 'flow':
          return write(col, p.figures, `SUM(${range})`);
        case 'foot':
          return write(col, p.figures, signed(rule.terms, col));
        case 'opening':
          return write(col, p.figures, ref('opening', monthCol(p.from)));
        case 'stock':
          return write(col, p.figures, ref(row.key, monthCol(p.to)));
        case 'headcount':
          return write(col, p.figures, `AVERAGE(${range})`);
      }
    });
  });

  const payback = paybackText(result, lang);
  summary(ws, args, FIRST_LINE_ROW + rows.length + 1, result, payback);
  return { scenario, name, result, rows: rowOf, totalColumn, payback };
}

function statementRows(args: BudgetWorkbookArgs, result: ScenarioResult): Row[] {
  const { lang } = args;
  const l = (key: StatementLabel) => STATEMENT_LABELS[key][lang];
  const departments = departmentOrder(args, Object.keys(result.total.fixedCostsByDepartment));
  const flow = (key: string, label: string, value: (f: Figures) => string, indent = false): Line => ({ key, label, value, rule: { kind: 'flow' }, indent });
  const foot = (key: string, label: string, value: (f: Figures) => string, terms: [1 | -1, string][]): Line => ({
    key,
    label,
    value,
    rule: { kind: 'foot', terms },
    bold: true,
  });
  const categoryKeys = COST_CATEGORIES.map((c) => `category:${c}`);
  return [
    flow('revenue', l('revenue'), (f) => f.revenue),
    flow('variableCost', l('variableCost'), (f) => f.variableCost),
    foot('contributionMargin', l('contributionMargin'), (f) => f.contributionMargin, [
      [1, 'revenue'],
      [-1, 'variableCost'],
    ]),
    { heading: l('fixedByCategory') },
    ...COST_CATEGORIES.map((c: CostCategory) => flow(`category:${c}`, CATEGORY_LABELS[c][lang], (f) => f.fixedCostsByCategory[c], true)),
    foot(
      'fixedCosts',
      l('fixedCosts'),
      (f) => f.fixedCosts,
      categoryKeys.map((k) => [1, k]),
    ),
    { heading: l('fixedByDepartment') },
    ...departments.map((d) => flow(`fixedDepartment:${d.id}`, d.name, (f) => f.fixedCostsByDepartment[d.id] ?? '0.00', true)),
    flow('salaries', l('salaries'), (f) => f.salaries),
    flow('onCosts', l('onCosts'), (f) => f.onCosts),
    foot('labourCost', l('labourCost'), (f) => f.labourCost, [
      [1, 'salaries'],
      [1, 'onCosts'],
    ]),
    { heading: l('labourByDepartment') },
    ...departments.map((d) => flow(`labourDepartment:${d.id}`, d.name, (f) => f.labourCostByDepartment[d.id] ?? '0.00', true)),
    flow('depreciation', l('depreciation'), (f) => f.depreciation),
    foot('ebit', l('ebit'), (f) => f.ebit, [
      [1, 'contributionMargin'],
      [-1, 'fixedCosts'],
      [-1, 'labourCost'],
      [-1, 'depreciation'],
    ]),
    flow('interest', l('interest'), (f) => f.interest),
    foot('profitBeforeTax', l('profitBeforeTax'), (f) => f.profitBeforeTax, [
      [1, 'ebit'],
      [-1, 'interest'],
    ]),
    flow('tax', l('tax'), (f) => f.tax),
    foot('netProfit', l('netProfit'), (f) => f.netProfit, [
      [1, 'profitBeforeTax'],
      [-1, 'tax'],
    ]),
    null,
    { heading: l('cash') },
    { key: 'opening', label: l('opening'), value: (f) => f.cash.opening, rule: { kind: 'opening' } },
    flow('ownFunds', l('ownFunds'), (f) => f.cash.ownFunds),
    flow('loanDrawdowns', l('loanDrawdowns'), (f) => f.cash.loanDrawdowns),
    flow('capex', l('capex'), (f) => f.cash.capex),
    foot('operatingCashFlow', l('operatingCashFlow'), (f) => f.cash.operatingCashFlow, [
      [1, 'netProfit'],
      [1, 'depreciation'],
    ]),
    flow('repayments', l('repayments'), (f) => f.cash.repayments),
    foot('closing', l('closing'), (f) => f.cash.closing, [
      [1, 'opening'],
      [1, 'ownFunds'],
      [1, 'loanDrawdowns'],
      [-1, 'capex'],
      [1, 'operatingCashFlow'],
      [-1, 'repayments'],
    ]),
    { key: 'loanBalance', label: l('loanBalance'), value: (f) => f.cash.loanBalance, rule: { kind: 'stock' } },
    null,
    { heading: l('headcount') },
    ...departments.map(
      (d): Line => ({ key: `headcount:${d.id}`, label: d.name, value: (f) => headcountOf(f, d.id), rule: { kind: 'headcount' }, indent: true }),
    ),
    {
      key: 'headcountTotal',
      label: l('headcountTotal'),
      value: (f) => ('headcount' in f ? f.headcount : f.averageHeadcount),
      rule: { kind: 'headcount', terms: departments.map((d): [1, string] => [1, `headcount:${d.id}`]) },
      bold: true,
    },
  ];
}

function headcountOf(f: Figures, departmentId: string): string {
  const byDepartment = 'headcountByDepartment' in f ? f.headcountByDepartment : f.averageHeadcountByDepartment;
  return byDepartment[departmentId] ?? '0.00';
}

/** Departments by name, in the organisation's order; an id the organisation no longer has shows as itself. */
function departmentOrder(args: BudgetWorkbookArgs, ids: string[]): { id: string; name: string }[] {
  const present = new Set(ids);
  const known = args.departments.filter((d) => present.has(d.id));
  const knownIds = new Set(known.map((d) => d.id));
  return [...known, ...ids.filter((id) => !knownIds.has(id)).map((id) => ({ id, name: id }))];
}

function paybackText(result: ScenarioResult, lang: ExcelLanguage): string {
  const t = EXPORT_TEXT[lang];
  const p = result.payback;
  if (p.status === 'paidBack') return t.paidBack(p.month.month, p.month.index);
  return p.status === 'noInvestment' ? t.noInvestment : t.notWithinHorizon;
}

function money(cell: Cell, value: string) {
  cell.value = Number(value);
  cell.numFmt = MONEY_FORMAT;
}

/** Payback, when cumulative profit turns non-negative, and the breakeven. */
function summary(ws: Worksheet, args: BudgetWorkbookArgs, top: number, result: ScenarioResult, payback: string) {
  const t = EXPORT_TEXT[args.lang];
  let r = top;
  const heading = (text: string) => {
    ws.getCell(r, 1).value = text;
    ws.getCell(r++, 1).font = { bold: true, italic: true };
  };
  const item = (label: string, fill: (cell: Cell) => void) => {
    ws.getCell(r, 1).value = label;
    fill(ws.getCell(r++, 2));
  };
  heading(t.summary);
  item(t.payback, (c) => (c.value = payback));
  const from = result.cumulativeProfitNonNegativeFrom;
  item(t.profitableFrom, (c) => (c.value = from ? t.paidBack(from.month, from.index) : t.notWithinHorizon));
  heading(t.breakeven);
  const b = args.result.breakeven;
  if (b.status === 'solved') {
    item(t.volumeMultiplier, (c) => {
      c.value = Number(b.volumeMultiplier);
      c.numFmt = '0.000000';
    });
    item(t.breakevenRevenue, (c) => money(c, b.revenue));
    item(t.marginOfSafety, (c) => money(c, b.marginOfSafety.amount));
    item(t.marginOfSafetyRate, (c) => {
      c.value = Number(b.marginOfSafety.rate);
      c.numFmt = '0.00%';
    });
  } else {
    ws.getCell(r++, 1).value = t.noBreakeven;
    item(t.contributionAtBase, (c) => money(c, b.contributionMargin));
  }
}

const COMPARED: StatementLabel[] = [
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
  'closing',
];

/** Horizon totals side by side, as references to the scenario sheets, with variances against the first scenario. */
function comparisonSheet(wb: Workbook, args: BudgetWorkbookArgs, sheets: ScenarioSheet[]) {
  const { lang } = args;
  const t = EXPORT_TEXT[lang];
  const ws = wb.addWorksheet(t.comparison, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.getCell(1, 1).value = `${args.budgetName} — ${t.comparisonTitle}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = t.currency(args.currency, args.input.startMonth, sheets.find((s) => s.result)?.result?.total.lastMonth ?? args.input.startMonth);
  const [base, ...others] = sheets;
  const header = [`${t.line} (${args.currency})`, ...sheets.map((s) => s.name), ...others.map((s) => t.variance(s.name, base.name))];
  header.forEach((label, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    ws.getColumn(i + 1).width = i === 0 ? (lang === 'zh-CN' ? 22 : 30) : 24;
  });

  const total = (s: ScenarioSheet, key: StatementLabel): string => {
    const figures = s.result?.total;
    if (!figures) return '0';
    return key === 'closing' ? figures.cash.closing : (figures[key as keyof PeriodFigures] as string);
  };
  COMPARED.forEach((key, i) => {
    const r = FIRST_LINE_ROW + i;
    ws.getCell(r, 1).value = STATEMENT_LABELS[key][lang];
    sheets.forEach((s, k) => {
      const cell = ws.getCell(r, k + 2);
      if (!s.result) {
        cell.value = t.notApplicable;
        cell.alignment = { horizontal: 'right' };
        return;
      }
      cell.value = { formula: `'${s.name.replace(/'/g, "''")}'!${s.totalColumn}${s.rows.get(key)}`, result: Number(total(s, key)) };
      cell.numFmt = MONEY_FORMAT;
    });
    others.forEach((s, k) => {
      const cell = ws.getCell(r, sheets.length + 2 + k);
      if (!s.result || !base.result) {
        cell.value = t.notApplicable;
        cell.alignment = { horizontal: 'right' };
        return;
      }
      const difference = new Decimal(total(s, key)).minus(total(base, key)).toFixed(2);
      cell.value = { formula: `${columnLetter(k + 3)}${r}-B${r}`, result: Number(difference) };
      cell.numFmt = MONEY_FORMAT;
    });
  });
  const r = FIRST_LINE_ROW + COMPARED.length;
  ws.getCell(r, 1).value = t.payback;
  sheets.forEach((s, k) => {
    ws.getCell(r, k + 2).value = s.payback;
    ws.getCell(r, k + 2).alignment = { horizontal: 'right' };
  });
}
