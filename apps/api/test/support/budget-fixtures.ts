import { Json, ownerQuery, Session, TestApp } from './test-app';
import { createPlan } from './plan-fixtures';

/** GraphQL documents of the budget, as the suites use them. */
export const LINE_FIELDS = `
  revenueLines { id name kind unitPrice volume { kind perMonth values start monthlyGrowth seasonality } variableCost { kind unitCost rate }
    stretchVolume stretchPrice stretchVariableCost sortOrder version }
  costLines { id name departmentId category amountKind amount rate firstMonth lastMonth planNodeId stretchAmount sortOrder version }
  positions { id departmentId roleTitle count monthlySalary onCostRate firstMonth lastMonth stretchCount sortOrder version }`;
export const BUDGET_FIELDS = `id planId name currency startMonth horizonMonths version lockedAt lockedBy { id }
  access { readAll editDrivers editRevenue editPositions seeSalaries editActuals lock export departmentId }
  financing { initialInvestment depreciationMonths ownFunds incomeTaxRate loans { id name principal annualRate termMonths repayment sortOrder version } }
  stretch { volume price variableCost fixedCost headcount }
  ${LINE_FIELDS}
  departmentLabour { departmentId headcount labourCost masked }
  actuals { id lineKind lineId month amount version }`;
export const BUDGET = `query($planId: ID!) { budget(planId: $planId) { ${BUDGET_FIELDS} } }`;
export const CREATE_BUDGET = `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { ${BUDGET_FIELDS} } }`;
export const UPDATE_BUDGET = `mutation($input: UpdateBudgetInput!) { updateBudget(input: $input) { ${BUDGET_FIELDS} } }`;
export const SAVE_LINES = `mutation($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { deletionBatchId budget { ${BUDGET_FIELDS} } } }`;
export const RESTORE_LINES = `mutation($budgetId: ID!, $batchId: ID!) { restoreBudgetLines(budgetId: $budgetId, batchId: $batchId) { ${BUDGET_FIELDS} } }`;
export const SET_ACTUALS = `mutation($input: SetBudgetActualsInput!) { setBudgetActuals(input: $input) { ${BUDGET_FIELDS} } }`;
export const LOCK = `mutation($id: ID!, $version: Int!) { lockBudget(id: $id, version: $version) { id version lockedAt lockedBy { id } access { editDrivers editPositions editActuals } } }`;
export const UNLOCK = `mutation($id: ID!, $version: Int!) { unlockBudget(id: $id, version: $version) { id version lockedAt access { editDrivers editPositions } } }`;
export const TO_DATE = `query($planId: ID!) { budgetToDate(planId: $planId) { budgetId currency fromMonth throughMonth revenue { actual responsibility stretch } costs { actual responsibility stretch } } }`;

/** Sets a department's manager and HR flag as the admin would. */
export async function setDepartment(t: TestApp, admin: Session, id: string, change: { managerId?: string; isHr?: boolean }): Promise<void> {
  const [{ version }] = await ownerQuery(`SELECT version FROM departments WHERE id = $1`, [id]);
  await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, { input: { id, version, ...change } }, admin.token);
}

/**
 * An organisation with a sales and an HR department (each with its
 * manager), finance, an executive and a sales staff member, a plan, and a
 * 12-month budget from 2031-01:
 * - revenue: 1,000 units a month at 100.00, unit cost 40.00;
 * - cost lines: sales rent 5,000.00 a month, HR training 1,000.00 a month;
 * - positions: sales reps 2 × 10,000.00 (on-costs 30 %) all year, a sales
 *   lead 1 × 8,000.00 from April (so sales has 2 people in January to March
 *   and 3 from April), and one HR officer at 15,000.00.
 */
export interface BudgetWorld {
  admin: Session;
  finance: Session;
  executive: Session;
  hrManager: Session;
  salesManager: Session;
  staff: Session;
  sales: string;
  hr: string;
  plan: string;
  budget: Json;
}

export const START = '2031-01';

