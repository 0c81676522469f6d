/**
 * Rules for the trees the product keeps (departments, the plan cascade):
 * parent links given as a map from a node's id to its parent's id.
 */
export type ParentLinks = ReadonlyMap<string, string | null>;

/**
 * Whether making `newParentId` the parent of `nodeId` would create a cycle:
 * true when the new parent is the node itself or one of its descendants.
 */
export function wouldCreateCycle(parents: ParentLinks, nodeId: string, newParentId: string | null): boolean {
  const seen = new Set<string>();
  for (let current = newParentId; current !== null && current !== undefined; current = parents.get(current) ?? null) {
    if (current === nodeId) return true;
    if (seen.has(current)) return true; // the existing links already loop: refuse to add to them
    seen.add(current);
  }
  return false;
}

/** Every descendant of `rootId` (not including it), breadth first. */
export function descendantsOf(parents: ParentLinks, rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parents) {
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(id);
    children.set(parent, list);
  }
  const out: string[] = [];
  const queue = [...(children.get(rootId) ?? [])];
  const seen = new Set<string>([rootId]);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}
