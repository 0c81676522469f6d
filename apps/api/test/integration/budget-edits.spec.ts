import { Writable } from 'node:stream';
import pino from 'pino';
import { codes, Json, ownerQuery, TestApp } from '../support/test-app';
import { BUDGET, BudgetWorld, budgetWorld, budgetTableCounts, LOCK, RESTORE_LINES, SAVE_LINES, SET_ACTUALS, UNLOCK, UPDATE_BUDGET } from '../support/budget-fixtures';
import { loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/bootstrap/create-app';

/** Concurrent edits, locking, deletion and restore, and what the audit log and the logs keep of salaries. */
describe('editing a budget', () => {
  let t: TestApp;
  let w: BudgetWorld;
  const read = async () => (await t.ok(BUDGET, { planId: w.plan }, w.finance.token)).budget;
  const rent = (b: Json) => b.costLines.find((l: Json) => l.name.startsWith('Sales office rent'));
  const rentInput = (line: Json, amount: string) => ({ id: line.id, version: line.version, name: line.name, departmentId: w.sales, category: 'rent', amountKind: 'monthly', amount });

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Edits Co');
  });
  afterAll(() => t.stop());

  it('answers CONFLICT to the stale one of two concurrent edits of a line, with the line as the other saved it', async () => {
    const line = rent(await read());
    const [a, b] = await Promise.all([
      t.gql<Json>(SAVE_LINES, { input: { budgetId: w.budget.id, costLines: [rentInput(line, '5500.00')] } }, { token: w.finance.token }),
      t.gql<Json>(SAVE_LINES, { input: { budgetId: w.budget.id, costLines: [rentInput(line, '6600.00')] } }, { token: w.admin.token }),
    ]);
    const [winner, loser] = a.errors ? [b, a] : [a, b];
    expect(winner.errors).toBeUndefined();
    expect(codes(loser)).toEqual(['CONFLICT']);
    expect(loser.data).toBeNull();
    const saved = rent(winner.data.saveBudgetLines.budget);
    expect(saved.version).toBe(line.version + 1);
    expect(loser.errors?.[0].extensions?.current).toMatchObject({ id: line.id, amount: saved.amount, version: line.version + 1 });
    expect(rent(await read()).amount).toBe(saved.amount);
    // The same stale version again: still CONFLICT, and nothing written.
    const before = await budgetTableCounts(w.admin.orgId!);
    expect(codes(await t.gql(SAVE_LINES, { input: { budgetId: w.budget.id, costLines: [rentInput(line, '7000.00')] } }, { token: w.finance.token }))).toEqual(['CONFLICT']);
    expect(await budgetTableCounts(w.admin.orgId!)).toEqual(before);
  });

  it('answers CONFLICT to a stale deletion and to a stale budget header', async () => {
    const b = await read();
    const line = rent(b);
    const stale = await t.gql(SAVE_LINES, { input: { budgetId: b.id, deletions: [{ lineKind: 'cost', id: line.id, version: line.version - 1 }] } }, { token: w.finance.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    await t.ok(UPDATE_BUDGET, { input: { id: b.id, version: b.version, name: 'FY budget v2' } }, w.finance.token);
    const header = await t.gql(UPDATE_BUDGET, { input: { id: b.id, version: b.version, name: 'Late' } }, { token: w.admin.token });
    expect(codes(header)).toEqual(['CONFLICT']);
    expect(header.errors?.[0].extensions?.current).toMatchObject({ name: 'FY budget v2', version: b.version + 1 });
  });

  it('refuses driver and position edits on a locked budget with BUDGET_LOCKED, but takes actuals', async () => {
    let b = await read();
    const locked = (await t.ok(LOCK, { id: b.id, version: b.version }, w.executive.token)).lockBudget;
    expect(locked).toMatchObject({ lockedBy: { id: w.executive.membershipId }, access: { editDrivers: false, editPositions: false, editActuals: false } });
    b = await read();
    expect(b.access).toMatchObject({ editDrivers: false, editPositions: false, editActuals: true });
    const before = await budgetTableCounts(w.admin.orgId!);
    const officer = b.positions.find((p: Json) => p.roleTitle === 'HR officer');
    const attempts = [
      await t.gql(SAVE_LINES, { input: { budgetId: b.id, costLines: [rentInput(rent(b), '1.00')] } }, { token: w.finance.token }),
      await t.gql(SAVE_LINES, {
        input: { budgetId: b.id, positions: [{ id: officer.id, version: officer.version, departmentId: w.hr, roleTitle: 'HR officer', count: '2', monthlySalary: '15000.00', onCostRate: '0.3' }] },
      }, { token: w.hrManager.token }),
      await t.gql(UPDATE_BUDGET, { input: { id: b.id, version: b.version, horizonMonths: 24 } }, { token: w.admin.token }),
    ];
    for (const res of attempts) expect(codes(res)).toEqual(['BUDGET_LOCKED']);
    expect(await budgetTableCounts(w.admin.orgId!)).toEqual(before);
    // Someone who may not edit at all still hears FORBIDDEN, lock or no lock.
    expect(codes(await t.gql(SAVE_LINES, { input: { budgetId: b.id, costLines: [rentInput(rent(b), '1.00')] } }, { token: w.salesManager.token }))).toEqual(['FORBIDDEN']);

    const withActual = (await t.ok(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ lineKind: 'cost', lineId: rent(b).id, month: '2031-01', amount: '5400.00' }] } }, w.finance.token)).setBudgetActuals;
    expect(withActual.actuals).toEqual([expect.objectContaining({ lineKind: 'cost', lineId: rent(b).id, month: '2031-01', amount: '5400.00', version: 1 })]);

    const unlocked = (await t.ok(UNLOCK, { id: b.id, version: locked.version }, w.admin.token)).unlockBudget;
    expect(unlocked).toMatchObject({ lockedAt: null, access: { editDrivers: true, editPositions: true } });
    await t.ok(SAVE_LINES, { input: { budgetId: b.id, costLines: [rentInput(rent(b), '5000.00')] } }, w.finance.token);
  });

  it('replaces, answers CONFLICT on, and removes an actual by its version', async () => {
    const b = await read();
    const actual = b.actuals[0];
    const entry = { lineKind: 'cost', lineId: actual.lineId, month: actual.month };
    const replaced = (await t.ok(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ ...entry, amount: '5300.00', version: actual.version }] } }, w.finance.token)).setBudgetActuals;
    expect(replaced.actuals[0]).toMatchObject({ amount: '5300.00', version: 2 });
    const stale = await t.gql(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ ...entry, amount: '1.00', version: 1 }] } }, { token: w.admin.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ amount: '5300.00', version: 2 });
    const removed = (await t.ok(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ ...entry, amount: null, version: 2 }] } }, w.finance.token)).setBudgetActuals;
    expect(removed.actuals).toEqual([]);
  });

  it('deletes lines as one batch and restores the batch', async () => {
    const b = await read();
    const training = b.costLines.find((l: Json) => l.name === 'HR training');
    const lead = b.positions.find((p: Json) => p.roleTitle === 'Sales lead');
    const res = (await t.ok(SAVE_LINES, {
      input: { budgetId: b.id, deletions: [{ lineKind: 'cost', id: training.id, version: training.version }, { lineKind: 'position', id: lead.id, version: lead.version }] },
    }, w.finance.token)).saveBudgetLines;
    expect(res.deletionBatchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.budget.costLines.map((l: Json) => l.id)).not.toContain(training.id);
    expect(res.budget.positions.map((p: Json) => p.id)).not.toContain(lead.id);
    // Sales labour drops back to the two reps all year.
    expect(res.budget.departmentLabour.find((d: Json) => d.departmentId === w.sales).labourCost[11]).toBe('26000.00');
    const rows = await ownerQuery(`SELECT deleted_batch FROM budget_cost_lines WHERE id = $1 UNION ALL SELECT deleted_batch FROM budget_positions WHERE id = $2`, [training.id, lead.id]);
    expect(rows.map((r) => r.deleted_batch)).toEqual([res.deletionBatchId, res.deletionBatchId]);

    // The HR manager may not restore a batch holding a cost line; finance may.
    expect(codes(await t.gql(RESTORE_LINES, { budgetId: b.id, batchId: res.deletionBatchId }, { token: w.hrManager.token }))).toEqual(['FORBIDDEN']);
    const restored = (await t.ok(RESTORE_LINES, { budgetId: b.id, batchId: res.deletionBatchId }, w.finance.token)).restoreBudgetLines;
    expect(restored.costLines.find((l: Json) => l.id === training.id)).toMatchObject({ name: 'HR training', amount: '1000.00', version: training.version + 2 });
    expect(restored.positions.find((p: Json) => p.id === lead.id)).toMatchObject({ roleTitle: 'Sales lead', firstMonth: '2031-04' });
    expect(codes(await t.gql(RESTORE_LINES, { budgetId: b.id, batchId: res.deletionBatchId }, { token: w.finance.token }))).toEqual(['NOT_FOUND']);
  });

  it('keeps salaries out of the audit log: redacted before and after, while saying they changed', async () => {
    const b = await read();
    const officer = b.positions.find((p: Json) => p.roleTitle === 'HR officer');
    const res = await t.gql<Json>(SAVE_LINES, {
      input: { budgetId: b.id, positions: [{ id: officer.id, version: officer.version, departmentId: w.hr, roleTitle: 'HR officer', count: '1', monthlySalary: '16789.12', onCostRate: '0.3' }] },
    }, { token: w.hrManager.token });
    expect(res.errors).toBeUndefined();
    const rows = await ownerQuery(`SELECT entity, entity_id, action, changes FROM audit_log WHERE request_id = $1`, [res.headers['x-request-id']]);
    expect(rows).toEqual([{ entity: 'budget_position', entity_id: officer.id, action: 'update', changes: [{ field: 'monthlySalary', before: '[redacted]', after: '[redacted]' }] }]);
    // A position's actual is its labour cost (one person's pay): redacted too.
    const actual = await t.gql<Json>(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ lineKind: 'position', lineId: officer.id, month: '2031-03', amount: '21826.86' }] } }, { token: w.finance.token });
    const [row] = await ownerQuery(`SELECT changes FROM audit_log WHERE request_id = $1`, [actual.headers['x-request-id']]);
    expect(row.changes).toEqual(expect.arrayContaining([{ field: 'salaryCost', before: null, after: '[redacted]' }]));
    const everything = JSON.stringify(await ownerQuery(`SELECT changes FROM audit_log WHERE org_id = $1`, [w.admin.orgId]));
    for (const salary of ['16789', '15000', '10000', '8000.00', '21826']) expect(everything).not.toContain(salary);
  });

  it('writes no salary into the logs, even at trace level and when a request fails', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: process.env.OPSPLAN_TEST_OWNER_URL,
      DATABASE_APP_URL: process.env.OPSPLAN_TEST_APP_URL,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    });
    const app = await createApp(config, pino({ level: 'trace' }, sink));
    await app.getHttpAdapter().getInstance().ready();
    try {
      const post = (token: string, query: string, variables: Json) =>
        app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, payload: JSON.stringify({ query, variables }) });
      const position = { departmentId: w.hr, roleTitle: 'Recruiter', count: '1', monthlySalary: '23456.78', onCostRate: '0.3' };
      expect((await post(w.finance.token, SAVE_LINES, { input: { budgetId: w.budget.id, positions: [position] } })).statusCode).toBe(200);
      await post(w.finance.token, SAVE_LINES, { input: { budgetId: w.budget.id, positions: [{ ...position, monthlySalary: '34567.891' }] } });
      await post(w.salesManager.token, SAVE_LINES, { input: { budgetId: w.budget.id, positions: [{ ...position, monthlySalary: '45678.90' }] } });
    } finally {
      await app.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const salary of ['23456', '34567', '45678']) expect(lines.join('\n')).not.toContain(salary);
  });
});