export async function budgetWorld(t: TestApp, name = 'Budget Co'): Promise<BudgetWorld> {
  const admin = await t.newOrganization(name);
  const sales = (await t.createDepartment(admin, '销售部')).id;
  const hr = (await t.createDepartment(admin, '人力资源部')).id;
  const finance = await t.addMember(admin, 'finance');
  const executive = await t.addMember(admin, 'executive');
  const hrManager = await t.addMember(admin, 'manager', hr);
  const salesManager = await t.addMember(admin, 'manager', sales);
  const staff = await t.addMember(admin, 'staff', sales);
  await setDepartment(t, admin, sales, { managerId: salesManager.membershipId });
  await setDepartment(t, admin, hr, { managerId: hrManager.membershipId, isHr: true });
  const plan = (await createPlan(t, admin, 'Budgeted plan')).id;
  const created = (await t.ok(CREATE_BUDGET, { input: { planId: plan, name: 'FY budget', startMonth: START, horizonMonths: 12 } }, finance.token)).createBudget;
  const saved = await t.ok(
    SAVE_LINES,
    {
      input: {
        budgetId: created.id,
        revenueLines: [{ name: 'Widgets', kind: 'product', unitPrice: '100.00', volume: { kind: 'flat', perMonth: '1000' }, variableCost: { kind: 'unitCost', unitCost: '40.00' } }],
        costLines: [
          { name: 'Sales office rent', departmentId: sales, category: 'rent', amountKind: 'monthly', amount: '5000.00' },
          { name: 'HR training', departmentId: hr, category: 'training', amountKind: 'monthly', amount: '1000.00' },
        ],
        positions: [
          { departmentId: sales, roleTitle: 'Sales rep', count: '2', monthlySalary: '10000.00', onCostRate: '0.3' },
          { departmentId: sales, roleTitle: 'Sales lead', count: '1', monthlySalary: '8000.00', onCostRate: '0.3', firstMonth: '2031-04' },
          { departmentId: hr, roleTitle: 'HR officer', count: '1', monthlySalary: '15000.00', onCostRate: '0.3' },
        ],
      },
    },
    finance.token,
  );
  return { admin, finance, executive, hrManager, salesManager, staff, sales, hr, plan, budget: saved.saveBudgetLines.budget };
}

/** Row counts of every budget table for one organisation: proof that a refused write changed nothing. */
export async function budgetTableCounts(orgId: string): Promise<Record<string, number>> {
  const tables = ['budgets', 'budget_revenue_lines', 'budget_cost_lines', 'budget_positions', 'budget_loans', 'budget_actuals', 'audit_log'];
  const out: Record<string, number> = {};
  for (const table of tables) {
    out[table] = Number((await ownerQuery(`SELECT count(*) AS n FROM ${table} WHERE org_id = $1`, [orgId]))[0].n);
  }
  const [{ sum }] = await ownerQuery(
    `SELECT coalesce(sum(version), 0)::int AS sum FROM (SELECT version FROM budget_revenue_lines WHERE org_id = $1 UNION ALL SELECT version FROM budget_cost_lines WHERE org_id = $1
       UNION ALL SELECT version FROM budget_positions WHERE org_id = $1 UNION ALL SELECT version FROM budgets WHERE org_id = $1) v`,
    [orgId],
  );
  out.versions = Number(sum);
  return out;
}

/** A budget on the plan with a revenue line, a cost line, a position, a loan and an actual: a row in every budget table. */
export async function budgetWithEveryRow(t: TestApp, admin: Session, planId: string): Promise<{ budget: string }> {
  const department = (await t.createDepartment(admin, 'Budgeted department')).id;
  const budget = (await t.ok(CREATE_BUDGET, { input: { planId, name: 'Budget', startMonth: START, horizonMonths: 12 } }, admin.token)).createBudget.id as string;
  const saved = (await t.ok(SAVE_LINES, {
    input: {
      budgetId: budget,
      revenueLines: [{ name: 'Sales', kind: 'product', unitPrice: '10.00', volume: { kind: 'flat', perMonth: '100' } }],
      costLines: [{ name: 'Rent', departmentId: department, category: 'rent', amountKind: 'monthly', amount: '100.00' }],
      positions: [{ departmentId: department, roleTitle: 'Clerk', count: '1', monthlySalary: '300.00', onCostRate: '0.1' }],
      loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly' }],
    },
  }, admin.token)).saveBudgetLines.budget;
  await t.ok(SET_ACTUALS, { input: { budgetId: budget, entries: [{ lineKind: 'cost', lineId: saved.costLines[0].id, month: START, amount: '90.00' }] } }, admin.token);
  return { budget };
}
