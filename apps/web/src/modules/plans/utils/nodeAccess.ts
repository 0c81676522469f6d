import { allowedParentLevels, canActOnNode, canCreateNode, LEVELS } from '@opsplan/domain';
import type { Level, NodeAction, NodePlace, PlanActor, Role } from '@opsplan/domain';

interface ViewerLike {
  membership: { id: string; role: Role; department: { id: string } | null } | null;
}

export interface AccessNode {
  id: string;
  parentId: string | null;
  level: Level;
  owner: { id: string } | null;
  department: { id: string } | null;
}

/** The viewer as the domain's access rules see them; null outside an organisation. */
export function planActorOf(viewer: ViewerLike | undefined): PlanActor | null {
  const membership = viewer?.membership;
  if (!membership) return null;
  return { role: membership.role, membershipId: membership.id, departmentId: membership.department?.id ?? null };
}

/** Where a node sits: its own department and those of the ancestors the client has loaded. */
export function nodePlaceOf(node: AccessNode, byId: ReadonlyMap<string, AccessNode>): NodePlace {
  const departmentIds: (string | null)[] = [];
  const seen = new Set<string>();
  for (let current: AccessNode | undefined = node; current && !seen.has(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
    seen.add(current.id);
    departmentIds.push(current.department?.id ?? null);
  }
  return { level: node.level, ownerId: node.owner?.id ?? null, departmentIds };
}

/** Levels that may hang under a node of `level` (a project takes tasks and activities). */
export function childLevelsOf(level: Level): Level[] {
  return LEVELS.filter((child) => allowedParentLevels(child).includes(level));
}

/** The child levels the actor may add under `parent`; empty hides the "Add" action. The API checks again. */
export function addableChildLevels(actor: PlanActor | null, parent: AccessNode, byId: ReadonlyMap<string, AccessNode>): Level[] {
  if (!actor) return [];
  const place = nodePlaceOf(parent, byId);
  // The child inherits the parent's department, which `place` already holds.
  return childLevelsOf(parent.level).filter((level) => canCreateNode(actor, { level, departmentId: null }, place));
}

export function canAddStrategy(actor: PlanActor | null): boolean {
  return actor !== null && canCreateNode(actor, { level: 'strategy', departmentId: null }, null);
}

export function canAct(actor: PlanActor | null, action: NodeAction, node: AccessNode, byId: ReadonlyMap<string, AccessNode>): boolean {
  return actor !== null && canActOnNode(actor, action, nodePlaceOf(node, byId));
}
