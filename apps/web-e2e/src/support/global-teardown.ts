import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const api = (globalThis as { __E2E_API__?: ChildProcess }).__E2E_API__;
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  const pg = (globalThis as { __E2E_PG__?: { stop(): Promise<void> } }).__E2E_PG__;
  if (pg) await pg.stop();
}
