import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { ResponsibilityLetterDto } from '../dtos/responsibility-letter.dto';
import { ResponsibilityLettersService } from '../services/responsibility-letters.service';

@Resolver(() => ResponsibilityLetterDto)
@RequirePermission('plans.read')
export class ResponsibilityLettersResolver {
  constructor(private readonly letters: ResponsibilityLettersService) {}

  @Query(() => [ResponsibilityLetterDto], {
    description: 'A version’s target-responsibility letters: all of them for executives and admins, the caller’s own for anyone else.',
  })
  responsibilityLetters(@IdArg('versionId') versionId: string, @CurrentCaller() caller: MemberCaller): Promise<ResponsibilityLetterDto[]> {
    return this.letters.list(caller, versionId);
  }

  @Mutation(() => ResponsibilityLetterDto, { description: 'The owner acknowledges their letter (once; repeating it changes nothing).' })
  acknowledgeResponsibilityLetter(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<ResponsibilityLetterDto> {
    return this.letters.acknowledge(caller, id, ctx.requestId);
  }
}
