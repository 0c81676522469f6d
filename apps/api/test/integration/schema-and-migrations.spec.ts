import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { printApiSchema } from '../../src/tools/schema-printer';
import { createDataSource } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';

/** Drift checks: what is committed (schema file, migrations) matches what the code says. */
describe('the committed schema and migrations', () => {
  it('schema.gql is exactly what the resolvers print', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8');
    const printed = await printApiSchema();
    if (printed !== committed) {
      throw new Error('apps/api/schema.gql is out of date with the resolvers. Run `npm run generate` and commit the result.');
    }
  });

  it('the entities need no schema change after the migrations ran', async () => {
    const dataSource = createDataSource(process.env.OPSPLAN_TEST_OWNER_URL!, { extra: { max: 1 } });
    await dataSource.initialize();
    try {
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      const pending = upQueries.map((q) => q.query);
      if (pending.length > 0) {
        throw new Error(`The entities and the migrations disagree. Add a migration (npm run migration:generate) for:\n${pending.join(';\n')}`);
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it('every migration has a down that undoes it, and up applies again after it', async () => {
    for (const Migration of MIGRATIONS) {
      expect({ migration: Migration.name, down: typeof Migration.prototype.down }).toEqual({ migration: Migration.name, down: 'function' });
    }

    // On a scratch database of the same server: up, down to nothing, up again.
    const server = process.env.OPSPLAN_TEST_SERVER_URL!;
    const name = `opsplan_updown_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const dataSource = createDataSource(url.toString(), { extra: { max: 1 } });
    const tables = async () =>
      (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)).map(
        (r: { tablename: string }) => r.tablename,
      );
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const created = await tables();
      expect(created.length).toBeGreaterThan(0);

      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      const leftovers = await dataSource.query(
        `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
      );
      expect(leftovers).toEqual([]); // (extension functions such as pgcrypto's are TypeORM's, not the migrations')

      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tables()).toEqual(created);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
