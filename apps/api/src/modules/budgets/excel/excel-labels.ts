// Every word the budget workbooks show, in both languages. The import reads
// sheet names, column headers and choices in either language, so a template
// downloaded in Chinese can be filled in English and the other way round.
import type { CostCategory, ScenarioName } from '@opsplan/domain';

export const EXCEL_LANGUAGES = ['zh-CN', 'en'] as const;
export type ExcelLanguage = (typeof EXCEL_LANGUAGES)[number];

/** One text in both languages. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}
const bi = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });

export const SCENARIO_LABELS: Record<ScenarioName, Bilingual> = {
  responsibility: bi('Responsibility target', '责任目标值'),
  stretch: bi('Stretch target', '争取目标值'),
  breakeven: bi('Breakeven', '盈亏平衡'),
};

export const CATEGORY_LABELS: Record<CostCategory, Bilingual> = {
  rent: bi('Rent', '房租'),
  utilities: bi('Utilities', '水电'),
  marketing: bi('Marketing', '市场'),
  rnd: bi('R&D', '研发'),
  promotion: bi('Promotion', '促销'),
  training: bi('Training', '培训'),
  other: bi('Other', '其他'),
};

/** The enumerated columns of the drivers template: the domain literal and its labels. */
export const CHOICES = {
  revenueKind: { product: bi('Product', '产品'), channel: bi('Channel', '渠道') },
  volumeKind: { flat: bi('Flat', '固定'), monthly: bi('Month by month', '逐月'), growth: bi('Growth', '增长') },
  variableCostKind: { unitCost: bi('Unit cost', '单位成本'), shareOfRevenue: bi('Share of revenue', '占收入比例') },
  category: CATEGORY_LABELS,
  amountKind: { monthly: bi('Monthly amount', '每月金额'), shareOfRevenue: bi('Share of revenue', '占收入比例') },
  repayment: { equalInstalment: bi('Equal instalments', '等额本息'), interestOnly: bi('Interest only', '先息后本') },
} as const;
export type ChoiceSetName = keyof typeof CHOICES;

/** Lines of the P&L and cash statement on a scenario sheet. */
export const STATEMENT_LABELS = {
  revenue: bi('Revenue', '营业收入'),
  variableCost: bi('Variable cost', '变动成本'),
  contributionMargin: bi('Contribution margin', '边际贡献'),
  fixedByCategory: bi('Fixed costs by category', '固定费用（按类别）'),
  fixedCosts: bi('Fixed costs', '固定费用合计'),
  fixedByDepartment: bi('Fixed costs by department', '固定费用（按部门）'),
  salaries: bi('Salaries', '工资'),
  onCosts: bi('Employer on-costs', '企业社保公积金'),
  labourCost: bi('Labour cost', '人工成本合计'),
  labourByDepartment: bi('Labour cost by department', '人工成本（按部门）'),
  depreciation: bi('Depreciation', '折旧'),
  ebit: bi('EBIT', '息税前利润'),
  interest: bi('Interest', '利息'),
  profitBeforeTax: bi('Profit before tax', '税前利润'),
  tax: bi('Income tax', '所得税'),
  netProfit: bi('Net profit', '净利润'),
  cash: bi('Cash', '现金'),
  opening: bi('Opening cash', '期初现金'),
  ownFunds: bi('Own funds', '自有资金投入'),
  loanDrawdowns: bi('Loan drawdowns', '贷款提款'),
  capex: bi('Initial investment (capex)', '初始投资支出'),
  operatingCashFlow: bi('Operating cash flow', '经营现金流'),
  repayments: bi('Loan repayments', '偿还贷款本金'),
  closing: bi('Closing cash', '期末现金'),
  loanBalance: bi('Loan balance', '贷款余额'),
  headcount: bi('Standard headcount by department (people)', '标准编制（按部门，人）'),
  headcountTotal: bi('Total headcount', '编制合计'),
} as const;
export type StatementLabel = keyof typeof STATEMENT_LABELS;

