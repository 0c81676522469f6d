import { Workbook } from 'exceljs';
import { Json, ownerQuery, TestApp } from '../support/test-app';
import { BUDGET, BudgetWorld, budgetWorld, LOCK, RESTORE_LINES, UNLOCK } from '../support/budget-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The budget's Excel export, drivers template and import over HTTP, with the budget's access rules. */
describe('the budget in Excel', () => {
  let t: TestApp;
  let w: BudgetWorld;
  const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = (url: string, body: Buffer, token: string, type = XLSX) =>
    t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': type }, payload: body });
  const lineCounts = async () =>
    (await ownerQuery(`SELECT (SELECT count(*)::int FROM budget_cost_lines WHERE budget_id = $1 AND deleted_at IS NULL) AS costs,
      (SELECT count(*)::int FROM budget_positions WHERE budget_id = $1 AND deleted_at IS NULL) AS positions,
      (SELECT count(*)::int FROM budget_revenue_lines WHERE budget_id = $1 AND deleted_at IS NULL) AS revenue`, [w.budget.id]))[0];

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Excel Co');
  });
  afterAll(() => t.stop());

  it('exports every scenario to those who may see salaries, and refuses the others', async () => {
    const res = await get(`/budgets/${w.budget.id}/export.xlsx?scenario=all&lang=en`, w.finance.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(4);
    for (const session of [w.salesManager, w.hrManager]) {
      const refused = await get(`/budgets/${w.budget.id}/export.xlsx?lang=en`, session.token);
      expect(refused.statusCode).toBe(403);
      expect(JSON.parse(refused.body)).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    }
    expect((await get(`/budgets/${w.budget.id}/export.xlsx`, w.staff.token)).statusCode).toBe(403);
    expect((await get(`/budgets/${w.budget.id}/export.xlsx`)).statusCode).toBe(401);
    expect((await get(`/budgets/${w.budget.id}/export.xlsx?scenario=best`, w.finance.token)).statusCode).toBe(400);
    const other = await t.newOrganization('Excel Outsider');
    expect((await get(`/budgets/${w.budget.id}/export.xlsx`, other.token)).statusCode).toBe(404);
  });

  it('imports nothing from a template with one bad row, and names the row', async () => {
    const template = await get(`/budgets/${w.budget.id}/template.xlsx?lang=en`, w.finance.token);
    expect(template.statusCode).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Positions')!;
    let header = 0;
    let countColumn = 0;
    sheet.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        if (!header && cell.value === 'Count') [header, countColumn] = [n, c];
      });
    });
    expect(header).toBeGreaterThan(0);
    sheet.getRow(header + 2).getCell(countColumn).value = -2;
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await lineCounts();
    const res = await post(`/budgets/${w.budget.id}/import`, bad, w.finance.token);
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ imported: false, batchId: null });
    expect(body.problems).toEqual([expect.objectContaining({ sheet: 'Positions', row: header + 2, column: 'Count' })]);
    expect(await lineCounts()).toEqual(before);
  });

  it('replaces every line from a good file, as one batch that restoreBudgetLines brings back; a dry run writes nothing', async () => {
    const template = await get(`/budgets/${w.budget.id}/template.xlsx?lang=zh-CN`, w.finance.token);
    const file = template.rawPayload;
    const dry = JSON.parse((await post(`/budgets/${w.budget.id}/import?dryRun=1`, file, w.finance.token)).body);
    // Every line of the unchanged template matches the line it replaces (no actuals yet to carry).
    expect(dry).toEqual({ imported: false, problems: [], counts: { revenueLines: 1, costLines: 2, positions: 3, loans: 0 }, batchId: null, carriedOver: { lines: 6, actuals: 0 } });
    const before = (await t.ok(BUDGET, { planId: w.plan }, w.finance.token)).budget;

    // Neither a manager nor a locked budget takes an import.
    expect((await post(`/budgets/${w.budget.id}/import`, file, w.hrManager.token)).statusCode).toBe(403);
    const locked = (await t.ok(LOCK, { id: w.budget.id, version: before.version }, w.executive.token)).lockBudget;
    const refused = await post(`/budgets/${w.budget.id}/import`, file, w.finance.token);
    expect([refused.statusCode, JSON.parse(refused.body).error.code]).toEqual([409, 'BUDGET_LOCKED']);
    await t.ok(UNLOCK, { id: w.budget.id, version: locked.version }, w.executive.token);
    const res = JSON.parse((await post(`/budgets/${w.budget.id}/import`, file, w.finance.token)).body);
    expect(res).toMatchObject({ imported: true, problems: [], counts: { revenueLines: 1, costLines: 2, positions: 3, loans: 0 } });
    const after = (await t.ok(BUDGET, { planId: w.plan }, w.finance.token)).budget;
    // The same drivers under new ids.
    const strip = (b: Json) => ({
      costs: b.costLines.map((l: Json) => [l.name, l.departmentId, l.amount]),
      positions: b.positions.map((p: Json) => [p.roleTitle, p.count, p.monthlySalary, p.firstMonth]),
      labour: b.departmentLabour,
    });
    expect(strip(after)).toEqual(strip(before));
    expect(after.costLines.map((l: Json) => l.id)).not.toContain(before.costLines[0].id);

    // Undo: the lines from before the import, and none of the imported ones.
    const restored = (await t.ok(RESTORE_LINES, { budgetId: w.budget.id, batchId: res.batchId }, w.finance.token)).restoreBudgetLines;
    expect(restored.positions.map((p: Json) => p.id)).toEqual(before.positions.map((p: Json) => p.id));
    expect(restored.costLines.map((l: Json) => l.id)).toEqual(before.costLines.map((l: Json) => l.id));
    expect(restored.revenueLines.map((l: Json) => l.id)).toEqual(before.revenueLines.map((l: Json) => l.id));
    expect(await lineCounts()).toEqual({ costs: 2, positions: 3, revenue: 1 });
  });

  it('refuses a body that is not a workbook, or too large, with the error shape of the letters', async () => {
    const wrongType = await post(`/budgets/${w.budget.id}/import`, Buffer.from('{}'), w.finance.token, 'application/json');
    expect(wrongType.statusCode).toBe(400);
    expect(JSON.parse(wrongType.body).error.code).toBe('BAD_USER_INPUT');
    const big = await post(`/budgets/${w.budget.id}/import`, Buffer.alloc(5 * 1024 * 1024 + 10), w.finance.token);
    expect(big.statusCode).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    const garbage = JSON.parse((await post(`/budgets/${w.budget.id}/import`, Buffer.from('not a zip'), w.finance.token)).body);
    expect(garbage.imported).toBe(false);
    expect(garbage.problems.length).toBeGreaterThan(0);
  });
});
