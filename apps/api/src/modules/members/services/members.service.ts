import { Injectable } from '@nestjs/common';
import { isRole, Role } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput } from '../../../common/errors/app-error';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { byKeys } from '../../../common/graphql/request-loader';
import { Lookups, LookupScope } from '../../../common/graphql/lookups';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { MemberDto } from '../dtos/member.dto';
import type { UpdateMemberInput } from '../dtos/inputs/update-member.input';
import type { EntityManager } from 'typeorm';

const MEMBER_SELECT = `SELECT m.*, u.email, u.display_name, u.locale FROM memberships m JOIN users u ON u.id = m.user_id`;

export const toMemberDto = (row: Row): MemberDto => ({
  id: row.id as string,
  orgId: row.org_id as string,
  user: { id: row.user_id as string, email: row.email as string, displayName: row.display_name as string, locale: row.locale as string | null },
  role: (isRole(row.role) ? row.role : 'staff') as Role,
  departmentId: row.department_id as string | null,
  active: row.active as boolean,
  joinedAt: row.created_at as Date,
  version: row.version as number,
});

@Injectable()
export class MembersService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    private readonly lookups: Lookups,
  ) {
    lookups.register('member', (scope, ids) => this.db.run(scope, (em) => membersByIds(em, scope.orgId, ids)));
  }

  list(caller: MemberCaller, includeInactive: boolean): Promise<MemberDto[]> {
    // memberships' policy also shows the caller's own rows in other
    // organisations, so every query names the organisation explicitly.
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(em, `${MEMBER_SELECT} WHERE m.org_id = $1 AND ($2 OR m.active) ORDER BY u.display_name, u.email`, [
        caller.orgId,
        includeInactive,
      ]);
      return rows.map(toMemberDto);
    });
  }

  /** Batched lookup of members by id in one organisation, for field resolvers. */
  loader(ctx: GqlContext, scope: LookupScope) {
    return this.lookups.loader<MemberDto>(ctx, 'member', scope);
  }

  async update(caller: MemberCaller, input: UpdateMemberInput, requestId: string): Promise<MemberDto> {
    const { dto, changed } = await this.db.run(caller, async (em) => {
      if (input.departmentId) await assertDepartment(em, caller.orgId, input.departmentId);
      // Changes that could leave no admin queue behind each other on the
      // organisation's row: two admins demoting each other at once must not both succeed.
      if (input.role != null || input.active === false) {
        await sql(em, `SELECT 1 FROM organizations WHERE id = $1 FOR NO KEY UPDATE`, [caller.orgId]);
      }
      const { before, after, changed } = await updateVersioned(em, {
        skipUnchanged: true,
        table: 'memberships',
        id: input.id,
        version: input.version,
        what: 'The member',
        extraWhere: 'AND org_id = app_org_id()',
        toClient: (row) => ({ id: row.id, role: row.role, departmentId: row.department_id, active: row.active, version: row.version }),
        // null for role or active means "unchanged" (the columns are NOT NULL); null for departmentId clears it
        changes: { role: input.role ?? undefined, department_id: input.departmentId, active: input.active ?? undefined },
      });
      await assertAnAdminRemains(em, caller.orgId, input.active === false ? 'active' : 'role');
      if (changed) {
        await this.audit.record(em, {
          ...auditBy(caller, requestId),
          entity: 'membership',
          entityId: input.id,
          action: 'update',
          before: { role: before.role, departmentId: before.department_id, active: before.active },
          after: { role: after.role, departmentId: after.department_id, active: after.active },
        });
      }
      const [row] = await sql<Row>(em, `${MEMBER_SELECT} WHERE m.id = $1 AND m.org_id = $2`, [input.id, caller.orgId]);
      return { dto: toMemberDto(row), changed };
    });
    if (changed) this.events.publish(caller.orgId, { entity: 'membership', entityId: dto.id, action: 'update', actorId: caller.userId });
    return dto;
  }
}

/** One member of the organisation, in the caller's transaction: for a write that answers with its author. */
export async function memberIn(em: EntityManager, orgId: string, id: string): Promise<MemberDto | null> {
  return (await membersByIds(em, orgId, [id]))[0];
}

async function membersByIds(em: EntityManager, orgId: string, ids: readonly string[]): Promise<(MemberDto | null)[]> {
  const rows = await sql<Row>(em, `${MEMBER_SELECT} WHERE m.org_id = $1 AND m.id = ANY($2::uuid[])`, [orgId, ids]);
  return byKeys(ids, rows.map(toMemberDto), (m) => m.id);
}

export async function assertDepartment(em: EntityManager, orgId: string, departmentId: string): Promise<void> {
  const [row] = await sql(em, `SELECT 1 FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [departmentId, orgId]);
  if (!row) throw badInput('departmentId', 'That department does not exist.');
}

async function assertAnAdminRemains(em: EntityManager, orgId: string, field: string): Promise<void> {
  const [row] = await sql<{ n: number }>(em, `SELECT count(*)::int AS n FROM memberships WHERE org_id = $1 AND role = 'admin' AND active`, [orgId]);
  if (row.n === 0) throw badInput(field, 'An organisation needs at least one active admin. Make someone else admin first.');
}
