import { DataSource } from 'typeorm';
import { MAX_PREPARED, preparedSql } from '../../src/database/sql';
import { TestApp } from '../support/test-app';

/**
 * Hot reads run as named prepared statements, one per statement text and
 * pooled connection. Their texts follow the fields a query selects, so a
 * client sending ever new selections must not make every connection keep
 * ever more statements: past MAX_PREPARED texts they run unprepared.
 */
describe('prepared statements', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.stop();
  });

  it('prepares at most MAX_PREPARED distinct texts per connection and answers every one', async () => {
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const texts = MAX_PREPARED + 20;
      for (let i = 0; i < texts; i++) {
        const [row] = await preparedSql<{ n: number }>(runner.manager, `SELECT $1::int + ${i} AS n`, [1]);
        expect(row.n).toBe(1 + i);
      }
      // Again, in reverse: the prepared ones are reused, the rest still answer.
      for (let i = texts - 1; i >= 0; i--) expect((await preparedSql<{ n: number }>(runner.manager, `SELECT $1::int + ${i} AS n`, [2]))[0].n).toBe(2 + i);
      const prepared = await runner.query(`SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + % AS n'`);
      expect(prepared).toHaveLength(MAX_PREPARED);
      const statements = new Set((prepared as { statement: string }[]).map((p) => p.statement));
      expect(statements.has(`SELECT $1::int + 0 AS n`)).toBe(true);
      expect(statements.has(`SELECT $1::int + ${MAX_PREPARED} AS n`)).toBe(false);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
