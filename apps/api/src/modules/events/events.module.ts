import { Global, Module } from '@nestjs/common';
import { OrganizationEvents } from './organization-events.service';
import { EventsResolver } from './events.resolver';

@Global()
@Module({ providers: [OrganizationEvents, EventsResolver], exports: [OrganizationEvents] })
export class EventsModule {}
