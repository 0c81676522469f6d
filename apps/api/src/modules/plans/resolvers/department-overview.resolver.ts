import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { notFound } from '../../../common/errors/app-error';
import { IdArg, OptionalIdArg } from '../../../common/graphql/id-arg';
import { DepartmentsService } from '../../departments/services/departments.service';
import { DepartmentDto } from '../../departments/dtos/department.dto';
import { MembersService } from '../../members/services/members.service';
import { MemberDto } from '../../members/dtos/member.dto';
import { DepartmentOverviewService } from '../services/department-overview.service';
import { DepartmentOverviewDto, OwnerWorkloadDto } from '../dtos/department-overview.dto';

@Resolver(() => DepartmentOverviewDto)
@RequirePermission('plans.read')
export class DepartmentOverviewResolver {
  constructor(
    private readonly overviews: DepartmentOverviewService,
    private readonly departments: DepartmentsService,
  ) {}

  @Query(() => DepartmentOverviewDto, { description: 'A department’s projects, at-risk work and workload in a plan; the caller’s own department when none is named.' })
  departmentOverview(
    @IdArg('planId') planId: string,
    @OptionalIdArg('departmentId') departmentId: string | null,
    @CurrentCaller() caller: MemberCaller,
  ): Promise<DepartmentOverviewDto> {
    return this.overviews.overview(caller, planId, departmentId);
  }

  @ResolveField(() => DepartmentDto)
  async department(@Parent() overview: DepartmentOverviewDto, @Context() ctx: GqlContext): Promise<DepartmentDto> {
    const department = await this.departments.loader(ctx, { orgId: overview.orgId, userId: ctx.caller?.userId ?? null }).load(overview.departmentId);
    if (!department) throw notFound('The department');
    return department;
  }
}

/** OwnerWorkload.owner, batched with every other member looked up in the request. */
@Resolver(() => OwnerWorkloadDto)
export class OwnerWorkloadResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => MemberDto, { nullable: true })
  owner(@Parent() workload: OwnerWorkloadDto, @Context() ctx: GqlContext): Promise<MemberDto | null> | null {
    if (!workload.ownerId || !ctx.caller) return null;
    return this.members.loader(ctx, { orgId: workload.orgId, userId: ctx.caller.userId }).load(workload.ownerId);
  }
}
