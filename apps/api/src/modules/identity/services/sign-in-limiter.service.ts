import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppError } from '../../../common/errors/app-error';
import { RedisService } from '../../../redis/redis.service';
import type { RedisClient } from '../../../redis/redis-connection';

interface Window {
  count: number;
  resetAt: number;
}

/** Counts one more in a fixed window that starts with the first count; atomic, so instances never lose each other's counts. */
const BUMP = `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n`;

/**
 * Slows password guessing: at most 10 failed sign-ins per address and 30
 * attempts per client IP in 15 minutes. With REDIS_URL the counts live in
 * Redis and every API instance shares them; without it, or while Redis is
 * unreachable, each instance counts in its own memory (so N instances let
 * through up to N times as many guesses).
 */
@Injectable()
export class SignInLimiter {
  static readonly WINDOW_MS = 15 * 60 * 1000;
  static readonly MAX_FAILURES_PER_EMAIL = 10;
  static readonly MAX_ATTEMPTS_PER_IP = 30;
  private readonly failures = new Map<string, Window>();
  private readonly attempts = new Map<string, Window>();

  constructor(private readonly redis: RedisService) {}

  /** Call before checking a password; throws RATE_LIMITED when over the limit. */
  async check(email: string, ip: string): Promise<void> {
    const counts =
      (await this.shared(async (r) => {
        const [attempts, failures] = await Promise.all([r.call('EVAL', BUMP, 1, ipKey(ip), SignInLimiter.WINDOW_MS), r.call('GET', emailKey(email))]);
        return { attempts: Number(attempts), failures: Number(failures ?? 0) };
      })) ?? this.localCheck(email, ip);
    if (counts.attempts > SignInLimiter.MAX_ATTEMPTS_PER_IP || counts.failures >= SignInLimiter.MAX_FAILURES_PER_EMAIL) {
      throw new AppError('RATE_LIMITED', 'Too many sign-in attempts. Wait 15 minutes and try again.');
    }
  }

  async recordFailure(email: string): Promise<void> {
    const counted = await this.shared((r) => r.call('EVAL', BUMP, 1, emailKey(email), SignInLimiter.WINDOW_MS));
    if (counted === null) this.bump(this.failures, email);
  }

  async recordSuccess(email: string): Promise<void> {
    this.failures.delete(email);
    await this.shared((r) => r.call('DEL', emailKey(email)));
  }

  /** Runs against Redis when configured and reachable; null means "count here instead". */
  private shared<T>(work: (redis: RedisClient) => Promise<T>): Promise<T | null> {
    return this.redis.shared('the sign-in limit is counted per instance', work);
  }

  private localCheck(email: string, ip: string): { attempts: number; failures: number } {
    this.sweep();
    return { attempts: this.bump(this.attempts, ip), failures: this.count(this.failures, email) };
  }

  private count(map: Map<string, Window>, key: string): number {
    const w = map.get(key);
    return w && w.resetAt > Date.now() ? w.count : 0;
  }

  private bump(map: Map<string, Window>, key: string): number {
    const now = Date.now();
    const w = map.get(key);
    if (!w || w.resetAt <= now) {
      map.set(key, { count: 1, resetAt: now + SignInLimiter.WINDOW_MS });
      return 1;
    }
    w.count += 1;
    return w.count;
  }

  private sweep(): void {
    if (this.attempts.size + this.failures.size < 10_000) return;
    const now = Date.now();
    for (const map of [this.attempts, this.failures]) for (const [k, w] of map) if (w.resetAt <= now) map.delete(k);
  }
}

const ipKey = (ip: string) => `opsplan:sign-in:ip:${ip}`;
// Addresses stay out of Redis: the key is a digest.
const emailKey = (email: string) => `opsplan:sign-in:failures:${createHash('sha256').update(email).digest('hex')}`;
