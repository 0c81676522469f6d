import type { PlanSnapshot, SnapshotKpi, SnapshotNode } from './snapshot';

/**
 * Target-responsibility letters (经营团队目标管理责任书): what each member of
 * the management team commits to for the plan year, drawn from an approved
 * version.
 *
 * Who receives one, and what it lists (nodes that are cancelled, or below a
 * cancelled node, count for nobody):
 * - the owner of an objective: a director; the letter lists the objectives
 *   they own;
 * - the owner of a project: the letter lists the projects they own;
 * - the manager of a department that owns projects (the project's department):
 *   the letter lists all of that department's projects, whoever owns them,
 *   because the manager answers for the department's targets.
 * One letter per person and version, holding everything above; it is a
 * director's letter when it lists an objective, else a department manager's.
 * It names the departments its owner manages among those owning its items,
 * each with its budget envelope and standard headcount once the budget
 * work fills them (null until then).
 */
export type LetterKind = 'director' | 'department_manager';

export interface LetterItem {
  nodeId: string;
  level: 'objective' | 'project';
  title: string;
  departmentId: string | null;
  ownerId: string | null;
  dueDate: string | null;
  kpi: SnapshotKpi | null;
}

export interface LetterDepartment {
  id: string;
  name: string;
  /** decimal text; null until the version carries a budget */
  budgetEnvelope: string | null;
  /** null until the version carries a headcount plan */
  standardHeadcount: number | null;
}

export interface LetterContent {
  ownerId: string;
  ownerName: string;
  kind: LetterKind;
  items: LetterItem[];
  departments: LetterDepartment[];
}

type Snapshot = Pick<PlanSnapshot, 'nodes' | 'people' | 'departments'> & Partial<Pick<PlanSnapshot, 'budget' | 'headcount'>>;

/** Every letter a version gives, directors first, then by name. */
export function responsibilityLetters(snapshot: Snapshot): LetterContent[] {
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const managerOf = new Map(snapshot.departments.map((d) => [d.id, d.managerId]));
  const counts = (node: SnapshotNode): boolean => {
    for (let n: SnapshotNode | undefined = node; n; n = n.parentId ? byId.get(n.parentId) : undefined) {
      if (n.status === 'cancelled') return false;
    }
    return true;
  };
  const letters = new Map<string, SnapshotNode[]>();
  const give = (ownerId: string | null | undefined, node: SnapshotNode) => {
    if (!ownerId) return;
    const items = letters.get(ownerId) ?? [];
    if (!items.includes(node)) items.push(node);
    letters.set(ownerId, items);
  };
  const levelOrder = (n: SnapshotNode) => (n.level === 'objective' ? 0 : 1);
  for (const node of snapshot.nodes) {
    if ((node.level !== 'objective' && node.level !== 'project') || !counts(node)) continue;
    give(node.ownerId, node);
    if (node.level === 'project' && node.departmentId) give(managerOf.get(node.departmentId), node);
  }
  const names = new Map(snapshot.people.map((p) => [p.id, p.name]));
  const result = [...letters].map(([ownerId, nodes]): LetterContent => {
    const items = [...nodes].sort((a, b) => levelOrder(a) - levelOrder(b)).map(toItem);
    const owned = new Set(items.map((i) => i.departmentId));
    const departments = snapshot.departments
      .filter((d) => d.managerId === ownerId && owned.has(d.id))
      .map((d) => ({ id: d.id, name: d.name, budgetEnvelope: envelopeOf(snapshot, d.id), standardHeadcount: headcountOf(snapshot, d.id) }));
    const kind: LetterKind = items.some((i) => i.level === 'objective') ? 'director' : 'department_manager';
    return { ownerId, ownerName: names.get(ownerId) ?? '', kind, items, departments };
  });
  return result.sort((a, b) => (a.kind === b.kind ? a.ownerName.localeCompare(b.ownerName) || a.ownerId.localeCompare(b.ownerId) : a.kind === 'director' ? -1 : 1));
}

const toItem = (n: SnapshotNode): LetterItem => ({
  nodeId: n.id,
  level: n.level as LetterItem['level'],
  title: n.title,
  departmentId: n.departmentId,
  ownerId: n.ownerId,
  dueDate: n.dueDate,
  kpi: n.kpi,
});

function envelopeOf(snapshot: Snapshot, departmentId: string): string | null {
  return snapshot.budget?.envelopes?.find((e) => e.departmentId === departmentId)?.amount ?? null;
}

function headcountOf(snapshot: Snapshot, departmentId: string): number | null {
  const lines = snapshot.headcount?.lines.filter((l) => l.departmentId === departmentId);
  return lines && lines.length > 0 ? lines.reduce((sum, l) => sum + l.count, 0) : null;
}
