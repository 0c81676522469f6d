import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, MembersOnly, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { DepartmentsService } from '../../departments/services/departments.service';
import { DepartmentDto } from '../../departments/dtos/department.dto';
import { MembersService } from '../services/members.service';
import { MemberDto } from '../dtos/member.dto';
import { UpdateMemberInput } from '../dtos/inputs/update-member.input';

@Resolver(() => MemberDto)
@MembersOnly()
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly departments: DepartmentsService,
  ) {}

  @RequirePermission('members.read')
  @Query(() => [MemberDto])
  members(
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
    @CurrentCaller() caller: MemberCaller,
  ): Promise<MemberDto[]> {
    return this.membersService.list(caller, includeInactive);
  }

  @RequirePermission('members.manage')
  @Mutation(() => MemberDto, { description: 'Change a member’s role, department or active state. Takes effect on their next request.' })
  updateMember(
    @Args('input') input: UpdateMemberInput,
    @CurrentCaller() caller: MemberCaller,
    @RequestContext() ctx: GqlContext,
  ): Promise<MemberDto> {
    return this.membersService.update(caller, input, ctx.requestId);
  }

  @ResolveField(() => DepartmentDto, { nullable: true })
  department(@Parent() member: MemberDto, @Context() ctx: GqlContext): Promise<DepartmentDto | null> | null {
    // The member was already shown to this caller; its department is in the member's organisation.
    // No caller yet on sign-in or refresh, whose payload carries the caller's own membership.
    if (!member.departmentId) return null;
    return this.departments.loader(ctx, { orgId: member.orgId, userId: ctx.caller?.userId ?? null }).load(member.departmentId);
  }
}
