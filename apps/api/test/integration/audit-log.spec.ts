import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { asAppRole, codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { countStatements } from '../support/statement-counter';
import * as cycles from '../support/cycle-fixtures';
import * as budgets from '../support/budget-fixtures';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, createPlan, CREATE_NODE, DELETE_NODE, MOVE_NODE, RESTORE_NODE, UPDATE_NODE, UPDATE_PROGRESS } from '../support/plan-fixtures';
import * as templates from '../support/template-fixtures';

/** Mutations that touch no organisation's data (accounts and sessions), so write no audit row. */
const NOT_ORGANISATION_DATA = ['refreshSession', 'signIn', 'signOut', 'signUp', 'switchOrganization', 'updateProfile',
  // the caller's own read marks on their notifications: personal state, like a profile
  'markNotificationsRead', 'markAllNotificationsRead'];

interface ExpectedRow {
  entity: string;
  entityId: string;
  action: string;
  /** the changes the row records; omitted when the action itself says it all */
  changes?: { field: string; before: unknown; after: unknown }[];
}

interface AuditedChange {
  mutation: string;
  perform: () => Promise<{ res: GqlResult<Json>; orgId: string; actor: string; expected: ExpectedRow[] }>;
}

const maxAuditId = async (orgId: string) => Number((await ownerQuery(`SELECT coalesce(max(id), 0) AS n FROM audit_log WHERE org_id = $1`, [orgId]))[0].n);
const rowsOfRequest = (requestId: string) =>
  ownerQuery(`SELECT org_id, entity, entity_id, action, actor_user_id, request_id, changes FROM audit_log WHERE request_id = $1 ORDER BY id`, [requestId]);
const auditRowsAfter = (orgId: string, afterId: number) =>
  ownerQuery(`SELECT entity, entity_id, action, actor_user_id, request_id, changes FROM audit_log WHERE org_id = $1 AND id > $2 ORDER BY id`, [orgId, afterId]);

