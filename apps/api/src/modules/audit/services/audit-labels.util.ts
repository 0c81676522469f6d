import type { EntityManager } from 'typeorm';
import { sql } from '../../../database/sql';
import { isUuid } from '../../../common/graphql/id-arg';

/** The kinds of record an audit entry or one of its fields may point at, and where their names are. */
const KINDS = {
  member: `SELECT m.id, u.display_name AS label FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.id = ANY($2::uuid[])`,
  department: `SELECT id, name AS label FROM departments WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  node: `SELECT id, title AS label FROM plan_nodes WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  plan: `SELECT id, name AS label FROM plans WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  budget: `SELECT id, name AS label FROM budgets WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  cycle: `SELECT id, name AS label FROM planning_cycles WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  stage: `SELECT id, name AS label FROM cycle_stages WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  version: `SELECT id, 'v' || number || ' · ' || label AS label FROM plan_versions WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  // A check-in or a comment is named by its plan item, a deliverable by itself, an attachment by its file.
  checkIn: `SELECT c.id, n.title AS label FROM node_check_ins c JOIN plan_nodes n ON n.id = c.node_id WHERE c.org_id = $1 AND c.id = ANY($2::uuid[])`,
  comment: `SELECT c.id, n.title AS label FROM node_comments c JOIN plan_nodes n ON n.id = c.node_id WHERE c.org_id = $1 AND c.id = ANY($2::uuid[])`,
  deliverable: `SELECT id, name AS label FROM stage_deliverables WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  attachment: `SELECT id, filename AS label FROM stage_attachments WHERE org_id = $1 AND id = ANY($2::uuid[])`,
  budgetLine: `SELECT id, name AS label FROM budget_revenue_lines WHERE org_id = $1 AND id = ANY($2::uuid[])
    UNION ALL SELECT id, name FROM budget_cost_lines WHERE org_id = $1 AND id = ANY($2::uuid[])
    UNION ALL SELECT id, role_title FROM budget_positions WHERE org_id = $1 AND id = ANY($2::uuid[])
    UNION ALL SELECT id, name FROM budget_loans WHERE org_id = $1 AND id = ANY($2::uuid[])`,
} as const;
type Kind = keyof typeof KINDS;

/** Fields whose values are ids (one, or a list), by the kind they point at; `entity.field` where a name means another kind on one entity. */
const FIELD_KINDS: Record<string, Kind> = {
  'department.parentId': 'department',
  'cycle_stage.dependsOn': 'stage',
  ownerDepartmentId: 'department',
  ownerId: 'member',
  managerId: 'member',
  responsibleId: 'member',
  leaderId: 'member',
  deputyLeaderId: 'member',
  lockedBy: 'member',
  memberIds: 'member',
  departmentId: 'department',
  parentId: 'node',
  nodeId: 'node',
  planNodeId: 'node',
  dependsOn: 'node',
  planId: 'plan',
  budgetId: 'budget',
  lineId: 'budgetLine',
};

/** The records an entry is about, by the kind their names are found in. */
const ENTITY_KINDS: Record<string, Kind> = {
  plan_node: 'node',
  department: 'department',
  membership: 'member',
  plan: 'plan',
  budget: 'budget',
  planning_cycle: 'cycle',
  cycle_stage: 'stage',
  plan_version: 'version',
  node_check_in: 'checkIn',
  node_comment: 'comment',
  stage_deliverable: 'deliverable',
  stage_attachment: 'attachment',
  budget_revenue_line: 'budgetLine',
  budget_cost_line: 'budgetLine',
  budget_position: 'budgetLine',
  budget_loan: 'budgetLine',
};

const fieldKind = (entity: string, field: string): Kind | undefined => FIELD_KINDS[`${entity}.${field}`] ?? FIELD_KINDS[field];

interface Labelled {
  entity: string;
  entityId: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface AuditLabels {
  /** the name or title of the record an entry is about, as it is now (deleted records keep theirs) */
  entity: (entry: { entity: string; entityId: string }) => string | null;
  /** the names behind a field's id or ids, or null for a field that holds none or whose ids name nothing found */
  value: (entity: string, field: string, value: unknown) => string | null;
}

/**
 * Names for the ids in a page of audit entries: the records they are about
 * and the members, departments, plan items, plans, budgets and lines their
 * fields point at. One statement for them all, whatever the page's size;
 * only the caller's organisation's records are read.
 */
export async function auditLabels(em: EntityManager, orgId: string, entries: readonly Labelled[]): Promise<AuditLabels> {
  const wanted = new Map<Kind, Set<string>>();
  const want = (kind: Kind | undefined, ids: unknown) => {
    if (!kind) return;
    for (const id of Array.isArray(ids) ? ids : [ids]) {
      if (typeof id !== 'string' || !isUuid(id)) continue;
      let set = wanted.get(kind);
      if (!set) wanted.set(kind, (set = new Set()));
      set.add(id.toLowerCase());
    }
  };
  for (const entry of entries) {
    want(ENTITY_KINDS[entry.entity], entry.entityId);
    for (const change of entry.changes) {
      want(fieldKind(entry.entity, change.field), change.before);
      want(fieldKind(entry.entity, change.field), change.after);
    }
  }
  // Every kind that occurs in one statement: each kind's lookup takes its ids as a parameter of its own.
  const names = new Map<string, string>();
  const kinds = [...wanted.keys()];
  if (kinds.length > 0) {
    const parts = kinds.map((kind, i) => `SELECT '${kind}' AS kind, x.id, x.label FROM (${KINDS[kind].replaceAll('$2', () => `$${i + 2}`)}) x`);
    const rows = await sql<{ kind: Kind; id: string; label: string }>(em, parts.join(' UNION ALL '), [orgId, ...kinds.map((kind) => [...(wanted.get(kind) ?? [])])]);
    for (const row of rows) names.set(`${row.kind}:${row.id}`, row.label);
  }
  const name = (kind: Kind, id: unknown) => (typeof id === 'string' ? (names.get(`${kind}:${id.toLowerCase()}`) ?? null) : null);
  return {
    entity: (entry) => {
      const kind = ENTITY_KINDS[entry.entity];
      return kind ? name(kind, entry.entityId) : null;
    },
    value: (entity, field, value) => {
      const kind = fieldKind(entity, field);
      if (!kind || value === null || value === undefined) return null;
      if (!Array.isArray(value)) return name(kind, value);
      // A list reads as names only when every id in it has one: never names mixed with raw ids.
      const found = value.map((id) => name(kind, id));
      return found.length > 0 && found.every((n) => n !== null) ? found.join(', ') : null;
    },
  };
}
