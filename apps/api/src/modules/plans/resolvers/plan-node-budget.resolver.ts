import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequireAnyPermission, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { requestLoader } from '../../../common/graphql/request-loader';
import { BudgetsService } from '../../budgets/services/budgets.service';
import { PlanNodeDto } from '../dtos/plan-node.dto';
import { LinkKpiTargetInput } from '../dtos/inputs/kpi-budget-link.input';
import { KpiBudgetLinksService } from '../services/kpi-budget-links.service';

/** Where a plan node meets the plan's budget: a KPI target taken from it, a project's cost estimate. */
@Resolver(() => PlanNodeDto)
@RequirePermission('plans.read')
export class PlanNodeBudgetResolver {
  constructor(
    private readonly links: KpiBudgetLinksService,
    private readonly budgets: BudgetsService,
  ) {}

  @RequireAnyPermission('plans.manage', 'plans.edit_department')
  @Mutation(() => PlanNodeDto, {
    description:
      'Takes the KPI’s target from a figure of the plan’s budget (refreshed when the budget is locked), or with a null source stops following it. Needs the right to change the node and to read the whole budget.',
  })
  linkKpiTargetToBudget(@Args('input') input: LinkKpiTargetInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.links.link(caller, input, ctx.requestId);
  }

  /**
   * Meant for single-node reads (the drawer), not for lists; batched per
   * request all the same, so a list asking for it costs a few statements,
   * not one per node.
   */
  @ResolveField(() => String, {
    nullable: true,
    description:
      'A project’s cost estimate: the responsibility target’s amount over the horizon of the budget’s cost lines linked to it that the caller may see (roles that read the whole budget, or the manager of the lines’ department). null when none, and for staff.',
  })
  budgetCostEstimate(@Parent() node: PlanNodeDto, @Context() ctx: GqlContext): Promise<string | null> | null {
    const caller = ctx.caller;
    if (!caller?.orgId || !caller.membershipId || !caller.role) return null;
    const member = caller as MemberCaller;
    return requestLoader<string, string>(ctx, `budgetCostEstimate:${member.orgId}`, async (ids) => {
      const estimates = await this.budgets.costEstimates(member, ids);
      return ids.map((id) => estimates.get(id) ?? null);
    }).load(node.id);
  }
}
