import type { Health, NodeStatus } from '@opsplan/domain';
import { HEALTHS } from '@opsplan/domain';

/**
 * Which department the page asks for. Executives and admins may look at any
 * (`?department=`, else their own, else the first; null when there are no
 * departments). Everyone else gets their own: `undefined` lets the API use
 * the caller's department as it stands now.
 */
export function chosenDepartmentId(
  requested: string | null,
  own: string | null,
  departments: readonly { id: string }[],
  canPickAny: boolean,
): string | null | undefined {
  if (!canPickAny) return undefined;
  const exists = (id: string | null): id is string => id !== null && departments.some((d) => d.id === id);
  if (exists(requested)) return requested;
  if (exists(own)) return own;
  return departments[0]?.id ?? null;
}

/** How many projects are ahead, on pace, behind and without dates, in that order. */
export function healthSummary(projects: readonly { health: Health }[]): { health: Health; count: number }[] {
  return HEALTHS.map((health) => ({ health, count: projects.filter((p) => p.health === health).length }));
}

export type RiskReason = 'overdue' | 'off_track' | 'at_risk';

/** Why a node is on the at-risk list: the most urgent reason first, as the list is ordered. */
export function riskReason(node: { overdue: boolean; status: NodeStatus }): RiskReason {
  if (node.overdue) return 'overdue';
  return node.status === 'off_track' ? 'off_track' : 'at_risk';
}

export interface WorkloadRow {
  key: string;
  /** null for work nobody owns. */
  ownerId: string | null;
  name: string | null;
  open: number;
  overdue: number;
  atRisk: number;
  done: number;
}

export function workloadRows(
  workload: readonly { owner: { id: string; user: { displayName: string } } | null; open: number; overdue: number; atRisk: number; done: number }[],
): WorkloadRow[] {
  return workload.map((w) => ({
    key: w.owner?.id ?? 'unassigned',
    ownerId: w.owner?.id ?? null,
    name: w.owner?.user.displayName ?? null,
    open: w.open,
    overdue: w.overdue,
    atRisk: w.atRisk,
    done: w.done,
  }));
}
