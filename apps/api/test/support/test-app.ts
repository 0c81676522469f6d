import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Client, type ClientBase } from 'pg';
import type { Role } from '@opsplan/domain';
import { loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/bootstrap/create-app';
import { createLogger } from '../../src/bootstrap/logger';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[] | undefined;
  cookie: string | undefined;
  headers: Record<string, unknown>;
}

export interface Session {
  token: string;
  cookie?: string;
  userId: string;
  email: string;
  orgId?: string;
  membershipId?: string;
}

export const PASSWORD = 'harbour-lights-42';

/**
 * GraphQL answers as the tests read them. The assertions check their shape;
 * typing each response would only restate the query.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The real API (Nest on Fastify, real PostgreSQL) driven through GraphQL over HTTP injection. */
export class TestApp {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApp> {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: process.env.OPSPLAN_TEST_OWNER_URL,
      DATABASE_APP_URL: process.env.OPSPLAN_TEST_APP_URL,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
      ...overrides,
    });
    const app = await createApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app);
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: { token?: string; cookie?: string; headers?: Record<string, string>; rawBody?: string } = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    const res = await this.app.inject({ method: 'POST', url: '/graphql', headers, payload: opts.rawBody ?? JSON.stringify({ query, variables }) });
    const body = res.body ? JSON.parse(res.body) : {};
    const setCookie = res.headers['set-cookie'];
    const cookieLine = (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).find((c) => c.startsWith('opsplan_rt='));
    return {
      status: res.statusCode,
      data: body.data ?? null,
      errors: body.errors,
      cookie: cookieLine?.split(';')[0],
      headers: res.headers as Record<string, unknown>,
    };
  }

  /** Runs a query and fails loudly if it answered with errors. */
  async ok<T = Json>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await this.gql<T>(query, variables, { token });
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async signUp(name = 'Tester'): Promise<Session> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.com`;
    const res = await this.gql<{ signUp: { accessToken: string; viewer: { user: { id: string } } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { user { id } } } }`,
      { input: { email, password: PASSWORD, displayName: name } },
    );
    if (!res.data) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    return { token: res.data.signUp.accessToken, cookie: res.cookie, userId: res.data.signUp.viewer.user.id, email };
  }

  /** A new user who creates a new organisation and is its admin. */
  async newOrganization(name = `Org ${randomUUID().slice(0, 6)}`): Promise<Session> {
    const user = await this.signUp('Admin');
    const data = await this.ok<{ createOrganization: { accessToken: string; viewer: { organization: { id: string }; membership: { id: string } } } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { accessToken viewer { organization { id } membership { id } } } }`,
      { input: { name } },
      user.token,
    );
    const p = data.createOrganization;
    return { ...user, token: p.accessToken, orgId: p.viewer.organization.id, membershipId: p.viewer.membership.id };
  }

  /** Invites a new user into the admin's organisation with the given role and returns their session there. */
  async addMember(admin: Session, role: Role, departmentId?: string): Promise<Session> {
    const invited = await this.ok<{ createInvitation: { token: string } }>(
      `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`,
      { input: { role, departmentId } },
      admin.token,
    );
    const user = await this.signUp(role);
    const joined = await this.ok<{ acceptInvitation: { accessToken: string; viewer: { organization: { id: string }; membership: { id: string } } } }>(
      `mutation($token: String!) { acceptInvitation(token: $token) { accessToken viewer { organization { id } membership { id } } } }`,
      { token: invited.createInvitation.token },
      user.token,
    );
    const p = joined.acceptInvitation;
    return { ...user, token: p.accessToken, orgId: p.viewer.organization.id, membershipId: p.viewer.membership.id };
  }

  /** A department in the admin's organisation. */
  async createDepartment(admin: Session, name: string, parentId?: string, managerId?: string): Promise<{ id: string; version: number }> {
    const data = await this.ok<{ createDepartment: { id: string; version: number } }>(
      `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id version } }`,
      { input: { name, parentId, managerId } },
      admin.token,
    );
    return data.createDepartment;
  }

  /** Starts listening on a free local port (for WebSocket clients) and returns its base URL. */
  async listen(): Promise<string> {
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = this.app.getHttpServer().address() as { port: number };
    return `127.0.0.1:${port}`;
  }
}

/** Direct SQL as the owner role, for assertions about what is (not) in the database. */
/** How many audit rows record `action` on the record `entityId`. */
export async function auditCount(entityId: string, action: string): Promise<number> {
  return (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = $2`, [entityId, action]))[0].n;
}

export async function ownerQuery<T = Json>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.OPSPLAN_TEST_OWNER_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Runs work as the API's own database role (opsplan_app), inside a transaction
 * that is rolled back, with app.org_id set as the API sets it (or not at all).
 */
export async function asAppRole<T>(orgId: string | null, work: (db: ClientBase) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.OPSPLAN_TEST_APP_URL });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (orgId) await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

export const codes = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code);
