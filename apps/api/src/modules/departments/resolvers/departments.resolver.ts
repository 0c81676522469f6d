import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, MembersOnly, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { DepartmentsService } from '../services/departments.service';
import { DepartmentDto } from '../dtos/department.dto';
import { CreateDepartmentInput, UpdateDepartmentInput } from '../dtos/inputs/department.inputs';

@Resolver(() => DepartmentDto)
@RequirePermission('departments.manage')
export class DepartmentsResolver {
  constructor(private readonly departmentsService: DepartmentsService) {}

  @MembersOnly()
  @Query(() => [DepartmentDto], { description: 'The organisation chart, without deleted departments.' })
  departments(@CurrentCaller() caller: MemberCaller): Promise<DepartmentDto[]> {
    return this.departmentsService.list(caller);
  }

  @Mutation(() => DepartmentDto)
  createDepartment(@Args('input') input: CreateDepartmentInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<DepartmentDto> {
    return this.departmentsService.create(caller, input, ctx.requestId);
  }

  @Mutation(() => DepartmentDto)
  updateDepartment(@Args('input') input: UpdateDepartmentInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<DepartmentDto> {
    return this.departmentsService.update(caller, input, ctx.requestId);
  }

  @Mutation(() => DepartmentDto, { description: 'Deletes the department and its sub-departments; restoreDepartment undoes it.' })
  deleteDepartment(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<DepartmentDto> {
    return this.departmentsService.remove(caller, id, ctx.requestId);
  }

  @Mutation(() => DepartmentDto)
  restoreDepartment(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<DepartmentDto> {
    return this.departmentsService.restore(caller, id, ctx.requestId);
  }
}
