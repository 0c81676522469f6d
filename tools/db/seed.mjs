// `npm run seed`: create the demo organisation if the database has none.
import { importApi, openLocalDatabase } from './local-database.mjs';

const db = await openLocalDatabase();
try {
  const { migrateDatabase } = await importApi('database/bootstrap.js');
  const { loadConfig } = await importApi('config/app-config.js');
  const config = loadConfig({ ...process.env, DATABASE_URL: db.url });
  await migrateDatabase(config.databaseUrl, config.databaseAppUrl);
  const { seedDemo, DEMO_PEOPLE, DEMO_PASSWORD } = await importApi('tools/seed-demo.js');
  const seeded = await seedDemo(db.url);
  console.log(seeded ? 'demo organisation seeded:' : 'data already present; nothing seeded. Demo sign-ins:');
  for (const p of DEMO_PEOPLE) console.log(`  ${p.role.padEnd(10)} ${p.email}  ${DEMO_PASSWORD}`);
} finally {
  await db.stop();
}
