import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { health, NodeStatus, planYearBounds, STATUSES, timeElapsed } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { preparedSql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import type { CheckInWeekDto, PlanDashboardDto, ProgressPointDto } from '../dtos/plan-dashboard.dto';
import type { FieldTree } from '../../../common/graphql/selection';
import { CHILD_COUNT_COLUMN, PLAN_SELECT, toPlanDto } from './cascade-sql.util';
import { nodeListShape } from './node-list.util';
import { pacedNode } from './paced-node.util';
import { PlanTreeService } from './plan-tree.service';

/** Enough days of history for a plan's whole life (planned ahead, its year, a review after). */
const TREND_DAYS = 800;
const CHECK_IN_WEEKS = 12;

/** The node fields an objective's pace (time elapsed, health) is computed from, read whatever the query asks for. */
const PACE_FIELDS = ['startDate', 'dueDate', 'status', 'progress'];

/**
 * The executive dashboard of a plan: a fixed number of set-based statements
 * whatever the plan's size, each prepared once per connection. Reading it
 * records the plan's progress of the day (one row per plan per day), which is
 * where the trend line comes from.
 */
@Injectable()
export class PlanDashboardService {
  constructor(
    private readonly db: TenantDb,
    private readonly tree: PlanTreeService,
  ) {}

  /** `objectiveFields`: what the query asks for on each objective's node (only those columns are read). */
  dashboard(caller: MemberCaller, planId: string, objectiveFields: FieldTree): Promise<PlanDashboardDto> {
    const fields = new Map(objectiveFields);
    for (const field of PACE_FIELDS) if (!fields.has(field)) fields.set(field, new Map());
    const shape = nodeListShape(fields);
    return this.db.run(caller, async (em) => {
      const [row] = await preparedSql<Row>(
        em,
        `SELECT x.*, o.fiscal_year_start_month, current_date::text AS today
           FROM (${PLAN_SELECT} WHERE p.id = $1 AND p.org_id = $2) x JOIN organizations o ON o.id = x.org_id`,
        [planId, caller.orgId],
      );
      if (!row) throw notFound('The plan');
      const plan = toPlanDto(row);
      const today = row.today as string;
      const { start, end } = planYearBounds(plan.year, row.fiscal_year_start_month as number);
      const elapsed = timeElapsed(start, end, today);

      const objectives = await preparedSql<Row>(
        em,
        `SELECT ${shape.columns}${fields.has('childCount') ? `, ${CHILD_COUNT_COLUMN}` : ''}
           FROM plan_nodes n JOIN plan_nodes s ON s.id = n.parent_id ${shape.joins}
          WHERE n.org_id = $1 AND n.plan_id = $2 AND n.level = 'objective' AND n.deleted_at IS NULL
          ORDER BY s.sort_order, s.created_at, s.id, n.sort_order, n.created_at, n.id`,
        [caller.orgId, planId],
      );
      // From the plan's tallies (kept by triggers on plan_nodes), not by counting its nodes.
      const counts = await preparedSql<Row>(
        em,
        `SELECT t.status, sum(t.nodes)::int AS count,
                coalesce(sum(t.nodes) FILTER (WHERE t.due_date < current_date AND t.status NOT IN ('done', 'cancelled')), 0)::int AS overdue
           FROM plan_node_tallies t WHERE t.org_id = $1 AND t.plan_id = $2 GROUP BY t.status`,
        [caller.orgId, planId],
      );
      const activity = await this.checkInActivity(em, caller.orgId, planId);
      // The cascade's own read, in this transaction, from the plan's progress read above.
      const operationsIndex = await this.tree.operationsIndexIn(em, caller.orgId, planId, null, plan.progress);
      // Last: recording takes the day's row lock until this commits (other readers skip their write meanwhile).
      const trend = await this.recordAndReadTrend(em, caller.orgId, planId, today, plan.progress, plan.status === 'archived');

      const byStatus = new Map(counts.map((c) => [c.status as NodeStatus, c.count as number]));
      return {
        plan,
        today,
        progress: plan.progress,
        yearStart: start,
        yearEnd: end,
        timeElapsed: elapsed,
        health: health(plan.progress, elapsed),
        objectives: shape.toDtos(objectives).map((node) => pacedNode(node, today)),
        statusCounts: STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
        overdueCount: counts.reduce((sum, c) => sum + (c.overdue as number), 0),
        trend,
        checkInActivity: activity,
        operationsIndex,
      };
    });
  }

  /**
   * The history of the plan's daily figures, with today's recorded (one row
   * per plan per day). Today's row is written only when the figure has moved
   * since it was last recorded, so readers of a quiet plan take no lock at
   * all; and a reader that finds another updating today's row skips its own
   * write rather than queue behind it, so dashboards read together do not
   * wait on one another. The row then keeps that reader's figure, which may
   * be a moment older than this one's; the next read records the newer. Only
   * the day's first figure is inserted, and two readers inserting it at once
   * do wait (ON CONFLICT), once a day per plan. The answer always ends with
   * the figure this read computed. An archived plan no longer changes, so
   * reading it records nothing.
   */
  private async recordAndReadTrend(em: EntityManager, orgId: string, planId: string, today: string, progress: number, archived: boolean): Promise<ProgressPointDto[]> {
    const rows = await preparedSql<Row>(
      em,
      `SELECT day::text AS date, progress::float8 AS progress, day = current_date AS today
         FROM (SELECT day, progress FROM plan_progress_snapshots WHERE org_id = $1 AND plan_id = $2 AND day <= current_date
                ORDER BY day DESC LIMIT ${TREND_DAYS}) h
        ORDER BY day`,
      [orgId, planId],
    );
    const trend = rows.map((r) => ({ date: r.date as string, progress: r.progress as number }));
    if (archived) return trend;
    const figure = Math.round(progress * 1e4) / 1e4;
    const recorded = rows.at(-1)?.today ? trend.at(-1) : undefined;
    if (recorded?.progress === figure) return trend;
    await preparedSql(
      em,
      recorded
        ? `WITH mine AS (SELECT plan_id, day FROM plan_progress_snapshots WHERE org_id = $1 AND plan_id = $2 AND day = current_date FOR UPDATE SKIP LOCKED)
           UPDATE plan_progress_snapshots s SET progress = round($3::numeric, 4) FROM mine WHERE s.plan_id = mine.plan_id AND s.day = mine.day`
        : `INSERT INTO plan_progress_snapshots (org_id, plan_id, day, progress) VALUES ($1, $2, current_date, round($3::numeric, 4))
           ON CONFLICT (plan_id, day) DO NOTHING`,
      [orgId, planId, progress],
    );
    const point = { date: today, progress: figure };
    return recorded ? [...trend.slice(0, -1), point] : [...trend.slice(-(TREND_DAYS - 1)), point];
  }

  /** Check-ins on the plan's live nodes per week, the last CHECK_IN_WEEKS weeks, empty weeks included. */
  private async checkInActivity(em: EntityManager, orgId: string, planId: string): Promise<CheckInWeekDto[]> {
    // The first Monday as an expression, not a subquery, so the planner can estimate the range on node_check_ins_org_created_idx.
    const first = `date_trunc('week', now()) - interval '${CHECK_IN_WEEKS - 1} weeks'`;
    // Each check-in's node looked up by id (LATERAL … OFFSET 0): as the app role, under row-level security,
    // a plain join made the planner walk the whole plan's primary key instead (28 ms against 5 at 100k nodes).
    const rows = await preparedSql<Row>(
      em,
      `SELECT w.week::date::text AS week, count(c.id)::int AS count, avg(c.confidence)::float8 AS average_confidence
         FROM generate_series(${first}, date_trunc('week', now()), interval '1 week') AS w(week)
         LEFT JOIN (SELECT c.id, c.confidence, date_trunc('week', c.created_at) AS week
                      FROM node_check_ins c
                     CROSS JOIN LATERAL (SELECT 1 FROM plan_nodes n
                                          WHERE n.id = c.node_id AND n.org_id = $1 AND n.plan_id = $2 AND n.deleted_at IS NULL OFFSET 0) live
                     WHERE c.org_id = $1 AND c.created_at >= ${first}) c ON c.week = w.week
        GROUP BY w.week ORDER BY w.week`,
      [orgId, planId],
    );
    return rows.map((r) => ({ week: r.week as string, count: r.count as number, averageConfidence: r.average_confidence as number | null }));
  }
}
