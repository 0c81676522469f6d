import { Client } from 'pg';

/**
 * Counts the SQL statements this process sends to PostgreSQL while `work`
 * runs, by wrapping node-postgres's Client#query, through which every query
 * of TypeORM's pool passes: transaction control, the auth guard's identity
 * check, DataLoader batches and the services' SQL alike. Nothing the API does
 * can bypass it, and it needs no server extension (pg_stat_statements is not
 * loaded in the embedded PostgreSQL). Run nothing else against the database
 * meanwhile.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const original = Client.prototype.query;
  const counting = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    statements.push((typeof first === 'string' ? first : (first?.text ?? '')).replace(/\s+/g, ' ').trim());
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  Client.prototype.query = counting as typeof Client.prototype.query;
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    Client.prototype.query = original;
  }
}
