import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canActOnNode, canCreateNode, canHangUnder, Dimension, kpiProgress, Level, NodePlace, wouldCreateCycle } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, forbidden, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { PlanNodeDto } from '../dtos/plan-node.dto';
import type { ChecklistItemInput, CreateNodeInput, DeleteNodeInput, MoveNodeInput, SetNodeChecklistInput, UpdateNodeInput } from '../dtos/inputs/node.inputs';
import type { KpiInput } from '../dtos/inputs/kpi.input';
import { below, checklistOf, dateText, NODE_COLUMNS, NODE_SELECT, nodeAuditView, toConflictView, toNodeDto } from './cascade-sql.util';
import {
  actorOf,
  assertDates,
  assertDepartment,
  assertMember,
  assertPlanOpen,
  assertVersion,
  liveNode,
  lockPaths,
  lockSubtree,
  placeOf,
  readPlace,
  recompute,
  storedAncestors,
  writeTx,
} from './cascade-locks.util';
import { sameKpiTarget } from './kpi-target.util';

/** A strategy without a dimension of its own stands for organisation work. */
const ROOT_DIMENSION: Dimension = 'organisation';

const NOT_ALLOWED = 'Your role does not allow this change to this part of the plan.';

/** The structure of the cascade: adding, editing, moving, deleting and restoring nodes. Progress reports live in NodeReportsService. */
@Injectable()
export class PlanNodesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  async create(caller: MemberCaller, input: CreateNodeInput, requestId: string): Promise<PlanNodeDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      // A node's place among its siblings is the next sort order under the
      // parent, whose lock (below) makes adders take turns. Strategies have no
      // parent: they take turns on the plan (NO KEY UPDATE, so node inserts,
      // whose foreign key only shares the plan's key, do not wait for it).
      const [plan] = await sql<Row>(em, `SELECT id, status FROM plans WHERE id = $1 AND org_id = $2${input.parentId ? '' : ' FOR NO KEY UPDATE'}`, [
        input.planId,
        caller.orgId,
      ]);
      if (!plan) throw badInput('planId', 'That plan does not exist.');
      const locked = input.parentId ? await lockPaths(em, caller.orgId, [input.parentId]) : new Map<string, Row>();
      const parent = input.parentId ? locked.get(input.parentId) : undefined;
      if (input.parentId && (!parent || parent.deleted_at)) throw badInput('parentId', 'That parent node does not exist.');
      if (parent && parent.plan_id !== plan.id) throw badInput('parentId', 'The parent belongs to another plan.');
      if (!canHangUnder(input.level, (parent?.level as Level | undefined) ?? null)) throw badInput('parentId', placementRule(input.level));

      const departmentId = input.departmentId !== undefined && input.departmentId !== null ? input.departmentId : ((parent?.department_id ?? null) as string | null);
      if (!canCreateNode(actorOf(caller), { level: input.level, departmentId }, parent ? placeOf(locked, parent) : null)) throw forbidden(NOT_ALLOWED);
      assertPlanOpen(plan.status, 'planId');
      if (input.ownerId) await assertMember(em, caller.orgId, input.ownerId, 'ownerId');
      if (input.departmentId) await assertDepartment(em, caller.orgId, input.departmentId, 'departmentId');
      assertDates(input.startDate, input.dueDate);
      await assertDependencies(em, caller.orgId, plan.id as string, null, [], input.dependsOn ?? []);

      const status = input.status ?? 'not_started';
      const own = input.kpi ? kpiProgress({ ...input.kpi, actual: input.kpi.actual ?? null }) : 0;
      const [row] = await sql<Row>(
        em,
        `INSERT INTO plan_nodes AS n (org_id, plan_id, parent_id, ancestor_ids, depth, level, title, description, owner_id, department_id,
                                     start_date, due_date, status, weight, own_progress, progress, dimension, dimension_explicit,
                                     kpi_name, kpi_unit, kpi_direction, kpi_baseline, kpi_target, kpi_actual, checklist, recurrence, depends_on, sort_order)
         VALUES ($1, $2, $3, $4::uuid[], cardinality($4::uuid[]), $5, $6, $7, $8, $9, $10, $11, $12::varchar, $13, $14::numeric(7,4),
                 CASE WHEN $3::uuid IS NULL THEN NULL WHEN $12::varchar = 'done' THEN 100 ELSE $14::numeric(7,4) END,
                 $15, $16, $17, $18, $19, $20, $21, $22, $23::jsonb, $24, $25::uuid[],
                 (SELECT coalesce(max(s.sort_order), 0) + 1 FROM plan_nodes s WHERE s.plan_id = $2 AND s.parent_id IS NOT DISTINCT FROM $3::uuid))
         RETURNING ${NODE_COLUMNS}`,
        [
          caller.orgId,
          plan.id,
          parent?.id ?? null,
          parent ? [...(parent.ancestor_ids as string[]), parent.id] : [],
          input.level,
          input.title,
          input.description ?? null,
          input.ownerId ?? null,
          departmentId,
          input.startDate ?? null,
          input.dueDate ?? null,
          status,
          input.weight ?? 1,
          own,
          input.dimension ?? parent?.dimension ?? ROOT_DIMENSION,
          input.dimension !== undefined && input.dimension !== null,
          ...kpiColumns(input.kpi ?? null),
          checklistJson(input.checklist ?? []),
          input.recurrence ?? null,
          input.dependsOn ?? [],
        ],
      );
      if (parent) await recompute(em, [{ id: parent.id as string, level: parent.level as Level }, ...storedAncestors(locked, parent)]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'plan_node', entityId: row.id as string, action: 'create', after: nodeAuditView(row) });
      return toNodeDto(row);
    });
    this.publish(caller, dto.id, 'create');
    return dto;
  }

  async update(caller: MemberCaller, input: UpdateNodeInput, requestId: string): Promise<PlanNodeDto> {
    const { dto, changed } = await writeTx(this.db, caller, async (em) => {
      const locked = await lockPaths(em, caller.orgId, [input.id]);
      const row = liveNode(locked, input.id);
      const actor = actorOf(caller);
      const place = placeOf(locked, row);
      if (!canActOnNode(actor, 'update', place)) throw forbidden(NOT_ALLOWED);
      assertPlanOpen(row.plan_status, 'id');
      if (input.ownerId) await assertMember(em, caller.orgId, input.ownerId, 'ownerId');
      if (input.departmentId) await assertDepartment(em, caller.orgId, input.departmentId, 'departmentId');
      if (input.departmentId !== undefined && input.departmentId !== row.department_id) {
        // Handing a node to another department must leave it where the caller may still act.
        const moved: NodePlace = { ...place, departmentIds: [...place.departmentIds.slice(0, -1), input.departmentId] };
        if (!canActOnNode(actor, 'update', moved)) throw forbidden(NOT_ALLOWED);
      }
      assertDates(
        input.startDate !== undefined ? input.startDate : dateText(row.start_date),
        input.dueDate !== undefined ? input.dueDate : dateText(row.due_date),
      );
      const dependsOn = input.dependsOn === undefined ? undefined : (input.dependsOn ?? []);
      if (dependsOn !== undefined) await assertDependencies(em, caller.orgId, row.plan_id as string, input.id, row.depends_on as string[], dependsOn);

      const changes: Row = {
        title: input.title ?? undefined,
        description: input.description,
        owner_id: input.ownerId,
        department_id: input.departmentId,
        start_date: input.startDate,
        due_date: input.dueDate,
        status: input.status ?? undefined,
        weight: input.weight ?? undefined,
        checklist: input.checklist === undefined ? undefined : checklistJson(input.checklist ?? []),
        recurrence: input.recurrence,
        depends_on: dependsOn,
      };
      if (input.kpi !== undefined) {
        Object.assign(changes, kpiChanges(input.kpi));
        // A target typed by hand no longer follows the budget (linkKpiTargetToBudget links it again).
        if (input.kpi === null || !sameKpiTarget(row, input.kpi.target)) changes.kpi_target_source = null;
      }
      let dimension: Dimension | undefined;
      if (input.dimension !== undefined) {
        dimension = input.dimension ?? (await this.parentDimension(em, row));
        Object.assign(changes, { dimension, dimension_explicit: input.dimension !== null });
      }

      const { before, after, changed } = await updateLiveNode(em, input, changes, { skipUnchanged: true });
      // An edit to what is already there writes nothing: no version to collide with, no empty audit entry.
      if (!changed) return { dto: await this.fetch(em, caller.orgId, input.id), changed };
      if (dimension !== undefined && dimension !== before.dimension) await this.spreadDimension(em, caller.orgId, after);
      if (['status', 'weight', 'own_progress'].some((c) => changes[c] !== undefined)) {
        await recompute(em, [{ id: input.id, level: row.level as Level }, ...storedAncestors(locked, row)]);
      }
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'plan_node',
        entityId: input.id,
        action: 'update',
        before: nodeAuditView(before),
        after: nodeAuditView(after),
      });
      return { dto: await this.fetch(em, caller.orgId, input.id), changed };
    });
    if (changed) this.publish(caller, dto.id, 'update');
    return dto;
  }

  /**
   * Writes a node's whole checklist. Its owner may tick items off, as they
   * report progress; changing the items themselves (adding, removing,
   * renaming, reordering) is planning, for those who may update the node.
   * No roll-up depends on a checklist, so only the node's own row is locked.
   */
  async setChecklist(caller: MemberCaller, input: SetNodeChecklistInput, requestId: string): Promise<PlanNodeDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      const { row, place } = await readPlace(em, caller.orgId, input.id);
      const actor = actorOf(caller);
      if (!canActOnNode(actor, 'progress', place)) throw forbidden('You may tick off only the checklists of work you own or your department runs.');
      assertPlanOpen(row.plan_status, 'id');
      const { before, after } = await updateLiveNode(em, input, { checklist: checklistJson(input.checklist) });
      if (!canActOnNode(actor, 'update', place) && !sameItems(checklistOf(before.checklist), input.checklist)) {
        throw forbidden('You may tick items off; changing the checklist itself is for those who plan this part of the plan.');
      }
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'plan_node',
        entityId: input.id,
        action: 'checklist',
        before: { checklist: checklistOf(before.checklist) },
        after: { checklist: checklistOf(after.checklist) },
      });
      return this.fetch(em, caller.orgId, input.id);
    });
    this.publish(caller, dto.id, 'checklist');
    return dto;
  }

  /** Reparents a node (with its subtree) within its plan and the level rules, or reorders it among its siblings. */
  async move(caller: MemberCaller, input: MoveNodeInput, requestId: string): Promise<PlanNodeDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      const locked = await lockPaths(em, caller.orgId, [input.id, input.parentId]);
      const row = liveNode(locked, input.id);
      const parent = locked.get(input.parentId);
      if (!parent || parent.deleted_at) throw badInput('parentId', 'That parent node does not exist.');
      if (parent.plan_id !== row.plan_id) throw badInput('parentId', 'A node moves only within its own plan.');
      const actor = actorOf(caller);
      if (!canActOnNode(actor, 'move', placeOf(locked, row))) throw forbidden(NOT_ALLOWED);
      if (wouldCreateCycle(pathLinks(parent), row.id as string, parent.id as string)) {
        throw badInput('parentId', 'A node cannot move under itself or one of its own descendants.');
      }
      if (!canHangUnder(row.level as Level, parent.level as Level)) throw badInput('parentId', placementRule(row.level as Level));
      const newPlace: NodePlace = {
        level: row.level as Level,
        ownerId: row.owner_id as string | null,
        departmentIds: [...placeOf(locked, parent).departmentIds, row.department_id as string | null],
      };
      if (!canActOnNode(actor, 'move', newPlace)) throw forbidden(NOT_ALLOWED);
      assertPlanOpen(row.plan_status, 'id');
      assertVersion(row, input.version);

      const oldParentId = row.parent_id as string;
      const ancestorIds = [...(parent.ancestor_ids as string[]), parent.id as string];
      let sortOrder = input.sortOrder ?? undefined;
      if (sortOrder === undefined) {
        const [last] = await sql<{ n: number }>(em, `SELECT coalesce(max(sort_order), 0) + 1 AS n FROM plan_nodes WHERE parent_id = $1 AND id <> $2`, [
          parent.id,
          row.id,
        ]);
        sortOrder = last.n;
      } else {
        await sql(em, `UPDATE plan_nodes SET sort_order = sort_order + 1 WHERE parent_id = $1 AND id <> $2 AND sort_order >= $3`, [parent.id, row.id, sortOrder]);
      }
      const inherited = !row.dimension_explicit && row.dimension !== parent.dimension;
      const { before, after } = await updateLiveNode(em, input, {
        parent_id: parent.id,
        ancestor_ids: ancestorIds,
        depth: ancestorIds.length,
        sort_order: sortOrder,
        dimension: inherited ? parent.dimension : undefined,
      });

      if (oldParentId !== parent.id) {
        // The subtree (deleted parts too, so that a restore finds them in place) follows its root.
        await lockSubtree(em, caller.orgId, input.id);
        await sql(
          em,
          `UPDATE plan_nodes SET ancestor_ids = $3::uuid[] || ancestor_ids[$4:], depth = depth + $5
            WHERE org_id = $1 AND ${below('plan_nodes', '$2::uuid')}`,
          [caller.orgId, input.id, [...ancestorIds, input.id], (row.ancestor_ids as string[]).length + 2, ancestorIds.length - (row.depth as number)],
        );
        if (inherited) await this.spreadDimension(em, caller.orgId, after, false);
        const oldParent = locked.get(oldParentId);
        await recompute(em, [
          ...(oldParent ? [{ id: oldParentId, level: oldParent.level as Level }] : []),
          ...storedAncestors(locked, row),
          { id: parent.id as string, level: parent.level as Level },
          ...storedAncestors(locked, parent),
        ]);
      }
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'plan_node',
        entityId: input.id,
        action: 'move',
        before: { parentId: before.parent_id, sortOrder: before.sort_order, dimension: before.dimension },
        after: { parentId: after.parent_id, sortOrder: after.sort_order, dimension: after.dimension },
      });
      return this.fetch(em, caller.orgId, input.id);
    });
    this.publish(caller, dto.id, 'move');
    return dto;
  }

  /** Soft-deletes the node and its whole subtree as one batch, so that one restore brings it all back. */
  async remove(caller: MemberCaller, input: DeleteNodeInput, requestId: string): Promise<PlanNodeDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      const locked = await lockPaths(em, caller.orgId, [input.id]);
      const row = liveNode(locked, input.id);
      if (!canActOnNode(actorOf(caller), 'delete', placeOf(locked, row))) throw forbidden(NOT_ALLOWED);
      assertPlanOpen(row.plan_status, 'id');
      assertVersion(row, input.version);
      await lockSubtree(em, caller.orgId, input.id, 'AND n.deleted_at IS NULL');
      const deleted = await sql<{ id: string; depth: number }>(
        em,
        `UPDATE plan_nodes SET deleted_at = now(), deleted_batch = $3, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND (id = $2 OR ${below('plan_nodes', '$2::uuid')}) AND deleted_at IS NULL
          RETURNING id, depth`,
        [caller.orgId, input.id, randomUUID()],
      );
      await recompute(em, storedAncestors(locked, row));
      await this.audit.recordMany(em, { ...auditBy(caller, requestId), entity: 'plan_node', action: 'delete' }, topDown(deleted));
      return this.fetch(em, caller.orgId, input.id, true);
    });
    this.publish(caller, dto.id, 'delete');
    return dto;
  }

  /** Brings back the batch the node was deleted with: the whole subtree deleted at once, however deep the node sits in it. */
  async restore(caller: MemberCaller, id: string, requestId: string): Promise<PlanNodeDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      // The batch's root: the topmost node on the named node's path deleted in the same batch.
      const [deleted] = await sql<Row>(
        em,
        `SELECT b.id, b.parent_id FROM plan_nodes n JOIN plan_nodes b ON b.id = ANY(n.ancestor_ids || n.id) AND b.deleted_batch = n.deleted_batch
          WHERE n.id = $1 AND n.org_id = $2 AND n.deleted_at IS NOT NULL ORDER BY b.depth LIMIT 1`,
        [id, caller.orgId],
      );
      if (!deleted) throw notFound('The deleted node');
      const locked = await lockPaths(em, caller.orgId, [deleted.id as string, deleted.parent_id as string].filter(Boolean));
      const root = locked.get(deleted.id as string);
      if (!root?.deleted_batch) throw notFound('The deleted node');
      const parent = root.parent_id ? locked.get(root.parent_id as string) : undefined;
      if (parent?.deleted_at) throw badInput('id', 'What it hangs under is deleted too. Restore that first.');
      if (!canActOnNode(actorOf(caller), 'delete', placeOf(locked, root))) throw forbidden(NOT_ALLOWED);
      assertPlanOpen(root.plan_status, 'id');
      await lockSubtree(em, caller.orgId, root.id as string, 'AND n.deleted_batch = $3', [root.deleted_batch]);
      const restored = await sql<{ id: string; depth: number }>(
        em,
        `UPDATE plan_nodes SET deleted_at = NULL, deleted_batch = NULL, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND (id = $2 OR ${below('plan_nodes', '$2::uuid')}) AND deleted_batch = $3 RETURNING id, depth`,
        [caller.orgId, root.id, root.deleted_batch],
      );
      await recompute(em, storedAncestors(locked, root));
      await this.audit.recordMany(em, { ...auditBy(caller, requestId), entity: 'plan_node', action: 'restore' }, topDown(restored));
      return this.fetch(em, caller.orgId, id);
    });
    this.publish(caller, dto.id, 'restore');
    return dto;
  }

  private async fetch(em: EntityManager, orgId: string, id: string, includeDeleted = false): Promise<PlanNodeDto> {
    const [row] = await sql<Row>(em, `${NODE_SELECT} WHERE n.id = $1 AND n.org_id = $2 ${includeDeleted ? '' : 'AND n.deleted_at IS NULL'}`, [id, orgId]);
    if (!row) throw notFound('The node');
    return toNodeDto(row);
  }

  private async parentDimension(em: EntityManager, row: Row): Promise<Dimension> {
    if (!row.parent_id) return ROOT_DIMENSION;
    const [parent] = await sql<{ dimension: Dimension }>(em, `SELECT dimension FROM plan_nodes WHERE id = $1`, [row.parent_id]);
    return parent?.dimension ?? ROOT_DIMENSION;
  }

  /**
   * Hands a node's new dimension down to the descendants that follow it: those
   * with no dimension of their own and none set on the way between.
   */
  private async spreadDimension(em: EntityManager, orgId: string, node: Row, lock = true): Promise<void> {
    if (lock) await lockSubtree(em, orgId, node.id as string);
    await sql(
      em,
      `UPDATE plan_nodes d SET dimension = $3
        WHERE d.org_id = $1 AND ${below('d', '$2::uuid')} AND NOT d.dimension_explicit AND d.dimension <> $3
          AND NOT EXISTS (SELECT 1 FROM plan_nodes a WHERE a.id = ANY(d.ancestor_ids[$4:]) AND a.dimension_explicit)`,
      [orgId, node.id, node.dimension, (node.depth as number) + 2],
    );
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'plan_node', entityId: id, action, actorId: caller.userId });
  }
}

