import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_STAGE_NAMES, defaultCycle, matchOwnerDepartment, STAGE_DELIVERABLES, STAGE_OWNER_KINDS } from '@opsplan/domain';
import { dateText } from '../../plans/services/cascade-sql.util';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, conflict, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { PlanningCycleDto } from '../dtos/planning-cycle.dto';
import type { CycleStageDto } from '../dtos/cycle-stage.dto';
import type {
  AddCycleStageInput,
  CreatePlanningCycleInput,
  ReorderCycleStagesInput,
  StageVersionInput,
  UpdateCycleStageInput,
  UpdatePlanningCycleInput,
} from '../dtos/inputs/cycle.inputs';
import {
  assertActiveMember,
  assertActiveMembers,
  assertLiveDepartment,
  assertSchedule,
  CYCLE_SELECT,
  cycleAuditView,
  fetchCycle,
  fetchStage,
  insertCycle,
  scheduled,
  stageAuditView,
  StageLayout,
  stagesOf,
  toCycleDto,
} from './cycle-sql.util';

const cycleConflictView = (row: Row) => ({ id: row.id, name: row.name, leaderId: row.leader_id, deputyLeaderId: row.deputy_leader_id, version: row.version });
/** What a CONFLICT on a stage carries: enough for the other person's change to be shown (dates included, after a drag). */
const stageConflictView = (row: Row) => ({
  id: row.id,
  name: row.name,
  status: row.status,
  startDate: dateText(row.start_date),
  dueDate: dateText(row.due_date),
  dependsOn: row.depends_on,
  version: row.version,
});

