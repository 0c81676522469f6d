import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { Client } from 'pg';
import { migrateDatabase } from '../../src/database/bootstrap';
import { withCredentials, APP_DB_ROLE } from '../../src/config/app-config';

/**
 * One real PostgreSQL for the whole run: DATABASE_URL's server when set,
 * otherwise a throw-away embedded cluster. A fresh database is created and
 * migrated; suites share it and keep apart by creating their own
 * organisations and users.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const { startEmbeddedPostgres } = await import(path.resolve(__dirname, '../../../../tools/db/embedded.mjs'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsplan-test-pg-'));
    fs.chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), persistent: false });
    (globalThis as { __OPSPLAN_PG__?: unknown }).__OPSPLAN_PG__ = embedded;
    serverUrl = embedded.url as string;
  }
  const dbName = `opsplan_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const ownerUrl = url.toString();
  const appUrl = withCredentials(ownerUrl, APP_DB_ROLE, 'opsplan-app-test');
  await migrateDatabase(ownerUrl, appUrl);
  process.env.OPSPLAN_TEST_OWNER_URL = ownerUrl;
  process.env.OPSPLAN_TEST_APP_URL = appUrl;
  process.env.OPSPLAN_TEST_SERVER_URL = serverUrl;
  process.env.OPSPLAN_TEST_DB = dbName;
}
