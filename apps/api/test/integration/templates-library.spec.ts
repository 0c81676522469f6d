import { randomUUID } from 'node:crypto';
import { BUILT_IN_TEMPLATES, parsePlanTemplate, PlanTemplate } from '@opsplan/domain';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { createNode, createPlan } from '../support/plan-fixtures';
import {
  CREATE_FROM_TEMPLATE,
  DELETE_TEMPLATE,
  IMPORT_TEMPLATE,
  miniTemplate,
  RESTORE_TEMPLATE,
  rowCounts,
  SAVE_AS_TEMPLATE,
  TEMPLATE,
  TEMPLATES,
} from '../support/template-fixtures';

/**
 * An organisation's own templates: imported as JSON (checked whole, every
 * problem named by its path), saved from a plan, exported and imported back,
 * deleted and restored, and kept from other organisations and from roles
 * that may not plan.
 */
const problemsOf = (res: GqlResult) => (res.errors?.[0]?.extensions?.problems ?? []) as { path: string; message: string }[];
const field = (res: GqlResult) => res.errors?.[0]?.extensions?.field;

describe('an organisation’s own plan templates', () => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let other: Session;
  let mini: Json;

  const importJson = (session: Session, json: string) => t.gql<Json>(IMPORT_TEMPLATE, { input: { json } }, { token: session.token });
  const importTemplate = (session: Session, template: unknown) => importJson(session, JSON.stringify(template));

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Library Co');
    staff = await t.addMember(admin, 'staff');
    other = await t.newOrganization('Other Co');
    mini = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate()) } }, admin.token)).importPlanTemplate;
  });
  afterAll(() => t.stop());

  it('lists the built-in templates first, then the organisation’s own, with their bodies', async () => {
    const list = (await t.ok(TEMPLATES, {}, staff.token)).planTemplates as Json[];
    expect(list.slice(0, BUILT_IN_TEMPLATES.length).map((x) => [x.id, x.builtIn, x.version, x.createdAt])).toEqual(
      BUILT_IN_TEMPLATES.map((b) => [`builtin:${b.key}`, true, 0, null]),
    );
    const own = list.slice(BUILT_IN_TEMPLATES.length);
    expect(own.map((x) => [x.id, x.key, x.builtIn, x.version])).toEqual([[mini.id, 'mini-plan', false, 1]]);
    expect(own[0].name).toEqual({ zhCN: '小计划', en: 'Mini plan' });
    expect(JSON.parse(own[0].body)).toEqual(miniTemplate());
    for (const b of BUILT_IN_TEMPLATES) expect(parsePlanTemplate(JSON.parse(list.find((x) => x.key === b.key).body))).toEqual({ ok: true, template: b });
    expect((await t.ok(TEMPLATE, { id: mini.id }, staff.token)).planTemplate.id).toBe(mini.id);
  });

  it('creates a plan from its own template, with the checklist, the routine and the dependency', async () => {
    const res = (await t.ok(CREATE_FROM_TEMPLATE, { input: { templateId: mini.id, language: 'en', planYear: 2051 } }, admin.token)).createPlanFromTemplate;
    expect(res.plan).toMatchObject({ year: 2051, name: 'Mini plan', status: 'draft', progress: 0 });
    expect(res.budgetId).toBeNull();
    expect(res.cycleId).toBeNull();
    const id = Object.fromEntries(res.nodes.map((n: Json) => [n.key, n.id]));
    const rows = await ownerQuery(`SELECT id, title, checklist, recurrence, depends_on, start_date::text AS start, due_date::text AS due FROM plan_nodes WHERE plan_id = $1`, [res.plan.id]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(id.open)).toMatchObject({ title: 'Open', checklist: [{ text: 'Lease', done: false }, { text: 'Licence', done: false }], depends_on: [id.recruit], start: '2051-02-01' });
    expect(byId.get(id.count)).toMatchObject({ recurrence: 'monthly' });
  });

  it.each([
    ['stops', '{"schemaVersion": 1, "key": ', 'line 1, column 29 (position 28)'],
    ['has a bad value', '{"schemaVersion": 1,\n "key": nope}', 'line 2, column 10 (position 30)'],
    ['has a trailing comma', '{"schemaVersion": 1,}', 'line 1, column 21 (position 20)'],
  ])('refuses JSON that %s, saying where it broke, and stores nothing', async (_case, json, where) => {
    const before = await rowCounts(admin.orgId!);
    const res = await importJson(admin, json);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe('json');
    expect(res.errors?.[0].message).toContain(`The template is not valid JSON at ${where}: `);
    expect(await rowCounts(admin.orgId!)).toEqual(before);
  });

  it.each([
    ['an unknown level', (x: Json) => (x.nodes[1].level = 'programme'), 'nodes[1].level', /must be one of/],
    ['a parent cycle', (x: Json) => (x.nodes[1].parent = 'open'), 'nodes[', /parent cycle/],
    ['a dependency cycle', (x: Json) => (x.nodes[3].dependsOn = ['open']), 'dependsOn', /dependency cycle/],
    ['a negative weight', (x: Json) => (x.nodes[1].weight = '-1'), 'nodes[1].weight', /./],
    ['a missing translation', (x: Json) => delete x.departments[0].name.en, 'departments[0].name', /./],
    ['an empty translation', (x: Json) => (x.nodes[0].title['zh-CN'] = ' '), 'nodes[0].title.zh-CN', /./],
  ])('refuses a template with %s, naming the path, and stores nothing', async (_case, spoil, path, message) => {
    const bad: Json = miniTemplate(`spoilt-${randomUUID().slice(0, 8)}`);
    spoil(bad);
    const before = await rowCounts(admin.orgId!);
    const res = await importTemplate(admin, bad);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe('json');
    const problems = problemsOf(res);
    expect(problems.filter((p) => p.path.includes(path) && message.test(p.message))).not.toEqual([]);
    expect(res.errors?.[0].message).toContain(problems[0].path);
    expect(await rowCounts(admin.orgId!)).toEqual(before);
  });

  it('refuses a second template with a key the organisation already has', async () => {
    const res = await importTemplate(admin, miniTemplate());
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe('key');
    // Another organisation may use the same key.
    expect((await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate()) } }, other.token)).importPlanTemplate.key).toBe('mini-plan');
  });

  it('refuses a request too large for the API with PAYLOAD_TOO_LARGE, not an error of ours', async () => {
    const res = await importJson(admin, JSON.stringify({ ...miniTemplate('huge'), padding: 'x'.repeat(300_000) }));
    expect(res.status).toBe(413);
    expect(codes(res)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('refuses to keep a plan whose template would pass 2 MB', async () => {
    const plan = (await createPlan(t, admin, 'Wordy')).id;
    const strategy = await createNode(t, admin, { planId: plan, level: 'strategy', title: 'Wordy strategy' });
    await ownerQuery(
      `INSERT INTO plan_nodes (org_id, plan_id, parent_id, ancestor_ids, depth, level, title, description, progress, dimension, sort_order)
       SELECT $1, $2, $3, ARRAY[$3::uuid], 1, 'objective', 'Objective ' || i, repeat('words ', 3000), 0, 'organisation', i FROM generate_series(1, 120) AS i`,
      [admin.orgId, plan, strategy.id],
    );
    const before = await rowCounts(admin.orgId!);
    const res = await t.gql(SAVE_AS_TEMPLATE, { input: { planId: plan, key: 'wordy', name: { zhCN: '冗长', en: 'Wordy' } } }, { token: admin.token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe('planId');
    expect(res.errors?.[0].message).toMatch(/at most 2 MB/);
    expect(await rowCounts(admin.orgId!)).toEqual(before);
  });

  it('saves a plan as a template, exports it, imports it under another key and plans another year with it', async () => {
    const made = (await t.ok(CREATE_FROM_TEMPLATE, { input: { templateId: mini.id, language: 'zh-CN', planYear: 2052 } }, admin.token)).createPlanFromTemplate;
    const saved = (await t.ok(SAVE_AS_TEMPLATE, { input: { planId: made.plan.id, key: 'kept-plan', name: { zhCN: '保存的计划', en: 'Kept plan' } } }, admin.token)).savePlanAsTemplate;
    expect(saved).toMatchObject({ key: 'kept-plan', builtIn: false, version: 1, name: { zhCN: '保存的计划', en: 'Kept plan' }, description: { zhCN: '保存的计划', en: 'Kept plan' } });
    const exported: PlanTemplate = JSON.parse((await t.ok(TEMPLATE, { id: saved.id }, admin.token)).planTemplate.body);
    expect(parsePlanTemplate(exported).ok).toBe(true);
    expect(exported.nodes).toHaveLength(miniTemplate().nodes.length);

    const imported = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify({ ...exported, key: 'kept-plan-copy' }) } }, admin.token)).importPlanTemplate;
    const again = (await t.ok(CREATE_FROM_TEMPLATE, { input: { templateId: imported.id, language: 'en', planYear: 2053 } }, admin.token)).createPlanFromTemplate;
    expect(again.plan.year).toBe(2053);
    const shape = async (planId: string) =>
      (await ownerQuery(`SELECT level, depth, title, recurrence, jsonb_array_length(checklist) AS items, cardinality(depends_on) AS waits FROM plan_nodes WHERE plan_id = $1 ORDER BY depth, sort_order, title`, [planId])).map((r) => ({ ...r }));
    expect(await shape(again.plan.id)).toEqual(await shape(made.plan.id));
    // The departments were found again by name, not created twice.
    const names = (await ownerQuery(`SELECT name FROM departments WHERE org_id = $1 AND deleted_at IS NULL`, [admin.orgId])).map((r) => r.name);
    expect(names.length).toBe(new Set(names.map((n) => n.toLowerCase())).size);
  });

  it('shows a template’s budget only to those who may export the budget', async () => {
    const finance = await t.addMember(admin, 'finance');
    const made = (await t.ok(CREATE_FROM_TEMPLATE, { input: { templateId: 'builtin:restaurant', language: 'en', startDate: '2057-04-01' } }, admin.token)).createPlanFromTemplate;
    const saved = (await t.ok(SAVE_AS_TEMPLATE, { input: { planId: made.plan.id, key: 'our-restaurant', name: { zhCN: '我们的餐厅', en: 'Our restaurant' } } }, admin.token)).savePlanAsTemplate;
    const bodyFor = async (session: Session): Promise<PlanTemplate> => JSON.parse((await t.ok(TEMPLATE, { id: saved.id }, session.token)).planTemplate.body);
    for (const reader of [admin, finance]) {
      const body = await bodyFor(reader);
      expect(body.budget?.positions.length).toBeGreaterThan(0);
      expect(body.nodes.some((n) => n.kpi?.budgetTarget)).toBe(true);
    }
    const seen = await bodyFor(staff);
    expect(seen.budget).toBeUndefined();
    expect(seen.nodes.some((n) => n.kpi?.budgetTarget)).toBe(false);
    expect(JSON.stringify(seen)).not.toMatch(/monthlySalary/);
    // What they see is still a template.
    expect(parsePlanTemplate(seen).ok).toBe(true);
    const listed = (await t.ok(TEMPLATES, {}, staff.token)).planTemplates.find((x: Json) => x.id === saved.id);
    expect(JSON.parse(listed.body)).toEqual(seen);
  });

  it('deletes and restores a template, answering CONFLICT to a stale version', async () => {
    const own = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('to-delete')) } }, admin.token)).importPlanTemplate;
    const deleted = (await t.ok(DELETE_TEMPLATE, { input: { id: own.id, version: 1 } }, admin.token)).deletePlanTemplate;
    expect(deleted.version).toBe(2);
    expect(codes(await t.gql(TEMPLATE, { id: own.id }, { token: admin.token }))).toEqual(['NOT_FOUND']);
    expect((await t.ok(TEMPLATES, {}, admin.token)).planTemplates.map((x: Json) => x.id)).not.toContain(own.id);
    expect(codes(await t.gql(CREATE_FROM_TEMPLATE, { input: { templateId: own.id, language: 'en', planYear: 2054 } }, { token: admin.token }))).toEqual(['NOT_FOUND']);

    const restored = (await t.ok(RESTORE_TEMPLATE, { id: own.id }, admin.token)).restorePlanTemplate;
    expect(restored.version).toBe(3);
    const stale = await t.gql<Json>(DELETE_TEMPLATE, { input: { id: own.id, version: 1 } }, { token: admin.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: own.id, version: 3 });
    expect(codes(await t.gql(RESTORE_TEMPLATE, { id: own.id }, { token: admin.token }))).toEqual(['NOT_FOUND']);

    // A deleted template whose key was taken meanwhile cannot come back under it.
    await t.ok(DELETE_TEMPLATE, { input: { id: own.id, version: 3 } }, admin.token);
    await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('to-delete')) } }, admin.token);
    const clash = await t.gql(RESTORE_TEMPLATE, { id: own.id }, { token: admin.token });
    expect(codes(clash)).toEqual(['BAD_USER_INPUT']);
    expect(field(clash)).toBe('id');
    expect(codes(await t.gql(DELETE_TEMPLATE, { input: { id: 'builtin:corporate', version: 1 } }, { token: admin.token }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps one organisation’s templates from another: NOT_FOUND, as for one that does not exist', async () => {
    const before = await rowCounts(admin.orgId!);
    const attempts: [string, (id: string) => Promise<GqlResult>][] = [
      ['planTemplate', (id) => t.gql(TEMPLATE, { id }, { token: other.token })],
      ['createPlanFromTemplate', (id) => t.gql(CREATE_FROM_TEMPLATE, { input: { templateId: id, language: 'en', planYear: 2055 } }, { token: other.token })],
      ['deletePlanTemplate', (id) => t.gql(DELETE_TEMPLATE, { input: { id, version: 1 } }, { token: other.token })],
      ['restorePlanTemplate', (id) => t.gql(RESTORE_TEMPLATE, { id }, { token: other.token })],
    ];
    for (const [name, attempt] of attempts) {
      const foreign = await attempt(mini.id);
      const missing = await attempt(randomUUID());
      expect({ name, codes: codes(foreign) }).toEqual({ name, codes: ['NOT_FOUND'] });
      expect(foreign.errors?.map((e) => e.message)).toEqual(missing.errors?.map((e) => e.message));
    }
    expect((await t.ok(TEMPLATES, {}, other.token)).planTemplates.map((x: Json) => x.id)).not.toContain(mini.id);
    expect(codes(await t.gql(SAVE_AS_TEMPLATE, { input: { planId: (await createPlan(t, admin, 'Mine')).id, key: 'stolen', name: { zhCN: '偷', en: 'Stolen' } } }, { token: other.token }))).toEqual(['BAD_USER_INPUT']);
    expect(await rowCounts(admin.orgId!)).toEqual({ ...before, plans: before.plans + 1, audit_log: before.audit_log + 1 });
  });

  it('lets staff read templates but not plan with, keep, import or delete them', async () => {
    const plan = (await createPlan(t, admin, 'Staff target')).id;
    const before = await rowCounts(admin.orgId!);
    const forbidden = [
      await t.gql(CREATE_FROM_TEMPLATE, { input: { templateId: 'builtin:corporate', language: 'en', planYear: 2056 } }, { token: staff.token }),
      await t.gql(CREATE_FROM_TEMPLATE, { input: { templateId: mini.id, language: 'en', planYear: 2056 } }, { token: staff.token }),
      await t.gql(SAVE_AS_TEMPLATE, { input: { planId: plan, key: 'by-staff', name: { zhCN: '员工', en: 'Staff' } } }, { token: staff.token }),
      await importTemplate(staff, miniTemplate('by-staff')),
      await t.gql(DELETE_TEMPLATE, { input: { id: mini.id, version: 1 } }, { token: staff.token }),
      await t.gql(RESTORE_TEMPLATE, { id: mini.id }, { token: staff.token }),
    ];
    expect(forbidden.map(codes)).toEqual(forbidden.map(() => ['FORBIDDEN']));
    expect(await rowCounts(admin.orgId!)).toEqual(before);
  });
});
