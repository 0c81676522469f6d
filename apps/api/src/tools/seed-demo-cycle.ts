import { DEMO_PASSWORD } from './seed-demo';
import type { GraphQLCall } from './seed-demo-plan';

interface Stage {
  id: string;
  key: string;
  version: number;
  startDate: string;
  dueDate: string;
  position: number;
}
interface Cycle {
  id: string;
  version: number;
  today: string;
  stages: Stage[];
}

const CYCLE_FIELDS = `id version today stages { id key version startDate dueDate position }`;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The demo's planning cycles, through the API: last year's (for plan year
 * 2026) finished, with its retrospective; this autumn's (plan year 2027) under
 * way, its dates moved so that today falls between the R&D plan (overdue) and
 * the supply plan. Stages 1–2 approved (the sales forecast after being sent
 * back once), stage 3 submitted, stage 4 in progress and overdue.
 */
export async function seedDemoCycle(call: GraphQLCall): Promise<void> {
  const tokenOf = async (who: string) =>
    (
      await call<{ signIn: { accessToken: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
        input: { email: `${who}@demo.opsplan.dev`, password: DEMO_PASSWORD },
      })
    ).signIn.accessToken;
  const [gm, admin, sales, finance] = await Promise.all(['gm', 'admin', 'sales.manager', 'finance'].map(tokenOf));
  const { members } = await call<{ members: { id: string; user: { email: string } }[] }>(
    `{ members { id user { email } } }`,
    {},
    gm,
  );
  const member = (who: string) => members.find((m) => m.user.email === `${who}@demo.opsplan.dev`)?.id;

  const createCycle = async (planId: string) =>
    (await call<{ createPlanningCycle: Cycle }>(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { ${CYCLE_FIELDS} } }`, { input: { planId } }, gm))
      .createPlanningCycle;
  const setGroup = async (cycle: Cycle, extra: Record<string, unknown> = {}) =>
    (
      await call<{ updatePlanningCycle: Cycle }>(
        `mutation($input: UpdatePlanningCycleInput!) { updatePlanningCycle(input: $input) { ${CYCLE_FIELDS} } }`,
        {
          input: {
            id: cycle.id,
            version: cycle.version,
            leaderId: member('gm'),
            deputyLeaderId: member('admin'),
            memberIds: ['sales.manager', 'finance', 'hr.manager'].map(member),
            ...extra,
          },
        },
        gm,
      )
    ).updatePlanningCycle;
  const stageVersion = async (id: string) => (await call<{ cycleStage: { version: number } }>(`query($id: ID!) { cycleStage(id: $id) { version } }`, { id }, gm)).cycleStage.version;
  const act = async (mutation: 'submitCycleStage' | 'approveCycleStage' | 'returnCycleStage', token: string, id: string, reason?: string) => {
    const type = mutation === 'returnCycleStage' ? 'ReturnCycleStageInput' : 'StageVersionInput';
    await call(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input: { id, version: await stageVersion(id), ...(reason ? { reason } : {}) } }, token);
  };
  const write = async (stageId: string, token: string, body: string) => {
    const { cycleStage } = await call<{ cycleStage: { deliverables: { id: string; version: number }[] } }>(
      `query($id: ID!) { cycleStage(id: $id) { deliverables { id version } } }`,
      { id: stageId },
      token,
    );
    const [doc] = cycleStage.deliverables;
    await call(`mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`, { input: { id: doc.id, version: doc.version, body } }, token);
  };

  // Last autumn's cycle, laid out with the 2026 plan by the corporate template: every stage
  // approved (the financial budget's approval locks the budget), and what to change this year.
  const { planningCycles } = await call<{ planningCycles: { id: string; planYear: number }[] }>(`{ planningCycles { id planYear } }`, {}, gm);
  const cycle2026 = planningCycles.find((c) => c.planYear === 2026);
  if (cycle2026) {
    const laidOut = await call<{ planningCycle: Cycle }>(`query($id: ID!) { planningCycle(id: $id) { ${CYCLE_FIELDS} } }`, { id: cycle2026.id }, gm);
    let last = await setGroup(laidOut.planningCycle);
    for (const stage of [...last.stages].sort((a, b) => a.position - b.position)) {
      await act('submitCycleStage', gm, stage.id);
      await act('approveCycleStage', admin, stage.id);
    }
    last = await call<{ planningCycle: Cycle }>(`query($id: ID!) { planningCycle(id: $id) { ${CYCLE_FIELDS} } }`, { id: last.id }, gm).then((r) => r.planningCycle);
    await setGroup(last, {
      retrospective: '销售预测提前两周启动；研发计划需与销售计划同步评审。\nStart the sales forecast two weeks earlier; review the R&D plan together with the sales plan.',
    });
  }

  // This autumn's cycle, for the 2027 plan.
  const { createPlan } = await call<{ createPlan: { id: string } }>(
    `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`,
    { input: { year: 2027, name: '2027 年度经营计划 · 2027 annual operating plan' } },
    gm,
  );
  const cycle = await setGroup(await createCycle(createPlan.id));
  const byKey = (key: string) => cycle.stages.find((s) => s.key === key) as Stage;
  // Move every date so that the R&D plan fell due three days ago and the supply plan is due in two.
  const shift = daysBetween(byKey('rnd_plan').dueDate, addDays(cycle.today, -3));
  for (const stage of [...cycle.stages].sort((a, b) => (shift > 0 ? b.position - a.position : a.position - b.position))) {
    await call(
      `mutation($input: UpdateCycleStageInput!) { updateCycleStage(input: $input) { id } }`,
      {
        input: {
          id: stage.id,
          version: stage.version,
          startDate: addDays(stage.startDate, shift),
          dueDate: addDays(stage.dueDate, shift),
          ...(stage.key === 'financial_forecast' || stage.key === 'financial_budget' ? { responsibleId: member('finance') } : {}),
        },
      },
      gm,
    );
  }
  const s1 = byKey('sales_forecast').id;
  await write(s1, sales, '<h2>2027 销售预测 Sales forecast</h2><p>总量 1.20 百万台 · 1.20m units</p>');
  await act('submitCycleStage', sales, s1);
  await act('returnCycleStage', admin, s1, '请按大区拆分预测 · Split the forecast by region.');
  await write(s1, sales, '<h2>2027 销售预测 Sales forecast</h2><ul><li>华东 East 0.50m</li><li>华南 South 0.40m</li><li>华北 North 0.30m</li></ul>');
  await act('submitCycleStage', sales, s1);
  await act('approveCycleStage', gm, s1);
  const s2 = byKey('financial_forecast').id;
  await write(s2, finance, '<p>收入 Revenue ¥1.86bn · 毛利 Gross margin 27%</p>');
  await act('submitCycleStage', finance, s2);
  await act('approveCycleStage', gm, s2);
  await write(byKey('sales_plan').id, sales, '<p>产品运营与市场销售行动计划 · Product operations and market sales action plans</p>');
  await act('submitCycleStage', sales, byKey('sales_plan').id);
  await write(byKey('rnd_plan').id, gm, '<p>产品线规划（草稿）· Product lines (draft)</p>');
}
