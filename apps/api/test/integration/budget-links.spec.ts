import { BudgetInput, budgetFigure, computeBudget, KpiTargetSource } from '@opsplan/domain';
import { codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { countStatements } from '../support/statement-counter';
import { BUDGET, BudgetWorld, budgetWorld, LOCK, SAVE_LINES, setDepartment, START, UNLOCK, UPDATE_BUDGET } from '../support/budget-fixtures';
import { createNode, expectExactRollUps, NODE_FIELDS, nodeRow, storedTree, UPDATE_NODE } from '../support/plan-fixtures';

/**
 * The links between the plan cascade and its budget: a KPI whose target is a
 * budget figure (kept in step when the budget is locked), and a project's
 * cost estimate from the cost lines that carry it.
 *
 * The budget is budgetWorld's 12 months from 2031-01: 1,000 widgets a month at
 * 100.00 (unit cost 40.00), sales rent 5,000 and HR training 1,000 a month,
 * two sales reps at 10,000 and a sales lead at 8,000 from April and an HR
 * officer at 15,000, all with 30 % on-costs. Responsibility target, year 1:
 * - revenue 12 × 100,000 = 1,200,000.00;
 * - contribution 1,200,000 − 480,000 = 720,000; fixed costs 72,000;
 *   labour 2 × 13,000 × 12 + 10,400 × 9 + 19,500 × 12 = 312,000 + 93,600 + 234,000 = 639,600;
 *   profit before tax 720,000 − 72,000 − 639,600 = 8,400.00.
 */
const LINK = `mutation($input: LinkKpiTargetInput!) { linkKpiTargetToBudget(input: $input) {
  ${NODE_FIELDS} kpi { target progress targetSource { scenario measure period } } } }`;
const NODE_WITH_ESTIMATE = `query($id: ID!) { node(id: $id) { id budgetCostEstimate } }`;
const REVENUE_Y1: KpiTargetSource = { scenario: 'responsibility', measure: 'revenue', period: 'Y1' };
const PROFIT_Y1: KpiTargetSource = { scenario: 'responsibility', measure: 'profitBeforeTax', period: 'Y1' };
const PAYBACK: KpiTargetSource = { scenario: 'responsibility', measure: 'paybackMonth', period: 'total' };

/** The engine's input from the budget as a finance user reads it (the fixture's shapes only: flat volumes, monthly costs). */
function engineInputOf(b: Json): BudgetInput {
  return {
    startMonth: b.startMonth,
    horizonMonths: b.horizonMonths,
    revenueLines: b.revenueLines.map((l: Json) => ({
      id: l.id,
      name: l.name,
      kind: l.kind,
      unitPrice: l.unitPrice,
      volume: { kind: 'flat', perMonth: l.volume.perMonth },
      ...(l.variableCost ? { variableCost: { kind: 'unitCost', unitCost: l.variableCost.unitCost } } : {}),
    })),
    costLines: b.costLines.map((l: Json) => ({
      id: l.id,
      name: l.name,
      departmentId: l.departmentId,
      category: l.category,
      amount: { kind: 'monthly', amount: l.amount },
      ...(l.firstMonth ? { firstMonth: l.firstMonth } : {}),
      ...(l.lastMonth ? { lastMonth: l.lastMonth } : {}),
    })),
    positions: b.positions.map((p: Json) => ({
      id: p.id,
      departmentId: p.departmentId,
      roleTitle: p.roleTitle,
      count: p.count,
      monthlySalary: p.monthlySalary,
      onCostRate: p.onCostRate,
      ...(p.firstMonth ? { firstMonth: p.firstMonth } : {}),
      ...(p.lastMonth ? { lastMonth: p.lastMonth } : {}),
    })),
    financing: { ...b.financing, incomeTaxRate: b.financing.incomeTaxRate ?? undefined, loans: [] },
  };
}

/** A decimal as the API writes KPI figures: no trailing zeros ("1200000.00" → "1200000"). */
const plain = (money: string) => (money.includes('.') ? money.replace(/0+$/, '').replace(/\.$/, '') : money);

describe('links between the plan cascade and its budget', () => {
  let t: TestApp;
  let w: BudgetWorld;
  let opsManager: Session;
  let strategy: Json;
  /** objective ← two sales projects: `revenue` (a KPI on sales, actual 600,000) and `other` (typed progress 20) */
  let objective: Json;
  let revenue: Json;
  let other: Json;
  let profit: Json;

  const readBudget = async () => (await t.ok(BUDGET, { planId: w.plan }, w.finance.token)).budget;
  const engineFigure = async (source: KpiTargetSource): Promise<string> => {
    const figure = budgetFigure(computeBudget(engineInputOf(await readBudget())), source);
    if (figure === null) throw new Error(`The engine has no ${source.measure} figure for this budget.`);
    return figure;
  };
  const link = (session: Session, node: { id: string }, version: number, source: KpiTargetSource | null) =>
    t.gql<Json>(LINK, { input: { nodeId: node.id, version, source } }, { token: session.token });
  const stored = async (id: string) => {
    const row = await nodeRow(id);
    return { target: plain(String(row.kpi_target)), source: row.kpi_target_source, ownProgress: Number(row.own_progress), progress: Number(row.progress), version: row.version };
  };

  beforeAll(async () => {
    t = await TestApp.start();
    w = await budgetWorld(t, 'Links Co');
    const ops = (await t.createDepartment(w.admin, 'Operations')).id;
    opsManager = await t.addMember(w.admin, 'manager', ops);
    await setDepartment(t, w.admin, ops, { managerId: opsManager.membershipId });

    strategy = await createNode(t, w.admin, { planId: w.plan, level: 'strategy', title: 'Grow profitably' });
    objective = await createNode(t, w.admin, { planId: w.plan, parentId: strategy.id, level: 'objective', title: 'Sell more widgets', departmentId: w.sales });
    revenue = await createNode(t, w.admin, {
      planId: w.plan,
      parentId: objective.id,
      level: 'project',
      title: 'Widget sales',
      departmentId: w.sales,
      kpi: { name: 'Revenue', unit: '元', direction: 'higher_is_better', baseline: '0', target: '100', actual: '600000' },
    });
    other = await createNode(t, w.admin, { planId: w.plan, parentId: objective.id, level: 'project', title: 'Showroom', departmentId: w.sales });
    await t.ok(`mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id } }`, { input: { id: other.id, version: other.version, progress: 20 } }, w.admin.token);
    profit = await createNode(t, w.admin, {
      planId: w.plan,
      parentId: strategy.id,
      level: 'objective',
      title: 'Stay profitable',
      kpi: { name: 'Profit before tax', direction: 'higher_is_better', baseline: '0', target: '1', actual: '4200' },
    });
  });
  afterAll(() => t.stop());

  it('refuses a manager without access to the whole budget, finance (who may not edit the plan) and staff, and changes nothing', async () => {
    const before = await stored(revenue.id);
    // The sales manager may edit the sales project, but reads only their department's budget lines.
    expect(codes(await link(w.salesManager, revenue, revenue.version, REVENUE_Y1))).toEqual(['FORBIDDEN']);
    expect(codes(await link(w.finance, revenue, revenue.version, REVENUE_Y1))).toEqual(['FORBIDDEN']);
    expect(codes(await link(w.staff, revenue, revenue.version, REVENUE_Y1))).toEqual(['FORBIDDEN']);
    expect(codes(await link(w.salesManager, revenue, revenue.version, null))).toEqual(['FORBIDDEN']);
    expect(await stored(revenue.id)).toEqual(before);
  });

  it('names the field of a period outside the horizon, an unknown measure or scenario, and a node without a KPI', async () => {
    const cases: [Json, string][] = [
      [{ ...REVENUE_Y1, period: 'Y2' }, 'source.period'], // a 12-month budget has Y1 only
      [{ ...REVENUE_Y1, period: 'Q1' }, 'source.period'],
      [{ ...REVENUE_Y1, measure: 'turnover' }, 'source.measure'],
      [{ ...REVENUE_Y1, scenario: 'breakeven' }, 'source.scenario'],
      [{ ...PAYBACK, period: 'Y1' }, 'source.period'], // the payback month is a figure of the whole horizon
    ];
    for (const [source, field] of cases) {
      const res = await link(w.executive, revenue, revenue.version, source);
      expect({ source, codes: codes(res), field: res.errors?.[0].extensions?.field }).toEqual({ source, codes: ['BAD_USER_INPUT'], field });
    }
    const noKpi = await link(w.executive, other, (await stored(other.id)).version, REVENUE_Y1);
    expect(codes(noKpi)).toEqual(['BAD_USER_INPUT']);
    expect(noKpi.errors?.[0].extensions?.field).toBe('nodeId');
    expect((await stored(revenue.id)).source).toBeNull();
  });

  it('takes the target from the engine’s figure to the cent and rolls the new progress up', async () => {
    const figure = await engineFigure(REVENUE_Y1);
    expect(figure).toBe('1200000.00');
    // Before: the typed target 100 is far exceeded (100 %), the showroom at 20: the objective at 60.
    expect((await stored(objective.id)).progress).toBe(60);

    const res = await link(w.executive, revenue, revenue.version, REVENUE_Y1);
    expect(res.errors).toBeUndefined();
    const node = res.data.linkKpiTargetToBudget;
    expect(node.kpi).toMatchObject({ target: plain(figure), targetSource: REVENUE_Y1, progress: 50 }); // 600,000 of 1,200,000
    expect(node.version).toBe(revenue.version + 1);
    expect(await stored(revenue.id)).toMatchObject({ target: '1200000', source: REVENUE_Y1, ownProgress: 50, progress: 50 });
    // The objective: (50 + 20) / 2.
    expect((await stored(objective.id)).progress).toBe(35);
    expectExactRollUps(await storedTree(w.plan));

    const [audit] = await ownerQuery(`SELECT action, changes FROM audit_log WHERE entity = 'plan_node' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [revenue.id]);
    expect(audit.action).toBe('update');
    expect(audit.changes).toEqual(
      expect.arrayContaining([
        { field: 'kpiTarget', before: '100', after: '1200000' },
        { field: 'kpiTargetSource', before: null, after: REVENUE_Y1 },
      ]),
    );
    revenue = node;
  });

  it('links a profit figure that is not simply typed drivers', async () => {
    const figure = await engineFigure(PROFIT_Y1);
    expect(figure).toBe('8400.00');
    const res = await link(w.admin, profit, profit.version, PROFIT_Y1);
    expect(res.errors).toBeUndefined();
    expect(res.data.linkKpiTargetToBudget.kpi).toMatchObject({ target: '8400', progress: 50, targetSource: PROFIT_Y1 }); // 4,200 of 8,400
    profit = res.data.linkKpiTargetToBudget;
  });

  it('answers CONFLICT to a stale version', async () => {
    const res = await link(w.executive, revenue, revenue.version - 1, REVENUE_Y1);
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors?.[0].extensions?.current).toMatchObject({ id: revenue.id, version: revenue.version });
  });

  it('refreshes linked targets to the locked drivers’ figures when the budget is locked', async () => {
    let b = await readBudget();
    const widgets = b.revenueLines[0];
    await t.ok(SAVE_LINES, {
      input: {
        budgetId: b.id,
        revenueLines: [{ id: widgets.id, version: widgets.version, name: widgets.name, kind: widgets.kind, unitPrice: '110.00', volume: { kind: 'flat', perMonth: '1000' }, variableCost: { kind: 'unitCost', unitCost: '40.00' } }],
      },
    }, w.finance.token);
    // Editing drivers leaves the targets alone until the budget is locked.
    expect((await stored(revenue.id)).target).toBe('1200000');

    b = await readBudget();
    const revenueFigure = await engineFigure(REVENUE_Y1);
    const profitFigure = await engineFigure(PROFIT_Y1);
    expect(revenueFigure).toBe('1320000.00'); // 12 × 1,000 × 110
    expect(profitFigure).toBe('128400.00'); // 8,400 + 12 × 1,000 × 10
    await t.ok(LOCK, { id: b.id, version: b.version }, w.executive.token);

    const after = await stored(revenue.id);
    expect(after).toMatchObject({ target: plain(revenueFigure), source: REVENUE_Y1, version: revenue.version + 1 });
    // 600,000 / 1,320,000 = 45.4545 %; the objective (45.4545 + 20) / 2.
    expect(after.ownProgress).toBe(45.4545);
    expect((await stored(objective.id)).progress).toBe(32.7273);
    expect(await stored(profit.id)).toMatchObject({ target: plain(profitFigure), ownProgress: 3.271 }); // 4,200 / 128,400 = 3.2710 %
    expectExactRollUps(await storedTree(w.plan));
    const node = (await t.ok(`query($id: ID!) { node(id: $id) { kpi { target targetSource { scenario measure period } } } }`, { id: revenue.id }, w.staff.token)).node;
    expect(node.kpi).toEqual({ target: '1320000', targetSource: REVENUE_Y1 });

    const locked = await readBudget();
    await t.ok(UNLOCK, { id: locked.id, version: locked.version }, w.executive.token);
    revenue = { ...revenue, version: after.version };
  });

  it('keeps the link when the KPI is edited with the same target, and clears it when the target is typed by hand', async () => {
    const kpi = { name: 'Widget revenue', unit: '元', direction: 'higher_is_better', baseline: '0', actual: '600000' };
    const renamed = (await t.ok(UPDATE_NODE, { input: { id: revenue.id, version: revenue.version, kpi: { ...kpi, target: '1320000.00' } } }, w.executive.token)).updateNode;
    expect((await stored(revenue.id)).source).toEqual(REVENUE_Y1);

    const typed = await t.ok(`mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id version kpi { target progress targetSource { period } } } }`, {
      input: { id: revenue.id, version: renamed.version, kpi: { ...kpi, target: '1000000' } },
    }, w.executive.token);
    expect(typed.updateNode.kpi).toEqual({ target: '1000000', progress: 60, targetSource: null });
    expect(await stored(revenue.id)).toMatchObject({ target: '1000000', source: null, ownProgress: 60 });
    expectExactRollUps(await storedTree(w.plan));

    // Unlinking keeps the figure; removing the KPI drops the link with it.
    const relinked = (await link(w.executive, revenue, typed.updateNode.version, REVENUE_Y1)).data.linkKpiTargetToBudget;
    expect(relinked.kpi.targetSource).toEqual(REVENUE_Y1);
    const unlinked = (await link(w.executive, revenue, relinked.version, null)).data.linkKpiTargetToBudget;
    expect(unlinked.kpi).toMatchObject({ target: '1320000', targetSource: null });
    const relinkedAgain = (await link(w.executive, revenue, unlinked.version, REVENUE_Y1)).data.linkKpiTargetToBudget;
    await t.ok(UPDATE_NODE, { input: { id: revenue.id, version: relinkedAgain.version, kpi: null } }, w.executive.token);
    expect(await stored(revenue.id)).toMatchObject({ source: null });
  });

  it('takes a payback month from the engine, and refuses one the budget never reaches', async () => {
    const setInvestment = async (initialInvestment: string) => {
      const b = await readBudget();
      await t.ok(UPDATE_BUDGET, { input: { id: b.id, version: b.version, financing: { initialInvestment, depreciationMonths: 12, ownFunds: '0.00', incomeTaxRate: null } } }, w.finance.token);
    };
    const opening = await createNode(t, w.admin, {
      planId: w.plan,
      level: 'strategy', // a strategy of its own, so the strategy above the cost estimates keeps its subtree
      title: 'Earn the fit-out back',
      kpi: { name: 'Payback month', direction: 'lower_is_better', baseline: '12', target: '6', actual: '10' },
    });

    // At 110.00 a widget, operations earn 18,500 a month for three months, then 8,100 (with the sales lead):
    // 40,000 invested is covered in month 3 (18,500 + 18,500 + 18,500 = 55,500).
    await setInvestment('40000.00');
    const figure = await engineFigure(PAYBACK);
    expect(figure).toBe('3');
    const res = await link(w.executive, opening, opening.version, PAYBACK);
    expect(res.errors).toBeUndefined();
    const linked = res.data.linkKpiTargetToBudget;
    expect(linked.kpi).toMatchObject({ target: figure, targetSource: PAYBACK });
    expect(await stored(opening.id)).toMatchObject({ target: '3', source: PAYBACK });

    // Ten million is not earned back within the 12 months: there is no month to take, and nothing changes.
    await setInvestment('10000000.00');
    expect(budgetFigure(computeBudget(engineInputOf(await readBudget())), PAYBACK)).toBeNull();
    const before = await stored(opening.id);
    const never = await link(w.executive, opening, linked.version, { ...PAYBACK, scenario: 'stretch' });
    expect(codes(never)).toEqual(['BAD_USER_INPUT']);
    expect(never.errors?.[0].extensions?.field).toBe('source.measure');
    expect(await stored(opening.id)).toEqual(before);
    await setInvestment('0.00');
  });

  describe('a project’s cost estimate', () => {
    let estimated: Json;

    beforeAll(async () => {
      estimated = await createNode(t, w.admin, { planId: w.plan, parentId: objective.id, level: 'project', title: 'Trade fair', departmentId: w.sales });
      const b = await readBudget();
      await t.ok(SAVE_LINES, {
        input: {
          budgetId: b.id,
          costLines: [
            // sales: 2,000 a month for March to May
            { name: 'Trade fair stand', departmentId: w.sales, category: 'promotion', amountKind: 'monthly', amount: '2000.00', firstMonth: '2031-03', lastMonth: '2031-05', planNodeId: estimated.id },
            // HR: 450.50 a month all year
            { name: 'Fair staff training', departmentId: w.hr, category: 'training', amountKind: 'monthly', amount: '450.50', planNodeId: estimated.id },
            // 1 % of revenue (110,000 a month): 1,100 a month, in December only
            { name: 'Fair commission', departmentId: w.sales, category: 'other', amountKind: 'shareOfRevenue', rate: '0.01', firstMonth: '2031-12', planNodeId: estimated.id },
          ],
        },
      }, w.finance.token);
    });

    const estimate = async (session: Session, id = estimated.id) => (await t.ok(NODE_WITH_ESTIMATE, { id }, session.token)).node.budgetCostEstimate;

    it('sums the responsibility target’s amounts of the cost lines linked to it over the horizon', async () => {
      // 6,000 + 12 × 450.50 + 1,100 = 12,506.00
      expect(await estimate(w.finance)).toBe('12506.00');
      expect(await estimate(w.executive)).toBe('12506.00');
      expect(await estimate(w.admin)).toBe('12506.00');
      // Nothing linked: null.
      expect(await estimate(w.finance, other.id)).toBeNull();
    });

    it('shows a manager only their own department’s lines, and nothing to another department’s manager or to staff', async () => {
      expect(await estimate(w.salesManager)).toBe('7100.00'); // 6,000 + 1,100
      expect(await estimate(w.hrManager)).toBe('5406.00'); // 12 × 450.50
      expect(await estimate(opsManager)).toBeNull();
      expect(await estimate(w.staff)).toBeNull();
      const res = await t.gql<Json>(NODE_WITH_ESTIMATE, { id: estimated.id }, { token: w.staff.token });
      expect(res.errors).toBeUndefined();
    });

    it('is batched per request for a list that asks for it, not looked up node by node', async () => {
      const SUBTREE = `query($id: ID!) { nodeSubtree(id: $id) { id budgetCostEstimate } }`;
      const subtree = (await t.ok(SUBTREE, { id: objective.id }, w.finance.token)).nodeSubtree;
      expect(Object.fromEntries(subtree.map((n: Json) => [n.id, n.budgetCostEstimate]))).toMatchObject({ [estimated.id]: '12506.00', [other.id]: null, [objective.id]: null });
      // The strategy's subtree has two more nodes (itself, the profit objective): the same statements.
      const small = await countStatements(() => t.ok(SUBTREE, { id: objective.id }, w.finance.token));
      const large = await countStatements(() => t.ok(SUBTREE, { id: strategy.id }, w.finance.token));
      expect(large.result.nodeSubtree.length).toBe(subtree.length + 2);
      expect(large.count).toBe(small.count);
    });

    it('takes cost lines on projects of the budget’s plan only', async () => {
      const b = await readBudget();
      const res = await t.gql(SAVE_LINES, {
        input: { budgetId: b.id, costLines: [{ name: 'Misplaced', departmentId: w.sales, category: 'other', amountKind: 'monthly', amount: '1.00', firstMonth: START, planNodeId: objective.id }] },
      }, { token: w.finance.token });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.field).toBe('costLines[0].planNodeId');
    });
  });
});
