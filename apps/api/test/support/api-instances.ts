import { ChildProcess, execFileSync, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { APP_DB_ROLE, withCredentials } from '../../src/config/app-config';
import { GqlResult, Json, PASSWORD, Session } from './test-app';

const root = path.resolve(__dirname, '../../../..');

/**
 * Builds the API into a folder of its own (dist/ belongs to `npm start` and
 * the browser tests) and returns the path of its main file.
 */
export function buildApiCopy(name: string): { main: string; remove: () => void } {
  const out = path.join('dist', 'test', `${name}-${process.pid}`);
  execFileSync(process.execPath, [path.join(root, 'tools/build-api.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
  return { main: path.join(root, out, 'main.js'), remove: () => fs.rmSync(path.join(root, out), { recursive: true, force: true }) };
}

/** A fresh, empty database on the test server, for a suite whose work must not meet the others' (the daily job). */
export async function createScratchDatabase(name: string): Promise<{ ownerUrl: string; appUrl: string; drop: () => Promise<void> }> {
  const server = process.env.OPSPLAN_TEST_SERVER_URL;
  if (!server) throw new Error('OPSPLAN_TEST_SERVER_URL is not set: run through the api jest config');
  const db = `opsplan_${name}_${Date.now()}_${process.pid}`;
  const admin = async (text: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${db}`);
  const url = new URL(server);
  url.pathname = `/${db}`;
  const ownerUrl = url.toString();
  // The same app-role password as the shared test database: the role is the cluster's, not the database's.
  const appUrl = process.env.OPSPLAN_TEST_APP_URL ? withCredentials(ownerUrl, APP_DB_ROLE, decodeURIComponent(new URL(process.env.OPSPLAN_TEST_APP_URL).password)) : ownerUrl;
  return { ownerUrl, appUrl, drop: () => admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`) };
}

/** One request's outcome as a client under faults sees it: an answer (data and/or typed errors), no answer in time, or no connection. */
export interface Answer<T = Json> {
  /** 0 when nothing came back. */
  status: number;
  data: T | null;
  errors: GqlResult['errors'];
  /** The client gave up waiting (a hang). */
  hung: boolean;
  /** The request could not be sent or its answer was not GraphQL (connection refused or reset, not JSON). */
  broken: string | null;
  started: number;
  ended: number;
}

/** A new user and the organisation they create, as its admin, through the API's own sign-up. */
export async function newOrganizationVia(via: ApiInstance, name: string): Promise<Session> {
  const email = `admin.${randomUUID().slice(0, 8)}@example.com`;
  const up = await via.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { user { id } } } }`, {
    input: { email, password: PASSWORD, displayName: 'Admin' },
  });
  const created = await via.ok(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { accessToken viewer { organization { id } membership { id } } } }`,
    { input: { name } },
    up.signUp.accessToken,
  );
  const p = created.createOrganization;
  return { token: p.accessToken, userId: up.signUp.viewer.user.id, email, orgId: p.viewer.organization.id, membershipId: p.viewer.membership.id };
}

export interface LogLine {
  msg?: string;
  level?: number;
  context?: string;
  [key: string]: unknown;
}

/** One API process as production runs it (built JavaScript, its own port), spoken to over real HTTP. */
export class ApiInstance {
  /** Its JSON log lines (pino), as they arrive. */
  readonly logs: LogLine[] = [];
  private output = '';
  private partial = '';
  port = 0;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (this.partial + chunk.toString()).split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) {
        this.output += `${line}\n`;
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          // not a log line
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static start(name: string, main: string, env: Record<string, string>): Promise<ApiInstance> {
    const { NODE_OPTIONS: _jestFlags, ...inherited } = process.env;
    const child = fork(main, [], {
      cwd: root,
      env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      execArgv: ['--max-semi-space-size=16', '--max-old-space-size=512'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const instance = new ApiInstance(name, child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`API ${name} did not start within 45 s:\n${instance.recentOutput}`));
      }, 45_000);
      child.on('message', (message: { type?: string; port?: number }) => {
        if (message?.type !== 'listening' || !message.port) return;
        clearTimeout(timer);
        instance.port = message.port;
        resolve(instance);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`API ${name} exited (${code ?? signal}) before listening:\n${instance.recentOutput}`));
      });
    });
  }

  get pid(): number {
    return this.child.pid as number;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get recentOutput(): string {
    return this.output.slice(-4000);
  }

  /**
   * Whether a log line with `msg` arrives within `ms`. pino writes
   * asynchronously: lines logged before the API listened may still be on
   * their way when the 'listening' message (IPC) has arrived.
   */
  async logged(msg: string, ms = 5_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.logs.some((l) => l.msg === msg)) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return true;
  }

  /** A message on the IPC channel (the API listens to a few with OPSPLAN_TEST_HOOKS=true). */
  send(message: Record<string, unknown>): void {
    this.child.send(message);
  }

  /** The next IPC message of `type` from the API (see apps/api/src/common/test-hooks.ts). */
  message<T = Json>(type: string, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.child.off('message', listen);
      };
      const listen = (m: { type?: string }) => {
        if (m?.type !== type) return;
        done();
        resolve(m as T);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`API ${this.name} sent no ${type} within ${ms} ms:\n${this.recentOutput}`));
      }, ms);
      this.child.on('message', listen);
    });
  }

  /** Still running (not exited, not killed). */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** How the process ended, if it has. */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } | null {
    return this.alive ? null : { code: this.child.exitCode, signal: this.child.signalCode };
  }

  /**
   * A GraphQL request that never throws and never waits longer than `timeoutMs`: what a client under
   * faults sees. `requestId` travels as x-request-id, which the audit rows of a write carry.
   */
  async request<T = Json>(query: string, variables: Record<string, unknown>, opts: { token?: string; requestId?: string; timeoutMs: number }): Promise<Answer<T>> {
    const started = performance.now();
    const answer = (a: Partial<Answer<T>>): Answer<T> => ({ status: 0, data: null, errors: undefined, hung: false, broken: null, started, ended: performance.now(), ...a });
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.requestId ? { 'x-request-id': opts.requestId } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      const text = await res.text();
      try {
        const body = JSON.parse(text) as { data?: T; errors?: GqlResult['errors'] };
        return answer({ status: res.status, data: body.data ?? null, errors: body.errors });
      } catch {
        return answer({ status: res.status, broken: `not JSON: ${text.slice(0, 200)}` });
      }
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') return answer({ hung: true });
      return answer({ broken: e.cause?.code ?? e.message });
    }
  }

  /** SIGKILL: the process dies at once, whatever it was doing. */
  async kill(): Promise<void> {
    if (!this.alive) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGKILL');
    });
  }

  async gql<T = Json>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    return { status: res.status, data: body.data ?? null, errors: body.errors, cookie, headers: Object.fromEntries(res.headers) };
  }

  async ok<T = Json>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await this.gql<T>(query, variables, token);
    if (res.errors?.length) throw new Error(`${this.name}: GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** SIGTERM (Nest closes its connections), then SIGKILL if it is still there after five seconds. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      this.child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      this.child.kill('SIGTERM');
    });
  }
}
