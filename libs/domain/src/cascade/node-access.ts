import type { Role } from '../access/roles';
import { can } from '../access/permissions';
import type { Level } from './levels';

/** What a member may do to a node of the plan (besides reading it, which every member may). Restoring counts as deleting. */
export const NODE_ACTIONS = ['update', 'progress', 'check_in', 'comment', 'delete', 'move'] as const;
export type NodeAction = (typeof NODE_ACTIONS)[number];

/** The member acting: their role, membership and department in the organisation. */
export interface PlanActor {
  role: Role;
  membershipId: string;
  departmentId: string | null;
}

/** Where a node sits, as far as access is concerned. */
export interface NodePlace {
  level: Level;
  ownerId: string | null;
  /** The department of the node and of every node above it (any order; nulls allowed). */
  departmentIds: readonly (string | null)[];
}

/** The levels a department manager plans: projects and the work below them. Strategy and objectives belong to leadership. */
export const DEPARTMENT_LEVELS: readonly Level[] = ['project', 'task', 'activity'];

/** Actions an owner may take on their own node, whatever their department. */
const OWNER_ACTIONS: readonly NodeAction[] = ['progress', 'check_in', 'comment'];

const inDepartment = (actor: PlanActor, departmentIds: readonly (string | null)[]) =>
  actor.departmentId !== null && departmentIds.includes(actor.departmentId);

/**
 * Whether the actor may take the action on the node:
 * - executives and admins (plans.manage): anything, anywhere in the plan;
 * - managers (plans.edit_department): projects, tasks and activities whose
 *   own or any ancestor's department is the manager's;
 * - owners (plans.report_owned): progress, check-ins and comments on the
 *   nodes they own;
 * - everyone else (finance): nothing but reading.
 * A move is checked twice: at the node's current place and at its new one.
 */
export function canActOnNode(actor: PlanActor, action: NodeAction, node: NodePlace): boolean {
  if (can(actor.role, 'plans.manage')) return true;
  if (can(actor.role, 'plans.edit_department') && DEPARTMENT_LEVELS.includes(node.level) && inDepartment(actor, node.departmentIds)) {
    return true;
  }
  return can(actor.role, 'plans.report_owned') && OWNER_ACTIONS.includes(action) && node.ownerId !== null && node.ownerId === actor.membershipId;
}

/**
 * Whether the actor may add a node of `level` with the given department (its
 * own, or inherited from the parent) under `parent` (null for a strategy).
 * Owners of a task may break it into activities.
 */
export function canCreateNode(actor: PlanActor, child: { level: Level; departmentId: string | null }, parent: NodePlace | null): boolean {
  if (can(actor.role, 'plans.manage')) return true;
  if (parent === null) return false;
  if (
    can(actor.role, 'plans.edit_department') &&
    DEPARTMENT_LEVELS.includes(child.level) &&
    inDepartment(actor, [child.departmentId, ...parent.departmentIds])
  ) {
    return true;
  }
  return (
    can(actor.role, 'plans.add_activities_owned') &&
    child.level === 'activity' &&
    parent.level === 'task' &&
    parent.ownerId !== null &&
    parent.ownerId === actor.membershipId
  );
}