export const EXPORT_TEXT = {
  en: {
    line: 'Line',
    total: 'Total',
    year: (n: number) => `Year ${n}`,
    currency: (currency: string, from: string, to: string) => `Currency: ${currency} · ${from} to ${to} · year and total columns are averages for headcount`,
    summary: 'Summary',
    payback: 'Payback month',
    paidBack: (month: string, index: number) => `${month} (month ${index})`,
    notWithinHorizon: 'Not within the horizon',
    noInvestment: 'No initial investment',
    profitableFrom: 'Cumulative profit before tax non-negative from',
    breakeven: 'Breakeven',
    volumeMultiplier: 'Sales volume multiplier (vs responsibility target)',
    breakevenRevenue: 'Breakeven revenue',
    marginOfSafety: 'Margin of safety',
    marginOfSafetyRate: 'Margin of safety rate',
    noBreakeven: 'No breakeven: the contribution margin is zero or negative, so selling more only deepens the loss. No sales volume makes this budget break even.',
    contributionAtBase: 'Contribution margin over the horizon at the planned volume',
    comparison: 'Comparison',
    comparisonTitle: 'Scenario comparison (horizon totals)',
    variance: (a: string, b: string) => `${a} − ${b}`,
    notApplicable: '—',
  },
  'zh-CN': {
    line: '项目',
    total: '合计',
    year: (n: number) => `第${n}年`,
    currency: (currency: string, from: string, to: string) => `币种：${currency} · ${from} 至 ${to} · 编制的年度与合计列为月平均人数`,
    summary: '摘要',
    payback: '投资回收月',
    paidBack: (month: string, index: number) => `${month}（第 ${index} 个月）`,
    notWithinHorizon: '预算期内未回收',
    noInvestment: '无初始投资',
    profitableFrom: '累计税前利润转正月',
    breakeven: '盈亏平衡',
    volumeMultiplier: '销量倍数（相对责任目标值）',
    breakevenRevenue: '盈亏平衡收入',
    marginOfSafety: '安全边际',
    marginOfSafetyRate: '安全边际率',
    noBreakeven: '不存在盈亏平衡点：边际贡献为零或为负，卖得越多亏得越多，任何销量都无法达到盈亏平衡。',
    contributionAtBase: '计划销量下预算期边际贡献',
    comparison: '情景对比',
    comparisonTitle: '情景对比（预算期合计）',
    variance: (a: string, b: string) => `${a} − ${b}`,
    notApplicable: '—',
  },
} as const;

export const SHEET_NAMES = {
  readme: bi('Read me', '填写说明'),
  revenue: bi('Revenue lines', '收入'),
  costs: bi('Cost lines', '费用'),
  positions: bi('Positions', '编制'),
  financing: bi('Financing', '投资与融资'),
  loans: bi('Loans', '贷款'),
} as const;
export type TemplateSheet = Exclude<keyof typeof SHEET_NAMES, 'readme'>;
/** Hidden sheet holding the lists the drop-downs offer. */
export const LISTS_SHEET = '_lists';

