import type { EntityManager } from 'typeorm';
import { criticalPath, findDependencyCycle, isStageOverdue, scheduleProblems, StageKey, StageStatus } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import { dateText } from '../../plans/services/cascade-sql.util';
import type { CycleStageDto } from '../dtos/cycle-stage.dto';
import type { CycleDashboardDto, CycleLateMemberDto, PlanningCycleDto } from '../dtos/planning-cycle.dto';

/** A stage row with its dates as text (YYYY-MM-DD), as every read here selects it. */
export const STAGE_COLUMNS = `s.id, s.org_id, s.cycle_id, s.key, s.name, s.position, s.owner_department_id, s.responsible_id,
  s.start_date::text AS start_date, s.due_date::text AS due_date, s.depends_on, s.status, s.return_reason, s.submitted_by,
  s.submitted_at, s.deleted_at, s.version, s.updated_at`;

export const CYCLE_SELECT = `SELECT c.*, current_date::text AS today,
  (SELECT p.retrospective FROM planning_cycles p WHERE p.org_id = c.org_id AND p.plan_year < c.plan_year ORDER BY p.plan_year DESC LIMIT 1) AS previous_retrospective
  FROM planning_cycles c`;

export const OVERALL_PLAN_KEY: StageKey = 'overall_plan';
/** Stage 7: its approval locks the plan's budget (the three scenarios it hands over). */
export const FINANCIAL_BUDGET_KEY: StageKey = 'financial_budget';

/** Every stage of a cycle (deleted ones too), in order. */
export function stagesOf(em: EntityManager, cycleId: string): Promise<Row[]> {
  return sql<Row>(em, `SELECT ${STAGE_COLUMNS} FROM cycle_stages s WHERE s.cycle_id = $1 ORDER BY s.position, s.id`, [cycleId]);
}

export function toStageDto(row: Row, today: string, statusById: Map<string, StageStatus>, planId: string | null): CycleStageDto {
  const status = row.status as StageStatus;
  const dependsOn = row.depends_on as string[];
  return {
    id: row.id as string,
    orgId: row.org_id as string,
    cycleId: row.cycle_id as string,
    key: (row.key as string | null) ?? null,
    name: row.name as string,
    position: row.position as number,
    ownerDepartmentId: (row.owner_department_id as string | null) ?? null,
    responsibleId: (row.responsible_id as string | null) ?? null,
    submittedById: (row.submitted_by as string | null) ?? null,
    startDate: row.start_date as string,
    dueDate: row.due_date as string,
    dependsOn,
    waitingFor: dependsOn.filter((id) => statusById.has(id) && statusById.get(id) !== 'approved'),
    status,
    returnReason: (row.return_reason as string | null) ?? null,
    submittedAt: (row.submitted_at as Date | null) ?? null,
    overdue: !row.deleted_at && isStageOverdue({ dueDate: row.due_date as string, status }, today),
    linkedPlanId: row.key === OVERALL_PLAN_KEY ? planId : null,
    deletedAt: (row.deleted_at as Date | null) ?? null,
    version: row.version as number,
    updatedAt: row.updated_at as Date,
  };
}

const liveStatuses = (stages: Row[]) => new Map(stages.filter((s) => !s.deleted_at).map((s) => [s.id as string, s.status as StageStatus]));

/** One stage as the API shows it, with its dependencies' statuses read alongside. */
export async function fetchStage(em: EntityManager, orgId: string, id: string, includeDeleted = false): Promise<CycleStageDto> {
  const rows = await sql<Row>(
    em,
    `SELECT ${STAGE_COLUMNS}, current_date::text AS today, c.plan_id,
            ARRAY(SELECT d.id || ':' || d.status FROM cycle_stages d WHERE d.id = ANY(s.depends_on) AND d.deleted_at IS NULL) AS dependency_statuses
       FROM cycle_stages s JOIN planning_cycles c ON c.id = s.cycle_id
      WHERE s.id = $1 AND s.org_id = $2 ${includeDeleted ? '' : 'AND s.deleted_at IS NULL'}`,
    [id, orgId],
  );
  const [row] = rows;
  if (!row) throw notFound('The stage');
  const statuses = new Map((row.dependency_statuses as string[]).map((pair) => pair.split(':') as [string, StageStatus]));
  return toStageDto(row, row.today as string, statuses, row.plan_id as string);
}

