import type { EntityManager } from 'typeorm';
import type { PoolClient } from 'pg';

/**
 * Runs one statement and returns its rows. TypeORM answers UPDATE and DELETE
 * with [rows, count] and everything else with rows; callers should not care.
 */
export async function sql<T = Record<string, unknown>>(em: Pick<EntityManager, 'query'>, text: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await em.query(text, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * A read on the hot path as a named prepared statement on the transaction's
 * own connection: PostgreSQL parses and plans it once per connection instead
 * of on every request, and the rows skip TypeORM's result handling. `text`
 * must be built from code, never from input values. It may follow the fields
 * a query selects: each distinct text is prepared once per pooled connection,
 * so past MAX_PREPARED texts (a client sending ever new selections) further
 * ones run unprepared rather than grow every connection's memory.
 */
export async function preparedSql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const client = connectionOf(em);
  const name = client ? statementName(text) : undefined;
  if (!client || !name) return sql<T>(em, text, params);
  const result = await client.query({ name, text, values: params });
  return result.rows as T[];
}

/**
 * Several statements in one round trip, each one's rows in order. They go by
 * the simple protocol, which takes no parameters: build them from code and
 * from values checked to be UUIDs only (`isUuid`). They run one after another
 * in the transaction, so a lock the first takes holds for the others.
 */
export async function sqlBatch(em: EntityManager, statements: readonly string[]): Promise<Record<string, unknown>[][]> {
  const client = connectionOf(em);
  if (!client) {
    const each: Record<string, unknown>[][] = [];
    for (const text of statements) each.push(await sql(em, text));
    return each;
  }
  const results: unknown = await client.query(statements.join(';\n'));
  return (Array.isArray(results) ? results : [results]).map((result: { rows: Record<string, unknown>[] }) => result.rows);
}

/** The pg connection under a transaction's EntityManager, for what TypeORM's query() cannot send. */
const connectionOf = (em: EntityManager): PoolClient | undefined => (em.queryRunner as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;

/** How many distinct statement texts are prepared at most (the web app's documents need a few dozen). */
export const MAX_PREPARED = 256;

const names = new Map<string, string>();

/** A stable name per statement text (FNV-1a), remembered so the hash runs once per text; undefined past MAX_PREPARED texts. */
function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_PREPARED) return undefined;
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    name = `opsplan_${(hash >>> 0).toString(36)}_${text.length}`;
    names.set(text, name);
  }
  return name;
}
