import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __OPSPLAN_PG__?: { stop(): Promise<void> } }).__OPSPLAN_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  // A shared server (DATABASE_URL): drop this run's database.
  const server = process.env.OPSPLAN_TEST_SERVER_URL;
  const db = process.env.OPSPLAN_TEST_DB;
  if (server && db) {
    const client = new Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await client.end();
  }
}
