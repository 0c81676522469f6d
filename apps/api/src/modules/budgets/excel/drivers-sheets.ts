// The layout of the drivers template, shared by the writer and the reader:
// one spec per column (header in both languages, what it holds, help text).
// The reader finds columns by header, never by position, so columns may be
// moved; month columns are headed "YYYY-MM".
import type { Bilingual, ChoiceSetName, TemplateSheet } from './excel-labels';
import { MONTH_NAMES } from './excel-labels';

export type ColumnValue =
  | { type: 'text' }
  | { type: 'money' }
  | { type: 'quantity' }
  | { type: 'factor' }
  | { type: 'rate' }
  | { type: 'growth' }
  | { type: 'integer' }
  | { type: 'month' }
  | { type: 'department' }
  | { type: 'choice'; choices: ChoiceSetName }
  /** Unit cost (money) or rate, depending on the row's variable-cost kind or amount kind. */
  | { type: 'moneyOrRate' };

export interface ColumnSpec {
  key: string;
  label: Bilingual;
  help: Bilingual;
  value: ColumnValue;
  width: number;
  /** The header must be present (optional columns: seasonality). */
  required: boolean;
}

const bi = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });
const col = (key: string, label: Bilingual, value: ColumnValue, help: Bilingual, width = 16, required = true): ColumnSpec => ({
  key,
  label,
  value,
  help,
  width,
  required,
});
const choice = (choices: ChoiceSetName): ColumnValue => ({ type: 'choice', choices });

const FIRST_MONTH = col('firstMonth', bi('First month', '首月'), { type: 'month' }, bi('YYYY-MM; empty means the first month of the horizon.', 'YYYY-MM；留空表示预算期第一个月。'), 12);
const LAST_MONTH = col('lastMonth', bi('Last month', '末月'), { type: 'month' }, bi('YYYY-MM; empty means the last month of the horizon.', 'YYYY-MM；留空表示预算期最后一个月。'), 12);
const DEPARTMENT = col('department', bi('Department', '部门'), { type: 'department' }, bi('The department’s name, from the list.', '部门名称，从下拉列表选择。'), 20);

export const SEASON_COLUMNS: ColumnSpec[] = MONTH_NAMES.map((label, i) =>
  col(
    `season${i + 1}`,
    label,
    { type: 'factor' },
    bi(`Growth volumes only: factor for calendar month ${i + 1} (1 = normal). Fill all 12 or none.`, `仅增长方式：日历第 ${i + 1} 月的季节系数（1 为正常）。12 个须全部填写或全部留空。`),
    10,
    false,
  ),
);

/** Revenue columns before the seasonality and month columns, and after them. */
export const REVENUE_HEAD: ColumnSpec[] = [
  col('name', bi('Name', '名称'), { type: 'text' }, bi('Product or channel name.', '产品或渠道名称。'), 24),
  col('kind', bi('Kind', '类型'), choice('revenueKind'), bi('Product or channel.', '产品或渠道。'), 12),
  col('unitPrice', bi('Unit price', '单价'), { type: 'money' }, bi('Price per unit sold.', '每单位售价。'), 14),
  col('volumeKind', bi('Volume kind', '销量方式'), choice('volumeKind'), bi('Flat: the same volume every month; month by month: one value per month column; growth: a start volume growing each month, times the seasonality factors.', '固定：每月相同销量；逐月：每个月份列填一个值；增长：起始销量按月增长，再乘以季节系数。'), 16),
  col('flatVolume', bi('Flat volume per month', '每月固定销量'), { type: 'quantity' }, bi('Flat volumes only: units sold each month.', '仅固定方式：每月销量。'), 14),
  col('startVolume', bi('Start volume', '起始销量'), { type: 'quantity' }, bi('Growth volumes only: units sold in the first month.', '仅增长方式：第一个月销量。'), 14),
  col('monthlyGrowth', bi('Monthly growth', '月增长率'), { type: 'growth' }, bi('Growth volumes only: growth per month, e.g. 2% (may be negative).', '仅增长方式：每月增长率，如 2%（可为负）。'), 14),
];
export const REVENUE_TAIL: ColumnSpec[] = [
  col('variableCostKind', bi('Variable cost kind', '变动成本方式'), choice('variableCostKind'), bi('Unit cost or share of revenue; empty when the line has no variable cost.', '单位成本或占收入比例；无变动成本时留空。'), 16),
  col('variableCostValue', bi('Unit cost or rate', '单位成本或比例'), { type: 'moneyOrRate' }, bi('The unit cost (money) or the share of revenue (e.g. 30%).', '单位成本（金额）或占收入比例（如 30%）。'), 16),
];
export const MONTH_COLUMN_HELP = bi('Month-by-month volumes only: units sold in that month; every month of the horizon is required.', '仅逐月方式：当月销量；预算期每个月都须填写。');

