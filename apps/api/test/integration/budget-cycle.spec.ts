import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { BUDGET, budgetTableCounts, BudgetWorld, budgetWorld, CREATE_BUDGET, LOCK, SAVE_LINES, SET_ACTUALS, START, UNLOCK, UPDATE_BUDGET } from '../support/budget-fixtures';
import { approve, byKey, CREATE_CYCLE, RETURN, STAGE, stageVersion, submit, UPDATE_DELIVERABLE } from '../support/cycle-fixtures';
import { createNode, createPlan } from '../support/plan-fixtures';

/**
 * The planning cycle and the budget of its plan: the sales-forecast stage
 * edits the revenue lines (its responsible member, the sales manager, may
 * while the stage is in progress or returned), and approving the
 * financial-budget stage (stage 7) locks the budget for approval.
 *
 * The budget is budgetWorld's 12 months from 2031-01: one revenue line of
 * 1,000 widgets a month at 100.00 (unit cost 40.00), so revenue in year 1
 * is 1,200,000.00; the sales department (“销售部”) is matched as the sales
 * forecast's owner, so its manager answers for stage 1.
 */
const LINK = `mutation($input: LinkKpiTargetInput!) { linkKpiTargetToBudget(input: $input) { id version kpi { target targetSource { scenario measure period } } } }`;
const KPI = `query($id: ID!) { node(id: $id) { version kpi { target targetSource { measure period } } } }`;
const REVENUE_Y1 = { scenario: 'responsibility', measure: 'revenue', period: 'Y1' };

