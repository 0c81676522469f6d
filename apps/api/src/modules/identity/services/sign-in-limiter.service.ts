import { Injectable } from '@nestjs/common';
import { AppError } from '../../../common/errors/app-error';

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Slows password guessing: at most 10 failed sign-ins per address and 30
 * attempts per client IP in 15 minutes. Kept in process memory; with several
 * API instances each keeps its own count.
 */
@Injectable()
export class SignInLimiter {
  static readonly WINDOW_MS = 15 * 60 * 1000;
  static readonly MAX_FAILURES_PER_EMAIL = 10;
  static readonly MAX_ATTEMPTS_PER_IP = 30;
  private readonly failures = new Map<string, Window>();
  private readonly attempts = new Map<string, Window>();

  /** Call before checking a password; throws RATE_LIMITED when over the limit. */
  check(email: string, ip: string): void {
    this.sweep();
    if (this.bump(this.attempts, ip) > SignInLimiter.MAX_ATTEMPTS_PER_IP || this.count(this.failures, email) >= SignInLimiter.MAX_FAILURES_PER_EMAIL) {
      throw new AppError('RATE_LIMITED', 'Too many sign-in attempts. Wait 15 minutes and try again.');
    }
  }

  recordFailure(email: string): void {
    this.bump(this.failures, email);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
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
