import { permissionsOf, ROLES } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { activeNavKey, visibleNavItems } from '../navigation';

const keysFor = (granted: readonly string[]) => visibleNavItems(granted).map((item) => item.key);

describe('navigation by permission', () => {
  it('shows an admin every section', () => {
    expect(keysFor(permissionsOf('admin'))).toEqual(['overview', 'dashboard', 'plan', 'department', 'budget', 'templates', 'cycles', 'versions', 'myWork', 'members', 'departments', 'audit', 'recentlyDeleted', 'settings']);
  });

  it('hides the budget, the audit log and organisation settings from staff', () => {
    const keys = keysFor(permissionsOf('staff'));
    expect(keys).toEqual(['overview', 'dashboard', 'plan', 'department', 'templates', 'cycles', 'versions', 'myWork', 'members', 'departments']);
    expect(keys).not.toContain('budget');
    expect(keys).not.toContain('audit');
    expect(keys).not.toContain('settings');
  });

  it('shows the budget to finance, executives and managers beside the read-only sections', () => {
    const readers = ['overview', 'dashboard', 'plan', 'department', 'budget', 'templates', 'cycles', 'versions', 'myWork', 'members', 'departments'];
    for (const role of ROLES.filter((r) => r !== 'admin' && r !== 'staff' && r !== 'executive')) {
      expect(keysFor(permissionsOf(role)), role).toEqual(readers);
    }
    // Executives restore deleted plan items, so they see the recently deleted list too.
    expect(keysFor(permissionsOf('executive'))).toEqual([...readers, 'recentlyDeleted']);
  });

  it('follows the permissions the API sends, not the role name', () => {
    expect(keysFor(['organization.read', 'audit.read'])).toEqual(['overview', 'myWork', 'audit']);
    expect(keysFor(['plans.read'])).toEqual(['overview', 'dashboard', 'plan', 'department', 'templates', 'versions', 'myWork']);
  });

  it('still offers the overview and my work when the API grants nothing or something unknown', () => {
    expect(keysFor([])).toEqual(['overview', 'myWork']);
    expect(keysFor(['plans.approve'])).toEqual(['overview', 'myWork']);
  });
});

describe('active menu entry', () => {
  it.each([
    ['/', 'overview'],
    ['/members', 'members'],
    ['/members/42', 'members'],
    ['/audit', 'audit'],
    ['/recently-deleted', 'recentlyDeleted'],
    ['/settings', 'settings'],
    ['/plan', 'plan'],
    ['/dashboard', 'dashboard'],
    ['/department', 'department'],
    ['/departments', 'departments'],
    ['/my-work', 'myWork'],
    ['/budget', 'budget'],
    ['/templates', 'templates'],
    ['/templates/builtin:restaurant/use', 'templates'],
    ['/cycles/c1/stages/s1', 'cycles'],
    ['/versions/v1/letters', 'versions'],
  ])('highlights %s as %s', (path, key) => {
    expect(activeNavKey(path)).toBe(key);
  });

  it('highlights nothing for unknown pages or look-alike paths', () => {
    expect(activeNavKey('/nowhere')).toBeUndefined();
    expect(activeNavKey('/membership')).toBeUndefined();
    expect(activeNavKey('/departmental')).toBeUndefined();
  });
});
