import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { PlansService } from '../services/plans.service';
import { PlanDto } from '../dtos/plan.dto';
import { CreatePlanInput, UpdatePlanStatusInput } from '../dtos/inputs/plan.inputs';

@Resolver(() => PlanDto)
@RequirePermission('plans.read')
export class PlansResolver {
  constructor(private readonly plansService: PlansService) {}

  @Query(() => [PlanDto], { description: 'The organisation’s annual plans, newest year first.' })
  plans(@CurrentCaller() caller: MemberCaller): Promise<PlanDto[]> {
    return this.plansService.list(caller);
  }

  @Query(() => PlanDto)
  plan(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller): Promise<PlanDto> {
    return this.plansService.get(caller, id);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanDto)
  createPlan(@Args('input') input: CreatePlanInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanDto> {
    return this.plansService.create(caller, input, ctx.requestId);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanDto, { description: 'Approve, reopen, archive or bring back a plan.' })
  updatePlanStatus(@Args('input') input: UpdatePlanStatusInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanDto> {
    return this.plansService.updateStatus(caller, input, ctx.requestId);
  }
}
