import type { EntityManager } from 'typeorm';
import { BudgetAccess, budgetAccess } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import { AppError, forbidden } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';

export interface CallerBudgetAccess {
  /** what the caller may do with the budget as it is */
  access: BudgetAccess;
  /** what they could do were it unlocked: tells BUDGET_LOCKED from FORBIDDEN */
  unlocked: BudgetAccess;
}

/** Whether the caller manages the organisation's HR department. */
export async function managesHr(em: EntityManager, caller: MemberCaller): Promise<boolean> {
  if (caller.role !== 'manager') return false;
  const [row] = await sql(em, `SELECT 1 FROM departments WHERE org_id = $1 AND manager_id = $2 AND is_hr AND deleted_at IS NULL LIMIT 1`, [caller.orgId, caller.membershipId]);
  return Boolean(row);
}

/** The caller's rights on a budget (budgetAccess in libs/domain); FORBIDDEN for a role with none. */
export async function callerAccess(em: EntityManager, caller: MemberCaller, locked: boolean): Promise<CallerBudgetAccess> {
  const opts = { isHrManager: await managesHr(em, caller), departmentId: caller.departmentId };
  const access = budgetAccess(caller.role, { ...opts, locked });
  const unlocked = budgetAccess(caller.role, { ...opts, locked: false });
  if (!access || !unlocked) throw forbidden('Your role has no access to the budget.');
  return { access, unlocked };
}

export type BudgetRight = 'editDrivers' | 'editPositions' | 'editActuals' | 'lock';

const WHAT: Record<BudgetRight, string> = {
  editDrivers: 'change the budget’s drivers',
  editPositions: 'change headcount positions',
  editActuals: 'enter actuals',
  lock: 'lock or unlock the budget',
};

export const budgetLocked = () => new AppError('BUDGET_LOCKED', 'The budget is locked for approval. Ask an executive to unlock it first.');

/** BUDGET_LOCKED when only the lock stands in the way, FORBIDDEN when the role may not do it at all. */
export function requireRight(a: CallerBudgetAccess, right: BudgetRight): void {
  if (a.access[right]) return;
  if (a.unlocked[right]) throw budgetLocked();
  throw forbidden(`Your role may not ${WHAT[right]}.`);
}
