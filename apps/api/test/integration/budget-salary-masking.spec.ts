import { Json, TestApp } from '../support/test-app';
import { BUDGET, BudgetWorld, budgetWorld, SAVE_LINES } from '../support/budget-fixtures';

const months = (n: number, value: string | null) => Array.from({ length: n }, () => value);

/**
 * Salaries are seen by finance, admins, executives and the HR manager. Any
 * other manager sees their own department's positions without pay, and its
 * labour cost per month only when at least three people share it.
 * Figures (budgetWorld): sales reps 2 × 10,000 + 30 % = 26,000 a month; from
 * April the lead adds 8,000 + 30 % = 10,400 → 36,400. HR: 15,000 + 30 % = 19,500.
 */
describe('salary masking', () => {
  let t: TestApp;
  let w: BudgetWorld;
  const read = async (token: string) => (await t.ok(BUDGET, { planId: w.plan }, token)).budget;

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Masking Co');
  });
  afterAll(() => t.stop());

  it('shows a manager their department’s positions without salaries, and its labour cost only in months with three people or more', async () => {
    const b = await read(w.salesManager.token);
    expect(b.positions.map((p: Json) => ({ roleTitle: p.roleTitle, count: p.count, monthlySalary: p.monthlySalary, onCostRate: p.onCostRate, firstMonth: p.firstMonth }))).toEqual([
      { roleTitle: 'Sales rep', count: '2', monthlySalary: null, onCostRate: null, firstMonth: null },
      { roleTitle: 'Sales lead', count: '1', monthlySalary: null, onCostRate: null, firstMonth: '2031-04' },
    ]);
    expect(b.departmentLabour).toEqual([
      {
        departmentId: w.sales,
        headcount: [...months(3, '2.00'), ...months(9, '3.00')],
        // January to March: two people, so the total would give their pay away.
        labourCost: [...months(3, null), ...months(9, '36400.00')],
        masked: true,
      },
    ]);
    // No salary, no on-cost rate and no other department's figure anywhere in the answer.
    const text = JSON.stringify(b);
    for (const secret of ['10000', '8000.00', '15000', '26000', '19500', '0.3', w.hr]) expect(text).not.toContain(secret);
  });

  it('shows the HR manager every position with its salary and every department’s labour cost unmasked', async () => {
    const b = await read(w.hrManager.token);
    expect(b.positions.map((p: Json) => [p.roleTitle, p.monthlySalary, p.onCostRate])).toEqual([
      ['Sales rep', '10000.00', '0.3'],
      ['Sales lead', '8000.00', '0.3'],
      ['HR officer', '15000.00', '0.3'],
    ]);
    expect(b.departmentLabour).toEqual([
      { departmentId: w.sales, headcount: [...months(3, '2.00'), ...months(9, '3.00')], labourCost: [...months(3, '26000.00'), ...months(9, '36400.00')], masked: false },
      { departmentId: w.hr, headcount: months(12, '1.00'), labourCost: months(12, '19500.00'), masked: false },
    ]);
    // Cost lines: their own department's only.
    expect(b.costLines.map((l: Json) => l.name)).toEqual(['HR training']);
  });

  it('gives finance and executives the same unmasked totals', async () => {
    for (const session of [w.finance, w.executive, w.admin]) {
      const b = await read(session.token);
      expect(b.departmentLabour.map((d: Json) => [d.departmentId, d.labourCost[0], d.labourCost[11], d.masked])).toEqual([
        [w.sales, '26000.00', '36400.00', false],
        [w.hr, '19500.00', '19500.00', false],
      ]);
    }
  });

  it('unmasks a month as soon as the department has three people in it', async () => {
    await t.ok(SAVE_LINES, {
      input: { budgetId: w.budget.id, positions: [{ departmentId: w.sales, roleTitle: 'Sales trainee', count: '1', monthlySalary: '5000.00', onCostRate: '0.2', lastMonth: '2031-02' }] },
    }, w.hrManager.token);
    const [sales] = (await read(w.salesManager.token)).departmentLabour;
    // January and February: 2 reps + the trainee (26,000 + 6,000); March: two people again; then 36,400.
    expect(sales.headcount.slice(0, 4)).toEqual(['3.00', '3.00', '2.00', '3.00']);
    expect(sales.labourCost.slice(0, 4)).toEqual(['32000.00', '32000.00', null, '36400.00']);
    expect(sales.masked).toBe(true);
  });

  it('shows the HR department’s own manager salaries, but another manager nothing of HR', async () => {
    const sales = await read(w.salesManager.token);
    expect(sales.positions.some((p: Json) => p.departmentId === w.hr)).toBe(false);
    expect(sales.departmentLabour.map((d: Json) => d.departmentId)).toEqual([w.sales]);
  });
});
