import type { EntityManager } from 'typeorm';

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
