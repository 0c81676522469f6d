import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { isRole, Role } from '@opsplan/domain';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row } from '../../../database/versioned-update';
import { AppError, conflict, notFound } from '../../../common/errors/app-error';
import type { Caller, MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import { assertDepartment } from './members.service';
import type { CreatedInvitationDto, InvitationDto, InvitationPreviewDto } from '../dtos/invitation.dto';
import type { CreateInvitationInput } from '../dtos/inputs/create-invitation.input';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const INVITATION_SELECT = `SELECT i.*, u.email AS inviter_email, u.display_name AS inviter_name, u.locale AS inviter_locale
  FROM invitations i LEFT JOIN users u ON u.id = i.invited_by`;

const toInvitationDto = (row: Row): InvitationDto => ({
  id: row.id as string,
  role: row.role as Role,
  departmentId: row.department_id as string | null,
  email: row.email as string | null,
  expiresAt: row.expires_at as Date,
  acceptedAt: row.accepted_at as Date | null,
  revokedAt: row.revoked_at as Date | null,
  createdAt: row.created_at as Date,
  invitedBy: row.inviter_email
    ? { id: row.invited_by as string, email: row.inviter_email as string, displayName: row.inviter_name as string, locale: row.inviter_locale as string | null }
    : null,
});

interface TokenRow {
  id: string;
  org_id: string;
  organization_name: string;
  role: string;
  department_id: string | null;
  inviter_name: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

const INVALID = 'This invitation link is not valid any more. Ask for a new one.';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(caller: MemberCaller): Promise<InvitationDto[]> {
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(
        em,
        `${INVITATION_SELECT} WHERE i.org_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
          ORDER BY i.created_at DESC`,
        [caller.orgId],
      );
      return rows.map(toInvitationDto);
    });
  }

  async create(caller: MemberCaller, input: CreateInvitationInput, requestId: string): Promise<CreatedInvitationDto> {
    const token = randomBytes(24).toString('base64url');
    const invitation = await this.db.run(caller, async (em) => {
      if (input.departmentId) await assertDepartment(em, caller.orgId, input.departmentId);
      const [inserted] = await sql<Row>(
        em,
        `INSERT INTO invitations (org_id, token_hash, role, department_id, email, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7)) RETURNING id`,
        [caller.orgId, sha256(token), input.role, input.departmentId ?? null, input.email?.toLowerCase() ?? null, caller.userId, this.config.invitationTtlSeconds],
      );
      const [row] = await sql<Row>(em, `${INVITATION_SELECT} WHERE i.id = $1`, [inserted.id]);
      const dto = toInvitationDto(row);
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'invitation',
        entityId: dto.id,
        action: 'create',
        after: { role: dto.role, departmentId: dto.departmentId, email: dto.email, expiresAt: dto.expiresAt },
      });
      return dto;
    });
    return { invitation, token };
  }

  async revoke(caller: MemberCaller, id: string, requestId: string): Promise<InvitationDto> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(
        em,
        `UPDATE invitations SET revoked_at = now() WHERE id = $1 AND org_id = $2 AND revoked_at IS NULL AND accepted_at IS NULL RETURNING id`,
        [id, caller.orgId],
      );
      if (!row) throw notFound('The pending invitation');
      await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'invitation', entityId: id, action: 'revoke' });
      const [full] = await sql<Row>(em, `${INVITATION_SELECT} WHERE i.id = $1`, [id]);
      return toInvitationDto(full);
    });
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const row = await this.usable(token);
    return { organizationName: row.organization_name, role: row.role as Role, inviterName: row.inviter_name, expiresAt: row.expires_at };
  }

  /** Makes the caller a member with the invitation's role; returns the organisation joined. */
  async accept(caller: Caller, token: string, requestId: string): Promise<string> {
    const invitation = await this.usable(token);
    const orgId = invitation.org_id;
    const membershipId = await this.db.run({ orgId, userId: caller.userId }, async (em) => {
      const [locked] = await sql<Row>(
        em,
        `SELECT id FROM invitations WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() FOR UPDATE`,
        [invitation.id],
      );
      if (!locked) throw new AppError('NOT_FOUND', INVALID);
      const [existing] = await sql<Row>(em, `SELECT id, active FROM memberships WHERE org_id = $1 AND user_id = $2`, [orgId, caller.userId]);
      if (existing?.active) throw conflict('You are already a member of this organisation.');
      const role = isRole(invitation.role) ? invitation.role : 'staff';
      // The department may have been deleted since the link was made.
      const [department] = invitation.department_id
        ? await sql(em, `SELECT 1 FROM departments WHERE id = $1 AND org_id = $2 AND deleted_at IS NULL`, [invitation.department_id, orgId])
        : [];
      const departmentId = department ? invitation.department_id : null;
      const [membership] = existing
        ? await sql<Row>(
            em,
            `UPDATE memberships SET active = true, role = $2, department_id = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
            [existing.id, role, departmentId],
          )
        : await sql<Row>(em, `INSERT INTO memberships (org_id, user_id, role, department_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
            orgId,
            caller.userId,
            role,
            departmentId,
          ]);
      await sql(em, `UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitation.id, caller.userId]);
      const by = { orgId, actorUserId: caller.userId, requestId };
      await this.audit.record(em, { ...by, entity: 'invitation', entityId: invitation.id, action: 'accept' });
      await this.audit.record(em, {
        ...by,
        entity: 'membership',
        entityId: membership.id as string,
        action: existing ? 'reactivate' : 'create',
        after: { userId: caller.userId, role, departmentId },
      });
      return membership.id as string;
    });
    this.events.publish(orgId, { entity: 'membership', entityId: membershipId, action: 'join', actorId: caller.userId });
    return orgId;
  }

  private async usable(token: string): Promise<TokenRow> {
    const [row] = await this.db.query<TokenRow>(`SELECT * FROM app_invitation_by_token($1)`, [sha256(token)]);
    if (!row || row.accepted_at || row.revoked_at || new Date(row.expires_at) <= new Date()) {
      throw new AppError('NOT_FOUND', INVALID);
    }
    return row;
  }
}
