import { DataSource } from 'typeorm';
import { PROBE_TIMEOUT_MS } from '../../src/modules/health/health.service';
import { RedisClient } from '../../src/redis/redis-connection';
import { describeWithRedis, RedisServer, startRedisServer } from '../support/redis-server';
import { countStatements } from '../support/statement-counter';
import { Json, ownerQuery, TestApp } from '../support/test-app';

/**
 * /health reports whether the instance can serve: the database and, with
 * REDIS_URL, Redis. The proxy, the compose healthcheck and the start-up
 * scripts read only the status code, so a failing dependency must turn it
 * into 503 quickly, and a recovered one back into 200.
 */

interface Probe {
  status: number;
  body: Json;
  ms: number;
}

async function probe(t: TestApp): Promise<Probe> {
  const started = Date.now();
  const res = await t.app.inject({ method: 'GET', url: '/health' });
  return { status: res.statusCode, body: res.json(), ms: Date.now() - started };
}

/** Probes until the answer has the status, or gives up after `ms`; returns the last answer. */
async function probeUntil(t: TestApp, status: number, ms = 10_000): Promise<Probe> {
  const until = Date.now() + ms;
  let last = await probe(t);
  while (last.status !== status && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    last = await probe(t);
  }
  return last;
}

/** A probe gives up after PROBE_TIMEOUT_MS; this much more covers the request itself on a busy machine. */
const PROBE_LIMIT_MS = PROBE_TIMEOUT_MS + 750;

/** A 503 that names the failing part (the others as given), answered without waiting past the probe's timeout. */
function expectUnavailable(res: Probe, parts: { database: string; redis: string }): void {
  expect(res).toMatchObject({ status: 503, body: { status: 'unavailable', ...parts } });
  expect(res.ms).toBeLessThan(PROBE_LIMIT_MS);
}

describe('/health without Redis', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('answers 200 with the database up and Redis not configured, uncached', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', redis: 'not-configured' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('asks the database once for a burst of probes', async () => {
    const { result, statements } = await countStatements(() => Promise.all(Array.from({ length: 20 }, () => probe(t))));
    expect(result.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(statements.filter((s) => s === 'SELECT 1').length).toBeLessThanOrEqual(2);
  });

  it('answers 503 naming the database when it does not answer in time, and 200 once it does', async () => {
    // Every connection of the API's pool busy for longer than a probe waits: the probe's SELECT 1 queues behind them.
    const dataSource = t.app.get(DataSource);
    const size = (dataSource.options.extra as { max: number }).max;
    const marker = `health-spec-${process.pid}`;
    const busy = Promise.all(Array.from({ length: size }, () => dataSource.query(`SELECT pg_sleep(2) /* ${marker} */`)));
    const until = Date.now() + 5000;
    while ((await ownerQuery(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE $1 AND state = 'active'`, [`%${marker}%`]))[0].n < size) {
      if (Date.now() > until) throw new Error('the pool did not fill up');
      await new Promise((r) => setTimeout(r, 20));
    }
    expectUnavailable(await probe(t), { database: 'down', redis: 'not-configured' });
    await busy;
    expect(await probe(t)).toMatchObject({ status: 200, body: { status: 'ok', database: 'ok' } });
  });
});

describeWithRedis('/health with Redis', () => {
  let server: RedisServer;
  let t: TestApp;

  beforeAll(async () => {
    // DEBUG SLEEP stands for a Redis that accepts connections but does not answer.
    server = await startRedisServer(['--enable-debug-command', 'local']);
    t = await TestApp.start({ REDIS_URL: server.url });
  });
  afterAll(async () => {
    await t?.stop();
    await server?.stop();
  });

  it('answers 200 while Redis answers, 503 naming Redis while it is down, and 200 once it is back', async () => {
    expect(await probe(t)).toMatchObject({ status: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } });

    await server.stop();
    expectUnavailable(await probeUntil(t, 503, 3000), { database: 'ok', redis: 'down' });

    await server.start();
    expect(await probeUntil(t, 200)).toMatchObject({ status: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } });
  });

  it('answers 503 within the probe timeout while Redis does not answer', async () => {
    const other = new RedisClient({ url: server.url, name: 'health-spec', commandTimeoutMs: 10_000 });
    try {
      expect(await other.waitReady(3000)).toBe(true);
      const asleep = other.call('DEBUG', 'SLEEP', '2');
      await new Promise((r) => setTimeout(r, 100));
      expectUnavailable(await probe(t), { database: 'ok', redis: 'down' });
      await asleep;
    } finally {
      await other.close();
    }
    // The API's connection gave up on the lost reply and reconnects by itself.
    expect(await probeUntil(t, 200)).toMatchObject({ status: 200, body: { redis: 'ok' } });
  });
});
