import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, MembersOnly } from '../../../common/auth/auth.decorators';
import type { MemberCaller } from '../../../common/context/gql-context';
import { badInput } from '../../../common/errors/app-error';
import { isUuid } from '../../../common/graphql/id-arg';
import { NotificationsService } from '../services/notifications.service';
import { NotificationPageDto } from '../dtos/notification.dto';

/** The caller's own notifications in the current organisation. */
@Resolver()
@MembersOnly()
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationsService) {}

  @Query(() => NotificationPageDto, { description: 'Newest first.' })
  notifications(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @CurrentCaller() caller: MemberCaller,
  ): Promise<NotificationPageDto> {
    return this.inbox.page(caller, first, after ?? null);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentCaller() caller: MemberCaller): Promise<number> {
    return this.inbox.unreadCount(caller);
  }

  @Mutation(() => Int, { description: 'Marks the caller’s notifications read; answers how many. An id that is not the caller’s answers NOT_FOUND.' })
  markNotificationsRead(@Args('ids', { type: () => [ID] }) ids: string[], @CurrentCaller() caller: MemberCaller): Promise<number> {
    if (ids.length === 0 || ids.length > 200 || !ids.every(isUuid)) throw badInput('ids', 'ids must be 1 to 200 valid ids.');
    return this.inbox.markRead(caller, ids.map((id) => id.toLowerCase()));
  }

  @Mutation(() => Int, { description: 'Marks all the caller’s notifications read; answers how many were unread.' })
  markAllNotificationsRead(@CurrentCaller() caller: MemberCaller): Promise<number> {
    return this.inbox.markAllRead(caller);
  }
}
