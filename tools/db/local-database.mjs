// The database the developer tools work on: DATABASE_URL when set, else the
// embedded PostgreSQL that `npm start` uses (./.data/pg, database "opsplan").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function openLocalDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  fs.mkdirSync(path.join(root, '.data'), { recursive: true });
  const embedded = await startEmbeddedPostgres({ dir: path.join(root, '.data/pg'), persistent: true });
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'opsplan'`);
  if (!rowCount) await client.query('CREATE DATABASE opsplan');
  await client.end();
  const url = new URL(embedded.url);
  url.pathname = '/opsplan';
  return { url: url.toString(), stop: () => embedded.stop() };
}

export async function importApi(relative) {
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [path.join(root, 'tools/build-api.mjs')], { cwd: root, stdio: 'inherit' });
  const mod = await import(path.join(root, 'dist/apps/api/apps/api/src', relative));
  return mod.default ?? mod; // the built API is CommonJS
}
