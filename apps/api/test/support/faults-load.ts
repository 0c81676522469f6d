import { Client } from 'pg';
import { ApiInstance, Answer, newOrganizationVia } from './api-instances';
import { buildTree, createPlan, expectExactRollUps, storedTree } from './plan-fixtures';
import { Json, Session } from './test-app';

/**
 * A light, mixed load on one API process for the fault suites, which records
 * every answer and every acknowledged write, and the checks that nothing
 * acknowledged was lost and no multi-row write was left half done.
 */

/** Owner-role SQL on a database of our own, one connection per call (the server may have restarted in between). */
export type Sql = (text: string, params?: unknown[]) => Promise<Json[]>;

export function sqlOn(url: string): Sql {
  return async (text, params = []) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  };
}

const NODE_VERSION = `query($id: ID!) { node(id: $id) { id version } }`;
const OUTLINE = `query($planId: ID!) { planOutline(planId: $planId, depth: 5) { id progress } }`;
const MY_WORK = `{ myWork { id progress } }`;
const CHECK_IN = `mutation($input: AddCheckInInput!) { addCheckIn(input: $input) { id nodeId progress } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body } }`;
const PROGRESS = `mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id ownProgress version } }`;
const DELETE = `mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id version } }`;
const RESTORE = `mutation($id: ID!) { restoreNode(id: $id) { id version } }`;
const FROM_TEMPLATE = `mutation($input: TemplateUseInput!) { createPlanFromTemplate(input: $input) { plan { id year } nodes { id } } }`;

/** The built-in template the load instantiates: 32 nodes, 7 departments, a budget and an 8-stage cycle in one transaction. */
export const LOAD_TEMPLATE = 'builtin:corporate';

export interface FaultWorld {
  admin: Session;
  planId: string;
  /** Activities, a pair per reporter loop, so reporters collide only after an ambiguous commit. */
  leaves: string[][];
  /** A project with its tasks and activities, deleted and restored as one batch by the toggler loop. */
  subtree: { root: string; ids: string[] };
}

/** An organisation with a plan of 31 nodes (2 objectives × 2 projects × 2 tasks × 2 activities) made through the API. */
export async function faultWorld(api: ApiInstance, name: string, reporters: number): Promise<FaultWorld> {
  const admin = await newOrganizationVia(api, name);
  const plan = await createPlan(api, admin, `${name} plan`);
  const { byLevel } = await buildTree(api, admin, plan.id, { fanOut: [2, 2, 2, 2], owner: () => admin.membershipId });
  const [, , projects, tasks, activities] = byLevel;
  // The last project (its 2 tasks and 4 activities) is the subtree; the activities of the other three are the reporters'.
  const subtreeIds = [projects[3], ...tasks.slice(6), ...activities.slice(12)];
  const leaves = Array.from({ length: reporters }, (_, i) => activities.slice(2 * i, 2 * i + 2));
  if (leaves.some((pair) => pair.length < 2 || pair.some((id) => subtreeIds.includes(id)))) throw new Error(`at most 6 reporters, not ${reporters}`);
  return { admin, planId: plan.id, leaves, subtree: { root: projects[3], ids: subtreeIds } };
}

export interface AckedWrite {
  kind: 'check-in' | 'comment' | 'progress' | 'delete' | 'restore' | 'template';
  requestId: string;
  /** The row it made (a check-in, a comment, a plan). */
  id?: string;
  nodeId?: string;
  progress?: number;
  body?: string;
  version?: number;
}

/** A multi-row write, acknowledged or not: the checks find each one all there or not at all. */
export interface MultiRowAttempt {
  kind: 'delete' | 'restore' | 'template';
  requestId: string;
  acked: boolean;
  year?: number;
}

export interface Answered extends Answer {
  op: string;
  requestId: string;
}

