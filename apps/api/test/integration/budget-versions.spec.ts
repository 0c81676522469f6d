import { Json, ownerQuery, TestApp } from '../support/test-app';
import { BudgetWorld, budgetWorld, SAVE_LINES, UPDATE_BUDGET } from '../support/budget-fixtures';
import { createNode } from '../support/plan-fixtures';

const CREATE_VERSION = `mutation($planId: ID!, $label: String!) { createPlanVersion(planId: $planId, label: $label) { id hasBudget hasHeadcount } }`;
const COMPARE = `query($from: ID!, $to: ID!) { comparePlanVersions(fromId: $from, toId: $to) {
  budget { added removed changed { key changes { field before after } } } headcount { added removed changed { key } }
  summary { nodesChanged budgetLinesAdded budgetLinesRemoved budgetLinesChanged headcountLinesAdded headcountLinesRemoved headcountLinesChanged } } }`;
const LETTERS = `query($id: ID!) { responsibilityLetters(versionId: $id) { ownerName kind departments { id name budgetEnvelope standardHeadcount } } }`;

/**
 * A version of a plan with a budget carries the budget (each revenue and cost
 * line's horizon total in the responsibility and stretch targets, and each
 * department's envelope) and the headcount plan; comparing versions shows
 * them only to the roles that read the whole budget.
 */
describe('plan versions with a budget', () => {
  let t: TestApp;
  let w: BudgetWorld;
  let v1: string;
  let v2: string;

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Versioned Budget Co');
    const strategy = await createNode(t, w.admin, { planId: w.plan, level: 'strategy', title: 'Grow' });
    const objective = await createNode(t, w.admin, { planId: w.plan, parentId: strategy.id, level: 'objective', title: 'Sell more', ownerId: w.executive.membershipId });
    await createNode(t, w.admin, { planId: w.plan, parentId: objective.id, level: 'project', title: 'New stores', departmentId: w.sales, ownerId: w.staff.membershipId });
    // Stretch: 10 % more volume.
    await t.ok(UPDATE_BUDGET, { input: { id: w.budget.id, version: w.budget.version, stretch: { volume: '1.1' } } }, w.finance.token);
  });
  afterAll(() => t.stop());

  it('freezes the budget lines, the department envelopes and the headcount plan', async () => {
    const version = (await t.ok(CREATE_VERSION, { planId: w.plan, label: 'Approved' }, w.admin.token)).createPlanVersion;
    v1 = version.id;
    expect(version).toMatchObject({ hasBudget: true, hasHeadcount: true });
    const [{ snapshot }] = await ownerQuery(`SELECT snapshot FROM plan_versions WHERE id = $1`, [v1]);
    const revenue = w.budget.revenueLines[0].id;
    const [rent, training] = w.budget.costLines.map((l: Json) => l.id);
    // Revenue: 1,000 × 100.00 × 12 = 1,200,000; stretch × 1.1. Rent 12 × 5,000; training 12 × 1,000 (fixed costs carry no volume multiplier).
    expect(snapshot.budget.lines).toEqual([
      { key: `responsibility:revenue:${revenue}`, scenario: 'responsibility', departmentId: null, account: 'revenue: Widgets', amount: '1200000.00' },
      { key: `responsibility:cost:${rent}`, scenario: 'responsibility', departmentId: w.sales, account: 'rent: Sales office rent', amount: '60000.00' },
      { key: `responsibility:cost:${training}`, scenario: 'responsibility', departmentId: w.hr, account: 'training: HR training', amount: '12000.00' },
      { key: `stretch:revenue:${revenue}`, scenario: 'stretch', departmentId: null, account: 'revenue: Widgets', amount: '1320000.00' },
      { key: `stretch:cost:${rent}`, scenario: 'stretch', departmentId: w.sales, account: 'rent: Sales office rent', amount: '60000.00' },
      { key: `stretch:cost:${training}`, scenario: 'stretch', departmentId: w.hr, account: 'training: HR training', amount: '12000.00' },
    ]);
    // Envelopes, first year of the responsibility target: sales 60,000 + 3 × 26,000 + 9 × 36,400 = 465,600; HR 12,000 + 12 × 19,500 = 246,000.
    expect(snapshot.budget.envelopes).toEqual(
      expect.arrayContaining([
        { departmentId: w.sales, amount: '465600.00' },
        { departmentId: w.hr, amount: '246000.00' },
      ]),
    );
    expect(snapshot.headcount.lines).toEqual([
      { key: w.budget.positions[0].id, departmentId: w.sales, position: 'Sales rep', count: 2 },
      { key: w.budget.positions[1].id, departmentId: w.sales, position: 'Sales lead', count: 1 },
      { key: w.budget.positions[2].id, departmentId: w.hr, position: 'HR officer', count: 1 },
    ]);
  });

  it('puts the department’s envelope and standard headcount on its manager’s letter', async () => {
    const letters = (await t.ok(LETTERS, { id: v1 }, w.salesManager.token)).responsibilityLetters;
    expect(letters).toEqual([{ ownerName: expect.any(String), kind: 'department_manager', departments: [{ id: w.sales, name: '销售部', budgetEnvelope: '465600.00', standardHeadcount: 3 }] }]);
  });

  it('compares budget and headcount lines for the roles that read the whole budget, and shows nobody else', async () => {
    const rent = w.budget.costLines[0];
    await t.ok(SAVE_LINES, {
      input: {
        budgetId: w.budget.id,
        costLines: [{ id: rent.id, version: rent.version, name: rent.name, departmentId: w.sales, category: 'rent', amountKind: 'monthly', amount: '6000.00' }],
        positions: [{ departmentId: w.hr, roleTitle: 'Recruiter', count: '1', monthlySalary: '9000.00', onCostRate: '0.3' }],
      },
    }, w.finance.token);
    v2 = (await t.ok(CREATE_VERSION, { planId: w.plan, label: 'Revised' }, w.admin.token)).createPlanVersion.id;

    for (const session of [w.finance, w.executive, w.admin]) {
      const c = (await t.ok(COMPARE, { from: v1, to: v2 }, session.token)).comparePlanVersions;
      expect(c.budget.changed.map((l: Json) => l.key).sort()).toEqual([`responsibility:cost:${rent.id}`, `stretch:cost:${rent.id}`]);
      expect(c.budget.changed[0].changes).toEqual([{ field: 'amount', before: '60000.00', after: '72000.00' }]);
      expect(c.headcount.added).toHaveLength(1);
      expect(JSON.parse(c.headcount.added[0])).toMatchObject({ departmentId: w.hr, position: 'Recruiter', count: 1 });
      expect(c.summary).toMatchObject({ budgetLinesChanged: 2, headcountLinesAdded: 1 });
    }
    for (const session of [w.staff, w.salesManager, w.hrManager]) {
      const c = (await t.ok(COMPARE, { from: v1, to: v2 }, session.token)).comparePlanVersions;
      expect({ budget: c.budget, headcount: c.headcount }).toEqual({ budget: { added: [], removed: [], changed: [] }, headcount: { added: [], removed: [], changed: [] } });
      expect(c.summary).toEqual({
        nodesChanged: 0, budgetLinesAdded: 0, budgetLinesRemoved: 0, budgetLinesChanged: 0, headcountLinesAdded: 0, headcountLinesRemoved: 0, headcountLinesChanged: 0,
      });
    }
  });

  it('gives staff no budget figure through their own letter', async () => {
    const letters = (await t.ok(LETTERS, { id: v2 }, w.staff.token)).responsibilityLetters;
    expect(letters).toEqual([{ ownerName: expect.any(String), kind: 'department_manager', departments: [] }]);
  });
});
