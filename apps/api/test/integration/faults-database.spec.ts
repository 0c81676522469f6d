import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { BUILT_IN_TEMPLATES, instantiateTemplate } from '@opsplan/domain';
import { APP_DB_ROLE, withCredentials } from '../../src/config/app-config';
import { migrateDatabase } from '../../src/database/bootstrap';
import { ApiInstance, buildApiCopy } from '../support/api-instances';
import { subscribeToEvents, untilListening } from '../support/event-subscriber';
import { Answered, FaultLoad, FaultWorld, faultWorld, LOAD_TEMPLATE, outcome, Sql, sqlOn, Verdict, verify } from '../support/faults-load';

/**
 * PostgreSQL fails under a light, mixed load on an API process (the built
 * API, as production runs it): first it restarts (an immediate stop, two
 * seconds down, a start), then its connections are killed every two
 * seconds. The API must stay up and answer every request (a typed error
 * while the database is away, never a hang), recover within ten seconds of
 * the database's return, and lose nothing it acknowledged: every
 * acknowledged write is there, every multi-row write (a subtree deleted or
 * restored, a plan from a template) is whole or absent with its audit rows,
 * and every stored roll-up equals a recomputation.
 *
 * The suite restarts a PostgreSQL cluster of its own, never the shared test
 * server.
 */

const root = path.resolve(__dirname, '../../../..');
const REQUEST_TIMEOUT_MS = 5000;
const VIEWER = `{ viewer { user { id } } }`;