describe('the audit log', () => {
  let t: TestApp;
  let admin: Session;
  let orgVersion = 1;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Audit Co');
  });
  afterAll(() => t.stop());

  const as = (token: string) => ({ token });
  /** One plan with a strategy and an objective, shared by the plan cases. */
  let shared: { plan: string; strategy: string; objective: string } | undefined;
  const auditPlan = async () => {
    if (!shared) {
      const plan = (await createPlan(t, admin, 'Audited plan')).id;
      const strategy = (await createNode(t, admin, { planId: plan, level: 'strategy', title: 'Audited strategy' })).id;
      const objective = (await createNode(t, admin, { planId: plan, parentId: strategy, level: 'objective', title: 'Audited objective' })).id;
      shared = { plan, strategy, objective };
    }
    return shared;
  };

  /** The planning cycle's mutations, each performed on its own cycle so the cases stay independent. */
  function cycleChanges(): AuditedChange[] {
    const ok = { orgId: () => admin.orgId!, actor: () => admin.userId };
    const change = (mutation: string, perform: () => Promise<{ res: GqlResult<Json>; expected: ExpectedRow[] }>): AuditedChange => ({
      mutation,
      perform: async () => ({ ...(await perform()), orgId: ok.orgId(), actor: ok.actor() }),
    });
    const fresh = () => cycles.createCycle(t, admin);
    const submitted = async () => {
      const cycle = await fresh();
      const deputy = await t.addMember(admin, 'executive');
      await cycles.setGroup(t, admin, cycle.id, { deputyLeaderId: deputy.membershipId });
      const s1 = cycles.byKey(cycle, 'sales_forecast').id as string;
      await cycles.submit(t, deputy, s1);
      return { cycle, s1 };
    };
    return [
      change('createPlanningCycle', async () => {
        const planId = await cycles.createPlanForCycle(t, admin);
        const res = await t.gql<Json>(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { id } }`, { input: { planId } }, as(admin.token));
        return { res, expected: [{ entity: 'planning_cycle', entityId: res.data.createPlanningCycle.id, action: 'create', changes: [{ field: 'stages', before: null, after: 8 }] }] };
      }),
      change('updatePlanningCycle', async () => {
        const cycle = await fresh();
        const res = await t.gql<Json>(cycles.UPDATE_CYCLE, { input: { id: cycle.id, version: cycle.version, leaderId: admin.membershipId, retrospective: 'Earlier next year' } }, as(admin.token));
        return {
          res,
          expected: [{ entity: 'planning_cycle', entityId: cycle.id, action: 'update', changes: [{ field: 'leaderId', before: null, after: admin.membershipId }, { field: 'retrospective', before: null, after: 'Earlier next year' }] }],
        };
      }),
      change('addCycleStage', async () => {
        const cycle = await fresh();
        const last = cycle.stages.at(-1);
        const res = await t.gql<Json>(cycles.ADD_STAGE, { input: { cycleId: cycle.id, version: cycle.version, name: 'Board review', startDate: last.dueDate, dueDate: last.dueDate } }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: res.data.addCycleStage.id, action: 'create', changes: [{ field: 'name', before: null, after: 'Board review' }] }] };
      }),
      change('updateCycleStage', async () => {
        const cycle = await fresh();
        const s8 = cycles.byKey(cycle, 'overall_plan');
        const res = await t.gql<Json>(cycles.UPDATE_STAGE, { input: { id: s8.id, version: s8.version, name: 'Annual plan' } }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: s8.id, action: 'update', changes: [{ field: 'name', before: s8.name, after: 'Annual plan' }] }] };
      }),
      change('deleteCycleStage', async () => {
        const cycle = await fresh();
        const s8 = cycles.byKey(cycle, 'overall_plan');
        const res = await t.gql<Json>(cycles.DELETE_STAGE, { input: { id: s8.id, version: s8.version } }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: s8.id, action: 'delete' }] };
      }),
      change('restoreCycleStage', async () => {
        const cycle = await fresh();
        const s8 = cycles.byKey(cycle, 'overall_plan');
        await t.ok(cycles.DELETE_STAGE, { input: { id: s8.id, version: s8.version } }, admin.token);
        const res = await t.gql<Json>(cycles.RESTORE_STAGE, { id: s8.id }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: s8.id, action: 'restore' }] };
      }),
      change('reorderCycleStages', async () => {
        const cycle = await fresh();
        const ids = cycle.stages.map((s: Json) => s.id).reverse();
        const res = await t.gql<Json>(cycles.REORDER_STAGES, { input: { cycleId: cycle.id, version: cycle.version, stageIds: ids } }, as(admin.token));
        return { res, expected: [{ entity: 'planning_cycle', entityId: cycle.id, action: 'reorder' }] };
      }),
      change('submitCycleStage', async () => {
        const cycle = await fresh();
        const s1 = cycles.byKey(cycle, 'sales_forecast');
        const res = await t.gql<Json>(cycles.SUBMIT, { input: { id: s1.id, version: s1.version } }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: s1.id, action: 'submit', changes: [{ field: 'status', before: 'not_started', after: 'submitted' }] }] };
      }),
      change('approveCycleStage', async () => {
        const { s1 } = await submitted();
        const res = await t.gql<Json>(cycles.APPROVE, { input: { id: s1, version: await cycles.stageVersion(s1) } }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: s1, action: 'approve', changes: [{ field: 'status', before: 'submitted', after: 'approved' }] }] };
      }),
      change('returnCycleStage', async () => {
        const { s1 } = await submitted();
        const res = await t.gql<Json>(cycles.RETURN, { input: { id: s1, version: await cycles.stageVersion(s1), reason: 'Too rosy' } }, as(admin.token));
        return { res, expected: [{ entity: 'cycle_stage', entityId: s1, action: 'return', changes: [{ field: 'status', before: 'submitted', after: 'returned' }, { field: 'returnReason', before: null, after: 'Too rosy' }] }] };
      }),
      change('updateDeliverable', async () => {
        const cycle = await fresh();
        const s1 = cycles.byKey(cycle, 'sales_forecast').id;
        const doc = (await t.ok(cycles.STAGE, { id: s1 }, admin.token)).cycleStage.deliverables[0];
        const res = await t.gql<Json>(cycles.UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: 'Forecast' } }, as(admin.token));
        return {
          res,
          expected: [
            { entity: 'cycle_stage', entityId: s1, action: 'start', changes: [{ field: 'status', before: 'not_started', after: 'in_progress' }] },
            { entity: 'stage_deliverable', entityId: doc.id, action: 'update', changes: [{ field: 'bodyLength', before: 0, after: 8 }] },
          ],
        };
      }),
      change('addAttachment', async () => {
        const cycle = await fresh();
        const s1 = cycles.byKey(cycle, 'sales_forecast').id;
        const doc = (await t.ok(cycles.STAGE, { id: s1 }, admin.token)).cycleStage.deliverables[0];
        const res = await t.gql<Json>(cycles.ADD_ATTACHMENT, { input: { deliverableId: doc.id, filename: 'a.txt', contentType: 'text/plain', contentBase64: 'aGk=' } }, as(admin.token));
        return {
          res,
          expected: [
            { entity: 'cycle_stage', entityId: s1, action: 'start' },
            { entity: 'stage_attachment', entityId: res.data.addAttachment.id, action: 'create', changes: [{ field: 'size', before: null, after: 2 }] },
          ],
        };
      }),
      change('removeAttachment', async () => {
        const cycle = await fresh();
        const s1 = cycles.byKey(cycle, 'sales_forecast').id;
        const doc = (await t.ok(cycles.STAGE, { id: s1 }, admin.token)).cycleStage.deliverables[0];
        const added = (await t.ok(cycles.ADD_ATTACHMENT, { input: { deliverableId: doc.id, filename: 'a.txt', contentType: 'text/plain', contentBase64: 'aGk=' } }, admin.token)).addAttachment;
        const res = await t.gql<Json>(cycles.REMOVE_ATTACHMENT, { id: added.id }, as(admin.token));
        return { res, expected: [{ entity: 'stage_attachment', entityId: added.id, action: 'delete' }] };
      }),
    ];
  }
  /** The budget's mutations, each on a fresh budget of its own plan. */
  function budgetChanges(): AuditedChange[] {
    const change = (mutation: string, perform: () => Promise<{ res: GqlResult<Json>; expected: ExpectedRow[] }>): AuditedChange => ({
      mutation,
      perform: async () => ({ ...(await perform()), orgId: admin.orgId!, actor: admin.userId }),
    });
    const fresh = async () => {
      const planId = (await createPlan(t, admin, 'Budgeted')).id;
      const budget = (await t.ok(budgets.CREATE_BUDGET, { input: { planId, name: 'Audited budget', startMonth: '2031-01', horizonMonths: 12 } }, admin.token)).createBudget;
      const department = (await t.createDepartment(admin, 'Budget dept')).id;
      const saved = (await t.ok(budgets.SAVE_LINES, {
        input: { budgetId: budget.id, costLines: [{ name: 'Rent', departmentId: department, category: 'rent', amountKind: 'monthly', amount: '100.00' }] },
      }, admin.token)).saveBudgetLines.budget;
      return { planId, budget: saved, line: saved.costLines[0] };
    };
    return [
      change('createBudget', async () => {
        const planId = (await createPlan(t, admin, 'Budgeted')).id;
        const res = await t.gql<Json>(budgets.CREATE_BUDGET, { input: { planId, name: 'New budget', startMonth: '2031-01', horizonMonths: 24 } }, as(admin.token));
        return { res, expected: [{ entity: 'budget', entityId: res.data.createBudget.id, action: 'create', changes: [{ field: 'horizonMonths', before: null, after: 24 }] }] };
      }),
      change('updateBudget', async () => {
        const { budget } = await fresh();
        const res = await t.gql<Json>(budgets.UPDATE_BUDGET, { input: { id: budget.id, version: budget.version, name: 'Renamed budget' } }, as(admin.token));
        return { res, expected: [{ entity: 'budget', entityId: budget.id, action: 'update', changes: [{ field: 'name', before: 'Audited budget', after: 'Renamed budget' }] }] };
      }),
      change('saveBudgetLines', async () => {
        const { budget, line } = await fresh();
        const res = await t.gql<Json>(budgets.SAVE_LINES, {
          input: { budgetId: budget.id, costLines: [{ id: line.id, version: line.version, name: 'Rent', departmentId: line.departmentId, category: 'rent', amountKind: 'monthly', amount: '120.00' }] },
        }, as(admin.token));
        return { res, expected: [{ entity: 'budget_cost_line', entityId: line.id, action: 'update', changes: [{ field: 'amount', before: '100.00', after: '120.00' }] }] };
      }),
      change('restoreBudgetLines', async () => {
        const { budget, line } = await fresh();
        const deleted = (await t.ok(budgets.SAVE_LINES, { input: { budgetId: budget.id, deletions: [{ lineKind: 'cost', id: line.id, version: line.version }] } }, admin.token)).saveBudgetLines;
        const res = await t.gql<Json>(budgets.RESTORE_LINES, { budgetId: budget.id, batchId: deleted.deletionBatchId }, as(admin.token));
        return { res, expected: [{ entity: 'budget_cost_line', entityId: line.id, action: 'restore' }] };
      }),
      change('setBudgetActuals', async () => {
        const { budget, line } = await fresh();
        const res = await t.gql<Json>(budgets.SET_ACTUALS, { input: { budgetId: budget.id, entries: [{ lineKind: 'cost', lineId: line.id, month: '2031-02', amount: '99.50' }] } }, as(admin.token));
        const [actual] = await ownerQuery(`SELECT id FROM budget_actuals WHERE line_id = $1`, [line.id]);
        return { res, expected: [{ entity: 'budget_actual', entityId: actual.id, action: 'create', changes: [{ field: 'amount', before: null, after: '99.50' }] }] };
      }),
      change('lockBudget', async () => {
        const { budget } = await fresh();
        const res = await t.gql<Json>(budgets.LOCK, { id: budget.id, version: budget.version }, as(admin.token));
        return { res, expected: [{ entity: 'budget', entityId: budget.id, action: 'lock', changes: [{ field: 'lockedBy', before: null, after: admin.membershipId }] }] };
      }),
      change('linkKpiTargetToBudget', async () => {
        const { planId } = await fresh();
        const strategy = await createNode(t, admin, { planId, level: 'strategy', title: 'Budgeted strategy' });
        const node = await createNode(t, admin, {
          planId,
          parentId: strategy.id,
          level: 'objective',
          title: 'Break even',
          kpi: { name: 'Profit before tax', direction: 'higher_is_better', baseline: '0', target: '5' },
        });
        const source = { scenario: 'responsibility', measure: 'profitBeforeTax', period: 'total' };
        const res = await t.gql<Json>(
          `mutation($input: LinkKpiTargetInput!) { linkKpiTargetToBudget(input: $input) { id } }`,
          { input: { nodeId: node.id, version: node.version, source } },
          as(admin.token),
        );
        // No revenue, rent 100.00 a month: a loss of 1,200.00 over the year.
        return {
          res,
          expected: [{ entity: 'plan_node', entityId: node.id, action: 'update', changes: [{ field: 'kpiTarget', before: '5', after: '-1200' }, { field: 'kpiTargetSource', before: null, after: source }] }],
        };
      }),
      change('unlockBudget', async () => {
        const { budget } = await fresh();
        const locked = (await t.ok(budgets.LOCK, { id: budget.id, version: budget.version }, admin.token)).lockBudget;
        const res = await t.gql<Json>(budgets.UNLOCK, { id: budget.id, version: locked.version }, as(admin.token));
        return { res, expected: [{ entity: 'budget', entityId: budget.id, action: 'unlock', changes: [{ field: 'lockedBy', before: admin.membershipId, after: null }] }] };
      }),
    ];
  }
  /** The templates' mutations, each on a template of its own. */
  function templateChanges(): AuditedChange[] {
    const change = (mutation: string, perform: () => Promise<{ res: GqlResult<Json>; expected: ExpectedRow[] }>): AuditedChange => ({
      mutation,
      perform: async () => ({ ...(await perform()), orgId: admin.orgId!, actor: admin.userId }),
    });
    let n = 0;
    const own = async () => (await t.ok(templates.IMPORT_TEMPLATE, { input: { json: JSON.stringify(templates.miniTemplate(`audited-${++n}`)) } }, admin.token)).importPlanTemplate;
    return [
      change('createPlanFromTemplate', async () => {
        const template = (await t.ok(templates.IMPORT_TEMPLATE, { input: { json: JSON.stringify(templates.miniTemplate('audited-plan', ' (audited)')) } }, admin.token)).importPlanTemplate;
        const res = await t.gql<Json>(templates.CREATE_FROM_TEMPLATE, { input: { templateId: template.id, language: 'en', planYear: 2095 } }, as(admin.token));
        if (!res.data) throw new Error(JSON.stringify(res.errors));
        const { plan, nodes } = res.data.createPlanFromTemplate;
        const departments = await ownerQuery(`SELECT id FROM departments WHERE org_id = $1 AND name IN ('Operations (audited)', 'People (audited)') ORDER BY sort_order`, [admin.orgId]);
        return {
          res,
          expected: [
            { entity: 'plan', entityId: plan.id, action: 'create', changes: [{ field: 'templateKey', before: null, after: 'audited-plan' }, { field: 'year', before: null, after: 2095 }] },
            ...departments.map((d) => ({ entity: 'department', entityId: d.id, action: 'create' })),
            ...nodes.map((node: Json) => ({ entity: 'plan_node', entityId: node.id, action: 'create' })),
          ],
        };
      }),
      change('savePlanAsTemplate', async () => {
        const planId = (await createPlan(t, admin, 'Kept')).id;
        const res = await t.gql<Json>(templates.SAVE_AS_TEMPLATE, { input: { planId, key: 'audited-kept', name: { zhCN: '保存', en: 'Kept' } } }, as(admin.token));
        return { res, expected: [{ entity: 'plan_template', entityId: res.data.savePlanAsTemplate.id, action: 'create', changes: [{ field: 'key', before: null, after: 'audited-kept' }] }] };
      }),
      change('importPlanTemplate', async () => {
        const res = await t.gql<Json>(templates.IMPORT_TEMPLATE, { input: { json: JSON.stringify(templates.miniTemplate('audited-import')) } }, as(admin.token));
        return { res, expected: [{ entity: 'plan_template', entityId: res.data.importPlanTemplate.id, action: 'create', changes: [{ field: 'key', before: null, after: 'audited-import' }] }] };
      }),
      change('deletePlanTemplate', async () => {
        const template = await own();
        const res = await t.gql<Json>(templates.DELETE_TEMPLATE, { input: { id: template.id, version: template.version } }, as(admin.token));
        return { res, expected: [{ entity: 'plan_template', entityId: template.id, action: 'delete' }] };
      }),
      change('restorePlanTemplate', async () => {
        const template = await own();
        await t.ok(templates.DELETE_TEMPLATE, { input: { id: template.id, version: template.version } }, admin.token);
        const res = await t.gql<Json>(templates.RESTORE_TEMPLATE, { id: template.id }, as(admin.token));
        return { res, expected: [{ entity: 'plan_template', entityId: template.id, action: 'restore' }] };
      }),
    ];
  }
  const CHANGES: AuditedChange[] = [
    {
      mutation: 'createOrganization',
      perform: async () => {
        const founder = await t.signUp('Founder');
        const res = await t.gql<Json>(
          `mutation { createOrganization(input: { name: "Fresh Co", currency: "EUR" }) { viewer { organization { id } membership { id } } } }`,
          {},
          as(founder.token),
        );
        const { organization, membership } = res.data.createOrganization.viewer;
        return {
          res,
          orgId: organization.id,
          actor: founder.userId,
          expected: [
            { entity: 'organization', entityId: organization.id, action: 'create' },
            { entity: 'membership', entityId: membership.id, action: 'create', changes: [{ field: 'userId', before: null, after: founder.userId }, { field: 'role', before: null, after: 'admin' }] },
          ],
        };
      },
    },
    {
      mutation: 'updateOrganization',
      perform: async () => {
        const res = await t.gql<Json>(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }`, {
          input: { name: 'Audit Co Ltd', version: orgVersion },
        }, as(admin.token));
        orgVersion = res.data.updateOrganization.version;
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'organization', entityId: admin.orgId!, action: 'update', changes: [{ field: 'name', before: 'Audit Co', after: 'Audit Co Ltd' }] }],
        };
      },
    },
    {
      mutation: 'createDepartment',
      perform: async () => {
        const res = await t.gql<Json>(`mutation { createDepartment(input: { name: "Sales" }) { id } }`, {}, as(admin.token));
        const id = res.data.createDepartment.id;
        return { res, orgId: admin.orgId!, actor: admin.userId, expected: [{ entity: 'department', entityId: id, action: 'create', changes: [{ field: 'name', before: null, after: 'Sales' }] }] };
      },
    },
    {
      mutation: 'updateDepartment',
      perform: async () => {
        const d = await t.createDepartment(admin, 'Finance');
        const res = await t.gql<Json>(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, {
          input: { id: d.id, version: d.version, managerId: admin.membershipId },
        }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'department', entityId: d.id, action: 'update', changes: [{ field: 'managerId', before: null, after: admin.membershipId }] }],
        };
      },
    },
    {
      mutation: 'deleteDepartment',
      perform: async () => {
        const parent = await t.createDepartment(admin, 'Plant');
        const child = await t.createDepartment(admin, 'Line 1', parent.id);
        const res = await t.gql<Json>(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id: parent.id }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [parent.id, child.id].map((entityId) => ({ entity: 'department', entityId, action: 'delete' })),
        };
      },
    },
    {
      mutation: 'restoreDepartment',
      perform: async () => {
        const parent = await t.createDepartment(admin, 'Warehouse');
        const child = await t.createDepartment(admin, 'Dock', parent.id);
        await t.ok(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id: parent.id }, admin.token);
        const res = await t.gql<Json>(`mutation($id: ID!) { restoreDepartment(id: $id) { id } }`, { id: parent.id }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [parent.id, child.id].map((entityId) => ({ entity: 'department', entityId, action: 'restore' })),
        };
      },
    },
    {
      mutation: 'createInvitation',
      perform: async () => {
        const res = await t.gql<Json>(`mutation { createInvitation(input: { role: finance }) { token invitation { id } } }`, {}, as(admin.token));
        const { token, invitation } = res.data.createInvitation;
        // The token is a secret: it never enters the audit log.
        expect(JSON.stringify(await rowsOfRequest(res.headers['x-request-id'] as string))).not.toContain(token);
        return { res, orgId: admin.orgId!, actor: admin.userId, expected: [{ entity: 'invitation', entityId: invitation.id, action: 'create' }] };
      },
    },
    {
      mutation: 'revokeInvitation',
      perform: async () => {
        const { createInvitation } = await t.ok(`mutation { createInvitation(input: { role: staff }) { invitation { id } } }`, {}, admin.token);
        const id = createInvitation.invitation.id;
        const res = await t.gql<Json>(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id }, as(admin.token));
        return { res, orgId: admin.orgId!, actor: admin.userId, expected: [{ entity: 'invitation', entityId: id, action: 'revoke' }] };
      },
    },
    {
      mutation: 'acceptInvitation',
      perform: async () => {
        const { createInvitation } = await t.ok(`mutation { createInvitation(input: { role: manager }) { token invitation { id } } }`, {}, admin.token);
        const joiner = await t.signUp('Joiner');
        const res = await t.gql<Json>(`mutation($token: String!) { acceptInvitation(token: $token) { viewer { membership { id } } } }`, {
          token: createInvitation.token,
        }, as(joiner.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: joiner.userId,
          expected: [
            { entity: 'invitation', entityId: createInvitation.invitation.id, action: 'accept' },
            { entity: 'membership', entityId: res.data.acceptInvitation.viewer.membership.id, action: 'create', changes: [{ field: 'userId', before: null, after: joiner.userId }, { field: 'role', before: null, after: 'manager' }] },
          ],
        };
      },
    },
    {
      mutation: 'updateMember',
      perform: async () => {
        const member = await t.addMember(admin, 'staff');
        const res = await t.gql<Json>(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, {
          input: { id: member.membershipId, version: 1, role: 'executive' },
        }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'membership', entityId: member.membershipId!, action: 'update', changes: [{ field: 'role', before: 'staff', after: 'executive' }] }],
        };
      },
    },
    {
      mutation: 'createPlan',
      perform: async () => {
        const res = await t.gql<Json>(`mutation { createPlan(input: { year: 2061, name: "FY2061" }) { id } }`, {}, as(admin.token));
        const id = res.data.createPlan.id;
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan', entityId: id, action: 'create', changes: [{ field: 'year', before: null, after: 2061 }, { field: 'status', before: null, after: 'draft' }] }],
        };
      },
    },
    {
      mutation: 'updatePlanStatus',
      perform: async () => {
        const plan = await createPlan(t, admin, 'To approve');
        const res = await t.gql<Json>(`mutation($input: UpdatePlanStatusInput!) { updatePlanStatus(input: $input) { id } }`, {
          input: { id: plan.id, status: 'approved', version: plan.version },
        }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan', entityId: plan.id, action: 'update', changes: [{ field: 'status', before: 'draft', after: 'approved' }] }],
        };
      },
    },
    {
      mutation: 'createNode',
      perform: async () => {
        const res = await t.gql<Json>(CREATE_NODE, { input: { planId: (await auditPlan()).plan, level: 'strategy', title: 'Be the first choice' } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan_node', entityId: res.data.createNode.id, action: 'create', changes: [{ field: 'title', before: null, after: 'Be the first choice' }, { field: 'level', before: null, after: 'strategy' }] }],
        };
      },
    },
    {
      mutation: 'updateNode',
      perform: async () => {
        const node = await createNode(t, admin, { planId: (await auditPlan()).plan, level: 'strategy', title: 'Old title' });
        const res = await t.gql<Json>(UPDATE_NODE, { input: { id: node.id, version: node.version, title: 'New title', weight: 2 } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan_node', entityId: node.id, action: 'update', changes: [{ field: 'title', before: 'Old title', after: 'New title' }, { field: 'weight', before: 1, after: 2 }] }],
        };
      },
    },
    {
      mutation: 'updateProgress',
      perform: async () => {
        const { objective } = await auditPlan();
        const [{ version }] = await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [objective]);
        const res = await t.gql<Json>(UPDATE_PROGRESS, { input: { id: objective, version, progress: 40, status: 'at_risk' } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan_node', entityId: objective, action: 'progress', changes: [{ field: 'ownProgress', before: 0, after: 40 }, { field: 'status', before: 'not_started', after: 'at_risk' }] }],
        };
      },
    },
    {
      mutation: 'setNodeChecklist',
      perform: async () => {
        const { objective } = await auditPlan();
        const [{ version }] = await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [objective]);
        const res = await t.gql<Json>(
          `mutation($input: SetNodeChecklistInput!) { setNodeChecklist(input: $input) { id } }`,
          { input: { id: objective, version, checklist: [{ text: 'Sign the lease', done: true }] } },
          as(admin.token),
        );
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan_node', entityId: objective, action: 'checklist', changes: [{ field: 'checklist', before: [], after: [{ text: 'Sign the lease', done: true }] }] }],
        };
      },
    },
    {
      mutation: 'moveNode',
      perform: async () => {
        const { plan, strategy } = await auditPlan();
        const from = await createNode(t, admin, { planId: plan, parentId: strategy, level: 'objective', title: 'From' });
        const to = await createNode(t, admin, { planId: plan, parentId: strategy, level: 'objective', title: 'To' });
        const project = await createNode(t, admin, { planId: plan, parentId: from.id, level: 'project', title: 'Moving project' });
        const res = await t.gql<Json>(MOVE_NODE, { input: { id: project.id, parentId: to.id, version: project.version } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'plan_node', entityId: project.id, action: 'move', changes: [{ field: 'parentId', before: from.id, after: to.id }] }],
        };
      },
    },
    {
      mutation: 'deleteNode',
      perform: async () => {
        const { plan, objective } = await auditPlan();
        const project = await createNode(t, admin, { planId: plan, parentId: objective, level: 'project', title: 'Doomed project' });
        const task = await createNode(t, admin, { planId: plan, parentId: project.id, level: 'task', title: 'Doomed task' });
        const res = await t.gql<Json>(DELETE_NODE, { input: { id: project.id, version: project.version } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [project.id, task.id].map((entityId) => ({ entity: 'plan_node', entityId, action: 'delete' })),
        };
      },
    },
    {
      mutation: 'restoreNode',
      perform: async () => {
        const { plan, objective } = await auditPlan();
        const project = await createNode(t, admin, { planId: plan, parentId: objective, level: 'project', title: 'Returning project' });
        const task = await createNode(t, admin, { planId: plan, parentId: project.id, level: 'task', title: 'Returning task' });
        await t.ok(DELETE_NODE, { input: { id: project.id, version: project.version } }, admin.token);
        const res = await t.gql<Json>(RESTORE_NODE, { id: project.id }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [project.id, task.id].map((entityId) => ({ entity: 'plan_node', entityId, action: 'restore' })),
        };
      },
    },
    {
      mutation: 'addCheckIn',
      perform: async () => {
        const { plan, objective } = await auditPlan();
        const task = await createNode(t, admin, { planId: plan, parentId: (await createNode(t, admin, { planId: plan, parentId: objective, level: 'project', title: 'P' })).id, level: 'task', title: 'Checked' });
        const res = await t.gql<Json>(ADD_CHECK_IN, { input: { nodeId: task.id, version: task.version, progress: 25, confidence: 2, note: 'Behind' } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [
            { entity: 'plan_node', entityId: task.id, action: 'progress', changes: [{ field: 'ownProgress', before: 0, after: 25 }] },
            { entity: 'node_check_in', entityId: res.data.addCheckIn.id, action: 'create', changes: [{ field: 'confidence', before: null, after: 2 }, { field: 'note', before: null, after: 'Behind' }] },
          ],
        };
      },
    },
    {
      mutation: 'addComment',
      perform: async () => {
        const { objective } = await auditPlan();
        const res = await t.gql<Json>(ADD_COMMENT, { input: { nodeId: objective, body: 'Looks good' } }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'node_comment', entityId: res.data.addComment.id, action: 'create', changes: [{ field: 'body', before: null, after: 'Looks good' }] }],
        };
      },
    },
    {
      mutation: 'createPlanVersion',
      perform: async () => {
        const { plan } = await auditPlan();
        const res = await t.gql<Json>(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Before review") { id } }`, { id: plan }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [
            {
              entity: 'plan_version',
              entityId: res.data.createPlanVersion.id,
              action: 'create',
              changes: [{ field: 'label', before: null, after: 'Before review' }, { field: 'source', before: null, after: 'manual' }],
            },
          ],
        };
      },
    },
    {
      mutation: 'acknowledgeResponsibilityLetter',
      perform: async () => {
        const plan = await createPlan(t, admin, 'Letters');
        const strategy = await createNode(t, admin, { planId: plan.id, level: 'strategy', title: 'Grow' });
        await createNode(t, admin, { planId: plan.id, parentId: strategy.id, level: 'objective', title: 'Mine', ownerId: admin.membershipId });
        const version = await t.ok(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Approved") { id } }`, { id: plan.id }, admin.token);
        const [letter] = await ownerQuery(`SELECT id FROM responsibility_letters WHERE version_id = $1`, [version.createPlanVersion.id]);
        const res = await t.gql<Json>(`mutation($id: ID!) { acknowledgeResponsibilityLetter(id: $id) { id } }`, { id: letter.id }, as(admin.token));
        return {
          res,
          orgId: admin.orgId!,
          actor: admin.userId,
          expected: [{ entity: 'responsibility_letter', entityId: letter.id, action: 'acknowledge', changes: [{ field: 'acknowledgedBy', before: null, after: admin.userId }] }],
        };
      },
    },
    // The planning cycle: each mutation on a fresh cycle of the shared organisation.
    ...cycleChanges(),
    ...budgetChanges(),
    ...templateChanges(),
  ];

  it('knows, for every mutation in the schema, whether it changes organisation data', () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8'));
    const all = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect([...CHANGES.map((c) => c.mutation), ...NOT_ORGANISATION_DATA].sort()).toEqual(all);
  });

  describe.each(CHANGES.map((c) => [c.mutation, c] as const))('%s', (_mutation, change) => {
    it('writes one row per changed entity, naming the actor and the request', async () => {
      const { res, orgId, actor, expected } = await change.perform();
      expect(res.errors).toBeUndefined();
      const requestId = res.headers['x-request-id'] as string;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

      // Everything the request wrote, in any organisation.
      const rows = await rowsOfRequest(requestId);
      expect(rows.map(({ org_id, entity, entity_id, action, actor_user_id }) => ({ org_id, entity, entity_id, action, actor_user_id }))).toEqual(
        expected.map((e) => ({ org_id: orgId, entity: e.entity, entity_id: e.entityId, action: e.action, actor_user_id: actor })),
      );
      expected.forEach((e, i) => {
        if (e.changes) expect(rows[i].changes).toEqual(expect.arrayContaining(e.changes));
      });
    });
  });

  it('writes no row when a mutation fails, even after its change was already made in the transaction', async () => {
    const solo = await t.newOrganization('Failing Co');
    const UPDATE_ORG = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;
    await t.ok(UPDATE_ORG, { input: { name: 'Failing Co Ltd', version: 1 } }, solo.token);
    const watermark = await maxAuditId(solo.orgId!);

    const stale = await t.gql(UPDATE_ORG, { input: { name: 'Stale', version: 1 } }, { token: solo.token });
    expect(codes(stale)).toEqual(['CONFLICT']);

    // Demoting the only admin updates the row, then finds no admin left and rolls back.
    const [me] = await ownerQuery(`SELECT role, version FROM memberships WHERE id = $1`, [solo.membershipId]);
    const lastAdmin = await t.gql(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, {
      input: { id: solo.membershipId, version: me.version, role: 'staff' },
    }, { token: solo.token });
    expect(codes(lastAdmin)).toEqual(['BAD_USER_INPUT']);

    expect(await auditRowsAfter(solo.orgId!, watermark)).toEqual([]);
    expect(await ownerQuery(`SELECT role, version FROM memberships WHERE id = $1`, [solo.membershipId])).toEqual([me]);
    expect((await ownerQuery(`SELECT name FROM organizations WHERE id = $1`, [solo.orgId]))[0].name).toBe('Failing Co Ltd');
  });

  it('pages newest first with a cursor, and filters by entity', async () => {
    const reader = await t.newOrganization('Paging Co');
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await t.createDepartment(reader, name);
    const stored = (await ownerQuery(`SELECT id FROM audit_log WHERE org_id = $1 ORDER BY id DESC`, [reader.orgId])).map((r) => String(r.id));
    expect(stored).toHaveLength(7);

    const PAGE = `query($after: String, $entity: String) { auditLog(first: 3, after: $after, entity: $entity) {
      items { id entity action requestId actor { id } changes { field before after } } nextCursor } }`;
    const seen: string[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    do {
      const page: Json = (await t.ok(PAGE, { after }, reader.token)).auditLog;
      seen.push(...page.items.map((i: Json) => i.id));
      pages.push(page.items.length);
      after = page.nextCursor;
    } while (after);
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(stored);

    const departments = (await t.ok(PAGE, { entity: 'department' }, reader.token)).auditLog;
    expect(departments.items).toHaveLength(3);
    expect(departments.items[0]).toMatchObject({ entity: 'department', action: 'create', actor: { id: reader.userId }, changes: [{ field: 'name', before: null, after: 'Five' }] });
    expect(departments.items[0].requestId).toEqual(expect.any(String));

    for (const [args, field] of [
      ['first: 0', 'first'],
      ['first: 201', 'first'],
      ['after: "not-a-cursor"', 'after'],
      ['entity: "department; DROP"', 'entity'],
    ]) {
      const res = await t.gql(`{ auditLog(${args}) { nextCursor } }`, {}, { token: reader.token });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.field).toBe(field);
    }
  });

  it('names the record each entry is about and the records its fields point at, as they are now, in one statement per kind', async () => {
    const admin = await t.newOrganization('Names Co');
    const sales = await t.createDepartment(admin, '销售部');
    const manager = await t.addMember(admin, 'manager', sales.id);
    const [{ version }] = await ownerQuery(`SELECT version FROM departments WHERE id = $1`, [sales.id]);
    await t.ok(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`, {
      input: { id: sales.id, version, managerId: manager.membershipId, name: 'Sales 销售部' },
    }, admin.token);
    const other = await t.newOrganization('Other names Co');

    const PAGE = `query($entity: String) { auditLog(first: 50, entity: $entity) { items { entity entityId entityLabel action changes { field after afterLabel } } } }`;
    const items: Json[] = (await t.ok(PAGE, { entity: 'department' }, admin.token)).auditLog.items;
    const update = items.find((i) => i.action === 'update');
    // The department's name as it is now, for its entries before the rename too.
    expect(items.map((i) => i.entityLabel)).toEqual(items.map(() => 'Sales 销售部'));
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'managerId', after: manager.membershipId, afterLabel: 'manager' },
        { field: 'name', after: 'Sales 销售部', afterLabel: null },
      ]),
    );
    // A check-in and a comment are named by their plan item.
    const plan = await createPlan(t, admin, 'Names plan');
    const strategy = await createNode(t, admin, { planId: plan.id, level: 'strategy', title: '做行业第一 · Lead the industry' });
    await t.ok(ADD_CHECK_IN, { input: { nodeId: strategy.id, version: strategy.version, progress: 10, confidence: 3 } }, admin.token);
    await t.ok(ADD_COMMENT, { input: { nodeId: strategy.id, body: 'On it' } }, admin.token);
    for (const kind of ['node_check_in', 'node_comment']) {
      const [entry] = (await t.ok(PAGE, { entity: kind }, admin.token)).auditLog.items;
      expect({ kind, label: entry.entityLabel }).toEqual({ kind, label: '做行业第一 · Lead the industry' });
    }
    // As many statements for one entry as for the whole page.
    const count = async (first: number) =>
      (await countStatements(() => t.ok(`{ auditLog(first: ${first}, entity: "department") { items { entityLabel changes { afterLabel } } } }`, {}, admin.token))).count;
    expect(await count(50)).toBe(await count(1));
    // A department's parent is a department, not a plan item.
    const east = await t.createDepartment(admin, '华东 · East', sales.id);
    const [created] = (await t.ok(PAGE, { entity: 'department' }, admin.token)).auditLog.items;
    expect(created.entityLabel).toBe('华东 · East');
    expect(created.changes).toEqual(expect.arrayContaining([{ field: 'parentId', after: sales.id, afterLabel: 'Sales 销售部' }]));
    expect(created.entityId).toBe(east.id);
    // An entry of another organisation that names this one's records (as a forged or mistaken row would) gets no names of them.
    await ownerQuery(
      `INSERT INTO audit_log (org_id, actor_user_id, request_id, entity, entity_id, action, changes) VALUES ($1, NULL, NULL, 'department', $2, 'update', $3::jsonb)`,
      [other.orgId, sales.id, JSON.stringify([{ field: 'managerId', before: null, after: manager.membershipId }])],
    );
    const [forged] = (await t.ok(PAGE, { entity: 'department' }, other.token)).auditLog.items;
    expect(forged).toMatchObject({ entityId: sales.id, entityLabel: null, changes: [{ field: 'managerId', after: manager.membershipId, afterLabel: null }] });
  });

  it('cannot be rewritten: the app role may not UPDATE, DELETE or TRUNCATE it, and the owner is stopped by a trigger', async () => {
    const [{ id }] = await ownerQuery(`SELECT max(id) AS id FROM audit_log WHERE org_id = $1`, [admin.orgId]);
    const before = await ownerQuery(`SELECT * FROM audit_log WHERE id = $1`, [id]);
    for (const statement of [
      `UPDATE audit_log SET action = 'forged' WHERE id = ${id}`,
      `DELETE FROM audit_log WHERE id = ${id}`,
      `TRUNCATE audit_log`,
    ]) {
      await expect(asAppRole(admin.orgId!, (db) => db.query(statement))).rejects.toMatchObject({ code: '42501' });
    }
    await expect(ownerQuery(`UPDATE audit_log SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow('audit_log is append-only');
    await expect(ownerQuery(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow('audit_log is append-only');
    expect(await ownerQuery(`SELECT * FROM audit_log WHERE id = $1`, [id])).toEqual(before);
  });
});
