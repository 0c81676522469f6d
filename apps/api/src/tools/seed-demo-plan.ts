import { Client } from 'pg';
import { DEMO_PASSWORD } from './seed-demo';
import { seedDemoCycle } from './seed-demo-cycle';
import { seedDemoBudget } from './seed-demo-budget';

/** Sends one GraphQL operation to a running API and returns `data` (throws on errors). */
export type GraphQLCall = <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;

/**
 * What people have done with the plan since it was laid out from the
 * corporate template: who took each node over, progress reported, KPI
 * actuals. Keys are the template's node keys. Progress goes on leaves only:
 * a node with children shows their roll-up, whatever its own figure.
 */
interface DemoState {
  owner?: string;
  progress?: number;
  kpiActual?: string;
  status?: 'on_track' | 'at_risk' | 'off_track' | 'done';
}

const DEMO_STATE: Record<string, DemoState> = {
  share: { kpiActual: '33.5' },
  east: { owner: 'staff' },
  visit: { owner: 'staff', progress: 100, status: 'done' },
  sign: { owner: 'staff', progress: 55, status: 'at_risk' },
  display: { owner: 'staff', progress: 70, status: 'on_track' },
  dealers: { kpiActual: '4.2' },
  price: { kpiActual: '285' },
  system: { owner: 'admin' },
  headcount: { progress: 80, status: 'on_track' },
};

/** A check-in as its owner posted it, `weeksAgo` before today. */
interface DemoCheckIn {
  weeksAgo: number;
  progress: number;
  confidence: number;
  note: string;
}

/**
 * The staff member's weekly check-ins on the activities still running this
 * autumn, oldest first, each ending where DEMO_STATE leaves the activity (so
 * the drawer's history chart and the dashboard's check-in weeks are not empty
 * on first start). Signing the 120 outlets slips and is now overdue.
 */
const DEMO_CHECK_INS: Record<string, DemoCheckIn[]> = {
  sign: [
    { weeksAgo: 9, progress: 20, confidence: 4, note: '已签约 24 家，按计划推进。 · 24 outlets signed, on plan.' },
    { weeksAgo: 7, progress: 32, confidence: 3, note: '华东区新店审批放缓。 · Approvals for new stores in East China have slowed.' },
    { weeksAgo: 4, progress: 41, confidence: 3, note: '已签约 49 家，落后于时间进度。 · 49 signed, behind the calendar.' },
    { weeksAgo: 1, progress: 55, confidence: 2, note: '11 月底到期，仍差 54 家，需要支援。 · Due at the end of November with 54 still to sign: I need help.' },
  ],
  display: [
    { weeksAgo: 8, progress: 45, confidence: 4, note: '陈列标准已在 60 家门店落地。 · The display standard is in place in 60 stores.' },
    { weeksAgo: 5, progress: 58, confidence: 4, note: '新增 25 家，物料按时到货。 · 25 more stores; materials arrived on time.' },
    { weeksAgo: 2, progress: 70, confidence: 4, note: '剩余门店排期到 12 月中。 · The remaining stores are scheduled up to mid-December.' },
  ],
};

interface OutlineNode {
  id: string;
  childCount: number;
  version: number;
  startDate: string | null;
  dueDate: string | null;
  kpi: { baseline: string; target: string } | null;
}

/** The share of a node's time gone by on `today`, 0 to 1. */
function elapsedShare(startDate: string, dueDate: string, today: Date): number {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const due = Date.parse(`${dueDate}T23:59:59Z`);
  return Math.min(1, Math.max(0, (today.getTime() - start) / (due - start)));
}

/**
 * Every other leaf as its owner would have reported it by today: roughly in
 * step with the time gone by, some a little ahead and some behind (no
 * randomness: the same figures on every first start), finished work done.
 * KPI leaves report an actual the same share of the way to their target.
 */
async function reportYearSoFar(call: GraphQLCall, token: string, planId: string, alreadyReported: ReadonlySet<string>, today = new Date()): Promise<void> {
  const { planOutline } = await call<{ planOutline: OutlineNode[] }>(
    `query($id: ID!) { planOutline(planId: $id, depth: 5) { id childCount version startDate dueDate kpi { baseline target } } }`,
    { id: planId },
    token,
  );
  const leaves = planOutline.filter((n) => n.childCount === 0 && !alreadyReported.has(n.id) && n.startDate && n.dueDate);
  for (const [i, node] of leaves.entries()) {
    const elapsed = elapsedShare(node.startDate as string, node.dueDate as string, today);
    if (elapsed === 0) continue;
    const pace = 0.8 + 0.05 * ((i * 7) % 6);
    const share = elapsed >= 1 ? 1 : Math.min(0.95, elapsed * pace);
    const status = share >= 1 ? 'done' : pace < 0.9 && elapsed > 0.3 ? 'at_risk' : 'on_track';
    const progress = node.kpi ? undefined : Math.round(share * 100);
    const kpiActual = node.kpi ? (Number(node.kpi.baseline) + (Number(node.kpi.target) - Number(node.kpi.baseline)) * share).toFixed(2) : undefined;
    await call(`mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id } }`, { input: { id: node.id, version: node.version, progress, kpiActual, status } }, token);
  }
}

interface ParentNode {
  id: string;
  childCount: number;
  version: number;
  status: string;
  progress: number;
  startDate: string | null;
  dueDate: string | null;
}

/**
 * The status each owner of a strategy, objective or project would have set by
 * today from where the work below stands: done when it is all done, at risk
 * when its progress lags well behind the time gone by, otherwise on track. A
 * status someone already set stays.
 */
