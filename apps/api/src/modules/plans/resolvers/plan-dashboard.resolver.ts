import { Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentCaller, RequirePermission } from '../../../common/auth/auth.decorators';
import type { MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { selectedFieldTree } from '../../../common/graphql/selection';
import { PlanDashboardService } from '../services/plan-dashboard.service';
import { PlanDashboardDto } from '../dtos/plan-dashboard.dto';

@Resolver(() => PlanDashboardDto)
@RequirePermission('plans.read')
export class PlanDashboardResolver {
  constructor(private readonly dashboards: PlanDashboardService) {}

  @Query(() => PlanDashboardDto, {
    description: 'The executive dashboard of a plan. Reading it records the plan’s progress of the day for the trend line.',
  })
  planDashboard(@IdArg('planId') planId: string, @CurrentCaller() caller: MemberCaller, @Info() info: GraphQLResolveInfo): Promise<PlanDashboardDto> {
    return this.dashboards.dashboard(caller, planId, selectedFieldTree(info).get('objectives')?.get('node') ?? new Map());
  }
}
