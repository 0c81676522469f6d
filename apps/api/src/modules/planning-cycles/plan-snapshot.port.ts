import type { EntityManager } from 'typeorm';
import type { MemberCaller } from '../../common/context/gql-context';

/**
 * Approving a cycle's overall-plan stage approves its plan and records a
 * version of it. The versions module provides this under PLAN_SNAPSHOT
 * (optional: without it, approval approves the plan and records nothing
 * more). Called inside the approval's transaction, after the plan's status
 * has become approved, so a failure rolls the whole approval back.
 */
export interface PlanSnapshotPort {
  snapshotOnApproval(em: EntityManager, caller: MemberCaller, planId: string, cycleId: string, requestId: string): Promise<void>;
}

export const PLAN_SNAPSHOT = Symbol('PLAN_SNAPSHOT');
