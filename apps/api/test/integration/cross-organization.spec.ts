import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema, getNamedType, GraphQLField, GraphQLInputObjectType, GraphQLInputType, isInputObjectType } from 'graphql';
import { codes, GqlResult, ownerQuery, Session, TestApp } from '../support/test-app';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, createPlan } from '../support/plan-fixtures';
import { cycleVersion, cycleWorld, stageVersion } from '../support/cycle-fixtures';
import { CREATE_BUDGET, SAVE_LINES, SET_ACTUALS } from '../support/budget-fixtures';
import { CREATE_FROM_TEMPLATE, DELETE_TEMPLATE, IMPORT_TEMPLATE, miniTemplate, RESTORE_TEMPLATE, SAVE_AS_TEMPLATE, TEMPLATE } from '../support/template-fixtures';

/**
 * An admin of organisation A aims every operation that takes an id at
 * organisation B's rows. Each must answer exactly as it does for an id that
 * does not exist at all, and leave both organisations untouched.
 */

/** A plan with a strategy, an objective and a deleted project, a check-in and a comment. */
interface PlanWorld {
  plan: string;
  strategy: string;
  objective: string;
  deletedNode: string;
  /** a version of the plan, with a responsibility letter for the objective's owner */
  version: string;
  letter: string;
  /** a planning cycle with a submitted stage, a deliverable with an attachment, a deleted stage and the leader's notification */
  cycle: string;
  stage: string;
  deliverable: string;
  attachment: string;
  deletedStage: string;
  notification: string;
  /** a budget of the plan with a line of every kind, an actual and a deleted (restorable) batch */
  budget: string;
  budgetDepartment: string;
  revenueLine: string;
  costLine: string;
  position: string;
  loan: string;
  budgetBatch: string;
  /** one of the organisation's own templates, and a deleted one */
  template: string;
  deletedTemplate: string;
}

interface World {
  t: TestApp;
  a: { admin: Session; department: string; member: Session } & PlanWorld;
  b: { admin: Session; department: string; departmentVersion: number; deleted: string; member: Session; invitation: string } & PlanWorld;
}

type Expected = 'NOT_FOUND' | 'FORBIDDEN' | { BAD_USER_INPUT: string };

interface Case {
  /** operation(argument path) of the schema argument aimed at B */
  target: string;
  expected: Expected;
  /** B's row the case aims at */
  foreignId: (w: World) => string;
  run: (w: World, caller: Session, id: string) => Promise<GqlResult>;
}

