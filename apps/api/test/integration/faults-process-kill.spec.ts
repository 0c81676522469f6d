import { loadConfig } from '../../src/config/app-config';
import { ApiInstance, buildApiCopy, newOrganizationVia } from '../support/api-instances';
import { LOAD_TEMPLATE } from '../support/faults-load';
import { expectExactRollUps, storedTree } from '../support/plan-fixtures';
import { rowCounts } from '../support/template-fixtures';
import { Json, ownerQuery, Session } from '../support/test-app';

/**
 * The API process is SIGKILLed in the middle of a multi-row write: a plan
 * from the corporate template (its departments, 32 nodes, budget lines,
 * planning cycle and audit rows, all in one transaction). A test-only hook
 * (apps/api/src/common/test-hooks.ts) holds the transaction just before its
 * COMMIT, or just after it before the answer goes out. After a restart on
 * the same database the write is there whole, row by row as an undisturbed
 * run makes it, or not at all; and its audit rows exist exactly when its
 * business rows do.
 */

const FROM_TEMPLATE = `mutation($input: TemplateUseInput!) { createPlanFromTemplate(input: $input) { plan { id year } nodes { id } } }`;
const PLAN_YEAR = 2041;
const input = { templateId: LOAD_TEMPLATE, language: 'en', planYear: PLAN_YEAR };

/** A plan's nodes as comparable rows: everything but ids, owners and times, with the parent and department by name. */
async function nodeRows(planId: string): Promise<Json[]> {
  return ownerQuery(
    `SELECT n.level, n.depth, n.title, n.description, n.status, n.weight::text, n.own_progress::text, n.progress::text, n.dimension, n.dimension_explicit,
            n.kpi_name, n.kpi_unit, n.kpi_direction, n.kpi_baseline::text, n.kpi_target::text, n.kpi_actual::text, n.kpi_target_source IS NOT NULL AS kpi_from_budget,
            n.checklist, n.recurrence, cardinality(n.depends_on) AS dependencies, n.sort_order, n.start_date::text, n.due_date::text, n.version, n.deleted_at,
            p.title AS parent, d.name AS department
       FROM plan_nodes n LEFT JOIN plan_nodes p ON p.id = n.parent_id LEFT JOIN departments d ON d.id = n.department_id
      WHERE n.plan_id = $1 ORDER BY n.depth, n.sort_order, n.title`,
    [planId],
  );
}

/** Audit rows of one request, counted by entity and action. */
async function auditOf(orgId: string, requestId: string): Promise<Record<string, number>> {
  const rows = await ownerQuery(`SELECT entity || ':' || action AS k, count(*)::int AS n FROM audit_log WHERE org_id = $1 AND request_id = $2 GROUP BY 1`, [orgId, requestId]);
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const minus = (after: Record<string, number>, before: Record<string, number>) => Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));

