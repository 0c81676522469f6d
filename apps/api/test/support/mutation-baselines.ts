import { createNode } from './plan-fixtures';
import { ADD_STAGE } from './cycle-fixtures';
import { CREATE_BUDGET, SAVE_LINES, START } from './budget-fixtures';
import { DELETE_TEMPLATE, IMPORT_TEMPLATE, miniTemplate } from './template-fixtures';
import { createPlanIn, deletedBudgetBatch, Footprint, OrgWorld, ownerSql, rowVersion } from './org-world';
import { Json, PASSWORD, Session, TestApp } from './test-app';

/**
 * A valid call of every mutation (and of every query that takes arguments)
 * in the world's organisation, mostly by its admin, with every input field
 * given a value: the hostile-input suites swap one field of it at a time.
 * The access suites fill their calls from the schema instead
 * (operation-filler.ts): they need only valid ids and required values, and
 * must reach a new operation before anyone has written its baseline.
 */

/** The version of a row the world or a baseline made. */
const ver = async (table: string, id: string): Promise<number> => (await rowVersion(table, id))!;
/** A stage and its current version, as StageVersionInput takes them. */
const stageRef = async (id: string) => ({ id, version: await ver('cycle_stages', id) });
const cycleVersion = (id: string) => ver('planning_cycles', id);

export interface BaselineContext {
  t: TestApp;
  w: OrgWorld;
  footprint: Footprint;
  /** Made once and kept until a call is accepted (which may have used it up). */
  fresh<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** Made once for the whole run. */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** A short text unique to this call. */
  unique(): string;
}

/** A context per operation; `reset` forgets what `fresh` made (after an accepted call). */
export function baselineContext(t: TestApp, w: OrgWorld, footprint: Footprint): BaselineContext & { reset(): void } {
  const memo = new Map<string, Promise<unknown>>();
  const kept = new Map<string, Promise<unknown>>();
  const remembered = <T>(store: Map<string, Promise<unknown>>, key: string, make: () => Promise<T>) => {
    if (!store.has(key)) store.set(key, make());
    return store.get(key) as Promise<T>;
  };
  return {
    t,
    w,
    footprint,
    fresh: (key, make) => remembered(memo, key, make),
    once: (key, make) => remembered(kept, key, make),
    unique: () => `${++uniqueCounter}`,
    reset: () => memo.clear(),
  };
}
let uniqueCounter = 0;

export interface Baseline {
  caller: (c: BaselineContext) => Session | undefined | Promise<Session | undefined>;
  /** The operation's arguments: valid for the caller's own organisation at the moment of the call. */
  args: (c: BaselineContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

const admin = (c: BaselineContext) => c.w.roles.admin;
const executive = (c: BaselineContext) => c.w.roles.executive;
const anonymous = () => undefined;

/** A user of the suite who belongs to no organisation yet (their id is in the footprint). */
async function newUser(c: BaselineContext): Promise<Session> {
  const email = `${c.footprint.marker}.${c.unique()}@example.com`;
  const res = await c.t.gql<Json>(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { user { id } } } }`, { input: { email, password: PASSWORD, displayName: `Visitor ${c.footprint.marker}` } });
  const session = { token: res.data.signUp.accessToken, cookie: res.cookie, userId: res.data.signUp.viewer.user.id, email };
  c.footprint.users.push(session.userId);
  return session;
}

const freshPlan = (c: BaselineContext, forCycle = false) => c.fresh('plan', () => createPlanIn(c.t, c.w.roles.admin, c.w.years, forCycle));
const freshDepartment = (c: BaselineContext) => c.fresh('department', async () => (await c.t.createDepartment(c.w.roles.admin, `Temp ${c.unique()}`)).id);

/** The first stage of a fresh plan's cycle. */
async function firstStageOfNewCycle(c: BaselineContext): Promise<string> {
  const planId = await createPlanIn(c.t, c.w.roles.admin, c.w.years, true);
  return (await c.t.ok(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { stages { id } } }`, { input: { planId } }, c.w.roles.admin.token)).createPlanningCycle.stages[0].id;
}