const versionOf = async (table: 'memberships' | 'departments' | 'plan_nodes' | 'plans', id: string) =>
  (await ownerQuery(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version as number;

const UPDATE_MEMBER = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;
const UPDATE_DEPARTMENT = `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`;
const CREATE_NODE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`;
const UPDATE_NODE = `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id } }`;
const MOVE_NODE = `mutation($input: MoveNodeInput!) { moveNode(input: $input) { id } }`;

const UPDATE_CYCLE = `mutation($input: UpdatePlanningCycleInput!) { updatePlanningCycle(input: $input) { id } }`;
const ADD_STAGE = `mutation($input: AddCycleStageInput!) { addCycleStage(input: $input) { id } }`;
const UPDATE_STAGE = `mutation($input: UpdateCycleStageInput!) { updateCycleStage(input: $input) { id } }`;
const REORDER = `mutation($input: ReorderCycleStagesInput!) { reorderCycleStages(input: $input) { id } }`;
const NEW_STAGE = { name: 'Planted stage', startDate: '2099-12-01', dueDate: '2099-12-31' };

const BUDGET_SAVE = `mutation($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { deletionBatchId } }`;
const costLine = (w: World, over: Record<string, unknown>) => ({ name: 'Planted cost', departmentId: w.a.budgetDepartment, category: 'other', amountKind: 'monthly', amount: '1.00', ...over });
const positionLine = (w: World, over: Record<string, unknown>) => ({ departmentId: w.a.budgetDepartment, roleTitle: 'Planted', count: '1', monthlySalary: '1.00', onCostRate: '0', ...over });

/** Cases as tuples, for the many operations of the planning cycle. */
const idCases = (list: [string, Expected, Case['foreignId'], Case['run']][]): Case[] => list.map(([target, expected, foreignId, run]) => ({ target, expected, foreignId, run }));

const CASES: Case[] = [
  {
    target: 'switchOrganization(organizationId)',
    expected: 'FORBIDDEN',
    foreignId: (w) => w.b.admin.orgId!,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { switchOrganization(organizationId: $id) { accessToken } }`, { id }, { token: caller.token }),
  },
  {
    target: 'deleteDepartment(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'restoreDepartment(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.deleted,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { restoreDepartment(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'revokeInvitation(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.invitation,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'updateMember(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.member.membershipId!,
    // B's member was never changed: version 1 is right, so only the organisation stands in the way.
    run: (w, caller, id) => w.t.gql(UPDATE_MEMBER, { input: { id, version: 1, role: 'admin' } }, { token: caller.token }),
  },
  {
    target: 'updateMember(input.departmentId)',
    expected: { BAD_USER_INPUT: 'departmentId' },
    foreignId: (w) => w.b.department,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_MEMBER, { input: { id: w.a.member.membershipId, version: await versionOf('memberships', w.a.member.membershipId!), departmentId: id } }, { token: caller.token }),
  },
  {
    target: 'updateDepartment(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(UPDATE_DEPARTMENT, { input: { id, version: w.b.departmentVersion, name: 'Taken over' } }, { token: caller.token }),
  },
  {
    target: 'updateDepartment(input.parentId)',
    expected: { BAD_USER_INPUT: 'parentId' },
    foreignId: (w) => w.b.department,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_DEPARTMENT, { input: { id: w.a.department, version: await versionOf('departments', w.a.department), parentId: id } }, { token: caller.token }),
  },
  {
    target: 'updateDepartment(input.managerId)',
    expected: { BAD_USER_INPUT: 'managerId' },
    foreignId: (w) => w.b.member.membershipId!,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_DEPARTMENT, { input: { id: w.a.department, version: await versionOf('departments', w.a.department), managerId: id } }, { token: caller.token }),
  },
  {
    target: 'createDepartment(input.parentId)',
    expected: { BAD_USER_INPUT: 'parentId' },
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(CREATE_DEPARTMENT, { input: { name: 'Branch office', parentId: id } }, { token: caller.token }),
  },
  {
    target: 'createDepartment(input.managerId)',
    expected: { BAD_USER_INPUT: 'managerId' },
    foreignId: (w) => w.b.member.membershipId!,
    run: (w, caller, id) => w.t.gql(CREATE_DEPARTMENT, { input: { name: 'Branch office', managerId: id } }, { token: caller.token }),
  },
  {
    target: 'createInvitation(input.departmentId)',
    expected: { BAD_USER_INPUT: 'departmentId' },
    foreignId: (w) => w.b.department,
    run: (w, caller, id) =>
      w.t.gql(`mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`, { input: { role: 'staff', departmentId: id } }, { token: caller.token }),
  },
  {
    target: 'plan(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { plan(id: $id) { id name } }`, { id }, { token: caller.token }),
  },
  {
    target: 'planOutline(planId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { planOutline(planId: $id) { id title } }`, { id }, { token: caller.token }),
  },
  {
    target: 'nodeSubtree(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.strategy,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { nodeSubtree(id: $id) { id title } }`, { id }, { token: caller.token }),
  },
  {
    target: 'node(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { node(id: $id) { id title } }`, { id }, { token: caller.token }),
  },
  {
    target: 'operationsIndex(planId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { operationsIndex(planId: $id) { index } }`, { id }, { token: caller.token }),
  },
  {
    target: 'operationsIndex(nodeId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) =>
      w.t.gql(`query($planId: ID!, $id: ID) { operationsIndex(planId: $planId, nodeId: $id) { index } }`, { planId: w.a.plan, id }, { token: caller.token }),
  },
  {
    target: 'planDashboard(planId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { planDashboard(planId: $id) { progress trend { date } } }`, { id }, { token: caller.token }),
  },
  {
    target: 'departmentOverview(planId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) =>
      w.t.gql(`query($id: ID!, $dept: ID) { departmentOverview(planId: $id, departmentId: $dept) { atRiskTotal } }`, { id, dept: w.a.department }, { token: caller.token }),
  },
  {
    target: 'departmentOverview(departmentId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.department,
    run: (w, caller, id) =>
      w.t.gql(`query($planId: ID!, $id: ID) { departmentOverview(planId: $planId, departmentId: $id) { atRiskTotal } }`, { planId: w.a.plan, id }, { token: caller.token }),
  },
  {
    target: 'checkIns(nodeId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { checkIns(nodeId: $id) { id progress } }`, { id }, { token: caller.token }),
  },
  {
    target: 'comments(nodeId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { comments(nodeId: $id) { id body } }`, { id }, { token: caller.token }),
  },
  {
    target: 'updatePlanStatus(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: async (w, caller, id) =>
      w.t.gql(`mutation($input: UpdatePlanStatusInput!) { updatePlanStatus(input: $input) { id } }`, { input: { id, status: 'approved', version: 1 } }, { token: caller.token }),
  },
  {
    target: 'createNode(input.planId)',
    expected: { BAD_USER_INPUT: 'planId' },
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(CREATE_NODE, { input: { planId: id, level: 'strategy', title: 'Planted' } }, { token: caller.token }),
  },
  {
    target: 'createNode(input.parentId)',
    expected: { BAD_USER_INPUT: 'parentId' },
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(CREATE_NODE, { input: { planId: w.a.plan, parentId: id, level: 'project', title: 'Planted' } }, { token: caller.token }),
  },
  {
    target: 'createNode(input.ownerId)',
    expected: { BAD_USER_INPUT: 'ownerId' },
    foreignId: (w) => w.b.member.membershipId!,
    run: (w, caller, id) => w.t.gql(CREATE_NODE, { input: { planId: w.a.plan, level: 'strategy', title: 'Planted', ownerId: id } }, { token: caller.token }),
  },
  {
    target: 'createNode(input.departmentId)',
    expected: { BAD_USER_INPUT: 'departmentId' },
    foreignId: (w) => w.b.department,
    run: (w, caller, id) => w.t.gql(CREATE_NODE, { input: { planId: w.a.plan, level: 'strategy', title: 'Planted', departmentId: id } }, { token: caller.token }),
  },
  {
    target: 'updateNode(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: async (w, caller, id) => w.t.gql(UPDATE_NODE, { input: { id, version: 1, title: 'Taken over' } }, { token: caller.token }),
  },
  {
    target: 'updateNode(input.ownerId)',
    expected: { BAD_USER_INPUT: 'ownerId' },
    foreignId: (w) => w.b.member.membershipId!,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_NODE, { input: { id: w.a.objective, version: await versionOf('plan_nodes', w.a.objective), ownerId: id } }, { token: caller.token }),
  },
  {
    target: 'updateNode(input.departmentId)',
    expected: { BAD_USER_INPUT: 'departmentId' },
    foreignId: (w) => w.b.department,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_NODE, { input: { id: w.a.objective, version: await versionOf('plan_nodes', w.a.objective), departmentId: id } }, { token: caller.token }),
  },
  {
    target: 'createNode(input.dependsOn)',
    expected: { BAD_USER_INPUT: 'dependsOn' },
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(CREATE_NODE, { input: { planId: w.a.plan, parentId: w.a.strategy, level: 'objective', title: 'Planted', dependsOn: [id] } }, { token: caller.token }),
  },
  {
    target: 'updateNode(input.dependsOn)',
    expected: { BAD_USER_INPUT: 'dependsOn' },
    foreignId: (w) => w.b.objective,
    run: async (w, caller, id) =>
      w.t.gql(UPDATE_NODE, { input: { id: w.a.objective, version: await versionOf('plan_nodes', w.a.objective), dependsOn: [id] } }, { token: caller.token }),
  },
  {
    target: 'setNodeChecklist(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) =>
      w.t.gql(`mutation($input: SetNodeChecklistInput!) { setNodeChecklist(input: $input) { id } }`, { input: { id, version: 1, checklist: [{ text: 'Planted', done: true }] } }, { token: caller.token }),
  },
  {
    target: 'updateProgress(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) =>
      w.t.gql(`mutation($input: UpdateProgressInput!) { updateProgress(input: $input) { id } }`, { input: { id, version: 1, progress: 99 } }, { token: caller.token }),
  },
  {
    target: 'moveNode(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(MOVE_NODE, { input: { id, parentId: w.a.strategy, version: 1 } }, { token: caller.token }),
  },
  {
    target: 'moveNode(input.parentId)',
    expected: { BAD_USER_INPUT: 'parentId' },
    foreignId: (w) => w.b.strategy,
    run: async (w, caller, id) =>
      w.t.gql(MOVE_NODE, { input: { id: w.a.objective, parentId: id, version: await versionOf('plan_nodes', w.a.objective) } }, { token: caller.token }),
  },
  {
    target: 'deleteNode(input.id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(`mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id } }`, { input: { id, version: 1 } }, { token: caller.token }),
  },
  {
    target: 'restoreNode(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.deletedNode,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { restoreNode(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'addCheckIn(input.nodeId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(ADD_CHECK_IN, { input: { nodeId: id, version: 1, progress: 99, confidence: 5 } }, { token: caller.token }),
  },
  {
    target: 'addComment(input.nodeId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.objective,
    run: (w, caller, id) => w.t.gql(ADD_COMMENT, { input: { nodeId: id, body: 'Hello from A' } }, { token: caller.token }),
  },
  {
    target: 'planVersions(planId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { planVersions(planId: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'planVersion(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.version,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { planVersion(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'comparePlanVersions(fromId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.version,
    run: (w, caller, id) =>
      w.t.gql(`query($from: ID!, $to: ID!) { comparePlanVersions(fromId: $from, toId: $to) { summary { nodesAdded } } }`, { from: id, to: w.a.version }, { token: caller.token }),
  },
  {
    target: 'comparePlanVersions(toId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.version,
    run: (w, caller, id) =>
      w.t.gql(`query($from: ID!, $to: ID!) { comparePlanVersions(fromId: $from, toId: $to) { summary { nodesAdded } } }`, { from: w.a.version, to: id }, { token: caller.token }),
  },
  {
    target: 'createPlanVersion(planId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.plan,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Taken") { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'responsibilityLetters(versionId)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.version,
    run: (w, caller, id) => w.t.gql(`query($id: ID!) { responsibilityLetters(versionId: $id) { id } }`, { id }, { token: caller.token }),
  },
  {
    target: 'acknowledgeResponsibilityLetter(id)',
    expected: 'NOT_FOUND',
    foreignId: (w) => w.b.letter,
    run: (w, caller, id) => w.t.gql(`mutation($id: ID!) { acknowledgeResponsibilityLetter(id: $id) { id } }`, { id }, { token: caller.token }),
  },
  // The planning cycle.
  ...idCases([
    ['planningCycle(id)', 'NOT_FOUND', (w) => w.b.cycle, (w, c, id) => w.t.gql(`query($id: ID!) { planningCycle(id: $id) { id } }`, { id }, { token: c.token })],
    ['cycleStage(id)', 'NOT_FOUND', (w) => w.b.stage, (w, c, id) => w.t.gql(`query($id: ID!) { cycleStage(id: $id) { id } }`, { id }, { token: c.token })],
    ['attachmentContent(id)', 'NOT_FOUND', (w) => w.b.attachment, (w, c, id) => w.t.gql(`query($id: ID!) { attachmentContent(id: $id) { id } }`, { id }, { token: c.token })],
    ['createPlanningCycle(input.planId)', { BAD_USER_INPUT: 'planId' }, (w) => w.b.plan, (w, c, id) => w.t.gql(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { id } }`, { input: { planId: id } }, { token: c.token })],
    ['updatePlanningCycle(input.id)', 'NOT_FOUND', (w) => w.b.cycle, (w, c, id) => w.t.gql(UPDATE_CYCLE, { input: { id, version: 1, name: 'Taken over' } }, { token: c.token })],
    ['updatePlanningCycle(input.leaderId)', { BAD_USER_INPUT: 'leaderId' }, (w) => w.b.member.membershipId!, async (w, c, id) => w.t.gql(UPDATE_CYCLE, { input: { id: w.a.cycle, version: await cycleVersion(w.a.cycle), leaderId: id } }, { token: c.token })],
    ['updatePlanningCycle(input.deputyLeaderId)', { BAD_USER_INPUT: 'deputyLeaderId' }, (w) => w.b.member.membershipId!, async (w, c, id) => w.t.gql(UPDATE_CYCLE, { input: { id: w.a.cycle, version: await cycleVersion(w.a.cycle), deputyLeaderId: id } }, { token: c.token })],
    ['updatePlanningCycle(input.memberIds)', { BAD_USER_INPUT: 'memberIds' }, (w) => w.b.member.membershipId!, async (w, c, id) => w.t.gql(UPDATE_CYCLE, { input: { id: w.a.cycle, version: await cycleVersion(w.a.cycle), memberIds: [id] } }, { token: c.token })],
    ['addCycleStage(input.cycleId)', { BAD_USER_INPUT: 'cycleId' }, (w) => w.b.cycle, (w, c, id) => w.t.gql(ADD_STAGE, { input: { ...NEW_STAGE, cycleId: id, version: 1 } }, { token: c.token })],
    ['addCycleStage(input.dependsOn)', { BAD_USER_INPUT: 'dependsOn' }, (w) => w.b.stage, async (w, c, id) => w.t.gql(ADD_STAGE, { input: { ...NEW_STAGE, cycleId: w.a.cycle, version: await cycleVersion(w.a.cycle), dependsOn: [id] } }, { token: c.token })],
    ['addCycleStage(input.ownerDepartmentId)', { BAD_USER_INPUT: 'ownerDepartmentId' }, (w) => w.b.department, async (w, c, id) => w.t.gql(ADD_STAGE, { input: { ...NEW_STAGE, cycleId: w.a.cycle, version: await cycleVersion(w.a.cycle), ownerDepartmentId: id } }, { token: c.token })],
    ['addCycleStage(input.responsibleId)', { BAD_USER_INPUT: 'responsibleId' }, (w) => w.b.member.membershipId!, async (w, c, id) => w.t.gql(ADD_STAGE, { input: { ...NEW_STAGE, cycleId: w.a.cycle, version: await cycleVersion(w.a.cycle), responsibleId: id } }, { token: c.token })],
    ['updateCycleStage(input.id)', 'NOT_FOUND', (w) => w.b.stage, (w, c, id) => w.t.gql(UPDATE_STAGE, { input: { id, version: 1, name: 'Taken over' } }, { token: c.token })],
    ['updateCycleStage(input.dependsOn)', { BAD_USER_INPUT: 'dependsOn' }, (w) => w.b.stage, async (w, c, id) => w.t.gql(UPDATE_STAGE, { input: { id: w.a.stage, version: await stageVersion(w.a.stage), dependsOn: [id] } }, { token: c.token })],
    ['updateCycleStage(input.ownerDepartmentId)', { BAD_USER_INPUT: 'ownerDepartmentId' }, (w) => w.b.department, async (w, c, id) => w.t.gql(UPDATE_STAGE, { input: { id: w.a.stage, version: await stageVersion(w.a.stage), ownerDepartmentId: id } }, { token: c.token })],
    ['updateCycleStage(input.responsibleId)', { BAD_USER_INPUT: 'responsibleId' }, (w) => w.b.member.membershipId!, async (w, c, id) => w.t.gql(UPDATE_STAGE, { input: { id: w.a.stage, version: await stageVersion(w.a.stage), responsibleId: id } }, { token: c.token })],
    ['deleteCycleStage(input.id)', 'NOT_FOUND', (w) => w.b.stage, (w, c, id) => w.t.gql(`mutation($input: StageVersionInput!) { deleteCycleStage(input: $input) { id } }`, { input: { id, version: 1 } }, { token: c.token })],
    ['restoreCycleStage(id)', 'NOT_FOUND', (w) => w.b.deletedStage, (w, c, id) => w.t.gql(`mutation($id: ID!) { restoreCycleStage(id: $id) { id } }`, { id }, { token: c.token })],
    ['reorderCycleStages(input.cycleId)', { BAD_USER_INPUT: 'cycleId' }, (w) => w.b.cycle, (w, c, id) => w.t.gql(REORDER, { input: { cycleId: id, version: 1, stageIds: [w.a.stage] } }, { token: c.token })],
    ['reorderCycleStages(input.stageIds)', { BAD_USER_INPUT: 'stageIds' }, (w) => w.b.stage, async (w, c, id) => {
      const ids = (await ownerQuery(`SELECT id FROM cycle_stages WHERE cycle_id = $1 AND deleted_at IS NULL ORDER BY position`, [w.a.cycle])).map((r) => r.id as string);
      return w.t.gql(REORDER, { input: { cycleId: w.a.cycle, version: await cycleVersion(w.a.cycle), stageIds: [...ids.slice(1), id] } }, { token: c.token });
    }],
    ['submitCycleStage(input.id)', 'NOT_FOUND', (w) => w.b.stage, (w, c, id) => w.t.gql(`mutation($input: StageVersionInput!) { submitCycleStage(input: $input) { id } }`, { input: { id, version: 1 } }, { token: c.token })],
    ['approveCycleStage(input.id)', 'NOT_FOUND', (w) => w.b.stage, async (w, c, id) => w.t.gql(`mutation($input: StageVersionInput!) { approveCycleStage(input: $input) { id } }`, { input: { id, version: await stageVersion(w.b.stage) } }, { token: c.token })],
    ['returnCycleStage(input.id)', 'NOT_FOUND', (w) => w.b.stage, async (w, c, id) => w.t.gql(`mutation($input: ReturnCycleStageInput!) { returnCycleStage(input: $input) { id } }`, { input: { id, version: await stageVersion(w.b.stage), reason: 'No' } }, { token: c.token })],
    ['updateDeliverable(input.id)', 'NOT_FOUND', (w) => w.b.deliverable, (w, c, id) => w.t.gql(`mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`, { input: { id, version: 2, body: 'Taken over' } }, { token: c.token })],
    ['addAttachment(input.deliverableId)', 'NOT_FOUND', (w) => w.b.deliverable, (w, c, id) => w.t.gql(`mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { id } }`, { input: { deliverableId: id, filename: 'x.txt', contentType: 'text/plain', contentBase64: 'eA==' } }, { token: c.token })],
    ['removeAttachment(id)', 'NOT_FOUND', (w) => w.b.attachment, (w, c, id) => w.t.gql(`mutation($id: ID!) { removeAttachment(id: $id) { id } }`, { id }, { token: c.token })],
    ['budget(planId)', 'NOT_FOUND', (w) => w.b.plan, (w, c, id) => w.t.gql(`query($id: ID!) { budget(planId: $id) { id } }`, { id }, { token: c.token })],
    ['budgetToDate(planId)', 'NOT_FOUND', (w) => w.b.plan, (w, c, id) => w.t.gql(`query($id: ID!) { budgetToDate(planId: $id) { budgetId } }`, { id }, { token: c.token })],
    ['createBudget(input.planId)', { BAD_USER_INPUT: 'planId' }, (w) => w.b.plan, (w, c, id) => w.t.gql(CREATE_BUDGET, { input: { planId: id, name: 'Planted', startMonth: '2031-01', horizonMonths: 12 } }, { token: c.token })],
    ['updateBudget(input.id)', 'NOT_FOUND', (w) => w.b.budget, (w, c, id) => w.t.gql(`mutation($input: UpdateBudgetInput!) { updateBudget(input: $input) { id } }`, { input: { id, version: 1, name: 'Taken over' } }, { token: c.token })],
    ['saveBudgetLines(input.budgetId)', 'NOT_FOUND', (w) => w.b.budget, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: id, costLines: [costLine(w, {})] } }, { token: c.token })],
    ['saveBudgetLines(input.revenueLines.id)', 'NOT_FOUND', (w) => w.b.revenueLine, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, revenueLines: [{ id, version: 1, name: 'Taken', kind: 'product', unitPrice: '1.00', volume: { kind: 'flat', perMonth: '1' } }] } }, { token: c.token })],
    ['saveBudgetLines(input.costLines.id)', 'NOT_FOUND', (w) => w.b.costLine, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, costLines: [costLine(w, { id, version: 1 })] } }, { token: c.token })],
    ['saveBudgetLines(input.costLines.departmentId)', { BAD_USER_INPUT: 'costLines[0].departmentId' }, (w) => w.b.budgetDepartment, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, costLines: [costLine(w, { departmentId: id })] } }, { token: c.token })],
    ['saveBudgetLines(input.costLines.planNodeId)', { BAD_USER_INPUT: 'costLines[0].planNodeId' }, (w) => w.b.objective, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, costLines: [costLine(w, { planNodeId: id })] } }, { token: c.token })],
    ['saveBudgetLines(input.positions.id)', 'NOT_FOUND', (w) => w.b.position, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, positions: [positionLine(w, { id, version: 1 })] } }, { token: c.token })],
    ['saveBudgetLines(input.positions.departmentId)', { BAD_USER_INPUT: 'positions[0].departmentId' }, (w) => w.b.budgetDepartment, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, positions: [positionLine(w, { departmentId: id })] } }, { token: c.token })],
    ['saveBudgetLines(input.loans.id)', 'NOT_FOUND', (w) => w.b.loan, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, loans: [{ id, version: 1, name: 'Taken', principal: '1.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly' }] } }, { token: c.token })],
    ['saveBudgetLines(input.deletions.id)', 'NOT_FOUND', (w) => w.b.costLine, (w, c, id) => w.t.gql(BUDGET_SAVE, { input: { budgetId: w.a.budget, deletions: [{ lineKind: 'cost', id, version: 1 }] } }, { token: c.token })],
    ['restoreBudgetLines(budgetId)', 'NOT_FOUND', (w) => w.b.budget, (w, c, id) => w.t.gql(`mutation($b: ID!, $x: ID!) { restoreBudgetLines(budgetId: $b, batchId: $x) { id } }`, { b: id, x: w.a.budgetBatch }, { token: c.token })],
    ['restoreBudgetLines(batchId)', 'NOT_FOUND', (w) => w.b.budgetBatch, (w, c, id) => w.t.gql(`mutation($b: ID!, $x: ID!) { restoreBudgetLines(budgetId: $b, batchId: $x) { id } }`, { b: w.a.budget, x: id }, { token: c.token })],
    ['setBudgetActuals(input.budgetId)', 'NOT_FOUND', (w) => w.b.budget, (w, c, id) => w.t.gql(SET_ACTUALS, { input: { budgetId: id, entries: [] } }, { token: c.token })],
    ['setBudgetActuals(input.entries.lineId)', { BAD_USER_INPUT: 'entries[0].lineId' }, (w) => w.b.costLine, (w, c, id) => w.t.gql(SET_ACTUALS, { input: { budgetId: w.a.budget, entries: [{ lineKind: 'cost', lineId: id, month: '2031-01', amount: '1.00' }] } }, { token: c.token })],
    ['lockBudget(id)', 'NOT_FOUND', (w) => w.b.budget, (w, c, id) => w.t.gql(`mutation($id: ID!) { lockBudget(id: $id, version: 1) { id } }`, { id }, { token: c.token })],
    ['linkKpiTargetToBudget(input.nodeId)', 'NOT_FOUND', (w) => w.b.objective, async (w, c, id) => w.t.gql(`mutation($input: LinkKpiTargetInput!) { linkKpiTargetToBudget(input: $input) { id } }`, { input: { nodeId: id, version: await versionOf('plan_nodes', w.b.objective), source: { scenario: 'responsibility', measure: 'revenue', period: 'Y1' } } }, { token: c.token })],
    ['unlockBudget(id)', 'NOT_FOUND', (w) => w.b.budget, (w, c, id) => w.t.gql(`mutation($id: ID!) { unlockBudget(id: $id, version: 1) { id } }`, { id }, { token: c.token })],
    // Templates.
    ['planTemplate(id)', 'NOT_FOUND', (w) => w.b.template, (w, c, id) => w.t.gql(TEMPLATE, { id }, { token: c.token })],
    ['createPlanFromTemplate(input.templateId)', 'NOT_FOUND', (w) => w.b.template, (w, c, id) => w.t.gql(CREATE_FROM_TEMPLATE, { input: { templateId: id, language: 'en', planYear: 2099 } }, { token: c.token })],
    ['savePlanAsTemplate(input.planId)', { BAD_USER_INPUT: 'planId' }, (w) => w.b.plan, (w, c, id) => w.t.gql(SAVE_AS_TEMPLATE, { input: { planId: id, key: 'taken-over', name: { zhCN: '拿走', en: 'Taken' } } }, { token: c.token })],
    ['deletePlanTemplate(input.id)', 'NOT_FOUND', (w) => w.b.template, (w, c, id) => w.t.gql(DELETE_TEMPLATE, { input: { id, version: 1 } }, { token: c.token })],
    ['restorePlanTemplate(id)', 'NOT_FOUND', (w) => w.b.deletedTemplate, (w, c, id) => w.t.gql(RESTORE_TEMPLATE, { id }, { token: c.token })],
    // A new organisation starts only from a built-in template, never from another organisation's.
    ['createOrganization(input.template.templateId)', { BAD_USER_INPUT: 'template.templateId' }, (w) => w.b.template, (w, c, id) => w.t.gql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { accessToken } }`, { input: { name: 'Planted Co', template: { templateId: id, language: 'en', planYear: 2099 } } }, { token: c.token })],
    ['markNotificationsRead(ids)', 'NOT_FOUND', (w) => w.b.notification, (w, c, id) => w.t.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [id] }, { token: c.token })],
  ]),
];

