import { randomUUID } from 'node:crypto';
import { codes, GqlResult, Json, TestApp } from '../support/test-app';
import { BudgetWorld, budgetWorld, budgetTableCounts, SAVE_LINES, SET_ACTUALS, UPDATE_BUDGET } from '../support/budget-fixtures';

/**
 * Bad input is refused with BAD_USER_INPUT naming the field as the caller
 * sent it (the list index of saveBudgetLines' input), and nothing is written.
 */
describe('bad budget input', () => {
  let t: TestApp;
  let w: BudgetWorld;
  // The cases are tables built before the world exists: SALES stands for its sales department.
  const SALES = '00000000-0000-4000-8000-00000000a1e5';
  const resolve = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(SALES, w.sales));
  const position = (over: Record<string, unknown>) => ({ departmentId: SALES, roleTitle: 'Analyst', count: '1', monthlySalary: '9000.00', onCostRate: '0.3', ...over });
  const cost = (over: Record<string, unknown>) => ({ name: 'Travel', departmentId: SALES, category: 'other', amountKind: 'monthly', amount: '800.00', ...over });
  const revenue = (over: Record<string, unknown>) => ({ name: 'Gadgets', kind: 'product', unitPrice: '20.00', volume: { kind: 'flat', perMonth: '10' }, ...over });

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Bad Input Co');
  });
  afterAll(() => t.stop());

  /** Runs a refused write and checks the field and that no row of any budget table (nor the audit log) changed. */
  async function refused(run: () => Promise<GqlResult<Json>>, field: string, code?: string): Promise<void> {
    const before = await budgetTableCounts(w.admin.orgId!);
    const res = await run();
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.field).toBe(field);
    if (code) expect(res.errors?.[0].extensions?.problem).toBe(code);
    if (code) expect((res.errors?.[0].extensions?.problems as Json[])[0]).toMatchObject({ field, code });
    expect(res.data).toBeNull();
    expect(await budgetTableCounts(w.admin.orgId!)).toEqual(before);
  }
  const save = (input: Record<string, unknown>) => () => t.gql<Json>(SAVE_LINES, { input: { budgetId: w.budget.id, ...resolve(input) } }, { token: w.finance.token });

  it.each([
    ['a negative count', { positions: [position({ count: '-1' })] }, 'positions[0].count', 'negative'],
    ['NaN', { costLines: [cost({ amount: 'NaN' })] }, 'costLines[0].amount', 'notADecimal'],
    ['1e309', { revenueLines: [revenue({ unitPrice: '1e309' })] }, 'revenueLines[0].unitPrice', 'notADecimal'],
    ['three-decimal money', { positions: [position({ monthlySalary: '9000.125' })] }, 'positions[0].monthlySalary', 'tooManyDecimals'],
    ['a month outside the horizon', { costLines: [cost({ firstMonth: '2032-01' })] }, 'costLines[0].firstMonth', 'monthOutsideHorizon'],
    ['an unknown department', { positions: [position({ departmentId: randomUUID() })] }, 'positions[0].departmentId', 'unknownDepartment'],
    ['the second line of a list', { costLines: [cost({}), cost({ amount: '-5.00' })] }, 'costLines[1].amount', 'negative'],
    ['a share of revenue without its rate', { costLines: [cost({ amountKind: 'shareOfRevenue', amount: null })] }, 'costLines[0].rate', 'required'],
    ['a monthly volume of the wrong length', { revenueLines: [revenue({ volume: { kind: 'monthly', values: ['1', '2'] } })] }, 'revenueLines[0].volume.values', 'wrongLength'],
    ['a negative stretch multiplier', { revenueLines: [revenue({ stretchVolume: '-1' })] }, 'revenueLines[0].stretchVolume', 'negative'],
    ['a loan rate above 100 %', { loans: [{ name: 'Bank', principal: '1000.00', annualRate: '1.5', termMonths: 12, repayment: 'equalInstalment' }] }, 'loans[0].annualRate', 'outOfRange'],
  ])('refuses %s in saveBudgetLines', async (_what, input, field, code) => {
    await refused(save(input), field, code);
  });

  it('refuses a whole save when one of its lines is bad: the good lines are not written either', async () => {
    await refused(save({ costLines: [cost({ name: 'Fine' })], positions: [position({ count: 'lots' })] }), 'positions[0].count', 'notADecimal');
  });

  it('refuses a replacement that makes a line bad, naming its place in the input', async () => {
    const line = w.budget.costLines[0];
    await refused(save({ costLines: [{ ...cost({ amount: '12.345' }), id: line.id, version: line.version }] }), 'costLines[0].amount', 'tooManyDecimals');
  });

  it('refuses a non-string number before it reaches the budget (GraphQL types)', async () => {
    const res = await t.gql<Json>(SAVE_LINES, { input: { budgetId: w.budget.id, positions: [resolve(position({ count: 12.5 }))] } }, { token: w.finance.token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['negative own funds', { financing: { initialInvestment: '0', depreciationMonths: 12, ownFunds: '-5' } }, 'financing.ownFunds'],
    ['a tax rate of 100 %', { financing: { initialInvestment: '0', depreciationMonths: 12, ownFunds: '0', incomeTaxRate: '1' } }, 'financing.incomeTaxRate'],
    ['a stretch multiplier that is not a number', { stretch: { volume: 'abc' } }, 'stretch.volume'],
    ['a horizon of 61 months', { horizonMonths: 61 }, 'horizonMonths'],
    ['a start month that is no month', { startMonth: '2031-13' }, 'startMonth'],
    // Moving the start past a line's first month: the stored line is named by its id.
  ])('refuses %s in updateBudget', async (_what, change, field) => {
    await refused(() => t.gql<Json>(UPDATE_BUDGET, { input: { id: w.budget.id, version: w.budget.version, ...change } }, { token: w.finance.token }), field);
  });

  it('names a stored line by its id when a header change makes it bad', async () => {
    const lead = w.budget.positions.find((p: Json) => p.roleTitle === 'Sales lead');
    await refused(
      () => t.gql<Json>(UPDATE_BUDGET, { input: { id: w.budget.id, version: w.budget.version, startMonth: '2031-06' } }, { token: w.finance.token }),
      `positions(${lead.id}).firstMonth`,
    );
  });

  it.each([
    ['1e309', { amount: '1e309' }, 'entries[0].amount'],
    ['NaN', { amount: 'NaN' }, 'entries[0].amount'],
    ['three decimals', { amount: '10.001' }, 'entries[0].amount'],
    ['a negative amount', { amount: '-10' }, 'entries[0].amount'],
    ['a month before the horizon', { month: '2030-12' }, 'entries[0].month'],
    ['a month that is no month', { month: '2031-00' }, 'entries[0].month'],
    ['a line of another budget', { lineId: randomUUID() }, 'entries[0].lineId'],
  ])('refuses an actual with %s', async (_what, over, field) => {
    const entry = { lineKind: 'revenue', lineId: w.budget.revenueLines[0].id, month: '2031-01', amount: '100.00', ...over };
    await refused(() => t.gql<Json>(SET_ACTUALS, { input: { budgetId: w.budget.id, entries: [entry] } }, { token: w.finance.token }), field);
  });
});
