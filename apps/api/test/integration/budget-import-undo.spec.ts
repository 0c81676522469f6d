import { Workbook, Worksheet } from 'exceljs';
import { codes, Json, ownerQuery, TestApp } from '../support/test-app';
import { BUDGET, budgetTableCounts, BudgetWorld, budgetWorld, CREATE_BUDGET, RESTORE_LINES, SAVE_LINES, SET_ACTUALS, START, UPDATE_BUDGET } from '../support/budget-fixtures';
import { createNode, createPlan } from '../support/plan-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Importing drivers over a budget that is in use, and undoing it.
 *
 * budgetWorld's budget (Widgets; sales rent 5,000 and HR training 1,000 a
 * month; two sales reps, a sales lead, an HR officer) gets financing
 * (investment 120,000 over 36 months, own funds 50,000, 25 % tax), a bank
 * loan, stretch overrides on Widgets, the rent and the reps, the rent's
 * project, and seven actuals. The file imported is its own template with the
 * rent raised to 5,500, the HR officer renamed "HR partner" (so it matches
 * nothing), and the financing changed (investment 150,000, own funds 80,000).
 */
describe('undoing a budget import', () => {
  let t: TestApp;
  let w: BudgetWorld;
  let project: Json;
  /** The budget before the import, as finance reads it. */
  let before: Json;
  let file: Buffer;
  let importAnswer: Json;
  let afterImport: Json;

  const read = async (planId = w.plan) => (await t.ok(BUDGET, { planId }, w.finance.token)).budget;
  const post = (budgetId: string, body: Buffer, query = '') =>
    t.app.inject({ method: 'POST', url: `/budgets/${budgetId}/import${query}`, headers: { authorization: `Bearer ${w.finance.token}`, 'content-type': XLSX }, payload: body });
  const importFile = async (budgetId: string, body: Buffer, query = '') => {
    const res = await post(budgetId, body, query);
    expect(res.statusCode).toBe(200);
    return JSON.parse(res.body);
  };
  const lineKey = (b: Json, lineId: string): string => {
    const revenue = b.revenueLines.find((l: Json) => l.id === lineId);
    if (revenue) return `revenue:${revenue.name}`;
    const cost = b.costLines.find((l: Json) => l.id === lineId);
    if (cost) return `cost:${cost.name}`;
    const position = b.positions.find((p: Json) => p.id === lineId);
    if (position) return `position:${position.roleTitle}`;
    return `unknown:${lineId}`;
  };
  /** A budget's actuals by the line's name, month and amount: what survives new line ids. */
  const actualsByName = (b: Json) => b.actuals.map((a: Json) => `${lineKey(b, a.lineId)} ${a.month} ${a.amount}`).sort();
  const withoutVersion = ({ version: _version, ...rest }: Json) => rest;
  /** Everything a restore may change of a line is its version (deleted and restored: +2). */
  const lines = (b: Json) => ({
    revenueLines: b.revenueLines.map(withoutVersion),
    costLines: b.costLines.map(withoutVersion),
    positions: b.positions.map(withoutVersion),
    loans: b.financing.loans.map(withoutVersion),
  });
  const financing = (b: Json) => ({ ...b.financing, loans: undefined });
  const liveLineCount = async (budgetId: string) =>
    (
      await ownerQuery(
        `SELECT (SELECT count(*)::int FROM budget_revenue_lines WHERE budget_id = $1 AND deleted_at IS NULL) AS revenue,
                (SELECT count(*)::int FROM budget_cost_lines WHERE budget_id = $1 AND deleted_at IS NULL) AS costs,
                (SELECT count(*)::int FROM budget_positions WHERE budget_id = $1 AND deleted_at IS NULL) AS positions,
                (SELECT count(*)::int FROM budget_loans WHERE budget_id = $1 AND deleted_at IS NULL) AS loans`,
        [budgetId],
      )
    )[0];

  /** The rows of a template sheet, and a cell of a row by its column header. */
  function rowsOf(ws: Worksheet): { header: Map<string, number>; rows: number[] } {
    const header = new Map<string, number>();
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (headerRow) return;
      row.eachCell((cell, c) => {
        if (cell.value === 'Name' || cell.value === 'Department' || cell.value === 'Item') headerRow = n;
        header.set(String(cell.value), c);
      });
      if (!headerRow) header.clear();
    });
    const rows: number[] = [];
    ws.eachRow((_row, n) => n > headerRow && rows.push(n));
    return { header, rows };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Import Undo Co');
    const strategy = await createNode(t, w.admin, { planId: w.plan, level: 'strategy', title: 'Grow' });
    const objective = await createNode(t, w.admin, { planId: w.plan, parentId: strategy.id, level: 'objective', title: 'Sell more', departmentId: w.sales });
    project = await createNode(t, w.admin, { planId: w.plan, parentId: objective.id, level: 'project', title: 'New office', departmentId: w.sales });

    let b = await read();
    await t.ok(UPDATE_BUDGET, { input: { id: b.id, version: b.version, financing: { initialInvestment: '120000.00', depreciationMonths: 36, ownFunds: '50000.00', incomeTaxRate: '0.25' } } }, w.finance.token);
    b = await read();
    const widgets = b.revenueLines[0];
    const rent = b.costLines.find((l: Json) => l.name === 'Sales office rent');
    const reps = b.positions.find((p: Json) => p.roleTitle === 'Sales rep');
    await t.ok(SAVE_LINES, {
      input: {
        budgetId: b.id,
        revenueLines: [
          {
            id: widgets.id,
            version: widgets.version,
            name: widgets.name,
            kind: 'product',
            unitPrice: '100.00',
            volume: { kind: 'flat', perMonth: '1000' },
            variableCost: { kind: 'unitCost', unitCost: '40.00' },
            stretchVolume: '1.2',
            stretchPrice: '1.05',
          },
        ],
        costLines: [{ id: rent.id, version: rent.version, name: rent.name, departmentId: w.sales, category: 'rent', amountKind: 'monthly', amount: '5000.00', stretchAmount: '0.9', planNodeId: project.id }],
        positions: [{ id: reps.id, version: reps.version, departmentId: w.sales, roleTitle: 'Sales rep', count: '2', monthlySalary: '10000.00', onCostRate: '0.3', stretchCount: '3' }],
        loans: [{ name: 'Bank loan', principal: '200000.00', annualRate: '0.0435', termMonths: 36, repayment: 'equalInstalment' }],
      },
    }, w.finance.token);
    const id = (kind: string, name: string) =>
      kind === 'revenue' ? b.revenueLines.find((l: Json) => l.name === name).id : kind === 'cost' ? b.costLines.find((l: Json) => l.name === name).id : b.positions.find((p: Json) => p.roleTitle === name).id;
    const entries = [
      ['revenue', 'Widgets', '2031-01', '98000.00'],
      ['revenue', 'Widgets', '2031-02', '101000.50'],
      ['cost', 'Sales office rent', '2031-01', '5100.00'],
      ['cost', 'Sales office rent', '2031-02', '5000.00'],
      ['cost', 'HR training', '2031-01', '900.00'],
      ['position', 'Sales rep', '2031-01', '26000.00'],
      ['position', 'HR officer', '2031-01', '19500.00'],
    ].map(([lineKind, name, month, amount]) => ({ lineKind, lineId: id(lineKind, name), month, amount }));
    await t.ok(SET_ACTUALS, { input: { budgetId: b.id, entries } }, w.finance.token);
    before = await read();

    const template = await t.app.inject({ method: 'GET', url: `/budgets/${before.id}/template.xlsx?lang=en`, headers: { authorization: `Bearer ${w.finance.token}` } });
    expect(template.statusCode).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const costs = wb.getWorksheet('Cost lines')!;
    const c = rowsOf(costs);
    const rentRow = c.rows.find((n) => costs.getRow(n).getCell(c.header.get('Name')!).value === 'Sales office rent')!;
    costs.getRow(rentRow).getCell(c.header.get('Amount or rate')!).value = 5500;
    const positions = wb.getWorksheet('Positions')!;
    const p = rowsOf(positions);
    const officerRow = p.rows.find((n) => positions.getRow(n).getCell(p.header.get('Role title')!).value === 'HR officer')!;
    positions.getRow(officerRow).getCell(p.header.get('Role title')!).value = 'HR partner';
    const money = wb.getWorksheet('Financing')!;
    money.eachRow((row) => {
      if (row.getCell(1).value === 'Initial investment (capex)') row.getCell(2).value = 150000;
      if (row.getCell(1).value === 'Own funds') row.getCell(2).value = 80000;
    });
    file = Buffer.from(await wb.xlsx.writeBuffer());
  });
  afterAll(() => t.stop());

  it('checks the file in a dry run, counting what would carry over, and writes nothing', async () => {
    const counts = await budgetTableCounts(w.admin.orgId!);
    const dry = await importFile(before.id, file, '?dryRun=1');
    expect(dry).toEqual({
      imported: false,
      problems: [],
      counts: { revenueLines: 1, costLines: 2, positions: 3, loans: 1 },
      batchId: null,
      // Widgets, both cost lines, the reps, the lead and the loan; the HR officer's actual stays behind.
      carriedOver: { lines: 6, actuals: 6 },
    });
    expect(await budgetTableCounts(w.admin.orgId!)).toEqual(counts);
    expect(await read()).toEqual(before);
  });

  it('imports new lines that keep the actuals, stretch overrides and project of the lines they replace', async () => {
    importAnswer = await importFile(before.id, file);
    expect(importAnswer).toEqual({
      imported: true,
      problems: [],
      counts: { revenueLines: 1, costLines: 2, positions: 3, loans: 1 },
      batchId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      carriedOver: { lines: 6, actuals: 6 },
    });
    afterImport = await read();
    const oldIds = new Set([...before.revenueLines, ...before.costLines, ...before.positions, ...before.financing.loans].map((l: Json) => l.id));
    const newLines = [...afterImport.revenueLines, ...afterImport.costLines, ...afterImport.positions, ...afterImport.financing.loans];
    expect(newLines).toHaveLength(7);
    for (const line of newLines) expect(oldIds.has(line.id)).toBe(false);

    expect(afterImport.revenueLines[0]).toMatchObject({ name: 'Widgets', stretchVolume: '1.2', stretchPrice: '1.05', stretchVariableCost: null });
    expect(afterImport.costLines.map((l: Json) => [l.name, l.amount, l.stretchAmount, l.planNodeId])).toEqual([
      ['Sales office rent', '5500.00', '0.9', project.id],
      ['HR training', '1000.00', null, null],
    ]);
    expect(afterImport.positions.map((p: Json) => [p.roleTitle, p.stretchCount])).toEqual([
      ['Sales rep', '3'],
      ['Sales lead', null],
      ['HR partner', null],
    ]);
    expect(financing(afterImport)).toMatchObject({ initialInvestment: '150000.00', ownFunds: '80000.00', depreciationMonths: 36, incomeTaxRate: '0.25' });

    // The same months and amounts on the new lines; the renamed HR partner starts without the officer's actual.
    const partner = afterImport.positions.find((p: Json) => p.roleTitle === 'HR partner');
    expect(afterImport.actuals.map((a: Json) => a.lineId)).not.toContain(partner.id);
    expect(actualsByName(afterImport)).toEqual(actualsByName(before).filter((a: string) => !a.startsWith('position:HR officer')));
    for (const a of afterImport.actuals) expect(newLines.map((l: Json) => l.id)).toContain(a.lineId);
    // The old lines keep their own actual rows.
    const [{ n }] = await ownerQuery(`SELECT count(*)::int AS n FROM budget_actuals WHERE budget_id = $1 AND line_id = ANY($2::uuid[])`, [before.id, [...oldIds]]);
    expect(n).toBe(7);
  });

  it('undoes the import: exactly the lines, financing and actuals from before, and no imported line left', async () => {
    const res = await t.gql<Json>(RESTORE_LINES, { budgetId: before.id, batchId: importAnswer.batchId }, { token: w.finance.token });
    expect(res.errors).toBeUndefined();
    const restored = res.data.restoreBudgetLines;
    expect(lines(restored)).toEqual(lines(before));
    expect(financing(restored)).toEqual(financing(before));
    expect(restored.stretch).toEqual(before.stretch);
    expect(restored.actuals).toEqual(before.actuals);
    expect(restored.departmentLabour).toEqual(before.departmentLabour);
    expect(await read()).toEqual(restored);
    expect(await liveLineCount(before.id)).toEqual({ revenue: 1, costs: 2, positions: 3, loans: 1 });

    // The imported lines are deleted as a batch of their own.
    const imported = await ownerQuery(
      `SELECT deleted_batch FROM budget_revenue_lines WHERE created_batch = $1 UNION ALL SELECT deleted_batch FROM budget_cost_lines WHERE created_batch = $1
       UNION ALL SELECT deleted_batch FROM budget_positions WHERE created_batch = $1 UNION ALL SELECT deleted_batch FROM budget_loans WHERE created_batch = $1`,
      [importAnswer.batchId],
    );
    expect(imported).toHaveLength(7);
    expect(new Set(imported.map((r) => r.deleted_batch)).size).toBe(1);
    expect(imported[0].deleted_batch).not.toBe(importAnswer.batchId);
    expect(imported[0].deleted_batch).not.toBeNull();

    // Audited: the imported lines deleted, the old ones restored, the financing put back.
    const audit = await ownerQuery(`SELECT entity, action, entity_id, changes FROM audit_log WHERE request_id = $1`, [res.headers['x-request-id']]);
    expect(audit.filter((r) => r.action === 'delete').map((r) => r.entity_id).sort()).toEqual(afterImport.revenueLines.concat(afterImport.costLines, afterImport.positions, afterImport.financing.loans).map((l: Json) => l.id).sort());
    expect(audit.filter((r) => r.action === 'restore' && r.entity !== 'budget')).toHaveLength(7);
    const budgetRow = audit.find((r) => r.entity === 'budget');
    expect(budgetRow).toMatchObject({ action: 'restore', entity_id: before.id });
    expect(budgetRow.changes).toEqual(expect.arrayContaining([{ field: 'ownFunds', before: '80000.00', after: '50000.00' }, { field: 'undoneImport', before: null, after: importAnswer.batchId }]));

    // Once only.
    expect(codes(await t.gql(RESTORE_LINES, { budgetId: before.id, batchId: importAnswer.batchId }, { token: w.finance.token }))).toEqual(['NOT_FOUND']);
    expect(await read()).toEqual(restored);
  });

  it('undoes only the latest of two imports', async () => {
    const first = await importFile(before.id, file);
    const second = await importFile(before.id, file);
    const current = await read();
    const refused = await t.gql(RESTORE_LINES, { budgetId: before.id, batchId: first.batchId }, { token: w.finance.token });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0].extensions?.field).toBe('batchId');
    expect(await read()).toEqual(current);

    // Undoing the second brings back the first import's lines (with the actuals it carried over), once each.
    const undone = (await t.ok(RESTORE_LINES, { budgetId: before.id, batchId: second.batchId }, w.finance.token)).restoreBudgetLines;
    expect(await liveLineCount(before.id)).toEqual({ revenue: 1, costs: 2, positions: 3, loans: 1 });
    expect(undone.costLines.map((l: Json) => l.amount)).toEqual(['5500.00', '1000.00']);
    expect(actualsByName(undone)).toEqual(actualsByName(afterImport));
  });

  it('undoes an import into an empty budget back to an empty budget', async () => {
    const plan = (await createPlan(t, w.admin, 'Second plan')).id;
    const empty = (await t.ok(CREATE_BUDGET, { input: { planId: plan, name: 'Empty budget', startMonth: START, horizonMonths: 12 } }, w.finance.token)).createBudget;
    const answer = await importFile(empty.id, file);
    expect(answer).toMatchObject({ imported: true, counts: { revenueLines: 1, costLines: 2, positions: 3, loans: 1 }, carriedOver: { lines: 0, actuals: 0 } });
    const imported = await read(plan);
    expect(imported.costLines.map((l: Json) => [l.amount, l.stretchAmount, l.planNodeId])).toEqual([
      ['5500.00', null, null],
      ['1000.00', null, null],
    ]);
    const undone = (await t.ok(RESTORE_LINES, { budgetId: empty.id, batchId: answer.batchId }, w.finance.token)).restoreBudgetLines;
    expect(lines(undone)).toEqual({ revenueLines: [], costLines: [], positions: [], loans: [] });
    expect(financing(undone)).toEqual(financing(empty));
    expect(codes(await t.gql(RESTORE_LINES, { budgetId: empty.id, batchId: answer.batchId }, { token: w.finance.token }))).toEqual(['NOT_FOUND']);
  });
});
