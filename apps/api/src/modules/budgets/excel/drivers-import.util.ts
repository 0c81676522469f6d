// Reading a filled drivers template back into the driver parts of a budget.
// Every bad cell is reported with its sheet, its row as Excel numbers it and
// its column's header label as written in the file; then validateBudget
// checks the assembled drivers and its problems are mapped back to cells.
// Nothing is returned unless the whole file is valid.
//
// Ids: every line and loan gets a fresh id (the import replaces all lines of
// the budget, so no id is carried over from the file).
import { randomUUID } from 'node:crypto';
import { horizonMonths, validateBudget } from '@opsplan/domain';
import type { BudgetInput, BudgetProblem, CostLine, HeadcountPosition, Loan, RevenueLine, VolumeDriver } from '@opsplan/domain';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { CellContent, cellContent, contentText, DecimalOptions, labelKey, Read, readDecimal, readInteger, readMonth, readText, Refusal } from './cell-values.util';
import {
  COST_COLUMNS,
  ColumnSpec,
  FINANCING_COLUMNS,
  FINANCING_ITEMS,
  FinancingItem,
  LOAN_COLUMNS,
  POSITION_COLUMNS,
  REVENUE_HEAD,
  REVENUE_TAIL,
  SEASON_COLUMNS,
} from './drivers-sheets';
import { Bilingual, ChoiceSetName, CHOICES, ExcelLanguage, REASONS, SHEET_NAMES, TemplateSheet } from './excel-labels';

export interface DriversImportContext {
  startMonth: string;
  horizonMonths: number;
  departments: { id: string; name: string }[];
}

/**
 * One refused cell. `row` is 1-based as Excel shows it; `column` is the
 * header label of the column as the file writes it (the expected label in the
 * file's language when the column is missing). A problem with no particular
 * cell has row 0 and column "": a missing sheet, or a file that is not a
 * workbook at all (sheet "" too).
 */
export interface DriversImportProblem {
  sheet: string;
  row: number;
  column: string;
  reason: string;
}

export type ImportedDrivers = Pick<BudgetInput, 'revenueLines' | 'costLines' | 'positions' | 'financing'>;

export interface DriversImportResult {
  /** null whenever there is any problem. */
  drivers: ImportedDrivers | null;
  problems: DriversImportProblem[];
}

export async function parseDriversWorkbook(buffer: Buffer, ctx: DriversImportContext): Promise<DriversImportResult> {
  const wb = new Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; a Node Buffer is what it reads.
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { drivers: null, problems: [{ sheet: '', row: 0, column: '', reason: `${REASONS.en.unreadable} ${REASONS['zh-CN'].unreadable}` }] };
  }
  return new DriversReader(wb, ctx).read();
}

interface HeaderColumn {
  col: number;
  label: string;
}

/** A sheet of the file: where its columns are and how problems name them. */
interface SheetRef {
  name: string;
  order: number;
  headers: Map<string, HeaderColumn>;
  /** Expected labels, for columns the file lacks. */
  labels: Map<string, string>;
}

/** Where a line of the assembled drivers came from, to map validateBudget's paths back. */
interface RowSource {
  sheet: SheetRef;
  row: number;
}

type Problem = DriversImportProblem & { order: [number, number, number] };

const LIST_LINE = /^(revenueLines|costLines|positions|financing\.loans)\[(\d+)\](?:\.(.+))?$/;

class DriversReader {
  private readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();
  private readonly lang: ExcelLanguage;
  private readonly months: string[];
  private readonly departments = new Map<string, string[]>();

  constructor(
    private readonly wb: Workbook,
    private readonly ctx: DriversImportContext,
  ) {
    this.months = horizonMonths(ctx.startMonth, ctx.horizonMonths);
    for (const d of ctx.departments) {
      const key = labelKey(d.name);
      this.departments.set(key, [...(this.departments.get(key) ?? []), d.id]);
    }
    this.lang = this.fileLanguage();
  }

