import { Injectable } from '@nestjs/common';
import { EventEmitter, on } from 'node:events';
import type { OrganizationEventDto } from './organization-event.dto';

/**
 * In-process fan-out of "something changed" events to subscribers of the same
 * organisation. Published after the change's transaction commits.
 */
@Injectable()
export class OrganizationEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(orgId: string, event: OrganizationEventDto): void {
    this.emitter.emit(topic(orgId), event);
  }

  /** An async iterator of the organisation's events; ends when the subscriber goes away. */
  async *subscribe(orgId: string, signal?: AbortSignal): AsyncGenerator<{ organizationEvents: OrganizationEventDto }> {
    for await (const [event] of on(this.emitter, topic(orgId), { signal })) {
      yield { organizationEvents: event as OrganizationEventDto };
    }
  }
}

const topic = (orgId: string) => `org:${orgId}`;
