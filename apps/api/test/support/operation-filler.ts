import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { miniTemplate } from './template-fixtures';
import { Kind, OrgWorld, ownerSql, rowVersion, TABLE_OF } from './org-world';
import { PASSWORD, Session, TestApp } from './test-app';

/**
 * Builds a valid call of any query or mutation from the schema: every
 * argument it needs is filled with the caller's own organisation's rows and
 * plain values, and one id argument (the target) may be aimed elsewhere.
 * What an id means is looked up by operation, input type and argument name
 * below; an id or a required value the tables do not know is an error, so
 * a new operation cannot go unchecked.
 */

export type RootName = 'Query' | 'Mutation' | 'Subscription';

export interface Operation {
  root: RootName;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** One place an operation takes an ID: the argument and the input fields down to it. */
export interface IdPath {
  operation: string;
  path: string[];
  /** operation(argument.field…), as reports name it */
  label: string;
  /** what the id points at; undefined when the tables below do not say */
  kind: Kind | undefined;
}

/** The schema the running app serves. */
export function liveSchema(t: TestApp): GraphQLSchema {
  return t.app.get(GraphQLSchemaHost).schema;
}

export function operations(schema: GraphQLSchema): Operation[] {
  const roots: [RootName, GraphQLObjectType | null | undefined][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([root, type]) =>
    Object.values(type?.getFields() ?? {})
      .map((field) => ({ root, name: field.name, field }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}

/** What an id argument points at: by operation and argument path, then input type and field, then field name alone. */
const ID_KINDS: Record<string, Kind> = {
  // Top-level arguments.
  'attachmentContent(id)': 'attachment',
  'cycleStage(id)': 'stage',
  'node(id)': 'objective',
  'nodeSubtree(id)': 'strategy',
  'operationsIndex(nodeId)': 'objective',
  'plan(id)': 'plan',
  'planTemplate(id)': 'template',
  'planVersion(id)': 'version',
  'planningCycle(id)': 'cycle',
  'acknowledgeResponsibilityLetter(id)': 'letter',
  'deleteDepartment(id)': 'spareDepartment',
  'restoreDepartment(id)': 'deletedDepartment',
  'lockBudget(id)': 'budget',
  'unlockBudget(id)': 'budget',
  'removeAttachment(id)': 'attachment',
  'restoreCycleStage(id)': 'deletedStage',
  'restoreNode(id)': 'deletedNode',
  'restorePlanTemplate(id)': 'deletedTemplate',
  'revokeInvitation(id)': 'invitation',
  'markNotificationsRead(ids)': 'notification',
  // A stage in the state each decision needs.
  'approveCycleStage(input.id)': 'submittedStage',
  'submitCycleStage(input.id)': 'openStage',
  'deleteCycleStage(input.id)': 'spareStage',
  'returnCycleStage(input.id)': 'returnableStage',
  // A new organisation starts only from a built-in template.
  'createOrganization(input.template.templateId)': 'builtInTemplate',
  // Input types.
  'AddCheckInInput.nodeId': 'leaf',
  'AddCycleStageInput.dependsOn': 'stage',
  'BudgetLineRef.id': 'spareCostLine',
  'CostLineInput.id': 'costLine',
  'CostLineInput.planNodeId': 'project',
  'CreateBudgetInput.planId': 'freshPlan',
  'CreateDepartmentInput.parentId': 'department',
  'CreateNodeInput.parentId': 'objective',
  'CreateNodeInput.dependsOn': 'leaf',
  'CreatePlanningCycleInput.planId': 'freshPlan',
  'DeleteNodeInput.id': 'spareNode',
  'LinkKpiTargetInput.nodeId': 'objective',
  'LoanInput.id': 'loan',
  'MoveNodeInput.id': 'project',
  'MoveNodeInput.parentId': 'objective',
  'PositionInput.id': 'position',
  'RevenueLineInput.id': 'revenueLine',
  'SetNodeChecklistInput.id': 'leaf',
  'TemplateVersionInput.id': 'spareTemplate',
  'UpdateBudgetInput.id': 'budget',
  'UpdateCycleStageInput.id': 'laterStage',
  'UpdateCycleStageInput.dependsOn': 'stage',
  'UpdateDeliverableInput.id': 'deliverable',
  'UpdateDepartmentInput.id': 'department',
  'UpdateDepartmentInput.parentId': 'otherDepartment',
  'UpdateMemberInput.id': 'spareMember',
  'UpdateNodeInput.id': 'objective',
  'UpdateNodeInput.dependsOn': 'leaf',
  'UpdatePlanStatusInput.id': 'plan',
  'UpdatePlanningCycleInput.id': 'cycle',
  'UpdateProgressInput.id': 'leaf',
  // Field names.
  batchId: 'budgetBatch',
  budgetId: 'budget',
  cycleId: 'cycle',
  deliverableId: 'deliverable',
  departmentId: 'department',
  deputyLeaderId: 'member',
  fromId: 'version',
  leaderId: 'member',
  lineId: 'costLine',
  managerId: 'member',
  memberIds: 'member',
  nodeId: 'leaf',
  organizationId: 'organization',
  ownerDepartmentId: 'department',
  ownerId: 'member',
  planId: 'plan',
  responsibleId: 'member',
  stageIds: 'stage',
  templateId: 'template',
  toId: 'version',
  versionId: 'version',
};

export interface FillContext {
  t: TestApp;
  world: OrgWorld;
  caller: Session;
}

/** The object being filled: its values so far (ids first) and where it sits. */
interface Place {
  operation: string;
  /** the input type, or null for the operation's own arguments */
  type: string | null;
  path: string[];
  values: Record<string, unknown>;
  ctx: FillContext;
}

type Value = unknown | ((place: Place) => unknown | Promise<unknown>);

/** Marks an optional input object to fill from its own fields. */
const FROM_FIELDS = Symbol('from its fields');

let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${serial++}`;
const TEXT = 'Access check';

/**
 * Plain values, by operation argument, input type and field, or field name.
 * A type-qualified entry also fills an optional field (what makes the call
 * meaningful, such as a cost line's amount); a bare field name fills only
 * required ones.
 */
const VALUES: Record<string, Value> = {
  // Strings.
  body: TEXT,
  displayName: TEXT,
  label: TEXT,
  name: TEXT,
  reason: TEXT,
  roleTitle: TEXT,
  text: TEXT,
  title: TEXT,
  contentBase64: 'aGVsbG8=',
  contentType: 'text/plain',
  filename: 'access.txt',
  language: 'en',
  startMonth: '2031-01',
  // Each actual in a month of its own: writing one that exists needs its version.
  month: () => `2031-${String(2 + (serial++ % 11)).padStart(2, '0')}`,
  amount: '1.00',
  unitPrice: '1.00',
  count: '1',
  monthlySalary: '1.00',
  onCostRate: '0',
  principal: '1.00',
  annualRate: '0.05',
  measure: 'revenue',
  period: 'Y1',
  scenario: 'responsibility',
  en: TEXT,
  zhCN: '访问检查',
  password: PASSWORD,
  key: () => unique('access'),
  json: () => JSON.stringify(miniTemplate(unique('access'))),
  token: async ({ ctx }: Place) => (await ctx.t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, ctx.world.roles.admin.token)).createInvitation.token,
  'SignInInput.email': ({ ctx }: Place) => ctx.caller.email,
  'SignUpInput.email': () => `${unique('access')}@example.com`,
  'AddCycleStageInput.startDate': '2099-12-01',
  'AddCycleStageInput.dueDate': '2099-12-31',
  'VolumeDriverInput.perMonth': '1',
  'CostLineInput.amount': '1.00',
  'UpdateNodeInput.title': TEXT,
  'UpdateBudgetInput.name': TEXT,
  'UpdateCycleStageInput.name': TEXT,
  'UpdatePlanningCycleInput.name': TEXT,
  'UpdateDepartmentInput.name': TEXT,
  'UpdateOrganizationInput.name': TEXT,
  'UpdateProfileInput.displayName': TEXT,
  // Numbers and flags.
  confidence: 3,
  depth: 3,
  first: 10,
  horizonMonths: 12,
  termMonths: 12,
  // Plans made here may get a planning cycle: years from the top, whose stages are not overdue.
  year: ({ ctx }: Place) => ctx.world.years.take(true),
  'TemplateUseInput.planYear': ({ ctx }: Place) => ctx.world.years.take(true),
  'AddCheckInInput.progress': 20,
  'UpdateProgressInput.progress': 30,
  done: false,
  includeInactive: false,
  'UpdateOrganizationInput.version': ({ ctx }: Place) => rowVersion('organizations', ctx.world.orgId),
  // Enums.
  amountKind: 'monthly',
  category: 'other',
  lineKind: 'cost',
  repayment: 'interestOnly',
  role: 'staff',
  'RevenueLineInput.kind': 'product',
  'VolumeDriverInput.kind': 'flat',
  'UpdatePlanStatusInput.status': 'approved',
  // A node is one level below its parent: an objective's child is a project.
  'CreateNodeInput.level': ({ values }: Place) => (values.parentId ? 'project' : 'strategy'),
  // Optional inputs that make the call meaningful, filled from their own fields.
  'LinkKpiTargetInput.source': FROM_FIELDS,
  // The caller may belong to no department: name one.
  'departmentOverview(departmentId)': ({ ctx }: Place) => ctx.world.ids.department,
  // Any batch of the budget still to restore (the world deletes two), so restoring can be tried more than once.
  'restoreBudgetLines(batchId)': async ({ values, ctx }: Place) =>
    (await ownerSql(`SELECT deleted_batch FROM budget_cost_lines WHERE budget_id = $1 AND deleted_batch IS NOT NULL ORDER BY deleted_batch <> $2, deleted_batch LIMIT 1`, [values.budgetId, ctx.world.ids.budgetBatch]))[0]
      ?.deleted_batch ?? ctx.world.ids.budgetBatch,
  // Every live stage of the cycle in their order, as reordering needs them all.
  'ReorderCycleStagesInput.stageIds': async ({ values }: Place) =>
    (await ownerSql(`SELECT id FROM cycle_stages WHERE cycle_id = $1 AND deleted_at IS NULL ORDER BY position`, [values.cycleId])).map((r) => r.id as string),
};

export class Unfillable extends Error {}

const keysFor = (operation: string, type: string | null, path: string[], field: string) => [
  `${operation}(${path.join('.')})`,
  ...(type ? [`${type}.${field}`] : []),
  field,
];

/** The kind of the id at the end of a path, or undefined when no table says. */
function idKind(operation: string, type: string | null, path: string[]): Kind | undefined {
  const field = path[path.length - 1];
  for (const key of keysFor(operation, type, path, field)) if (ID_KINDS[key]) return ID_KINDS[key];
  return undefined;
}

/** Every ID an operation takes, in its arguments and (recursively) in its input objects. */
export function idPaths(operation: Operation): IdPath[] {
  const found: IdPath[] = [];
  const walk = (path: string[], parentType: string | null, type: GraphQLInputType, seen: Set<string>) => {
    const named = getNamedType(type);
    if (named.name === 'ID') {
      found.push({ operation: operation.name, path, label: `${operation.name}(${path.join('.')})`, kind: idKind(operation.name, parentType, path) });
    }
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const field of Object.values(named.getFields())) walk([...path, field.name], named.name, field.type, new Set([...seen, named.name]));
    }
  };
  for (const arg of operation.field.args) walk([arg.name], null, arg.type, new Set());
  return found;
}

/** Where a target sits in the answer's errors: list elements are named by index ([0]), an id list itself by its name. */
export function errorFieldOf(operation: Operation, path: string[]): string {
  let type: GraphQLInputType | undefined = operation.field.args.find((a) => a.name === path[0])?.type;
  const parts: string[] = [];
  for (const [i, step] of path.entries()) {
    if (i > 0) {
      const named = getNamedType(type!);
      type = isInputObjectType(named) ? named.getFields()[step].type : undefined;
    }
    // The operation's single `input` argument is not named in the field.
    if (i === 0 && isInputObjectType(getNamedType(type!))) continue;
    const listOfObjects = isListType(getNullableType(type!)) && isInputObjectType(getNamedType(type!));
    parts.push(`${step}${listOfObjects ? '[0]' : ''}`);
  }
  return parts.join('.').replace(/\.\[/g, '[');
}

export interface Target {
  path: string[];
  /** the id to put there, given the kind the path takes */
  id: (kind: Kind) => string;
}

export interface Call {
  query: string;
  variables: Record<string, unknown>;
}

/** The version a write must name for the row (of the given kind) it is about. */
const versionOf = async (id: string, kind: Kind): Promise<number> => {
  const table = TABLE_OF[kind];
  if (!table) throw new Unfillable(`no table for the version of a ${kind}`);
  // An id that names no row (a made-up one) gets the first version.
  return (await rowVersion(table, id)) ?? 1;
};

/** A call of the operation with every required argument filled from the caller's organisation, and the target (if any) aimed as given. */
export async function buildCall(operation: Operation, ctx: FillContext, target?: Target): Promise<Call> {
  const onPath = (path: string[]) => !!target && path.every((step, i) => target.path[i] === step);
  const isTarget = (path: string[]) => onPath(path) && target!.path.length === path.length;

  async function fillFields(type: string | null, prefix: string[], fields: readonly (GraphQLInputField | GraphQLArgument)[]): Promise<Record<string, unknown>> {
    const values: Record<string, unknown> = {};
    const place = (path: string[]): Place => ({ operation: operation.name, type, path, values, ctx });
    const kinds: Record<string, Kind> = {};
    /** The entry that names this very argument or input field, which also fills it when optional. */
    const explicitFor = (field: GraphQLInputField | GraphQLArgument) => keysFor(operation.name, type, [...prefix, field.name], field.name).slice(0, type ? 2 : 1).find((k) => k in VALUES);
    // Plain ids first, then ids worked out from them (the stage list from the cycle), then the values that depend on ids (a node's level), then the version of the row the object is about.
    const rank = (field: GraphQLInputField | GraphQLArgument) =>
      field.name === 'version' ? 3 : getNamedType(field.type).name !== 'ID' ? 2 : explicitFor(field) ? 1 : 0;
    const order = [...fields].sort((x, y) => rank(x) - rank(y));
    for (const field of order) {
      const path = [...prefix, field.name];
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      const keys = keysFor(operation.name, type, path, field.name);
      const explicit = explicitFor(field);
      if (field.name === 'version' && getNamedType(field.type).name === 'Int' && !explicit) {
        const subject = values.id !== undefined ? 'id' : order.find((f) => isNonNullType(f.type) && getNamedType(f.type).name === 'ID')?.name;
        if (subject && values[subject] !== undefined && (required || subject === 'id')) {
          values.version = await versionOf(values[subject] as string, kinds[subject]);
          continue;
        }
      }
      if (!required && !explicit && !onPath(path)) continue;
      const named = getNamedType(field.type);
      const list = isListType(getNullableType(field.type));
      if (named.name === 'ID') {
        const kind = idKind(operation.name, type, path);
        if (!kind) throw new Unfillable(`no kind for ${operation.name}(${path.join('.')})`);
        kinds[field.name] = kind;
        const own = explicit ? ((await resolve(VALUES[explicit], place(path))) as string | string[]) : list ? [ctx.world.ids[kind]] : ctx.world.ids[kind];
        if (isTarget(path)) {
          const id = target!.id(kind);
          values[field.name] = Array.isArray(own) ? [id, ...own.slice(1)] : id;
        } else {
          values[field.name] = own;
        }
        continue;
      }
      if (isInputObjectType(named) && (!explicit || VALUES[explicit] === FROM_FIELDS)) {
        const object = await fillFields(named.name, path, Object.values(named.getFields()));
        values[field.name] = list ? [object] : object;
        continue;
      }
      const key = keys.find((k) => k in VALUES);
      if (!key || !(isScalarType(named) || isEnumType(named))) throw new Unfillable(`no value for ${keys[1] ?? keys[0]} (${String(field.type)})`);
      const value = await resolve(VALUES[key], place(path));
      values[field.name] = list && !Array.isArray(value) ? [value] : value;
    }
    return values;
  }

  const variables = await fillFields(null, [], operation.field.args);
  const used = operation.field.args.filter((a) => variables[a.name] !== undefined);
  return { query: documentFor(operation.root, operation.field, used), variables };
}

const resolve = async (value: Value, place: Place): Promise<unknown> => (typeof value === 'function' ? value(place) : value);

/**
 * The operation with the given arguments (all of them by default) as
 * variables, selecting just enough of the answer to tell data from nothing:
 * its type name and id.
 */
export function documentFor(root: RootName | 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[] = field.args): string {
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const values = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${root.toLowerCase()}${defs ? `(${defs})` : ''} { ${field.name}${values ? `(${values})` : ''}${selection(field)} }`;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return named.getFields().id ? ' { __typename id }' : ' { __typename }';
}

/** A made-up id: no organisation has a row with it. */
export const missingId = () => randomUUID();