  read(): DriversImportResult {
    const revenue = this.listSheet('revenue', [...REVENUE_HEAD, ...SEASON_COLUMNS, ...REVENUE_TAIL], 0);
    const costs = this.listSheet('costs', COST_COLUMNS, 1);
    const positions = this.listSheet('positions', POSITION_COLUMNS, 2);
    const financing = this.financingSheet(3);
    const loans = this.listSheet('loans', LOAN_COLUMNS, 4);

    const revenueLines = revenue ? revenue.rows.map((row) => this.revenueLine(revenue.sheet, row)) : [];
    const costLines = costs ? costs.rows.map((row) => this.costLine(costs.sheet, row)) : [];
    const positionList = positions ? positions.rows.map((row) => this.position(positions.sheet, row)) : [];
    const loanList = loans ? loans.rows.map((row) => this.loan(loans.sheet, row)) : [];
    const drivers: ImportedDrivers = {
      revenueLines,
      costLines,
      positions: positionList,
      financing: { ...(financing?.values ?? { initialInvestment: '0', depreciationMonths: 1, ownFunds: '0' }), loans: loanList },
    };

    const sources: Record<string, RowSource[]> = {
      revenueLines: revenue ? revenue.rows.map((r) => ({ sheet: revenue.sheet, row: r.row })) : [],
      costLines: costs ? costs.rows.map((r) => ({ sheet: costs.sheet, row: r.row })) : [],
      positions: positions ? positions.rows.map((r) => ({ sheet: positions.sheet, row: r.row })) : [],
      'financing.loans': loans ? loans.rows.map((r) => ({ sheet: loans.sheet, row: r.row })) : [],
    };
    const input: BudgetInput = { startMonth: this.ctx.startMonth, horizonMonths: this.ctx.horizonMonths, ...drivers };
    for (const problem of validateBudget(input, { departmentIds: this.ctx.departments.map((d) => d.id) })) {
      this.mapValidation(problem, sources, financing?.rows ?? null);
    }

    const problems = this.problems
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2])
      .map(({ sheet, row, column, reason }) => ({ sheet, row, column, reason }));
    return { drivers: problems.length === 0 ? drivers : null, problems };
  }

  // ----- sheets and columns -----

  private findSheet(which: TemplateSheet): Worksheet | undefined {
    const names = [SHEET_NAMES[which].en, SHEET_NAMES[which]['zh-CN']].map(labelKey);
    return this.wb.worksheets.find((ws) => names.includes(labelKey(ws.name)));
  }

  /** The language problems are reported in: the one most of the file's sheet names are in. */
  private fileLanguage(): ExcelLanguage {
    let zh = 0;
    let en = 0;
    for (const ws of this.wb.worksheets) {
      const key = labelKey(ws.name);
      for (const names of Object.values(SHEET_NAMES)) {
        if (key === labelKey(names['zh-CN'])) zh++;
        else if (key === labelKey(names.en)) en++;
      }
    }
    return zh > en ? 'zh-CN' : 'en';
  }

  private sheetRef(which: TemplateSheet, order: number): { ws: Worksheet | undefined; ref: SheetRef } {
    const ws = this.findSheet(which);
    const ref: SheetRef = { name: ws?.name ?? SHEET_NAMES[which][this.lang], order, headers: new Map(), labels: new Map() };
    if (!ws) this.add(ref, 0, { col: 0, label: '' }, REASONS[this.lang].sheetMissing);
    return { ws, ref };
  }

  private listSheet(which: Exclude<TemplateSheet, 'financing'>, specs: ColumnSpec[], order: number) {
    const { ws, ref } = this.sheetRef(which, order);
    if (!ws) return null;
    for (const spec of specs) ref.labels.set(spec.key, spec.label[this.lang]);
    for (const month of this.months) ref.labels.set(`month:${month}`, month);

    const byLabel = new Map<string, string>();
    for (const spec of specs) for (const label of [spec.key, spec.label.en, spec.label['zh-CN']]) byLabel.set(labelKey(label), spec.key);
    const header = ws.getRow(1);
    const outside: HeaderColumn[] = [];
    header.eachCell((cell, col) => {
      const content = cellContent(cell.value);
      const text = contentText(content).trim();
      let key = byLabel.get(labelKey(text));
      if (!key && which === 'revenue') {
        const month = readMonth(content);
        if (month.ok && (content.kind === 'date' || /^\d{4}-\d{1,2}$/.test(text))) {
          key = `month:${month.value}`;
          if (!this.months.includes(month.value)) outside.push({ col, label: text || month.value });
        }
      }
      if (!key) return;
      const label = content.kind === 'date' && key.startsWith('month:') ? key.slice(6) : text;
      if (ref.headers.has(key)) this.add(ref, 1, { col, label }, REASONS[this.lang].duplicateColumn);
      else ref.headers.set(key, { col, label });
    });
    for (const spec of specs) if (spec.required && !ref.headers.has(spec.key)) this.add(ref, 1, this.column(ref, spec.key), REASONS[this.lang].columnMissing);

    const rows: SheetRow[] = [];
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const cells = new Map<string, CellContent>();
      for (const [key, { col }] of ref.headers) cells.set(key, cellContent(row.getCell(col).value));
      const outsideCells = outside.map((h) => ({ h, content: cellContent(row.getCell(h.col).value) }));
      if ([...cells.values(), ...outsideCells.map((o) => o.content)].every((c) => c.kind === 'empty')) return;
      for (const { h, content } of outsideCells) {
        if (content.kind !== 'empty') this.add(ref, r, h, REASONS[this.lang].monthColumnOutsideHorizon(h.label));
      }
      rows.push({ row: r, cells });
    });
    return { sheet: ref, rows };
  }

  private column(ref: SheetRef, key: string): HeaderColumn {
    return ref.headers.get(key) ?? { col: Number.MAX_SAFE_INTEGER, label: ref.labels.get(key) ?? key };
  }

  // ----- problems -----

  private add(ref: SheetRef, row: number, column: HeaderColumn, reason: string) {
    // A cell is reported once, whoever finds it first; header-level problems are told apart by reason.
    const key = `${ref.order}|${row}|${column.label}${row <= 1 ? `|${reason}` : ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ sheet: ref.name, row, column: column.label, reason, order: [ref.order, row, column.col] });
  }

  /** A problem with a cell; a cell of a column the file lacks is reported once, as the missing column. */
  private addCell(ref: SheetRef, row: number, key: string, reason: string) {
    if (!ref.headers.has(key)) this.add(ref, 1, this.column(ref, key), REASONS[this.lang].columnMissing);
    else this.add(ref, row, this.column(ref, key), reason);
  }

  private refusal(reason: Refusal): string {
    const t = REASONS[this.lang];
    switch (reason.code) {
      case 'required':
        return t.required;
      case 'notANumber':
        return t.notANumber(reason.text);
      case 'notFinite':
        return t.notFinite;
      case 'errorValue':
        return t.errorValue(reason.text);
      case 'negative':
        return t.negative;
      case 'moneyDecimals':
        return t.moneyDecimals;
      case 'notAWholeNumber':
        return t.notAWholeNumber;
      case 'notAMonth':
        return t.notAMonth(reason.text);
      case 'notText':
        return t.notText;
    }
  }

  private mapValidation(problem: BudgetProblem, sources: Record<string, RowSource[]>, financingRows: Map<string, number> | null) {
    const reason = REASONS[this.lang].validation(problem.message);
    const line = LIST_LINE.exec(problem.path);
    if (line) {
      const [, list, index, field = ''] = line;
      const source = sources[list]?.[Number(index)];
      if (!source) return;
      const key = FIELD_COLUMNS[list as keyof typeof FIELD_COLUMNS](field, this.months);
      this.addCell(source.sheet, source.row, key, reason);
      return;
    }
    const item = /^financing\.(\w+)$/.exec(problem.path)?.[1];
    if (item && financingRows && this.financingRef) {
      const row = financingRows.get(item);
      if (row !== undefined) this.add(this.financingRef, row, this.financingValueColumn, reason);
    }
  }

  // ----- cells -----

  private cell<T>(ref: SheetRef, row: SheetRow, key: string, read: (c: CellContent) => Read<T>, optional = false): T | undefined {
    const content = row.cells.get(key) ?? { kind: 'empty' };
    if (optional && content.kind === 'empty') return undefined;
    const result = read(content);
    if (result.ok) return result.value;
    this.addCell(ref, row.row, key, this.refusal(result.reason));
    return undefined;
  }

  private decimal(ref: SheetRef, row: SheetRow, key: string, options: DecimalOptions = {}, optional = false): string | undefined {
    return this.cell(ref, row, key, (c) => readDecimal(c, options), optional);
  }

  private choice<K extends ChoiceSetName>(ref: SheetRef, row: SheetRow, key: string, set: K, optional = false): keyof (typeof CHOICES)[K] | undefined {
    const content = row.cells.get(key) ?? { kind: 'empty' };
    if (optional && content.kind === 'empty') return undefined;
    const labels = CHOICES[set] as Record<string, Bilingual>;
    if (content.kind === 'empty') {
      this.addCell(ref, row.row, key, REASONS[this.lang].required);
      return undefined;
    }
    const typed = labelKey(contentText(content));
    const found = Object.entries(labels).find(([value, label]) => [value, label.en, label['zh-CN']].some((l) => labelKey(l) === typed));
    if (found) return found[0] as keyof (typeof CHOICES)[K];
    this.addCell(ref, row.row, key, REASONS[this.lang].unknownChoice(contentText(content), Object.values(labels).map((l) => l[this.lang])));
    return undefined;
  }

  private department(ref: SheetRef, row: SheetRow): string | undefined {
    const name = this.cell(ref, row, 'department', readText);
    if (name === undefined) return undefined;
    const exact = this.ctx.departments.filter((d) => d.name.trim() === name);
    const ids = exact.length > 0 ? exact.map((d) => d.id) : (this.departments.get(labelKey(name)) ?? []);
    if (ids.length === 1) return ids[0];
    this.addCell(ref, row.row, 'department', ids.length === 0 ? REASONS[this.lang].unknownDepartment(name) : REASONS[this.lang].ambiguousDepartment(name));
    return undefined;
  }

  private activeMonths(ref: SheetRef, row: SheetRow): { firstMonth?: string; lastMonth?: string } {
    const firstMonth = this.cell(ref, row, 'firstMonth', readMonth, true);
    const lastMonth = this.cell(ref, row, 'lastMonth', readMonth, true);
    return { ...(firstMonth !== undefined && { firstMonth }), ...(lastMonth !== undefined && { lastMonth }) };
  }

  // ----- lines -----

  private revenueLine(ref: SheetRef, row: SheetRow): RevenueLine {
    const name = this.cell(ref, row, 'name', readText);
    const kind = this.choice(ref, row, 'kind', 'revenueKind');
    const unitPrice = this.decimal(ref, row, 'unitPrice', { money: true });
    const volumeKind = this.choice(ref, row, 'volumeKind', 'volumeKind');
    let volume: VolumeDriver | undefined;
    if (volumeKind === 'flat') volume = { kind: 'flat', perMonth: this.decimal(ref, row, 'flatVolume') as string };
    else if (volumeKind === 'monthly') volume = { kind: 'monthly', values: this.months.map((m) => this.decimal(ref, row, `month:${m}`) as string) };
    else if (volumeKind === 'growth') {
      volume = {
        kind: 'growth',
        start: this.decimal(ref, row, 'startVolume') as string,
        monthlyGrowth: this.decimal(ref, row, 'monthlyGrowth', { signed: true, percent: true }) as string,
      };
      const keys = SEASON_COLUMNS.map((s) => s.key);
      const filled = keys.filter((k) => (row.cells.get(k)?.kind ?? 'empty') !== 'empty');
      if (filled.length === 12) volume.seasonality = keys.map((k) => this.decimal(ref, row, k) as string);
      else if (filled.length > 0) {
        for (const k of keys) if (!filled.includes(k)) this.addCell(ref, row.row, k, REASONS[this.lang].seasonalityIncomplete);
      }
    }
    const costKind = this.choice(ref, row, 'variableCostKind', 'variableCostKind', true);
    const costValueEmpty = (row.cells.get('variableCostValue')?.kind ?? 'empty') === 'empty';
    let variableCost: RevenueLine['variableCost'];
    if (costKind === 'unitCost') variableCost = { kind: 'unitCost', unitCost: this.decimal(ref, row, 'variableCostValue', { money: true }) as string };
    else if (costKind === 'shareOfRevenue') variableCost = { kind: 'shareOfRevenue', rate: this.decimal(ref, row, 'variableCostValue', { percent: true }) as string };
    else if (costKind === undefined && !costValueEmpty && (row.cells.get('variableCostKind')?.kind ?? 'empty') === 'empty') {
      this.addCell(ref, row.row, 'variableCostKind', REASONS[this.lang].required);
    }
    return {
      id: randomUUID(),
      name: name as string,
      kind: kind as RevenueLine['kind'],
      unitPrice: unitPrice as string,
      volume: volume as VolumeDriver,
      ...(variableCost && { variableCost }),
    };
  }

  private costLine(ref: SheetRef, row: SheetRow): CostLine {
    const name = this.cell(ref, row, 'name', readText);
    const departmentId = this.department(ref, row);
    const category = this.choice(ref, row, 'category', 'category');
    const amountKind = this.choice(ref, row, 'amountKind', 'amountKind');
    let amount: CostLine['amount'] | undefined;
    if (amountKind === 'monthly') amount = { kind: 'monthly', amount: this.decimal(ref, row, 'amountValue', { money: true }) as string };
    else if (amountKind === 'shareOfRevenue') amount = { kind: 'shareOfRevenue', rate: this.decimal(ref, row, 'amountValue', { percent: true }) as string };
    return {
      id: randomUUID(),
      name: name as string,
      departmentId: departmentId as string,
      category: category as CostLine['category'],
      amount: amount as CostLine['amount'],
      ...this.activeMonths(ref, row),
    };
  }

  private position(ref: SheetRef, row: SheetRow): HeadcountPosition {
    return {
      id: randomUUID(),
      departmentId: this.department(ref, row) as string,
      roleTitle: this.cell(ref, row, 'roleTitle', readText) as string,
      count: this.decimal(ref, row, 'count') as string,
      monthlySalary: this.decimal(ref, row, 'monthlySalary', { money: true }) as string,
      onCostRate: this.decimal(ref, row, 'onCostRate', { percent: true }) as string,
      ...this.activeMonths(ref, row),
    };
  }

  private loan(ref: SheetRef, row: SheetRow): Loan {
    const name = this.cell(ref, row, 'name', readText, true);
    return {
      id: randomUUID(),
      ...(name !== undefined && { name }),
      principal: this.decimal(ref, row, 'principal', { money: true }) as string,
      annualRate: this.decimal(ref, row, 'annualRate', { percent: true }) as string,
      termMonths: this.cell(ref, row, 'termMonths', readInteger) as number,
      repayment: this.choice(ref, row, 'repayment', 'repayment') as Loan['repayment'],
    };
  }

  // ----- financing -----

  private financingRef: SheetRef | null = null;
  private financingValueColumn: HeaderColumn = { col: 2, label: '' };

  /** Items are found by their label in the first column; values are in the value column. */
  private financingSheet(order: number): { values: Omit<ImportedDrivers['financing'], 'loans'>; rows: Map<string, number> } | null {
    const { ws, ref } = this.sheetRef('financing', order);
    this.financingRef = ref;
    if (!ws) return null;
    const valueLabels = [FINANCING_COLUMNS.value.en, FINANCING_COLUMNS.value['zh-CN']].map(labelKey);
    const itemLabels = [FINANCING_COLUMNS.item.en, FINANCING_COLUMNS.item['zh-CN']].map(labelKey);
    let itemCol = 1;
    let value: HeaderColumn = { col: 2, label: FINANCING_COLUMNS.value[this.lang] };
    ws.getRow(1).eachCell((cell, col) => {
      const text = contentText(cellContent(cell.value)).trim();
      if (valueLabels.includes(labelKey(text))) value = { col, label: text };
      if (itemLabels.includes(labelKey(text))) itemCol = col;
    });
    this.financingValueColumn = value;
    const itemColumn: HeaderColumn = { col: itemCol, label: FINANCING_COLUMNS.item[this.lang] };

    const rows = new Map<string, number>();
    const contents = new Map<string, CellContent>();
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const label = labelKey(contentText(cellContent(row.getCell(itemCol).value)));
      const item = FINANCING_ITEMS.find((i) => [i.key, i.label.en, i.label['zh-CN']].some((l) => labelKey(l) === label));
      if (!item) return;
      if (rows.has(item.key)) {
        this.add(ref, r, itemColumn, REASONS[this.lang].duplicateColumn);
        return;
      }
      rows.set(item.key, r);
      contents.set(item.key, cellContent(row.getCell(value.col).value));
    });

    const read = <T>(item: FinancingItem, reader: (c: CellContent) => Read<T>, optional = false): T | undefined => {
      const r = rows.get(item.key);
      if (r === undefined) {
        if (!optional) this.add(ref, 1, itemColumn, REASONS[this.lang].itemMissing(item.label[this.lang]));
        return undefined;
      }
      const content = contents.get(item.key) ?? { kind: 'empty' };
      if (optional && content.kind === 'empty') return undefined;
      const result = reader(content);
      if (result.ok) return result.value;
      this.add(ref, r, value, this.refusal(result.reason));
      return undefined;
    };
    const [investment, depreciation, own, tax] = FINANCING_ITEMS;
    const initialInvestment = read(investment, (c) => readDecimal(c, { money: true }));
    // Depreciation months only matter with an investment; without one an empty cell is fine.
    const investing = initialInvestment !== undefined && !/^0(\.0*)?$/.test(initialInvestment);
    const depreciationMonths = read(depreciation, readInteger, !investing) ?? (investing ? undefined : 1);
    const ownFunds = read(own, (c) => readDecimal(c, { money: true }));
    const incomeTaxRate = read(tax, (c) => readDecimal(c, { percent: true }), true);
    return {
      values: {
        initialInvestment: initialInvestment as string,
        depreciationMonths: depreciationMonths as number,
        ownFunds: ownFunds as string,
        ...(incomeTaxRate !== undefined && { incomeTaxRate }),
      },
      rows,
    };
  }
}

interface SheetRow {
  row: number;
  cells: Map<string, CellContent>;
}

/** From a field of validateBudget's path (`volume.values[3]`) to the template column holding it. */
const FIELD_COLUMNS = {
  revenueLines(field: string, months: string[]): string {
    const month = /^volume\.values\[(\d+)\]/.exec(field);
    if (month) return `month:${months[Number(month[1])]}`;
    const season = /^volume\.seasonality\[(\d+)\]/.exec(field);
    if (season) return `season${Number(season[1]) + 1}`;
    const fixed: Record<string, string> = {
      id: 'name',
      name: 'name',
      kind: 'kind',
      unitPrice: 'unitPrice',
      'volume.perMonth': 'flatVolume',
      'volume.start': 'startVolume',
      'volume.monthlyGrowth': 'monthlyGrowth',
      'volume.seasonality': 'season1',
      'variableCost.kind': 'variableCostKind',
      'variableCost.unitCost': 'variableCostValue',
      'variableCost.rate': 'variableCostValue',
    };
    return fixed[field] ?? 'volumeKind';
  },
  costLines(field: string): string {
    if (field.startsWith('amount.') && field !== 'amount.kind') return 'amountValue';
    const fixed: Record<string, string> = { departmentId: 'department', category: 'category', firstMonth: 'firstMonth', lastMonth: 'lastMonth', amount: 'amountKind', 'amount.kind': 'amountKind' };
    return fixed[field] ?? 'name';
  },
  positions(field: string): string {
    const fixed: Record<string, string> = { departmentId: 'department', count: 'count', monthlySalary: 'monthlySalary', onCostRate: 'onCostRate', firstMonth: 'firstMonth', lastMonth: 'lastMonth' };
    return fixed[field] ?? 'roleTitle';
  },
  'financing.loans'(field: string): string {
    return ['principal', 'annualRate', 'termMonths', 'repayment'].includes(field) ? field : 'name';
  },
};