interface Cluster {
  url: string;
  major: number;
  pgCtl: (action: string, args?: string[]) => Promise<string>;
  stop: () => Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many answers carried each error code (HUNG and BROKEN for requests that got none). */
function codeCounts(answers: Answered[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) for (const code of new Set(outcome(a))) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

const errored = (answers: Answered[]) => answers.filter((a) => outcome(a).length > 0);

/** A letter's PDF and a budget's workbook requested as `token` (ids that exist nowhere): status, Retry-After and body. */
async function fileRequests(base: string, token: string): Promise<{ status: number; retryAfter: string | null; body: unknown }[]> {
  const id = '00000000-0000-4000-8000-00000000f11e';
  return Promise.all(
    [`/letters/${id}.pdf`, `/budgets/${id}/export.xlsx`].map(async (route) => {
      const res = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
    }),
  );
}

/** When a server that is starting first accepts a connection (performance.now()), polled every 20 ms for at most 30 s. */
async function firstConnection(url: string): Promise<number> {
  const until = performance.now() + 30_000;
  while (performance.now() < until) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return performance.now();
    } catch {
      await pause(20);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error('PostgreSQL did not accept connections within 30 s of its start');
}

describe('the API process while PostgreSQL fails under load', () => {
  let cluster: Cluster;
  let build: ReturnType<typeof buildApiCopy>;
  let api: ApiInstance;
  let q: Sql;
  let dbName: string;
  let world: FaultWorld;
  const fileAnswers = () => fileRequests(api.url, world.admin.token);
  let templateNodes: number;
  const lines: string[] = [];

  beforeAll(async () => {
    build = buildApiCopy('faults-database');
    const binaries = await import(path.join(root, 'tools/db/pg-binaries.mjs'));
    const system = await import(path.join(root, 'tools/db/system-postgres.mjs'));
    // The newest server programs here: the embedded package's (always installed) unless PG_BIN or Debian has newer.
    cluster = await system.startSystemPostgres(binaries.findPrograms('initdb')[0].major);
    dbName = `opsplan_faults_${process.pid}`;
    await sqlOn(cluster.url)(`CREATE DATABASE ${dbName}`);
    const url = new URL(cluster.url);
    url.pathname = `/${dbName}`;
    const ownerUrl = url.toString();
    const appUrl = withCredentials(ownerUrl, APP_DB_ROLE, 'opsplan-app-faults');
    await migrateDatabase(ownerUrl, appUrl);
    q = sqlOn(ownerUrl);
    api = await ApiInstance.start('faults', build.main, {
      NODE_ENV: 'test',
      DATABASE_URL: ownerUrl,
      DATABASE_APP_URL: appUrl,
      MIGRATE_ON_START: 'false',
      JWT_SECRET: 'faults-suite-secret-0123456789abcdef-0123',
      LOG_LEVEL: 'warn',
    });
    world = await faultWorld(api, 'Faults Ltd', 5);
    const corporate = BUILT_IN_TEMPLATES.find((t) => `builtin:${t.key}` === LOAD_TEMPLATE);
    const made = corporate && instantiateTemplate(corporate, { language: 'en', planYear: 2040, fiscalYearStartMonth: 1 });
    if (!made?.ok) throw new Error(`${LOAD_TEMPLATE} does not instantiate`);
    templateNodes = made.blueprint.nodes.length;
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
    await cluster?.stop();
    build?.remove();
    for (const line of lines) console.log(line);
  }, 30_000);

  /** What every fault must leave: the process up, an answer to every request, nothing acknowledged lost, nothing half written. */
  function expectSurvived(load: FaultLoad, verdict: Verdict): void {
    const codes = codeCounts(load.answers);
    expect(api.exit).toBeNull();
    // Nothing logged as an unexpected error (an INTERNAL_SERVER_ERROR's cause shows here when there is one).
    const logged = api.logs.filter((l) => (l.level ?? 0) >= 50).slice(0, 3);
    expect({ hung: codes.HUNG ?? 0, broken: codes.BROKEN ?? 0, internal: codes.INTERNAL_SERVER_ERROR ?? 0, logged }).toEqual({ hung: 0, broken: 0, internal: 0, logged: [] });
    // Only the database's absence, and what follows from a write whose outcome the client never heard (CONFLICT, NOT_FOUND, a taken plan year).
    expect(Object.keys(codes).filter((c) => !['SERVICE_UNAVAILABLE', 'CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(c))).toEqual([]);
    expect(errored(load.answers).filter((a) => a.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && !(a.op === 'template' && e.extensions.field === 'planYear')))).toEqual([]);
    expect(verdict.lost).toEqual([]);
    expect(verdict.partial).toEqual([]);
    // Enough happened for the checks to mean something.
    for (const kind of ['check-in', 'comment', 'progress', 'delete', 'restore', 'template']) expect({ kind, acked: load.acked.some((w) => w.kind === kind) }).toEqual({ kind, acked: true });
  }

  /** A department made through the API, for an event to look for. */
  const newDepartment = async (name: string): Promise<string> => {
    const a = await api.request<{ createDepartment: { id: string } }>(`mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }`, { i: { name } }, {
      token: world.admin.token,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    if (!a.data) throw new Error(`createDepartment: ${JSON.stringify(a.errors)}`);
    return a.data.createDepartment.id;
  };

  it('stays up through a restart, answers a typed error while the database is down, recovers within 10 s and loses nothing', async () => {
    // Someone watching the organisation's changes (as the web app does) across the restart.
    const sub = subscribeToEvents(`${api.url.replace(/^http/, 'ws')}/graphql`, { authorization: `Bearer ${world.admin.token}` });
    await untilListening(sub, (i) => newDepartment(`Primer ${i}`));
    const load = new FaultLoad(api, world, 'restart', 2040, REQUEST_TIMEOUT_MS);
    load.start();
    await pause(2000);
    const downAt = performance.now();
    await cluster.pgCtl('stop', ['-m', 'immediate', '-w']);
    const stoppedAt = performance.now();
    // The file downloads (a letter's PDF, a budget's workbook) answer as GraphQL does: a typed 503 to try again.
    const filesWhileDown = await fileAnswers();
    await pause(1500);
    const startAt = performance.now();
    const starting = cluster.pgCtl('start', ['-w']);
    const upAt = await firstConnection(cluster.url);
    await starting;
    let probeOkAt = NaN;
    while (performance.now() - upAt < 15_000) {
      const a = await api.request(VIEWER, {}, { token: world.admin.token, timeoutMs: REQUEST_TIMEOUT_MS });
      if (outcome(a).length === 0 && a.data) {
        probeOkAt = a.ended;
        break;
      }
      await pause(25);
    }
    await pause(2500);
    await load.stop();

    // Requests sent and answered entirely while PostgreSQL was stopped or starting: all refused, each with the typed code.
    const whileDown = load.answers.filter((a) => a.started >= stoppedAt && a.ended <= startAt);
    const downErrors = errored(load.between(downAt, upAt));
    // Recovered: the probe got through, and no request sent after the database was back was refused for its absence.
    const lateRefusals = load.answers.filter((a) => a.started >= upAt && outcome(a).includes('SERVICE_UNAVAILABLE')).map((a) => a.ended);
    const recoveredMs = Math.max(probeOkAt, ...lateRefusals) - upAt;
    const verdict = await verify(q, world, load, templateNodes);
    const codes = codeCounts(load.answers);
    lines.push(
      `faults: PostgreSQL restarted under load (8 loops, immediate stop, 2 s down): API up, ${codes.HUNG ?? 0} hangs, ${downErrors.length} errors while down ` +
        `(${whileDown.filter((a) => outcome(a).join() === 'SERVICE_UNAVAILABLE').length} of ${whileDown.length} requests sent while down answered SERVICE_UNAVAILABLE), ` +
        `recovered ${Math.round(recoveredMs)} ms after it accepted connections again, ${verdict.acked} acknowledged writes, ${verdict.lost.length} lost, ${verdict.partial.length} partial ` +
        `(${verdict.multiRow} multi-row writes checked, roll-ups of ${verdict.plansRecomputed} plans equal recomputation); ${load.answers.length} requests, errors ${JSON.stringify(codes)}`,
    );

    expect(whileDown.length).toBeGreaterThan(10);
    expect(whileDown.filter((a) => outcome(a).join() !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(whileDown[0].errors?.[0]).toMatchObject({ message: expect.stringMatching(/database/), extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) } });
    expect(recoveredMs).toBeLessThan(10_000);
    expectSurvived(load, verdict);
    for (const answer of filesWhileDown) {
      expect(answer).toEqual({ status: 503, retryAfter: '2', body: { error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/database/) } } });
    }
    // Back up: the same requests reach the data again (neither id exists).
    for (const answer of await fileAnswers()) expect(answer).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    // The subscription lived through it and hears changes made since.
    const after = await newDepartment('After the restart');
    const heard = await sub.waitFor((events) => events.some((e) => e.entityId === after));
    await sub.close();
    expect({ heard, errors: sub.errors, completed: sub.completed() }).toEqual({ heard: true, errors: [], completed: false });
  }, 60_000);

  it('stays up while its connections are killed every 2 s, and loses nothing', async () => {
    const load = new FaultLoad(api, world, 'terminate', 2070, REQUEST_TIMEOUT_MS);
    load.start();
    const killed: number[] = [];
    for (let round = 0; round < 4; round++) {
      await pause(2000);
      const [{ n }] = await q(`SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
      killed.push(n);
    }
    await pause(1500);
    await load.stop();

    const verdict = await verify(q, world, load, templateNodes);
    const codes = codeCounts(load.answers);
    lines.push(
      `faults: connections killed every 2 s under load: ${killed.reduce((a, b) => a + b, 0)} backends killed in ${killed.length} rounds (${killed.join(', ')}), API up, ` +
        `${codes.HUNG ?? 0} hangs, ${errored(load.answers).length} errors of ${load.answers.length} requests ${JSON.stringify(codes)}, ` +
        `${verdict.acked} acknowledged writes, ${verdict.lost.length} lost, ${verdict.partial.length} partial (${verdict.multiRow} multi-row writes checked, roll-ups of ${verdict.plansRecomputed} plans equal recomputation)`,
    );

    expect(killed.every((n) => n > 0)).toBe(true);
    expectSurvived(load, verdict);
    // And it serves normally afterwards.
    expect((await api.request(VIEWER, {}, { token: world.admin.token, timeoutMs: REQUEST_TIMEOUT_MS })).errors).toBeUndefined();
  }, 60_000);
});
