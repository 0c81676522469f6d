import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { wouldCreateCycle } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { byKeys } from '../../../common/graphql/request-loader';
import { Lookups, LookupScope } from '../../../common/graphql/lookups';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { DepartmentDto } from '../dtos/department.dto';
import type { CreateDepartmentInput, UpdateDepartmentInput } from '../dtos/inputs/department.inputs';

const DEPARTMENT_SELECT = `SELECT d.*, (SELECT count(*)::int FROM memberships m
   WHERE m.department_id = d.id AND m.org_id = d.org_id AND m.active) AS member_count FROM departments d`;

export const toDepartmentDto = (row: Row): DepartmentDto => ({
  id: row.id as string,
  orgId: row.org_id as string,
  name: row.name as string,
  parentId: row.parent_id as string | null,
  managerId: row.manager_id as string | null,
  isHr: Boolean(row.is_hr),
  memberCount: (row.member_count as number | undefined) ?? 0,
  sortOrder: row.sort_order as number,
  version: row.version as number,
});

/** What the audit log keeps of a department (the HR flag only while set, so ordinary departments' rows stay as they were). */
const auditView = (row: Row) => ({ name: row.name, parentId: row.parent_id, managerId: row.manager_id, isHr: row.is_hr ? true : undefined, deletedAt: row.deleted_at });

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    private readonly lookups: Lookups,
  ) {
    lookups.register('department', (scope, ids) => this.db.run(scope, (em) => departmentsByIds(em, scope.orgId, ids)));
  }

  list(caller: MemberCaller): Promise<DepartmentDto[]> {
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(em, `${DEPARTMENT_SELECT} WHERE d.org_id = $1 AND d.deleted_at IS NULL ORDER BY d.sort_order, d.name`, [
        caller.orgId,
      ]);
      return rows.map(toDepartmentDto);
    });
  }

  /** Batched lookup of departments by id in one organisation, for field resolvers. */
  loader(ctx: GqlContext, scope: LookupScope) {
    return this.lookups.loader<DepartmentDto>(ctx, 'department', scope);
  }

  async create(caller: MemberCaller, input: CreateDepartmentInput, requestId: string): Promise<DepartmentDto> {
    const dto = await this.db.run(caller, async (em) => {
      if (input.parentId) await this.assertLive(em, caller.orgId, input.parentId, 'parentId');
      if (input.managerId) await assertMember(em, caller.orgId, input.managerId);
      if (input.isHr) await this.unmarkHr(em, caller, null, requestId);
      const [row] = await sql<Row>(
        em,
        `INSERT INTO departments (org_id, parent_id, name, manager_id, is_hr, sort_order)
         VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(sort_order), 0) + 1 FROM departments
                                   WHERE org_id = $1 AND parent_id IS NOT DISTINCT FROM $2))
         RETURNING *`,
        [caller.orgId, input.parentId ?? null, input.name, input.managerId ?? null, input.isHr ?? false],
      );
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'department', entityId: row.id as string, action: 'create', after: auditView(row) });
      return toDepartmentDto(row);
    });
    this.publish(caller, dto.id, 'create');
    return dto;
  }

  async update(caller: MemberCaller, input: UpdateDepartmentInput, requestId: string): Promise<DepartmentDto> {
    const { dto, changed } = await this.db.run(caller, async (em) => {
      if (input.parentId) {
        await this.assertLive(em, caller.orgId, input.parentId, 'parentId');
        const links = await this.parentLinks(em, caller.orgId);
        if (wouldCreateCycle(links, input.id, input.parentId)) {
          throw badInput('parentId', 'A department cannot be moved under itself or one of its own sub-departments.');
        }
      }
      if (input.managerId) await assertMember(em, caller.orgId, input.managerId);
      if (input.isHr) await this.unmarkHr(em, caller, input.id, requestId);
      const { before, after, changed } = await updateVersioned(em, {
        skipUnchanged: true,
        table: 'departments',
        id: input.id,
        version: input.version,
        what: 'The department',
        extraWhere: 'AND deleted_at IS NULL',
        toClient: toDepartmentDto,
        changes: { name: input.name ?? undefined, parent_id: input.parentId, manager_id: input.managerId, is_hr: input.isHr ?? undefined },
      });
      if (!changed) return { dto: await this.fetch(em, caller.orgId, input.id), changed };
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'department',
        entityId: input.id,
        action: 'update',
        before: auditView(before),
        after: auditView(after),
      });
      return { dto: await this.fetch(em, caller.orgId, input.id), changed };
    });
    if (changed) this.publish(caller, dto.id, 'update');
    return dto;
  }

  /** Soft-deletes the department and its whole subtree as one batch, so one restore brings all back. */
  async remove(caller: MemberCaller, id: string, requestId: string): Promise<DepartmentDto> {
    const dto = await this.db.run(caller, async (em) => {
      const target = await this.fetch(em, caller.orgId, id);
      const batch = randomUUID();
      const rows = await sql<Row>(
        em,
        `WITH RECURSIVE subtree AS (
           SELECT id FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL
           UNION ALL
           SELECT d.id FROM departments d JOIN subtree s ON d.parent_id = s.id WHERE d.deleted_at IS NULL)
         UPDATE departments SET deleted_at = now(), deleted_batch = $3, version = version + 1, updated_at = now()
          WHERE id IN (SELECT id FROM subtree) RETURNING *`,
        [id, caller.orgId, batch],
      );
      for (const row of rows) {
        await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'department', entityId: row.id as string, action: 'delete' });
      }
      return target;
    });
    this.publish(caller, id, 'delete');
    return dto;
  }

  async restore(caller: MemberCaller, id: string, requestId: string): Promise<DepartmentDto> {
    const dto = await this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `SELECT * FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NOT NULL FOR UPDATE`, [
        id,
        caller.orgId,
      ]);
      if (!row) throw notFound('The deleted department');
      if (row.parent_id) {
        const [parent] = await sql<Row>(em, `SELECT deleted_batch FROM departments WHERE id = $1`, [row.parent_id]);
        if (parent?.deleted_batch && parent.deleted_batch !== row.deleted_batch) {
          throw badInput('id', 'Its parent department is deleted too. Restore the parent first.');
        }
      }
      const restored = await sql<Row>(
        em,
        `UPDATE departments SET deleted_at = NULL, deleted_batch = NULL, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND deleted_batch = $2 RETURNING id`,
        [caller.orgId, row.deleted_batch],
      );
      for (const r of restored) {
        await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'department', entityId: r.id as string, action: 'restore' });
      }
      return this.fetch(em, caller.orgId, id);
    });
    this.publish(caller, id, 'restore');
    return dto;
  }

  private async fetch(em: EntityManager, orgId: string, id: string): Promise<DepartmentDto> {
    const [row] = await sql<Row>(em, `${DEPARTMENT_SELECT} WHERE d.id = $1 AND d.org_id = $2 AND d.deleted_at IS NULL`, [id, orgId]);
    if (!row) throw notFound('The department');
    return toDepartmentDto(row);
  }

  /** One HR department per organisation: marking one unmarks the others (each change audited). */
  private async unmarkHr(em: EntityManager, caller: MemberCaller, except: string | null, requestId: string): Promise<void> {
    const rows = await sql<Row>(
      em,
      `UPDATE departments SET is_hr = false, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND is_hr AND id IS DISTINCT FROM $2 RETURNING id`,
      [caller.orgId, except],
    );
    for (const row of rows) {
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'department', entityId: row.id as string, action: 'update', before: { isHr: true }, after: { isHr: false } });
    }
  }

  private async assertLive(em: EntityManager, orgId: string, id: string, field: string): Promise<void> {
    const [row] = await sql(em, `SELECT 1 FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [id, orgId]);
    if (!row) throw badInput(field, 'That department does not exist.');
  }

  private async parentLinks(em: EntityManager, orgId: string): Promise<Map<string, string | null>> {
    const rows = await sql<{ id: string; parent_id: string | null }>(em, `SELECT id, parent_id FROM departments WHERE org_id = $1`, [orgId]);
    return new Map(rows.map((r) => [r.id, r.parent_id]));
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'department', entityId: id, action, actorId: caller.userId });
  }
}

async function assertMember(em: EntityManager, orgId: string, membershipId: string): Promise<void> {
  const [row] = await sql(em, `SELECT 1 FROM memberships WHERE id = $1 AND org_id = $2 AND active`, [membershipId, orgId]);
  if (!row) throw badInput('managerId', 'The manager must be an active member of this organisation.');
}

async function departmentsByIds(em: EntityManager, orgId: string, ids: readonly string[]): Promise<(DepartmentDto | null)[]> {
  const rows = await sql<Row>(em, `${DEPARTMENT_SELECT} WHERE d.org_id = $1 AND d.id = ANY($2::uuid[]) AND d.deleted_at IS NULL`, [orgId, ids]);
  return byKeys(ids, rows.map(toDepartmentDto), (d) => d.id);
}
