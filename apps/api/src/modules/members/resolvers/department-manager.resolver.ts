import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context/gql-context';
import { DepartmentDto } from '../../departments/dtos/department.dto';
import { MembersService } from '../services/members.service';
import { MemberDto } from '../dtos/member.dto';

/** Department.manager lives with members, so that members depend on departments and not the other way round. */
@Resolver(() => DepartmentDto)
export class DepartmentManagerResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => MemberDto, { nullable: true })
  manager(@Parent() department: DepartmentDto, @Context() ctx: GqlContext): Promise<MemberDto | null> | null {
    if (!department.managerId) return null;
    return this.members.loader(ctx, { orgId: department.orgId, userId: ctx.caller?.userId ?? null }).load(department.managerId);
  }
}