describe('the API process killed in the middle of a multi-row write', () => {
  let build: ReturnType<typeof buildApiCopy>;
  let api: ApiInstance;
  const env = {
    NODE_ENV: 'test',
    OPSPLAN_TEST_HOOKS: 'true',
    DATABASE_URL: process.env.OPSPLAN_TEST_OWNER_URL as string,
    DATABASE_APP_URL: process.env.OPSPLAN_TEST_APP_URL as string,
    MIGRATE_ON_START: 'false',
    // Tokens signed before the kill stay valid after the restart.
    JWT_SECRET: 'faults-kill-secret-0123456789abcdef-0123',
    LOG_LEVEL: 'warn',
  };
  /** What the write makes when nothing disturbs it, in a fresh organisation like the ones below. */
  const reference = { counts: {} as Record<string, number>, nodes: [] as Json[], audit: {} as Record<string, number> };
  const lines: string[] = [];

  beforeAll(async () => {
    build = buildApiCopy('faults-kill');
    api = await ApiInstance.start('faults-kill', build.main, env);
    const org = await newOrganizationVia(api, 'Undisturbed Ltd');
    const before = await rowCounts(org.orgId as string);
    const made = await api.request(FROM_TEMPLATE, { input }, { token: org.token, requestId: 'faults-kill-reference', timeoutMs: 20_000 });
    if (!made.data) throw new Error(`the reference write failed: ${JSON.stringify(made.errors ?? made.broken)}`);
    reference.counts = minus(await rowCounts(org.orgId as string), before);
    reference.nodes = await nodeRows(made.data.createPlanFromTemplate.plan.id);
    reference.audit = await auditOf(org.orgId as string, 'faults-kill-reference');
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    build?.remove();
    for (const line of lines) console.log(line);
  }, 30_000);

  /** Starts the write in a fresh organisation, holds it at `at`, SIGKILLs the process there and starts a new one on the same database. */
  async function killAt(at: 'before-commit' | 'after-commit'): Promise<{ org: Session; before: Record<string, number>; requestId: string }> {
    const org = await newOrganizationVia(api, `Killed ${at} Ltd`);
    const before = await rowCounts(org.orgId as string);
    const requestId = `faults-kill-${at}-${Date.now()}`;
    api.send({ type: 'pause-transaction', orgId: org.orgId, at });
    await api.message('pause-armed');
    const answer = api.request(FROM_TEMPLATE, { input }, { token: org.token, requestId, timeoutMs: 30_000 });
    expect(await api.message('transaction-paused')).toEqual({ type: 'transaction-paused', orgId: org.orgId, at });
    await api.kill();
    // The client heard nothing: the process died before answering.
    expect(await answer).toMatchObject({ data: null, hung: false, broken: expect.any(String) });
    api = await ApiInstance.start(`faults-kill-after-${at}`, build.main, env);
    return { org, before, requestId };
  }

  it('leaves none of the rows and no audit row when killed just before COMMIT', async () => {
    expect(reference.nodes.length).toBeGreaterThan(30);
    const { org, before, requestId } = await killAt('before-commit');
    const after = await rowCounts(org.orgId as string);
    expect(after).toEqual(before);
    expect(await auditOf(org.orgId as string, requestId)).toEqual({});
    expect(await ownerQuery(`SELECT id FROM plans WHERE org_id = $1`, [org.orgId])).toEqual([]);

    // Nothing was left locked or half there: the new process makes the same plan, whole.
    const retried = await api.request(FROM_TEMPLATE, { input }, { token: org.token, requestId: `${requestId}-retried`, timeoutMs: 20_000 });
    expect(retried.errors).toBeUndefined();
    expect(minus(await rowCounts(org.orgId as string), before)).toEqual(reference.counts);
    const left = minus(after, before);
    lines.push(
      `faults: API SIGKILLed just before COMMIT of a plan from a template (${sum(reference.counts) - reference.counts.audit_log} rows, ${reference.counts.plan_nodes} of them nodes, and ${reference.counts.audit_log} audit rows): ` +
        `after restart ${sum(left) - left.audit_log} of its rows and ${left.audit_log} audit rows; the new process then made it whole`,
    );
  }, 60_000);

  it('leaves all of the rows and exactly their audit rows when killed just after COMMIT, before answering', async () => {
    const { org, before, requestId } = await killAt('after-commit');
    const counts = minus(await rowCounts(org.orgId as string), before);
    expect(counts).toEqual(reference.counts);
    const [plan] = await ownerQuery(`SELECT id FROM plans WHERE org_id = $1 AND year = $2`, [org.orgId, PLAN_YEAR]);
    // Row by row as the undisturbed write made them, and the same audit rows.
    const nodes = await nodeRows(plan.id);
    expect(nodes).toEqual(reference.nodes);
    const audit = await auditOf(org.orgId as string, requestId);
    expect(audit).toEqual(reference.audit);
    // Each node and the plan have their own audit row of this request, and no audit row names a row that is not there.
    const [orphans] = await ownerQuery(
      `SELECT (SELECT count(*)::int FROM plan_nodes n WHERE n.plan_id = $2 AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.org_id = $1 AND l.request_id = $3 AND l.entity = 'plan_node' AND l.entity_id = n.id::text)) AS unaudited_nodes,
              (SELECT count(*)::int FROM audit_log l WHERE l.org_id = $1 AND l.request_id = $3 AND l.entity = 'plan_node' AND NOT EXISTS (SELECT 1 FROM plan_nodes n WHERE n.id::text = l.entity_id AND n.plan_id = $2)) AS audits_without_node,
              (SELECT count(*)::int FROM audit_log l WHERE l.org_id = $1 AND l.request_id = $3 AND l.entity = 'plan' AND l.entity_id = $2::text) AS plan_audits`,
      [org.orgId, plan.id, requestId],
    );
    expect(orphans).toEqual({ unaudited_nodes: 0, audits_without_node: 0, plan_audits: 1 });
    expectExactRollUps(await storedTree(plan.id));
    lines.push(
      `faults: API SIGKILLed just after COMMIT, before answering: after restart all ${sum(counts) - counts.audit_log} rows ` +
        `(its ${counts.plan_nodes} nodes equal row by row to an undisturbed run's) and exactly their ${counts.audit_log} audit rows`,
    );
  }, 60_000);

  it('keeps the hooks out of production: a production API refuses OPSPLAN_TEST_HOOKS, and without it they are off', () => {
    const base = { DATABASE_URL: 'postgres://localhost/opsplan', JWT_SECRET: 'a-production-secret-0123456789abcdef-0123', DATABASE_APP_PASSWORD: 'x' };
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', OPSPLAN_TEST_HOOKS: 'true' })).toThrow('OPSPLAN_TEST_HOOKS is for tests only');
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).testHooks).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).testHooks).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test', OPSPLAN_TEST_HOOKS: 'true' }).testHooks).toBe(true);
  });
});
