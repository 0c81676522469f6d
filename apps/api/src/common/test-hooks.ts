/**
 * Test-only hooks. They are live only with OPSPLAN_TEST_HOOKS=true
 * (AppConfig.testHooks), which a production API refuses to start with. A
 * suite that starts the built API as a child process
 * (test/support/api-instances.ts) drives them over the IPC channel it
 * started the process with:
 *
 * - `{ type: 'run-overdue-reminders' }` runs the daily job at once
 *   (overdue-reminders.service.ts): several instances can tick together.
 * - `{ type: 'pause-transaction', orgId, at }` stops the organisation's next
 *   transaction in TenantDb.run, either just before its COMMIT
 *   (`before-commit`) or just after it, before the request is answered
 *   (`after-commit`). The process answers `{ type: 'pause-armed' }`, then
 *   `{ type: 'transaction-paused', orgId, at }` once a transaction stops
 *   there; it never goes on, as the faults suite SIGKILLs the process at that
 *   point to show that a multi-row write and its audit rows land together or
 *   not at all.
 *
 * Without the setting TenantDb holds no CommitPause, so a transaction pays
 * one null check.
 */
export type CommitPoint = 'before-commit' | 'after-commit';

interface PauseRequest {
  orgId: string;
  at: CommitPoint;
}

export class CommitPause {
  private armed: PauseRequest | null = null;

  private readonly onMessage = (message: unknown) => {
    const m = message as { type?: unknown; orgId?: unknown; at?: unknown } | null;
    if (m?.type !== 'pause-transaction' || typeof m.orgId !== 'string' || (m.at !== 'before-commit' && m.at !== 'after-commit')) return;
    this.armed = { orgId: m.orgId, at: m.at };
    process.send?.({ type: 'pause-armed', orgId: m.orgId, at: m.at });
  };

  constructor() {
    process.on('message', this.onMessage);
  }

  dispose(): void {
    process.off('message', this.onMessage);
  }

  /** Undefined (go on) unless this organisation's transaction is the one to stop at `point`; then a promise that never settles. */
  stopAt(point: CommitPoint, orgId: string | null): Promise<never> | undefined {
    const armed = this.armed;
    if (!armed || armed.at !== point || armed.orgId !== orgId) return undefined;
    this.armed = null;
    process.send?.({ type: 'transaction-paused', orgId, at: point });
    return new Promise<never>(() => undefined);
  }
}
