import Decimal from 'decimal.js';
import { computeBudget } from '@opsplan/domain';
import type { BudgetFigures, BudgetResult, MonthFigures, PeriodFigures, ScenarioResult } from '@opsplan/domain';
import type { CellFormulaValue, Workbook, Worksheet } from 'exceljs';
import { buildBudgetWorkbook } from '../index';
import { coffeeShop, DEPARTMENTS, lossMaker } from './budget-fixture';
import { formulaEvaluator } from './formula-evaluator';
import { load } from './workbook-helpers';

const HEADER_ROW = 3;

async function exported(result: BudgetResult, options: { lang?: 'en' | 'zh-CN'; scenarios?: ('responsibility' | 'stretch' | 'breakeven')[]; input?: ReturnType<typeof coffeeShop> } = {}) {
  const buffer = await buildBudgetWorkbook({
    input: options.input ?? coffeeShop(),
    result,
    scenarios: options.scenarios ?? ['responsibility', 'stretch', 'breakeven'],
    departments: DEPARTMENTS,
    currency: 'CNY',
    lang: options.lang ?? 'en',
    budgetName: 'Coffee shop 2026',
  });
  return load(buffer);
}

const sheet = (wb: Workbook, name: string): Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}"`);
  return ws;
};
const text = (ws: Worksheet, row: number, col: number) => {
  const v = ws.getCell(row, col).value;
  return typeof v === 'string' ? v : '';
};

/** Rows by label, under the heading when the label repeats (department names). */
function rowFinder(ws: Worksheet) {
  const labels: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) labels[r] = text(ws, r, 1);
  return (label: string, under?: string): number => {
    const start = under ? labels.indexOf(under) : HEADER_ROW;
    if (start < 0) throw new Error(`no heading "${under}"`);
    const r = labels.indexOf(label, start + 1);
    if (r < 0) throw new Error(`no line "${label}"${under ? ` under "${under}"` : ''}`);
    return r;
  };
}

/** The engine's figures behind each column: months, then years, then the horizon. */
function columnsOf(ws: Worksheet, scenario: ScenarioResult): { col: number; header: string; figures: MonthFigures | PeriodFigures }[] {
  const periods = [...scenario.years, scenario.total];
  const expectedHeaders = [...scenario.months.map((m) => m.month), ...scenario.years.map((_, i) => `Year ${i + 1}`), 'Total'];
  return expectedHeaders.map((header, i) => {
    expect(text(ws, HEADER_ROW, i + 2)).toBe(header);
    return { col: i + 2, header, figures: i < scenario.months.length ? scenario.months[i] : periods[i - scenario.months.length] };
  });
}

const LINES: [string, (f: BudgetFigures) => string][] = [
  ['Revenue', (f) => f.revenue],
  ['Variable cost', (f) => f.variableCost],
  ['Contribution margin', (f) => f.contributionMargin],
  ['Rent', (f) => f.fixedCostsByCategory.rent],
  ['Utilities', (f) => f.fixedCostsByCategory.utilities],
  ['Marketing', (f) => f.fixedCostsByCategory.marketing],
  ['Training', (f) => f.fixedCostsByCategory.training],
  ['R&D', (f) => f.fixedCostsByCategory.rnd],
  ['Fixed costs', (f) => f.fixedCosts],
  ['Salaries', (f) => f.salaries],
  ['Employer on-costs', (f) => f.onCosts],
  ['Labour cost', (f) => f.labourCost],
  ['Depreciation', (f) => f.depreciation],
  ['EBIT', (f) => f.ebit],
  ['Interest', (f) => f.interest],
  ['Profit before tax', (f) => f.profitBeforeTax],
  ['Income tax', (f) => f.tax],
  ['Net profit', (f) => f.netProfit],
  ['Opening cash', (f) => f.cash.opening],
  ['Own funds', (f) => f.cash.ownFunds],
  ['Loan drawdowns', (f) => f.cash.loanDrawdowns],
  ['Initial investment (capex)', (f) => f.cash.capex],
  ['Operating cash flow', (f) => f.cash.operatingCashFlow],
  ['Loan repayments', (f) => f.cash.repayments],
  ['Closing cash', (f) => f.cash.closing],
  ['Loan balance', (f) => f.cash.loanBalance],
];
const SUBTOTALS = ['Contribution margin', 'Fixed costs', 'Labour cost', 'EBIT', 'Profit before tax', 'Net profit', 'Operating cash flow', 'Closing cash'];

