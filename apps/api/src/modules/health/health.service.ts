import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisService } from '../../redis/redis.service';

export type DependencyHealth = 'ok' | 'down';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: DependencyHealth;
  /** not-configured without REDIS_URL: events and the sign-in limit then stay in process, which is no fault */
  redis: DependencyHealth | 'not-configured';
}

/**
 * How long each dependency may take to answer: a probe gives up well inside
 * the 3 s the compose healthcheck waits, and a dependency slower than this
 * would fail the API's own requests too.
 */
export const PROBE_TIMEOUT_MS = 1000;

/**
 * Whether this instance can serve: the database answers `SELECT 1` through
 * the API's own pool, and Redis (when configured) answers PING on the
 * instance's command connection. Both are asked at once, so a probe takes
 * at most PROBE_TIMEOUT_MS.
 */
@Injectable()
export class HealthService {
  private running: Promise<HealthReport> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisService,
  ) {}

  /** Probes arriving while one runs share its answer: pollers (the proxy, healthchecks, start-up scripts) cost one check at a time. */
  check(): Promise<HealthReport> {
    this.running ??= this.probe().finally(() => (this.running = null));
    return this.running;
  }

  private async probe(): Promise<HealthReport> {
    const commands = this.redis.commands;
    const [database, redis] = await Promise.all([
      answers(() => this.dataSource.query('SELECT 1')),
      commands ? answers(() => commands.call('PING')) : Promise.resolve('not-configured' as const),
    ]);
    return { status: database === 'ok' && redis !== 'down' ? 'ok' : 'unavailable', database, redis };
  }
}

/** 'ok' when the call succeeds within PROBE_TIMEOUT_MS; a late answer is ignored. */
async function answers(call: () => Promise<unknown>): Promise<DependencyHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([call(), timeout]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
