import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canActOnNode, KpiDirection, kpiProgress, NodeAction, NodeStatus } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, forbidden } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { memberIn } from '../../members/services/members.service';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { PlanNodeDto } from '../dtos/plan-node.dto';
import type { NodeCheckInDto } from '../dtos/node-check-in.dto';
import type { AddCheckInInput, UpdateProgressInput } from '../dtos/inputs/report.inputs';
import { decimalText, NODE_COLUMNS, NODE_SELECT, nodeHistory, rolledUp, toNodeDto } from './cascade-sql.util';
import { actorOf, assertPlanOpen, assertVersion, liveNode, lockPaths, placeOf, recompute, storedAncestors, writeTx } from './cascade-locks.util';

interface Report {
  id: string;
  version: number;
  progress?: number | null;
  kpiActual?: string | null;
  status?: NodeStatus | null;
  action: Extract<NodeAction, 'progress' | 'check_in'>;
}

const progressView = (row: Row) => ({ ownProgress: Number(row.own_progress), kpiActual: decimalText(row.kpi_actual), status: row.status });

const toCheckInDto = (row: Row): NodeCheckInDto => ({
  id: row.id as string,
  orgId: row.org_id as string,
  nodeId: row.node_id as string,
  authorId: row.author_id as string | null,
  progress: Number(row.progress),
  kpiActual: decimalText(row.kpi_actual),
  confidence: row.confidence as number,
  note: row.note as string | null,
  createdAt: row.created_at as Date,
});

/** Owners reporting on their work: progress updates (the hot path) and check-ins. */
@Injectable()
export class NodeReportsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  async updateProgress(caller: MemberCaller, input: UpdateProgressInput, requestId: string): Promise<PlanNodeDto> {
    if (input.progress == null && input.kpiActual == null && input.status == null) {
      throw badInput('progress', 'Report progress, the KPI’s actual or a status.');
    }
    const { row, changed } = await writeTx(this.db, caller, async (em) => {
      const reported = await this.report(em, caller, requestId, { ...input, action: 'progress' });
      // A report of what is already there is answered with the node as it stands.
      if (reported.changed) return reported;
      const [current] = await sql<Row>(em, `${NODE_SELECT} WHERE n.id = $1`, [input.id]);
      return { row: current, changed: false };
    });
    if (changed) this.publish(caller, input.id, 'progress');
    return toNodeDto(row);
  }

  /** `withAuthor`: the answer asks for its author, read here rather than in a transaction of its own. */
  async addCheckIn(caller: MemberCaller, input: AddCheckInInput, requestId: string, withAuthor = false): Promise<NodeCheckInDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      const { row: node } = await this.report(em, caller, requestId, { id: input.nodeId, version: input.version, progress: input.progress, kpiActual: input.kpiActual, action: 'check_in' });
      const [row] = await sql<Row>(
        em,
        `INSERT INTO node_check_ins (org_id, node_id, author_id, progress, kpi_actual, confidence, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        // Where the node stands after the report: for a parent its rolled-up progress, which its own figure does not move.
        [caller.orgId, input.nodeId, caller.membershipId, node.progress ?? node.own_progress, node.kpi_actual, input.confidence, input.note || null],
      );
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'node_check_in',
        entityId: row.id as string,
        action: 'create',
        after: { nodeId: row.node_id, progress: Number(row.progress), kpiActual: decimalText(row.kpi_actual), confidence: row.confidence, note: row.note },
      });
      const checkIn = toCheckInDto(row);
      if (withAuthor) checkIn.author = await memberIn(em, caller.orgId, caller.membershipId);
      return checkIn;
    });
    this.publish(caller, input.nodeId, 'check_in');
    return dto;
  }

  /** The node's check-ins, oldest first (the history the trend chart draws). */
  checkIns(caller: MemberCaller, nodeId: string): Promise<NodeCheckInDto[]> {
    return this.db.run(caller, async (em) => (await nodeHistory(em, 'node_check_ins', caller.orgId, nodeId)).map(toCheckInDto));
  }

  /**
   * The hot path. Locks the node's path top-down, writes the report and the
   * node's own roll-up in one statement, then recomputes each stored ancestor
   * (at most three: task, project, objective) and audits: a handful of
   * statements whatever the size of the plan. A progress update that
   * changes nothing (the same figure and status saved again) writes nothing:
   * no new version to collide with someone else's edit, no empty audit entry.
   * A check-in always writes: it is a report at a point in time.
   */
  private async report(em: EntityManager, caller: MemberCaller, requestId: string, r: Report): Promise<{ row: Row; changed: boolean }> {
    const locked = await lockPaths(em, caller.orgId, [r.id]);
    const row = liveNode(locked, r.id);
    if (!canActOnNode(actorOf(caller), r.action, placeOf(locked, row))) throw forbidden('You may report only on work you own or your department runs.');
    assertPlanOpen(row.plan_status, r.action === 'check_in' ? 'nodeId' : 'id');
    const { own, kpiActual } = reportedValue(row, r);
    assertVersion(row, r.version);
    // PostgreSQL says whether a progress update differs, in the columns' own types and rounding.
    const differs = r.action === 'progress' ? ` AND (n.own_progress, n.kpi_actual, n.status) IS DISTINCT FROM ($2::numeric(7,4), $3::numeric, $4::varchar)` : '';
    const [after] = await sql<Row>(
      em,
      `UPDATE plan_nodes n SET own_progress = $2::numeric(7,4), kpi_actual = $3::numeric, status = $4::varchar,
              progress = CASE WHEN n.depth = 0 THEN NULL ELSE ${rolledUp('n', '$4::varchar', '$2::numeric(7,4)')} END,
              version = n.version + 1, updated_at = now()
        WHERE n.id = $1${differs} RETURNING ${NODE_COLUMNS}`,
      [r.id, own, kpiActual, r.status ?? row.status],
    );
    // No row back: the node is locked, so nothing differed.
    if (!after) return { row, changed: false };
    await recompute(em, storedAncestors(locked, row));
    await this.audit.record(em, {
      ...auditBy(caller, requestId),
      entity: 'plan_node',
      entityId: r.id,
      action: 'progress',
      before: progressView(row),
      after: progressView(after),
    });
    return { row: after, changed: true };
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'plan_node', entityId: id, action, actorId: caller.userId });
  }
}

/**
 * A node with a KPI reports its actual and derives its progress from it; one
 * without reports progress. Either may be left out: a progress update may
 * change only the status, and a check-in on a parent (whose progress rolls
 * up from its children) reports confidence and a note on the progress as it
 * stands.
 */
function reportedValue(row: Row, r: Report): { own: number | string; kpiActual: string | null } {
  const current = { own: row.own_progress as string, kpiActual: row.kpi_actual as string | null };
  if (row.kpi_direction) {
    if (r.progress != null) throw badInput('progress', 'This node’s progress comes from its KPI: report the KPI’s actual instead.');
    if (r.kpiActual == null) return current;
    const own = kpiProgress({
      direction: row.kpi_direction as KpiDirection,
      baseline: String(row.kpi_baseline),
      target: String(row.kpi_target),
      actual: r.kpiActual,
    });
    return { own, kpiActual: r.kpiActual };
  }
  if (r.kpiActual != null) throw badInput('kpiActual', 'This node has no KPI: report its progress instead.');
  if (r.progress == null) return current;
  return { own: r.progress, kpiActual: null };
}
