import type { NodeStatus } from '@opsplan/domain';

export interface OutlineFilters {
  departmentId?: string;
  ownerId?: string;
  status?: NodeStatus;
  overdueOnly: boolean;
}

export const NO_FILTERS: OutlineFilters = { overdueOnly: false };

interface FilterableNode {
  status: NodeStatus;
  overdue: boolean;
  owner: { id: string } | null;
  department: { id: string } | null;
}

export function hasFilters(filters: OutlineFilters): boolean {
  return Boolean(filters.departmentId || filters.ownerId || filters.status || filters.overdueOnly);
}

/** Whether a loaded node passes every filter that is set. */
export function matchesFilters(node: FilterableNode, filters: OutlineFilters): boolean {
  if (filters.departmentId && node.department?.id !== filters.departmentId) return false;
  if (filters.ownerId && node.owner?.id !== filters.ownerId) return false;
  if (filters.status && node.status !== filters.status) return false;
  if (filters.overdueOnly && !node.overdue) return false;
  return true;
}

/** The owners and departments present among the loaded nodes, for the filter pickers. */
export function filterChoices(nodes: readonly (FilterableNode & { owner: { id: string; user: { displayName: string } } | null; department: { id: string; name: string } | null })[]) {
  const owners = new Map<string, string>();
  const departments = new Map<string, string>();
  for (const node of nodes) {
    if (node.owner) owners.set(node.owner.id, node.owner.user.displayName);
    if (node.department) departments.set(node.department.id, node.department.name);
  }
  const options = (entries: Map<string, string>) =>
    [...entries].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  return { owners: options(owners), departments: options(departments) };
}
