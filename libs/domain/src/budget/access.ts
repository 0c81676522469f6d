import type { Role } from '../access/roles';

/**
 * Who may see and do what with a budget (issue 5):
 * - finance and admin: everything; edit drivers, positions and actuals;
 * - executive: read everything; lock the scenario set for approval (admins may too);
 * - the manager of the department marked HR: their own department's cost
 *   lines, and every position with salaries, which they edit;
 * - any other manager: their own department's cost lines and positions,
 *   salaries only as the department's monthly total (and not even that in a
 *   month with fewer than SALARY_TOTAL_MIN_PEOPLE people);
 * - the member who answers for the sales-forecast stage of the planning
 *   cycle of the budget's plan (usually the sales manager), while that stage
 *   is open: the revenue lines too, which they edit, and nothing more;
 * - staff: nothing.
 * The API enforces it; the web shows what it allows.
 */
export interface BudgetAccess {
  /** every line, financing, salaries and scenarios */
  readAll: boolean;
  /** revenue, cost lines, loans, financing, stretch and horizon; false while locked */
  editDrivers: boolean;
  /**
   * the revenue lines (create, change, delete), which the caller then also
   * sees: finance and admins, and the owner of the open sales forecast;
   * false while locked
   */
  editRevenue: boolean;
  /** headcount positions and their salaries; false while locked */
  editPositions: boolean;
  seeSalaries: boolean;
  /** monthly actuals, allowed while locked */
  editActuals: boolean;
  lock: boolean;
  /** the Excel export, which carries salaries: readAll && seeSalaries */
  export: boolean;
  /** for a manager: the only department whose cost lines and positions they see (null for the others) */
  departmentId: string | null;
}

/**
 * A department's labour cost is shown to a manager who may not see salaries
 * only in months when it has at least this many people: with fewer, the
 * total would give away one person's pay.
 */
export const SALARY_TOTAL_MIN_PEOPLE = 3;

/** What, beyond their role, decides a caller's rights on one budget. */
export interface BudgetAccessOptions {
  /** They manage the department marked HR. */
  isHrManager: boolean;
  /** Their own department. */
  departmentId: string | null;
  /** The budget is locked for approval. */
  locked: boolean;
  /**
   * They are the member responsible for the sales-forecast stage of the
   * planning cycle of the budget's plan, and that stage is in progress or
   * returned (the sales forecast edits the revenue lines).
   */
  ownsOpenSalesForecast?: boolean;
}

/** The caller's rights on one budget, or null when they have no access to budget data at all (staff). */
export function budgetAccess(role: Role, opts: BudgetAccessOptions): BudgetAccess | null {
  const unlocked = !opts.locked;
  const forecasting = Boolean(opts.ownsOpenSalesForecast) && unlocked;
  switch (role) {
    case 'finance':
    case 'admin':
      return {
        readAll: true,
        editDrivers: unlocked,
        editRevenue: unlocked,
        editPositions: unlocked,
        seeSalaries: true,
        editActuals: true,
        lock: role === 'admin',
        export: true,
        departmentId: null,
      };
    case 'executive':
      return {
        readAll: true,
        editDrivers: false,
        editRevenue: forecasting,
        editPositions: false,
        seeSalaries: true,
        editActuals: false,
        lock: true,
        export: true,
        departmentId: null,
      };
    case 'manager':
      return {
        readAll: false,
        editDrivers: false,
        editRevenue: forecasting,
        editPositions: opts.isHrManager && unlocked,
        seeSalaries: opts.isHrManager,
        editActuals: false,
        lock: false,
        export: false,
        departmentId: opts.departmentId,
      };
    case 'staff':
      return null;
  }
}