/** A stage the admin has submitted: submitted again after a return, a new cycle's after an approval. */
async function submittedStage(c: BaselineContext): Promise<string> {
  const stage = await c.once('submitted', async () => ({ id: await firstStageOfNewCycle(c) }));
  const [{ status }] = await ownerSql(`SELECT status FROM cycle_stages WHERE id = $1`, [stage.id]);
  if (status === 'approved') stage.id = await firstStageOfNewCycle(c);
  if (status !== 'submitted') {
    await c.t.ok(`mutation($input: StageVersionInput!) { submitCycleStage(input: $input) { id } }`, { input: await stageRef(stage.id) }, c.w.roles.admin.token);
  }
  return stage.id;
}

/** A stage added to the world's cycle and deleted: restorable. */
async function freshDeletedStage(c: BaselineContext): Promise<string> {
  return c.fresh('deletedStage', async () => {
    const id = await addedStage(c);
    await c.t.ok(`mutation($input: StageVersionInput!) { deleteCycleStage(input: $input) { id } }`, { input: await stageRef(id) }, c.w.roles.admin.token);
    return id;
  });
}

async function addedStage(c: BaselineContext): Promise<string> {
  const due = (await ownerSql(`SELECT due_date::text AS due FROM cycle_stages WHERE id = $1`, [c.w.ids.openStage]))[0].due;
  const input = { cycleId: c.w.ids.cycle, version: await cycleVersion(c.w.ids.cycle), name: `Extra ${c.unique()}`, startDate: due, dueDate: due };
  return (await c.t.ok(ADD_STAGE, { input }, c.w.roles.admin.token)).addCycleStage.id;
}

async function freshBudget(c: BaselineContext, locked: boolean): Promise<string> {
  return c.fresh(locked ? 'lockedBudget' : 'budget', async () => {
    const planId = await createPlanIn(c.t, c.w.roles.admin, c.w.years);
    const budget = (await c.t.ok(CREATE_BUDGET, { input: { planId, name: 'Spare', startMonth: START, horizonMonths: 12 } }, c.w.roles.admin.token)).createBudget;
    if (locked) await c.t.ok(`mutation($id: ID!, $version: Int!) { lockBudget(id: $id, version: $version) { id } }`, { id: budget.id, version: budget.version }, c.w.roles.admin.token);
    return budget.id as string;
  });
}

async function freshTemplate(c: BaselineContext, deleted: boolean): Promise<string> {
  return c.fresh(deleted ? 'deletedTemplate' : 'template', async () => {
    const json = JSON.stringify(miniTemplate(`spare-${c.unique()}`));
    const id = (await c.t.ok(IMPORT_TEMPLATE, { input: { json } }, c.w.roles.admin.token)).importPlanTemplate.id as string;
    if (deleted) await c.t.ok(DELETE_TEMPLATE, { input: { id, version: 1 } }, c.w.roles.admin.token);
    return id;
  });
}

async function freshNode(c: BaselineContext, deleted: boolean): Promise<string> {
  return c.fresh(deleted ? 'deletedNode' : 'node', async () => {
    const id = (await createNode(c.t, c.w.roles.admin, { planId: c.w.ids.plan, parentId: c.w.ids.project, level: 'task', title: `Spare ${c.unique()}` })).id as string;
    if (deleted) await c.t.ok(`mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id } }`, { input: { id, version: 1 } }, c.w.roles.admin.token);
    return id;
  });
}