async function reportParentStatuses(call: GraphQLCall, token: string, planId: string, today = new Date()): Promise<void> {
  const { planOutline } = await call<{ planOutline: ParentNode[] }>(
    `query($id: ID!) { planOutline(planId: $id, depth: 5) { id childCount version status progress startDate dueDate } }`,
    { id: planId },
    token,
  );
  for (const node of planOutline) {
    if (node.childCount === 0 || node.status !== 'not_started' || !node.startDate || !node.dueDate) continue;
    const elapsed = elapsedShare(node.startDate, node.dueDate, today);
    if (elapsed === 0 && node.progress === 0) continue;
    const status = node.progress >= 100 ? 'done' : node.progress / 100 < elapsed * 0.85 ? 'at_risk' : 'on_track';
    await call(`mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id } }`, { input: { id: node.id, version: node.version, status } }, token);
  }
}

/** Days of history the demo's trend line starts with. */
export const DEMO_HISTORY_DAYS = 42;

/**
 * The demo's 2026 plan, created through the API from the corporate template
 * (in both languages side by side) exactly as a newcomer would: the
 * market-share cascade, last autumn's planning cycle and the budget. Then the
 * year so far: nodes handed to the people doing them, progress and KPI
 * actuals reported, one activity overdue. With the owner's database URL it
 * also backfills a few weeks of daily progress, so the dashboard's trend line
 * is not empty on first start.
 */
export async function seedDemoPlan(call: GraphQLCall, ownerUrl?: string): Promise<void> {
  const tokenOf = async (who: string) =>
    (
      await call<{ signIn: { accessToken: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
        input: { email: `${who}@demo.opsplan.dev`, password: DEMO_PASSWORD },
      })
    ).signIn.accessToken;
  const token = await tokenOf('gm');
  const { members } = await call<{ members: { id: string; user: { email: string } }[] }>(`{ members { id user { email } } }`, {}, token);
  const member = (key: string) => members.find((m) => m.user.email === `${key}@demo.opsplan.dev`)?.id;

  const { createPlanFromTemplate: created } = await call<{ createPlanFromTemplate: { plan: { id: string }; nodes: { key: string; id: string }[] } }>(
    `mutation($input: TemplateUseInput!) { createPlanFromTemplate(input: $input) { plan { id } nodes { key id } } }`,
    { input: { templateId: 'builtin:corporate', language: 'bilingual', planYear: 2026, planName: '2026 年度经营计划 · 2026 annual operating plan' } },
    token,
  );
  const nodeId = new Map(created.nodes.map((n) => [n.key, n.id]));
  for (const [key, state] of Object.entries(DEMO_STATE)) {
    const id = nodeId.get(key);
    if (!id) throw new Error(`demo plan: the corporate template has no node ${key}`);
    let { node: planNode } = await call<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { version } }`, { id }, token);
    if (state.owner) {
      planNode = (
        await call<{ updateNode: { version: number } }>(`mutation($input: UpdateNodeInput!) { updateNode(input: $input) { version } }`, { input: { id, version: planNode.version, ownerId: member(state.owner) } }, token)
      ).updateNode;
    }
    if (state.progress !== undefined || state.kpiActual !== undefined) {
      await call(
        `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id } }`,
        { input: { id, version: planNode.version, progress: state.progress, kpiActual: state.kpiActual, status: state.status } },
        token,
      );
    }
  }
  const checkIns = await postCheckIns(call, await tokenOf('staff'), nodeId);
  if (ownerUrl) await backdateCheckIns(ownerUrl, checkIns);
  await reportYearSoFar(call, token, created.plan.id, new Set(Object.keys(DEMO_STATE).map((key) => nodeId.get(key) as string)));
  await reportParentStatuses(call, token, created.plan.id);
  // Today's figure, recorded as every reading of the dashboard records it.
  const { planDashboard } = await call<{ planDashboard: { progress: number } }>(
    `query($id: ID!) { planDashboard(planId: $id) { progress } }`,
    { id: created.plan.id },
    token,
  );
  if (ownerUrl) await backfillProgress(ownerUrl, created.plan.id, planDashboard.progress);
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

/** Posts DEMO_CHECK_INS as their owner would have, oldest first; returns each one's id and age. */
async function postCheckIns(call: GraphQLCall, token: string, nodeId: ReadonlyMap<string, string>): Promise<{ id: string; weeksAgo: number }[]> {
  const posted: { id: string; weeksAgo: number }[] = [];
  for (const [key, checkIns] of Object.entries(DEMO_CHECK_INS)) {
    const id = nodeId.get(key);
    if (!id) throw new Error(`demo plan: the corporate template has no node ${key}`);
    let { node } = await call<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { version } }`, { id }, token);
    for (const checkIn of checkIns) {
      const { addCheckIn } = await call<{ addCheckIn: { id: string } }>(
        `mutation($input: AddCheckInInput!) { addCheckIn(input: $input) { id } }`,
        { input: { nodeId: id, version: node.version, progress: checkIn.progress, confidence: checkIn.confidence, note: checkIn.note } },
        token,
      );
      posted.push({ id: addCheckIn.id, weeksAgo: checkIn.weeksAgo });
      node = { version: node.version + 1 }; // a check-in moves its node's version by one
    }
  }
  return posted;
}

/** Dates the check-ins as posted weeks ago, written as the owner like the trend's backfill (the API dates a check-in now). */
async function backdateCheckIns(ownerUrl: string, checkIns: readonly { id: string; weeksAgo: number }[]): Promise<void> {
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    await db.query(
      `UPDATE node_check_ins c SET created_at = c.created_at - make_interval(weeks => a.weeks_ago)
         FROM unnest($1::uuid[], $2::int[]) AS a(id, weeks_ago) WHERE c.id = a.id`,
      [checkIns.map((c) => c.id), checkIns.map((c) => c.weeksAgo)],
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
