import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { APP_DB_ROLE, withCredentials } from '../../src/config/app-config';
import { migrateDatabase } from '../../src/database/bootstrap';
import { Json, PASSWORD, Session, TestApp } from '../support/test-app';
import { ADD_CHECK_IN, ADD_COMMENT, createNode, createPlan, DELETE_NODE } from '../support/plan-fixtures';
import { cycleWorld } from '../support/cycle-fixtures';
import { budgetWithEveryRow } from '../support/budget-fixtures';
import { IMPORT_TEMPLATE, miniTemplate } from '../support/template-fixtures';

/**
 * `npm run backup` and `npm run restore` round-trip a large organisation
 * with nothing lost: every table's rows, checksummed row by row in primary
 * key order, and the row-level security, grants and triggers that keep
 * tenants apart. The restored database then serves the API.
 */

const root = path.resolve(__dirname, '../../../..');

/** The large organisation's scale: 0.1 (12,210 plan nodes) keeps the suite quick; 1 is the benchmark's 102,210. */
const SCALE = process.env.OPSPLAN_BACKUP_TEST_SCALE ?? '0.1';

/** Tables that may be empty after the fixtures below (nothing in them is made by a request). */
const MAY_BE_EMPTY = ['scheduled_job_runs'];

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function query<T = Json>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const databaseUrl = (server: string, name: string) => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Runs one of the repository's node scripts against `databaseUrl`, as a person would with npm run. */
function tool(script: string, args: string[], databaseUrl: string): { status: number | null; out: string; err: string; seconds: number } {
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout, err: run.stderr, seconds: (Date.now() - started) / 1000 };
}

/**
 * The test server when the installed pg_dump can read it; otherwise (the
 * embedded server is newer than any pg_dump installed) a throw-away cluster
 * of the newest PostgreSQL whose pg_dump is here.
 */
async function serverForPgDump(): Promise<Server> {
  const binaries = await import(path.join(root, 'tools/db/pg-binaries.mjs'));
  const testServer = process.env.OPSPLAN_TEST_SERVER_URL!;
  const [{ v }] = await query<{ v: number }>(testServer, `SELECT current_setting('server_version_num')::int AS v`);
  const newest = binaries.findPrograms('pg_dump')[0];
  if (!newest) throw new Error('No pg_dump is installed: apt-get install postgresql-client (or postgresql, for the server programs too)');
  if (newest.major >= Math.floor(v / 10000)) return { url: testServer, stop: async () => undefined };
  const system = await import(path.join(root, 'tools/db/system-postgres.mjs'));
  return system.startSystemPostgres(newest.major);
}

