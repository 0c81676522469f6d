import type { Dimension, NodeStatus } from './levels';
import { DIMENSIONS } from './levels';
import { clampPercent } from './kpi';

/** What the roll-up needs to know of a node. */
export interface RollUpNode {
  id: string;
  parentId: string | null;
  /** Relative importance among its siblings (≥ 0). */
  weight: number;
  status: NodeStatus;
  /** The node's own progress (0–100): typed, or derived from its KPI. Used only for leaves. */
  ownProgress: number;
  dimension: Dimension;
}

/**
 * Progress of every node: a leaf's own progress; a parent's weighted average
 * of its non-cancelled children. A parent whose children are all cancelled,
 * or weigh nothing, falls back to its own progress.
 */
export function rollUp(nodes: readonly RollUpNode[]): Map<string, number> {
  const children = childrenOf(nodes);
  const result = new Map<string, number>();
  const visit = (node: RollUpNode): number => {
    const known = result.get(node.id);
    if (known !== undefined) return known;
    const kids = (children.get(node.id) ?? []).filter((c) => c.status !== 'cancelled');
    let value: number;
    const total = kids.reduce((sum, c) => sum + c.weight, 0);
    if (kids.length === 0 || total <= 0) {
      value = ownValue(node);
    } else {
      value = kids.reduce((sum, c) => sum + visit(c) * c.weight, 0) / total;
    }
    result.set(node.id, value);
    return value;
  };
  // Iterative order (deepest first) keeps deep trees off the call stack.
  for (const node of depthFirstPostOrder(nodes, children)) visit(node);
  return result;
}

/** A node measured by itself: done counts as complete, otherwise its own progress. */
function ownValue(node: RollUpNode): number {
  return node.status === 'done' ? 100 : clampPercent(node.ownProgress);
}

/**
 * Incremental roll-up after one node changed: recomputes that node and its
 * ancestors from their children's current values, as the API does inside the
 * write's transaction. Equal to a full rollUp() of the same nodes.
 */
export function rollUpAlongPath(nodes: readonly RollUpNode[], current: Map<string, number>, changedId: string): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = childrenOf(nodes);
  const next = new Map(current);
  for (let node = byId.get(changedId); node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    const kids = (children.get(node.id) ?? []).filter((c) => c.status !== 'cancelled');
    const total = kids.reduce((sum, c) => sum + c.weight, 0);
    next.set(
      node.id,
      kids.length === 0 || total <= 0 ? ownValue(node) : kids.reduce((sum, c) => sum + (next.get(c.id) ?? 0) * c.weight, 0) / total,
    );
  }
  return next;
}

export interface DimensionScore {
  dimension: Dimension;
  /** Weighted progress 0–1 of the top-most nodes of this dimension in the subtree; null when it has none. */
  progress: number | null;
}

export interface OperationsIndex {
  /** Product of the present dimensions' progress (0–1); null when no dimension is present. */
  index: number | null;
  dimensions: DimensionScore[];
  /** The present dimension with the lowest progress. */
  weakest: Dimension | null;
}

/**
 * "Operations = organisation × production × marketing" for a subtree: each
 * dimension's weighted progress over its top-most non-cancelled nodes below
 * the root, multiplied together. A dimension with no nodes is absent: shown
 * as null and left out of the product, never counted as zero.
 */
export function operationsIndex(nodes: readonly RollUpNode[], rootId: string, progress: ReadonlyMap<string, number> = rollUp(nodes)): OperationsIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = childrenOf(nodes);
  const sums = new Map<Dimension, { weighted: number; weight: number }>();
  // Walk down; the first node of a dimension on each path represents it (its own roll-up covers what is below).
  const stack: { node: RollUpNode; inherited: Dimension | null }[] = (children.get(rootId) ?? []).map((node) => ({ node, inherited: null }));
  const root = byId.get(rootId);
  if (root && root.status !== 'cancelled' && (children.get(rootId) ?? []).length === 0) stack.push({ node: root, inherited: null });
  while (stack.length > 0) {
    const { node, inherited } = stack.pop() as { node: RollUpNode; inherited: Dimension | null };
    if (node.status === 'cancelled') continue;
    if (node.dimension !== inherited) {
      const s = sums.get(node.dimension) ?? { weighted: 0, weight: 0 };
      s.weighted += (progress.get(node.id) ?? 0) * node.weight;
      s.weight += node.weight;
      sums.set(node.dimension, s);
    }
    for (const child of children.get(node.id) ?? []) stack.push({ node: child, inherited: node.dimension });
  }
  const dimensions = DIMENSIONS.map((dimension) => {
    const s = sums.get(dimension);
    return { dimension, progress: s ? (s.weight > 0 ? s.weighted / s.weight / 100 : 0) : null };
  });
  const present = dimensions.filter((d): d is { dimension: Dimension; progress: number } => d.progress !== null);
  const index = present.length === 0 ? null : present.reduce((product, d) => product * d.progress, 1);
  const weakest = present.length === 0 ? null : present.reduce((low, d) => (d.progress < low.progress ? d : low)).dimension;
  return { index, dimensions, weakest };
}

function childrenOf(nodes: readonly RollUpNode[]): Map<string, RollUpNode[]> {
  const children = new Map<string, RollUpNode[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  return children;
}

function depthFirstPostOrder(nodes: readonly RollUpNode[], children: Map<string, RollUpNode[]>): RollUpNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const roots = nodes.filter((n) => n.parentId === null || !ids.has(n.parentId));
  const order: RollUpNode[] = [];
  const stack: { node: RollUpNode; expanded: boolean }[] = roots.map((node) => ({ node, expanded: false }));
  while (stack.length > 0) {
    const top = stack.pop() as { node: RollUpNode; expanded: boolean };
    if (top.expanded) {
      order.push(top.node);
      continue;
    }
    stack.push({ node: top.node, expanded: true });
    for (const child of children.get(top.node.id) ?? []) stack.push({ node: child, expanded: false });
  }
  return order;
}