/** Lines of every driver shape, saved once; the saveBudgetLines baseline replaces them with themselves. */
async function budgetLines(c: BaselineContext) {
  const months = { firstMonth: '2031-02', lastMonth: '2031-11' };
  const department = c.w.ids.department;
  const lines = {
    revenueLines: [
      {
        name: 'Sales',
        kind: 'product',
        unitPrice: '10.00',
        volume: { kind: 'growth', start: '100', monthlyGrowth: '0.01', seasonality: Array(12).fill('1') },
        variableCost: { kind: 'unitCost', unitCost: '4.00' },
        stretchVolume: '1.1',
        stretchPrice: '1.05',
        stretchVariableCost: '1',
        sortOrder: 0,
      },
      { name: 'Service', kind: 'channel', unitPrice: '20.00', volume: { kind: 'monthly', values: Array(12).fill('7') }, variableCost: { kind: 'shareOfRevenue', rate: '0.3' } },
      { name: 'Licences', kind: 'product', unitPrice: '30.00', volume: { kind: 'flat', perMonth: '5' } },
    ],
    costLines: [
      { name: 'Rent', departmentId: department, category: 'rent', amountKind: 'monthly', amount: '100.00', ...months, planNodeId: c.w.ids.project, stretchAmount: '120.00', sortOrder: 1 },
      { name: 'Commission', departmentId: department, category: 'other', amountKind: 'shareOfRevenue', rate: '0.05' },
    ],
    positions: [{ departmentId: department, roleTitle: 'Clerk', count: '2', monthlySalary: '300.00', onCostRate: '0.1', ...months, stretchCount: '3', sortOrder: 2 }],
    loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly', sortOrder: 3 }],
  };
  const saved = (await c.t.ok(SAVE_LINES, { input: { budgetId: c.w.ids.budget, ...lines } }, c.w.roles.admin.token)).saveBudgetLines.budget;
  const ids = (list: Json[], names: string[], key = 'name') => names.map((n) => list.find((l: Json) => l[key] === n).id as string);
  const withIds = <T>(list: T[], found: string[]) => list.map((line, i) => ({ id: found[i], ...line }));
  return {
    revenueLines: withIds(lines.revenueLines, ids(saved.revenueLines, ['Sales', 'Service', 'Licences'])),
    costLines: withIds(lines.costLines, ids(saved.costLines, ['Rent', 'Commission'])),
    positions: withIds(lines.positions, ids(saved.positions, ['Clerk'], 'roleTitle')),
    loans: withIds(lines.loans, ids(saved.financing.loans, ['Bank'])),
  };
}

/** What a task of the project is given when it is created or updated: every optional field of the cascade. */
const taskPlan = (c: BaselineContext) => ({
  ownerId: c.w.roles.admin.membershipId,
  departmentId: c.w.ids.department,
  startDate: '2031-03-01',
  dueDate: '2031-04-30',
  status: 'on_track',
  kpi: { name: 'Stores open', unit: 'stores', direction: 'higher_is_better', baseline: '2', target: '12', actual: '5' },
  checklist: [{ text: 'Draft lease', done: false }],
  dependsOn: [c.w.ids.task],
});

