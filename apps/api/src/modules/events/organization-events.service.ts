import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventEmitter, on } from 'node:events';
import { RedisService } from '../../redis/redis.service';
import type { RedisSubscriber } from '../../redis/redis-connection';
import type { OrganizationEventDto } from './organization-event.dto';

const CHANNEL_PREFIX = 'opsplan:org-events:';
const TOPIC_PREFIX = 'org:';

/**
 * Fans "something changed" events out to the subscribers of the same
 * organisation, after the change's transaction commits. This instance's own
 * subscribers hear at once; with REDIS_URL the event is also published on the
 * organisation's Redis channel, to which every instance with a subscriber in
 * that organisation (and only those) is subscribed. An event names what
 * changed, never its content: clients refetch through queries, which apply
 * each reader's access rules.
 */
@Injectable()
export class OrganizationEvents {
  private readonly emitter = new EventEmitter();
  /** Tells this instance's own events apart when Redis hands them back. */
  private readonly instanceId = randomUUID();
  private readonly subscriber: RedisSubscriber | null;

  constructor(private readonly redis: RedisService) {
    this.emitter.setMaxListeners(0);
    this.subscriber = redis.subscriber('events', (channel, message) => this.fromRedis(channel, message));
    const subscriber = this.subscriber;
    if (subscriber) {
      // An instance listens to an organisation's channel only while one of its sockets does.
      this.emitter.on('newListener', (name: string | symbol) => {
        if (isTopic(name) && this.emitter.listenerCount(name) === 0) void subscriber.subscribe(CHANNEL_PREFIX + name.slice(TOPIC_PREFIX.length));
      });
      this.emitter.on('removeListener', (name: string | symbol) => {
        if (isTopic(name) && this.emitter.listenerCount(name) === 0) subscriber.unsubscribe(CHANNEL_PREFIX + name.slice(TOPIC_PREFIX.length));
      });
    }
  }

  publish(orgId: string, event: OrganizationEventDto): void {
    const clean: OrganizationEventDto = { entity: event.entity, entityId: event.entityId, action: event.action, actorId: event.actorId };
    this.emitter.emit(topic(orgId), clean);
    // Events are hints to refetch: while Redis is away, other instances' subscribers miss them.
    void this.redis.shared('events reach only this instance’s subscribers', (r) =>
      r.call('PUBLISH', CHANNEL_PREFIX + orgId, JSON.stringify({ from: this.instanceId, event: clean })),
    );
  }

  /**
   * An async iterator of the organisation's events; ends when the subscriber
   * goes away, or when `stillAllowed` says no before an event is delivered.
   * Not an async generator: one waiting for its first event cannot be
   * returned, and would keep its listener for good.
   */
  subscribe(
    orgId: string,
    stillAllowed?: (event: OrganizationEventDto) => Promise<boolean>,
  ): AsyncIterableIterator<{ organizationEvents: OrganizationEventDto }> {
    const events = on(this.emitter, topic(orgId));
    const end = async (): Promise<IteratorResult<{ organizationEvents: OrganizationEventDto }>> => {
      await events.return?.();
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<{ organizationEvents: OrganizationEventDto }> = {
      next: async () => {
        const next = await events.next();
        if (next.done) return next;
        const event = next.value[0] as OrganizationEventDto;
        if (stillAllowed && !(await stillAllowed(event))) return end();
        return { done: false, value: { organizationEvents: event } };
      },
      return: end,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private fromRedis(channel: string, message: string): void {
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    let parsed: { from?: unknown; event?: Partial<OrganizationEventDto> };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    const e = parsed.event;
    if (parsed.from === this.instanceId || !e) return;
    if (typeof e.entity !== 'string' || typeof e.entityId !== 'string' || typeof e.action !== 'string') return;
    if (e.actorId !== null && typeof e.actorId !== 'string') return;
    this.emitter.emit(topic(channel.slice(CHANNEL_PREFIX.length)), { entity: e.entity, entityId: e.entityId, action: e.action, actorId: e.actorId });
  }
}

const topic = (orgId: string) => `${TOPIC_PREFIX}${orgId}`;
const isTopic = (name: string | symbol): name is string => typeof name === 'string' && name.startsWith(TOPIC_PREFIX);