/** The codes of an answer's errors, or its failure: 'HUNG', 'BROKEN'. Empty for a clean answer. */
export function outcome(a: Answer): string[] {
  if (a.hung) return ['HUNG'];
  if (a.broken) return ['BROKEN'];
  return (a.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
}

/** A deterministic pseudo-random sequence per loop, so a failing run can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Eight loops on one API process: five reporters (check-ins, progress
 * updates, comments and reads on their own activities), a reader (outline,
 * My work), a toggler (deletes and restores the subtree) and a template loop
 * (a plan from the corporate template per year). Each request waits at most
 * `timeoutMs`; a loop pauses 15 ms between requests.
 */
export class FaultLoad {
  readonly answers: Answered[] = [];
  readonly acked: AckedWrite[] = [];
  readonly attempts: MultiRowAttempt[] = [];
  private stopping = false;
  private running: Promise<void> | null = null;
  private serial = 0;

  constructor(
    private readonly api: ApiInstance,
    private readonly world: FaultWorld,
    /** Names the scenario in request ids, and spaces its template years apart from other scenarios'. */
    private readonly tag: string,
    private readonly firstTemplateYear: number,
    private readonly timeoutMs = 5000,
  ) {}

  start(): void {
    const reporters = this.world.leaves.map((pair, i) => this.reporter(pair, random(7919 * (i + 1))));
    this.running = Promise.all([...reporters, this.reader(), this.toggler(), this.templates()]).then(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  /** Answers whose request ended within [from, to] (performance.now() times). */
  between(from: number, to: number): Answered[] {
    return this.answers.filter((a) => a.ended >= from && a.ended <= to);
  }

  private async call(op: string, query: string, variables: Record<string, unknown>): Promise<Answered> {
    const requestId = `faults-${this.tag}-${op}-${++this.serial}`;
    const answer = await this.api.request(query, variables, { token: this.world.admin.token, requestId, timeoutMs: this.timeoutMs });
    const answered = { ...answer, op, requestId };
    this.answers.push(answered);
    return answered;
  }

  private async reporter(pair: string[], rnd: () => number): Promise<void> {
    const versions = new Map<string, number>();
    for (const id of pair) versions.set(id, 1);
    while (!this.stopping) {
      const nodeId = pair[Math.floor(rnd() * 2)];
      const version = versions.get(nodeId) as number;
      const dice = rnd();
      const progress = Math.round(rnd() * 10000) / 100;
      if (dice < 0.3) {
        const a = await this.call('read', NODE_VERSION, { id: nodeId });
        if (a.data?.node) versions.set(nodeId, a.data.node.version);
      } else if (dice < 0.6) {
        const a = await this.call('check-in', CHECK_IN, { input: { nodeId, version, progress, confidence: 3 } });
        if (clean(a)) {
          this.acked.push({ kind: 'check-in', requestId: a.requestId, id: a.data.addCheckIn.id, nodeId, progress: a.data.addCheckIn.progress });
          versions.set(nodeId, version + 1);
        } else followConflict(a, nodeId, versions);
      } else if (dice < 0.75) {
        const a = await this.call('progress', PROGRESS, { input: { id: nodeId, version, progress } });
        if (clean(a)) {
          this.acked.push({ kind: 'progress', requestId: a.requestId, nodeId, progress: a.data.updateProgress.ownProgress, version: a.data.updateProgress.version });
          versions.set(nodeId, a.data.updateProgress.version);
        } else followConflict(a, nodeId, versions);
      } else {
        const body = `Comment ${this.tag} ${this.serial + 1}: “as is”, 中文`;
        const a = await this.call('comment', COMMENT, { input: { nodeId, body } });
        if (clean(a)) this.acked.push({ kind: 'comment', requestId: a.requestId, id: a.data.addComment.id, nodeId, body });
      }
      await pause(15);
    }
  }

  private async reader(): Promise<void> {
    for (let i = 0; !this.stopping; i++) {
      await (i % 2 ? this.call('my-work', MY_WORK, {}) : this.call('outline', OUTLINE, { planId: this.world.planId }));
      await pause(15);
    }
  }

  /** Deletes and restores the subtree in turn. A write whose outcome it did not hear is settled by the next one's NOT_FOUND or CONFLICT. */
  private async toggler(): Promise<void> {
    const { root } = this.world.subtree;
    let deleted = false;
    let version = 1;
    while (!this.stopping) {
      if (!deleted) {
        const a = await this.call('delete', DELETE, { input: { id: root, version } });
        this.attempts.push({ kind: 'delete', requestId: a.requestId, acked: clean(a) });
        if (clean(a)) {
          this.acked.push({ kind: 'delete', requestId: a.requestId, id: root });
          deleted = true;
        } else if (outcome(a).includes('NOT_FOUND')) deleted = true;
        else if (outcome(a).includes('CONFLICT')) version = (a.errors?.[0].extensions?.current as { version?: number } | undefined)?.version ?? version;
      } else {
        const a = await this.call('restore', RESTORE, { id: root });
        this.attempts.push({ kind: 'restore', requestId: a.requestId, acked: clean(a) });
        if (clean(a)) {
          this.acked.push({ kind: 'restore', requestId: a.requestId, id: root });
          deleted = false;
          version = a.data.restoreNode.version;
        } else if (outcome(a).includes('NOT_FOUND')) {
          deleted = false;
          const live = await this.call('read', NODE_VERSION, { id: root });
          version = live.data?.node?.version ?? version;
        }
      }
      await pause(15);
    }
  }

  /**
   * A plan from the template for one year after another, one every 250 ms or so, at most 30. A year is tried
   * again until an answer settles it: the plan made, or BAD_USER_INPUT because an attempt whose answer was
   * lost did make it.
   */
  private async templates(): Promise<void> {
    for (let year = this.firstTemplateYear; !this.stopping && year < this.firstTemplateYear + 30; ) {
      const a = await this.call('template', FROM_TEMPLATE, { input: { templateId: LOAD_TEMPLATE, language: 'en', planYear: year } });
      this.attempts.push({ kind: 'template', requestId: a.requestId, acked: clean(a), year });
      if (clean(a)) this.acked.push({ kind: 'template', requestId: a.requestId, id: a.data.createPlanFromTemplate.plan.id });
      if (clean(a) || a.errors?.some((e) => e.extensions?.field === 'planYear')) year += 1;
      await pause(250);
    }
  }
}

const clean = (a: Answer): boolean => !a.hung && !a.broken && !a.errors?.length && a.data !== null;

function followConflict(a: Answer, nodeId: string, versions: Map<string, number>): void {
  const current = a.errors?.find((e) => e.extensions?.code === 'CONFLICT')?.extensions?.current as { version?: number } | undefined;
  if (typeof current?.version === 'number') versions.set(nodeId, current.version);
}

export interface Verdict {
  acked: number;
  /** Acknowledged writes not in the database (or not as acknowledged), one line each. */
  lost: string[];
  /** Multi-row writes found neither whole nor absent, and audit rows without their business rows or the reverse. */
  partial: string[];
  /** Multi-row writes checked (subtree deletes and restores, plans from the template), acknowledged or not. */
  multiRow: number;
  /** Plans whose stored roll-ups were compared with a recomputation. */
  plansRecomputed: number;
}

/**
 * Reads the database as the owner after a run: every acknowledged write is
 * there as it was acknowledged, with its audit rows; every multi-row write
 * (acknowledged or not) is there whole or not at all, its audit rows with
 * it; every stored roll-up equals a recomputation (expectExactRollUps).
 */
export async function verify(q: Sql, world: FaultWorld, load: FaultLoad, templateNodes: number): Promise<Verdict> {
  const lost: string[] = [];
  const partial: string[] = [];
  const orgId = world.admin.orgId;
  const auditCounts = new Map<string, number>(
    (await q(`SELECT request_id, count(*)::int AS n FROM audit_log WHERE org_id = $1 AND request_id LIKE 'faults-%' GROUP BY request_id`, [orgId])).map((r) => [r.request_id, r.n]),
  );

  const checkIns = new Map((await q(`SELECT id, node_id, progress::float8 AS progress FROM node_check_ins WHERE org_id = $1`, [orgId])).map((r) => [r.id, r]));
  const comments = new Map((await q(`SELECT id, body FROM node_comments WHERE org_id = $1`, [orgId])).map((r) => [r.id, r]));
  const nodes = new Map((await q(`SELECT id, version, deleted_at, deleted_batch FROM plan_nodes WHERE org_id = $1`, [orgId])).map((r) => [r.id, r]));
  for (const w of load.acked) {
    if (!auditCounts.get(w.requestId)) lost.push(`${w.kind} ${w.requestId}: no audit row`);
    if (w.kind === 'check-in') {
      const row = checkIns.get(w.id);
      if (!row || row.node_id !== w.nodeId || row.progress !== w.progress) lost.push(`check-in ${w.id}: ${JSON.stringify(row ?? null)}`);
    } else if (w.kind === 'comment') {
      if (comments.get(w.id)?.body !== w.body) lost.push(`comment ${w.id}: missing or changed`);
    } else if (w.kind === 'progress') {
      // Later writes may have moved it on; the version it acknowledged must at least be reached.
      if (!((nodes.get(w.nodeId)?.version ?? 0) >= (w.version as number))) lost.push(`progress ${w.requestId}: node ${w.nodeId} below version ${w.version}`);
    }
  }

  // The subtree: all deleted in one batch or all live; each delete or restore audited for every node of it, or not at all.
  const { root, ids } = world.subtree;
  const states = new Set(ids.map((id) => `${nodes.get(id)?.deleted_batch ?? 'live'}`));
  if (states.size !== 1) partial.push(`subtree split: ${[...states].join(', ')}`);
  for (const a of load.attempts.filter((x) => x.kind !== 'template')) {
    const n = auditCounts.get(a.requestId) ?? 0;
    if (n !== 0 && n !== ids.length) partial.push(`${a.kind} ${a.requestId}: ${n} of ${ids.length} audit rows`);
    if (a.acked && n !== ids.length) lost.push(`${a.kind} ${a.requestId}: acknowledged, ${n} audit rows`);
  }
  const [{ deletes, restores }] = await q(
    `SELECT count(*) FILTER (WHERE action = 'delete')::int AS deletes, count(*) FILTER (WHERE action = 'restore')::int AS restores
       FROM audit_log WHERE org_id = $1 AND entity = 'plan_node' AND entity_id = $2`,
    [orgId, root],
  );
  if (deletes - restores !== (nodes.get(root)?.deleted_at ? 1 : 0)) partial.push(`subtree: ${deletes} deletes and ${restores} restores audited, but it is ${nodes.get(root)?.deleted_at ? 'deleted' : 'live'}`);

  // Plans from the template, by year: made by one attempt, with all its nodes, each node with that attempt's audit row, and
  // no audit row from the other attempts; or not made, and no audit row from any attempt.
  const plans = new Map((await q(`SELECT id, year FROM plans WHERE org_id = $1`, [orgId])).map((r) => [r.year, r.id]));
  const templatePlans: string[] = [];
  const byYear = new Map<number, MultiRowAttempt[]>();
  for (const a of load.attempts.filter((x) => x.kind === 'template')) byYear.set(a.year as number, [...(byYear.get(a.year as number) ?? []), a]);
  for (const [year, attempts] of byYear) {
    const planId = plans.get(year);
    const [made] = planId ? await q(`SELECT request_id FROM audit_log WHERE org_id = $1 AND entity = 'plan' AND entity_id = $2 AND action = 'create'`, [orgId, planId]) : [];
    for (const a of attempts) {
      const audits = auditCounts.get(a.requestId) ?? 0;
      if (a.requestId !== made?.request_id && audits !== 0) partial.push(`template ${a.requestId} (${year}): did not make the plan, yet ${audits} audit rows`);
      if (a.acked && a.requestId !== made?.request_id) lost.push(`template ${a.requestId} (${year}): acknowledged, but the plan is ${planId ? "another attempt's" : 'missing'}`);
    }
    if (!planId) continue;
    templatePlans.push(planId);
    if (!attempts.some((a) => a.requestId === made?.request_id)) {
      partial.push(`template plan ${year}: made by ${made?.request_id ?? 'no audited request'}`);
      continue;
    }
    const [row] = await q(
      `SELECT count(*)::int AS nodes,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.org_id = n.org_id AND l.request_id = $2 AND l.entity = 'plan_node' AND l.entity_id = n.id::text))::int AS unaudited,
              (SELECT count(*)::int FROM audit_log l WHERE l.org_id = $3 AND l.request_id = $2 AND l.entity = 'plan_node') AS node_audits,
              (SELECT count(*)::int FROM budgets b WHERE b.plan_id = $1) AS budgets,
              (SELECT count(*)::int FROM planning_cycles c WHERE c.plan_id = $1) AS cycles
         FROM plan_nodes n WHERE n.plan_id = $1`,
      [planId, made.request_id, orgId],
    );
    if (row.nodes !== templateNodes || row.unaudited !== 0 || row.node_audits !== templateNodes || row.budgets !== 1 || row.cycles !== 1) {
      partial.push(`template ${made.request_id} (${year}): ${JSON.stringify(row)}`);
    }
  }

  for (const planId of [world.planId, ...templatePlans]) expectExactRollUps(await storedTree(planId, q));
  return { acked: load.acked.length, lost, partial, multiRow: load.attempts.length, plansRecomputed: 1 + templatePlans.length };
}