export const BASELINES: Record<string, Baseline> = {
  // identity and organisations
  signUp: {
    caller: anonymous,
    args: (c) => ({ input: { email: `${c.footprint.marker}.${c.unique()}@example.com`, password: PASSWORD, displayName: `Hostile ${c.footprint.marker}`, locale: 'en' } }),
  },
  signIn: { caller: anonymous, args: (c) => ({ input: { email: c.w.roles.staff.email, password: PASSWORD } }) },
  updateProfile: { caller: admin, args: () => ({ input: { displayName: 'Admin A', locale: 'en' } }) },
  switchOrganization: { caller: admin, args: (c) => ({ organizationId: c.w.roles.admin.orgId }) },
  acceptInvitation: {
    caller: (c) => c.fresh('invitee', () => newUser(c)),
    args: async (c) => ({
      token: await c.fresh('invitation', async () => (await c.t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, c.w.roles.admin.token)).createInvitation.token),
    }),
  },
  createOrganization: {
    caller: (c) => c.fresh('founder', () => newUser(c)),
    args: () => ({ input: { name: 'Founded Co', currency: 'CNY', fiscalYearStartMonth: 4 } }),
  },
  updateOrganization: { caller: admin, args: async (c) => ({ input: { name: 'Hostile A', currency: 'CNY', fiscalYearStartMonth: 1, version: await ver('organizations', c.w.roles.admin.orgId!) } }) },
  createDepartment: { caller: admin, args: (c) => ({ input: { name: 'Branch', parentId: c.w.ids.department, managerId: c.w.roles.executive.membershipId, isHr: false } }) },
  updateDepartment: {
    caller: admin,
    args: async (c) => ({ input: { id: c.w.ids.otherDepartment, version: await ver('departments', c.w.ids.otherDepartment), name: 'Support', parentId: c.w.ids.department, managerId: c.w.roles.executive.membershipId, isHr: false } }),
  },
  deleteDepartment: { caller: admin, args: async (c) => ({ id: await freshDepartment(c) }) },
  restoreDepartment: {
    caller: admin,
    args: async (c) => ({
      id: await c.fresh('deletedDepartment', async () => {
        const id = (await c.t.createDepartment(c.w.roles.admin, `Closed ${c.unique()}`)).id;
        await c.t.ok(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id }, c.w.roles.admin.token);
        return id;
      }),
    }),
  },
  createInvitation: { caller: admin, args: (c) => ({ input: { role: 'staff', departmentId: c.w.ids.department, email: `${c.footprint.marker}.invited@example.com` } }) },
  revokeInvitation: {
    caller: admin,
    args: async (c) => ({ id: await c.fresh('pending', async () => (await c.t.ok(`mutation { createInvitation(input: { role: staff }) { invitation { id } } }`, {}, c.w.roles.admin.token)).createInvitation.invitation.id) }),
  },
  updateMember: {
    caller: admin,
    args: async (c) => ({ input: { id: c.w.roles.staff.membershipId, version: await ver('memberships', c.w.roles.staff.membershipId!), role: 'staff', departmentId: c.w.ids.department, active: true } }),
  },

  // the plan cascade
  createPlan: { caller: admin, args: async (c) => ({ input: { year: await c.fresh('year', async () => c.w.years.take()), name: 'Next plan' } }) },
  updatePlanStatus: { caller: admin, args: async (c) => ({ input: { id: await freshPlan(c), status: 'approved', version: await ver('plans', await freshPlan(c)) } }) },
  createNode: {
    caller: admin,
    args: (c) => ({
      input: { planId: c.w.ids.plan, parentId: c.w.ids.project, level: 'task', title: 'Negotiate rent', description: 'Two quotes at least', weight: 2, recurrence: 'monthly', ...taskPlan(c) },
    }),
  },
  updateNode: {
    caller: admin,
    args: async (c) => ({
      input: {
        id: c.w.ids.otherTask,
        version: await ver('plan_nodes', c.w.ids.otherTask),
        title: 'Hire staff',
        description: 'Ten people',
        weight: 3,
        recurrence: 'weekly',
        ...taskPlan(c),
      },
    }),
  },
  setNodeChecklist: { caller: admin, args: async (c) => ({ input: { id: c.w.ids.task, version: await ver('plan_nodes', c.w.ids.task), checklist: [{ text: 'Call landlord', done: true }] } }) },
  updateProgress: { caller: admin, args: async (c) => ({ input: { id: c.w.ids.task, version: await ver('plan_nodes', c.w.ids.task), progress: 40, status: 'on_track' } }) },
  addCheckIn: { caller: admin, args: async (c) => ({ input: { nodeId: c.w.ids.task, version: await ver('plan_nodes', c.w.ids.task), progress: 45, confidence: 3, note: 'On track' } }) },
  addComment: { caller: admin, args: (c) => ({ input: { nodeId: c.w.ids.task, body: 'Looks good' } }) },
  moveNode: { caller: admin, args: async (c) => ({ input: { id: c.w.ids.movable, parentId: c.w.ids.project, version: await ver('plan_nodes', c.w.ids.movable), sortOrder: 0 } }) },
  deleteNode: { caller: admin, args: async (c) => ({ input: { id: await freshNode(c, false), version: await ver('plan_nodes', await freshNode(c, false)) } }) },
  restoreNode: { caller: admin, args: async (c) => ({ id: await freshNode(c, true) }) },
  linkKpiTargetToBudget: {
    caller: admin,
    args: async (c) => ({ input: { nodeId: c.w.ids.objective, version: await ver('plan_nodes', c.w.ids.objective), source: { scenario: 'responsibility', measure: 'revenue', period: 'Y1' } } }),
  },
  createPlanVersion: { caller: admin, args: (c) => ({ planId: c.w.ids.plan, label: 'Mid-year' }) },
  acknowledgeResponsibilityLetter: { caller: admin, args: (c) => ({ id: c.w.ids.letter }) },

  // the planning cycle
  createPlanningCycle: { caller: admin, args: async (c) => ({ input: { planId: await freshPlan(c, true), name: 'Autumn cycle' } }) },
  updatePlanningCycle: {
    caller: admin,
    args: async (c) => ({
      input: {
        id: c.w.ids.cycle,
        version: await cycleVersion(c.w.ids.cycle),
        name: 'Planning cycle',
        leaderId: c.w.roles.executive.membershipId,
        deputyLeaderId: c.w.roles.admin.membershipId,
        memberIds: [c.w.roles.staff.membershipId],
        retrospective: 'Start the forecast earlier.',
      },
    }),
  },
  addCycleStage: {
    caller: admin,
    args: async (c) => {
      const due = (await ownerSql(`SELECT due_date::text AS due FROM cycle_stages WHERE id = $1`, [c.w.ids.openStage]))[0].due;
      return {
        input: {
          cycleId: c.w.ids.cycle,
          version: await cycleVersion(c.w.ids.cycle),
          name: 'Board review',
          startDate: due,
          dueDate: due,
          deliverables: ['Board pack'],
          dependsOn: [c.w.ids.openStage],
          ownerDepartmentId: c.w.ids.department,
          responsibleId: c.w.roles.admin.membershipId,
        },
      };
    },
  },
  updateCycleStage: {
    caller: admin,
    args: async (c) => {
      const [s] = await ownerSql(`SELECT start_date::text AS start, due_date::text AS due, version FROM cycle_stages WHERE id = $1`, [c.w.ids.openStage]);
      return { input: { id: c.w.ids.openStage, version: s.version, name: 'Review', startDate: s.start, dueDate: s.due, dependsOn: [c.w.ids.stage], ownerDepartmentId: c.w.ids.department, responsibleId: c.w.roles.admin.membershipId } };
    },
  },
  deleteCycleStage: {
    caller: admin,
    args: async (c) => ({ input: await stageRef(await c.fresh('stage', () => addedStage(c))) }),
  },
  restoreCycleStage: { caller: admin, args: async (c) => ({ id: await freshDeletedStage(c) }) },
  reorderCycleStages: {
    caller: admin,
    args: async (c) => {
      const ids = (await ownerSql(`SELECT id FROM cycle_stages WHERE cycle_id = $1 AND deleted_at IS NULL ORDER BY position`, [c.w.ids.cycle])).map((r) => r.id as string);
      return { input: { cycleId: c.w.ids.cycle, version: await cycleVersion(c.w.ids.cycle), stageIds: ids } };
    },
  },
  submitCycleStage: {
    caller: admin,
    args: async (c) => ({ input: await stageRef(await c.fresh('toSubmit', () => firstStageOfNewCycle(c))) }),
  },
  approveCycleStage: { caller: executive, args: async (c) => ({ input: await stageRef(await submittedStage(c)) }) },
  returnCycleStage: { caller: executive, args: async (c) => ({ input: { ...(await stageRef(await submittedStage(c))), reason: 'Add the regional split.' } }) },
  updateDeliverable: { caller: admin, args: async (c) => ({ input: { id: c.w.ids.openDeliverable, version: await ver('stage_deliverables', c.w.ids.openDeliverable), body: '<p>Minutes of the review</p>' } }) },
  addAttachment: { caller: admin, args: (c) => ({ input: { deliverableId: c.w.ids.openDeliverable, filename: 'minutes.txt', contentType: 'text/plain', contentBase64: 'aGVsbG8=' } }) },
  removeAttachment: {
    caller: admin,
    args: async (c) => ({
      id: await c.fresh('attachment', async () => {
        const input = { deliverableId: c.w.ids.openDeliverable, filename: `spare-${c.unique()}.txt`, contentType: 'text/plain', contentBase64: 'aGVsbG8=' };
        return (await c.t.ok(`mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { id } }`, { input }, c.w.roles.admin.token)).addAttachment.id;
      }),
    }),
  },
  markNotificationsRead: { caller: admin, args: (c) => ({ ids: [c.w.ids.notification] }) },

  // the budget
  createBudget: { caller: admin, args: async (c) => ({ input: { planId: await freshPlan(c), name: 'Store budget', startMonth: START, horizonMonths: 12 } }) },
  updateBudget: {
    caller: admin,
    args: async (c) => ({
      input: {
        id: c.w.ids.budget,
        version: await ver('budgets', c.w.ids.budget),
        name: 'Budget',
        startMonth: START,
        horizonMonths: 12,
        financing: { initialInvestment: '5000.00', depreciationMonths: 24, ownFunds: '5000.00', incomeTaxRate: '0.25' },
        stretch: { volume: '1.1', price: '1.05', variableCost: '1', fixedCost: '1', headcount: '1' },
      },
    }),
  },
  saveBudgetLines: {
    caller: admin,
    args: async (c) => {
      // Every line replaces one of its own (id and version), so the budget keeps its size however many saves are accepted.
      const lines = await c.once('lines', () => budgetLines(c));
      const doomed = await c.fresh('doomedLine', async () => {
        const input = { budgetId: c.w.ids.budget, costLines: [{ name: `Doomed ${c.unique()}`, departmentId: c.w.ids.department, category: 'other', amountKind: 'monthly', amount: '1.00' }] };
        return (await c.t.ok(SAVE_LINES, { input }, c.w.roles.admin.token)).saveBudgetLines.budget.costLines.at(-1).id as string;
      });
      const versions = new Map(
        (await ownerSql(`SELECT id, version FROM budget_revenue_lines WHERE budget_id = $1 UNION ALL SELECT id, version FROM budget_cost_lines WHERE budget_id = $1
           UNION ALL SELECT id, version FROM budget_positions WHERE budget_id = $1 UNION ALL SELECT id, version FROM budget_loans WHERE budget_id = $1`, [c.w.ids.budget])).map((r) => [r.id as string, r.version as number]),
      );
      const replacing = (list: { id: string }[]) => list.map((line) => ({ ...line, version: versions.get(line.id) }));
      return {
        input: {
          budgetId: c.w.ids.budget,
          revenueLines: replacing(lines.revenueLines),
          costLines: replacing(lines.costLines),
          positions: replacing(lines.positions),
          loans: replacing(lines.loans),
          deletions: [{ lineKind: 'cost', id: doomed, version: versions.get(doomed) }],
        },
      };
    },
  },
  setBudgetActuals: {
    caller: admin,
    args: async (c) => {
      const [actual] = await ownerSql(`SELECT line_id, month, version FROM budget_actuals WHERE budget_id = $1 ORDER BY created_at LIMIT 1`, [c.w.ids.budget]);
      return {
        input: {
          budgetId: c.w.ids.budget,
          entries: [
            { lineKind: 'revenue', lineId: c.w.ids.revenueLine, month: '2031-02', amount: '95.00' },
            { lineKind: 'cost', lineId: actual.line_id, month: actual.month, amount: '91.00', version: actual.version },
          ],
        },
      };
    },
  },
  restoreBudgetLines: {
    caller: admin,
    args: async (c) => ({ budgetId: c.w.ids.budget, batchId: await c.fresh('batch', () => deletedBudgetBatch(c.t, c.w.roles.admin, c.w.ids.budget, c.w.ids.department, `Doomed ${c.unique()}`)) }),
  },
  lockBudget: { caller: admin, args: async (c) => ({ id: await freshBudget(c, false), version: await ver('budgets', await freshBudget(c, false)) }) },
  unlockBudget: { caller: admin, args: async (c) => ({ id: await freshBudget(c, true), version: await ver('budgets', await freshBudget(c, true)) }) },

  // templates
  createPlanFromTemplate: {
    caller: admin,
    args: async (c) => ({ input: { templateId: c.w.ids.paramTemplate, language: 'en', planYear: await c.fresh('year', async () => c.w.years.take()), planName: 'From template', parameters: [{ key: 'companyName', value: 'Harbour Foods' }] } }),
  },
  savePlanAsTemplate: {
    caller: admin,
    args: (c) => ({ input: { planId: c.w.ids.plan, key: `kept-${c.unique()}`, name: { zhCN: '保存的计划', en: 'Kept plan' }, description: { zhCN: '说明', en: 'About it' } } }),
  },
  importPlanTemplate: { caller: admin, args: (c) => ({ input: { json: JSON.stringify(miniTemplate(`imported-${c.unique()}`)) } }) },
  deletePlanTemplate: { caller: admin, args: async (c) => ({ input: { id: await freshTemplate(c, false), version: await ver('plan_templates', await freshTemplate(c, false)) } }) },
  restorePlanTemplate: { caller: admin, args: async (c) => ({ id: await freshTemplate(c, true) }) },
};

