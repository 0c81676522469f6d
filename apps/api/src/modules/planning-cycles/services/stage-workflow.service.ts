import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CycleActor, decideStageAction, StageAction, StageRefusal, StageStatus } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { AppError, badInput, conflict, forbidden, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { CycleStageDto, StageAttachmentContentDto, StageAttachmentDto, StageDeliverableDto, StageEventDto } from '../dtos/cycle-stage.dto';
import type { AddAttachmentInput, ReturnCycleStageInput, StageVersionInput, UpdateDeliverableInput } from '../dtos/inputs/cycle.inputs';
import { writeTx } from '../../plans/services/cascade-locks.util';
import { BudgetLockChange, BudgetsService } from '../../budgets/services/budgets.service';
import { PLAN_SNAPSHOT, PlanSnapshotPort } from '../plan-snapshot.port';
import { FINANCIAL_BUDGET_KEY, fetchStage, OVERALL_PLAN_KEY } from './cycle-sql.util';
import { NotificationsService } from './notifications.service';

/** 180 KB: with base64 and the rest of the request it stays under the 256 KB GraphQL body limit. */
export const ATTACHMENT_MAX_BYTES = 180 * 1024;

const REFUSALS: Record<StageRefusal, (stage: string) => string> = {
  not_allowed: (s) => `Only the planning group’s leaders, executives and admins, or the member responsible for “${s}”, may do that.`,
  own_submission: (s) => `You submitted “${s}”: someone else must approve or return it.`,
  dependencies_not_approved: (s) => `“${s}” can be submitted once every stage it depends on is approved.`,
  already_approved: (s) => `“${s}” is approved: an approved stage is final.`,
  not_submitted: (s) => `“${s}” is not submitted, so there is nothing to approve or return.`,
  wrong_status: (s) => `“${s}” is submitted and waits for a decision.`,
};

const NOTIFICATION_KIND = { submit: 'stage_submitted', approve: 'stage_approved', return: 'stage_returned' } as const;

/** A stage row locked for a change, with what the rules need to know about it. */
interface LockedStage {
  row: Row;
  cycle: Row;
  dependencies: { id: string; name: string; status: StageStatus }[];
}

/** The work on a stage and the decisions about it: deliverables, attachments, submit, approve, return; with history and notifications. */
@Injectable()
export class StageWorkflowService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    private readonly notifications: NotificationsService,
    private readonly budgets: BudgetsService,
    @Optional() @Inject(PLAN_SNAPSHOT) private readonly versions?: PlanSnapshotPort,
  ) {}

  get(caller: MemberCaller, id: string): Promise<CycleStageDto> {
    return this.db.run(caller, (em) => fetchStage(em, caller.orgId, id));
  }

  submit(caller: MemberCaller, input: StageVersionInput, requestId: string): Promise<CycleStageDto> {
    return this.transition(caller, 'submit', input, null, requestId);
  }

  approve(caller: MemberCaller, input: StageVersionInput, requestId: string): Promise<CycleStageDto> {
    return this.transition(caller, 'approve', input, null, requestId);
  }

  returnStage(caller: MemberCaller, input: ReturnCycleStageInput, requestId: string): Promise<CycleStageDto> {
    return this.transition(caller, 'return', input, input.reason, requestId);
  }

  /**
   * One move of the stage's status. The stage row is locked and its version
   * and status checked under the lock, so of two people deciding at once
   * exactly one succeeds; the other is told it changed (CONFLICT). Approving
   * the financial budget locks the plan's budget, which refreshes KPI targets
   * under the cascade's locking protocol: the transaction retries like a
   * cascade write.
   */
  private async transition(
    caller: MemberCaller,
    action: 'submit' | 'approve' | 'return',
    input: StageVersionInput,
    reason: string | null,
    requestId: string,
  ): Promise<CycleStageDto> {
    let planApproved: string | null = null;
    let budgetLocked: BudgetLockChange | null = null;
    const dto = await writeTx(this.db, caller, async (em) => {
      planApproved = null;
      budgetLocked = null;
      const locked = await this.lockStage(em, caller, input.id);
      const { row, cycle } = locked;
      if (row.version !== input.version) {
        throw conflict('The stage was changed by someone else. Review their change and apply yours again.', {
          id: row.id,
          status: row.status,
          version: row.version,
        });
      }
      const next = this.decide(caller, action, locked);
      const submitted = action === 'submit';
      const [after] = await sql<Row>(
        em,
        `UPDATE cycle_stages SET status = $2, return_reason = $3, submitted_by = $4, submitted_at = $5, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING status, return_reason, version`,
        [
          row.id,
          next,
          action === 'return' ? reason : submitted ? null : row.return_reason,
          submitted ? caller.membershipId : action === 'return' ? null : row.submitted_by,
          submitted ? new Date() : action === 'return' ? null : row.submitted_at,
        ],
      );
      await sql(em, `INSERT INTO stage_events (org_id, stage_id, actor_id, action, from_status, to_status, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        caller.orgId,
        row.id,
        caller.membershipId,
        action,
        row.status,
        next,
        reason,
      ]);
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'cycle_stage',
        entityId: row.id as string,
        action,
        before: { status: row.status, returnReason: row.return_reason },
        after: { status: after.status, returnReason: after.return_reason },
      });
      // Submitting tells the group's leaders; a decision tells whoever answers for the stage and whoever submitted it.
      const recipients = submitted ? [cycle.leader_id, cycle.deputy_leader_id] : [row.responsible_id, row.submitted_by];
      await this.notifications.notify(em, {
        orgId: caller.orgId,
        recipients: recipients.filter((r): r is string => typeof r === 'string' && r !== caller.membershipId),
        kind: NOTIFICATION_KIND[action],
        cycleId: cycle.id as string,
        stageId: row.id as string,
        actorId: caller.membershipId,
        message: reason ? `${String(row.name)}: ${reason}` : String(row.name),
      });
      // Stage 7 hands over the three budget scenarios: its approval locks them (an approved stage is final, so nothing unlocks them here).
      if (action === 'approve' && row.key === FINANCIAL_BUDGET_KEY) budgetLocked = await this.budgets.lockForStageApproval(em, caller, cycle.plan_id as string, requestId);
      if (action === 'approve' && row.key === OVERALL_PLAN_KEY) planApproved = await this.approvePlan(em, caller, cycle, requestId);
      return fetchStage(em, caller.orgId, row.id as string);
    });
    this.publish(caller, 'cycle_stage', dto.id, action);
    this.publish(caller, 'notification', dto.id, 'create');
    if (planApproved) this.publish(caller, 'plan', planApproved, 'update');
    if (budgetLocked) this.budgets.publishLock(caller, budgetLocked);
    return dto;
  }

  /** Approving the overall plan approves the cycle's plan (a draft one) and records its version. */
  private async approvePlan(em: EntityManager, caller: MemberCaller, cycle: Row, requestId: string): Promise<string | null> {
    const [plan] = await sql<Row>(
      em,
      `UPDATE plans SET status = 'approved', version = version + 1, updated_at = now() WHERE id = $1 AND org_id = $2 AND status = 'draft'
       RETURNING id, year, name, status`,
      [cycle.plan_id, caller.orgId],
    );
    if (!plan) return null;
    await this.audit.record(em, {
      ...auditBy(caller, requestId),
      entity: 'plan',
      entityId: plan.id as string,
      action: 'update',
      before: { year: plan.year, name: plan.name, status: 'draft' },
      after: { year: plan.year, name: plan.name, status: plan.status },
    });
    // The one call into the versions module (see PlanSnapshotPort).
    await this.versions?.snapshotOnApproval(em, caller, plan.id as string, cycle.id as string, requestId);
    return plan.id as string;
  }

  async updateDeliverable(caller: MemberCaller, input: UpdateDeliverableInput, requestId: string): Promise<StageDeliverableDto> {
    const dto = await this.db.run(caller, async (em) => {
      const [deliverable] = await sql<Row>(em, `SELECT id, stage_id, version, body FROM stage_deliverables WHERE id = $1 AND org_id = $2`, [input.id, caller.orgId]);
      if (!deliverable) throw notFound('The deliverable');
      await this.startWork(em, caller, deliverable.stage_id as string, requestId);
      const [after] = await sql<Row>(
        em,
        `UPDATE stage_deliverables SET body = $2, updated_by = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $4 RETURNING id`,
        [input.id, input.body, caller.membershipId, input.version],
      );
      if (!after) {
        throw conflict('The deliverable was changed by someone else. Review their change and apply yours again.', {
          id: deliverable.id,
          body: deliverable.body,
          version: deliverable.version,
        });
      }
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'stage_deliverable',
        entityId: input.id,
        action: 'update',
        before: { bodyLength: (deliverable.body as string).length },
        after: { bodyLength: input.body.length },
      });
      const [dto] = await deliverablesOf(em, [deliverable.stage_id as string], input.id);
      return dto;
    });
    this.publish(caller, 'stage_deliverable', dto.id, 'update');
    return dto;
  }

  async addAttachment(caller: MemberCaller, input: AddAttachmentInput, requestId: string): Promise<StageAttachmentDto> {
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length > ATTACHMENT_MAX_BYTES) {
      throw badInput('contentBase64', `An attachment may be at most 180 KB; this one is ${Math.ceil(content.length / 1024)} KB.`);
    }
    const dto = await this.db.run(caller, async (em) => {
      const [deliverable] = await sql<Row>(em, `SELECT id, stage_id FROM stage_deliverables WHERE id = $1 AND org_id = $2`, [input.deliverableId, caller.orgId]);
      if (!deliverable) throw notFound('The deliverable');
      await this.startWork(em, caller, deliverable.stage_id as string, requestId);
      const [row] = await sql<Row>(
        em,
        `INSERT INTO stage_attachments (org_id, deliverable_id, filename, content_type, size, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING ${ATTACHMENT_COLUMNS}`,
        [caller.orgId, deliverable.id, input.filename, input.contentType, content.length, content, caller.membershipId],
      );
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'stage_attachment',
        entityId: row.id as string,
        action: 'create',
        after: { filename: row.filename, contentType: row.content_type, size: row.size },
      });
      return toAttachmentDto(row);
    });
    this.publish(caller, 'stage_attachment', dto.id, 'create');
    return dto;
  }

  async removeAttachment(caller: MemberCaller, id: string, requestId: string): Promise<StageAttachmentDto> {
    const dto = await this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(
        em,
        `SELECT a.id, d.stage_id FROM stage_attachments a JOIN stage_deliverables d ON d.id = a.deliverable_id WHERE a.id = $1 AND a.org_id = $2 AND a.deleted_at IS NULL`,
        [id, caller.orgId],
      );
      if (!row) throw notFound('The attachment');
      await this.startWork(em, caller, row.stage_id as string, requestId);
      const [removed] = await sql<Row>(em, `UPDATE stage_attachments SET deleted_at = now() WHERE id = $1 RETURNING ${ATTACHMENT_COLUMNS}`, [id]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'stage_attachment', entityId: id, action: 'delete' });
      return toAttachmentDto(removed);
    });
    this.publish(caller, 'stage_attachment', dto.id, 'delete');
    return dto;
  }

  attachmentContent(caller: MemberCaller, id: string): Promise<StageAttachmentContentDto> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `SELECT ${ATTACHMENT_COLUMNS}, content FROM stage_attachments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [
        id,
        caller.orgId,
      ]);
      if (!row) throw notFound('The attachment');
      return { ...toAttachmentDto(row), contentBase64: (row.content as Buffer).toString('base64') };
    });
  }

  /** Deliverables (with attachments' metadata) of many stages, for the batched field. */
  deliverables(caller: MemberCaller, stageIds: readonly string[]): Promise<StageDeliverableDto[][]> {
    return this.db.run(caller, async (em) => {
      const all = await deliverablesOf(em, stageIds);
      return stageIds.map((id) => all.filter((d) => d.stageId === id));
    });
  }

  /** History of many stages, oldest first, for the batched field. */
  history(caller: MemberCaller, stageIds: readonly string[]): Promise<StageEventDto[][]> {
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(
        em,
        `SELECT id, org_id, stage_id, actor_id, action, from_status, to_status, reason, created_at FROM stage_events
          WHERE stage_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [stageIds],
      );
      const events = rows.map((r) => ({
        stageId: r.stage_id as string,
        dto: {
          id: r.id as string,
          orgId: r.org_id as string,
          actorId: (r.actor_id as string | null) ?? null,
          action: r.action as string,
          fromStatus: r.from_status as StageStatus,
          toStatus: r.to_status as StageStatus,
          reason: (r.reason as string | null) ?? null,
          createdAt: r.created_at as Date,
        },
      }));
      return stageIds.map((id) => events.filter((e) => e.stageId === id).map((e) => e.dto));
    });
  }

  /**
   * Work on a stage's documents: allowed by the rules' 'edit' (not while
   * submitted, never once approved), and it starts a stage that has not
   * started or was returned.
   */
  private async startWork(em: EntityManager, caller: MemberCaller, stageId: string, requestId: string): Promise<void> {
    const locked = await this.lockStage(em, caller, stageId);
    const next = this.decide(caller, 'edit', locked);
    const { row } = locked;
    if (next === row.status) return;
    await sql(em, `UPDATE cycle_stages SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [row.id, next]);
    await sql(em, `INSERT INTO stage_events (org_id, stage_id, actor_id, action, from_status, to_status) VALUES ($1, $2, $3, 'start', $4, $5)`, [
      caller.orgId,
      row.id,
      caller.membershipId,
      row.status,
      next,
    ]);
    await this.audit.record(em, {
      ...auditBy(caller, requestId),
      entity: 'cycle_stage',
      entityId: row.id as string,
      action: 'start',
      before: { status: row.status },
      after: { status: next },
    });
  }

  /** Locks the stage row and reads its cycle and the statuses of the stages it depends on. */
  private async lockStage(em: EntityManager, caller: MemberCaller, id: string): Promise<LockedStage> {
    const [row] = await sql<Row>(em, `SELECT * FROM cycle_stages WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL FOR NO KEY UPDATE`, [id, caller.orgId]);
    if (!row) throw notFound('The stage');
    const [cycle] = await sql<Row>(
      em,
      `SELECT c.id, c.plan_id, c.leader_id, c.deputy_leader_id,
              coalesce((SELECT json_agg(json_build_object('id', d.id, 'name', d.name, 'status', d.status) ORDER BY d.position)
                          FROM cycle_stages d WHERE d.id = ANY($2::uuid[]) AND d.deleted_at IS NULL), '[]') AS dependencies
         FROM planning_cycles c WHERE c.id = $1`,
      [row.cycle_id, row.depends_on],
    );
    return { row, cycle, dependencies: cycle.dependencies as LockedStage['dependencies'] };
  }

  private decide(caller: MemberCaller, action: StageAction, { row, cycle, dependencies }: LockedStage): StageStatus {
    const actor: CycleActor = {
      membershipId: caller.membershipId,
      role: caller.role,
      leadsPlanningGroup: caller.membershipId === cycle.leader_id || caller.membershipId === cycle.deputy_leader_id,
      responsibleForStage: caller.membershipId === row.responsible_id,
    };
    const decision = decideStageAction(action, actor, {
      status: row.status as StageStatus,
      submittedBy: (row.submitted_by as string | null) ?? null,
      dependencyStatuses: dependencies.map((d) => d.status),
    });
    if (decision.ok) return decision.next;
    const name = String(row.name);
    if (decision.code === 'FORBIDDEN') throw forbidden(REFUSALS[decision.reason](name));
    if (decision.reason === 'dependencies_not_approved') {
      const waiting = dependencies.filter((d) => d.status !== 'approved');
      throw badInput('id', `“${name}” can be submitted once ${waiting.map((d) => `“${d.name}”`).join(', ')} ${waiting.length === 1 ? 'is' : 'are'} approved.`, {
        waitingFor: waiting.map((d) => d.id),
      });
    }
    throw new AppError('BAD_USER_INPUT', REFUSALS[decision.reason](name), { field: 'id', reason: decision.reason });
  }

  private publish(caller: MemberCaller, entity: string, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity, entityId: id, action, actorId: caller.userId });
  }
}

