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

  it('returns a copy that callers cannot use to widen the policy', () => {
    permissionsOf('staff').push('audit.read');
    expect(can('staff', 'audit.read')).toBe(false);
  });
});