/** Every `ID` an operation takes, as operation(argument path), from the committed schema. */
function idArguments(): string[] {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8'));
  const found: string[] = [];
  const walk = (operation: string, prefix: string, type: GraphQLInputType, seen: Set<GraphQLInputObjectType>) => {
    const named = getNamedType(type);
    if (named.name === 'ID') found.push(`${operation}(${prefix})`);
    if (isInputObjectType(named) && !seen.has(named)) {
      for (const field of Object.values(named.getFields())) walk(operation, `${prefix}.${field.name}`, field.type, new Set([...seen, named]));
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      for (const arg of field.args) walk(field.name, arg.name, arg.type, new Set());
    }
  }
  return found.sort();
}

/** Everything stored for the given organisations, to prove an attempt changed nothing. */
async function snapshot(orgIds: string[]): Promise<Record<string, unknown>> {
  const rows = (table: string, column = 'org_id') =>
    `'${table}', (SELECT json_agg(row_to_json(x)::text ORDER BY row_to_json(x)::text) FROM ${table} x WHERE ${column} = ANY($1::uuid[]))`;
  const [{ all }] = await ownerQuery(
    `SELECT json_build_object(${[
      rows('organizations', 'id'),
      rows('departments'),
      rows('memberships'),
      rows('invitations'),
      rows('audit_log'),
      rows('plans'),
      rows('plan_nodes'),
      rows('node_check_ins'),
      rows('node_comments'),
      rows('plan_progress_snapshots'),
      rows('plan_versions'),
      rows('responsibility_letters'),
      rows('planning_cycles'),
      rows('cycle_stages'),
      rows('stage_events'),
      rows('stage_deliverables'),
      rows('stage_attachments'),
      rows('notifications'),
      rows('budgets'),
      rows('budget_revenue_lines'),
      rows('budget_cost_lines'),
      rows('budget_positions'),
      rows('budget_loans'),
      rows('budget_actuals'),
      rows('plan_templates'),
    ].join(', ')}) AS all`,
    [orgIds],
  );
  return all;
}

