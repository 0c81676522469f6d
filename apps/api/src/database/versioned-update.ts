import { EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/errors/app-error';
import { sql } from './sql';

export type Row = Record<string, unknown>;

/**
 * Optimistic-concurrency update of one row: locks it, checks that the caller
 * read the current version, applies the changes and bumps the version. A
 * stale version answers CONFLICT carrying the current row, so the client can
 * show the other person's change. Row-level security hides other tenants'
 * rows, which therefore answer NOT_FOUND like ids that do not exist.
 */
export async function updateVersioned(
  em: EntityManager,
  opts: {
    table: string;
    id: string;
    version: number;
    changes: Row;
    what: string;
    toClient: (row: Row) => unknown;
    extraWhere?: string;
    /**
     * Write nothing when every change equals what is stored (compared by
     * PostgreSQL, in each column's type: 50 = 50.0, jsonb by value): no new
     * version, and `changed` is false.
     */
    skipUnchanged?: boolean;
  },
): Promise<{ before: Row; after: Row; changed: boolean }> {
  const [before] = await sql<Row>(em, `SELECT * FROM ${opts.table} WHERE id = $1 ${opts.extraWhere ?? ''} FOR UPDATE`, [opts.id]);
  if (!before) throw notFound(opts.what);
  if (before.version !== opts.version) {
    throw conflict(`${opts.what} was changed by someone else. Review their change and apply yours again.`, opts.toClient(before));
  }
  const columns = Object.keys(opts.changes).filter((c) => opts.changes[c] !== undefined);
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  const differs = opts.skipUnchanged ? ` AND (${columns.map((c, i) => `${c} IS DISTINCT FROM $${i + 2}`).join(' OR ') || 'FALSE'})` : '';
  const [after] = await sql<Row>(
    em,
    `UPDATE ${opts.table} SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1${differs} RETURNING *`,
    [opts.id, ...columns.map((c) => opts.changes[c])],
  );
  // No row back: the lock held, so nothing differed.
  return after ? { before, after, changed: true } : { before, after: before, changed: false };
}