/** Ids of a subtree, top first: the order its audit rows are written in. */
const topDown = (rows: { id: string; depth: number }[]) => [...rows].sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id)).map((r) => r.id);

/** Parent links along a node's path (root first), for the domain's cycle check. */
function pathLinks(node: Row): Map<string, string | null> {
  const path = [...(node.ancestor_ids as string[]), node.id as string];
  return new Map(path.map((id, i) => [id, i === 0 ? null : path[i - 1]]));
}

function placementRule(level: Level): string {
  switch (level) {
    case 'strategy':
      return 'A strategy is the top of the plan: it has no parent.';
    case 'objective':
      return 'An objective hangs under a strategy.';
    case 'project':
      return 'A project hangs under an objective.';
    case 'task':
      return 'A task hangs under a project.';
    case 'activity':
      return 'An activity hangs under a task or directly under a project.';
  }
}

/** A checklist as stored: only text and done, in the given order. */
const checklistJson = (items: readonly ChecklistItemInput[]): string => JSON.stringify(items.map(({ text, done }) => ({ text, done })));

/** The same items in the same order, whatever is ticked. */
const sameItems = (stored: readonly { text: string }[], given: readonly { text: string }[]): boolean =>
  stored.length === given.length && stored.every((item, i) => item.text === given[i].text);