describe('the planning cycle and the budget of its plan', () => {
  let t: TestApp;
  let w: BudgetWorld;
  let cycle: Json;
  let s1: string;

  const read = async (who: Session) => (await t.ok(BUDGET, { planId: w.plan }, who.token)).budget;
  const widgets = async () => (await read(w.finance)).revenueLines.find((l: Json) => l.name === 'Widgets');
  const reprice = async (who: Session, unitPrice: string): Promise<GqlResult<Json>> => {
    const line = await widgets();
    return t.gql<Json>(SAVE_LINES, {
      input: {
        budgetId: w.budget.id,
        revenueLines: [{ id: line.id, version: line.version, name: 'Widgets', kind: 'product', unitPrice, volume: { kind: 'flat', perMonth: '1000' }, variableCost: { kind: 'unitCost', unitCost: '40.00' } }],
      },
    }, { token: who.token });
  };
  const status = async (stageId: string) => (await t.ok(STAGE, { id: stageId }, w.admin.token)).cycleStage.status;
  /** A refused write: the code, no data, and not a row or version changed anywhere in the budget (nor an audit row). */
  const refused = async (attempt: () => Promise<GqlResult<Json>>, code: string) => {
    const before = await budgetTableCounts(w.admin.orgId!);
    const res = await attempt();
    expect(codes(res)).toEqual([code]);
    expect(res.data).toBeNull();
    expect(await budgetTableCounts(w.admin.orgId!)).toEqual(before);
  };

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Forecast Co');
    cycle = (await t.ok(CREATE_CYCLE, { input: { planId: w.plan } }, w.admin.token)).createPlanningCycle;
    s1 = byKey(cycle, 'sales_forecast').id;
  });
  afterAll(() => t.stop());

  it('names the sales manager responsible for the sales forecast of the budget’s plan', () => {
    expect(cycle.planId).toBe(w.plan);
    expect(byKey(cycle, 'sales_forecast').responsible.id).toBe(w.salesManager.membershipId);
    expect(byKey(cycle, 'sales_forecast').status).toBe('not_started');
  });

  it('gives the sales manager nothing more before the stage starts', async () => {
    const b = await read(w.salesManager);
    expect(b.access).toMatchObject({ readAll: false, editDrivers: false, editRevenue: false, editPositions: false, seeSalaries: false });
    expect(b.revenueLines).toEqual([]);
    await refused(() => reprice(w.salesManager, '120.00'), 'FORBIDDEN');
  });

  describe('while the sales forecast is in progress', () => {
    beforeAll(async () => {
      // Writing the forecast starts the stage.
      const doc = (await t.ok(STAGE, { id: s1 }, w.salesManager.token)).cycleStage.deliverables[0];
      await t.ok(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: '<p>1,000 a month</p>' } }, w.salesManager.token);
      expect(await status(s1)).toBe('in_progress');
    });

    it('lets the sales manager read the revenue lines, and nothing else of the whole budget', async () => {
      const b = await read(w.salesManager);
      expect(b.access).toEqual({
        readAll: false,
        editDrivers: false,
        editRevenue: true,
        editPositions: false,
        seeSalaries: false,
        editActuals: false,
        lock: false,
        export: false,
        departmentId: w.sales,
      });
      expect(b.revenueLines.map((l: Json) => [l.name, l.unitPrice, l.volume.perMonth, l.variableCost.unitCost])).toEqual([['Widgets', '100.00', '1000', '40.00']]);
      // No financing, stretch or actuals; only their department's cost lines and positions, without salaries.
      expect({ financing: b.financing, stretch: b.stretch, actuals: b.actuals }).toEqual({ financing: null, stretch: null, actuals: [] });
      expect(b.costLines.map((l: Json) => l.name)).toEqual(['Sales office rent']);
      expect(b.positions.map((p: Json) => [p.roleTitle, p.monthlySalary, p.onCostRate])).toEqual([
        ['Sales rep', null, null],
        ['Sales lead', null, null],
      ]);
      // Two people in January to March: the department's labour cost is hidden there.
      expect(b.departmentLabour).toHaveLength(1);
      expect(b.departmentLabour[0].labourCost.slice(0, 4)).toEqual([null, null, null, '36400.00']); // from April: 2 × 13,000 + 10,400
    });

    it('saves the sales manager’s revenue lines: a change, a new line and its deletion', async () => {
      const res = await reprice(w.salesManager, '120.00');
      expect(res.errors).toBeUndefined();
      const saved = res.data.saveBudgetLines.budget;
      expect(saved.revenueLines.map((l: Json) => [l.name, l.unitPrice])).toEqual([['Widgets', '120.00']]);
      expect(saved.positions.every((p: Json) => p.monthlySalary === null)).toBe(true);
      expect(saved.financing).toBeNull();
      // Finance sees the sales manager's figure.
      expect((await widgets()).unitPrice).toBe('120.00');
      const [audit] = await ownerQuery(
        `SELECT a.action FROM audit_log a WHERE a.org_id = $1 AND a.entity = 'budget_revenue_line' AND a.entity_id = $2 AND a.actor_user_id = $3`,
        [w.admin.orgId, (await widgets()).id, w.salesManager.userId],
      );
      expect(audit).toEqual({ action: 'update' });

      const created = (await t.ok(SAVE_LINES, {
        input: { budgetId: w.budget.id, revenueLines: [{ name: 'Gadgets', kind: 'channel', unitPrice: '50.00', volume: { kind: 'growth', start: '100', monthlyGrowth: '0.02' } }] },
      }, w.salesManager.token)).saveBudgetLines;
      const gadgets = created.budget.revenueLines.find((l: Json) => l.name === 'Gadgets');
      expect(gadgets).toMatchObject({ kind: 'channel', unitPrice: '50.00', volume: { kind: 'growth', start: '100', monthlyGrowth: '0.02' } });
      const deleted = (await t.ok(SAVE_LINES, { input: { budgetId: w.budget.id, deletions: [{ lineKind: 'revenue', id: gadgets.id, version: gadgets.version }] } }, w.salesManager.token))
        .saveBudgetLines;
      expect(deleted.deletionBatchId).toEqual(expect.any(String));
      expect(deleted.budget.revenueLines.map((l: Json) => l.name)).toEqual(['Widgets']);
    });

    it('refuses the sales manager cost lines, positions, loans, the header and actuals, and a mixed save as a whole', async () => {
      const b = await read(w.finance);
      const rent = b.costLines.find((l: Json) => l.name.startsWith('Sales office rent'));
      const rep = b.positions.find((p: Json) => p.roleTitle === 'Sales rep');
      const widget = b.revenueLines[0];
      const cost = { id: rent.id, version: rent.version, name: 'Sales office rent', departmentId: w.sales, category: 'rent', amountKind: 'monthly', amount: '4000.00' };
      const attempts: (() => Promise<GqlResult<Json>>)[] = [
        () => t.gql(SAVE_LINES, { input: { budgetId: b.id, costLines: [cost] } }, { token: w.salesManager.token }),
        () => t.gql(SAVE_LINES, { input: { budgetId: b.id, costLines: [{ ...cost, id: null, version: null, name: 'Sales fair' }] } }, { token: w.salesManager.token }),
        () => t.gql(SAVE_LINES, { input: { budgetId: b.id, deletions: [{ lineKind: 'cost', id: rent.id, version: rent.version }] } }, { token: w.salesManager.token }),
        () =>
          t.gql(SAVE_LINES, {
            input: { budgetId: b.id, positions: [{ id: rep.id, version: rep.version, departmentId: w.sales, roleTitle: 'Sales rep', count: '3', monthlySalary: '10000.00', onCostRate: '0.3' }] },
          }, { token: w.salesManager.token }),
        () => t.gql(SAVE_LINES, { input: { budgetId: b.id, loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly' }] } }, { token: w.salesManager.token }),
        () => t.gql(UPDATE_BUDGET, { input: { id: b.id, version: b.version, name: 'Forecast budget' } }, { token: w.salesManager.token }),
        () => t.gql(SET_ACTUALS, { input: { budgetId: b.id, entries: [{ lineKind: 'revenue', lineId: widget.id, month: START, amount: '1.00' }] } }, { token: w.salesManager.token }),
        // A revenue change the sales manager may make, with a cost change they may not: nothing is saved.
        () =>
          t.gql(SAVE_LINES, {
            input: {
              budgetId: b.id,
              revenueLines: [{ id: widget.id, version: widget.version, name: 'Widgets', kind: 'product', unitPrice: '125.00', volume: { kind: 'flat', perMonth: '1000' } }],
              costLines: [cost],
            },
          }, { token: w.salesManager.token }),
      ];
      for (const attempt of attempts) await refused(attempt, 'FORBIDDEN');
      expect((await widgets()).unitPrice).toBe('120.00');
    });

    it('gives the stage’s revenue right to its responsible member only', async () => {
      const hr = await read(w.hrManager);
      expect(hr.access).toMatchObject({ editRevenue: false, editPositions: true });
      expect(hr.revenueLines).toEqual([]);
      await refused(() => reprice(w.hrManager, '130.00'), 'FORBIDDEN');
      expect(codes(await t.gql(BUDGET, { planId: w.plan }, { token: w.staff.token }))).toEqual(['FORBIDDEN']);
      await refused(() => reprice(w.staff, '130.00'), 'FORBIDDEN');
      // Executives read everything but do not forecast unless the stage is theirs.
      expect((await read(w.executive)).access).toMatchObject({ readAll: true, editRevenue: false, editDrivers: false });
      await refused(() => reprice(w.executive, '130.00'), 'FORBIDDEN');
    });

    it('answers BUDGET_LOCKED to the sales manager while an executive has the budget locked', async () => {
      const b = await read(w.finance);
      const locked = (await t.ok(LOCK, { id: b.id, version: b.version }, w.executive.token)).lockBudget;
      const view = await read(w.salesManager);
      expect(view.access.editRevenue).toBe(false);
      expect(view.revenueLines).toEqual([]);
      await refused(() => reprice(w.salesManager, '130.00'), 'BUDGET_LOCKED');
      await t.ok(UNLOCK, { id: locked.id, version: locked.version }, w.executive.token);
      expect((await read(w.salesManager)).access.editRevenue).toBe(true);
    });
  });

  it('closes the revenue lines to the sales manager once the forecast is submitted, opens them when it is returned, and closes them for good on approval', async () => {
    await submit(t, w.salesManager, s1);
    expect((await read(w.salesManager)).access.editRevenue).toBe(false);
    expect((await read(w.salesManager)).revenueLines).toEqual([]);
    await refused(() => reprice(w.salesManager, '130.00'), 'FORBIDDEN');

    await t.ok(RETURN, { input: { id: s1, version: await stageVersion(s1), reason: 'Split by channel.' } }, w.executive.token);
    expect(await status(s1)).toBe('returned');
    expect((await read(w.salesManager)).access.editRevenue).toBe(true);
    expect((await reprice(w.salesManager, '120.00')).errors).toBeUndefined();

    await submit(t, w.salesManager, s1);
    await approve(t, w.executive, s1);
    expect(await status(s1)).toBe('approved');
    expect((await read(w.salesManager)).access).toMatchObject({ editRevenue: false, readAll: false });
    await refused(() => reprice(w.salesManager, '130.00'), 'FORBIDDEN');
    // Finance still edits revenue as ever.
    expect((await reprice(w.finance, '120.00')).errors).toBeUndefined();
  });

  it('locks the budget when the financial-budget stage is approved, by the approver, and refreshes the KPI linked to it', async () => {
    const strategy = await createNode(t, w.admin, { planId: w.plan, level: 'strategy', title: 'Grow' });
    const objective = await createNode(t, w.admin, {
      planId: w.plan,
      parentId: strategy.id,
      level: 'objective',
      title: 'Sell widgets',
      kpi: { name: 'Revenue', direction: 'higher_is_better', baseline: '0', target: '1', actual: '0' },
    });
    const linked = (await t.ok(LINK, { input: { nodeId: objective.id, version: objective.version, source: REVENUE_Y1 } }, w.admin.token)).linkKpiTargetToBudget;
    expect(linked.kpi.target).toBe('1440000'); // 12 × 1,000 × 120.00
    // Finance raises the price after the link: the target follows only when the budget is locked.
    expect((await reprice(w.finance, '130.00')).errors).toBeUndefined();
    expect((await t.ok(KPI, { id: objective.id }, w.admin.token)).node.kpi.target).toBe('1440000');

    for (const key of ['financial_forecast', 'sales_plan', 'rnd_plan', 'supply_plan', 'hr_plan']) {
      await submit(t, w.admin, byKey(cycle, key).id);
      await approve(t, w.executive, byKey(cycle, key).id);
    }
    const s7 = byKey(cycle, 'financial_budget').id;
    await submit(t, w.admin, s7);
    expect((await read(w.finance)).lockedAt).toBeNull();

    const approved = await approve(t, w.executive, s7);
    expect(approved.status).toBe('approved');
    const b = await read(w.finance);
    expect(b.lockedAt).not.toBeNull();
    expect(b.lockedBy).toEqual({ id: w.executive.membershipId });
    expect(b.access).toMatchObject({ editDrivers: false, editRevenue: false, editPositions: false, editActuals: true });
    const [audit] = await ownerQuery(`SELECT actor_user_id FROM audit_log WHERE entity = 'budget' AND entity_id = $1 AND action = 'lock'`, [w.budget.id]);
    expect(audit.actor_user_id).toBe(w.executive.userId);
    // The KPI's target is the locked drivers' revenue, 12 × 1,000 × 130.00.
    expect((await t.ok(KPI, { id: objective.id }, w.admin.token)).node.kpi).toEqual({ target: '1560000', targetSource: { measure: 'revenue', period: 'Y1' } });
    await refused(() => reprice(w.finance, '140.00'), 'BUDGET_LOCKED');
  });

  it('leaves a budget locked beforehand as it was when its financial-budget stage is approved', async () => {
    const plan = (await createPlan(t, w.admin, 'Second plan')).id;
    const budget = (await t.ok(CREATE_BUDGET, { input: { planId: plan, name: 'Second budget', startMonth: START, horizonMonths: 12 } }, w.finance.token)).createBudget;
    const locked = (await t.ok(LOCK, { id: budget.id, version: budget.version }, w.admin.token)).lockBudget;
    const second = (await t.ok(CREATE_CYCLE, { input: { planId: plan } }, w.admin.token)).createPlanningCycle;
    for (const key of ['sales_forecast', 'financial_forecast', 'sales_plan', 'rnd_plan', 'supply_plan', 'hr_plan', 'financial_budget']) {
      await submit(t, w.admin, byKey(second, key).id);
      await approve(t, w.executive, byKey(second, key).id);
    }
    const after = (await t.ok(BUDGET, { planId: plan }, w.finance.token)).budget;
    expect(after).toMatchObject({ lockedBy: { id: w.admin.membershipId }, version: locked.version, lockedAt: locked.lockedAt });
    const locks = await ownerQuery(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'budget' AND entity_id = $1 AND action = 'lock'`, [budget.id]);
    expect(locks).toEqual([{ n: 1 }]);
  });
});
