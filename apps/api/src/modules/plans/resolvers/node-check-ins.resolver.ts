import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentCaller, RequestContext, RequireAnyPermission, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { selectedFieldTree } from '../../../common/graphql/selection';
import { NodeReportsService } from '../services/node-reports.service';
import { NodeCheckInDto } from '../dtos/node-check-in.dto';
import { AddCheckInInput } from '../dtos/inputs/report.inputs';

@Resolver(() => NodeCheckInDto)
@RequirePermission('plans.read')
export class NodeCheckInsResolver {
  constructor(private readonly reports: NodeReportsService) {}

  @Query(() => [NodeCheckInDto], { description: 'A node’s check-ins, oldest first.' })
  checkIns(@IdArg('nodeId') nodeId: string, @CurrentCaller() caller: MemberCaller): Promise<NodeCheckInDto[]> {
    return this.reports.checkIns(caller, nodeId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department', 'plans.report_owned')
  @Mutation(() => NodeCheckInDto, { description: 'Posts a check-in; its progress (or KPI actual) becomes the node’s.' })
  addCheckIn(
    @Args('input') input: AddCheckInInput,
    @CurrentCaller() caller: MemberCaller,
    @RequestContext() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeCheckInDto> {
    return this.reports.addCheckIn(caller, input, ctx.requestId, selectedFieldTree(info).has('author'));
  }
}
