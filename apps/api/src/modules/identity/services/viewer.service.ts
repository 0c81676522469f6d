import { Injectable } from '@nestjs/common';
import { permissionsOf, isRole, Role } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { unauthenticated } from '../../../common/errors/app-error';
import type { ViewerDto } from '../dtos/viewer.dto';
import type { OrganizationDto, OrganizationSummaryDto } from '../../organizations/dtos/organization.dto';
import type { MemberDto } from '../../members/dtos/member.dto';

interface MembershipRow {
  membership_id: string;
  org_id: string;
  org_name: string;
  currency: string;
  fiscal_year_start_month: number;
  org_created_at: Date;
  org_version: number;
  role: string;
  department_id: string | null;
  active: boolean;
  joined_at: Date;
  membership_version: number;
}

/** Builds the Viewer: the user, their organisations, and the current membership with its permissions. */
@Injectable()
export class ViewerService {
  constructor(private readonly db: TenantDb) {}

  async build(userId: string, orgId: string | null): Promise<ViewerDto> {
    return this.db.run({ orgId, userId }, async (em) => {
      const [user] = await em.query(`SELECT id, email, display_name, locale FROM users WHERE id = $1`, [userId]);
      if (!user) throw unauthenticated();
      const rows: MembershipRow[] = await em.query(
        `SELECT m.id AS membership_id, o.id AS org_id, o.name AS org_name, o.currency, o.fiscal_year_start_month,
                o.created_at AS org_created_at, o.version AS org_version, m.role, m.department_id, m.active,
                m.created_at AS joined_at, m.version AS membership_version
           FROM memberships m JOIN organizations o ON o.id = m.org_id
          WHERE m.user_id = $1 AND m.active
          ORDER BY o.name`,
        [userId],
      );
      const userDto = { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale };
      const current = rows.find((r) => r.org_id === orgId && isRole(r.role));
      const organizations: OrganizationSummaryDto[] = rows
        .filter((r) => isRole(r.role))
        .map((r) => ({ id: r.org_id, name: r.org_name, role: r.role as Role }));
      const organization: OrganizationDto | null = current
        ? {
            id: current.org_id,
            name: current.org_name,
            currency: current.currency,
            fiscalYearStartMonth: current.fiscal_year_start_month,
            createdAt: current.org_created_at,
            version: current.org_version,
          }
        : null;
      const membership: MemberDto | null = current
        ? {
            id: current.membership_id,
            orgId: current.org_id,
            user: userDto,
            role: current.role as Role,
            departmentId: current.department_id,
            active: current.active,
            joinedAt: current.joined_at,
            version: current.membership_version,
          }
        : null;
      return {
        user: userDto,
        organization,
        membership,
        organizations,
        permissions: membership ? permissionsOf(membership.role) : [],
      };
    });
  }

  /** The organisation a user lands in after signing in: the one they used last, else their first. */
  async defaultOrg(userId: string): Promise<string | null> {
    return this.db.run({ orgId: null, userId }, async (em) => {
      const [row] = await em.query(
        `SELECT m.org_id FROM memberships m
           LEFT JOIN LATERAL (SELECT max(f.created_at) AS used FROM session_families f
                               WHERE f.user_id = m.user_id AND f.current_org_id = m.org_id) last ON true
          WHERE m.user_id = $1 AND m.active
          ORDER BY last.used DESC NULLS LAST, m.created_at
          LIMIT 1`,
        [userId],
      );
      return row?.org_id ?? null;
    });
  }
}
