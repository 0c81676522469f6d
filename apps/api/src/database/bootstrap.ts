import { Client } from 'pg';
import { APP_DB_ROLE } from '../config/app-config';
import { createDataSource } from './data-source';

/**
 * Bring the database up to date as the owner role: apply pending migrations,
 * then let the runtime role log in with its configured password.
 */
export async function migrateDatabase(ownerUrl: string, appUrl: string, log: (msg: string) => void = () => {}): Promise<void> {
  const dataSource = createDataSource(ownerUrl, { extra: { max: 2, application_name: 'opsplan-migrate' } });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`migration applied: ${m.name}`);
  } finally {
    await dataSource.destroy();
  }
  await ensureAppLogin(ownerUrl, appUrl);
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
