import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public, RequestContext, SignedIn } from '../../../common/auth/auth.decorators';
import type { Caller, GqlContext } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { AuthService } from '../services/auth.service';
import { ViewerService } from '../services/viewer.service';
import { AuthPayloadDto, ViewerDto } from '../dtos/viewer.dto';
import { UserDto } from '../dtos/user.dto';
import { SignUpInput } from '../dtos/inputs/sign-up.input';
import { SignInInput } from '../dtos/inputs/sign-in.input';
import { UpdateProfileInput } from '../dtos/inputs/update-profile.input';

@Resolver()
@SignedIn()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => ViewerDto, { description: 'The signed-in person and where they work now.' })
  viewer(@CurrentCaller() caller: Caller): Promise<ViewerDto> {
    return this.viewers.build(caller.userId, caller.orgId);
  }

  @Public()
  @Mutation(() => AuthPayloadDto)
  signUp(@Args('input') input: SignUpInput, @RequestContext() ctx: GqlContext): Promise<AuthPayloadDto> {
    return this.auth.signUp(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadDto)
  signIn(@Args('input') input: SignInInput, @RequestContext() ctx: GqlContext): Promise<AuthPayloadDto> {
    return this.auth.signIn(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadDto, { description: 'Exchanges the refresh cookie for a new access token (and a new cookie).' })
  refreshSession(@RequestContext() ctx: GqlContext): Promise<AuthPayloadDto> {
    return this.auth.refresh(ctx);
  }

  @Public()
  @Mutation(() => Boolean)
  signOut(@RequestContext() ctx: GqlContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @Mutation(() => AuthPayloadDto)
  switchOrganization(
    @IdArg('organizationId') organizationId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AuthPayloadDto> {
    return this.auth.switchOrganization(caller, organizationId);
  }

  @Mutation(() => UserDto)
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentCaller() caller: Caller): Promise<UserDto> {
    return this.auth.updateProfile(caller, input);
  }
}
