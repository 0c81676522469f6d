import { budgetAccess, SALARY_TOTAL_MIN_PEOPLE } from '..';

// The permission table of issue 5, cell by cell.
describe('who may see and do what with a budget', () => {
  const open = { isHrManager: false, departmentId: null, locked: false };

  it('finance and admins see and edit everything; only admins (and executives) lock', () => {
    for (const role of ['finance', 'admin'] as const) {
      expect(budgetAccess(role, open)).toEqual({
        readAll: true,
        editDrivers: true,
        editRevenue: true,
        editPositions: true,
        seeSalaries: true,
        editActuals: true,
        lock: role === 'admin',
        export: true,
        departmentId: null,
      });
    }
  });

  it('executives read everything and lock, but edit nothing', () => {
    expect(budgetAccess('executive', open)).toEqual({
      readAll: true,
      editDrivers: false,
      editRevenue: false,
      editPositions: false,
      seeSalaries: true,
      editActuals: false,
      lock: true,
      export: true,
      departmentId: null,
    });
  });

  it('the HR manager edits positions and sees salaries, but reads only their own department otherwise', () => {
    expect(budgetAccess('manager', { isHrManager: true, departmentId: 'hr', locked: false })).toEqual({
      readAll: false,
      editDrivers: false,
      editRevenue: false,
      editPositions: true,
      seeSalaries: true,
      editActuals: false,
      lock: false,
      export: false,
      departmentId: 'hr',
    });
  });

  it('another manager reads their department without salaries and edits nothing', () => {
    expect(budgetAccess('manager', { isHrManager: false, departmentId: 'sales', locked: false })).toEqual({
      readAll: false,
      editDrivers: false,
      editRevenue: false,
      editPositions: false,
      seeSalaries: false,
      editActuals: false,
      lock: false,
      export: false,
      departmentId: 'sales',
    });
  });

  it('staff have no access at all', () => {
    expect(budgetAccess('staff', open)).toBeNull();
    expect(budgetAccess('staff', { isHrManager: true, departmentId: 'hr', locked: false })).toBeNull();
  });

  it('a locked budget refuses driver and position edits but still takes actuals', () => {
    const locked = { ...open, locked: true };
    expect(budgetAccess('finance', locked)).toMatchObject({ editDrivers: false, editRevenue: false, editPositions: false, editActuals: true, readAll: true });
    expect(budgetAccess('manager', { isHrManager: true, departmentId: 'hr', locked: true })).toMatchObject({ editPositions: false, seeSalaries: true });
    expect(budgetAccess('admin', locked)).toMatchObject({ lock: true, editActuals: true });
  });

  describe('the sales forecast edits the revenue lines', () => {
    const forecasting = { isHrManager: false, departmentId: 'sales', locked: false, ownsOpenSalesForecast: true };

    it('lets the owner of the open sales forecast edit revenue, and nothing else', () => {
      expect(budgetAccess('manager', forecasting)).toEqual({
        readAll: false,
        editDrivers: false,
        editRevenue: true,
        editPositions: false,
        seeSalaries: false,
        editActuals: false,
        lock: false,
        export: false,
        departmentId: 'sales',
      });
    });

    it('gives the same manager nothing more once the stage is not open (not started, submitted or approved)', () => {
      expect(budgetAccess('manager', { ...forecasting, ownsOpenSalesForecast: false })).toEqual(budgetAccess('manager', { isHrManager: false, departmentId: 'sales', locked: false }));
      expect(budgetAccess('manager', { ...forecasting, ownsOpenSalesForecast: false })?.editRevenue).toBe(false);
    });

    it('refuses revenue edits while the budget is locked, even to the stage’s owner', () => {
      expect(budgetAccess('manager', { ...forecasting, locked: true })).toMatchObject({ editRevenue: false, readAll: false });
      expect(budgetAccess('finance', { ...open, locked: true })?.editRevenue).toBe(false);
    });

    it('lets an executive who owns the stage edit revenue, without the other drivers', () => {
      expect(budgetAccess('executive', { ...open, ownsOpenSalesForecast: true })).toMatchObject({ editRevenue: true, editDrivers: false, editPositions: false, lock: true });
    });

    it('keeps an HR manager who owns the stage an HR manager, with revenue on top', () => {
      expect(budgetAccess('manager', { ...forecasting, isHrManager: true, departmentId: 'hr' })).toMatchObject({ editRevenue: true, editPositions: true, seeSalaries: true, readAll: false });
    });

    it('gives staff nothing, stage or not', () => {
      expect(budgetAccess('staff', forecasting)).toBeNull();
    });
  });

  it('masks a salary total below three people', () => {
    expect(SALARY_TOTAL_MIN_PEOPLE).toBe(3);
  });
});
