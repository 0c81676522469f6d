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
 * - staff: nothing.
 * The API enforces it; the web shows what it allows.
 */
export interface BudgetAccess {
  /** every line, financing, salaries and scenarios */
  readAll: boolean;
  /** revenue, cost lines, loans, financing, stretch and horizon; false while locked */
  editDrivers: boolean;
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

/** The caller's rights on one budget, or null when they have no access to budget data at all (staff). */
export function budgetAccess(role: Role, opts: { isHrManager: boolean; departmentId: string | null; locked: boolean }): BudgetAccess | null {
  const unlocked = !opts.locked;
  switch (role) {
    case 'finance':
    case 'admin':
      return {
        readAll: true,
        editDrivers: unlocked,
        editPositions: unlocked,
        seeSalaries: true,
        editActuals: true,
        lock: role === 'admin',
        export: true,
        departmentId: null,
      };
    case 'executive':
      return { readAll: true, editDrivers: false, editPositions: false, seeSalaries: true, editActuals: false, lock: true, export: true, departmentId: null };
    case 'manager':
      return {
        readAll: false,
        editDrivers: false,
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