export const COST_COLUMNS: ColumnSpec[] = [
  col('name', bi('Name', '名称'), { type: 'text' }, bi('What the cost is.', '费用名称。'), 24),
  DEPARTMENT,
  col('category', bi('Category', '类别'), choice('category'), bi('Rent, utilities, marketing, R&D, promotion, training or other.', '房租、水电、市场、研发、促销、培训或其他。'), 12),
  col('amountKind', bi('Amount kind', '金额方式'), choice('amountKind'), bi('A monthly amount, or a share of the month’s total revenue.', '每月金额，或占当月总收入比例。'), 16),
  col('amountValue', bi('Amount or rate', '金额或比例'), { type: 'moneyOrRate' }, bi('The monthly amount (money) or the share of revenue (e.g. 3%).', '每月金额或占收入比例（如 3%）。'), 16),
  FIRST_MONTH,
  LAST_MONTH,
];

export const POSITION_COLUMNS: ColumnSpec[] = [
  DEPARTMENT,
  col('roleTitle', bi('Role title', '岗位'), { type: 'text' }, bi('The role.', '岗位名称。'), 20),
  col('count', bi('Count', '人数'), { type: 'quantity' }, bi('People in the role (2 decimals for part-time).', '人数（兼职可用 2 位小数）。'), 10),
  col('monthlySalary', bi('Monthly salary', '月薪（税前）'), { type: 'money' }, bi('Gross monthly salary per person.', '每人每月税前工资。'), 14),
  col('onCostRate', bi('On-cost rate', '企业社保公积金比例'), { type: 'rate' }, bi('Employer social insurance and housing fund as a share of salary, e.g. 30%.', '企业缴纳社保公积金占工资比例，如 30%。'), 16),
  FIRST_MONTH,
  LAST_MONTH,
];

export const LOAN_COLUMNS: ColumnSpec[] = [
  col('name', bi('Name', '名称'), { type: 'text' }, bi('Optional: the lender or purpose.', '选填：贷款方或用途。'), 20),
  col('principal', bi('Principal', '本金'), { type: 'money' }, bi('Drawn in full at the start of the first month.', '预算期第一个月初全额提款。'), 14),
  col('annualRate', bi('Annual rate', '年利率'), { type: 'rate' }, bi('Annual interest rate, e.g. 4.35%.', '年利率，如 4.35%。'), 12),
  col('termMonths', bi('Term (months)', '期限（月）'), { type: 'integer' }, bi('Months to repay.', '还款月数。'), 12),
  col('repayment', bi('Repayment', '还款方式'), choice('repayment'), bi('Equal instalments each month, or interest only with the principal repaid in the last month.', '等额本息，或先息后本（最后一个月归还本金）。'), 16),
];

/** The financing sheet is a list of items (one per row) with their value in the second column. */
export interface FinancingItem {
  key: 'initialInvestment' | 'depreciationMonths' | 'ownFunds' | 'incomeTaxRate';
  label: Bilingual;
  help: Bilingual;
  value: ColumnValue;
}
export const FINANCING_ITEMS: FinancingItem[] = [
  { key: 'initialInvestment', label: bi('Initial investment (capex)', '初始投资'), value: { type: 'money' }, help: bi('Paid in the first month; 0 when none.', '第一个月支付；没有则填 0。') },
  { key: 'depreciationMonths', label: bi('Depreciation months', '折旧月数'), value: { type: 'integer' }, help: bi('Straight-line depreciation of the initial investment from the first month (may be empty when there is no investment).', '初始投资自第一个月起直线折旧的月数（无投资时可留空）。') },
  { key: 'ownFunds', label: bi('Own funds', '自有资金'), value: { type: 'money' }, help: bi('Paid in at the start of the first month; 0 when none.', '第一个月初投入；没有则填 0。') },
  { key: 'incomeTaxRate', label: bi('Income-tax rate', '所得税税率'), value: { type: 'rate' }, help: bi('Optional, e.g. 25%; empty means no income tax.', '选填，如 25%；留空表示不计所得税。') },
];
export const FINANCING_COLUMNS = {
  item: bi('Item', '项目'),
  value: bi('Value', '数值'),
  note: bi('Note', '说明'),
};

/** The list sheets in the order the template has them. */
export const LIST_SHEETS: Exclude<TemplateSheet, 'financing'>[] = ['revenue', 'costs', 'positions', 'loans'];

/** Excel number format of a column. */
export function numberFormat(value: ColumnValue): string | undefined {
  switch (value.type) {
    case 'money':
      return '#,##0.00';
    case 'rate':
    case 'growth':
      return '0.00####%';
    case 'integer':
      return '0';
    case 'text':
    case 'month':
    case 'department':
    case 'choice':
      return '@';
    default:
      return undefined;
  }
}

/** Column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

