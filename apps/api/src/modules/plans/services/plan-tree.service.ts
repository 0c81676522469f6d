import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Dimension, DIMENSIONS, LEVELS, operationsIndex, RollUpNode } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { preparedSql, sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import type { FieldTree } from '../../../common/graphql/selection';
import type { PlanNodeDto } from '../dtos/plan-node.dto';
import type { OperationsIndexDto } from '../dtos/operations-index.dto';
import { below, CHILD_COUNT_COLUMN, NODE_SELECT, PLAN_SELECT, progressOf, toNodeDto } from './cascade-sql.util';
import { nodeListShape } from './node-list.util';

const ORDER = `ORDER BY n.depth, n.sort_order, n.created_at, n.id`;


/** The plan or subtree root in the domain's terms; its stand-ins hang directly under it. */
const ROOT = '(root)';

/**
 * Reads of the cascade. Each is a fixed number of set-based statements,
 * whatever the size of the plan: the tree comes back flat, with parentId, for
 * the client to assemble.
 */
@Injectable()
export class PlanTreeService {
  constructor(private readonly db: TenantDb) {}

  /**
   * The plan's top `depth` levels with their roll-ups (strategies' computed
   * now); with `fitWithin`, only as many of them as fit in that many nodes.
   */
  outline(caller: MemberCaller, planId: string, requestedDepth: number, fields: FieldTree, fitWithin: number | null = null): Promise<PlanNodeDto[]> {
    if (!Number.isInteger(requestedDepth) || requestedDepth < 1 || requestedDepth > LEVELS.length) {
      throw badInput('depth', `depth must be between 1 and ${LEVELS.length}.`);
    }
    if (fitWithin !== null && (!Number.isInteger(fitWithin) || fitWithin < 1)) throw badInput('fitWithin', 'fitWithin must be a whole number of nodes, at least 1.');
    return this.db.run(caller, async (em) => {
      let depth = requestedDepth;
      if (fitWithin === null) await this.assertPlan(em, caller.orgId, planId);
      else depth = await this.depthWithin(em, caller.orgId, planId, requestedDepth, fitWithin);
      // Child counts in one grouped pass over the level below, not one lookup per row.
      const shape = nodeListShape(fields);
      const rows = await preparedSql<Row>(
        em,
        fields.has('childCount')
          ? `WITH kids AS (SELECT parent_id, count(*)::int AS n FROM plan_nodes
                          WHERE org_id = $1 AND plan_id = $2 AND depth BETWEEN 1 AND $3 AND deleted_at IS NULL GROUP BY parent_id)
             SELECT ${shape.columns}, coalesce(kids.n, 0) AS child_count
               FROM plan_nodes n LEFT JOIN kids ON kids.parent_id = n.id ${shape.joins}
              WHERE n.org_id = $1 AND n.plan_id = $2 AND n.depth < $3 AND n.deleted_at IS NULL ${ORDER}`
          : `SELECT ${shape.columns} FROM plan_nodes n ${shape.joins}
              WHERE n.org_id = $1 AND n.plan_id = $2 AND n.depth < $3 AND n.deleted_at IS NULL ${ORDER}`,
        [caller.orgId, planId, depth],
      );
      return shape.toDtos(rows);
    });
  }

  /**
   * The most of the top `depth` levels whose nodes number at most `limit`;
   * two at least (a plan is read by its objectives). Also checks that the
   * plan exists (no row at all when it does not), in the same statement.
   */
  private async depthWithin(em: EntityManager, orgId: string, planId: string, depth: number, limit: number): Promise<number> {
    const counts = await preparedSql<{ depth: number | null; nodes: number }>(
      em,
      `SELECT n.depth, count(n.id)::int AS nodes
         FROM plans p LEFT JOIN plan_nodes n ON n.plan_id = p.id AND n.org_id = p.org_id AND n.depth < $3 AND n.deleted_at IS NULL
        WHERE p.id = $2 AND p.org_id = $1 GROUP BY n.depth`,
      [orgId, planId, depth],
    );
    if (counts.length === 0) throw notFound('The plan');
    const atDepth = new Map(counts.map((c) => [c.depth, c.nodes]));
    let fitting = Math.min(depth, 2);
    let total = (atDepth.get(0) ?? 0) + (atDepth.get(1) ?? 0);
    while (fitting < depth && total + (atDepth.get(fitting) ?? 0) <= limit) total += atDepth.get(fitting++) ?? 0;
    return fitting;
  }

  /** A node and everything below it. */
  subtree(caller: MemberCaller, id: string, fields: FieldTree): Promise<PlanNodeDto[]> {
    return this.db.run(caller, async (em) => {
      const shape = nodeListShape(fields);
      const rows = await preparedSql<Row>(
        em,
        `SELECT ${shape.columns} FROM plan_nodes n ${shape.joins}
          WHERE n.org_id = $1 AND (n.id = $2 OR ${below('n', '$2::uuid')}) AND n.deleted_at IS NULL ${ORDER}`,
        [caller.orgId, id],
      );
      if (!rows.some((r) => r.id === id)) throw notFound('The node');
      // Every live child of a subtree node is in the subtree: count them here.
      const children = new Map<unknown, number>();
      for (const r of rows) children.set(r.parent_id, (children.get(r.parent_id) ?? 0) + 1);
      for (const r of rows) r.child_count = children.get(r.id) ?? 0;
      return shape.toDtos(rows);
    });
  }

  node(caller: MemberCaller, id: string): Promise<PlanNodeDto> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `${NODE_SELECT} WHERE n.id = $1 AND n.org_id = $2 AND n.deleted_at IS NULL`, [id, caller.orgId]);
      if (!row) throw notFound('The node');
      return toNodeDto(row);
    });
  }

  /** The caller's own work in plans that are not archived: overdue first, then by due date. */
  myWork(caller: MemberCaller, fields: FieldTree): Promise<PlanNodeDto[]> {
    return this.db.run(caller, async (em) => {
      const shape = nodeListShape(fields);
      const rows = await preparedSql<Row>(
        em,
        `SELECT ${shape.columns}${fields.has('childCount') ? `, ${CHILD_COUNT_COLUMN}` : ''}
           FROM plan_nodes n JOIN plans p ON p.id = n.plan_id ${shape.joins}
          WHERE n.org_id = $1 AND n.owner_id = $2 AND n.deleted_at IS NULL AND p.status <> 'archived'
          ORDER BY (n.due_date < current_date AND n.status NOT IN ('done', 'cancelled')) DESC, n.due_date NULLS LAST, n.title, n.id`,
        [caller.orgId, caller.membershipId],
      );
      return shape.toDtos(rows);
    });
  }

  /**
   * Operations = organisation × production × marketing for the plan, or for
   * the subtree of `nodeId`. SQL picks the nodes that stand for a dimension
   * (the topmost live, non-cancelled node of each dimension on every path,
   * with no cancelled node above it in the subtree); their stored roll-ups
   * already cover what is below them, so the domain's operationsIndex gets
   * them as direct children of the root and does the arithmetic. A node's
   * dimension differs from its parent's only where it was set explicitly
   * (inherited ones follow their parent on every change and move), so the
   * search runs over those few nodes on their partial index, not the plan.
   */
  operationsIndex(caller: MemberCaller, planId: string, nodeId: string | null): Promise<OperationsIndexDto> {
    return this.db.run(caller, (em) => this.operationsIndexIn(em, caller.orgId, planId, nodeId));
  }

  /**
   * operationsIndex inside the caller's transaction (the dashboard's). With
   * `planProgress`, the plan's progress the caller already read, for the
   * whole plan: one statement fewer.
   */
  async operationsIndexIn(em: EntityManager, orgId: string, planId: string, nodeId: string | null, planProgress?: number): Promise<OperationsIndexDto> {
    let progress: number;
    let depth = -1;
    if (nodeId) {
      const [root] = await sql<Row>(
        em,
        `SELECT n.depth, (${progressOf('n')})::float8 AS progress FROM plan_nodes n
          WHERE n.id = $1 AND n.plan_id = $2 AND n.org_id = $3 AND n.deleted_at IS NULL`,
        [nodeId, planId, orgId],
      );
      if (!root) throw notFound('The node');
      progress = root.progress as number;
      depth = root.depth as number;
    } else if (planProgress !== undefined) {
      progress = planProgress;
    } else {
      const [plan] = await sql<Row>(em, `${PLAN_SELECT} WHERE p.id = $1 AND p.org_id = $2`, [planId, orgId]);
      if (!plan) throw notFound('The plan');
      progress = plan.progress as number;
    }
    const [scope, params] = nodeId
      ? [below('n', '$4::uuid'), [orgId, planId, depth, nodeId]]
      : [`TRUE`, [orgId, planId, depth]];
    const representatives = await preparedSql<Row>(
      em,
      `SELECT n.id, n.weight::float8 AS weight, n.dimension, (${progressOf('n')})::float8 AS progress
         FROM plan_nodes n LEFT JOIN plan_nodes up ON up.id = n.parent_id
        WHERE n.org_id = $1 AND n.plan_id = $2 AND ${scope} AND n.deleted_at IS NULL AND n.status <> 'cancelled'
          AND (n.depth = $3 + 1 OR (n.dimension_explicit AND up.dimension <> n.dimension))
          AND NOT EXISTS (SELECT 1 FROM plan_nodes a WHERE a.id = ANY(n.ancestor_ids[$3 + 2:]) AND a.status = 'cancelled')`,
      params,
    );
    // A node without children stands for itself (as in the domain's operationsIndex).
    const standIns = representatives.length > 0 || !nodeId ? representatives : await this.leafItself(em, nodeId);
    if (standIns.length === 0) return { progress, index: null, weakest: null, dimensions: DIMENSIONS.map((dimension) => ({ dimension, progress: null })) };
    const nodes: RollUpNode[] = [
      { id: ROOT, parentId: null, weight: 1, status: 'on_track', ownProgress: progress, dimension: 'organisation' },
      ...standIns.map((r) => ({ id: r.id as string, parentId: ROOT, weight: r.weight as number, status: 'on_track' as const, ownProgress: 0, dimension: r.dimension as Dimension })),
    ];
    const ops = operationsIndex(nodes, ROOT, new Map(standIns.map((r) => [r.id as string, r.progress as number])));
    return { progress, ...ops };
  }

  private async leafItself(em: EntityManager, nodeId: string): Promise<Row[]> {
    return sql<Row>(
      em,
      `SELECT n.id, n.weight::float8 AS weight, n.dimension, (${progressOf('n')})::float8 AS progress FROM plan_nodes n
        WHERE n.id = $1 AND n.status <> 'cancelled'
          AND NOT EXISTS (SELECT 1 FROM plan_nodes k WHERE k.parent_id = n.id AND k.deleted_at IS NULL)`,
      [nodeId],
    );
  }

  private async assertPlan(em: EntityManager, orgId: string, planId: string): Promise<void> {
    const [plan] = await sql(em, `SELECT 1 FROM plans WHERE id = $1 AND org_id = $2`, [planId, orgId]);
    if (!plan) throw notFound('The plan');
  }
}
