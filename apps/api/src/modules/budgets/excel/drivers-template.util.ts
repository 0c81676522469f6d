// The drivers template a finance user fills in and imports back: one sheet
// per kind of line, a financing sheet, a read-me, drop-down lists for every
// enumerated column. Pre-filled with the budget's current drivers.
import { horizonMonths } from '@opsplan/domain';
import type { BudgetInput, CostLine, HeadcountPosition, Loan, RevenueLine } from '@opsplan/domain';
import { Workbook } from 'exceljs';
import type { DataValidation, Worksheet } from 'exceljs';
import { decimalCell } from './cell-values.util';
import {
  COST_COLUMNS,
  ColumnSpec,
  columnLetter,
  FINANCING_COLUMNS,
  FINANCING_ITEMS,
  LOAN_COLUMNS,
  MONTH_COLUMN_HELP,
  numberFormat,
  POSITION_COLUMNS,
  REVENUE_HEAD,
  REVENUE_TAIL,
  SEASON_COLUMNS,
} from './drivers-sheets';
import { ChoiceSetName, CHOICES, ExcelLanguage, LISTS_SHEET, SHEET_NAMES, TEMPLATE_TEXT } from './excel-labels';

export interface DriversTemplateArgs {
  /** The budget's current drivers, or null for an empty template. */
  input: BudgetInput | null;
  startMonth: string;
  horizonMonths: number;
  departments: { id: string; name: string }[];
  lang: ExcelLanguage;
}

/** Rows that get drop-down lists and formats, beyond the pre-filled ones. */
const SPARE_ROWS = 500;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const;

type CellInput = string | number | null;

