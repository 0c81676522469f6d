import { parseDriversWorkbook } from '../index';
import { CONTEXT, edited, setCell, sheet, template } from './workbook-helpers';

// Rows of the coffee shop's template: Revenue lines 2 Espresso (growth), 3 Delivery (month by month),
// 4 Catering (flat); Cost lines 2 Shop rent, 3 Platform fees, 4 Utilities, 5 Barista course;
// Positions 2 Barista, 3 Store manager, 4 Part-time barista; Financing 2 investment, 3 depreciation,
// 4 own funds, 5 income-tax rate; Loans 2 Bank, 3 family.

const where = (problems: { sheet: string; row: number; column: string }[]) => problems.map(({ sheet, row, column }) => ({ sheet, row, column }));

describe('drivers import: every bad cell reported, nothing imported unless the whole file is valid', () => {
  it('one bad row: no drivers, and exactly that cell reported with sheet, row and column', async () => {
    const file = await edited(await template('en'), (wb) => setCell(wb, 'Cost lines', 4, 'Amount or rate', 1830.333));
    const { drivers, problems } = await parseDriversWorkbook(file, CONTEXT);
    expect(drivers).toBeNull();
    expect(problems).toEqual([{ sheet: 'Cost lines', row: 4, column: 'Amount or rate', reason: 'Money allows at most 2 decimal places.' }]);
  });

  it('several bad cells across sheets: all of them reported, in sheet, row and column order', async () => {
    const file = await edited(await template('en'), (wb) => {
      setCell(wb, 'Revenue lines', 2, 'Unit price', 'NaN');
      setCell(wb, 'Revenue lines', 2, 'Monthly growth', -1.5);
      setCell(wb, 'Revenue lines', 3, '2026-05', '1e309');
      setCell(wb, 'Revenue lines', 4, 'Unit price', -5);
      setCell(wb, 'Cost lines', 2, 'Department', 'Nowhere');
      setCell(wb, 'Cost lines', 3, 'Category', 'Snacks');
      setCell(wb, 'Cost lines', 4, 'Last month', '2031-01');
      setCell(wb, 'Cost lines', 5, 'First month', '2026-09');
      setCell(wb, 'Positions', 2, 'Count', -2);
      setCell(wb, 'Positions', 3, 'Monthly salary', 5000.123);
      setCell(wb, 'Positions', 4, 'Role title', null);
      setCell(wb, 'Positions', 4, 'On-cost rate', { formula: '1/0', result: { error: '#DIV/0!' } });
      setCell(wb, 'Financing', 5, 'Value', 1);
      setCell(wb, 'Loans', 2, 'Term (months)', 12.5);
      setCell(wb, 'Loans', 3, 'Repayment', 'Balloon');
    });
    const { drivers, problems } = await parseDriversWorkbook(file, CONTEXT);
    expect(drivers).toBeNull();
    expect(problems).toEqual([
      { sheet: 'Revenue lines', row: 2, column: 'Unit price', reason: '"NaN" is not a number.' },
      { sheet: 'Revenue lines', row: 2, column: 'Monthly growth', reason: 'Must be above -1.' },
      { sheet: 'Revenue lines', row: 3, column: '2026-05', reason: '"1e309" is not a number.' },
      { sheet: 'Revenue lines', row: 4, column: 'Unit price', reason: 'Must not be negative.' },
      { sheet: 'Cost lines', row: 2, column: 'Department', reason: 'No department is named "Nowhere".' },
      { sheet: 'Cost lines', row: 3, column: 'Category', reason: '"Snacks" is not one of: Rent, Utilities, Marketing, R&D, Promotion, Training, Other.' },
      { sheet: 'Cost lines', row: 4, column: 'Last month', reason: "2031-01 is outside the budget's 15 months from 2026-04." },
      { sheet: 'Cost lines', row: 5, column: 'First month', reason: '2026-09 is after the last month 2026-07.' },
      { sheet: 'Positions', row: 2, column: 'Count', reason: 'Must not be negative.' },
      { sheet: 'Positions', row: 3, column: 'Monthly salary', reason: 'Money allows at most 2 decimal places.' },
      { sheet: 'Positions', row: 4, column: 'Role title', reason: 'A value is required.' },
      { sheet: 'Positions', row: 4, column: 'On-cost rate', reason: 'The cell holds the error #DIV/0!.' },
      { sheet: 'Financing', row: 5, column: 'Value', reason: 'Must be below 1.' },
      { sheet: 'Loans', row: 2, column: 'Term (months)', reason: 'Must be a whole number.' },
      { sheet: 'Loans', row: 3, column: 'Repayment', reason: '"Balloon" is not one of: Equal instalments, Interest only.' },
    ]);
  });

  it('reports in the file’s language, with its sheet names and header labels', async () => {
    const file = await edited(await template('zh-CN'), (wb) => {
      setCell(wb, '费用', 3, '部门', '不存在的部门');
      setCell(wb, '编制', 2, '月薪（税前）', '一万');
      setCell(wb, '投资与融资', 5, '数值', 1);
      setCell(wb, '收入', 4, '每月固定销量', null);
    });
    const { drivers, problems } = await parseDriversWorkbook(file, CONTEXT);
    expect(drivers).toBeNull();
    expect(problems).toEqual([
      { sheet: '收入', row: 4, column: '每月固定销量', reason: '必须填写。' },
      { sheet: '费用', row: 3, column: '部门', reason: '没有名为“不存在的部门”的部门。' },
      { sheet: '编制', row: 2, column: '月薪（税前）', reason: '“一万”不是数字。' },
      { sheet: '投资与融资', row: 5, column: '数值', reason: '必须小于 1。' },
    ]);
  });

  it('accepts choices in either language, whatever the template’s language', async () => {
    const en = await edited(await template('en'), (wb) => {
      setCell(wb, 'Cost lines', 2, 'Category', '研发');
      setCell(wb, 'Cost lines', 2, 'Amount kind', '每月金额');
      setCell(wb, 'Revenue lines', 4, 'Kind', '渠道');
      setCell(wb, 'Loans', 2, 'Repayment', '先息后本');
      setCell(wb, 'Revenue lines', 2, 'Variable cost kind', 'shareOfRevenue');
      setCell(wb, 'Revenue lines', 2, 'Unit cost or rate', '30%');
    });
    const fromEn = await parseDriversWorkbook(en, CONTEXT);
    expect(fromEn.problems).toEqual([]);
    expect(fromEn.drivers?.costLines[0]).toMatchObject({ category: 'rnd', amount: { kind: 'monthly', amount: '12000' } });
    expect(fromEn.drivers?.revenueLines[2].kind).toBe('channel');
    expect(fromEn.drivers?.revenueLines[0].variableCost).toEqual({ kind: 'shareOfRevenue', rate: '0.3' });
    expect(fromEn.drivers?.financing.loans[0].repayment).toBe('interestOnly');

    const zh = await edited(await template('zh-CN'), (wb) => {
      setCell(wb, '费用', 3, '类别', 'promotion');
      setCell(wb, '费用', 3, '金额方式', 'Share of revenue');
      setCell(wb, '收入', 2, '类型', 'CHANNEL');
      setCell(wb, '贷款', 3, '还款方式', 'Equal instalments');
    });
    const fromZh = await parseDriversWorkbook(zh, CONTEXT);
    expect(fromZh.problems).toEqual([]);
    expect(fromZh.drivers?.costLines[1]).toMatchObject({ category: 'promotion', amount: { kind: 'shareOfRevenue', rate: '0.035' } });
    expect(fromZh.drivers?.revenueLines[0].kind).toBe('channel');
    expect(fromZh.drivers?.financing.loans[1].repayment).toBe('equalInstalment');
  });

  it('reads money exactly: float artefacts of a double are dropped, a third decimal is refused', async () => {
    const file = await edited(await template('en'), (wb) => {
      setCell(wb, 'Cost lines', 2, 'Amount or rate', 0.1 + 0.2);
      setCell(wb, 'Cost lines', 4, 'Amount or rate', { formula: 'C1*3', result: 1234.56 * 3 });
      setCell(wb, 'Positions', 2, 'Monthly salary', 1234.56);
      setCell(wb, 'Positions', 3, 'Monthly salary', '1,234.5');
      setCell(wb, 'Positions', 3, 'On-cost rate', '31.5%');
      // Excel turns a typed 2026-06 into a date cell when the column is not text.
      setCell(wb, 'Cost lines', 5, 'First month', new Date(Date.UTC(2026, 5, 1)));
      sheet(wb, 'Cost lines').getCell('F5').numFmt = 'yyyy-mm';
    });
    const { drivers, problems } = await parseDriversWorkbook(file, CONTEXT);
    expect(problems).toEqual([]);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(drivers?.costLines[0].amount).toEqual({ kind: 'monthly', amount: '0.3' });
    expect(drivers?.costLines[2].amount).toEqual({ kind: 'monthly', amount: '3703.68' });
    expect(drivers?.positions[0].monthlySalary).toBe('1234.56');
    expect(drivers?.positions[1]).toMatchObject({ monthlySalary: '1234.5', onCostRate: '0.315' });
    expect(drivers?.costLines[3].firstMonth).toBe('2026-06');

    const third = await edited(await template('en'), (wb) => setCell(wb, 'Positions', 2, 'Monthly salary', 1234.565));
    expect(where((await parseDriversWorkbook(third, CONTEXT)).problems)).toEqual([{ sheet: 'Positions', row: 2, column: 'Monthly salary' }]);
  });

  it('skips empty rows and reports rows as Excel numbers them', async () => {
    const addRow = (department: string) => async () =>
      edited(await template('en'), (wb) => {
        setCell(wb, 'Cost lines', 9, 'Name', 'Cleaning');
        setCell(wb, 'Cost lines', 9, 'Department', department);
        setCell(wb, 'Cost lines', 9, 'Category', 'Other');
        setCell(wb, 'Cost lines', 9, 'Amount kind', 'Monthly amount');
        setCell(wb, 'Cost lines', 9, 'Amount or rate', 800);
        // A row whose cells were typed and then cleared is empty too.
        setCell(wb, 'Cost lines', 7, 'Name', '   ');
      });
    const good = await parseDriversWorkbook(await addRow('People')(), CONTEXT);
    expect(good.problems).toEqual([]);
    expect(good.drivers?.costLines).toHaveLength(5);
    expect(good.drivers?.costLines[4]).toMatchObject({ name: 'Cleaning', departmentId: 'dep-people', category: 'other', amount: { kind: 'monthly', amount: '800' } });

    const bad = await parseDriversWorkbook(await addRow('Kitchen')(), CONTEXT);
    expect(bad.drivers).toBeNull();
    expect(where(bad.problems)).toEqual([{ sheet: 'Cost lines', row: 9, column: 'Department' }]);
  });

  it('reports a half-filled seasonality profile, a missing sheet, a missing column and a file that is no workbook', async () => {
    const seasonality = await edited(await template('en'), (wb) => setCell(wb, 'Revenue lines', 2, 'Season Mar', null));
    expect((await parseDriversWorkbook(seasonality, CONTEXT)).problems).toEqual([
      { sheet: 'Revenue lines', row: 2, column: 'Season Mar', reason: 'Give all 12 seasonality factors or none.' },
    ]);

    const noLoans = await edited(await template('en'), (wb) => wb.removeWorksheet(wb.getWorksheet('Loans')?.id ?? -1));
    expect(await parseDriversWorkbook(noLoans, CONTEXT)).toEqual({
      drivers: null,
      problems: [{ sheet: 'Loans', row: 0, column: '', reason: 'This sheet is missing from the workbook.' }],
    });

    const noCategory = await edited(await template('en'), (wb) => setCell(wb, 'Cost lines', 1, 'Category', 'Kategorie'));
    expect(await parseDriversWorkbook(noCategory, CONTEXT)).toEqual({
      drivers: null,
      problems: [{ sheet: 'Cost lines', row: 1, column: 'Category', reason: 'This column is missing from the header row.' }],
    });

    const notAWorkbook = await parseDriversWorkbook(Buffer.from('name,amount\nrent,12000\n'), CONTEXT);
    expect(notAWorkbook.drivers).toBeNull();
    expect(where(notAWorkbook.problems)).toEqual([{ sheet: '', row: 0, column: '' }]);
  });

  it('refuses month-by-month volumes in a month outside the horizon', async () => {
    const shorter = { ...CONTEXT, horizonMonths: 14 };
    const { drivers, problems } = await parseDriversWorkbook(await template('en'), shorter);
    expect(drivers).toBeNull();
    expect(problems).toEqual([{ sheet: 'Revenue lines', row: 3, column: '2027-06', reason: "Month 2027-06 is outside the budget's horizon." }]);
  });
});
