import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Debian's redis-server (`apt-get install -y redis-server`; .ci/run installs it), or REDIS_SERVER_PATH. */
export function findRedisServer(): string | null {
  const candidates = [process.env.REDIS_SERVER_PATH, ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'redis-server')), '/usr/bin/redis-server'];
  return candidates.find((file): file is string => Boolean(file) && fs.existsSync(file as string)) ?? null;
}

/**
 * Describes a suite that needs a real Redis: skipped, with the reason printed
 * where everyone sees it, when redis-server is missing; failed in CI, which
 * installs it.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (findRedisServer()) {
    describe(name, body);
    return;
  }
  const line = 'REDIS TESTS SKIPPED: no redis-server found. Install it with `apt-get install -y redis-server` (or set REDIS_SERVER_PATH).';
  console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
  if (process.env.CI === 'true') {
    describe(name, () => it('has redis-server to run against', () => expect(findRedisServer()).not.toBeNull()));
  } else {
    describe.skip(name, body);
  }
}

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server; `start()` brings it back on the same port (empty: it keeps nothing). */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A throw-away redis-server on a free loopback port, nothing saved to disk. */
export async function startRedisServer(extraArgs: string[] = []): Promise<RedisServer> {
  const bin = findRedisServer();
  if (!bin) throw new Error('redis-server is not installed');
  const port = await freePort();
  let child: ChildProcess | null = null;
  let output = '';

  const start = async () => {
    output = '';
    child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const until = Date.now() + 10_000;
    while (!(await answers(port))) {
      if (child.exitCode !== null || Date.now() > until) throw new Error(`redis-server did not start on ${port}:\n${output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };
  // A test runner that exits early must not leave the server behind.
  process.once('exit', () => child?.kill('SIGKILL'));
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

/** True once something on the port answers a RESP PING (an AUTH-protected server answers with an error: still up). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.once('data', (d) => done(d[0] === 0x2b /* + */ || d[0] === 0x2d /* - */));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