/**
 * A node's dependencies must be live nodes of its plan (another
 * organisation's ids answer like unknown ones), never the node itself, and
 * must not close a cycle: one recursive statement follows depends_on from
 * the new list (through deleted nodes too, whose links a restore brings back)
 * and fails when it reaches the node. Ids the node already depended on are
 * kept without a check, so a dependency on a node deleted since does not
 * block other edits. Writers of a plan's dependencies take turns (an
 * advisory lock per plan), so two edits cannot each close half a cycle.
 */
async function assertDependencies(em: EntityManager, orgId: string, planId: string, nodeId: string | null, current: readonly string[], next: readonly string[]): Promise<void> {
  if (next.length === 0) return;
  if (nodeId !== null && next.includes(nodeId)) throw badInput('dependsOn', 'A node cannot depend on itself.');
  const added = next.filter((id) => !current.includes(id));
  if (nodeId !== null) await sql(em, `SELECT pg_advisory_xact_lock(hashtextextended('plan_dependencies:' || $1::text, 0))`, [planId]);
  const [check] = await sql<{ unknown: number; cycle: boolean }>(
    em,
    `WITH RECURSIVE reach(id) AS (
       SELECT unnest($3::uuid[])
       UNION
       SELECT d.id FROM reach r JOIN plan_nodes n ON n.id = r.id AND n.org_id = $1 AND n.plan_id = $2 CROSS JOIN LATERAL unnest(n.depends_on) AS d(id)
     )
     SELECT (SELECT count(*)::int FROM unnest($4::uuid[]) AS x(id)
              WHERE NOT EXISTS (SELECT 1 FROM plan_nodes n WHERE n.id = x.id AND n.org_id = $1 AND n.plan_id = $2 AND n.deleted_at IS NULL)) AS unknown,
            ($5::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM reach WHERE reach.id = $5::uuid)) AS cycle`,
    [orgId, planId, next, added, nodeId],
  );
  if (check.unknown > 0) throw badInput('dependsOn', 'A dependency must be a node of the same plan.');
  if (check.cycle) throw badInput('dependsOn', 'These dependencies would make a cycle: the node would end up waiting for itself.');
}

