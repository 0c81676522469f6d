// `npm run migrate`: apply pending migrations (as the owner role).
import { importApi, openLocalDatabase } from './local-database.mjs';

const db = await openLocalDatabase();
try {
  const { migrateDatabase } = await importApi('database/bootstrap.js');
  const { loadConfig } = await importApi('config/app-config.js');
  const config = loadConfig({ ...process.env, DATABASE_URL: db.url });
  await migrateDatabase(config.databaseUrl, config.databaseAppUrl, (m) => console.log(m));
  console.log('database is up to date');
} finally {
  await db.stop();
}
