import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEFAULT_CURRENCY } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { Caller, MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import { builtInById, templateUse } from '../../templates/services/plan-templates.service';
import { Instantiated, TemplateInstantiator } from '../../templates/services/template-instantiator.service';
import type { OrganizationDto } from '../dtos/organization.dto';
import type { CreateOrganizationInput } from '../dtos/inputs/create-organization.input';
import type { UpdateOrganizationInput } from '../dtos/inputs/update-organization.input';

export const toOrganizationDto = (row: Row): OrganizationDto => ({
  id: row.id as string,
  name: row.name as string,
  currency: row.currency as string,
  fiscalYearStartMonth: row.fiscal_year_start_month as number,
  createdAt: row.created_at as Date,
  version: row.version as number,
});

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    private readonly templates: TemplateInstantiator,
  ) {}

  /**
   * Creates an organisation with the caller as its first admin and, given a
   * built-in template, its whole plan too, in the same transaction: either
   * the organisation starts with its plan or nothing is created.
   */
  async create(caller: Caller, input: CreateOrganizationInput, requestId: string): Promise<string> {
    const orgId = randomUUID();
    const template = input.template ? builtInById(input.template.templateId, 'template.templateId') : null;
    if (input.template && !template) throw badInput('template.templateId', 'A new organisation can start only from a built-in template.');
    const use = input.template ? templateUse(input.template, 'template.') : null;
    let made: Instantiated | null = null;
    await this.db.run({ orgId, userId: caller.userId }, async (em) => {
      const [org] = await sql<Row>(
        em,
        `INSERT INTO organizations (id, name, currency, fiscal_year_start_month) VALUES ($1, $2, $3, $4) RETURNING *`,
        [orgId, input.name, input.currency ?? DEFAULT_CURRENCY, input.fiscalYearStartMonth ?? 1],
      );
      const [membership] = await sql<Row>(em, `INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'admin') RETURNING *`, [
        orgId,
        caller.userId,
      ]);
      const by = { orgId, actorUserId: caller.userId, requestId };
      await this.audit.record(em, { ...by, entity: 'organization', entityId: orgId, action: 'create', after: toOrganizationDto(org) });
      await this.audit.record(em, {
        ...by,
        entity: 'membership',
        entityId: membership.id as string,
        action: 'create',
        after: { userId: caller.userId, role: 'admin' },
      });
      if (template && use) {
        const admin: MemberCaller = { ...caller, orgId, membershipId: membership.id as string, role: 'admin', departmentId: null };
        made = await this.templates.instantiate(em, admin, template, use, requestId, 'template.');
      }
    });
    if (made) this.templates.publish(orgId, (made as Instantiated).events);
    return orgId;
  }

  get(caller: MemberCaller): Promise<OrganizationDto> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `SELECT * FROM organizations WHERE id = $1`, [caller.orgId]);
      if (!row) throw notFound('Organisation');
      return toOrganizationDto(row);
    });
  }

  async update(caller: MemberCaller, input: UpdateOrganizationInput, requestId: string): Promise<OrganizationDto> {
    const { dto, changed } = await this.db.run(caller, async (em) => {
      const { before, after, changed } = await updateVersioned(em, {
        skipUnchanged: true,
        table: 'organizations',
        id: caller.orgId,
        version: input.version,
        what: 'The organisation',
        toClient: toOrganizationDto,
        changes: { name: input.name ?? undefined, currency: input.currency ?? undefined, fiscal_year_start_month: input.fiscalYearStartMonth ?? undefined },
      });
      const result = toOrganizationDto(after);
      if (!changed) return { dto: result, changed };
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'organization',
        entityId: caller.orgId,
        action: 'update',
        before: toOrganizationDto(before),
        after: result,
      });
      return { dto: result, changed };
    });
    if (changed) this.events.publish(caller.orgId, { entity: 'organization', entityId: caller.orgId, action: 'update', actorId: caller.userId });
    return dto;
  }
}
