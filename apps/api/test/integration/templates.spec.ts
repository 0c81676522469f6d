import fs from 'node:fs';
import { addMonths, BUILT_IN_TEMPLATES, canHangUnder, computeBudget, defaultCycle, instantiateTemplate, Level, PlanBlueprint, PlanTemplate, TemplateChoices } from '@opsplan/domain';
import { codes, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { expectExactRollUps, expectExactTallies, storedTree } from '../support/plan-fixtures';
import { BUDGET } from '../support/budget-fixtures';
import { countStatements } from '../support/statement-counter';
import { CREATE_FROM_TEMPLATE, engineInputFromApi, IMPORT_TEMPLATE, miniTemplate, rowCounts } from '../support/template-fixtures';

/**
 * Creating a plan from a template: each built-in template lays out its whole
 * plan (departments, cascade with exact roll-ups, cycle, budget with KPI
 * targets from it) in one transaction, and a failure anywhere leaves nothing.
 */
const builtIn = (key: string) => BUILT_IN_TEMPLATES.find((x) => x.key === key) as PlanTemplate;
const START_DATE = '2027-03-15';

/** The choices each built-in template is tried with, and the blueprint the domain makes of them. */
function choicesFor(template: PlanTemplate, year: number): { input: Json; blueprint: PlanBlueprint } {
  const chosen: TemplateChoices = template.start === 'planYear' ? { language: 'en', planYear: year } : { language: 'en', startDate: `${year}${START_DATE.slice(4)}` };
  const made = instantiateTemplate(template, { ...chosen, fiscalYearStartMonth: 1 });
  if (!made.ok) throw new Error(`the built-in ${template.key} does not instantiate: ${JSON.stringify(made.problems)}`);
  return { input: { templateId: `builtin:${template.key}`, ...chosen }, blueprint: made.blueprint };
}

const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  accessToken viewer { organization { id name currency fiscalYearStartMonth } membership { id role } } } }`;

describe('creating a plan from a template', () => {
  let t: TestApp;
  const timings: Record<string, number[]> = {};

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    // OPSPLAN_TEMPLATE_TIMINGS=<file> keeps how long each built-in took to instantiate (ms), for the record.
    if (process.env.OPSPLAN_TEMPLATE_TIMINGS) fs.writeFileSync(process.env.OPSPLAN_TEMPLATE_TIMINGS, JSON.stringify(timings, null, 2));
    await t.stop();
  });

  const create = async (session: Session, input: Json) => {
    const started = performance.now();
    const res = await t.gql<Json>(CREATE_FROM_TEMPLATE, { input }, { token: session.token });
    const key = String(input.templateId).replace('builtin:', '');
    (timings[key] ??= []).push(Math.round(performance.now() - started));
    return res;
  };
  const created = async (session: Session, input: Json) => {
    const res = await create(session, input);
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data.createPlanFromTemplate;
  };

  describe.each(BUILT_IN_TEMPLATES.map((x) => [x.key, x] as const))('the built-in %s template', (_key, template) => {
    it('creates its whole plan: every node, at a valid level, with stored roll-ups equal to recomputation', async () => {
      const admin = await t.newOrganization(`${template.key} Co`);
      const { input, blueprint } = choicesFor(template, 2027);
      const res = await created(admin, input);
      expect(res.plan).toMatchObject({ year: blueprint.plan.year, name: blueprint.plan.name, status: 'draft', progress: 0 });
      expect(res.nodes.map((n: Json) => n.key)).toEqual(blueprint.nodes.map((n) => n.key));
      expect(res.checks).toEqual(blueprint.checks);

      const rows = await storedTree(res.plan.id);
      expect(rows).toHaveLength(blueprint.nodes.length);
      expectExactRollUps(rows);
      expect(await expectExactTallies(res.plan.id)).toBe(rows.length);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const stored = await ownerQuery(`SELECT id, parent_id, ancestor_ids, depth FROM plan_nodes WHERE plan_id = $1`, [res.plan.id]);
      for (const r of stored) {
        const parent = r.parent_id ? byId.get(r.parent_id) : null;
        expect({ id: r.id, fits: canHangUnder(byId.get(r.id).level as Level, (parent?.level ?? null) as Level | null) }).toEqual({ id: r.id, fits: true });
        const parentRow = stored.find((p) => p.id === r.parent_id);
        expect(r.ancestor_ids).toEqual(parentRow ? [...parentRow.ancestor_ids, parentRow.id] : []);
        expect(r.depth).toBe(r.ancestor_ids.length);
      }
      // Every department of the blueprint, once; the caller owns the work of departments without a manager.
      const departments = await ownerQuery(`SELECT name FROM departments WHERE org_id = $1 AND deleted_at IS NULL ORDER BY name`, [admin.orgId]);
      expect(departments.map((d) => d.name)).toEqual(blueprint.departments.map((d) => d.name).sort());
      expect(await ownerQuery(`SELECT DISTINCT owner_id FROM plan_nodes WHERE plan_id = $1`, [res.plan.id])).toEqual([{ owner_id: admin.membershipId }]);
      expect(Boolean(res.cycleId)).toBe(blueprint.cycle !== null);
      expect(Boolean(res.budgetId)).toBe(blueprint.budget !== null);
    });
  });

  describe('the restaurant with its defaults', () => {
    let admin: Session;
    let res: Json;
    let budget: Json;
    let blueprint: PlanBlueprint;

    beforeAll(async () => {
      admin = await t.newOrganization('Yuelai Co');
      ({ blueprint } = choicesFor(builtIn('restaurant'), 2027));
      res = await created(admin, { templateId: 'builtin:restaurant', language: 'en', startDate: START_DATE });
      budget = (await t.ok(BUDGET, { planId: res.plan.id }, admin.token)).budget;
    });

    it('opens with 30,000.00 own funds and a 20,000.00 loan: 50,000.00 to start', async () => {
      expect(budget.financing.ownFunds).toBe('30000.00');
      expect(budget.financing.loans.map((l: Json) => l.principal)).toEqual(['20000.00']);
      const [{ opening }] = await ownerQuery(
        `SELECT (b.own_funds + (SELECT sum(l.principal) FROM budget_loans l WHERE l.budget_id = b.id AND l.deleted_at IS NULL))::text AS opening FROM budgets b WHERE b.id = $1`,
        [res.budgetId],
      );
      expect(opening).toBe('50000.00');
      expect(budget.startMonth).toBe(START_DATE.slice(0, 7));
      expect(budget.horizonMonths).toBe(36);
    });

    it('sets the payback KPI’s target to the engine’s payback month, and links it', async () => {
      const result = computeBudget(engineInputFromApi(budget));
      expect(result.responsibility.payback.status).toBe('paidBack');
      const month = result.responsibility.payback.status === 'paidBack' ? result.responsibility.payback.month.index : null;
      const payback = res.nodes.find((n: Json) => n.key === 'payback').id;
      const [row] = await ownerQuery(`SELECT kpi_target::float8 AS target, kpi_target_source FROM plan_nodes WHERE id = $1`, [payback]);
      expect(row).toEqual({ target: month, kpi_target_source: { scenario: 'responsibility', measure: 'paybackMonth', period: 'total' } });
      expect(res.checks).toEqual([{ kind: 'paybackWithin', months: 12, paybackMonth: month, met: month !== null && month <= 12 }]);
      // A KPI the template does not tie to the budget keeps its own target, unlinked.
      const customers = res.nodes.find((n: Json) => n.key === 'customers').id;
      expect((await ownerQuery(`SELECT kpi_target::float8 AS target, kpi_target_source FROM plan_nodes WHERE id = $1`, [customers]))[0]).toEqual({ target: 300, kpi_target_source: null });
    });

    it('starts the branches’ lines in months 13 to 36, and ties cost lines to their projects', async () => {
      const start = budget.startMonth;
      const branchLines = [...budget.costLines.filter((l: Json) => /^Branch \d/.test(l.name)), ...budget.positions.filter((p: Json) => /^Branch \d/.test(p.roleTitle))];
      expect(branchLines.length).toBeGreaterThanOrEqual(6);
      for (const line of branchLines) {
        expect({ line: line.name ?? line.roleTitle, from: line.firstMonth >= addMonths(start, 12) && line.firstMonth <= addMonths(start, 35) }).toEqual({ line: line.name ?? line.roleTitle, from: true });
      }
      for (const line of budget.revenueLines.filter((l: Json) => /^Branch \d/.test(l.name))) {
        expect(line.volume.kind).toBe('monthly');
        expect(line.volume.values.findIndex((v: string) => Number(v) > 0)).toBeGreaterThanOrEqual(12);
      }
      const nodeIds = new Set(res.nodes.map((n: Json) => n.id));
      const linked = budget.costLines.filter((l: Json) => l.planNodeId);
      expect(linked.length).toBe(Object.keys(blueprint.budget?.costLineNodes ?? {}).length);
      expect(linked.every((l: Json) => nodeIds.has(l.planNodeId))).toBe(true);
    });

    it('creates the template’s checklists, routines and dependencies on the nodes', async () => {
      const id = (key: string) => res.nodes.find((n: Json) => n.key === key).id;
      const [registration] = await ownerQuery(`SELECT depends_on FROM plan_nodes WHERE id = $1`, [id('registration')]);
      expect(registration.depends_on).toEqual([id('hygiene-licence')]);
      const [cash] = await ownerQuery(`SELECT recurrence, checklist FROM plan_nodes WHERE id = $1`, [id('cash-count')]);
      expect(cash.recurrence).toBe('daily');
      expect(cash.checklist).toEqual(blueprint.nodes.find((n) => n.key === 'cash-count')?.checklist.map((text) => ({ text, done: false })));
    });

    it('leaves the loan out when it is 0: no loan rows, and no interest', async () => {
      const other = await t.newOrganization('No Loan Co');
      const made = await created(other, { templateId: 'builtin:restaurant', language: 'zh-CN', startDate: START_DATE, parameters: [{ key: 'loan', value: '0' }] });
      expect(await ownerQuery(`SELECT id FROM budget_loans WHERE budget_id = $1`, [made.budgetId])).toEqual([]);
      const noLoan = (await t.ok(BUDGET, { planId: made.plan.id }, other.token)).budget;
      expect(computeBudget(engineInputFromApi(noLoan)).responsibility.total.interest).toBe('0.00');
    });

    it('answers BAD_USER_INPUT naming the parameter, or the plan year already taken, and creates nothing', async () => {
      const before = await rowCounts(admin.orgId!);
      const badLoan = await create(admin, { templateId: 'builtin:restaurant', language: 'en', startDate: '2031-03-15', parameters: [{ key: 'loan', value: '-5' }] });
      expect(codes(badLoan)).toEqual(['BAD_USER_INPUT']);
      expect(badLoan.errors?.[0].extensions?.field).toBe('parameters.loan');
      const taken = await create(admin, { templateId: 'builtin:restaurant', language: 'en', startDate: '2027-09-01' });
      expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
      expect(taken.errors?.[0]).toMatchObject({ message: 'A plan for 2027 already exists.', extensions: { field: 'planYear' } });
      const noStart = await create(admin, { templateId: 'builtin:restaurant', language: 'en' });
      expect(noStart.errors?.[0].extensions?.field).toBe('startDate');
      expect(await rowCounts(admin.orgId!)).toEqual(before);
    });
  });

  it('lays out the corporate plan’s cycle on the source’s dates: 2027-10-20 to 2027-11-25 for 2028', async () => {
    const admin = await t.newOrganization('Cycle Co');
    const res = await created(admin, { templateId: 'builtin:corporate', language: 'bilingual', planYear: 2028 });
    const stages = await ownerQuery(`SELECT key, due_date::text AS due, start_date::text AS start, owner_department_id FROM cycle_stages WHERE cycle_id = $1 ORDER BY position`, [res.cycleId]);
    expect(stages.map((s) => s.due)).toEqual(['2027-10-20', '2027-10-25', '2027-11-01', '2027-11-05', '2027-11-10', '2027-11-14', '2027-11-21', '2027-11-25']);
    expect(stages.map((s) => [s.key, s.start, s.due])).toEqual(defaultCycle(2028).map((s) => [s.key, s.startDate, s.dueDate]));
    // Each stage belongs to the template's department of its kind.
    expect(stages.every((s) => s.owner_department_id !== null)).toBe(true);
    const deliverables = await ownerQuery(`SELECT count(*)::int AS n FROM stage_deliverables d JOIN cycle_stages s ON s.id = d.stage_id WHERE s.cycle_id = $1`, [res.cycleId]);
    expect(deliverables[0].n).toBe(13);
  });

  it('dates the e-commerce launch’s phases one after the other', async () => {
    const admin = await t.newOrganization('Group Buy Co');
    const { input, blueprint } = choicesFor(builtIn('ecommerce'), 2027);
    const res = await created(admin, input);
    expect(blueprint.phases).toHaveLength(4);
    blueprint.phases.slice(1).forEach((phase, i) => {
      const dayAfter = new Date(`${blueprint.phases[i].dueDate}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(phase.startDate).toBe(dayAfter.toISOString().slice(0, 10));
    });
    const spans = (await ownerQuery(`SELECT DISTINCT start_date::text AS start, due_date::text AS due FROM plan_nodes WHERE plan_id = $1`, [res.plan.id])).map((r) => `${r.start}…${r.due}`);
    for (const phase of blueprint.phases) expect(spans).toContain(`${phase.startDate}…${phase.dueDate}`);
  });

  it('matches the organisation’s departments by name and hands their work to their managers', async () => {
    const admin = await t.newOrganization('Matched Co');
    const template = miniTemplate('matched');
    const ops = await t.createDepartment(admin, '  OPERATIONS ');
    const manager = await t.addMember(admin, 'manager', ops.id);
    await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, { input: { id: ops.id, version: ops.version, managerId: manager.membershipId } }, admin.token);
    const hr = await t.createDepartment(admin, 'Human resources');
    await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, { input: { id: hr.id, version: hr.version, isHr: true } }, admin.token);
    const own = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(template) } }, admin.token)).importPlanTemplate;
    const res = await created(admin, { templateId: own.id, language: 'en', planYear: 2030 });

    const departments = await ownerQuery(`SELECT id, name, parent_id, is_hr FROM departments WHERE org_id = $1 ORDER BY sort_order`, [admin.orgId]);
    expect(departments.map((d) => [d.name, d.is_hr])).toEqual([
      ['OPERATIONS', false],
      ['Human resources', true],
      // Created under the department it matched, and not marked HR: the organisation already has one.
      ['People', false],
    ]);
    expect(departments[2].parent_id).toBe(ops.id);
    const owners = new Map((await ownerQuery(`SELECT id, owner_id, department_id FROM plan_nodes WHERE plan_id = $1`, [res.plan.id])).map((r) => [r.id, r]));
    for (const node of res.nodes as Json[]) {
      const row = owners.get(node.id);
      expect({ key: node.key, owner: row.owner_id }).toEqual({ key: node.key, owner: row.department_id === ops.id ? manager.membershipId : admin.membershipId });
    }
  });

  it('runs as many statements for a template of 300 nodes as for one of 6: no statement per node', async () => {
    const admin = await t.newOrganization('Counted Co');
    const small = miniTemplate('small');
    const large = miniTemplate('large', ' (large)');
    for (let i = 0; i < 294; i++) {
      large.nodes.push({ key: `task-${i}`, parent: 'recruit', level: 'task', title: { 'zh-CN': `任务 ${i}`, en: `Task ${i}` }, department: 'people', owner: 'supervisor', weight: String(i % 4), timing: { from: 0, to: 3 }, checklist: [{ 'zh-CN': '一', en: 'One' }], dependsOn: i > 0 ? [`task-${i - 1}`] : [] });
    }
    const ids = [];
    for (const template of [small, large]) ids.push((await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(template) } }, admin.token)).importPlanTemplate.id);
    const counted = [];
    for (const [i, id] of ids.entries()) counted.push(await countStatements(() => created(admin, { templateId: id, language: 'en', planYear: 2040 + i })));
    expect(counted[1].result.nodes).toHaveLength(300);
    expectExactRollUps(await storedTree(counted[1].result.plan.id));
    expect(counted[1].count).toBe(counted[0].count);
  });

  it('creates nothing when it fails half-way: departments, plan, nodes, cycle, budget and audit rows roll back together', async () => {
    const admin = await t.newOrganization('Rollback Co');
    const before = await rowCounts(admin.orgId!);
    // The budget goes in after the departments, the plan and the nodes: make PostgreSQL refuse it, for this organisation only.
    const fn = `opsplan_test_refuse_budget_${admin.orgId!.replace(/-/g, '')}`;
    await ownerQuery(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.org_id = '${admin.orgId}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await ownerQuery(`CREATE TRIGGER ${fn} BEFORE INSERT ON budgets FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const res = await create(admin, { templateId: 'builtin:restaurant', language: 'en', startDate: START_DATE });
      expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await ownerQuery(`DROP TRIGGER ${fn} ON budgets`);
      await ownerQuery(`DROP FUNCTION ${fn}()`);
    }
    expect(await rowCounts(admin.orgId!)).toEqual(before);
    // And with nothing in the way, the same request succeeds.
    expect((await created(admin, { templateId: 'builtin:restaurant', language: 'en', startDate: START_DATE })).plan.year).toBe(2027);
  });

  describe('a new organisation started from a template', () => {
    it('is created with its whole plan, the caller its admin', async () => {
      const founder = await t.signUp('Founder');
      const started = performance.now();
      const res = await t.gql<Json>(
        CREATE_ORGANIZATION,
        { input: { name: 'Fresh Noodles', currency: 'CNY', fiscalYearStartMonth: 1, template: { templateId: 'builtin:restaurant', language: 'zh-CN', startDate: START_DATE, parameters: [{ key: 'companyName', value: '新面馆' }] } } },
        { token: founder.token },
      );
      (timings['restaurant (with createOrganization)'] ??= []).push(Math.round(performance.now() - started));
      expect(res.errors).toBeUndefined();
      const { organization, membership } = res.data.createOrganization.viewer;
      expect(membership.role).toBe('admin');
      const [plan] = await ownerQuery(`SELECT id, year, name FROM plans WHERE org_id = $1`, [organization.id]);
      expect(plan.year).toBe(2027);
      expect((await ownerQuery(`SELECT count(*)::int AS n FROM plan_nodes WHERE plan_id = $1`, [plan.id]))[0].n).toBe(choicesFor(builtIn('restaurant'), 2027).blueprint.nodes.length);
      expect((await ownerQuery(`SELECT count(*)::int AS n FROM budgets WHERE org_id = $1`, [organization.id]))[0].n).toBe(1);
      expect((await ownerQuery(`SELECT count(*)::int AS n FROM departments WHERE org_id = $1`, [organization.id]))[0].n).toBe(builtIn('restaurant').departments.length);
      expect((await ownerQuery(`SELECT DISTINCT owner_id FROM plan_nodes WHERE plan_id = $1`, [plan.id])).map((r) => r.owner_id)).toEqual([membership.id]);
      const strategy = await ownerQuery(`SELECT title FROM plan_nodes WHERE plan_id = $1 AND depth = 0`, [plan.id]);
      expect(strategy[0].title).toContain('新面馆');
      // The new admin reads it all through the API at once.
      const token = res.data.createOrganization.accessToken;
      expect((await t.ok(BUDGET, { planId: plan.id }, token)).budget.financing.ownFunds).toBe('30000.00');
    });

    it('is not created at all when its template cannot be used', async () => {
      const founder = await t.signUp('Founder');
      const memberships = async () => (await ownerQuery(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1`, [founder.userId]))[0].n;
      const attempts = [
        [{ templateId: 'builtin:restaurant', language: 'en', startDate: START_DATE, parameters: [{ key: 'loan', value: 'lots' }] }, 'template.parameters.loan'],
        [{ templateId: 'builtin:nothing', language: 'en', planYear: 2027 }, 'template.templateId'],
        [{ templateId: '6f1c2d0e-0000-4000-8000-000000000000', language: 'en', planYear: 2027 }, 'template.templateId'],
        [{ templateId: 'builtin:corporate', language: 'en' }, 'template.planYear'],
      ] as const;
      for (const [template, field] of attempts) {
        const res = await t.gql(CREATE_ORGANIZATION, { input: { name: 'Never Co', template } }, { token: founder.token });
        expect({ field, codes: codes(res), got: res.errors?.[0].extensions?.field }).toEqual({ field, codes: ['BAD_USER_INPUT'], got: field });
      }
      expect(await memberships()).toBe(0);
    });
  });
});