/** Every table of the public schema with its primary key columns, to read rows in a stable order. */
async function tablesOf(url: string): Promise<{ table: string; key: string }[]> {
  return query(
    url,
    `SELECT c.relname AS table,
            coalesce((SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord)
                        FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                       WHERE i.indrelid = c.oid AND i.indisprimary), 't::text') AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
}

/** One md5 per row, in primary key order. */
async function rowHashes(url: string, table: string, key: string): Promise<string[]> {
  return (await query<{ h: string }>(url, `SELECT md5(t::text) AS h FROM ${table} t ORDER BY ${key}`)).map((r) => r.h);
}

/** What keeps tenants apart and history intact, per table: RLS flags, policies, the app role's grants, triggers. */
async function protections(url: string): Promise<Json[]> {
  return query(
    url,
    `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
            (SELECT string_agg(p.polname || ':' || pg_get_expr(p.polqual, p.polrelid), ' | ' ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
            (SELECT string_agg(t.tgname, ',' ORDER BY t.tgname) FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS triggers,
            concat_ws(',', CASE WHEN has_table_privilege($1, c.oid, 'SELECT') THEN 'select' END, CASE WHEN has_table_privilege($1, c.oid, 'INSERT') THEN 'insert' END,
                           CASE WHEN has_any_column_privilege($1, c.oid, 'UPDATE') THEN 'update' END, CASE WHEN has_table_privilege($1, c.oid, 'DELETE') THEN 'delete' END) AS app_grants
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    [APP_DB_ROLE],
  );
}

/** Rows in every table made the way people make them: departments, members, a plan with history, a cycle, a budget, a template. */
async function everyKindOfRow(t: TestApp, admin: Session): Promise<string> {
  await t.createDepartment(admin, 'Sales');
  await t.ok(`mutation { createInvitation(input: { role: staff }) { token } }`, {}, admin.token);
  const plan = await createPlan(t, admin, 'Backed-up plan');
  const strategy = await createNode(t, admin, { planId: plan.id, level: 'strategy', title: 'Strategy' });
  await t.ok(ADD_CHECK_IN, { input: { nodeId: strategy.id, version: strategy.version, progress: 10, confidence: 3 } }, admin.token);
  await t.ok(ADD_COMMENT, { input: { nodeId: strategy.id, body: 'Backed up “as is”: 中文, emoji 🚀, quotes \' and \\' } }, admin.token);
  await t.ok(`query($id: ID!) { planDashboard(planId: $id) { progress } }`, { id: plan.id }, admin.token);
  await createNode(t, admin, { planId: plan.id, parentId: strategy.id, level: 'objective', title: 'Objective', ownerId: admin.membershipId });
  const gone = await createNode(t, admin, { planId: plan.id, parentId: strategy.id, level: 'objective', title: 'Deleted objective' });
  await t.ok(DELETE_NODE, { input: { id: gone.id, version: gone.version } }, admin.token);
  await t.ok(`mutation($id: ID!) { createPlanVersion(planId: $id, label: "Backed up") { id } }`, { id: plan.id }, admin.token);
  await cycleWorld(t, admin, plan.id, await t.addMember(admin, 'executive'));
  await budgetWithEveryRow(t, admin, plan.id);
  await t.ok(IMPORT_TEMPLATE, { input: { json: JSON.stringify(miniTemplate('backed-up')) } }, admin.token);
  return plan.id;
}

describe('backup and restore', () => {
  let server: Server;
  let source: { owner: string; app: string };
  let target: { owner: string; app: string };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsplan-backup-'));
  const archive = path.join(dir, 'opsplan.dump');
  const suffix = `${Date.now()}_${process.pid}`;
  let admin: Session;
  let planId: string;
  let seeded: { nodes: number; seconds: number };

  beforeAll(async () => {
    server = await serverForPgDump();
    const ownerOf = (name: string) => databaseUrl(server.url, name);
    source = { owner: ownerOf(`opsplan_backup_${suffix}`), app: '' };
    target = { owner: ownerOf(`opsplan_restored_${suffix}`), app: '' };
    source.app = withCredentials(source.owner, APP_DB_ROLE, 'opsplan-app-test');
    target.app = withCredentials(target.owner, APP_DB_ROLE, 'opsplan-app-test');
    await query(server.url, `CREATE DATABASE opsplan_backup_${suffix}`);
    await migrateDatabase(source.owner, source.app);

    // The benchmark's large organisation, then a row in every other table through the API.
    const seed = tool('tools/seed/large-org.mjs', ['--scale', SCALE], source.owner);
    expect({ status: seed.status, err: seed.err }).toEqual({ status: 0, err: '' });
    const [{ n }] = await query(source.owner, `SELECT count(*)::int AS n FROM plan_nodes`);
    seeded = { nodes: n, seconds: seed.seconds };
    const t = await TestApp.start({ DATABASE_URL: source.owner, DATABASE_APP_URL: source.app });
    // The shared fixtures read versions back as the owner of the test database: point them at the source for now.
    const testDatabase = process.env.OPSPLAN_TEST_OWNER_URL;
    process.env.OPSPLAN_TEST_OWNER_URL = source.owner;
    try {
      admin = await t.newOrganization('Backed up');
      planId = await everyKindOfRow(t, admin);
    } finally {
      process.env.OPSPLAN_TEST_OWNER_URL = testDatabase;
      // Stopped before the backup: nothing writes to the source while the two are compared.
      await t.stop();
    }
  }, 120_000);

  afterAll(async () => {
    if (!server) return;
    for (const db of [source?.owner, target?.owner].filter(Boolean)) {
      await query(server.url, `DROP DATABASE IF EXISTS ${new URL(db).pathname.slice(1)} WITH (FORCE)`).catch(() => undefined);
    }
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table row for row, with its protections, into a new database, and the API serves it', async () => {
    const backup = tool('tools/backup.mjs', [archive], source.owner);
    expect({ status: backup.status, err: backup.err }).toEqual({ status: 0, err: '' });
    expect(backup.out).toMatch(/^backup: .*opsplan\.dump/);
    expect(fs.readFileSync(archive).subarray(0, 5).toString('latin1')).toBe('PGDMP');

    // The target database does not exist yet: restore creates it.
    const restore = tool('tools/restore.mjs', [archive], target.owner);
    expect({ status: restore.status, err: restore.err }).toEqual({ status: 0, err: '' });
    expect(restore.out).toMatch(/^restore: .* into "opsplan_restored_/);

    const tables = await tablesOf(source.owner);
    expect(await tablesOf(target.owner)).toEqual(tables);
    let rows = 0;
    let differing = 0;
    const empty: string[] = [];
    for (const { table, key } of tables) {
      const [before, after] = await Promise.all([rowHashes(source.owner, table, key), rowHashes(target.owner, table, key)]);
      rows += before.length;
      if (before.length === 0) empty.push(table);
      // Rows in one and not the other, either way (a multiset difference, so duplicates count too).
      const left = new Map<string, number>();
      for (const h of before) left.set(h, (left.get(h) ?? 0) + 1);
      for (const h of after) {
        const n = left.get(h) ?? 0;
        if (n > 0) left.set(h, n - 1);
        else differing++;
      }
      for (const n of left.values()) differing += n;
      expect({ table, rows: after.length, sameOrder: after.join() === before.join() }).toEqual({ table, rows: before.length, sameOrder: true });
    }
    expect(differing).toBe(0);
    expect(empty.filter((table) => !MAY_BE_EMPTY.includes(table))).toEqual([]);
    expect(seeded.nodes).toBeGreaterThan(12_000);
    expect(rows).toBeGreaterThan(seeded.nodes);
    expect(await protections(target.owner)).toEqual(await protections(source.owner));
    console.log(
      `backup: ${tables.length} tables, ${rows} rows, ${differing} differing; backup ${backup.seconds.toFixed(1)} s, restore ${restore.seconds.toFixed(1)} s (${seeded.nodes} plan nodes, seeded in ${seeded.seconds.toFixed(1)} s)`,
    );

    // Started on the restored database as on any other: nothing to migrate, the app role signs in, RLS and grants hold.
    const applied: string[] = [];
    await migrateDatabase(target.owner, target.app, (m) => applied.push(m));
    expect(applied).toEqual([]);
    const t = await TestApp.start({ DATABASE_URL: target.owner, DATABASE_APP_URL: target.app });
    try {
      const signedIn = await t.ok(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: admin.email, password: PASSWORD } });
      const outline = await t.ok(`query($id: ID!) { planOutline(planId: $id) { id title } }`, { id: planId }, signedIn.signIn.accessToken);
      expect(outline.planOutline.map((n: Json) => n.title).sort()).toEqual(['Objective', 'Strategy']);
    } finally {
      await t.stop();
    }
  });

  it('refuses to restore over a database that is not empty, and replaces it only with --force', async () => {
    const [before] = await query(target.owner, `SELECT count(*)::int AS n FROM plan_nodes`);
    // Something the archive does not hold: --force must not leave it behind.
    await query(target.owner, `CREATE TABLE stray_table (id int)`);

    const refused = tool('tools/restore.mjs', [archive], target.owner);
    expect(refused.status).toBe(3);
    expect(refused.err).toContain('is not empty');
    expect((await query(target.owner, `SELECT count(*)::int AS n FROM plan_nodes`))[0]).toEqual(before);

    const forced = tool('tools/restore.mjs', [archive, '--force'], target.owner);
    expect({ status: forced.status, err: forced.err }).toEqual({ status: 0, err: '' });
    expect(forced.out).toContain('replacing what was there');
    expect((await query(target.owner, `SELECT count(*)::int AS n FROM plan_nodes`))[0]).toEqual(before);
    const [{ n }] = await query(target.owner, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'stray_table'`);
    expect(n).toBe(0);
  });

  it('refuses a file that is not a backup, and writes nothing', async () => {
    const notAnArchive = path.join(dir, 'notes.txt');
    fs.writeFileSync(notAnArchive, 'not a backup');
    const fresh = databaseUrl(server.url, `opsplan_never_${suffix}`);
    const run = tool('tools/restore.mjs', [notAnArchive], fresh);
    expect(run.status).toBe(1);
    expect(run.err).toContain('is not a pg_dump archive');
    expect(await query(server.url, `SELECT 1 FROM pg_database WHERE datname = $1`, [`opsplan_never_${suffix}`])).toEqual([]);
  });
});