/** The cycle with its stages, critical path and dashboard, from its row and its stages' rows. */
export function toCycleDto(cycle: Row, stages: Row[]): PlanningCycleDto {
  const today = cycle.today as string;
  const statuses = liveStatuses(stages);
  const dtos = stages.map((s) => toStageDto(s, today, statuses, cycle.plan_id as string));
  const live = dtos.filter((s) => !s.deletedAt);
  return {
    id: cycle.id as string,
    orgId: cycle.org_id as string,
    planId: cycle.plan_id as string,
    planYear: cycle.plan_year as number,
    name: cycle.name as string,
    leaderId: (cycle.leader_id as string | null) ?? null,
    deputyLeaderId: (cycle.deputy_leader_id as string | null) ?? null,
    memberIds: cycle.member_ids as string[],
    retrospective: (cycle.retrospective as string | null) ?? null,
    previousRetrospective: (cycle.previous_retrospective as string | null) ?? null,
    today,
    stages: live,
    deletedStages: dtos.filter((s) => s.deletedAt),
    criticalPath: criticalPath(live),
    dashboard: dashboard(cycle.org_id as string, live, today),
    version: cycle.version as number,
    createdAt: cycle.created_at as Date,
    updatedAt: cycle.updated_at as Date,
  };
}

function dashboard(orgId: string, stages: CycleStageDto[], today: string): CycleDashboardDto {
  const due = stages.filter((s) => s.dueDate <= today);
  const late = new Map<string | null, string[]>();
  for (const s of stages.filter((x) => x.overdue)) late.set(s.responsibleId, [...(late.get(s.responsibleId) ?? []), s.id]);
  return {
    stageCount: stages.length,
    approvedCount: stages.filter((s) => s.status === 'approved').length,
    submittedCount: stages.filter((s) => s.status === 'submitted').length,
    dueByTodayCount: due.length,
    doneOfDueCount: due.filter((s) => s.status === 'approved').length,
    overdueCount: stages.filter((s) => s.overdue).length,
    late: [...late].map(([memberId, overdueStageIds]): CycleLateMemberDto => ({ orgId, memberId, overdueStageIds })),
  };
}

export async function fetchCycle(em: EntityManager, orgId: string, id: string): Promise<PlanningCycleDto> {
  const [cycle] = await sql<Row>(em, `${CYCLE_SELECT} WHERE c.id = $1 AND c.org_id = $2`, [id, orgId]);
  if (!cycle) throw notFound('The planning cycle');
  return toCycleDto(cycle, await stagesOf(em, id));
}

/**
 * Checks the cycle's live stages as they would stand after a change: no
 * dependency cycle, no stage due before its start or before a stage it
 * depends on, no dependency outside the cycle. `field` names the input field
 * the caller changed, for the error.
 */
export function assertSchedule(stages: { id: string; name: string; startDate: string; dueDate: string; dependsOn: readonly string[] }[], field: { dates: string; links: string }): void {
  const name = (id: string) => `“${stages.find((s) => s.id === id)?.name ?? id}”`;
  const loop = findDependencyCycle(stages);
  if (loop) throw badInput(field.links, `The dependencies would go round in a circle: ${loop.map(name).join(' → ')}.`, { stageIds: loop });
  const [problem] = scheduleProblems(stages);
  if (!problem) return;
  switch (problem.kind) {
    case 'ends_before_start':
      throw badInput(field.dates, `${name(problem.stageId)} cannot be due before it starts.`, { stageIds: [problem.stageId] });
    case 'due_before_dependency':
      throw badInput(field.dates, `${name(problem.stageId)} cannot be due before ${name(problem.dependencyId)}, which it depends on.`, {
        stageIds: [problem.stageId, problem.dependencyId],
      });
    case 'unknown_dependency':
      throw badInput(field.links, `${name(problem.stageId)} can depend only on live stages of the same cycle.`, { stageIds: [problem.stageId] });
    case 'depends_on_itself':
      throw badInput(field.links, `${name(problem.stageId)} cannot depend on itself.`, { stageIds: [problem.stageId] });
  }
}

/** A stage row as assertSchedule takes it. */
export const scheduled = (row: Row) => ({
  id: row.id as string,
  name: row.name as string,
  startDate: row.start_date as string,
  dueDate: row.due_date as string,
  dependsOn: row.depends_on as string[],
});

