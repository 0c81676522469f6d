import type { EntityManager } from 'typeorm';
import { BudgetAccess, budgetAccess, Role, StageKey } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import { AppError, forbidden } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';

export interface CallerBudgetAccess {
  /** what the caller may do with the budget as it is */
  access: BudgetAccess;
  /** what they could do were it unlocked: tells BUDGET_LOCKED from FORBIDDEN */
  unlocked: BudgetAccess;
}

/** The budget the rights are about: whether it is locked, and its plan (null before it exists, or where only the role matters). */
export interface BudgetScope {
  locked: boolean;
  planId: string | null;
}

/** The scope of a loaded budget. */
export const scopeOf = (header: { lockedAt: Date | null; planId: string }): BudgetScope => ({ locked: header.lockedAt !== null, planId: header.planId });

/** Whether the role reads the whole budget, actuals included: a matter of role alone, locked or not. */
export const readsWholeBudget = (role: Role): boolean => budgetAccess(role, { isHrManager: false, departmentId: null, locked: false })?.readAll ?? false;

/** The planning cycle's stage whose work is the revenue lines. */
const SALES_FORECAST: StageKey = 'sales_forecast';

/** Whether the caller manages the organisation's HR department. */
export async function managesHr(em: EntityManager, caller: MemberCaller): Promise<boolean> {
  if (caller.role !== 'manager') return false;
  const [row] = await sql(em, `SELECT 1 FROM departments WHERE org_id = $1 AND manager_id = $2 AND is_hr AND deleted_at IS NULL LIMIT 1`, [caller.orgId, caller.membershipId]);
  return Boolean(row);
}

/**
 * Whether the caller is responsible for the sales-forecast stage of the
 * planning cycle of `planId` while it is open (in progress, or returned to
 * them). With `forWrite` the stage row is share-locked, so a save and the
 * stage's submission cannot cross: the save waits, then sees it submitted.
 */
export async function ownsOpenSalesForecast(em: EntityManager, caller: MemberCaller, planId: string, forWrite = false): Promise<boolean> {
  const [row] = await sql(
    em,
    `SELECT 1 FROM cycle_stages s JOIN planning_cycles c ON c.id = s.cycle_id
      WHERE s.org_id = $1 AND c.plan_id = $2 AND s.key = $3 AND s.responsible_id = $4 AND s.deleted_at IS NULL
        AND s.status IN ('in_progress', 'returned')
      LIMIT 1 ${forWrite ? 'FOR SHARE OF s' : ''}`,
    [caller.orgId, planId, SALES_FORECAST, caller.membershipId],
  );
  return Boolean(row);
}

/**
 * The caller's rights on a budget (budgetAccess in libs/domain); FORBIDDEN
 * for a role with none. Finance and admins edit revenue anyway and staff
 * never do, so only for the others is the sales forecast looked up.
 */
export async function callerAccess(em: EntityManager, caller: MemberCaller, budget: BudgetScope, opts: { forWrite?: boolean } = {}): Promise<CallerBudgetAccess> {
  const mayForecast = budget.planId !== null && (caller.role === 'manager' || caller.role === 'executive');
  const options = {
    isHrManager: await managesHr(em, caller),
    departmentId: caller.departmentId,
    ownsOpenSalesForecast: mayForecast && (await ownsOpenSalesForecast(em, caller, budget.planId as string, opts.forWrite)),
  };
  const access = budgetAccess(caller.role, { ...options, locked: budget.locked });
  const unlocked = budgetAccess(caller.role, { ...options, locked: false });
  if (!access || !unlocked) throw forbidden('Your role has no access to the budget.');
  return { access, unlocked };
}

export type BudgetRight = 'editDrivers' | 'editRevenue' | 'editPositions' | 'editActuals' | 'lock';

const WHAT: Record<BudgetRight, string> = {
  editDrivers: 'change the budget’s drivers',
  editRevenue: 'change the revenue lines (the sales forecast’s owner may while that stage is open)',
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
