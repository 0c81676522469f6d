import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { diffVersions, FieldChange, PlanSnapshot, responsibilityLetters, SnapshotNode } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { OrganizationEvents } from '../../events/organization-events.service';
import { AuditService } from '../../audit/services/audit.service';
import type { PlanVersionDto } from '../dtos/plan-version.dto';
import type { PlanVersionComparisonDto, VersionFieldChangeDto, VersionNodeDto } from '../dtos/version-comparison.dto';
import { readPlanSnapshot } from './plan-snapshot.util';
import { readsWholeBudget } from '../../budgets/services/budget-access.util';
import type { PlanVersionTaker, TakenVersion, TakeVersionRequest } from './plan-version-taker';

/** A version's metadata and counts; the snapshot itself stays in the database. */
const VERSION_SELECT = `SELECT v.id, v.plan_id, v.number, v.label, v.source, v.created_at, (v.snapshot->>'format')::int AS format,
    jsonb_array_length(v.snapshot->'nodes') AS node_count,
    (SELECT count(*)::int FROM jsonb_array_elements(v.snapshot->'nodes') e WHERE e->>'level' = 'objective') AS objective_count,
    (SELECT count(*)::int FROM jsonb_array_elements(v.snapshot->'nodes') e WHERE e->>'level' = 'project') AS project_count,
    (SELECT count(*)::int FROM responsibility_letters l WHERE l.version_id = v.id) AS letter_count,
    coalesce(jsonb_typeof(v.snapshot->'budget') = 'object', false) AS has_budget,
    coalesce(jsonb_typeof(v.snapshot->'headcount') = 'object', false) AS has_headcount,
    u.id AS user_id, u.email AS user_email, u.display_name AS user_display_name, u.locale AS user_locale
  FROM plan_versions v LEFT JOIN users u ON u.id = v.created_by`;

const toVersionDto = (r: Row): PlanVersionDto => ({
  id: r.id as string,
  planId: r.plan_id as string,
  number: r.number as number,
  label: r.label as string,
  source: r.source as PlanVersionDto['source'],
  createdAt: r.created_at as Date,
  createdBy: r.user_id
    ? { id: r.user_id as string, email: r.user_email as string, displayName: r.user_display_name as string, locale: r.user_locale as string | null }
    : null,
  format: r.format as number,
  nodeCount: r.node_count as number,
  objectiveCount: r.objective_count as number,
  projectCount: r.project_count as number,
  letterCount: r.letter_count as number,
  hasBudget: Boolean(r.has_budget),
  hasHeadcount: Boolean(r.has_headcount),
});

/** Plan versions: taking them (by hand, or for the planning cycle's approval), listing and comparing them. */
@Injectable()
export class PlanVersionsService implements PlanVersionTaker {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  list(caller: MemberCaller, planId: string): Promise<PlanVersionDto[]> {
    return this.db.run(caller, async (em) => {
      const [plan] = await sql(em, `SELECT 1 FROM plans WHERE id = $1 AND org_id = $2`, [planId, caller.orgId]);
      if (!plan) throw notFound('The plan');
      const rows = await sql<Row>(em, `${VERSION_SELECT} WHERE v.org_id = $1 AND v.plan_id = $2 ORDER BY v.number DESC`, [caller.orgId, planId]);
      return rows.map(toVersionDto);
    });
  }

