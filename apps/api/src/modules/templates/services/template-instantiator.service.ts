import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BlueprintLanguage, computeBudget, instantiateTemplate, NAME_MAX_LENGTH, PlanBlueprint, PlanTemplate } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { auditBy } from '../../../common/context/audit-context';
import { AuditRecord, AuditService } from '../../audit/services/audit.service';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { OrganizationEventDto } from '../../events/organization-event.dto';
import { nodeAuditView, PLAN_SELECT, toPlanDto } from '../../plans/services/cascade-sql.util';
import { BudgetDrafts, toEngineInput } from '../../budgets/services/budget-drafts.util';
import { cycleAuditView, insertCycle } from '../../planning-cycles/services/cycle-sql.util';
import type { TemplatePlanResultDto } from '../dtos/template-plan-result.dto';
import { templateProblems } from './template-json.util';
import { createdDepartmentAuditView, placeDepartments } from './template-departments.util';
import { columnProblems, insertNodes, KpiTarget, nodeRecords } from './template-nodes.util';
import { assertBudgetValid, budgetDraftsOf, budgetTargets, insertBudget } from './template-budget.util';
import { cycleLayout } from './template-cycle.util';

/** What the person chose for a template: the language, its start, the plan's name and the parameters' values. */
export interface TemplateUse {
  language: BlueprintLanguage;
  planYear: number | null;
  startDate: string | null;
  planName: string | null;
  parameters: Record<string, string>;
}

/** A template instantiated: what the caller gets back, and the events to publish once the transaction has committed. */
export interface Instantiated {
  result: TemplatePlanResultDto;
  events: OrganizationEventDto[];
}

/**
 * Turns a template into an organisation's plan inside the caller's
 * transaction: departments matched or created, the plan, its nodes (with
 * their roll-ups), the planning cycle and the budget with the KPI targets it
 * decides, and their audit rows. Whatever fails leaves nothing, since it all
 * runs in one transaction; each kind of row goes in as one statement, however
 * large the template.
 *
 * Errors name the input field; `field` prefixes them where the choices sit
 * inside another input (`template.` for createOrganization).
 */
@Injectable()
export class TemplateInstantiator {
  constructor(
    private readonly audit: AuditService,
    private readonly events: OrganizationEvents,
  ) {}

  async instantiate(em: EntityManager, caller: MemberCaller, template: PlanTemplate, use: TemplateUse, requestId: string, field = ''): Promise<Instantiated> {
    const [org] = await sql<Row>(em, `SELECT currency, fiscal_year_start_month FROM organizations WHERE id = $1`, [caller.orgId]);
    const blueprint = this.blueprint(template, use, org.fiscal_year_start_month as number, field);
    const planName = use.planName ?? blueprint.plan.name;
    if ([...planName].length > NAME_MAX_LENGTH) throw badInput(`${field}planName`, `The plan’s name would be longer than ${NAME_MAX_LENGTH} characters; give it a shorter one.`);
    const [taken] = await sql(em, `SELECT 1 FROM plans WHERE org_id = $1 AND year = $2`, [caller.orgId, blueprint.plan.year]);
    if (taken) throw yearTaken(field, blueprint.plan.year);

    const departments = await placeDepartments(em, caller.orgId, blueprint.departments, `${field}templateId`);
    const plan = await insertPlan(em, caller.orgId, blueprint.plan.year, planName, field);
    const nodeIds = new Map(blueprint.nodes.map((n) => [n.key, randomUUID()]));
    const departmentIds = new Map([...departments.byKey].map(([key, d]) => [key, d.id]));
    const budget = blueprint.budget && budgetDraftsOf(blueprint.budget, { orgId: caller.orgId, planId: plan.id as string, currency: org.currency as string, departmentIds, nodeIds });
    const records = nodeRecords(blueprint.nodes, {
      ids: nodeIds,
      departments: departments.byKey,
      fallbackOwner: caller.membershipId,
      targets: budget ? kpiTargetsOf(blueprint, budget, departments.all.map((d) => d.id), `${field}templateId`) : new Map(),
    });
    await insertNodes(em, caller.orgId, plan.id as string, records);
    const who = auditBy(caller, requestId);
    // (after the nodes: a cost line may name its project)
    const budgetAudit = budget ? await insertBudget(em, budget, who) : [];
    const cycle = blueprint.cycle
      ? await insertCycle(em, caller.orgId, { id: plan.id as string, year: blueprint.plan.year }, `Planning cycle ${blueprint.plan.year}`, cycleLayout(blueprint.cycle, departments))
      : null;
    await this.audit.recordEach(em, [
      { ...who, entity: 'plan', entityId: plan.id as string, action: 'create', after: { templateKey: blueprint.templateKey, language: blueprint.language, year: plan.year, name: plan.name, status: plan.status, parameters: blueprint.parameters } },
      ...departments.created.map((row): AuditRecord => ({ ...who, entity: 'department', entityId: row.id as string, action: 'create', after: createdDepartmentAuditView(row) })),
      // One row per node, in one statement: a template is bounded (2,000 nodes, 2 MB), so this stays one insert of a few thousand rows at most.
      ...records.map((r): AuditRecord => ({ ...who, entity: 'plan_node', entityId: r.id, action: 'create', after: nodeAuditView(r) })),
      ...(cycle ? [{ ...who, entity: 'planning_cycle', entityId: cycle.id as string, action: 'create', after: { ...cycleAuditView(cycle), stages: blueprint.cycle?.length } }] : []),
      ...budgetAudit,
    ]);

    const [planRow] = await sql<Row>(em, `${PLAN_SELECT} WHERE p.id = $1`, [plan.id]);
    const created = (entity: string, entityId: string | undefined): OrganizationEventDto[] => (entityId ? [{ entity, entityId, action: 'create', actorId: caller.userId }] : []);
    return {
      result: {
        plan: toPlanDto(planRow),
        budgetId: budget?.header.id ?? null,
        cycleId: (cycle?.id as string | undefined) ?? null,
        nodes: records.map((r, i) => ({ key: blueprint.nodes[i].key, id: r.id })),
        checks: blueprint.checks.map((c) => ({ kind: c.kind, months: c.months, paybackMonth: c.paybackMonth, met: c.met })),
      },
      // One event per kind of row created: open screens refetch what they show of each.
      events: [
        ...created('plan', plan.id as string),
        ...created('department', departments.created[0]?.id as string | undefined),
        ...created('plan_node', records[0]?.id),
        ...created('planning_cycle', cycle?.id as string | undefined),
        ...created('budget', budget?.header.id),
      ],
    };
  }

