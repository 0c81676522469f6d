import { Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequirePermission } from '../../../common/auth/auth.decorators';
import type { MemberCaller } from '../../../common/context/gql-context';
import { OptionalIdArg } from '../../../common/graphql/id-arg';
import { RecentlyDeletedService } from '../services/recently-deleted.service';
import { DeletedItemDto } from '../dtos/deleted-item.dto';

/** Admins and executives (plans.manage); departments are listed only to those who manage them, cycle stages to those who manage cycles. */
@Resolver(() => DeletedItemDto)
@RequirePermission('plans.manage')
export class RecentlyDeletedResolver {
  constructor(private readonly deletions: RecentlyDeletedService) {}

  @Query(() => [DeletedItemDto], {
    description:
      'Deletions of the last six months that can be undone, newest first: one entry per deleted plan node or department with everything deleted with it, per cycle stage and per template. With planId, only that plan’s nodes and cycle stages.',
  })
  recentlyDeleted(@OptionalIdArg('planId') planId: string | null, @CurrentCaller() caller: MemberCaller): Promise<DeletedItemDto[]> {
    return this.deletions.list(caller, planId);
  }
}
