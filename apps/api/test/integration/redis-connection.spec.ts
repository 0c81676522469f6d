import { RedisClient, RedisSubscriber, RedisUnavailableError } from '../../src/redis/redis-connection';
import { RedisReplyError } from '../../src/redis/resp.util';
import { describeWithRedis, RedisServer, startRedisServer } from '../support/redis-server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (predicate: () => boolean, ms = 5000): Promise<boolean> => {
  const end = Date.now() + ms;
  while (!predicate() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return predicate();
};

describeWithRedis('the Redis connection against a real redis-server', () => {
  let server: RedisServer;
  const opened: (RedisClient | RedisSubscriber)[] = [];
  const quick = { minBackoffMs: 20, maxBackoffMs: 200 };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  afterAll(() => server?.stop());

  function client(url = server.url): RedisClient {
    const c = new RedisClient({ url, name: 'spec', ...quick });
    opened.push(c);
    return c;
  }
  function subscriber(received: [string, string][], url = server.url): RedisSubscriber {
    const s = new RedisSubscriber({ url, name: 'spec-sub', ...quick }, (channel, message) => received.push([channel, message]));
    opened.push(s);
    return s;
  }

  it('runs commands, pipelined, and answers a failed one with its error', async () => {
    const c = client();
    expect(await c.waitReady(3000)).toBe(true);
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => c.call('INCRBY', 'counter', i)));
    expect(replies[199]).toBe((199 * 200) / 2);
    expect(await c.call('SET', 'text', '销售 "quoted"\r\nline')).toBe('OK');
    expect(await c.call('GET', 'text')).toBe('销售 "quoted"\r\nline');
    expect(await c.call('GET', 'absent')).toBeNull();
    await expect(c.call('INCR', 'text')).rejects.toBeInstanceOf(RedisReplyError);
    // The connection is fine after an error reply.
    expect(await c.call('EVAL', `return redis.call('INCR', KEYS[1])`, 1, 'counter')).toBe((199 * 200) / 2 + 1);
  });

  it('delivers messages on subscribed channels only, and stops after unsubscribing', async () => {
    const c = client();
    const received: [string, string][] = [];
    const s = subscriber(received);
    await s.subscribe('opsplan:a');
    await s.subscribe('opsplan:b');
    expect(await c.call('PUBLISH', 'opsplan:a', 'one')).toBe(1);
    expect(await c.call('PUBLISH', 'opsplan:elsewhere', 'nobody')).toBe(0);
    expect(await c.call('PUBLISH', 'opsplan:b', 'two')).toBe(1);
    expect(await until(() => received.length === 2)).toBe(true);
    expect(received).toEqual([
      ['opsplan:a', 'one'],
      ['opsplan:b', 'two'],
    ]);

    s.unsubscribe('opsplan:a');
    expect(s.subscribedChannels).toEqual(['opsplan:b']);
    // PUBLISH answers how many subscribers got it: 0 once the unsubscribe has reached Redis.
    let reached = false;
    for (let i = 0; i < 100 && !reached; i++) {
      reached = (await c.call('PUBLISH', 'opsplan:a', `probe ${i}`)) === 0;
      if (!reached) await sleep(10);
    }
    expect(reached).toBe(true);
    expect(await c.call('PUBLISH', 'opsplan:b', 'three')).toBe(1);
    expect(await until(() => received.some(([, m]) => m === 'three'))).toBe(true);
  });

  it('fails fast while Redis is down, reconnects with backoff, and subscribes again to what it had', async () => {
    const c = client();
    const received: [string, string][] = [];
    const s = subscriber(received);
    await s.subscribe('opsplan:survivor');
    expect(await c.waitReady(3000)).toBe(true);

    await server.stop();
    expect(await until(() => !c.isReady && !s.isReady)).toBe(true);
    const started = Date.now();
    await expect(c.call('PING')).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(Date.now() - started).toBeLessThan(100);

    await server.start();
    expect(await c.waitReady(5000)).toBe(true);
    expect(await s.waitReady(5000)).toBe(true);
    // The server is new and empty: the subscriber's channel exists again only because it resubscribed.
    let delivered = 0;
    for (let i = 0; i < 100 && delivered === 0; i++) {
      delivered = (await c.call('PUBLISH', 'opsplan:survivor', `after restart ${i}`)) as number;
      if (delivered === 0) await sleep(20);
    }
    expect(delivered).toBe(1);
    expect(await until(() => received.some(([, m]) => m.startsWith('after restart')))).toBe(true);
  });

  it('authenticates and selects the database named in the URL, and keeps retrying on a wrong password', async () => {
    const guarded = await startRedisServer(['--requirepass', 'cache-secret']);
    try {
      const right = client(`redis://:cache-secret@127.0.0.1:${guarded.port}/3`);
      expect(await right.waitReady(3000)).toBe(true);
      expect(await right.call('SET', 'where', 'db3')).toBe('OK');
      const db0 = client(`redis://:cache-secret@127.0.0.1:${guarded.port}/0`);
      expect(await db0.waitReady(3000)).toBe(true);
      expect(await db0.call('GET', 'where')).toBeNull();

      const wrong = client(`redis://:not-it@127.0.0.1:${guarded.port}`);
      expect(await wrong.waitReady(500)).toBe(false);
      await expect(wrong.call('PING')).rejects.toBeInstanceOf(RedisUnavailableError);
    } finally {
      await Promise.all(opened.splice(0).map((c) => c.close()));
      await guarded.stop();
    }
  });
});
