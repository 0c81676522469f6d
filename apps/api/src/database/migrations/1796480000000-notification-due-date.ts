import { MigrationInterface, QueryRunner } from 'typeorm';

/** The suffix the overdue reminders used to write into the message: " (due 2026-12-02)". */
const DUE_SUFFIX = String.raw` \(due (\d{4}-\d{2}-\d{2})\)$`;

/**
 * An overdue reminder's message carried the stage's due date in English
 * words ("Sales plan (due 2026-11-28)"), which the bell showed as it was to
 * people reading Chinese. The date gets a column of its own and the message
 * keeps the stage's name alone; the web writes the sentence in the reader's
 * language. Reminders already sent are split the same way.
 */
export class NotificationDueDate1796480000000 implements MigrationInterface {
  name = 'NotificationDueDate1796480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD "due_date" date`);
    await q.query(
      `UPDATE notifications SET due_date = (regexp_match(message, $1))[1]::date, message = regexp_replace(message, $1, '')
        WHERE kind = 'stage_overdue' AND message ~ $1`,
      [DUE_SUFFIX],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE notifications SET message = left(message || ' (due ' || due_date::text || ')', 500) WHERE kind = 'stage_overdue' AND due_date IS NOT NULL`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "due_date"`);
  }
}
