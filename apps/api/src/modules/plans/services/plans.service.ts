import { Injectable } from '@nestjs/common';
import { canChangePlanStatus, PlanStatus } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row, updateVersioned } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { PlanDto } from '../dtos/plan.dto';
import type { CreatePlanInput, UpdatePlanStatusInput } from '../dtos/inputs/plan.inputs';
import { PLAN_SELECT, toPlanDto } from './cascade-sql.util';

const auditView = (row: Row) => ({ year: row.year, name: row.name, status: row.status });

@Injectable()
export class PlansService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  list(caller: MemberCaller): Promise<PlanDto[]> {
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(em, `${PLAN_SELECT} WHERE p.org_id = $1 ORDER BY p.year DESC`, [caller.orgId]);
      return rows.map(toPlanDto);
    });
  }

  get(caller: MemberCaller, id: string): Promise<PlanDto> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<Row>(em, `${PLAN_SELECT} WHERE p.id = $1 AND p.org_id = $2`, [id, caller.orgId]);
      if (!row) throw notFound('The plan');
      return toPlanDto(row);
    });
  }

  async create(caller: MemberCaller, input: CreatePlanInput, requestId: string): Promise<PlanDto> {
    const dto = await this.db
      .run(caller, async (em) => {
        const [taken] = await sql(em, `SELECT 1 FROM plans WHERE org_id = $1 AND year = $2`, [caller.orgId, input.year]);
        if (taken) throw yearTaken(input.year);
        const [row] = await sql<Row>(em, `INSERT INTO plans (org_id, year, name) VALUES ($1, $2, $3) RETURNING *`, [
          caller.orgId,
          input.year,
          input.name,
        ]);
        await this.audit.record(em, { ...auditBy(caller, requestId), entity: 'plan', entityId: row.id as string, action: 'create', after: auditView(row) });
        return toPlanDto({ ...row, progress: 0 });
      })
      .catch((error: unknown) => {
        // Two people creating the same year at once: the unique key decides.
        if ((error as { constraint?: string }).constraint === 'plans_org_year_key') throw yearTaken(input.year);
        throw error;
      });
    this.publish(caller, dto.id, 'create');
    return dto;
  }

  async updateStatus(caller: MemberCaller, input: UpdatePlanStatusInput, requestId: string): Promise<PlanDto> {
    const dto = await this.db.run(caller, async (em) => {
      const { before, after } = await updateVersioned(em, {
        table: 'plans',
        id: input.id,
        version: input.version,
        what: 'The plan',
        extraWhere: 'AND org_id = app_org_id()',
        toClient: (row) => ({ id: row.id, name: row.name, year: row.year, status: row.status, version: row.version }),
        changes: { status: input.status },
      });
      if (!canChangePlanStatus(before.status as PlanStatus, input.status)) {
        throw badInput('status', `A ${String(before.status)} plan cannot become ${input.status}.`);
      }
      await this.audit.record(em, {
        ...auditBy(caller, requestId),
        entity: 'plan',
        entityId: input.id,
        action: 'update',
        before: auditView(before),
        after: auditView(after),
      });
      const [row] = await sql<Row>(em, `${PLAN_SELECT} WHERE p.id = $1`, [input.id]);
      return toPlanDto(row);
    });
    this.publish(caller, dto.id, 'update');
    return dto;
  }

  private publish(caller: MemberCaller, id: string, action: string): void {
    this.events.publish(caller.orgId, { entity: 'plan', entityId: id, action, actorId: caller.userId });
  }
}

const yearTaken = (year: number) => badInput('year', `The organisation already has a plan for ${year}.`);
