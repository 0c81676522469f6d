/** The fields the outline needs to place a node; PlanNodeRowFieldsFragment has them. */
export interface OutlineNodeLike {
  id: string;
  parentId: string | null;
  sortOrder: number;
  childCount: number;
}

export type OutlineRow<T extends OutlineNodeLike> = T & {
  /**
   * Loaded children; an empty array when the node has children the client has
   * not fetched yet (the table then still offers to expand it). Absent on leaves.
   */
  children?: OutlineRow<T>[];
};

/**
 * Builds the outline tree from the API's flat list (parentId). Roots are the
 * nodes without a parent; a node whose parent is not in the list (an orphan:
 * deleted or not loaded) is left out, with everything below it.
 */
export function buildOutlineTree<T extends OutlineNodeLike>(nodes: readonly T[]): OutlineRow<T>[] {
  const byParent = new Map<string | null, T[]>();
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    const siblings = byParent.get(node.parentId) ?? [];
    siblings.push(node);
    byParent.set(node.parentId, siblings);
  }
  const build = (parentId: string | null, seen: Set<string>): OutlineRow<T>[] =>
    (byParent.get(parentId) ?? [])
      .filter((node) => !seen.has(node.id))
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((node) => {
        // `seen` guards against a cycle in bad data; a real plan has none.
        const children = build(node.id, new Set(seen).add(node.id));
        if (children.length > 0) return { ...node, children };
        return node.childCount > 0 ? { ...node, children: [] } : { ...node };
      });
  return build(null, new Set());
}

/** Merges lists of nodes by id; a later list wins, so fresher answers replace older ones. */
export function mergeNodes<T extends { id: string }>(...lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const node of list) byId.set(node.id, node);
  return [...byId.values()];
}

/** Keeps the rows matching `keep` and the ancestors that lead to them, so a match is seen in its place. */
export function filterTree<T extends OutlineNodeLike>(rows: readonly OutlineRow<T>[], keep: (row: T) => boolean): OutlineRow<T>[] {
  const result: OutlineRow<T>[] = [];
  for (const row of rows) {
    const children = row.children ? filterTree(row.children, keep) : undefined;
    if (keep(row) || (children && children.length > 0)) {
      result.push(children && children.length > 0 ? { ...row, children } : { ...row, children: undefined });
    }
  }
  return result;
}

/** Every id in the tree, e.g. to open all branches while a filter is on. */
export function treeIds<T extends OutlineNodeLike>(rows: readonly OutlineRow<T>[]): string[] {
  return rows.flatMap((row) => [row.id, ...(row.children ? treeIds(row.children) : [])]);
}
