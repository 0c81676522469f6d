import { Client } from 'pg';
import { DEMO_PASSWORD } from './seed-demo';
import { seedDemoCycle } from './seed-demo-cycle';
import { seedDemoBudget } from './seed-demo-budget';

/** Sends one GraphQL operation to a running API and returns `data` (throws on errors). */
export type GraphQLCall = <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;

interface NodeSpec {
  key: string;
  parent: string | null;
  level: 'strategy' | 'objective' | 'project' | 'task' | 'activity';
  title: string;
  owner: string;
  department: string;
  dimension?: 'organisation' | 'production' | 'marketing';
  start: string;
  due: string;
  weight?: number;
  kpi?: { name: string; unit: string; direction: 'higher_is_better' | 'lower_is_better'; baseline: string; target: string; actual: string };
  /** Typed progress for leaves without a KPI. */
  progress?: number;
  status?: 'on_track' | 'at_risk' | 'off_track' | 'done';
}

/**
 * The demo organisation's 2026 operating plan: the source's example cascade,
 * "No. 1 in the industry within five years" → "market share 40% in year one"
 * → its four projects, with tasks and activities below, some done, one
 * overdue. Created through the API, so every rule (levels, roll-ups, audit)
 * applies exactly as for a person entering it.
 */
const PLAN: NodeSpec[] = [
  { key: 'no1', parent: null, level: 'strategy', title: '五年内成为行业第一 · Become No. 1 in the industry within five years', owner: 'gm', department: '总裁办', dimension: 'marketing', start: '2026-01-01', due: '2030-12-31' },
  { key: 'share', parent: 'no1', level: 'objective', title: '第一年市场占有率提升到 40% · Raise market share to 40% in year one', owner: 'sales.manager', department: '销售中心', start: '2026-01-01', due: '2026-12-31', kpi: { name: '市场占有率 Market share', unit: '%', direction: 'higher_is_better', baseline: '25', target: '40', actual: '33.5' } },
  { key: 'coverage', parent: 'share', level: 'project', title: '提高零售终端覆盖率 · Raise retail-terminal coverage', owner: 'sales.manager', department: '销售中心', start: '2026-02-01', due: '2026-12-31', weight: 2 },
  { key: 'east', parent: 'coverage', level: 'task', title: '华东区新增 300 家终端 · Add 300 outlets in East China', owner: 'staff', department: '销售中心', start: '2026-02-01', due: '2026-12-20' },
  { key: 'visit', parent: 'east', level: 'activity', title: '拜访 40 家经销商 · Visit 40 dealers', owner: 'staff', department: '销售中心', start: '2026-02-01', due: '2026-04-30', progress: 100, status: 'done' },
  { key: 'sign', parent: 'east', level: 'activity', title: '签约 120 家新终端 · Sign 120 new outlets', owner: 'staff', department: '销售中心', start: '2026-05-01', due: '2026-11-30', progress: 55, status: 'at_risk' },
  { key: 'display', parent: 'coverage', level: 'task', title: '终端陈列标准化 · Standardise in-store display', owner: 'staff', department: '销售中心', start: '2026-03-01', due: '2026-12-15', progress: 70, status: 'on_track' },
  { key: 'dealers', parent: 'share', level: 'project', title: '提高经销商满意度 · Raise dealer satisfaction', owner: 'sales.manager', department: '销售中心', start: '2026-02-01', due: '2026-12-31', kpi: { name: '满意度 Satisfaction', unit: '/5', direction: 'higher_is_better', baseline: '3.8', target: '4.5', actual: '4.2' } },
  { key: 'packaging', parent: 'share', level: 'project', title: '改进产品性能或包装 · Improve product performance or packaging', owner: 'gm', department: '研发中心', dimension: 'production', start: '2026-03-01', due: '2026-12-31', progress: 45, status: 'at_risk' },
  { key: 'price', parent: 'share', level: 'project', title: '降低零售价格 · Lower the retail price', owner: 'sales.manager', department: '销售中心', start: '2026-01-15', due: '2026-12-31', kpi: { name: '零售价 Retail price', unit: '元', direction: 'lower_is_better', baseline: '299', target: '269', actual: '285' } },
  { key: 'system', parent: 'no1', level: 'objective', title: '建立计划与绩效管理体系 · Build the planning and performance system', owner: 'admin', department: '总裁办', dimension: 'organisation', start: '2026-01-01', due: '2026-12-31' },
  { key: 'headcount', parent: 'system', level: 'project', title: '完成年度人力标准配置 · Set the annual standard headcount', owner: 'hr.manager', department: '人力资源部', start: '2026-03-01', due: '2026-11-15', progress: 80, status: 'on_track' },
];

