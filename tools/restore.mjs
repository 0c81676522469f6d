// `npm run restore -- <file> [--force]`: an archive of `npm run backup` into
// DATABASE_URL's database (created when missing), or the local one `npm
// start` uses. It restores only into an empty database; --force first drops
// and recreates a non-empty one. All or nothing: one transaction.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openLocalDatabase } from './db/local-database.mjs';
import { connectionFor, programFor, serverMajor } from './db/pg-binaries.mjs';

const APP_ROLE = 'opsplan_app';
const args = process.argv.slice(2);
const force = args.includes('--force');
const [file] = args.filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run restore -- <file> [--force]   (into DATABASE_URL, or the local database of `npm start`)');
  process.exit(2);
}
const source = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The same server's maintenance database, to create or drop the target from. */
function maintenanceUrl(url) {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1));

async function ensureDatabase(url) {
  const name = databaseName(url);
  await withClient(maintenanceUrl(url), async (c) => {
    const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
}

/** Anything of the user's in the database: tables, views, sequences, functions outside the system schemas. */
async function objectCount(url) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`
      SELECT (SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
               WHERE k.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%')
           + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))::int AS n`);
    return Number(rows[0].n);
  });
}

async function recreateDatabase(url) {
  const name = databaseName(url);
  await withClient(maintenanceUrl(url), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
}

/**
 * The API's role is a server-wide object, so an archive carries its grants
 * but not the role. Created here as the first migration creates it; the API
 * lets it log in at start-up, as after any migration.
 */
async function ensureAppRole(url) {
  await withClient(url, async (c) => {
    await c.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    END $$`);
    await c.query(`ALTER ROLE ${APP_ROLE} SET jit = off`);
  });
}

async function tableSummary(url) {
  return withClient(url, async (c) => {
    const tables = (await c.query(`SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.t);
    if (tables.length === 0) return { tables: 0, rows: 0 };
    const { rows } = await c.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS n`);
    return { tables: tables.length, rows: Number(rows[0].n) };
  });
}

let code = 0;
const db = await openLocalDatabase();
try {
  const header = Buffer.alloc(5);
  const fd = fs.openSync(source, 'r');
  fs.readSync(fd, header, 0, 5, 0);
  fs.closeSync(fd);
  if (header.toString('latin1') !== 'PGDMP') throw new Error(`${source} is not a pg_dump archive in custom format (made by npm run backup)`);

  await ensureDatabase(db.url);
  const existing = await objectCount(db.url);
  if (existing > 0 && !force) {
    console.error(`restore refused: database "${databaseName(db.url)}" is not empty (${existing} objects). Restore into an empty database, or add --force to drop and recreate it.`);
    code = 3;
  } else {
    if (existing > 0) await recreateDatabase(db.url);
    await ensureAppRole(db.url);
    const pgRestore = programFor('pg_restore', await withClient(db.url, serverMajor));
    const { dbname, env } = connectionFor(db.url);
    const started = Date.now();
    // Objects belong to whoever restores (the owner role that runs migrations), whatever role owned them before.
    const run = spawnSync(pgRestore.file, ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, source], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`pg_restore failed (exit ${run.status ?? run.signal}); nothing was restored`);
    const seconds = (Date.now() - started) / 1000;
    const { tables, rows } = await tableSummary(db.url);
    console.log(`restore: ${source} into "${databaseName(db.url)}" (${tables} tables, ${rows} rows${existing > 0 ? ', replacing what was there' : ''}) in ${seconds.toFixed(1)} s`);
  }
} catch (error) {
  console.error(`restore failed: ${error.message}`);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
