import { countStatements } from '../support/statement-counter';
import { BUDGET, budgetWorld, BudgetWorld, SAVE_LINES } from '../support/budget-fixtures';
import { Json, TestApp } from '../support/test-app';

/**
 * Round trips to PostgreSQL per budget request: the same for a budget with
 * more lines, and within a budget. A read: the auth check, BEGIN, the plan,
 * one batch (the budget, its four kinds of lines and its actuals), COMMIT.
 * A line edit: the auth check, BEGIN, one batch that takes the budget's lock
 * and reads it with the departments its lines may name, the write, the audit,
 * one batch re-reading it for the answer, COMMIT. It holds the lock for the
 * four in between, and every one of them queues the budget's other writers.
 */
describe('SQL round trips per budget request', () => {
  let t: TestApp;
  let w: BudgetWorld;
  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Round trip Co');
  });
  afterAll(() => t.stop());

  const read = () => t.ok(BUDGET, { planId: w.plan }, w.finance.token);
  const editRent = async () => {
    const { budget } = await read();
    const rent = budget.costLines.find((l: Json) => l.name === 'Sales office rent');
    return countStatements(() =>
      t.ok(SAVE_LINES, { input: { budgetId: budget.id, costLines: [{ id: rent.id, version: rent.version, name: rent.name, departmentId: w.sales, category: 'rent', amountKind: 'monthly', amount: `${5000 + rent.version}.00` }] } }, w.finance.token),
    );
  };

  it('reads and edits a line in as many round trips with 2 cost lines as with 42', async () => {
    await read(); // compiles the query
    const small = { read: (await countStatements(read)).count, edit: (await editRent()).count };
    const costLines = Array.from({ length: 40 }, (_, i) => ({ name: `Line ${i}`, departmentId: w.hr, category: 'other', amountKind: 'monthly', amount: `${100 + i}.00` }));
    await t.ok(SAVE_LINES, { input: { budgetId: w.budget.id, costLines } }, w.finance.token);
    const large = { read: (await countStatements(read)).count, edit: (await editRent()).count };
    expect(large).toEqual(small);
    expect(small.read).toBeLessThanOrEqual(5);
    expect(small.edit).toBeLessThanOrEqual(7);
  });
});
