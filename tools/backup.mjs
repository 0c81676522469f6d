// `npm run backup -- <file>`: the whole OpsPlan database (DATABASE_URL, or the
// local one `npm start` uses) into one pg_dump archive in custom format, taken
// from one consistent snapshot while the API keeps serving. `npm run restore`
// reads it back.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openLocalDatabase } from './db/local-database.mjs';
import { connectionFor, programFor, serverMajor } from './db/pg-binaries.mjs';

const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run backup -- <file>   (DATABASE_URL, or the local database of `npm start`)');
  process.exit(2);
}
// npm runs scripts from the package root; a relative path means the caller's folder.
const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

const db = await openLocalDatabase();
let code = 0;
try {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  let major;
  let tables;
  try {
    major = await serverMajor(client);
    tables = (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n;
  } finally {
    await client.end();
  }
  const pgDump = programFor('pg_dump', major);
  const { dbname, env } = connectionFor(db.url);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const started = Date.now();
  // Custom format: compressed, and pg_restore can pick from it. Owners are
  // left out at restore time instead, so the archive stays complete.
  const dump = spawnSync(pgDump.file, ['--format=custom', `--file=${target}`, `--dbname=${dbname}`], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (dump.status !== 0) throw new Error(`pg_dump failed (exit ${dump.status ?? dump.signal})`);
  const seconds = (Date.now() - started) / 1000;
  const size = fs.statSync(target).size;
  console.log(`backup: ${target} (${(size / 1024 / 1024).toFixed(1)} MB, ${tables} tables, PostgreSQL ${major}, pg_dump ${pgDump.major}) in ${seconds.toFixed(1)} s`);
} catch (error) {
  console.error(`backup failed: ${error.message}`);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
