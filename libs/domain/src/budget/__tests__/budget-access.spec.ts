import { budgetAccess, SALARY_TOTAL_MIN_PEOPLE } from '..';

// The permission table of issue 5, cell by cell.
describe('who may see and do what with a budget', () => {
  const open = { isHrManager: false, departmentId: null, locked: false };

  it('finance and admins see and edit everything; only admins (and executives) lock', () => {
    for (const role of ['finance', 'admin'] as const) {
      expect(budgetAccess(role, open)).toEqual({
        readAll: true,
        editDrivers: true,
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
    expect(budgetAccess('finance', locked)).toMatchObject({ editDrivers: false, editPositions: false, editActuals: true, readAll: true });
    expect(budgetAccess('manager', { isHrManager: true, departmentId: 'hr', locked: true })).toMatchObject({ editPositions: false, seeSalaries: true });
    expect(budgetAccess('admin', locked)).toMatchObject({ lock: true, editActuals: true });
  });

  it('masks a salary total below three people', () => {
    expect(SALARY_TOTAL_MIN_PEOPLE).toBe(3);
  });
});