const isFormula = (v: unknown): v is CellFormulaValue => typeof v === 'object' && v !== null && 'formula' in v;
/** exceljs writes a cached 0 (<v>0</v>) but reads it back as no result. */
const cached = (v: CellFormulaValue) => v.result ?? 0;

describe('budget export: totals are formulas over the line cells and equal the engine', () => {
  const input = coffeeShop();
  const result = computeBudget(input);

  it('writes one sheet per scenario and a comparison, in the requested language', async () => {
    const en = await exported(result);
    expect(en.worksheets.map((ws) => ws.name)).toEqual(['Responsibility target', 'Stretch target', 'Breakeven', 'Comparison']);
    const zh = await exported(result, { lang: 'zh-CN' });
    expect(zh.worksheets.map((ws) => ws.name)).toEqual(['责任目标值', '争取目标值', '盈亏平衡', '情景对比']);
    expect(text(sheet(zh, '责任目标值'), HEADER_ROW, 1)).toBe('项目 (CNY)');
    expect(text(sheet(zh, '责任目标值'), HEADER_ROW, 2 + 15 + 2)).toBe('合计');
    const single = await exported(result, { scenarios: ['stretch'] });
    expect(single.worksheets.map((ws) => ws.name)).toEqual(['Stretch target']);
  });

  it.each([
    ['Responsibility target', (r: BudgetResult) => r.responsibility],
    ['Stretch target', (r: BudgetResult) => r.stretch],
    ['Breakeven', (r: BudgetResult) => (r.breakeven.status === 'solved' ? r.breakeven.scenario : null)],
  ])('%s: every line, month, year and total matches the engine to the cent, evaluated from the line cells', async (name, pick) => {
    const scenario = pick(result);
    if (!scenario) throw new Error('the coffee shop breaks even');
    const wb = await exported(result);
    const ws = sheet(wb, name);
    const evaluate = formulaEvaluator(wb);
    const row = rowFinder(ws);
    const columns = columnsOf(ws, scenario);
    expect(columns).toHaveLength(15 + 2 + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW });
    expect(text(ws, 2, 1)).toContain('CNY');

    const lines: [number, (f: MonthFigures | PeriodFigures) => string][] = LINES.map(([label, get]) => [row(label), get]);
    for (const d of DEPARTMENTS.filter((d) => d.id !== 'dep-idle')) {
      lines.push([row(d.name, 'Fixed costs by department'), (f) => f.fixedCostsByDepartment[d.id]]);
      lines.push([row(d.name, 'Labour cost by department'), (f) => f.labourCostByDepartment[d.id]]);
    }
    let formulas = 0;
    for (const [r, get] of lines) {
      for (const { col, figures } of columns) {
        const expected = get(figures);
        const cell = ws.getCell(r, col).value;
        expect({ r, col, value: evaluate.value(name, r, col).toFixed(2) }).toEqual({ r, col, value: expected });
        if (isFormula(cell)) {
          formulas++;
          expect({ r, col, cached: cached(cell) }).toEqual({ r, col, cached: Number(expected) });
        } else {
          expect({ r, col, value: cell }).toEqual({ r, col, value: Number(expected) });
        }
        // Years and the horizon total are always formulas.
        if (col > 16) expect({ r, col, formula: isFormula(cell) }).toEqual({ r, col, formula: true });
      }
    }
    for (const label of SUBTOTALS) for (const { col } of columns) expect(isFormula(ws.getCell(row(label), col).value)).toBe(true);
    expect(formulas).toBeGreaterThan(SUBTOTALS.length * 18);

    // The flow lines' totals are plain sums over their months; subtotals foot over the lines above.
    const revenue = row('Revenue');
    expect(ws.getCell(revenue, 2 + 15).value).toMatchObject({ formula: `SUM(B${revenue}:M${revenue})` });
    expect(ws.getCell(revenue, 2 + 16).value).toMatchObject({ formula: `SUM(N${revenue}:P${revenue})` });
    expect(ws.getCell(revenue, 2 + 17).value).toMatchObject({ formula: `SUM(B${revenue}:P${revenue})` });
    expect(ws.getCell(row('Profit before tax'), 3).value).toMatchObject({ formula: `C${row('EBIT')}-C${row('Interest')}` });
    expect(ws.getCell(row('Opening cash'), 3).value).toMatchObject({ formula: `B${row('Closing cash')}` });

    // Headcount: month by month as the engine has it, years and total as averages.
    const sales = row('Sales', 'Standard headcount by department (people)');
    const total = row('Total headcount');
    columns.forEach(({ col, figures }) => {
      const byDepartment = 'headcountByDepartment' in figures ? figures.headcountByDepartment : figures.averageHeadcountByDepartment;
      const all = 'headcount' in figures ? figures.headcount : figures.averageHeadcount;
      expect(evaluate.value(name, sales, col).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe(byDepartment['dep-sales']);
      expect(evaluate.value(name, total, col).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe(all);
    });

    // Every formula on the sheet evaluates to its cached result.
    ws.eachRow((r, n) =>
      r.eachCell((c, col) => {
        if (!isFormula(c.value)) return;
        const evaluated = evaluate.value(name, n, col).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect({ n, col, value: evaluated.toNumber() }).toEqual({ n, col, value: cached(c.value) });
      }),
    );
  });

  it('shows payback, the breakeven summary and department names, never ids', async () => {
    const b = result.breakeven;
    if (b.status !== 'solved') throw new Error('the coffee shop breaks even');
    const wb = await exported(result);
    const ws = sheet(wb, 'Responsibility target');
    const row = rowFinder(ws);
    const payback = result.responsibility.payback;
    expect(payback.status).toBe('paidBack');
    if (payback.status === 'paidBack') expect(text(ws, row('Payback month'), 2)).toBe(`${payback.month.month} (month ${payback.month.index})`);
    expect(ws.getCell(row('Sales volume multiplier (vs responsibility target)'), 2).value).toBe(Number(b.volumeMultiplier));
    expect(ws.getCell(row('Breakeven revenue'), 2).value).toBe(Number(b.revenue));
    expect(ws.getCell(row('Margin of safety'), 2).value).toBe(Number(b.marginOfSafety.amount));
    expect(ws.getCell(row('Margin of safety rate'), 2).value).toBe(Number(b.marginOfSafety.rate));
    const everyLabel: string[] = [];
    ws.eachRow((r) => everyLabel.push(text(ws, r.number, 1)));
    expect(everyLabel).toEqual(expect.arrayContaining(['Sales', 'Operations', 'People']));
    expect(everyLabel.join(' ')).not.toMatch(/dep-/);
    // Breakeven profit before tax over the horizon is zero.
    const be = sheet(wb, 'Breakeven');
    expect(formulaEvaluator(wb).value('Breakeven', rowFinder(be)('Profit before tax'), 2 + 15 + 2).toFixed(2)).toBe('0.00');
  });

  it('compares the scenarios with references to their total cells and variances as formulas', async () => {
    const wb = await exported(result);
    const ws = sheet(wb, 'Comparison');
    const evaluate = formulaEvaluator(wb);
    const row = rowFinder(ws);
    expect([2, 3, 4, 5, 6].map((c) => text(ws, HEADER_ROW, c))).toEqual([
      'Responsibility target',
      'Stretch target',
      'Breakeven',
      'Stretch target − Responsibility target',
      'Breakeven − Responsibility target',
    ]);
    const be = result.breakeven.status === 'solved' ? result.breakeven.scenario : null;
    if (!be) throw new Error('the coffee shop breaks even');
    const scenarios = [result.responsibility, result.stretch, be];
    const compared: [string, (f: PeriodFigures) => string][] = [
      ['Revenue', (f) => f.revenue],
      ['Fixed costs', (f) => f.fixedCosts],
      ['Labour cost', (f) => f.labourCost],
      ['EBIT', (f) => f.ebit],
      ['Profit before tax', (f) => f.profitBeforeTax],
      ['Net profit', (f) => f.netProfit],
      ['Closing cash', (f) => f.cash.closing],
    ];
    for (const [label, get] of compared) {
      const r = row(label);
      scenarios.forEach((s, k) => {
        const cell = ws.getCell(r, k + 2).value;
        expect(isFormula(cell) && { formula: cell.formula, result: cached(cell) }).toEqual({ formula: expect.stringMatching(/^'.+'!S\d+$/), result: Number(get(s.total)) });
        expect(evaluate.value('Comparison', r, k + 2).toFixed(2)).toBe(get(s.total));
      });
      [1, 2].forEach((k) => {
        const variance = new Decimal(get(scenarios[k].total)).minus(get(scenarios[0].total)).toFixed(2);
        const cell = ws.getCell(r, 4 + k).value;
        expect(isFormula(cell) && { formula: cell.formula, result: cached(cell) }).toEqual({ formula: `${'CD'[k - 1]}${r}-B${r}`, result: Number(variance) });
        expect(evaluate.value('Comparison', r, 4 + k).toFixed(2)).toBe(variance);
      });
    }
    expect(text(ws, row('Payback month'), 2)).toMatch(/^2026-\d\d \(month \d+\)$/);
  });

  it('recalculates from the line cells: changing one month of revenue moves every total that depends on it', async () => {
    const wb = await exported(result);
    const ws = sheet(wb, 'Responsibility target');
    const row = rowFinder(ws);
    const evaluate = formulaEvaluator(wb);
    const totalCol = 2 + 15 + 2;
    const before = ['Revenue', 'EBIT', 'Net profit', 'Closing cash'].map((l) => evaluate.value(ws.name, row(l), totalCol));
    const april = ws.getCell(row('Revenue'), 2);
    april.value = (april.value as number) + 1;
    evaluate.forget();
    const after = ['Revenue', 'EBIT', 'Net profit', 'Closing cash'].map((l) => evaluate.value(ws.name, row(l), totalCol));
    expect(after.map((a, i) => a.minus(before[i]).toFixed(2))).toEqual(['1.00', '1.00', '1.00', '1.00']);
    // Comparison column E is stretch − responsibility.
    expect(evaluate.value('Comparison', rowFinder(sheet(wb, 'Comparison'))('Revenue'), 5).toFixed(2)).toBe(
      new Decimal(result.stretch.total.revenue).minus(result.responsibility.total.revenue).minus(1).toFixed(2),
    );
  });

  it('says plainly that there is no breakeven instead of showing figures', async () => {
    const loss = lossMaker();
    const lossResult = computeBudget(loss);
    expect(lossResult.breakeven.status).toBe('noBreakeven');
    for (const lang of ['en', 'zh-CN'] as const) {
      const wb = await exported(lossResult, { lang, input: loss as ReturnType<typeof coffeeShop> });
      const ws = sheet(wb, lang === 'en' ? 'Breakeven' : '盈亏平衡');
      expect(text(ws, HEADER_ROW + 1, 1)).toMatch(lang === 'en' ? /^No breakeven/ : /^不存在盈亏平衡点/);
      expect(ws.getCell(HEADER_ROW + 2, 2).value).toBe(-2400);
      let numbers = 0;
      ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'number' && numbers++));
      expect(numbers).toBe(1);
      const comparison = sheet(wb, lang === 'en' ? 'Comparison' : '情景对比');
      expect(comparison.getCell(HEADER_ROW + 1, 4).value).toBe('—');
      expect(comparison.getCell(HEADER_ROW + 1, 6).value).toBe('—');
      expect(comparison.getCell(HEADER_ROW + 1, 5).value).toMatchObject({ formula: `C${HEADER_ROW + 1}-B${HEADER_ROW + 1}` });
    }
  });
});