/** Days of history the demo's trend line starts with. */
export const DEMO_HISTORY_DAYS = 42;

/**
 * Creates the demo plan through the API. With the owner's database URL it also
 * backfills a few weeks of daily progress, so the dashboard's trend line is
 * not empty on first start.
 */
export async function seedDemoPlan(call: GraphQLCall, ownerUrl?: string): Promise<void> {
  const signIn = await call<{ signIn: { accessToken: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
    { input: { email: 'gm@demo.opsplan.dev', password: DEMO_PASSWORD } },
  );
  const token = signIn.signIn.accessToken;
  const directory = await call<{ members: { id: string; user: { email: string } }[]; departments: { id: string; name: string }[] }>(
    `{ members { id user { email } } departments { id name } }`,
    {},
    token,
  );
  const member = (key: string) => directory.members.find((m) => m.user.email === `${key}@demo.opsplan.dev`)?.id;
  const department = (prefix: string) => directory.departments.find((d) => d.name.startsWith(prefix))?.id;

  const { createPlan } = await call<{ createPlan: { id: string } }>(
    `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`,
    { input: { year: 2026, name: '2026 年度经营计划 · 2026 annual operating plan' } },
    token,
  );
  const ids = new Map<string, string>();
  for (const node of PLAN) {
    const { createNode } = await call<{ createNode: { id: string; version: number } }>(
      `mutation($input: CreateNodeInput!) { createNode(input: $input) { id version } }`,
      {
        input: {
          planId: createPlan.id,
          parentId: node.parent ? ids.get(node.parent) : null,
          level: node.level,
          title: node.title,
          ownerId: member(node.owner),
          departmentId: department(node.department),
          dimension: node.dimension,
          startDate: node.start,
          dueDate: node.due,
          weight: node.weight,
          kpi: node.kpi,
          status: 'on_track',
        },
      },
      token,
    );
    ids.set(node.key, createNode.id);
    if (node.progress !== undefined) {
      await call(
        `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id } }`,
        { input: { id: createNode.id, progress: node.progress, status: node.status, version: createNode.version } },
        token,
      );
    }
  }
  // Today's figure, recorded as every reading of the dashboard records it.
  const { planDashboard } = await call<{ planDashboard: { progress: number } }>(
    `query($id: ID!) { planDashboard(planId: $id) { progress } }`,
    { id: createPlan.id },
    token,
  );
  if (ownerUrl) await backfillProgress(ownerUrl, createPlan.id, planDashboard.progress);
  await seedDemoCycle(call);
  await seedDemoBudget(call);
}

/**
 * The weeks before today as if leadership had looked every day: progress
 * climbing towards today's figure, a little unevenly. Written as the owner,
 * because the API only ever records today.
 */
async function backfillProgress(ownerUrl: string, planId: string, today: number): Promise<void> {
  const daysAgo = Array.from({ length: DEMO_HISTORY_DAYS }, (_, i) => i + 1);
  const figures = daysAgo.map((d) => {
    const climb = today * (1 - (0.3 * d) / DEMO_HISTORY_DAYS);
    const wobble = 0.6 * Math.sin(d * 1.7) - 0.4 * (d % 7 === 0 ? 1 : 0);
    return Math.round(Math.min(today, Math.max(0, climb + wobble)) * 1e4) / 1e4;
  });
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO plan_progress_snapshots (org_id, plan_id, day, progress)
       SELECT p.org_id, p.id, current_date - h.days_ago, h.progress FROM plans p, unnest($2::int[], $3::numeric[]) AS h(days_ago, progress)
        WHERE p.id = $1
       ON CONFLICT (plan_id, day) DO NOTHING`,
      [planId, daysAgo, figures],
    );
  } finally {
    await db.end();
  }
}

/** A GraphQLCall over HTTP, for `npm start` and `npm run seed`. */
export function httpGraphQL(baseUrl: string): GraphQLCall {
  return async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`demo plan: ${body.errors?.map((e) => e.message).join('; ')}`);
    return body.data;
  };
}