function kpiColumns(kpi: KpiInput | null): unknown[] {
  return kpi ? [kpi.name, kpi.unit ?? null, kpi.direction, kpi.baseline, kpi.target, kpi.actual ?? null] : [null, null, null, null, null, null];
}

/** Setting a KPI derives the node's own progress from it; removing it leaves the last figure as typed progress. */
function kpiChanges(kpi: KpiInput | null): Row {
  if (kpi === null) return { kpi_name: null, kpi_unit: null, kpi_direction: null, kpi_baseline: null, kpi_target: null, kpi_actual: null };
  const [name, unit, direction, baseline, target, actual] = kpiColumns(kpi);
  return {
    kpi_name: name,
    kpi_unit: unit,
    kpi_direction: direction,
    kpi_baseline: baseline,
    kpi_target: target,
    kpi_actual: actual,
    own_progress: kpiProgress({ ...kpi, actual: kpi.actual ?? null }),
  };
}

/** A versioned write of a live node's columns; CONFLICT with the current values when the version is stale. */
function updateLiveNode(em: EntityManager, input: { id: string; version: number }, changes: Row, options: { skipUnchanged?: boolean } = {}) {
  return updateVersioned(em, {
    ...options,
    table: 'plan_nodes',
    id: input.id,
    version: input.version,
    what: 'The node',
    extraWhere: 'AND deleted_at IS NULL',
    toClient: toConflictView,
    changes,
  });
}