const ATTACHMENT_COLUMNS = 'id, deliverable_id, filename, content_type, size, created_at';

const toAttachmentDto = (row: Row): StageAttachmentDto => ({
  id: row.id as string,
  deliverableId: row.deliverable_id as string,
  filename: row.filename as string,
  contentType: row.content_type as string,
  size: row.size as number,
  createdAt: row.created_at as Date,
});

/** Deliverables of the stages (or just one of them) with their live attachments' metadata, in one statement. */
async function deliverablesOf(em: EntityManager, stageIds: readonly string[], onlyId?: string): Promise<StageDeliverableDto[]> {
  const rows = await sql<Row>(
    em,
    `SELECT d.id, d.stage_id, d.name, d.body, d.version, d.updated_at,
            coalesce((SELECT json_agg(json_build_object('id', a.id, 'deliverable_id', a.deliverable_id, 'filename', a.filename,
                                                        'content_type', a.content_type, 'size', a.size, 'created_at', a.created_at) ORDER BY a.created_at, a.id)
                        FROM stage_attachments a WHERE a.deliverable_id = d.id AND a.deleted_at IS NULL), '[]') AS attachments
       FROM stage_deliverables d WHERE d.stage_id = ANY($1::uuid[]) ${onlyId ? 'AND d.id = $2' : ''} ORDER BY d.created_at, d.name`,
    onlyId ? [stageIds, onlyId] : [stageIds],
  );
  return rows.map((r) => ({
    id: r.id as string,
    stageId: r.stage_id as string,
    name: r.name as string,
    body: r.body as string,
    version: r.version as number,
    updatedAt: r.updated_at as Date,
    attachments: (r.attachments as Row[]).map((a) => toAttachmentDto({ ...a, created_at: new Date(a.created_at as string) })),
  }));
}
