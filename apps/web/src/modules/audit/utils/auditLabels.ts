import { checklistLine } from '../../plans/utils/checklist';
/**
 * The API names entities and actions with free strings. These are the ones
 * this client has words for; anything else is shown as sent.
 */
export const AUDIT_ENTITIES = [
  'organization',
  'membership',
  'department',
  'invitation',
  'plan',
  'plan_node',
  'node_check_in',
  'node_comment',
  'planning_cycle',
  'cycle_stage',
  'stage_deliverable',
  'stage_attachment',
  'notification',
  'plan_version',
  'responsibility_letter',
  'budget',
  'budget_revenue_line',
  'budget_cost_line',
  'budget_position',
  'budget_loan',
  'budget_actual',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'revoke',
  'accept',
  'join',
  'move',
  'reorder',
  'progress',
  'check_in',
  'comment',
  'start',
  'submit',
  'approve',
  'return',
  'acknowledge',
  'read',
  'import',
  'lock',
  'unlock',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const ENTITY_ALIASES = new Map<string, AuditEntity>([...AUDIT_ENTITIES.map((e): [string, AuditEntity] => [e, e]), ['member', 'membership']]);

export function knownEntity(value: string): AuditEntity | undefined {
  return ENTITY_ALIASES.get(value.toLowerCase());
}

const ACTION_ALIASES = new Map<string, AuditAction>(Object.entries({
  ...Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])),
  create: 'create',
  created: 'create',
  insert: 'create',
  update: 'update',
  updated: 'update',
  delete: 'delete',
  deleted: 'delete',
  remove: 'delete',
  restore: 'restore',
  restored: 'restore',
  revoke: 'revoke',
  revoked: 'revoke',
  accept: 'accept',
  accepted: 'accept',
  join: 'join',
  joined: 'join',
} satisfies Record<string, AuditAction>));

export function knownAction(value: string): AuditAction | undefined {
  return ACTION_ALIASES.get(value.toLowerCase());
}

export type AuditValue =
  | { kind: 'empty' }
  | { kind: 'redacted' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text'; text: string }
  /** a code with words in the dictionary (a status, a level, a role…): `key` is where they are */
  | { kind: 'code'; key: string; text: string };

/** Where the words for a coded field's values are, by entity and field. */
const VALUE_WORDS: Record<string, string> = {
  'plan_node.status': 'node.statuses',
  'plan_node.level': 'node.levels',
  'plan_node.dimension': 'node.dimensions',
  'plan_node.recurrence': 'node.recurrences',
  'plan_node.kpiDirection': 'node.kpi.directions',
  'plan.status': 'plan.statuses',
  'cycle_stage.status': 'cycles.statuses',
  'membership.role': 'roles',
  'invitation.role': 'roles',
  'plan_version.source': 'versions.sources',
  'budget_revenue_line.kind': 'budget.kinds',
  'budget_cost_line.category': 'budget.categories',
  'budget_cost_line.amountKind': 'budget.amountKinds',
  'budget_loan.repayment': 'budget.repayments',
  'budget_actual.lineKind': 'budget.conflict.lineKinds',
};

/**
 * A recorded value as a person reads it, knowing whose field it is: a coded
 * value becomes a `code` (its words looked up by the caller), a checklist its
 * items ticked or not, a list of ids or texts the items separated by commas;
 * anything else as readAuditValue gives it.
 */
export function readAuditField(entity: string, field: string, raw: string | null | undefined): AuditValue {
  const value = readAuditValue(raw);
  if (value.kind !== 'text' || raw === null || raw === undefined) return value;
  const words = VALUE_WORDS[`${knownEntity(entity) ?? entity}.${field}`];
  if (words && /^[a-zA-Z_]+$/.test(value.text)) return { kind: 'code', key: `${words}.${value.text}`, text: value.text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return value;
  }
  if (!Array.isArray(parsed)) return value;
  if (parsed.length === 0) return { kind: 'empty' };
  if (parsed.every(isChecklistItem)) return { kind: 'text', text: checklistLine(parsed) };
  if (parsed.every((item) => typeof item === 'string' || typeof item === 'number')) return { kind: 'text', text: parsed.join(', ') };
  return value;
}

const isChecklistItem = (item: unknown): item is { done: boolean; text: string } =>
  typeof item === 'object' && item !== null && typeof (item as { text?: unknown }).text === 'string' && typeof (item as { done?: unknown }).done === 'boolean';

/**
 * The API records each value as JSON text, and "[redacted]" for sensitive
 * fields. Strings lose their quotes; missing and empty read the same.
 */
export function readAuditValue(raw: string | null | undefined): AuditValue {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  if (raw === '[redacted]') return { kind: 'redacted' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'text', text: raw };
  }
  if (parsed === null || parsed === '') return { kind: 'empty' };
  if (typeof parsed === 'boolean') return { kind: 'boolean', value: parsed };
  if (typeof parsed === 'string') return { kind: 'text', text: parsed };
  return { kind: 'text', text: typeof parsed === 'number' ? String(parsed) : JSON.stringify(parsed) };
}
