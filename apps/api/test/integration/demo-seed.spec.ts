import { Client } from 'pg';
import { APP_DB_ROLE, withCredentials } from '../../src/config/app-config';
import { migrateDatabase } from '../../src/database/bootstrap';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../src/tools/seed-demo';
import { DEMO_HISTORY_DAYS, GraphQLCall, seedDemoPlan } from '../../src/tools/seed-demo-plan';
import { DEMO_BUDGET_QUERY, DEMO_BUDGET_START, demoBudgetInput } from '../../src/tools/seed-demo-budget';
import { builtInTemplate, computeBudget, instantiateTemplate, PlanTemplate } from '@opsplan/domain';
import { Json, TestApp } from '../support/test-app';

/** The demo organisation `npm start` creates on an empty database. */
describe('the demo organisation', () => {
  const dbName = `opsplan_seed_${Date.now()}`;
  let ownerUrl: string;
  let t: TestApp;

  beforeAll(async () => {
    const server = new Client({ connectionString: process.env.OPSPLAN_TEST_SERVER_URL });
    await server.connect();
    await server.query(`CREATE DATABASE ${dbName}`);
    await server.end();
    const url = new URL(process.env.OPSPLAN_TEST_SERVER_URL as string);
    url.pathname = `/${dbName}`;
    ownerUrl = url.toString();
    const appUrl = withCredentials(ownerUrl, APP_DB_ROLE, 'opsplan-app-test');
    await migrateDatabase(ownerUrl, appUrl);
    t = await TestApp.start({ DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl });
  });
  afterAll(async () => {
    await t?.stop();
    const server = new Client({ connectionString: process.env.OPSPLAN_TEST_SERVER_URL });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await server.end();
  });

  it('is created once, and not again when data exists', async () => {
    expect(await seedDemo(ownerUrl)).toBe(true);
    expect(await seedDemo(ownerUrl)).toBe(false);
  });

  it('lets every demo person sign in with the printed password, in their role', async () => {
    for (const person of DEMO_PEOPLE) {
      const res = await t.gql<Json>(
        `mutation($i: SignInInput!) { signIn(input: $i) { viewer { organization { name } membership { role department { name } } } } }`,
        { i: { email: person.email, password: DEMO_PASSWORD } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.signIn.viewer.membership.role).toBe(person.role);
      expect(res.data.signIn.viewer.organization.name).toContain('Xinghai');
    }
  });

  it('lays out the departments of an annual-planning organisation, each manager in place', async () => {
    const admin = DEMO_PEOPLE.find((p) => p.role === 'admin');
    const signIn = await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email: admin?.email, password: DEMO_PASSWORD },
    });
    const data = await t.ok(`{ departments { name parentId manager { user { email } } } }`, {}, signIn.data.signIn.accessToken);
    const names = data.departments.map((d: Json) => d.name);
    expect(names).toEqual(expect.arrayContaining(['总裁办 · President’s office', '销售中心 · Sales center', '财务中心 · Finance center', '人力资源部 · HR department']));
    expect(data.departments).toHaveLength(7);
    const sales = data.departments.find((d: Json) => d.name.includes('Sales'));
    expect(sales.manager.user.email).toBe('sales.manager@demo.opsplan.dev');
  });

  it('has a 2026 plan built from the corporate template: the market-share cascade, rolled up, one activity overdue', async () => {
    const call: GraphQLCall = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await t.gql<T>(query, variables, { token });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data as T;
    };
    await seedDemoPlan(call, ownerUrl);
    const signIn = await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email: 'staff@demo.opsplan.dev', password: DEMO_PASSWORD },
    });
    const token = signIn.data.signIn.accessToken;
    const { plans } = await t.ok(`{ plans { id year progress } }`, {}, token);
    // 2026 is being carried out; 2027 is being planned (the planning cycle below).
    expect(plans.map((p: Json) => p.year)).toEqual([2027, 2026]);
    const plan2026 = plans[1];
    const { planOutline } = await t.ok(
      `query($id: ID!) { planOutline(planId: $id, depth: 5) { id title level status progress weight overdue parentId childCount } }`,
      { id: plan2026.id },
      token,
    );
    // Exactly the corporate template's cascade, in both languages.
    const corporate = instantiateTemplate(builtInTemplate('corporate') as PlanTemplate, { language: 'bilingual', planYear: 2026 });
    if (!corporate.ok) throw new Error('the corporate template does not instantiate');
    expect(planOutline.map((n: Json) => n.title).sort()).toEqual(corporate.blueprint.nodes.map((n) => n.title).sort());
    const byTitle = (prefix: string) => planOutline.find((n: Json) => n.title.startsWith(prefix));
    expect(byTitle('五年内成为行业第一').level).toBe('strategy');
    // Sign 120 outlets was due on 30 November and is not done.
    expect(byTitle('签约 120 家新终端').overdue).toBe(true);
    expect(byTitle('拜访 40 家经销商').overdue).toBe(false);
    // The objective is the weighted average of its four projects (coverage weighs 2).
    const share = byTitle('第一年市场占有率');
    const projects = planOutline.filter((n: Json) => n.parentId === share.id);
    expect(projects).toHaveLength(4);
    const weighted = projects.reduce((sum: number, p: Json) => sum + p.progress * p.weight, 0) / projects.reduce((sum: number, p: Json) => sum + p.weight, 0);
    expect(share.progress).toBeCloseTo(weighted, 3);
    // Lowering the retail price has a task below it: its progress is the task's, whatever its KPI reads.
    const price = byTitle('降低零售价格');
    const priceTasks = planOutline.filter((n: Json) => n.parentId === price.id);
    expect(priceTasks.length).toBeGreaterThan(0);
    expect(price.progress).toBeCloseTo(priceTasks.reduce((sum: number, n: Json) => sum + n.progress * n.weight, 0) / priceTasks.reduce((sum: number, n: Json) => sum + n.weight, 0), 3);
    // Work under way is never shown as not started: each owner has set the status where their part stands.
    const parents = planOutline.filter((n: Json) => n.childCount > 0);
    // …and finished work is not left at risk.
    expect(parents.filter((n: Json) => n.progress >= 100 && n.status !== 'done').map((n: Json) => n.title)).toEqual([]);
    expect(parents.filter((n: Json) => n.progress > 0 && n.status === 'not_started').map((n: Json) => n.title)).toEqual([]);
    const statuses = parents.map((n: Json) => n.status);
    expect(statuses.filter((s: string) => !['on_track', 'at_risk', 'done'].includes(s))).toEqual([]);
    const ops = await t.ok(`query($id: ID!) { operationsIndex(planId: $id) { index weakest dimensions { dimension progress } } }`, { id: plan2026.id }, token);
    expect(ops.operationsIndex.dimensions.every((d: Json) => d.progress !== null)).toBe(true);
    expect(ops.operationsIndex.index).toBeGreaterThan(0);
  });

  it('starts the dashboard’s trend line with a few weeks of daily progress, ending at today’s figure', async () => {
    const signIn = await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email: 'gm@demo.opsplan.dev', password: DEMO_PASSWORD },
    });
    const token = signIn.data.signIn.accessToken;
    const { plans } = await t.ok(`{ plans { id year } }`, {}, token);
    const { planDashboard } = await t.ok(`query($id: ID!) { planDashboard(planId: $id) { today progress trend { date progress } } }`, {
      id: plans.find((p: Json) => p.year === 2026).id,
    }, token);
    const { trend, today, progress } = planDashboard;
    expect(trend).toHaveLength(DEMO_HISTORY_DAYS + 1);
    expect(trend[trend.length - 1]).toEqual({ date: today, progress: Number(progress.toFixed(4)) });
    const dates = trend.map((p: Json) => p.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual([...dates].sort());
    // climbing, more or less: six weeks ago well below today, never above it
    expect(trend[0].progress).toBeLessThan(progress * 0.8);
    expect(trend.every((p: Json) => p.progress >= 0 && p.progress <= progress + 1e-9)).toBe(true);
  });

  it('has the staff member’s weekly check-ins over the last weeks, on the dashboard too', async () => {
    const signIn = await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email: 'staff@demo.opsplan.dev', password: DEMO_PASSWORD },
    });
    const token = signIn.data.signIn.accessToken;
    const { plans } = await t.ok(`{ plans { id year } }`, {}, token);
    const planId = plans.find((p: Json) => p.year === 2026).id;
    const { planOutline } = await t.ok(`query($id: ID!) { planOutline(planId: $id, depth: 5) { id title progress } }`, { id: planId }, token);
    const sign = planOutline.find((n: Json) => n.title.startsWith('签约 120 家新终端'));
    const { checkIns } = await t.ok(`query($id: ID!) { checkIns(nodeId: $id) { progress confidence note createdAt author { user { email } } } }`, { id: sign.id }, token);
    expect(checkIns).toHaveLength(4);
    const oldestFirst = [...checkIns].sort((a: Json, b: Json) => a.createdAt.localeCompare(b.createdAt));
    expect(oldestFirst.map((c: Json) => c.progress)).toEqual([20, 32, 41, 55]);
    expect(oldestFirst[oldestFirst.length - 1].progress).toBe(sign.progress);
    expect(checkIns.every((c: Json) => c.author.user.email === 'staff@demo.opsplan.dev' && c.note)).toBe(true);
    const weeksAgo = (c: Json) => Math.round((Date.now() - Date.parse(c.createdAt)) / (7 * 86_400_000));
    expect(oldestFirst.map(weeksAgo)).toEqual([9, 7, 4, 1]);
    const { planDashboard } = await t.ok(`query($id: ID!) { planDashboard(planId: $id) { checkInActivity { week count } } }`, { id: planId }, token);
    expect(planDashboard.checkInActivity.filter((w: Json) => w.count > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('is planning 2027: stages 1–2 approved, 3 submitted, 4 overdue, the rest ahead, with last year’s retrospective', async () => {
    const signIn = await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email: 'staff@demo.opsplan.dev', password: DEMO_PASSWORD },
    });
    const token = signIn.data.signIn.accessToken;
    const { planningCycles } = await t.ok(
      `{ planningCycles { id planYear today retrospective previousRetrospective leader { user { email } } deputyLeader { user { email } } members { id }
         stages { id key status overdue dueDate } dashboard { approvedCount overdueCount late { overdueStageIds } } } }`,
      {},
      token,
    );
    expect(planningCycles.map((c: Json) => c.planYear)).toEqual([2027, 2026]);
    const [cycle, last] = planningCycles;
    expect(last.stages.every((s: Json) => s.status === 'approved')).toBe(true);
    expect(last.retrospective).toContain('two weeks earlier');
    expect(cycle.previousRetrospective).toBe(last.retrospective);
    expect(cycle.leader.user.email).toBe('gm@demo.opsplan.dev');
    expect(cycle.deputyLeader.user.email).toBe('admin@demo.opsplan.dev');
    expect(cycle.members).toHaveLength(3);
    expect(cycle.stages.map((s: Json) => [s.key, s.status, s.overdue])).toEqual([
      ['sales_forecast', 'approved', false],
      ['financial_forecast', 'approved', false],
      ['sales_plan', 'submitted', true],
      ['rnd_plan', 'in_progress', true],
      ['supply_plan', 'not_started', false],
      ['hr_plan', 'not_started', false],
      ['financial_budget', 'not_started', false],
      ['overall_plan', 'not_started', false],
    ]);
    expect(cycle.stages.filter((s: Json) => s.dueDate >= cycle.today)).toHaveLength(4);
    const { cycleStage } = await t.ok(`query($id: ID!) { cycleStage(id: $id) { history { action reason } deliverables { body } } }`, { id: cycle.stages[0].id }, token);
    expect(cycleStage.history.map((h: Json) => h.action)).toEqual(['start', 'submit', 'return', 'start', 'submit', 'approve']);
    expect(cycleStage.history[2].reason).toContain('Split the forecast by region');
  });

  it('has a budget on the 2026 plan whose three scenarios differ, with a breakeven below the plan and actuals for the months gone by', async () => {
    const tokenOf = async (email: string) =>
      (await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { email, password: DEMO_PASSWORD } })).data.signIn.accessToken;
    const finance = await tokenOf('finance@demo.opsplan.dev');
    const { plans, departments } = await t.ok(`{ plans { id year } departments { id name isHr manager { user { email } } } }`, {}, finance);
    const plan = plans.find((p: Json) => p.year === 2026);
    const { budget } = await t.ok(DEMO_BUDGET_QUERY, { id: plan.id }, finance);
    expect(budget.startMonth).toBe(DEMO_BUDGET_START);
    expect(budget.revenueLines.length).toBeGreaterThanOrEqual(2);
    expect(budget.financing.loans.length).toBeGreaterThanOrEqual(1);
    expect(Number(budget.financing.initialInvestment)).toBeGreaterThan(0);
    // Last autumn's cycle approved the financial budget, which locked it.
    const { budget: lockState } = await t.ok(`query($id: ID!) { budget(planId: $id) { lockedAt } }`, { id: plan.id }, finance);
    expect(lockState.lockedAt).not.toBeNull();
    // Positions in every department, cost lines in every category.
    expect(new Set(budget.positions.map((p: Json) => p.departmentId))).toEqual(new Set(departments.map((d: Json) => d.id)));
    expect(new Set(budget.costLines.map((l: Json) => l.category))).toEqual(new Set(['rent', 'utilities', 'marketing', 'rnd', 'promotion', 'training', 'other']));
    // The HR department is flagged, and its manager edits positions.
    const hr = departments.filter((d: Json) => d.isHr);
    expect(hr.map((d: Json) => [d.name, d.manager.user.email])).toEqual([['人力资源部 · HR department', 'hr.manager@demo.opsplan.dev']]);
    const hrView = (await t.ok(`query($id: ID!) { budget(planId: $id) { access { editPositions seeSalaries } } }`, { id: plan.id }, await tokenOf('hr.manager@demo.opsplan.dev'))).budget;
    // Locked by last autumn's approval: the HR manager sees salaries but edits nothing until it is unlocked.
    expect(hrView.access).toEqual({ editPositions: false, seeSalaries: true });

    const result = computeBudget(demoBudgetInput(budget));
    const profit = [result.responsibility.total.netProfit, result.stretch.total.netProfit];
    expect(result.breakeven.status).toBe('solved');
    if (result.breakeven.status !== 'solved') return;
    const multiplier = Number(result.breakeven.volumeMultiplier);
    // Breakeven below the plan, stretch above it: three visibly different scenarios.
    expect(multiplier).toBeGreaterThan(0.5);
    expect(multiplier).toBeLessThan(0.97);
    expect(Number(profit[0])).toBeGreaterThan(0);
    expect(Number(profit[1])).toBeGreaterThan(Number(profit[0]) * 1.2);
    expect(Number(result.breakeven.scenario.total.revenue)).toBeLessThan(Number(result.responsibility.total.revenue) * 0.97);
    expect(Number(result.stretch.total.revenue)).toBeGreaterThan(Number(result.responsibility.total.revenue) * 1.1);

    // Actuals for every line in each month already over, some above plan and some below.
    const now = new Date();
    const elapsed = Math.min(budget.horizonMonths, (now.getFullYear() - 2026) * 12 + now.getMonth());
    const lines = budget.revenueLines.length + budget.costLines.length + budget.positions.length;
    const { budget: withActuals } = await t.ok(`query($id: ID!) { budget(planId: $id) { actuals { lineId month amount } } }`, { id: plan.id }, finance);
    expect(withActuals.actuals).toHaveLength(Math.max(0, elapsed) * lines);
    if (elapsed > 0) {
      const toDate = (await t.ok(`query($id: ID!) { budgetToDate(planId: $id) { throughMonth revenue { actual responsibility } costs { actual responsibility } } }`, { id: plan.id }, finance)).budgetToDate;
      expect(toDate.revenue.actual).not.toBe(toDate.revenue.responsibility);
      expect(toDate.costs.actual).not.toBe(toDate.costs.responsibility);
    }
  });

  it('is never seeded in production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seedDemo(ownerUrl)).rejects.toThrow(/never seeded in production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
