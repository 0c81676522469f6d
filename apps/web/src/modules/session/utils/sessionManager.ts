/**
 * Holds the access token in memory (never in storage: a script injected into
 * the page must not be able to read it back later) and keeps it fresh. The
 * refresh token lives in an httpOnly cookie the browser sends with
 * `refreshSession`, so this class never sees it.
 */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
}

export type RefreshOutcome<P> =
  | { kind: 'ok'; payload: P }
  /** The server no longer recognises the refresh cookie: the person must sign in again. */
  | { kind: 'unauthenticated' }
  /** The server could not be reached or failed; the session may still be valid. */
  | { kind: 'failed'; error: unknown };

export type SessionEvent<P> =
  | { type: 'established'; payload: P }
  | { type: 'refreshed'; payload: P }
  | { type: 'expired' }
  | { type: 'cleared' };

type Listener<P> = (event: SessionEvent<P>) => void;

export interface SessionManagerOptions<P> {
  requestRefresh: () => Promise<RefreshOutcome<P>>;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (handle: ReturnType<typeof setTimeout>) => void;
  /** Refresh this long before the access token expires (at most half its remaining life). */
  refreshLeadMs?: number;
  /** After a failed (not rejected) refresh, try again after this long. */
  retryDelayMs?: number;
}

// setTimeout overflows above 2^31-1 ms and fires at once.
const MAX_TIMER_MS = 2_147_483_647;
const MIN_TIMER_MS = 1_000;

export class SessionManager<P extends SessionTokens> {
  private token: string | null = null;
  private payload: P | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<RefreshOutcome<P>> | null = null;
  private readonly listeners = new Set<Listener<P>>();
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  private readonly clearTimer: (handle: ReturnType<typeof setTimeout>) => void;
  private readonly refreshLeadMs: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: SessionManagerOptions<P>) {
    this.now = options.now ?? (() => Date.now());
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle));
    this.refreshLeadMs = options.refreshLeadMs ?? 60_000;
    this.retryDelayMs = options.retryDelayMs ?? 30_000;
  }

  accessToken(): string | null {
    return this.token;
  }

  /** The last sign-in or refresh answer, viewer included; null when signed out. */
  current(): P | null {
    return this.payload;
  }

  subscribe(listener: Listener<P>): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Adopt the tokens from a sign-in, sign-up, organisation switch and the like. */
  establish(payload: P): void {
    this.adopt(payload);
    this.emit({ type: 'established', payload });
  }

  /**
   * Ask the server for a new access token. Concurrent callers share one
   * request, so ten queries failing at once cause a single refresh.
   */
  refresh(): Promise<RefreshOutcome<P>> {
    if (!this.inFlight) {
      this.inFlight = this.runRefresh().finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  /** Forget the session locally (after signing out). */
  clear(): void {
    this.drop();
    this.emit({ type: 'cleared' });
  }

  private async runRefresh(): Promise<RefreshOutcome<P>> {
    let outcome: RefreshOutcome<P>;
    try {
      outcome = await this.options.requestRefresh();
    } catch (error) {
      outcome = { kind: 'failed', error };
    }
    if (outcome.kind === 'ok') {
      this.adopt(outcome.payload);
      this.emit({ type: 'refreshed', payload: outcome.payload });
    } else if (outcome.kind === 'unauthenticated') {
      const hadSession = this.token !== null;
      this.drop();
      if (hadSession) this.emit({ type: 'expired' });
    } else if (this.token !== null) {
      this.schedule(this.retryDelayMs);
    }
    return outcome;
  }

  private adopt(payload: P): void {
    this.payload = payload;
    this.token = payload.accessToken;
    const expiresAt = Date.parse(payload.accessTokenExpiresAt);
    if (Number.isNaN(expiresAt)) {
      // Without a usable expiry we rely on the refresh-on-UNAUTHENTICATED path.
      this.cancelTimer();
      return;
    }
    const remaining = expiresAt - this.now();
    this.schedule(remaining - Math.min(this.refreshLeadMs, remaining / 2));
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    const ms = Math.min(Math.max(delayMs, MIN_TIMER_MS), MAX_TIMER_MS);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.refresh();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private drop(): void {
    this.cancelTimer();
    this.token = null;
    this.payload = null;
  }

  private emit(event: SessionEvent<P>): void {
    for (const listener of this.listeners) listener(event);
  }
}
