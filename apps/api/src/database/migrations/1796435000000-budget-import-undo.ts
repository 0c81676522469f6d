import { MigrationInterface, QueryRunner } from 'typeorm';

const LINE_TABLES = ['budget_revenue_lines', 'budget_cost_lines', 'budget_positions', 'budget_loans'];

/**
 * Undoing a budget import (issue 5): each line remembers the import batch
 * that created it (`created_batch`), and the budget keeps the financing its
 * latest import replaced (`import_undo`: { batchId, financing }), so
 * restoring that batch takes the imported lines out again and puts the
 * financing back. New columns of tables that already have row-level
 * security and the app role's grants.
 */
export class BudgetImportUndo1796435000000 implements MigrationInterface {
  name = 'BudgetImportUndo1796435000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of LINE_TABLES) await q.query(`ALTER TABLE "${table}" ADD "created_batch" uuid`);
    await q.query(`ALTER TABLE "budgets" ADD "import_undo" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "budgets" DROP COLUMN "import_undo"`);
    for (const table of [...LINE_TABLES].reverse()) await q.query(`ALTER TABLE "${table}" DROP COLUMN "created_batch"`);
  }
}