/** Planning cycles and the layout of their stages: creating a cycle, its group, and adding, editing, removing and re-ordering stages. */
@Injectable()
export class PlanningCyclesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  list(caller: MemberCaller): Promise<PlanningCycleDto[]> {
    return this.db.run(caller, async (em) => {
      const cycles = await sql<Row>(em, `${CYCLE_SELECT} WHERE c.org_id = $1 ORDER BY c.plan_year DESC`, [caller.orgId]);
      const stages = await sql<Row>(
        em,
        `SELECT s.id, s.org_id, s.cycle_id, s.key, s.name, s.position, s.owner_department_id, s.responsible_id, s.start_date::text AS start_date,
                s.due_date::text AS due_date, s.depends_on, s.status, s.return_reason, s.submitted_by, s.submitted_at, s.deleted_at, s.version, s.updated_at
           FROM cycle_stages s WHERE s.org_id = $1 ORDER BY s.position, s.id`,
        [caller.orgId],
      );
      return cycles.map((c) => toCycleDto(c, stages.filter((s) => s.cycle_id === c.id)));
    });
  }

  get(caller: MemberCaller, id: string): Promise<PlanningCycleDto> {
    return this.db.run(caller, (em) => fetchCycle(em, caller.orgId, id));
  }

  /**
   * Lays out the eight default stages for the plan's year on the source's
   * dates (shifted by the organisation's fiscal year), each owned by the
   * department whose name matches its kind, with that department's manager
   * responsible, and the named deliverables of each stage.
   */
  async create(caller: MemberCaller, input: CreatePlanningCycleInput, requestId: string): Promise<PlanningCycleDto> {
    const dto = await this.db
      .run(caller, async (em) => {
        const [plan] = await sql<Row>(
          em,
          `SELECT p.id, p.year, o.fiscal_year_start_month, EXISTS (SELECT 1 FROM planning_cycles c WHERE c.plan_id = p.id) AS taken
             FROM plans p JOIN organizations o ON o.id = p.org_id WHERE p.id = $1 AND p.org_id = $2`,
          [input.planId, caller.orgId],
        );
        if (!plan) throw badInput('planId', 'That plan does not exist.');
        if (plan.taken) throw cycleTaken();
        const departments = await sql<{ id: string; name: string; manager_id: string | null }>(
          em,
          `SELECT d.id, d.name, m.id AS manager_id FROM departments d LEFT JOIN memberships m ON m.id = d.manager_id AND m.active
            WHERE d.org_id = $1 AND d.deleted_at IS NULL ORDER BY d.sort_order, d.name`,
          [caller.orgId],
        );
        const layout = defaultCycle(plan.year as number, plan.fiscal_year_start_month as number).map((s): StageLayout => {
          const owner = matchOwnerDepartment(STAGE_OWNER_KINDS[s.key], departments);
          return { ...s, name: DEFAULT_STAGE_NAMES[s.key], ownerDepartmentId: owner?.id ?? null, responsibleId: owner?.manager_id ?? null, deliverables: STAGE_DELIVERABLES[s.key] };
        });
        const cycle = await insertCycle(em, caller.orgId, { id: plan.id as string, year: plan.year as number }, input.name ?? `Planning cycle ${String(plan.year)}`, layout);
        await this.audit.record(em, {
          ...auditBy(caller, requestId),
          entity: 'planning_cycle',
          entityId: cycle.id as string,
          action: 'create',
          after: { ...cycleAuditView(cycle), stages: layout.length },
        });
        return fetchCycle(em, caller.orgId, cycle.id as string);
      })
      .catch((error: unknown) => {
        // Two people creating the plan's cycle at once: the unique key decides.
        if ((error as { constraint?: string }).constraint === 'planning_cycles_plan_key') throw cycleTaken();
        throw error;
      });
    this.publish(caller, 'planning_cycle', dto.id, 'create');
    return dto;
  }

  /** The name, the planning group and the retrospective. */
  async update(caller: MemberCaller, input: UpdatePlanningCycleInput, requestId: string): Promise<PlanningCycleDto> {
    const { dto, changed } = await this.db.run(caller, async (em) => {
      if (input.leaderId) await assertActiveMember(em, caller.orgId, input.leaderId, 'leaderId');
      if (input.deputyLeaderId) await assertActiveMember(em, caller.orgId, input.deputyLeaderId, 'deputyLeaderId');
      if (input.memberIds) await assertActiveMembers(em, caller.orgId, input.memberIds, 'memberIds');
      const { before, after, changed } = await updateVersioned(em, {
        skipUnchanged: true,
        table: 'planning_cycles',
        id: input.id,
        version: input.version,
        what: 'The planning cycle',
        extraWhere: 'AND org_id = app_org_id()',
        toClient: cycleConflictView,
        changes: {
          name: input.name ?? undefined,
          leader_id: input.leaderId,
          deputy_leader_id: input.deputyLeaderId,
          member_ids: input.memberIds === null ? [] : input.memberIds ? [...new Set(input.memberIds)] : undefined,
          retrospective: input.retrospective === '' ? null : input.retrospective,
        },
      });
      if (!changed) return { dto: await fetchCycle(em, caller.orgId, input.id), changed };
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'planning_cycle',
        entityId: input.id,
        action: 'update',
        before: cycleAuditView(before),
        after: cycleAuditView(after),
      });
      return { dto: await fetchCycle(em, caller.orgId, input.id), changed };
    });
    if (changed) this.publish(caller, 'planning_cycle', dto.id, 'update');
    return dto;
  }

  async addStage(caller: MemberCaller, input: AddCycleStageInput, requestId: string): Promise<CycleStageDto> {
    const dto = await this.db.run(caller, async (em) => {
      const cycle = await this.lockCycle(em, caller.orgId, input.cycleId, 'cycleId');
      if (cycle.version !== input.version) {
        throw conflict('The planning cycle was changed by someone else. Review their change and apply yours again.', cycleConflictView(cycle));
      }
      if (input.ownerDepartmentId) await assertLiveDepartment(em, caller.orgId, input.ownerDepartmentId, 'ownerDepartmentId');
      if (input.responsibleId) await assertActiveMember(em, caller.orgId, input.responsibleId, 'responsibleId');
      const stages = (await stagesOf(em, input.cycleId)).filter((s) => !s.deleted_at);
      const dependsOn = [...new Set(input.dependsOn ?? [])];
      const draft = { id: 'new', name: input.name, startDate: input.startDate, dueDate: input.dueDate, dependsOn };
      assertSchedule([...stages.map(scheduled), draft], { dates: 'dueDate', links: 'dependsOn' });

      const responsible = input.responsibleId ?? (input.ownerDepartmentId ? await this.managerOf(em, input.ownerDepartmentId) : null);
      const [row] = await sql<Row>(
        em,
        `INSERT INTO cycle_stages (org_id, cycle_id, name, position, owner_department_id, responsible_id, start_date, due_date, depends_on)
         VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM cycle_stages WHERE cycle_id = $2), $4, $5, $6, $7, $8::uuid[]) RETURNING *`,
        [caller.orgId, input.cycleId, input.name, input.ownerDepartmentId ?? null, responsible, input.startDate, input.dueDate, dependsOn],
      );
      const names = [...new Set(input.deliverables ?? [])];
      if (names.length > 0) {
        await sql(em, `INSERT INTO stage_deliverables (org_id, stage_id, name) SELECT $1, $2, unnest($3::varchar[])`, [caller.orgId, row.id, names]);
      }
      await sql(em, `UPDATE planning_cycles SET version = version + 1, updated_at = now() WHERE id = $1`, [input.cycleId]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'cycle_stage', entityId: row.id as string, action: 'create', after: stageAuditView(row) });
      return fetchStage(em, caller.orgId, row.id as string);
    });
    this.publish(caller, 'cycle_stage', dto.id, 'create');
    return dto;
  }

  /** Rename, re-own, re-date and re-link a stage. An approved stage is final. */
  async updateStage(caller: MemberCaller, input: UpdateCycleStageInput, requestId: string): Promise<CycleStageDto> {
    const dto = await this.db.run(caller, async (em) => {
      const stage = await this.liveStage(em, caller.orgId, input.id);
      await this.lockCycle(em, caller.orgId, stage.cycle_id as string, 'id');
      if (input.ownerDepartmentId) await assertLiveDepartment(em, caller.orgId, input.ownerDepartmentId, 'ownerDepartmentId');
      if (input.responsibleId) await assertActiveMember(em, caller.orgId, input.responsibleId, 'responsibleId');
      const dependsOn = input.dependsOn ? [...new Set(input.dependsOn)] : undefined;
      const stages = (await stagesOf(em, stage.cycle_id as string)).filter((s) => !s.deleted_at);
      const changed = stages.map((s) =>
        s.id === input.id
          ? {
              ...scheduled(s),
              name: input.name ?? (s.name as string),
              startDate: input.startDate ?? (s.start_date as string),
              dueDate: input.dueDate ?? (s.due_date as string),
              dependsOn: dependsOn ?? (s.depends_on as string[]),
            }
          : scheduled(s),
      );
      const dates = input.dueDate ? 'dueDate' : input.startDate ? 'startDate' : 'dependsOn';
      assertSchedule(changed, { dates, links: 'dependsOn' });

      const { before, after } = await updateVersioned(em, {
        table: 'cycle_stages',
        id: input.id,
        version: input.version,
        what: 'The stage',
        extraWhere: 'AND deleted_at IS NULL',
        toClient: stageConflictView,
        changes: {
          name: input.name ?? undefined,
          start_date: input.startDate ?? undefined,
          due_date: input.dueDate ?? undefined,
          depends_on: dependsOn,
          owner_department_id: input.ownerDepartmentId,
          responsible_id: input.responsibleId,
        },
      });
      if (before.status === 'approved') throw badInput('id', `“${String(before.name)}” is approved: an approved stage is final.`);
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'cycle_stage',
        entityId: input.id,
        action: 'update',
        before: stageAuditView(before),
        after: stageAuditView(after),
      });
      return fetchStage(em, caller.orgId, input.id);
    });
    this.publish(caller, 'cycle_stage', dto.id, 'update');
    return dto;
  }

  /** Soft-deletes a stage nothing live depends on; restoreStage brings it back. */
  async removeStage(caller: MemberCaller, input: StageVersionInput, requestId: string): Promise<CycleStageDto> {
    const dto = await this.db.run(caller, async (em) => {
      const stage = await this.liveStage(em, caller.orgId, input.id);
      await this.lockCycle(em, caller.orgId, stage.cycle_id as string, 'id');
      const dependents = (await stagesOf(em, stage.cycle_id as string)).filter((s) => !s.deleted_at && (s.depends_on as string[]).includes(input.id));
      if (dependents.length > 0) {
        throw badInput('id', `${dependents.map((s) => `“${String(s.name)}”`).join(', ')} depend${dependents.length === 1 ? 's' : ''} on “${String(stage.name)}”. Remove that dependency first.`);
      }
      const { before } = await updateVersioned(em, {
        table: 'cycle_stages',
        id: input.id,
        version: input.version,
        what: 'The stage',
        extraWhere: 'AND deleted_at IS NULL',
        toClient: stageConflictView,
        changes: { deleted_at: new Date() },
      });
      if (before.status === 'approved') throw badInput('id', `“${String(before.name)}” is approved: an approved stage is final.`);
      await sql(em, `UPDATE planning_cycles SET version = version + 1, updated_at = now() WHERE id = $1`, [stage.cycle_id]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'cycle_stage', entityId: input.id, action: 'delete' });
      return fetchStage(em, caller.orgId, input.id, true);
    });
    this.publish(caller, 'cycle_stage', dto.id, 'delete');
    return dto;
  }

  async restoreStage(caller: MemberCaller, id: string, requestId: string): Promise<CycleStageDto> {
    const dto = await this.db.run(caller, async (em) => {
      const [stage] = await sql<Row>(em, `SELECT cycle_id FROM cycle_stages WHERE id = $1 AND org_id = $2 AND deleted_at IS NOT NULL`, [id, caller.orgId]);
      if (!stage) throw notFound('The deleted stage');
      await this.lockCycle(em, caller.orgId, stage.cycle_id as string, 'id');
      const stages = (await stagesOf(em, stage.cycle_id as string)).filter((s) => !s.deleted_at || s.id === id);
      assertSchedule(stages.map(scheduled), { dates: 'id', links: 'id' });
      const [restored] = await sql<Row>(
        em,
        `UPDATE cycle_stages SET deleted_at = NULL, version = version + 1, updated_at = now() WHERE id = $1 AND deleted_at IS NOT NULL RETURNING id`,
        [id],
      );
      if (!restored) throw notFound('The deleted stage');
      await sql(em, `UPDATE planning_cycles SET version = version + 1, updated_at = now() WHERE id = $1`, [stage.cycle_id]);
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'cycle_stage', entityId: id, action: 'restore' });
      return fetchStage(em, caller.orgId, id);
    });
    this.publish(caller, 'cycle_stage', dto.id, 'restore');
    return dto;
  }

  async reorder(caller: MemberCaller, input: ReorderCycleStagesInput, requestId: string): Promise<PlanningCycleDto> {
    const dto = await this.db.run(caller, async (em) => {
      const cycle = await this.lockCycle(em, caller.orgId, input.cycleId, 'cycleId');
      if (cycle.version !== input.version) {
        throw conflict('The planning cycle was changed by someone else. Review their change and apply yours again.', cycleConflictView(cycle));
      }
      const live = (await stagesOf(em, input.cycleId)).filter((s) => !s.deleted_at);
      const given = [...new Set(input.stageIds)];
      if (given.length !== input.stageIds.length || given.length !== live.length || !live.every((s) => given.includes(s.id as string))) {
        throw badInput('stageIds', 'List every live stage of the cycle exactly once.');
      }
      await sql(
        em,
        `UPDATE cycle_stages s SET position = t.n, version = s.version + 1, updated_at = now()
           FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) WHERE s.id = t.id AND s.position <> t.n`,
        [given],
      );
      await sql(em, `UPDATE planning_cycles SET version = version + 1, updated_at = now() WHERE id = $1`, [input.cycleId]);
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'planning_cycle',
        entityId: input.cycleId,
        action: 'reorder',
        before: { stageIds: live.map((s) => s.id) },
        after: { stageIds: given },
      });
      return fetchCycle(em, caller.orgId, input.cycleId);
    });
    this.publish(caller, 'planning_cycle', dto.id, 'update');
    return dto;
  }

  /**
   * Locks the cycle row: every change to the shape of its stage graph takes
   * this lock first, so two edits can never together make the graph invalid.
   */
  private async lockCycle(em: EntityManager, orgId: string, id: string, field: string): Promise<Row> {
    const [row] = await sql<Row>(em, `SELECT * FROM planning_cycles WHERE id = $1 AND org_id = $2 FOR NO KEY UPDATE`, [id, orgId]);
    if (!row) throw field === 'cycleId' ? badInput('cycleId', 'That planning cycle does not exist.') : notFound('The planning cycle');
    return row;
  }

  private async liveStage(em: EntityManager, orgId: string, id: string): Promise<Row> {
    const [row] = await sql<Row>(em, `SELECT id, cycle_id, name, status FROM cycle_stages WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [id, orgId]);
    if (!row) throw notFound('The stage');
    return row;
  }

  private async managerOf(em: EntityManager, departmentId: string): Promise<string | null> {
    const [row] = await sql<{ id: string }>(em, `SELECT m.id FROM departments d JOIN memberships m ON m.id = d.manager_id AND m.active WHERE d.id = $1`, [departmentId]);
    return row?.id ?? null;
  }

  private publish(caller: MemberCaller, entity: string, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity, entityId: id, action, actorId: caller.userId });
  }
}

const cycleTaken = () => badInput('planId', 'That plan already has a planning cycle.');
