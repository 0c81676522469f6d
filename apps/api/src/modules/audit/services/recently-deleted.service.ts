import { Injectable } from '@nestjs/common';
import { can } from '@opsplan/domain';
import type { Level } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row } from '../../../database/versioned-update';
import { notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import type { DeletedItemDto, DeletedItemKind } from '../dtos/deleted-item.dto';

/** How long a deletion stays on the "recently deleted" list (restore mutations still take older ones). */
export const RECENTLY_DELETED_WINDOW = '6 months';

/**
 * One statement for the whole list, whatever its length: each kind's deleted
 * rows (plan nodes and departments collapsed to one row per batch, its top
 * item, with the batch's size), then the deleting audit row of each listed
 * item through a partial index on the audit log's deletions.
 */
const LIST = `
  WITH deleted AS (
    SELECT 'planNode' AS kind, 'plan_node' AS entity, b.id, b.title, NULL::varchar AS title_zh, NULL::varchar AS stage_key, b.level,
           b.plan_id, pl.name AS context, b.items, b.deleted_at, coalesce(p.deleted_at IS NOT NULL, false) AS parent_deleted
      FROM (SELECT DISTINCT ON (n.deleted_batch) n.id, n.title, n.level, n.plan_id, n.parent_id, n.deleted_at,
                   count(*) OVER (PARTITION BY n.deleted_batch)::int AS items
              FROM plan_nodes n
             WHERE $3 AND n.org_id = $1 AND n.deleted_batch IS NOT NULL AND n.deleted_at > now() - $5::interval
               AND ($2::uuid IS NULL OR n.plan_id = $2::uuid)
             ORDER BY n.deleted_batch, n.depth) b
      JOIN plans pl ON pl.id = b.plan_id
      LEFT JOIN plan_nodes p ON p.id = b.parent_id
    UNION ALL
    SELECT 'department', 'department', b.id, b.name, NULL, NULL, NULL, NULL, b.parent_name, b.items, b.deleted_at, b.parent_deleted
      FROM (SELECT DISTINCT ON (d.deleted_batch) d.id, d.name, d.deleted_at, p.name AS parent_name,
                   coalesce(p.deleted_at IS NOT NULL AND p.deleted_batch IS DISTINCT FROM d.deleted_batch, false) AS parent_deleted,
                   count(*) OVER (PARTITION BY d.deleted_batch)::int AS items
              FROM departments d LEFT JOIN departments p ON p.id = d.parent_id
             WHERE $4 AND $2::uuid IS NULL AND d.org_id = $1 AND d.deleted_batch IS NOT NULL AND d.deleted_at > now() - $5::interval
             -- the batch's top department: the one whose parent is not in the batch
             ORDER BY d.deleted_batch, p.deleted_batch IS NOT DISTINCT FROM d.deleted_batch) b
    UNION ALL
    SELECT 'cycleStage', 'cycle_stage', s.id, s.name, NULL, s.key, NULL, c.plan_id, c.name, 1, s.deleted_at, false
      FROM cycle_stages s JOIN planning_cycles c ON c.id = s.cycle_id
     WHERE $6 AND s.org_id = $1 AND s.deleted_at > now() - $5::interval AND ($2::uuid IS NULL OR c.plan_id = $2::uuid)
    UNION ALL
    SELECT 'planTemplate', 'plan_template', t.id, t.name_en, t.name_zh, NULL, NULL, NULL, NULL, 1, t.deleted_at, false
      FROM plan_templates t
     WHERE $3 AND $2::uuid IS NULL AND t.org_id = $1 AND t.deleted_at > now() - $5::interval
  )
  SELECT d.*, u.id AS user_id, u.email, u.display_name, u.locale
    FROM deleted d
    LEFT JOIN LATERAL (SELECT a.actor_user_id FROM audit_log a
                        WHERE a.org_id = $1 AND a.entity = d.entity AND a.entity_id = d.id::text AND a.action = 'delete'
                        ORDER BY a.id DESC LIMIT 1) a ON true
    LEFT JOIN users u ON u.id = a.actor_user_id
   ORDER BY d.deleted_at DESC, d.id`;

/** The organisation's recent deletions that the caller may undo, newest first. */
@Injectable()
export class RecentlyDeletedService {
  constructor(private readonly db: TenantDb) {}

  list(caller: MemberCaller, planId: string | null): Promise<DeletedItemDto[]> {
    return this.db.run(caller, async (em) => {
      if (planId) {
        const [plan] = await sql(em, `SELECT 1 FROM plans WHERE id = $1 AND org_id = $2`, [planId, caller.orgId]);
        if (!plan) throw notFound('The plan');
      }
      // Each kind is listed only to those whose role may restore it.
      const rows = await sql<Row>(em, LIST, [
        caller.orgId,
        planId,
        can(caller.role, 'plans.manage'),
        can(caller.role, 'departments.manage'),
        RECENTLY_DELETED_WINDOW,
        can(caller.role, 'cycles.manage'),
      ]);
      return rows.map((r) => ({
        kind: r.kind as DeletedItemKind,
        id: r.id as string,
        title: r.title as string,
        titleZh: (r.title_zh as string | null) ?? null,
        stageKey: (r.stage_key as string | null) ?? null,
        level: (r.level as Level | null) ?? null,
        planId: (r.plan_id as string | null) ?? null,
        context: (r.context as string | null) ?? null,
        itemCount: r.items as number,
        deletedAt: r.deleted_at as Date,
        deletedBy: r.user_id
          ? { id: r.user_id as string, email: r.email as string, displayName: r.display_name as string, locale: (r.locale as string | null) ?? null }
          : null,
        parentDeleted: r.parent_deleted as boolean,
      }));
    });
  }
}