  /** Tells the organisation's open screens what the template created; call once the transaction has committed. */
  publish(orgId: string, events: readonly OrganizationEventDto[]): void {
    for (const e of events) this.events.publish(orgId, e);
  }

  /** The template instantiated with the caller's choices, or BAD_USER_INPUT naming the choice at fault. */
  private blueprint(template: PlanTemplate, use: TemplateUse, fiscalYearStartMonth: number, field: string): PlanBlueprint {
    const made = instantiateTemplate(template, {
      language: use.language,
      planYear: use.planYear ?? undefined,
      startDate: use.startDate ?? undefined,
      fiscalYearStartMonth,
      parameters: use.parameters,
    });
    if (!made.ok) throw templateProblems(`${field}${made.problems[0].path || 'templateId'}`, '', made.problems);
    const tooLong = columnProblems(made.blueprint);
    if (tooLong.length > 0) throw templateProblems(`${field}${use.language === 'bilingual' ? 'language' : 'templateId'}`, '', tooLong);
    return made.blueprint;
  }
}

const yearTaken = (field: string, year: number) => badInput(`${field}planYear`, `A plan for ${year} already exists.`);

async function insertPlan(em: EntityManager, orgId: string, year: number, name: string, field: string): Promise<Row> {
  const [plan] = await sql<Row>(em, `INSERT INTO plans (org_id, year, name) VALUES ($1, $2, $3) RETURNING *`, [orgId, year, name]).catch((error: unknown) => {
    // Two people creating the same year at once: the unique key decides.
    throw (error as { constraint?: string }).constraint === 'plans_org_year_key' ? yearTaken(field, year) : error;
  });
  return plan;
}

/**
 * The budget checked as the budgets module would check it, and the KPI
 * targets it decides, computed once, before any node is written, so the
 * nodes are created with them. (instantiateTemplate computed the figures on
 * the lines' keys for its preview; this run is on the lines as stored, so
 * what is linked is what locking the budget would write.)
 */
function kpiTargetsOf(blueprint: PlanBlueprint, budget: BudgetDrafts, departmentIds: readonly string[], field: string): Map<string, KpiTarget> {
  const { input } = toEngineInput(budget);
  assertBudgetValid(input, departmentIds, field);
  if (!blueprint.nodes.some((n) => n.kpi?.budgetTarget)) return new Map();
  return budgetTargets(blueprint.nodes, computeBudget(input), budget.header.horizonMonths);
}
