/**
 * A member's role in one organisation. A person can hold a different role in
 * each organisation they belong to.
 */
export const ROLES = ['admin', 'executive', 'manager', 'staff', 'finance'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