export async function buildDriversTemplate(args: DriversTemplateArgs): Promise<Buffer> {
  const { input, lang } = args;
  const months = horizonMonths(args.startMonth, args.horizonMonths);
  const departmentName = new Map(args.departments.map((d) => [d.id, d.name]));
  const choiceLabel = <K extends ChoiceSetName>(set: K, value: keyof (typeof CHOICES)[K]) =>
    (CHOICES[set][value] as { en: string; 'zh-CN': string })[lang];
  const department = (id: string) => departmentName.get(id) ?? id;

  const wb = new Workbook();
  wb.creator = 'OpsPlan';
  const readme = wb.addWorksheet(SHEET_NAMES.readme[lang]);
  const lists = dropDownLists(args);

  const revenueColumns: ColumnSpec[] = [
    ...REVENUE_HEAD,
    ...SEASON_COLUMNS,
    ...months.map((month) => ({ key: `month:${month}`, label: { en: month, 'zh-CN': month }, help: MONTH_COLUMN_HELP, value: { type: 'quantity' as const }, width: 10, required: false })),
    ...REVENUE_TAIL,
  ];
  const revenueRows = (input?.revenueLines ?? []).map((line) => revenueRow(line, months, choiceLabel));
  listSheetWith(wb, SHEET_NAMES.revenue[lang], revenueColumns, revenueRows, lang, lists);

  const costRows = (input?.costLines ?? []).map((line: CostLine) => ({
    name: line.name,
    department: department(line.departmentId),
    category: choiceLabel('category', line.category),
    amountKind: choiceLabel('amountKind', line.amount.kind),
    amountValue: line.amount.kind === 'monthly' ? moneyOrRate(line.amount.amount, 'money') : moneyOrRate(line.amount.rate, 'rate'),
    firstMonth: line.firstMonth ?? null,
    lastMonth: line.lastMonth ?? null,
  }));
  listSheetWith(wb, SHEET_NAMES.costs[lang], COST_COLUMNS, costRows, lang, lists);

  const positionRows = (input?.positions ?? []).map((p: HeadcountPosition) => ({
    department: department(p.departmentId),
    roleTitle: p.roleTitle,
    count: decimalCell(p.count),
    monthlySalary: decimalCell(p.monthlySalary),
    onCostRate: decimalCell(p.onCostRate),
    firstMonth: p.firstMonth ?? null,
    lastMonth: p.lastMonth ?? null,
  }));
  listSheetWith(wb, SHEET_NAMES.positions[lang], POSITION_COLUMNS, positionRows, lang, lists);

  financingSheet(wb, input, lang);

  const loanRows = (input?.financing.loans ?? []).map((loan: Loan) => ({
    name: loan.name ?? null,
    principal: decimalCell(loan.principal),
    annualRate: decimalCell(loan.annualRate),
    termMonths: loan.termMonths,
    repayment: choiceLabel('repayment', loan.repayment),
  }));
  listSheetWith(wb, SHEET_NAMES.loans[lang], LOAN_COLUMNS, loanRows, lang, lists);

  readmeSheet(readme, args, months, revenueColumns);
  const hidden = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.columns.forEach((values, c) => values.forEach((v, r) => (hidden.getCell(r + 1, c + 1).value = v)));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

type MoneyOrRate = { text: string; as: 'money' | 'rate' };
const moneyOrRate = (text: string, as: 'money' | 'rate'): MoneyOrRate => ({ text, as });

function revenueRow(
  line: RevenueLine,
  months: string[],
  choiceLabel: <K extends ChoiceSetName>(set: K, value: keyof (typeof CHOICES)[K]) => string,
): Record<string, CellInput | MoneyOrRate> {
  const row: Record<string, CellInput | MoneyOrRate> = {
    name: line.name,
    kind: choiceLabel('revenueKind', line.kind),
    unitPrice: decimalCell(line.unitPrice),
    volumeKind: choiceLabel('volumeKind', line.volume.kind),
  };
  const volume = line.volume;
  if (volume.kind === 'flat') row.flatVolume = decimalCell(volume.perMonth);
  else if (volume.kind === 'monthly') volume.values.forEach((v, i) => months[i] && (row[`month:${months[i]}`] = decimalCell(v)));
  else {
    row.startVolume = decimalCell(volume.start);
    row.monthlyGrowth = decimalCell(volume.monthlyGrowth);
    volume.seasonality?.forEach((f, i) => (row[`season${i + 1}`] = decimalCell(f)));
  }
  const cost = line.variableCost;
  if (cost) {
    row.variableCostKind = choiceLabel('variableCostKind', cost.kind);
    row.variableCostValue = cost.kind === 'unitCost' ? moneyOrRate(cost.unitCost, 'money') : moneyOrRate(cost.rate, 'rate');
  }
  return row;
}

interface Lists {
  /** Column by column: a name, then the values. */
  columns: string[][];
  /** Range formula of each drop-down list, by choice set (and 'department'). */
  ranges: Map<string, string>;
}

/** The lists the drop-downs offer, in the template's language (the import reads both), for a hidden sheet. */
function dropDownLists(args: DriversTemplateArgs): Lists {
  const ranges = new Map<string, string>();
  const sets: [string, string[]][] = [
    ...(Object.keys(CHOICES) as ChoiceSetName[]).map((set): [string, string[]] => [set, Object.values(CHOICES[set]).map((l) => l[args.lang])]),
    ['department', args.departments.map((d) => d.name)],
  ];
  sets.forEach(([name, values], i) => {
    const letter = columnLetter(i + 1);
    if (values.length > 0) ranges.set(name, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`);
  });
  return { columns: sets.map(([name, values]) => [name, ...values]), ranges };
}

function headerRow(ws: Worksheet, r: number, labels: string[]) {
  labels.forEach((label, i) => {
    const cell = ws.getCell(r, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
}

// exceljs has range-wide data validations but leaves them out of its typings.
type WithValidations = { dataValidations: { add(address: string, validation: DataValidation): void } };

function listSheetWith(
  wb: Workbook,
  name: string,
  columns: ColumnSpec[],
  rows: Record<string, CellInput | MoneyOrRate>[],
  lang: ExcelLanguage,
  lists: Lists,
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  headerRow(
    ws,
    1,
    columns.map((c) => c.label[lang]),
  );
  const lastRow = rows.length + 1 + SPARE_ROWS;
  columns.forEach((spec, i) => {
    const column = ws.getColumn(i + 1);
    column.width = spec.width;
    const fmt = numberFormat(spec.value);
    if (fmt) column.numFmt = fmt;
    const letter = columnLetter(i + 1);
    const listKey = spec.value.type === 'choice' ? spec.value.choices : spec.value.type === 'department' ? 'department' : null;
    const range = listKey ? lists.ranges.get(listKey) : undefined;
    if (range) {
      (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: 'warning',
      });
    }
  });
  rows.forEach((row, r) => {
    columns.forEach((spec, c) => {
      const value = row[spec.key];
      if (value === undefined || value === null) return;
      const cell = ws.getCell(r + 2, c + 1);
      if (typeof value === 'object') {
        cell.value = decimalCell(value.text);
        cell.numFmt = value.as === 'money' ? '#,##0.00' : '0.00####%';
      } else {
        cell.value = value;
      }
    });
  });
}

function financingSheet(wb: Workbook, input: BudgetInput | null, lang: ExcelLanguage) {
  const ws = wb.addWorksheet(SHEET_NAMES.financing[lang], { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  headerRow(ws, 1, [FINANCING_COLUMNS.item[lang], FINANCING_COLUMNS.value[lang], FINANCING_COLUMNS.note[lang]]);
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 70;
  const f = input?.financing;
  const values: Record<string, CellInput> = {
    initialInvestment: decimalCell(f?.initialInvestment ?? '0'),
    depreciationMonths: f ? f.depreciationMonths : null,
    ownFunds: decimalCell(f?.ownFunds ?? '0'),
    incomeTaxRate: f?.incomeTaxRate !== undefined ? decimalCell(f.incomeTaxRate) : null,
  };
  FINANCING_ITEMS.forEach((item, i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = item.label[lang];
    const cell = ws.getCell(r, 2);
    cell.value = values[item.key];
    const fmt = numberFormat(item.value);
    if (fmt) cell.numFmt = fmt;
    ws.getCell(r, 3).value = item.help[lang];
  });
}

function readmeSheet(ws: Worksheet, args: DriversTemplateArgs, months: string[], revenueColumns: ColumnSpec[]) {
  const { lang } = args;
  const t = TEMPLATE_TEXT[lang];
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 100;
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = t.horizon(args.startMonth, args.horizonMonths, months[months.length - 1] ?? args.startMonth);
  let r = 3;
  for (const rule of t.rules) ws.getCell(r++, 1).value = `• ${rule}`;
  r++;
  headerRow(ws, r++, [t.sheet, t.column, t.meaning]);
  const describe = (sheet: string, columns: ColumnSpec[]) => {
    let monthsDescribed = false;
    for (const spec of columns) {
      const isMonth = spec.key.startsWith('month:');
      if (isMonth && monthsDescribed) continue;
      monthsDescribed ||= isMonth;
      const label = isMonth ? `${months[0]} … ${months[months.length - 1]}` : spec.label[lang];
      ws.getRow(r++).values = [sheet, label, spec.help[lang]];
    }
  };
  describe(SHEET_NAMES.revenue[lang], revenueColumns);
  describe(SHEET_NAMES.costs[lang], COST_COLUMNS);
  describe(SHEET_NAMES.positions[lang], POSITION_COLUMNS);
  for (const item of FINANCING_ITEMS) ws.getRow(r++).values = [SHEET_NAMES.financing[lang], item.label[lang], item.help[lang]];
  describe(SHEET_NAMES.loans[lang], LOAN_COLUMNS);
}
