import type { Permission } from '@opsplan/domain';
import { canDo } from '../../session/utils/permissions';

export type NavKey =
  | 'overview'
  | 'dashboard'
  | 'plan'
  | 'department'
  | 'budget'
  | 'templates'
  | 'cycles'
  | 'versions'
  | 'myWork'
  | 'members'
  | 'departments'
  | 'audit'
  | 'recentlyDeleted'
  | 'settings';

export interface NavItem {
  key: NavKey;
  path: string;
  /** Shown only to members holding this permission; every member sees items without one. */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'overview', path: '/' },
  { key: 'dashboard', path: '/dashboard', permission: 'plans.read' },
  { key: 'plan', path: '/plan', permission: 'plans.read' },
  { key: 'department', path: '/department', permission: 'plans.read' },
  { key: 'budget', path: '/budget', permission: 'budget.read' },
  { key: 'templates', path: '/templates', permission: 'plans.read' },
  { key: 'cycles', path: '/cycles', permission: 'cycles.read' },
  { key: 'versions', path: '/versions', permission: 'plans.read' },
  { key: 'myWork', path: '/my-work' },
  { key: 'members', path: '/members', permission: 'members.read' },
  { key: 'departments', path: '/departments', permission: 'members.read' },
  { key: 'audit', path: '/audit', permission: 'audit.read' },
  // Restoring a deleted plan item takes plans.manage (admins and executives); the page lists only what the viewer may restore.
  { key: 'recentlyDeleted', path: '/recently-deleted', permission: 'plans.manage' },
  { key: 'settings', path: '/settings', permission: 'organization.manage' },
];

export function visibleNavItems(granted: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || canDo(granted, item.permission));
}

/** The menu entry to highlight for a URL: the longest path that prefixes it. */
export function activeNavKey(pathname: string): NavKey | undefined {
  const matches = NAV_ITEMS.filter((item) =>
    item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