export const MONTH_NAMES: Bilingual[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((en, i) =>
  bi(`Season ${en}`, `季节系数${i + 1}月`),
);

export const TEMPLATE_TEXT = {
  en: {
    title: 'Budget drivers: how to fill in this workbook',
    horizon: (start: string, months: number, last: string) => `Budget horizon: ${months} months, ${start} to ${last}.`,
    rules: [
      'Each row of the Revenue lines, Cost lines, Positions and Loans sheets is one line; empty rows are skipped.',
      'Importing replaces every revenue line, cost line, position and loan of the budget with the rows of this file. Nothing is imported unless the whole file is valid; every bad cell is listed with its sheet, row and column.',
      'Money: at most 2 decimal places, never negative. Rates are fractions (0.25) or percentages (25%).',
      'Months are written YYYY-MM (2026-03) and must lie within the horizon; leave first/last month empty for the whole horizon.',
      'Choices (kind, category, department…) come from the drop-down lists; English or Chinese labels are both accepted.',
    ],
    sheet: 'Sheet',
    column: 'Column',
    meaning: 'Meaning',
    item: 'Item',
    value: 'Value',
    note: 'Note',
  },
  'zh-CN': {
    title: '预算驱动因素：填写说明',
    horizon: (start: string, months: number, last: string) => `预算期：${months} 个月，${start} 至 ${last}。`,
    rules: [
      '“收入”“费用”“编制”“贷款”工作表每行是一条明细；空行会被跳过。',
      '导入会用本文件的行替换预算中全部收入、费用、编制和贷款。只有整个文件无误才会导入；每个错误单元格都会列出工作表、行和列。',
      '金额：最多 2 位小数，不能为负数。比例写作小数（0.25）或百分数（25%）。',
      '月份写作 YYYY-MM（如 2026-03），须在预算期内；首月/末月留空表示整个预算期。',
      '类型、类别、部门等从下拉列表选择；中英文标签均可识别。',
    ],
    sheet: '工作表',
    column: '列',
    meaning: '含义',
    item: '项目',
    value: '数值',
    note: '说明',
  },
} as const;

/** Why a cell was refused, in the language of the file being imported. */
export const REASONS = {
  en: {
    unreadable: 'The file is not a readable .xlsx workbook.',
    sheetMissing: 'This sheet is missing from the workbook.',
    columnMissing: 'This column is missing from the header row.',
    duplicateColumn: 'This column appears twice in the header row.',
    itemMissing: (item: string) => `The item "${item}" is missing from the sheet.`,
    required: 'A value is required.',
    notANumber: (v: string) => `"${v}" is not a number.`,
    notFinite: 'The number is not finite.',
    errorValue: (v: string) => `The cell holds the error ${v}.`,
    negative: 'Must not be negative.',
    moneyDecimals: 'Money allows at most 2 decimal places.',
    notAWholeNumber: 'Must be a whole number.',
    notAMonth: (v: string) => `"${v}" is not a month written YYYY-MM.`,
    notText: 'Must be text.',
    unknownDepartment: (v: string) => `No department is named "${v}".`,
    ambiguousDepartment: (v: string) => `More than one department is named "${v}".`,
    unknownChoice: (v: string, allowed: string[]) => `"${v}" is not one of: ${allowed.join(', ')}.`,
    monthColumnOutsideHorizon: (month: string) => `Month ${month} is outside the budget's horizon.`,
    seasonalityIncomplete: 'Give all 12 seasonality factors or none.',
    validation: (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
  },
  'zh-CN': {
    unreadable: '文件不是可读取的 .xlsx 工作簿。',
    sheetMissing: '工作簿中缺少此工作表。',
    columnMissing: '表头行缺少此列。',
    duplicateColumn: '表头行中此列出现了两次。',
    itemMissing: (item: string) => `工作表中缺少“${item}”一项。`,
    required: '必须填写。',
    notANumber: (v: string) => `“${v}”不是数字。`,
    notFinite: '数值不是有限数。',
    errorValue: (v: string) => `单元格为错误值 ${v}。`,
    negative: '不能为负数。',
    moneyDecimals: '金额最多 2 位小数。',
    notAWholeNumber: '必须是整数。',
    notAMonth: (v: string) => `“${v}”不是 YYYY-MM 格式的月份。`,
    notText: '必须是文本。',
    unknownDepartment: (v: string) => `没有名为“${v}”的部门。`,
    ambiguousDepartment: (v: string) => `有多个部门名为“${v}”。`,
    unknownChoice: (v: string, allowed: string[]) => `“${v}”不是可选值：${allowed.join('、')}。`,
    monthColumnOutsideHorizon: (month: string) => `月份 ${month} 不在预算期内。`,
    seasonalityIncomplete: '12 个季节系数须全部填写或全部留空。',
    validation: (message: string) => `${translateValidationMessage(message)}。`,
  },
} as const;

/** validateBudget's English messages in Chinese (the import reports them in the file's language). */
function translateValidationMessage(message: string): string {
  const forms: [RegExp, (...m: string[]) => string][] = [
    [/^is required$/, () => '必须填写'],
    [/^must be a decimal number/, () => '必须是数字'],
    [/^allows at most (\d+) decimal places$/, (n) => `最多 ${n} 位小数`],
    [/^must not be negative$/, () => '不能为负数'],
    [/^is too large \(at most (\d+) digits/, (n) => `数值过大（整数部分最多 ${n} 位）`],
    [/^must be above (\S+)$/, (x) => `必须大于 ${x}`],
    [/^must be at least (\S+)$/, (x) => `不能小于 ${x}`],
    [/^must be below (\S+)$/, (x) => `必须小于 ${x}`],
    [/^must be at most (\S+)$/, (x) => `不能大于 ${x}`],
    [/^must be between (\S+) and (\S+)$/, (a, b) => `必须在 ${a} 到 ${b} 之间`],
    [/^must be a whole number$/, () => '必须是整数'],
    [/^must be one of (.+)$/, (list) => `必须是以下之一：${list}`],
    [/^must be a month written YYYY-MM$/, () => '月份须写作 YYYY-MM'],
    [/^(\S+) is outside the budget's (\d+) months from (\S+)$/, (m, n, s) => `${m} 不在预算期内（${s} 起 ${n} 个月）`],
    [/^(\S+) is after the last month (\S+)$/, (f, l) => `首月 ${f} 晚于末月 ${l}`],
    [/^needs one value for each of the (\d+) months$/, (n) => `须为 ${n} 个月逐月填写`],
    [/^needs 12 factors/, () => '须填写 1 月至 12 月共 12 个系数'],
  ];
  for (const [form, say] of forms) {
    const match = form.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}
