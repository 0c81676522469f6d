import path from 'node:path';
import { migrateDatabase } from '../../src/database/bootstrap';
import { withCredentials, APP_DB_ROLE } from '../../src/config/app-config';

/**
 * One real PostgreSQL for the whole run: DATABASE_URL's server when set,
 * otherwise a throw-away embedded cluster. A fresh database is created and
 * migrated; suites share it and keep apart by creating their own
 * organisations and users.
 */
export default async function globalSetup(): Promise<void> {
  const tools = await import(path.resolve(__dirname, '../../../../tools/db/embedded.mjs'));
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await tools.startThrowawayPostgres('opsplan-test-pg-');
    (globalThis as { __OPSPLAN_PG__?: unknown }).__OPSPLAN_PG__ = embedded;
    serverUrl = embedded.url as string;
  }
  const dbName = `opsplan_test_${Date.now()}_${process.pid}`;
  const ownerUrl: string = await tools.createDatabase(serverUrl, dbName);
  const appUrl = withCredentials(ownerUrl, APP_DB_ROLE, 'opsplan-app-test');
  await migrateDatabase(ownerUrl, appUrl);
  process.env.OPSPLAN_TEST_OWNER_URL = ownerUrl;
  process.env.OPSPLAN_TEST_APP_URL = appUrl;
  process.env.OPSPLAN_TEST_SERVER_URL = serverUrl;
  process.env.OPSPLAN_TEST_DB = dbName;
}
