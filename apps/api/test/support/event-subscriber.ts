import { createClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { Json } from './test-app';

const EVENTS = `subscription { organizationEvents { entity entityId action actorId } }`;

/** One graphql-ws client listening to the organisation's events, as the web app does. */
export interface EventSubscriber {
  events: Json[];
  errors: unknown[];
  /** Whether the server accepted the connection (its connection_ack). */
  connected: () => boolean;
  /** Whether the server ended the subscription. */
  completed: () => boolean;
  /** When each event arrived (performance.now()), by entity id. */
  arrivals: Map<string, number>;
  /** Resolves true once the predicate holds for the events received, false after the timeout. */
  waitFor: (predicate: (events: Json[]) => boolean, ms?: number) => Promise<boolean>;
  close: () => Promise<void>;
}

/** Subscribes to organizationEvents at `url` (ws://…/graphql) with the given connection parameters. */
export function subscribeToEvents(url: string, connectionParams: Record<string, unknown>): EventSubscriber {
  let connected = false;
  let completed = false;
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, on: { connected: () => (connected = true) } });
  const events: Json[] = [];
  const errors: unknown[] = [];
  const arrivals = new Map<string, number>();
  const stop = client.subscribe(
    { query: EVENTS },
    {
      next: (value) => {
        const event = value.data?.organizationEvents as Json;
        if (event) arrivals.set(event.entityId, performance.now());
        events.push(event ?? value);
      },
      error: (error) => errors.push(error),
      complete: () => (completed = true),
    },
  );
  return {
    events,
    errors,
    connected: () => connected,
    completed: () => completed,
    arrivals,
    waitFor: async (predicate, ms = 5000) => {
      const until = Date.now() + ms;
      while (!predicate(events) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      return predicate(events);
    },
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}

/**
 * Subscribing is asynchronous: makes changes (`change(i)` answers the id of
 * the record it changed) until the subscriber sees one, so that later
 * changes cannot be missed.
 */
export async function untilListening(sub: EventSubscriber, change: (attempt: number) => Promise<string>, waitMs = 100): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const id = await change(i);
    if (await sub.waitFor((events) => events.some((e) => e.entityId === id), waitMs)) return;
  }
  throw new Error(`subscription never started: ${JSON.stringify(sub.errors)}`);
}
