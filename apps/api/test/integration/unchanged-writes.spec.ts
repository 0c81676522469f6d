import { auditCount, Json, TestApp } from '../support/test-app';
import { budgetWorld, UPDATE_BUDGET } from '../support/budget-fixtures';
import { createCycle, UPDATE_CYCLE } from '../support/cycle-fixtures';

/**
 * Settings forms send the whole form on Save. Saved as they stand, the
 * budget's settings and the planning cycle's group write nothing: the version
 * stays (no CONFLICT for someone else's open edit) and no audit row records
 * a change that is not one. A real change writes as before.
 */
describe('settings saved as they stand', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const audited = (id: string) => auditCount(id, 'update');

  it('keep the budget’s version and write no audit row, until something differs', async () => {
    const w = await budgetWorld(t, 'Unchanged budget Co');
    const b: Json = w.budget;
    const same = await t.ok(UPDATE_BUDGET, { input: { id: b.id, version: b.version, name: b.name, startMonth: b.startMonth, horizonMonths: b.horizonMonths } }, w.finance.token);
    expect([same.updateBudget.version, await audited(b.id)]).toEqual([b.version, 0]);
    const renamed = await t.ok(UPDATE_BUDGET, { input: { id: b.id, version: b.version, name: 'FY budget, revised' } }, w.finance.token);
    expect([renamed.updateBudget.version, await audited(b.id)]).toEqual([b.version + 1, 1]);
  });

  it('keep the planning cycle’s version and write no audit row, until something differs', async () => {
    const admin = await t.newOrganization('Unchanged cycle Co');
    const cycle = await createCycle(t, admin);
    const same = await t.ok(UPDATE_CYCLE, { input: { id: cycle.id, version: cycle.version, name: cycle.name, memberIds: cycle.memberIds } }, admin.token);
    expect([same.updatePlanningCycle.version, await audited(cycle.id)]).toEqual([cycle.version, 0]);
    const named = await t.ok(UPDATE_CYCLE, { input: { id: cycle.id, version: cycle.version, name: `${cycle.name} (revised)` } }, admin.token);
    expect([named.updatePlanningCycle.version, await audited(cycle.id)]).toEqual([cycle.version + 1, 1]);
  });
});
