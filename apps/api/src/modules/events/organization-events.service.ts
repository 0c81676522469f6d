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

  /**
   * An async iterator of the organisation's events; ends when the subscriber
   * goes away. Not an async generator: one waiting for its first event cannot
   * be returned, and would keep its listener for good.
   */
  subscribe(orgId: string): AsyncIterableIterator<{ organizationEvents: OrganizationEventDto }> {
    const events = on(this.emitter, topic(orgId));
    const iterator: AsyncIterableIterator<{ organizationEvents: OrganizationEventDto }> = {
      next: async () => {
        const next = await events.next();
        return next.done ? next : { done: false, value: { organizationEvents: next.value[0] as OrganizationEventDto } };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

const topic = (orgId: string) => `org:${orgId}`;