export async function assertActiveMember(em: EntityManager, orgId: string, membershipId: string, field: string): Promise<void> {
  const [row] = await sql(em, `SELECT 1 FROM memberships WHERE id = $1 AND org_id = $2 AND active`, [membershipId, orgId]);
  if (!row) throw badInput(field, 'That person is not an active member of this organisation.');
}

export async function assertActiveMembers(em: EntityManager, orgId: string, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const [row] = await sql<{ n: number }>(em, `SELECT count(*)::int AS n FROM memberships WHERE id = ANY($1::uuid[]) AND org_id = $2 AND active`, [
    [...new Set(ids)],
    orgId,
  ]);
  if (row.n !== new Set(ids).size) throw badInput(field, 'Everyone in the planning group must be an active member of this organisation.');
}

export async function assertLiveDepartment(em: EntityManager, orgId: string, id: string, field: string): Promise<void> {
  const [row] = await sql(em, `SELECT 1 FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [id, orgId]);
  if (!row) throw badInput(field, 'That department does not exist.');
}

export const stageAuditView = (row: Row) => ({
  name: row.name,
  position: row.position,
  ownerDepartmentId: row.owner_department_id,
  responsibleId: row.responsible_id,
  startDate: dateText(row.start_date),
  dueDate: dateText(row.due_date),
  dependsOn: row.depends_on,
  status: row.status,
  returnReason: row.return_reason,
});

/** One stage of a cycle being laid out, its dependencies named by stage key. */
export interface StageLayout {
  key: string;
  name: string;
  position: number;
  startDate: string;
  dueDate: string;
  dependsOn: readonly string[];
  ownerDepartmentId: string | null;
  responsibleId: string | null;
  deliverables: readonly string[];
}

/**
 * Creates a plan's cycle with its stages laid out: keys first, then ids, so
 * one statement inserts the stages, one links their dependencies and one
 * adds the deliverables, however many stages. Returns the cycle's row.
 */
export async function insertCycle(em: EntityManager, orgId: string, plan: { id: string; year: number }, name: string, layout: readonly StageLayout[]): Promise<Row> {
  const [cycle] = await sql<Row>(em, `INSERT INTO planning_cycles (org_id, plan_id, plan_year, name) VALUES ($1, $2, $3, $4) RETURNING *`, [orgId, plan.id, plan.year, name]);
  const inserted = await sql<{ id: string; key: string }>(
    em,
    `INSERT INTO cycle_stages (org_id, cycle_id, key, name, position, owner_department_id, responsible_id, start_date, due_date)
     SELECT $1, $2, t.key, t.name, t.position, t.department, t.responsible, t.start_date, t.due_date
       FROM unnest($3::varchar[], $4::int[], $5::uuid[], $6::uuid[], $7::date[], $8::date[], $9::varchar[])
            AS t(key, position, department, responsible, start_date, due_date, name)
     RETURNING id, key`,
    [
      orgId,
      cycle.id,
      layout.map((s) => s.key),
      layout.map((s) => s.position),
      layout.map((s) => s.ownerDepartmentId),
      layout.map((s) => s.responsibleId),
      layout.map((s) => s.startDate),
      layout.map((s) => s.dueDate),
      layout.map((s) => s.name),
    ],
  );
  const idOf = new Map(inserted.map((r) => [r.key, r.id]));
  await sql(
    em,
    `UPDATE cycle_stages s SET depends_on = t.depends_on::uuid[] FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, depends_on text[]) WHERE s.id = t.id`,
    [JSON.stringify(layout.map((s) => ({ id: idOf.get(s.key), depends_on: s.dependsOn.map((k) => idOf.get(k)) })))],
  );
  const deliverables = layout.flatMap((s) => s.deliverables.map((deliverable) => [idOf.get(s.key) as string, deliverable] as const));
  await sql(em, `INSERT INTO stage_deliverables (org_id, stage_id, name) SELECT $1, t.stage_id, t.name FROM unnest($2::uuid[], $3::varchar[]) AS t(stage_id, name)`, [
    orgId,
    deliverables.map(([id]) => id),
    deliverables.map(([, deliverable]) => deliverable),
  ]);
  return cycle;
}

/** What the audit log keeps of a cycle. */
export const cycleAuditView = (row: Row) => ({
  name: row.name,
  planYear: row.plan_year,
  leaderId: row.leader_id,
  deputyLeaderId: row.deputy_leader_id,
  memberIds: row.member_ids,
  retrospective: row.retrospective,
});
