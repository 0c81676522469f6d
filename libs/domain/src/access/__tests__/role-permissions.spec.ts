import { can, permissionsOf, PERMISSIONS, ROLES } from '../..';

describe('role permissions', () => {
  it('gives admins every permission', () => {
    for (const p of PERMISSIONS) expect(can('admin', p)).toBe(true);
  });

  it('lets every role read its organisation and members', () => {
    for (const role of ROLES) {
      expect(can(role, 'organization.read')).toBe(true);
      expect(can(role, 'members.read')).toBe(true);
    }
  });

  it('keeps organisation management, invitations and the audit log to admins', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(can(role, 'organization.manage')).toBe(false);
      expect(can(role, 'invitations.manage')).toBe(false);
      expect(can(role, 'audit.read')).toBe(false);
    }
  });

  it('lets every role read the plan, and only executives and admins run all of it', () => {
    for (const role of ROLES) expect(can(role, 'plans.read')).toBe(true);
    expect(ROLES.filter((r) => can(r, 'plans.manage'))).toEqual(['admin', 'executive']);
    expect(ROLES.filter((r) => can(r, 'plans.edit_department'))).toEqual(['admin', 'manager']);
    expect(ROLES.filter((r) => can(r, 'plans.report_owned'))).toEqual(['admin', 'manager', 'staff']);
  });

  it('lets every role follow the planning cycle, and only executives and admins lay it out', () => {
    for (const role of ROLES) expect(can(role, 'cycles.read')).toBe(true);
    expect(ROLES.filter((r) => can(r, 'cycles.manage'))).toEqual(['admin', 'executive']);
  });

  it('returns a copy that callers cannot use to widen the policy', () => {
    permissionsOf('staff').push('audit.read');
    expect(can('staff', 'audit.read')).toBe(false);
  });
});
