import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/**
 * Builds the API and the web app, then serves both from one real API process
 * on a fresh database, exactly as `npm start` does, for the browser to drive.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], { cwd: root, stdio: 'inherit' });
  if (process.env.E2E_SKIP_WEB_BUILD !== 'true') {
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // Jest sets NODE_ENV=test; the browser should get the same production build users get.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }

  const tools = await import(path.join(root, 'tools/db/embedded.mjs'));
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await tools.startThrowawayPostgres('opsplan-e2e-pg-');
    (globalThis as { __E2E_PG__?: unknown }).__E2E_PG__ = embedded;
    serverUrl = embedded.url as string;
  }
  const url = new URL(await tools.createDatabase(serverUrl, `opsplan_e2e_${Date.now()}`));

  const port = await freePort();
  const { API_MAIN } = await import(path.join(root, 'tools/api-process.mjs'));
  const api: ChildProcess = spawn(process.execPath, [path.join(root, API_MAIN)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url.toString(), WEB_DIST: path.join(root, 'dist/apps/web'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  (globalThis as { __E2E_API__?: ChildProcess }).__E2E_API__ = api;
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/health`, 30_000);
  // The demo organisation, as `npm start` creates it (the built seed, through the running API).
  const built = (file: string) => import(path.join(root, 'dist/apps/api/apps/api/src/tools', file)).then((m) => m.default ?? m);
  const { seedDemo } = await built('seed-demo.js');
  const { seedDemoPlan, httpGraphQL } = await built('seed-demo-plan.js');
  await seedDemo(url.toString());
  await seedDemoPlan(httpGraphQL(base), url.toString());
  process.env.E2E_BASE_URL = base;
  process.env.E2E_DATABASE_URL = url.toString();
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API did not answer ${url} within ${timeoutMs} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}
