import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { PlanVersionDto } from '../dtos/plan-version.dto';
import { PlanVersionComparisonDto } from '../dtos/version-comparison.dto';
import { PlanVersionsService } from '../services/plan-versions.service';

@Resolver(() => PlanVersionDto)
@RequirePermission('plans.read')
export class PlanVersionsResolver {
  constructor(private readonly versions: PlanVersionsService) {}

  @Query(() => [PlanVersionDto], { description: 'A plan’s versions, newest first.' })
  planVersions(@IdArg('planId') planId: string, @CurrentCaller() caller: MemberCaller): Promise<PlanVersionDto[]> {
    return this.versions.list(caller, planId);
  }

  @Query(() => PlanVersionDto)
  planVersion(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller): Promise<PlanVersionDto> {
    return this.versions.get(caller, id);
  }

  @Query(() => PlanVersionComparisonDto, { description: 'What changed from one version of a plan to another (either order).' })
  comparePlanVersions(@IdArg('fromId') fromId: string, @IdArg('toId') toId: string, @CurrentCaller() caller: MemberCaller): Promise<PlanVersionComparisonDto> {
    return this.versions.compare(caller, fromId, toId);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanVersionDto, { description: 'Snapshot the plan as it stands now, with its responsibility letters.' })
  createPlanVersion(
    @IdArg('planId') planId: string,
    @Args('label') label: string,
    @CurrentCaller() caller: MemberCaller,
    @RequestContext() ctx: GqlContext,
  ): Promise<PlanVersionDto> {
    return this.versions.create(caller, planId, label, ctx.requestId);
  }
}
