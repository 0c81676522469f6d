import { allowedParentLevels, canActOnNode, canHangUnder, levelIndex, wouldCreateCycle } from '@opsplan/domain';
import type { Level, PlanActor } from '@opsplan/domain';
import { canAct, nodePlaceOf } from './nodeAccess';
import type { AccessNode } from './nodeAccess';

/** What a move needs to know of a loaded node. PlanNodeRowFieldsFragment has it. */
export interface MovableNode extends AccessNode {
  planId: string;
  sortOrder: number;
  title: string;
}

/** The loaded part of one plan, seen by one viewer. */
export interface MoveContext<T extends MovableNode = MovableNode> {
  actor: PlanActor | null;
  byId: ReadonlyMap<string, T>;
  parents: ReadonlyMap<string, string | null>;
  /** Loaded children per parent, in outline order. */
  children: ReadonlyMap<string, readonly T[]>;
}

/** Where a row was dropped: on its upper part, on it, or on its lower part. */
export type DropPosition = 'before' | 'inside' | 'after';

/** Why a node cannot go somewhere; the API answers the same (BAD_USER_INPUT on parentId, or FORBIDDEN). */
export type MoveRefusal = 'not_movable' | 'self' | 'unchanged' | 'cycle' | 'level' | 'other_plan' | 'not_allowed' | 'unknown';

export interface MoveDestination {
  parentId: string;
  /** The API's sortOrder: the new position among the parent's children; null puts it last. */
  sortOrder: number | null;
}

export type DropVerdict = ({ allowed: true; position: DropPosition } & MoveDestination) | { allowed: false; position: DropPosition; reason: MoveRefusal };

export function moveContext<T extends MovableNode>(actor: PlanActor | null, nodes: readonly T[]): MoveContext<T> {
  const byId = new Map<string, T>();
  const parents = new Map<string, string | null>();
  const children = new Map<string, T[]>();
  for (const node of nodes) {
    if (byId.has(node.id)) continue;
    byId.set(node.id, node);
    parents.set(node.id, node.parentId);
    if (node.parentId !== null) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  // Same order as the outline (buildOutlineTree): by sortOrder, ties as the API listed them.
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder);
  return { actor, byId, parents, children };
}

/**
 * Whether the viewer may pick this node up at all. A strategy never moves:
 * the API's move takes a parent, and strategies have none.
 */
export function canMoveNode(actor: PlanActor | null, node: AccessNode, byId: ReadonlyMap<string, AccessNode>): boolean {
  return node.parentId !== null && canAct(actor, 'move', node, byId);
}

/** The parent's loaded children other than `node`: the places `node` can take there. */
export function siblingsFor<T extends MovableNode>(ctx: MoveContext<T>, parentId: string, node: MovableNode): T[] {
  return (ctx.children.get(parentId) ?? []).filter((child) => child.id !== node.id);
}

/**
 * The API's sortOrder for the slot before `siblings[slot]` (null when the
 * slot is past the last sibling: the API then puts the node last). The API
 * gives the moved node that number and shifts those at or above it by one.
 */
export function slotSortOrder(siblings: readonly MovableNode[], slot: number): number | null {
  return slot < siblings.length ? siblings[slot].sortOrder : null;
}

/** The slot `node` holds among its siblings now; with its own parent, this slot changes nothing. */
export function currentSlot(ctx: MoveContext, node: MovableNode): number {
  if (node.parentId === null) return 0;
  const all = ctx.children.get(node.parentId) ?? [];
  const index = all.findIndex((child) => child.id === node.id);
  return index < 0 ? all.length : index;
}

/**
 * Whether `node` may hang under `parentId`, mirroring the API's move: same
 * plan, no cycle, the level rules (an activity may hang under a project), and
 * the viewer's rights both where the node is and where it would go.
 */
export function refuseParent(ctx: MoveContext, node: MovableNode, parentId: string | null): MoveRefusal | null {
  if (!canMoveNode(ctx.actor, node, ctx.byId)) return 'not_movable';
  if (parentId === null) return 'level';
  if (parentId === node.id) return 'self';
  const parent = ctx.byId.get(parentId);
  if (!parent) return 'unknown';
  if (parent.planId !== node.planId) return 'other_plan';
  if (wouldCreateCycle(ctx.parents, node.id, parentId)) return 'cycle';
  if (!canHangUnder(node.level, parent.level)) return 'level';
  const here = nodePlaceOf(parent, ctx.byId);
  const there = { level: node.level, ownerId: node.owner?.id ?? null, departmentIds: [...here.departmentIds, node.department?.id ?? null] };
  if (ctx.actor === null || !canActOnNode(ctx.actor, 'move', there)) return 'not_allowed';
  return null;
}

/** The verdict for dropping `dragged` at `position` of the row `target`. */
export function dropVerdict(ctx: MoveContext, dragged: MovableNode, target: MovableNode, position: DropPosition): DropVerdict {
  const refuse = (reason: MoveRefusal): DropVerdict => ({ allowed: false, position, reason });
  if (!canMoveNode(ctx.actor, dragged, ctx.byId)) return refuse('not_movable');
  if (target.id === dragged.id) return refuse('self');

  if (position === 'inside') {
    if (dragged.parentId === target.id) return refuse('unchanged');
    const refusal = refuseParent(ctx, dragged, target.id);
    return refusal ? refuse(refusal) : { allowed: true, position, parentId: target.id, sortOrder: null };
  }

  // Before or after a row: the dragged node joins that row's parent, next to it.
  const refusal = refuseParent(ctx, dragged, target.parentId);
  if (refusal || target.parentId === null) return refuse(refusal ?? 'level');
  const siblings = siblingsFor(ctx, target.parentId, dragged);
  const slot = siblings.findIndex((sibling) => sibling.id === target.id) + (position === 'after' ? 1 : 0);
  if (dragged.parentId === target.parentId && slot === currentSlot(ctx, dragged)) return refuse('unchanged');
  return { allowed: true, position, parentId: target.parentId, sortOrder: slotSortOrder(siblings, slot) };
}

/** Edge bands of a row (as a share of its height) that mean "before" and "after" when dropping on the row is allowed too. */
const EDGE = 0.25;

/**
 * Where on the target row the pointer is, `fraction` from its top (0) to its
 * bottom (1). The row is split only between the places allowed: into thirds
 * when it takes the node as a child and as a sibling, in halves when only as
 * a sibling, whole when only as a child. With nothing allowed, the refusal
 * names the reason for the band under the pointer.
 */
export function dropAt(ctx: MoveContext, dragged: MovableNode, target: MovableNode, fraction: number): DropVerdict {
  const before = dropVerdict(ctx, dragged, target, 'before');
  const inside = dropVerdict(ctx, dragged, target, 'inside');
  const after = dropVerdict(ctx, dragged, target, 'after');
  const upper = fraction < 0.5 ? before : after;
  if (inside.allowed && (before.allowed || after.allowed)) {
    if (fraction < EDGE && before.allowed) return before;
    if (fraction > 1 - EDGE && after.allowed) return after;
    return inside;
  }
  if (inside.allowed) return inside;
  if (upper.allowed) return upper;
  if (fraction >= EDGE && fraction <= 1 - EDGE) return inside;
  return upper;
}

/** The deepest level that can hold a node of `level` (-1 for a strategy); the move dialog leaves deeper ones out. */
export function deepestParentLevel(level: Level): number {
  return Math.max(-1, ...allowedParentLevels(level).map(levelIndex));
}
