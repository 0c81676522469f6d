import type { Role } from './roles';

/**
 * Every permission the product checks. The API guards each mutation with one
 * of these; the web uses the same table to decide what to show, so the two
 * can never disagree.
 */
export const PERMISSIONS = [
  'organization.read',
  'organization.manage',
  'members.read',
  'members.manage',
  'departments.manage',
  'invitations.manage',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERY_MEMBER: readonly Permission[] = ['organization.read', 'members.read'];

/** The policy table: which role holds which permission. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    ...EVERY_MEMBER,
    'organization.manage',
    'members.manage',
    'departments.manage',
    'invitations.manage',
    'audit.read',
  ],
  executive: [...EVERY_MEMBER],
  manager: [...EVERY_MEMBER],
  staff: [...EVERY_MEMBER],
  finance: [...EVERY_MEMBER],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
