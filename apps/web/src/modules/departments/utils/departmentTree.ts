export interface DepartmentLike {
  id: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
}

export type DepartmentNode<D extends DepartmentLike> = D & { children?: DepartmentNode<D>[] };

function bySortOrderThenName(a: DepartmentLike, b: DepartmentLike): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);
}

/**
 * Nests the flat list the API returns. A department whose parent is missing
 * (deleted, or not visible) is shown at the top level rather than lost, and a
 * parent cycle, should the data ever contain one, is broken the same way.
 * Leaves carry no `children` key, so tables show no expand icon for them.
 */
export function buildDepartmentTree<D extends DepartmentLike>(departments: readonly D[]): DepartmentNode<D>[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const childrenOf = new Map<string | null, D[]>();
  for (const department of departments) {
    const parentKey = department.parentId !== null && byId.has(department.parentId) && !inCycle(department, byId) ? department.parentId : null;
    const siblings = childrenOf.get(parentKey) ?? [];
    siblings.push(department);
    childrenOf.set(parentKey, siblings);
  }
  const build = (parentKey: string | null): DepartmentNode<D>[] =>
    (childrenOf.get(parentKey) ?? []).sort(bySortOrderThenName).map((department) => {
      const children = build(department.id);
      return children.length > 0 ? { ...department, children } : { ...department };
    });
  return build(null);
}

function inCycle(start: DepartmentLike, byId: Map<string, DepartmentLike>): boolean {
  const seen = new Set<string>([start.id]);
  let current = start.parentId !== null ? byId.get(start.parentId) : undefined;
  while (current) {
    if (seen.has(current.id)) return current.id === start.id;
    seen.add(current.id);
    current = current.parentId !== null ? byId.get(current.parentId) : undefined;
  }
  return false;
}

/** The department and everything below it: none of these can become its parent. */
export function departmentAndDescendantIds(departments: readonly DepartmentLike[], rootId: string): Set<string> {
  const result = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId !== null && result.has(department.parentId) && !result.has(department.id)) {
        result.add(department.id);
        grew = true;
      }
    }
  }
  return result;
}

export interface DepartmentTreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: DepartmentTreeOption[];
}

/** Options for an antd TreeSelect, optionally greying out departments that may not be picked. */
export function departmentTreeOptions(
  departments: readonly DepartmentLike[],
  disabledIds: ReadonlySet<string> = new Set(),
): DepartmentTreeOption[] {
  const toOption = (node: DepartmentNode<DepartmentLike>): DepartmentTreeOption => ({
    value: node.id,
    title: node.name,
    disabled: disabledIds.has(node.id) || undefined,
    children: node.children?.map(toOption),
  });
  return buildDepartmentTree(departments).map(toOption);
}
