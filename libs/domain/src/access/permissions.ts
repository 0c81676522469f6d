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
  // The plan cascade. Which node a holder may touch is decided by
  // canActOnNode / canCreateNode (cascade/node-access.ts) from these.
  'plans.read',
  /** create and approve plans; create, edit, move and delete any node */
  'plans.manage',
  /** create, edit, move and delete projects, tasks and activities in the holder's own department's subtrees */
  'plans.edit_department',
  /** report progress, check in and comment on nodes the holder owns */
  'plans.report_owned',
  /** add activities under tasks the holder owns */
  'plans.add_activities_owned',
  // The annual planning cycle. Work on a stage and decisions about it are
  // decided by decideStageAction (cycle/stage-rules.ts) from the caller's role
  // and place in the planning group.
  'cycles.read',
  /** create cycles; lay out their stages, dates, owners and planning group */
  'cycles.manage',
  // The budget. What a holder sees and changes in it (salaries, departments,
  // drivers, positions, actuals, locking) is budgetAccess (budget/access.ts).
  /** read the budget (a manager: their own department's lines; staff hold no budget permission) */
  'budget.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Every role but staff may open the budget; budgetAccess narrows it further. */
const BUDGET_READERS: readonly Permission[] = ['budget.read'];
const EVERY_MEMBER: readonly Permission[] = ['organization.read', 'members.read', 'plans.read', 'cycles.read'];
/** What an owner of plan work may do with it, whatever their department. */
const PLAN_OWNER: readonly Permission[] = ['plans.report_owned', 'plans.add_activities_owned'];

/** The policy table: which role holds which permission. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    ...EVERY_MEMBER,
    'organization.manage',
    'members.manage',
    'departments.manage',
    'invitations.manage',
    'audit.read',
    'plans.manage',
    'plans.edit_department',
    ...PLAN_OWNER,
    'cycles.manage',
    ...BUDGET_READERS,
  ],
  executive: [...EVERY_MEMBER, 'plans.manage', 'cycles.manage', ...BUDGET_READERS],
  manager: [...EVERY_MEMBER, 'plans.edit_department', ...PLAN_OWNER, ...BUDGET_READERS],
  staff: [...EVERY_MEMBER, ...PLAN_OWNER],
  finance: [...EVERY_MEMBER, ...BUDGET_READERS],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
