import { createDataSource } from '../../src/database/data-source';
import { NotificationDueDate1796480000000 } from '../../src/database/migrations/1796480000000-notification-due-date';

/**
 * The migration that gave overdue reminders a due date of their own splits
 * the reminders already sent ("Sales plan (due 2026-11-28)"), and its down
 * puts the words back. Run down and up inside a transaction that is rolled
 * back, on rows written the old way.
 */
describe('the notification due-date migration', () => {
  it('moves the English "(due …)" out of reminders already sent, and back on the way down', async () => {
    const dataSource = createDataSource(process.env.OPSPLAN_TEST_OWNER_URL!, { extra: { max: 1 } });
    await dataSource.initialize();
    const q = dataSource.createQueryRunner();
    try {
      await q.startTransaction();
      const migration = new NotificationDueDate1796480000000();
      await migration.down(q);
      const [org] = await q.query(`INSERT INTO organizations (name) VALUES ('Migration Co') RETURNING id`);
      const [user] = await q.query(`INSERT INTO users (email, password_hash, display_name) VALUES ('migration@example.com', 'x', 'M') RETURNING id`);
      const [member] = await q.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'executive') RETURNING id`, [org.id, user.id]);
      const insert = (kind: string, message: string) =>
        q.query(`INSERT INTO notifications (org_id, recipient_id, kind, message) VALUES ($1, $2, $3, $4)`, [org.id, member.id, kind, message]);
      await insert('stage_overdue', '销售计划 Sales plan (due 2026-11-28)');
      await insert('stage_overdue', 'A name cut before its date (du');
      await insert('stage_returned', 'Numbers missing (due 2026-11-28)');

      await migration.up(q);
      const rows = async () => q.query(`SELECT kind, message, due_date::text AS due_date FROM notifications WHERE org_id = $1 ORDER BY kind, message`, [org.id]);
      expect(await rows()).toEqual([
        { kind: 'stage_overdue', message: 'A name cut before its date (du', due_date: null },
        { kind: 'stage_overdue', message: '销售计划 Sales plan', due_date: '2026-11-28' },
        // A return's reason is the reviewer's own words, whatever they say.
        { kind: 'stage_returned', message: 'Numbers missing (due 2026-11-28)', due_date: null },
      ]);

      await migration.down(q);
      expect((await q.query(`SELECT message FROM notifications WHERE org_id = $1 AND kind = 'stage_overdue' ORDER BY message`, [org.id])).map((r: { message: string }) => r.message)).toEqual([
        'A name cut before its date (du',
        '销售计划 Sales plan (due 2026-11-28)',
      ]);
    } finally {
      if (q.isTransactionActive) await q.rollbackTransaction();
      await q.release();
      await dataSource.destroy();
    }
  });
});