  get(caller: MemberCaller, id: string): Promise<PlanVersionDto> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `${VERSION_SELECT} WHERE v.id = $1 AND v.org_id = $2`, [id, caller.orgId]);
      if (!row) throw notFound('The plan version');
      return toVersionDto(row);
    });
  }

  /** An executive's or admin's snapshot of the plan as it stands. */
  async create(caller: MemberCaller, planId: string, label: string, requestId: string): Promise<PlanVersionDto> {
    const dto = await this.db.run(caller, async (em) => {
      const taken = await this.takeVersion(em, { ...auditBy(caller, requestId), planId, label, source: 'manual' });
      const [row] = await sql<Row>(em, `${VERSION_SELECT} WHERE v.id = $1`, [taken.id]);
      return toVersionDto(row);
    });
    this.events.publish(caller.orgId, { entity: 'plan_version', entityId: dto.id, action: 'create', actorId: caller.userId });
    return dto;
  }

  async takeVersion(em: EntityManager, request: TakeVersionRequest): Promise<TakenVersion> {
    const label = request.label.trim();
    if (label.length < 1 || label.length > 120) throw badInput('label', 'A version label must be 1–120 characters.');
    const snapshot = await readPlanSnapshot(em, request.orgId, request.planId);
    // The plan's row is locked now: numbers follow one another without gaps or clashes.
    const [row] = await sql<Row>(
      em,
      `INSERT INTO plan_versions (org_id, plan_id, number, label, source, created_by, snapshot)
       SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6::jsonb FROM plan_versions WHERE plan_id = $2
       RETURNING id, number`,
      [request.orgId, request.planId, label, request.source, request.actorUserId, JSON.stringify(snapshot)],
    );
    const owners = responsibilityLetters(snapshot).map((l) => l.ownerId);
    await sql(
      em,
      `INSERT INTO responsibility_letters (org_id, version_id, membership_id)
       SELECT $1, $2, m FROM unnest($3::uuid[]) WITH ORDINALITY AS t(m, n) ORDER BY n`,
      [request.orgId, row.id, owners],
    );
    await this.audit.record(em, {
      orgId: request.orgId,
      actorUserId: request.actorUserId,
      requestId: request.requestId,
      entity: 'plan_version',
      entityId: row.id as string,
      action: 'create',
      after: { planId: request.planId, number: row.number, label, source: request.source, letters: owners.length },
    });
    return { id: row.id as string, number: row.number as number, letterCount: owners.length };
  }

  /** What changed from one version to another of the same plan. */
  compare(caller: MemberCaller, fromId: string, toId: string): Promise<PlanVersionComparisonDto> {
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(em, `${VERSION_SELECT.replace('SELECT ', 'SELECT v.snapshot, ')} WHERE v.id = ANY($1::uuid[]) AND v.org_id = $2`, [
        [fromId, toId],
        caller.orgId,
      ]);
      const from = rows.find((r) => r.id === fromId);
      const to = rows.find((r) => r.id === toId);
      if (!from || !to) throw notFound('The plan version');
      if (from.plan_id !== to.plan_id) throw badInput('toId', 'Only versions of the same plan can be compared.');
      const [a, b] = [from.snapshot as PlanSnapshot, to.snapshot as PlanSnapshot];
      // Budget and headcount lines (amounts by department, who is planned where) only for roles that read the whole budget.
      const seesBudget = readsWholeBudget(caller.role);
      const diff = seesBudget ? diffVersions(a, b) : diffVersions({ nodes: a.nodes }, { nodes: b.nodes });
      const nodeView = versionNodeView(a, b);
      const before = labels(a);
      const after = labels(b);
      const level = new Map(b.nodes.map((n) => [n.id, n.level]));
      const fieldChange = (c: FieldChange): VersionFieldChangeDto => ({
        ...c,
        beforeLabel: before(c.field, c.before),
        afterLabel: after(c.field, c.after),
      });
      const lines = (d: typeof diff.budget) => ({
        added: d.added.map((l) => JSON.stringify(l)),
        removed: d.removed.map((l) => JSON.stringify(l)),
        changed: d.changed.map((c) => ({ key: c.key, changes: c.changes.map((f) => ({ ...f, beforeLabel: null, afterLabel: null })) })),
      });
      return {
        from: toVersionDto(from),
        to: toVersionDto(to),
        addedNodes: diff.nodes.added.map(nodeView.to),
        removedNodes: diff.nodes.removed.map(nodeView.from),
        changedNodes: diff.nodes.changed.map((c) => ({ id: c.id, title: c.title, level: level.get(c.id) as SnapshotNode['level'], changes: c.changes.map(fieldChange) })),
        budget: lines(diff.budget),
        headcount: lines(diff.headcount),
        summary: diff.summary,
      };
    });
  }
}

/** Nodes of either version with their owner's and department's names from that version. */
function versionNodeView(a: PlanSnapshot, b: PlanSnapshot) {
  const view = (s: PlanSnapshot) => {
    const people = new Map(s.people.map((p) => [p.id, p.name]));
    const departments = new Map(s.departments.map((d) => [d.id, d.name]));
    return (n: SnapshotNode): VersionNodeDto => ({
      ...n,
      ownerName: n.ownerId ? (people.get(n.ownerId) ?? null) : null,
      departmentName: n.departmentId ? (departments.get(n.departmentId) ?? null) : null,
    });
  };
  return { from: view(a), to: view(b) };
}

/** The name or title behind an owner, department or parent id in one version. */
function labels(s: PlanSnapshot): (field: string, value: string | null) => string | null {
  const people = new Map(s.people.map((p) => [p.id, p.name]));
  const departments = new Map(s.departments.map((d) => [d.id, d.name]));
  const titles = new Map(s.nodes.map((n) => [n.id, n.title]));
  const by: Record<string, Map<string, string>> = { owner: people, department: departments, parent: titles };
  return (field, value) => {
    if (!value) return null;
    // Dependencies are ids, comma-separated: their titles, one per line.
    if (field === 'dependsOn') return value.split(',').map((id) => titles.get(id) ?? id).join('\n');
    return by[field] ? (by[field].get(value) ?? null) : null;
  };
}