const errorsOf = (res: GqlResult) => (res.errors ?? []).map(({ message, extensions }) => ({ message, extensions }));

describe('one organisation never reaches another’s rows', () => {
  const w = {} as World;
  /** An admin of A who is also a staff member of B: their own B membership is visible to the database policies. */
  let dual: Session;

  /** A plan with a strategy, an objective, a deleted project, a check-in, a comment and a progress snapshot, so every table has rows to protect. */
  async function planWorld(t: TestApp, admin: Session): Promise<PlanWorld> {
    const plan = (await createPlan(t, admin, 'Plan')).id;
    const strategy = (await createNode(t, admin, { planId: plan, level: 'strategy', title: 'Strategy' })).id;
    const objective = await createNode(t, admin, { planId: plan, parentId: strategy, level: 'objective', title: 'Objective', ownerId: admin.membershipId });
    const deleted = await createNode(t, admin, { planId: plan, parentId: objective.id, level: 'project', title: 'Deleted project' });
    await t.ok(`mutation($input: DeleteNodeInput!) { deleteNode(input: $input) { id } }`, { input: { id: deleted.id, version: deleted.version } }, admin.token);
    await t.ok(ADD_CHECK_IN, { input: { nodeId: objective.id, version: objective.version, progress: 10, confidence: 3 } }, admin.token);
    await t.ok(ADD_COMMENT, { input: { nodeId: objective.id, body: 'Ours' } }, admin.token);
    // Reading the dashboard records the day's progress.
    await t.ok(`query($id: ID!) { planDashboard(planId: $id) { progress } }`, { id: plan }, admin.token);
    const version = (await t.ok(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Approved") { id } }`, { id: plan }, admin.token)).createPlanVersion.id;
    const [letter] = await ownerQuery(`SELECT id FROM responsibility_letters WHERE version_id = $1`, [version]);
    const cycle = await cycleWorld(t, admin, plan, await t.addMember(admin, 'executive'));
    const budget = await budgetOf(t, admin, plan);
    const template = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('ours')) } }, admin.token)).importPlanTemplate.id as string;
    const gone = (await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('gone')) } }, admin.token)).importPlanTemplate.id as string;
    await t.ok(DELETE_TEMPLATE, { input: { id: gone, version: 1 } }, admin.token);
    return { plan, strategy, objective: objective.id, deletedNode: deleted.id, version, letter: letter.id, ...cycle, ...budget, template, deletedTemplate: gone };
  }

  /** A budget with a line of every kind, an actual, and a deleted line whose batch can be restored. */
  async function budgetOf(t: TestApp, admin: Session, plan: string) {
    const budgetDepartment = (await t.createDepartment(admin, 'Budgeted')).id;
    const budget = (await t.ok(CREATE_BUDGET, { input: { planId: plan, name: 'Budget', startMonth: '2031-01', horizonMonths: 12 } }, admin.token)).createBudget.id as string;
    const saved = (await t.ok(SAVE_LINES, {
      input: {
        budgetId: budget,
        revenueLines: [{ name: 'Sales', kind: 'product', unitPrice: '10.00', volume: { kind: 'flat', perMonth: '100' } }],
        costLines: [
          { name: 'Rent', departmentId: budgetDepartment, category: 'rent', amountKind: 'monthly', amount: '100.00' },
          { name: 'Gone', departmentId: budgetDepartment, category: 'other', amountKind: 'monthly', amount: '1.00' },
        ],
        positions: [{ departmentId: budgetDepartment, roleTitle: 'Clerk', count: '1', monthlySalary: '300.00', onCostRate: '0.1' }],
        loans: [{ name: 'Bank', principal: '1000.00', annualRate: '0.05', termMonths: 12, repayment: 'interestOnly' }],
      },
    }, admin.token)).saveBudgetLines.budget;
    const gone = saved.costLines[1];
    const deleted = (await t.ok(SAVE_LINES, { input: { budgetId: budget, deletions: [{ lineKind: 'cost', id: gone.id, version: gone.version }] } }, admin.token)).saveBudgetLines;
    await t.ok(SET_ACTUALS, { input: { budgetId: budget, entries: [{ lineKind: 'cost', lineId: saved.costLines[0].id, month: '2031-01', amount: '90.00' }] } }, admin.token);
    return {
      budget,
      budgetDepartment,
      revenueLine: saved.revenueLines[0].id as string,
      costLine: saved.costLines[0].id as string,
      position: saved.positions[0].id as string,
      loan: saved.financing.loans[0].id as string,
      budgetBatch: deleted.deletionBatchId as string,
    };
  }

  beforeAll(async () => {
    const t = (w.t = await TestApp.start());
    const aAdmin = await t.newOrganization('Org A');
    w.a = {
      admin: aAdmin,
      department: (await t.createDepartment(aAdmin, 'A sales')).id,
      member: await t.addMember(aAdmin, 'staff'),
      ...(await planWorld(t, aAdmin)),
    };

    const bAdmin = await t.newOrganization('Org B');
    const bDepartment = await t.createDepartment(bAdmin, 'B sales');
    const bDeleted = await t.createDepartment(bAdmin, 'B archive');
    await t.ok(`mutation($id: ID!) { deleteDepartment(id: $id) { id } }`, { id: bDeleted.id }, bAdmin.token);
    const invitation = await t.ok(`mutation { createInvitation(input: { role: manager }) { invitation { id } } }`, {}, bAdmin.token);
    w.b = {
      admin: bAdmin,
      department: bDepartment.id,
      departmentVersion: bDepartment.version,
      deleted: bDeleted.id,
      member: await t.addMember(bAdmin, 'staff', bDepartment.id),
      invitation: invitation.createInvitation.invitation.id,
      ...(await planWorld(t, bAdmin)),
    };

    dual = await t.addMember(aAdmin, 'admin');
    const toB = await t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, bAdmin.token);
    await t.ok(`mutation($token: String!) { acceptInvitation(token: $token) { accessToken } }`, { token: toB.createInvitation.token }, dual.token);
  });
  afterAll(() => w.t.stop());

  it('covers every operation argument of type ID in the schema', () => {
    expect(CASES.map((c) => c.target).sort()).toEqual(idArguments());
  });

  describe.each(CASES.map((c) => [c.target, c] as const))('%s', (_target, c) => {
    it('answers as for an id that does not exist, and changes nothing in either organisation', async () => {
      const orgs = [w.a.admin.orgId!, w.b.admin.orgId!];
      const before = await snapshot(orgs);
      // (a snapshot of nothing would make "unchanged" meaningless)
      expect(Object.values(before).every((rows) => Array.isArray(rows) && rows.length > 0)).toBe(true);
      const foreign = await c.run(w, w.a.admin, c.foreignId(w));
      const missing = await c.run(w, w.a.admin, randomUUID());

      if (typeof c.expected === 'string') {
        expect(codes(foreign)).toEqual([c.expected]);
      } else {
        expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
        expect(foreign.errors?.[0].extensions?.field).toBe(c.expected.BAD_USER_INPUT);
      }
      // (a nullable field such as budget(planId) answers { budget: null } with the error)
      expect(Object.values(foreign.data ?? {}).filter((v) => v !== null)).toEqual([]);
      expect(errorsOf(foreign)).toEqual(errorsOf(missing));
      expect(await snapshot(orgs)).toEqual(before);
    });
  });

  it('gives a member of both organisations, acting in A, no way to B’s rows either', async () => {
    const orgs = [w.a.admin.orgId!, w.b.admin.orgId!];
    const [ownB] = await ownerQuery(`SELECT id FROM memberships WHERE user_id = $1 AND org_id = $2`, [dual.userId, w.b.admin.orgId]);
    const before = await snapshot(orgs);
    for (const c of CASES.filter((c) => c.target !== 'switchOrganization(organizationId)')) {
      const res = await c.run(w, dual, c.foreignId(w));
      expect({ target: c.target, codes: codes(res) }).toEqual({ target: c.target, codes: [typeof c.expected === 'string' ? c.expected : 'BAD_USER_INPUT'] });
    }
    // Their own membership in B is visible to the database policy, but not to A's operations.
    const own = await CASES.find((c) => c.target === 'updateMember(input.id)')!.run(w, dual, ownB.id);
    expect(codes(own)).toEqual(['NOT_FOUND']);
    expect(await snapshot(orgs)).toEqual(before);
  });

  it('lists only A’s own rows in members, departments, invitations, plans and the audit log', async () => {
    const a = w.a.admin.orgId;
    const ids = async (sql: string) => (await ownerQuery(sql, [a])).map((r) => String(r.id)).sort();
    for (const caller of [w.a.admin, dual]) {
      const data = await w.t.ok(
        `{ members(includeInactive: true) { id } departments { id } invitations { id } plans { id } auditLog(first: 200) { items { id } nextCursor } }`,
        {},
        caller.token,
      );
      const got = (list: { id: string }[]) => list.map((r) => r.id).sort();
      expect(got(data.members)).toEqual(await ids(`SELECT id FROM memberships WHERE org_id = $1`));
      expect(got(data.departments)).toEqual(await ids(`SELECT id FROM departments WHERE org_id = $1 AND deleted_at IS NULL`));
      expect(got(data.invitations)).toEqual(await ids(`SELECT id FROM invitations WHERE org_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`));
      expect(got(data.plans)).toEqual(await ids(`SELECT id FROM plans WHERE org_id = $1`));
      expect(data.auditLog.nextCursor).toBeNull();
      expect(got(data.auditLog.items)).toEqual(await ids(`SELECT id FROM audit_log WHERE org_id = $1`));
    }
  });
});
