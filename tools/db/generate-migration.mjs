// `npm run migration:generate -- AddPlanNodes`: compare the entities with the
// committed migrations on a scratch database and write a new migration with
// the difference. Review it, add it to migrations/index.ts, commit it.
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase, startThrowawayPostgres } from './embedded.mjs';
import { importApi, root } from './local-database.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- PascalCaseName');
  process.exit(2);
}
const embedded = await startThrowawayPostgres('opsplan-migration-');
try {
  const url = new URL(await createDatabase(embedded.url, 'scratch'));
  const { migrateDatabase } = await importApi('database/bootstrap.js');
  const { createDataSource } = await importApi('database/data-source.js');
  await migrateDatabase(url.toString(), url.toString());
  const ds = createDataSource(url.toString());
  await ds.initialize();
  const log = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (log.upQueries.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const stamp = Date.now();
    const q = (list) => list.map((x) => `    await q.query(${JSON.stringify(x.query)});`).join('\n');
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(q: QueryRunner): Promise<void> {
${q(log.upQueries)}
  }

  async down(q: QueryRunner): Promise<void> {
${q([...log.downQueries].reverse())}
  }
}
`;
    const file = path.join(root, 'apps/api/src/database/migrations', `${stamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
    fs.writeFileSync(file, body);
    console.log(`wrote ${path.relative(root, file)}: add RLS policies and grants for new tenant tables, then list it in migrations/index.ts`);
  }
} finally {
  await embedded.stop();
}
