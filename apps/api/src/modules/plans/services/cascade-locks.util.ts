import type { EntityManager } from 'typeorm';
import { Level, LEVELS, NodePlace, PlanActor } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import type { TenantDb } from '../../../database/tenant-db.service';
import type { MemberCaller } from '../../../common/context/gql-context';
import { badInput, conflict, notFound } from '../../../common/errors/app-error';
import { below, levelRank, toConflictView } from './cascade-sql.util';

/*
 * The locking protocol of every write to the cascade, which keeps stored
 * roll-ups exact under concurrency without deadlocks:
 *
 * 1. One statement locks the nodes the write changes and every ancestor
 *    whose progress is stored (all but the strategy), in one global order:
 *    level rank, then id. A parent thus always comes before its children,
 *    whichever writer gets there first. FOR NO KEY UPDATE: writers exclude
 *    each other, while inserts that merely reference a node (a comment, a
 *    check-in) are not held up by its foreign-key check.
 * 2. A write that changes a whole subtree (move, delete, restore, a new
 *    dimension) then locks that subtree, again by rank and id; every row of
 *    it ranks below the nodes locked in step 1.
 * 3. Only then are children read: each stored roll-up on the path is
 *    recomputed from its children, bottom-up, one UPDATE per level. Anyone
 *    changing a child of a stored node holds that node's lock too, so what
 *    is read is final.
 *
 * The path is read from the snapshot before it is locked; if a concurrent
 * move changed it meanwhile, the locked rows no longer match and the whole
 * transaction is retried (PathMoved).
 */

/** The path of a node changed between reading and locking it; the transaction is retried. */
export class PathMoved extends Error {}

const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']); // deadlock detected, serialization failure

/** Runs a cascade write in one tenant transaction, retrying it when the path moved or PostgreSQL reports a deadlock. */
export async function writeTx<T>(db: TenantDb, caller: MemberCaller, work: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.run(caller, work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const retryable = error instanceof PathMoved || (typeof code === 'string' && RETRYABLE_SQLSTATES.has(code));
      if (!retryable || attempt >= 5) throw error;
    }
  }
}

/**
 * Locks the target nodes and the stored part of their paths (step 1 above)
 * and returns the locked rows, current, by id. A target always locks itself,
 * a strategy too. Targets that do not exist are simply absent.
 */
export async function lockPaths(em: EntityManager, orgId: string, targetIds: readonly string[]): Promise<Map<string, Row>> {
  // (the dates' text forms come after n.*, and a later column of the same name wins in pg's rows)
  const rows = await sql<Row>(
    em,
    `SELECT n.*, n.start_date::text AS start_date, n.due_date::text AS due_date, p.status AS plan_status,
            (SELECT r.department_id FROM plan_nodes r WHERE r.id = n.ancestor_ids[1]) AS root_department_id
       FROM plan_nodes n JOIN plans p ON p.id = n.plan_id
      WHERE n.org_id = $1
        AND n.id IN (SELECT unnest(t.ancestor_ids[2:] || t.id) FROM plan_nodes t WHERE t.org_id = $1 AND t.id = ANY($2::uuid[]))
      ORDER BY ${levelRank('n')}, n.id
        FOR NO KEY UPDATE OF n`,
    [orgId, targetIds],
  );
  const locked = new Map(rows.map((r) => [r.id as string, r]));
  for (const id of targetIds) {
    const row = locked.get(id);
    if (row && (row.ancestor_ids as string[]).slice(1).some((a) => !locked.has(a))) throw new PathMoved();
  }
  return locked;
}

/** Locks every node below `rootId` (step 2), optionally only those matching `filter` (SQL on alias n). Returns their ids. */
export async function lockSubtree(em: EntityManager, orgId: string, rootId: string, filter = '', params: unknown[] = []): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    em,
    `SELECT n.id FROM plan_nodes n WHERE n.org_id = $1 AND ${below('n', '$2::uuid')} ${filter}
      ORDER BY ${levelRank('n')}, n.id FOR NO KEY UPDATE`,
    [orgId, rootId, ...params],
  );
  return rows.map((r) => r.id);
}

