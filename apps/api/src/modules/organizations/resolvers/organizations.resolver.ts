import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, MembersOnly, RequestContext, RequirePermission, SignedIn } from '../../../common/auth/auth.decorators';
import type { Caller, GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { AuthService } from '../../identity/services/auth.service';
import { AuthPayloadDto } from '../../identity/dtos/viewer.dto';
import { OrganizationsService } from '../services/organizations.service';
import { OrganizationDto } from '../dtos/organization.dto';
import { CreateOrganizationInput } from '../dtos/inputs/create-organization.input';
import { UpdateOrganizationInput } from '../dtos/inputs/update-organization.input';

@Resolver(() => OrganizationDto)
@MembersOnly()
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
  ) {}

  @Query(() => OrganizationDto, { description: 'The organisation the caller works in now.' })
  organization(@CurrentCaller() caller: MemberCaller): Promise<OrganizationDto> {
    return this.organizations.get(caller);
  }

  @SignedIn()
  @Mutation(() => AuthPayloadDto, { description: 'Creates an organisation with the caller as admin and switches into it.' })
  async createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @CurrentCaller() caller: Caller,
    @RequestContext() ctx: GqlContext,
  ): Promise<AuthPayloadDto> {
    const orgId = await this.organizations.create(caller, input, ctx.requestId);
    return this.auth.enterOrganization(caller, orgId);
  }

  @RequirePermission('organization.manage')
  @Mutation(() => OrganizationDto)
  updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @CurrentCaller() caller: MemberCaller,
    @RequestContext() ctx: GqlContext,
  ): Promise<OrganizationDto> {
    return this.organizations.update(caller, input, ctx.requestId);
  }
}
