import { Client } from 'pg';
import { APP_DB_ROLE } from '../config/app-config';
import { createDataSource } from './data-source';

/** Any fixed number: every OpsPlan instance takes the same session-level advisory lock to migrate. */
const MIGRATION_LOCK = 7_290_417_303;

/**
 * Bring the database up to date as the owner role: apply pending migrations,
 * then let the runtime role log in with its configured password. Instances
 * starting together take turns on an advisory lock, so one migrates and the
 * others find nothing pending (rather than racing on the same DDL, or on
 * ALTER ROLE, which PostgreSQL refuses as "tuple concurrently updated").
 */
export async function migrateDatabase(ownerUrl: string, appUrl: string, log: (msg: string) => void = () => {}): Promise<void> {
  const lock = new Client({ connectionString: ownerUrl, application_name: 'opsplan-migrate-lock' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = createDataSource(ownerUrl, { extra: { max: 2, application_name: 'opsplan-migrate' } });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      for (const m of applied) log(`migration applied: ${m.name}`);
    } finally {
      await dataSource.destroy();
    }
    await ensureAppLogin(ownerUrl, appUrl);
  } finally {
    // Ending the session releases the lock too, even when the unlock cannot be sent.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}

async function ensureAppLogin(ownerUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const user = decodeURIComponent(app.username);
  if (user !== APP_DB_ROLE) return; // an operator-managed role: theirs to set up
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const password = decodeURIComponent(app.password);
    const quoted = (await client.query<{ q: string }>('SELECT quote_literal($1) AS q', [password])).rows[0].q;
    await client.query(`ALTER ROLE ${APP_DB_ROLE} LOGIN PASSWORD ${quoted}`);
  } finally {
    await client.end();
  }
}
