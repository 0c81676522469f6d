import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { hostname } from 'node:os';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisClient, RedisSubscriber } from './redis-connection';

/**
 * The instance's connections to the Redis that all API instances share, when
 * REDIS_URL is set: one for commands, plus one per subscriber (a connection in
 * subscribe mode takes no other commands). Without REDIS_URL, `commands` is
 * null and callers keep their state in process.
 */
@Injectable()
export class RedisService implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('Redis');
  readonly commands: RedisClient | null;
  private readonly subscribers: RedisSubscriber[] = [];
  private readonly name = `opsplan-api-${hostname()}-${process.pid}`;
  private readonly sink = { info: (m: string) => this.log.log(m), warn: (m: string) => this.log.warn(m) };
  /** What is running in degraded mode because Redis failed it, until Redis answers it again. */
  private readonly degraded = new Set<string>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.commands = config.redisUrl ? new RedisClient({ url: config.redisUrl, name: this.name, log: this.sink }) : null;
  }

  get enabled(): boolean {
    return this.commands !== null;
  }

  /**
   * Runs `work` on the shared Redis; null without REDIS_URL or when Redis
   * fails it, which tells the caller to do the job in this instance instead.
   * `whileDown` says what that costs ("the sign-in limit is counted per
   * instance"); it is logged once when Redis fails, and its end once when
   * Redis answers again, not on every call.
   */
  async shared<T>(whileDown: string, work: (commands: RedisClient) => Promise<T>): Promise<T | null> {
    if (!this.commands) return null;
    try {
      const result = await work(this.commands);
      if (this.degraded.delete(whileDown)) this.log.log(`Redis answers again; no longer: ${whileDown}`);
      return result;
    } catch (error) {
      if (!this.degraded.has(whileDown)) this.log.warn(`${whileDown} until Redis answers: ${(error as Error).message}`);
      this.degraded.add(whileDown);
      return null;
    }
  }

  /** A new subscribe-mode connection; null without REDIS_URL. */
  subscriber(purpose: string, onMessage: (channel: string, message: string) => void): RedisSubscriber | null {
    if (!this.config.redisUrl) return null;
    const subscriber = new RedisSubscriber({ url: this.config.redisUrl, name: `${this.name}-${purpose}`, log: this.sink }, onMessage);
    this.subscribers.push(subscriber);
    return subscriber;
  }

  /** Starts serving even when Redis is down (it reconnects by itself); says so loudly, since events then stay on this instance. */
  async onModuleInit(): Promise<void> {
    if (!this.commands) return;
    if (await this.commands.waitReady(5000)) this.log.log('connected to Redis');
    else this.log.error('Redis is unreachable: until it answers, events reach only this instance’s subscribers and the sign-in limit is per instance');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.subscribers.map((s) => s.close()), this.commands?.close()]);
  }
}
