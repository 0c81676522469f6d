import { Resolver, Subscription } from '@nestjs/graphql';
import { CurrentCaller, MembersOnly } from '../../common/auth/auth.decorators';
import type { MemberCaller } from '../../common/context/gql-context';
import { TenantDb } from '../../database/tenant-db.service';
import { OrganizationEvents } from './organization-events.service';
import { OrganizationEventDto } from './organization-event.dto';
import { subscriberStillAllowed } from './subscriber-access.util';

@Resolver()
@MembersOnly()
export class EventsResolver {
  constructor(
    private readonly events: OrganizationEvents,
    private readonly db: TenantDb,
  ) {}

  @Subscription(() => OrganizationEventDto, { description: 'Changes in the current organisation, as they happen.' })
  organizationEvents(@CurrentCaller() caller: MemberCaller) {
    return this.events.subscribe(caller.orgId, subscriberStillAllowed(this.db, caller));
  }
}