/** Valid arguments of every query that takes any, for the admin of the caller's organisation. */
export const QUERY_BASELINES: Record<string, (w: OrgWorld) => Record<string, unknown>> = {
  attachmentContent: (w) => ({ id: w.ids.attachment }),
  auditLog: () => ({ first: 10, entity: 'department' }),
  budget: (w) => ({ planId: w.ids.plan }),
  budgetToDate: (w) => ({ planId: w.ids.plan }),
  checkIns: (w) => ({ nodeId: w.ids.task }),
  comments: (w) => ({ nodeId: w.ids.task }),
  comparePlanVersions: (w) => ({ fromId: w.ids.version, toId: w.ids.version }),
  cycleStage: (w) => ({ id: w.ids.stage }),
  departmentOverview: (w) => ({ planId: w.ids.plan, departmentId: w.ids.department }),
  invitationPreview: (w) => ({ token: w.invitationToken }),
  members: () => ({ includeInactive: true }),
  node: (w) => ({ id: w.ids.task }),
  nodeSubtree: (w) => ({ id: w.ids.project }),
  notifications: () => ({ first: 10 }),
  operationsIndex: (w) => ({ planId: w.ids.plan, nodeId: w.ids.objective }),
  plan: (w) => ({ id: w.ids.plan }),
  planDashboard: (w) => ({ planId: w.ids.plan }),
  planOutline: (w) => ({ planId: w.ids.plan, depth: 3 }),
  planTemplate: (w) => ({ id: w.ids.template }),
  planVersion: (w) => ({ id: w.ids.version }),
  planVersions: (w) => ({ planId: w.ids.plan }),
  planningCycle: (w) => ({ id: w.ids.cycle }),
  recentlyDeleted: (w) => ({ planId: w.ids.plan }),
  responsibilityLetters: (w) => ({ versionId: w.ids.version }),
};
