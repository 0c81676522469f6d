import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canActOnNode } from '@opsplan/domain';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, forbidden, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import { BudgetsService } from '../../budgets/services/budgets.service';
import type { PlanNodeDto } from '../dtos/plan-node.dto';
import type { LinkKpiTargetInput } from '../dtos/inputs/kpi-budget-link.input';
import { decimalText, NODE_SELECT, toNodeDto } from './cascade-sql.util';
import { actorOf, assertPlanOpen, assertVersion, liveNode, lockPaths, placeOf, writeTx } from './cascade-locks.util';
import { writeKpiTargets } from './kpi-target.util';

/**
 * The links from the plan cascade to the plan's budget: a KPI whose target is
 * a budget figure (refreshed when the budget is locked, see BudgetsService),
 * and a project's cost estimate, the cost lines that carry it.
 */
@Injectable()
export class KpiBudgetLinksService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
    private readonly budgets: BudgetsService,
  ) {}

  /**
   * Takes the KPI's target from a figure of the budget (or, with no source,
   * stops following it and keeps the figure). The caller must be allowed to
   * change the node (as updateNode) and to read the whole budget.
   */
  async link(caller: MemberCaller, input: LinkKpiTargetInput, requestId: string): Promise<PlanNodeDto> {
    const dto = await writeTx(this.db, caller, async (em) => {
      const locked = await lockPaths(em, caller.orgId, [input.nodeId]);
      const row = liveNode(locked, input.nodeId);
      if (!canActOnNode(actorOf(caller), 'update', placeOf(locked, row))) throw forbidden('Your role does not allow this change to this part of the plan.');
      await this.budgets.assertReadsAll(em, caller);
      assertPlanOpen(row.plan_status, 'nodeId');
      assertVersion(row, input.version);
      if (!row.kpi_direction) throw badInput('nodeId', 'The node has no KPI. Give it one before taking its target from the budget.');
      const source = input.source ?? null;
      const target = source ? await this.budgets.figureFor(em, caller, row.plan_id as string, source) : (decimalText(row.kpi_target) as string);
      await writeKpiTargets(em, this.audit, auditBy(caller, requestId), locked, [{ id: input.nodeId, version: input.version, target, source }]);
      return this.fetch(em, caller.orgId, input.nodeId);
    });
    this.events.publish(caller.orgId, { entity: 'plan_node', entityId: dto.id, action: 'update', actorId: caller.userId });
    return dto;
  }

  private async fetch(em: EntityManager, orgId: string, id: string): Promise<PlanNodeDto> {
    const [row] = await sql<Row>(em, `${NODE_SELECT} WHERE n.id = $1 AND n.org_id = $2 AND n.deleted_at IS NULL`, [id, orgId]);
    if (!row) throw notFound('The node');
    return toNodeDto(row);
  }
}
