import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CommitPause } from '../common/test-hooks';
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
export class TenantDb implements OnModuleDestroy {
  /** Only with OPSPLAN_TEST_HOOKS (see common/test-hooks.ts); null everywhere else. */
  private readonly pause: CommitPause | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pause = config.testHooks ? new CommitPause() : null;
  }

  onModuleDestroy(): void {
    this.pause?.dispose();
  }

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
        if (runner.isReleased) throw connectionLost(error);
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      if (this.pause) await this.pause.stopAt('before-commit', scope.orgId);
      await runner.query('COMMIT').catch((error: unknown) => {
        throw runner.isReleased ? connectionLost(error) : error;
      });
      if (this.pause) await this.pause.stopAt('after-commit', scope.orgId);
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

/**
 * TypeORM hands a transaction's connection back to the pool the moment it
 * fails (a killed backend, a restarting server) and refuses the runner's
 * queries from then on ("Query runner already released"). The transaction
 * died with its connection: say so, as SQLSTATE 08006 (connection_failure),
 * so the client hears SERVICE_UNAVAILABLE rather than an internal error.
 */
function connectionLost(error: unknown): Error {
  return Object.assign(new Error('The database connection was lost during the transaction.', { cause: error }), { code: '08006' });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A scope value as an SQL literal's content: a UUID or nothing, never anything else. */
function literal(value: string | null): string {
  if (value === null || value === '') return '';
  if (!UUID.test(value)) throw new Error('A tenant scope must be a UUID.');
  return value.toLowerCase();
}
