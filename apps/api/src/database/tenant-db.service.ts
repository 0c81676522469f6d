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

  run<T>(scope: TenantScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
        scope.orgId ?? '',
        scope.userId ?? '',
      ]);
      return work(em);
    });
  }

  /** For the few reads that are not tenant data (users, sessions) or go through a SECURITY DEFINER function. */
  query<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return sql<T>(this.dataSource, text, params);
  }
}
