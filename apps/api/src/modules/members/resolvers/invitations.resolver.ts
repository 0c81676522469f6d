import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public, RequestContext, RequirePermission, SignedIn } from '../../../common/auth/auth.decorators';
import type { Caller, GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { AuthService } from '../../identity/services/auth.service';
import { AuthPayloadDto } from '../../identity/dtos/viewer.dto';
import { DepartmentsService } from '../../departments/services/departments.service';
import { DepartmentDto } from '../../departments/dtos/department.dto';
import { InvitationsService } from '../services/invitations.service';
import { CreatedInvitationDto, InvitationDto, InvitationPreviewDto } from '../dtos/invitation.dto';
import { CreateInvitationInput } from '../dtos/inputs/create-invitation.input';
import { InvitationTokenArg } from '../dtos/inputs/invitation-token.arg';

@Resolver(() => InvitationDto)
@RequirePermission('invitations.manage')
export class InvitationsResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly departments: DepartmentsService,
    private readonly auth: AuthService,
  ) {}

  @Query(() => [InvitationDto], { description: 'Pending invitations of the organisation.' })
  invitations(@CurrentCaller() caller: MemberCaller): Promise<InvitationDto[]> {
    return this.invitationsService.list(caller);
  }

  @Mutation(() => CreatedInvitationDto)
  createInvitation(
    @Args('input') input: CreateInvitationInput,
    @CurrentCaller() caller: MemberCaller,
    @RequestContext() ctx: GqlContext,
  ): Promise<CreatedInvitationDto> {
    return this.invitationsService.create(caller, input, ctx.requestId);
  }

  @Mutation(() => InvitationDto)
  revokeInvitation(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<InvitationDto> {
    return this.invitationsService.revoke(caller, id, ctx.requestId);
  }

  @Public()
  @Query(() => InvitationPreviewDto, { description: 'What an invitation link offers, shown before accepting it.' })
  invitationPreview(@InvitationTokenArg() token: string): Promise<InvitationPreviewDto> {
    return this.invitationsService.preview(token);
  }

  @SignedIn()
  @Mutation(() => AuthPayloadDto, { description: 'Joins the organisation of the invitation and switches into it.' })
  async acceptInvitation(
    @InvitationTokenArg() token: string,
    @CurrentCaller() caller: Caller,
    @RequestContext() ctx: GqlContext,
  ): Promise<AuthPayloadDto> {
    const orgId = await this.invitationsService.accept(caller, token, ctx.requestId);
    return this.auth.enterOrganization(caller, orgId);
  }

  @ResolveField(() => DepartmentDto, { nullable: true })
  department(@Parent() invitation: InvitationDto, @Context() ctx: GqlContext): Promise<DepartmentDto | null> | null {
    if (!invitation.departmentId || !ctx.caller?.orgId) return null;
    return this.departments.loader(ctx, { orgId: ctx.caller.orgId, userId: ctx.caller.userId }).load(invitation.departmentId);
  }
}