/**
 * Recomputes the stored roll-ups of the given (locked) nodes from their
 * children, deepest first (step 3), in one call to app_recompute_roll_ups.
 * Strategies are skipped: theirs is computed when read.
 */
export async function recompute(em: EntityManager, nodes: readonly { id: string; level: Level }[]): Promise<void> {
  const ids = [...new Map(nodes.filter((n) => n.level !== 'strategy').map((n) => [n.id, n])).values()]
    .sort((a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level))
    .map((n) => n.id);
  if (ids.length > 0) await sql(em, `SELECT app_recompute_roll_ups($1::uuid[])`, [ids]);
}

/** The locked node, or NOT_FOUND when it does not exist, is deleted or belongs to another organisation. */
export function liveNode(locked: Map<string, Row>, id: string): Row {
  const row = locked.get(id);
  if (!row || row.deleted_at) throw notFound('The node');
  return row;
}

/** The stored-roll-up ancestors of a locked node, as `recompute` takes them. */
export function storedAncestors(locked: Map<string, Row>, row: Row): { id: string; level: Level }[] {
  return (row.ancestor_ids as string[])
    .slice(1)
    .map((id) => locked.get(id))
    .filter((a): a is Row => a !== undefined)
    .map((a) => ({ id: a.id as string, level: a.level as Level }));
}

export const actorOf = (caller: MemberCaller): PlanActor => ({
  role: caller.role,
  membershipId: caller.membershipId,
  departmentId: caller.departmentId,
});

/** Where a locked node sits, for the access rules: its level, owner and the departments of its whole path. */
export function placeOf(locked: Map<string, Row>, row: Row): NodePlace {
  const ancestors = (row.ancestor_ids as string[]).slice(1).map((id) => (locked.get(id)?.department_id ?? null) as string | null);
  return {
    level: row.level as Level,
    ownerId: row.owner_id as string | null,
    departmentIds: [row.root_department_id as string | null, ...ancestors, row.department_id as string | null],
  };
}

/** A stale version answers CONFLICT carrying the node's current values. */
export function assertVersion(row: Row, version: number): void {
  if (row.version !== version) {
    throw conflict('The node was changed by someone else. Review their change and apply yours again.', toConflictView(row));
  }
}

/** An archived plan is read-only. */
export function assertPlanOpen(planStatus: unknown, field: string): void {
  if (planStatus === 'archived') throw badInput(field, 'The plan is archived. Bring it back to approved before changing it.');
}

export function assertDates(startDate: string | null | undefined, dueDate: string | null | undefined): void {
  if (startDate && dueDate && dueDate < startDate) throw badInput('dueDate', 'The due date must not be before the start date.');
}

export async function assertMember(em: EntityManager, orgId: string, membershipId: string, field: string): Promise<void> {
  const [row] = await sql(em, `SELECT 1 FROM memberships WHERE id = $1 AND org_id = $2 AND active`, [membershipId, orgId]);
  if (!row) throw badInput(field, 'The owner must be an active member of this organisation.');
}

export async function assertDepartment(em: EntityManager, orgId: string, departmentId: string, field: string): Promise<void> {
  const [row] = await sql(em, `SELECT 1 FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [departmentId, orgId]);
  if (!row) throw badInput(field, 'That department does not exist.');
}

/** A live node with where it sits, read without locking: for writes that leave the node itself alone (comments). */
export async function readPlace(em: EntityManager, orgId: string, id: string): Promise<{ row: Row; place: NodePlace }> {
  const [row] = await sql<Row>(
    em,
    `SELECT n.id, n.level, n.owner_id, n.department_id, p.status AS plan_status,
            ARRAY(SELECT a.department_id FROM plan_nodes a WHERE a.id = ANY(n.ancestor_ids)) AS ancestor_department_ids
       FROM plan_nodes n JOIN plans p ON p.id = n.plan_id
      WHERE n.id = $1 AND n.org_id = $2 AND n.deleted_at IS NULL`,
    [id, orgId],
  );
  if (!row) throw notFound('The node');
  return {
    row,
    place: {
      level: row.level as Level,
      ownerId: row.owner_id as string | null,
      departmentIds: [...(row.ancestor_department_ids as (string | null)[]), row.department_id as string | null],
    },
  };
}
