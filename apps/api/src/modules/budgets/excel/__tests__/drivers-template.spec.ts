import { computeBudget, validateBudget } from '@opsplan/domain';
import type { BudgetInput } from '@opsplan/domain';
import type { DataValidation, Worksheet } from 'exceljs';
import { parseDriversWorkbook } from '../index';
import { coffeeShop, DEPARTMENTS } from './budget-fixture';
import { columnOf, CONTEXT, load, sheet, template, withoutIds } from './workbook-helpers';

const validationAt = (ws: Worksheet, address: string): DataValidation | undefined =>
  (ws as unknown as { dataValidations: { model: Record<string, DataValidation> } }).dataValidations.model[address];

describe('drivers template: filled from a budget, read back to the same drivers', () => {
  const input = coffeeShop();
  const { stretch: _stretch, ...base } = input;

  it.each(['en', 'zh-CN'] as const)('round-trips every driver through a %s template', async (lang) => {
    const { drivers, problems } = await parseDriversWorkbook(await template(lang), CONTEXT);
    expect(problems).toEqual([]);
    if (!drivers) throw new Error('expected drivers');
    expect(withoutIds(drivers)).toEqual(withoutIds(input));
    // Fresh ids, one per line and loan.
    const ids = [...drivers.revenueLines, ...drivers.costLines, ...drivers.positions, ...drivers.financing.loans].map((l) => l.id);
    expect(new Set(ids).size).toBe(3 + 4 + 3 + 2);
    expect(ids.some((id) => id.startsWith('rev-') || id.startsWith('cost-'))).toBe(false);

    const imported: BudgetInput = { startMonth: CONTEXT.startMonth, horizonMonths: CONTEXT.horizonMonths, ...drivers };
    expect(validateBudget(imported, { departmentIds: DEPARTMENTS.map((d) => d.id) })).toEqual([]);
    const before = computeBudget(base);
    const after = computeBudget(imported);
    expect(after.responsibility.total).toEqual(before.responsibility.total);
    expect(after.responsibility.months).toEqual(before.responsibility.months);
    expect(after.breakeven).toEqual(before.breakeven);
    expect(after.responsibility.total.netProfit).not.toBe('0.00');
  });

  it('an empty template reads back as a budget with nothing in it', async () => {
    const { drivers, problems } = await parseDriversWorkbook(await template('en', null), CONTEXT);
    expect(problems).toEqual([]);
    expect(drivers).toEqual({
      revenueLines: [],
      costLines: [],
      positions: [],
      financing: { initialInvestment: '0', depreciationMonths: 1, ownFunds: '0', loans: [] },
    });
  });

  it('has a read-me, frozen headers, department names and drop-down lists for the enumerated columns', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const wb = await load(await template(lang));
      const names = lang === 'en' ? ['Read me', 'Revenue lines', 'Cost lines', 'Positions', 'Financing', 'Loans'] : ['填写说明', '收入', '费用', '编制', '投资与融资', '贷款'];
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([...names, '_lists']);
      expect(sheet(wb, '_lists').state).toBe('hidden');

      const costs = sheet(wb, names[2]);
      expect(costs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const department = columnOf(costs, lang === 'en' ? 'Department' : '部门');
      expect(costs.getCell(2, department).value).toBe('Operations');
      const category = columnOf(costs, lang === 'en' ? 'Category' : '类别');
      expect(costs.getCell(2, category).value).toBe(lang === 'en' ? 'Rent' : '房租');

      const lists = sheet(wb, '_lists');
      const listValues = (formula: string) => {
        const [, col, from, to] = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula) ?? [];
        const values: unknown[] = [];
        for (let r = Number(from); r <= Number(to); r++) values.push(lists.getCell(`${col}${r}`).value);
        return values;
      };
      const letter = (n: number) => String.fromCharCode(64 + n);
      const departmentList = validationAt(costs, `${letter(department)}40`);
      expect(departmentList).toMatchObject({ type: 'list' });
      expect(listValues(departmentList?.formulae[0])).toEqual(DEPARTMENTS.map((d) => d.name));
      const categoryList = validationAt(costs, `${letter(category)}2`);
      expect(listValues(categoryList?.formulae[0])).toEqual(
        lang === 'en' ? ['Rent', 'Utilities', 'Marketing', 'R&D', 'Promotion', 'Training', 'Other'] : ['房租', '水电', '市场', '研发', '促销', '培训', '其他'],
      );
      const revenue = sheet(wb, names[1]);
      const kind = validationAt(revenue, `B2`);
      expect(listValues(kind?.formulae[0])).toEqual(lang === 'en' ? ['Product', 'Channel'] : ['产品', '渠道']);
      const loans = sheet(wb, names[5]);
      expect(listValues(validationAt(loans, `E3`)?.formulae[0])).toEqual(lang === 'en' ? ['Equal instalments', 'Interest only'] : ['等额本息', '先息后本']);

      // Revenue columns: the fixed ones, 12 seasonality factors, one per horizon month, then the variable cost.
      const headers: unknown[] = [];
      revenue.getRow(1).eachCell((c) => headers.push(c.value));
      expect(headers).toHaveLength(7 + 12 + 15 + 2);
      expect(headers.slice(19, 34)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);

      // The read-me explains every column in the template's language.
      const readme: string[] = [];
      sheet(wb, names[0]).eachRow((row) => row.eachCell((c) => readme.push(String(c.value))));
      const text = readme.join('\n');
      expect(text).toContain(lang === 'en' ? 'Budget horizon: 15 months, 2026-04 to 2027-06.' : '预算期：15 个月，2026-04 至 2027-06。');
      for (const header of headers.slice(0, 19)) expect(text).toContain(String(header));
      expect(text).toContain(lang === 'en' ? 'On-cost rate' : '企业社保公积金比例');
      expect(text).toContain(lang === 'en' ? 'Income-tax rate' : '所得税税率');
    }
  });

  it('writes money as numbers with two decimals and rates as percentages', async () => {
    const wb = await load(await template('en'));
    const positions = sheet(wb, 'Positions');
    const salary = positions.getCell(3, columnOf(positions, 'Monthly salary'));
    expect(salary.value).toBe(9000.5);
    expect(salary.numFmt).toBe('#,##0.00');
    const rate = positions.getCell(3, columnOf(positions, 'On-cost rate'));
    expect(rate.value).toBe(0.32);
    expect(rate.numFmt).toBe('0.00####%');
    const financing = sheet(wb, 'Financing');
    expect([2, 3, 4, 5].map((r) => [financing.getCell(r, 1).value, financing.getCell(r, 2).value])).toEqual([
      ['Initial investment (capex)', 50000],
      ['Depreciation months', 36],
      ['Own funds', 30000],
      ['Income-tax rate', 0.25],
    ]);
  });
});
