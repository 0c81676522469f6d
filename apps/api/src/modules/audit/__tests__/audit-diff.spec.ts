import { diff, REDACTED } from '../services/audit.service';

describe('audit diff', () => {
  it('lists only the fields that changed', () => {
    expect(diff({ name: 'Sales', sortOrder: 1 }, { name: 'Sales center', sortOrder: 1 })).toEqual([
      { field: 'name', before: 'Sales', after: 'Sales center' },
    ]);
  });

  it('records a creation as every field going from nothing to its value', () => {
    expect(diff(null, { role: 'staff' })).toEqual([{ field: 'role', before: null, after: 'staff' }]);
  });

  it('never stores salary or secret values, only that they changed', () => {
    const changes = diff({ monthlySalary: '12000.00', passwordHash: 'x' }, { monthlySalary: '15000.00', passwordHash: 'y' });
    expect(changes).toEqual([
      { field: 'monthlySalary', before: REDACTED, after: REDACTED },
      { field: 'passwordHash', before: REDACTED, after: REDACTED },
    ]);
    expect(JSON.stringify(changes)).not.toContain('15000');
  });

  it('ignores bookkeeping columns', () => {
    expect(diff({ version: 1, updatedAt: new Date(0) }, { version: 2, updatedAt: new Date() })).toEqual([]);
  });
});
