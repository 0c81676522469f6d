import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from './sql';

/** Whose data a transaction may see: row-level security reads these settings. */
export interface TenantScope {
  orgId: string | null;
  userId: string | null;
}

/**
 * Every database access of the API goes through here: one transaction whose
 * first statement sets the organisation and user for PostgreSQL's row-level
 * security policies (SET LOCAL, so they end with the transaction).
 */
@Injectable()
export class TenantDb {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(scope: TenantScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // BEGIN and the settings travel in one round trip (simple protocol, so
      // no parameters: the values are checked to be UUIDs or empty first).
      await runner.query(
        `BEGIN; SELECT set_config('app.org_id', '${literal(scope.orgId)}', true), set_config('app.user_id', '${literal(scope.userId)}', true)`,
      );
      let result: T;
      try {
        result = await work(runner.manager);
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      await runner.query('COMMIT');
      return result;
    } finally {
      await runner.release();
    }
  }

  /** For the few reads that are not tenant data (users, sessions) or go through a SECURITY DEFINER function. */
  query<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return sql<T>(this.dataSource, text, params);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A scope value as an SQL literal's content: a UUID or nothing, never anything else. */
function literal(value: string | null): string {
  if (value === null || value === '') return '';
  if (!UUID.test(value)) throw new Error('A tenant scope must be a UUID.');
  return value.toLowerCase();
}
