import type { EntityManager } from 'typeorm';

/** What a module that approves plans (the planning cycle) asks for: a version taken inside its own transaction. */
export interface TakeVersionRequest {
  orgId: string;
  planId: string;
  /** the user taking it (recorded as created_by and in the audit log) */
  actorUserId: string | null;
  requestId: string | null;
  label: string;
  source: 'cycle_approval' | 'manual';
}

export interface TakenVersion {
  id: string;
  number: number;
  letterCount: number;
}

/**
 * Takes a plan version and creates its responsibility letters in `em`'s
 * transaction (which must have the organisation's tenant scope set, as
 * TenantDb.run does), audited there too. Use it from the transaction that
 * approves the plan, so the version exists exactly when the approval does.
 */
export interface PlanVersionTaker {
  takeVersion(em: EntityManager, request: TakeVersionRequest): Promise<TakenVersion>;
}
