import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionManager } from '../sessionManager';
import type { RefreshOutcome, SessionEvent } from '../sessionManager';

interface Payload {
  accessToken: string;
  accessTokenExpiresAt: string;
}

const NOW = Date.parse('2025-03-01T08:00:00Z');
const payload = (token: string, minutes: number): Payload => ({
  accessToken: token,
  accessTokenExpiresAt: new Date(Date.now() + minutes * 60_000).toISOString(),
});

function setup(refresh: () => Promise<RefreshOutcome<Payload>>) {
  const manager = new SessionManager<Payload>({ requestRefresh: refresh });
  const events: SessionEvent<Payload>['type'][] = [];
  manager.subscribe((event) => events.push(event.type));
  return { manager, events };
}

describe('SessionManager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the access token in memory only', () => {
    const { manager } = setup(vi.fn());
    manager.establish(payload('a1', 15));
    expect(manager.accessToken()).toBe('a1');
    expect(JSON.stringify(window.localStorage)).not.toContain('a1');
    expect(JSON.stringify(window.sessionStorage)).not.toContain('a1');
  });

  it('asks the server once when many callers refresh at the same time', async () => {
    let resolve: (outcome: RefreshOutcome<Payload>) => void = () => undefined;
    const refresh = vi.fn(() => new Promise<RefreshOutcome<Payload>>((r) => (resolve = r)));
    const { manager } = setup(refresh);
    const calls = [manager.refresh(), manager.refresh(), manager.refresh()];
    resolve({ kind: 'ok', payload: payload('a2', 15) });
    const outcomes = await Promise.all(calls);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(outcomes.every((o) => o.kind === 'ok')).toBe(true);
    expect(manager.accessToken()).toBe('a2');
  });

  it('refreshes a minute before a 15-minute token expires', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome<Payload>> => ({ kind: 'ok', payload: payload('a2', 15) }));
    const { manager, events } = setup(refresh);
    manager.establish(payload('a1', 15));
    await vi.advanceTimersByTimeAsync(13 * 60_000 + 59_000);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(manager.accessToken()).toBe('a2');
    expect(events).toEqual(['established', 'refreshed']);
  });

  it('refreshes short-lived tokens half-way through their life', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome<Payload>> => ({ kind: 'ok', payload: payload('a2', 1) }));
    const { manager } = setup(refresh);
    manager.establish(payload('a1', 1));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the server no longer accepts the refresh cookie', async () => {
    const { manager, events } = setup(async () => ({ kind: 'unauthenticated' }));
    manager.establish(payload('a1', 15));
    const outcome = await manager.refresh();
    expect(outcome.kind).toBe('unauthenticated');
    expect(manager.accessToken()).toBeNull();
    expect(manager.current()).toBeNull();
    expect(events).toEqual(['established', 'expired']);
  });

  it('does not report an expiry when there was no session to begin with (first visit)', async () => {
    const { manager, events } = setup(async () => ({ kind: 'unauthenticated' }));
    await manager.refresh();
    expect(events).toEqual([]);
  });

  it('keeps the session through a network failure and tries again later', async () => {
    const refresh = vi
      .fn<() => Promise<RefreshOutcome<Payload>>>()
      .mockResolvedValueOnce({ kind: 'failed', error: new TypeError('offline') })
      .mockResolvedValueOnce({ kind: 'ok', payload: payload('a2', 15) });
    const { manager } = setup(refresh);
    manager.establish(payload('a1', 15));
    await manager.refresh();
    expect(manager.accessToken()).toBe('a1');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(manager.accessToken()).toBe('a2');
  });

  it('treats a thrown refresh like a failed one', async () => {
    const { manager } = setup(() => Promise.reject(new Error('boom')));
    manager.establish(payload('a1', 15));
    await expect(manager.refresh()).resolves.toMatchObject({ kind: 'failed' });
    expect(manager.accessToken()).toBe('a1');
  });

  it('stops refreshing after sign-out', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome<Payload>> => ({ kind: 'ok', payload: payload('a2', 15) }));
    const { manager, events } = setup(refresh);
    manager.establish(payload('a1', 15));
    manager.clear();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(refresh).not.toHaveBeenCalled();
    expect(manager.accessToken()).toBeNull();
    expect(events).toEqual(['established', 'cleared']);
  });
});
