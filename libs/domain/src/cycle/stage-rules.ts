/**
 * Rules of a planning cycle's stages: their dependency graph, their dates,
 * the path that decides when the final plan can be ready, and who may move
 * a stage from one status to the next.
 */
import type { Role } from '../access/roles';

export const STAGE_STATUSES = ['not_started', 'in_progress', 'submitted', 'approved', 'returned'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export interface StageLink {
  id: string;
  dependsOn: readonly string[];
}

export interface ScheduledStage extends StageLink {
  startDate: string;
  dueDate: string;
}

/**
 * A cycle in the dependencies, as the ids along it (the first repeated at the
 * end: a → b → a), or null when there is none. Depth-first, in input order.
 */
export function findDependencyCycle(stages: readonly StageLink[]): string[] | null {
  const byId = new Map(stages.map((s) => [s.id, s]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(dep)) continue;
      const found = visit(dep);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const stage of stages) {
    const found = visit(stage.id);
    if (found) return found;
  }
  return null;
}

export type ScheduleProblem =
  | { kind: 'ends_before_start'; stageId: string }
  | { kind: 'due_before_dependency'; stageId: string; dependencyId: string }
  | { kind: 'unknown_dependency'; stageId: string; dependencyId: string }
  | { kind: 'depends_on_itself'; stageId: string };

/**
 * What is wrong with the stages' dates and links: a stage due before it
 * starts, or due before a stage it depends on, or depending on a stage that
 * is not in the cycle. Empty when all is well (cycles: findDependencyCycle).
 */
export function scheduleProblems(stages: readonly ScheduledStage[]): ScheduleProblem[] {
  const byId = new Map(stages.map((s) => [s.id, s]));
  const problems: ScheduleProblem[] = [];
  for (const stage of stages) {
    if (stage.dueDate < stage.startDate) problems.push({ kind: 'ends_before_start', stageId: stage.id });
    for (const depId of stage.dependsOn) {
      const dep = byId.get(depId);
      if (depId === stage.id) problems.push({ kind: 'depends_on_itself', stageId: stage.id });
      else if (!dep) problems.push({ kind: 'unknown_dependency', stageId: stage.id, dependencyId: depId });
      else if (stage.dueDate < dep.dueDate) problems.push({ kind: 'due_before_dependency', stageId: stage.id, dependencyId: depId });
    }
  }
  return problems;
}

/**
 * The critical path: the chain of stages that decides when the last stage
 * (the latest-due stage nothing depends on) can finish. From it, each step
 * goes to the dependency due last (ties: the one listed first). Listed from
 * the first stage of the chain to the last. Empty for no stages; assumes no
 * dependency cycle.
 */
export function criticalPath(stages: readonly ScheduledStage[]): string[] {
  if (stages.length === 0) return [];
  const byId = new Map(stages.map((s) => [s.id, s]));
  const dependedOn = new Set(stages.flatMap((s) => s.dependsOn));
  const ends = stages.filter((s) => !dependedOn.has(s.id));
  const pool = ends.length > 0 ? ends : [...stages];
  let current: ScheduledStage | undefined = pool.reduce((a, b) => (b.dueDate > a.dueDate ? b : a));
  const chain: string[] = [];
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current.id);
    const deps: ScheduledStage[] = current.dependsOn.map((id) => byId.get(id)).filter((s): s is ScheduledStage => s !== undefined);
    current = deps.length === 0 ? undefined : deps.reduce((a, b) => (b.dueDate > a.dueDate ? b : a));
  }
  return chain.reverse();
}

/** Overdue: its due date has passed and it is not approved. */
export function isStageOverdue(stage: { dueDate: string; status: StageStatus }, today: string): boolean {
  return stage.status !== 'approved' && stage.dueDate < today;
}

export type StageAction = 'start' | 'submit' | 'approve' | 'return' | 'edit';

/** Who is acting, and what they are to this cycle and this stage. */
export interface CycleActor {
  membershipId: string;
  role: Role;
  /** Leader or deputy leader of the cycle's planning group. */
  leadsPlanningGroup: boolean;
  /** The stage's responsible member. */
  responsibleForStage: boolean;
}

export interface StageState {
  status: StageStatus;
  /** Who submitted it, while it is submitted (or approved). */
  submittedBy: string | null;
  /** The statuses of the stages it depends on. */
  dependencyStatuses: readonly StageStatus[];
}

export type StageDecision =
  | { ok: true; next: StageStatus }
  | { ok: false; code: 'FORBIDDEN' | 'BAD_USER_INPUT'; reason: StageRefusal };

export type StageRefusal =
  | 'not_allowed'
  | 'own_submission'
  | 'dependencies_not_approved'
  | 'already_approved'
  | 'not_submitted'
  | 'wrong_status';

const runsCycles = (role: Role) => role === 'admin' || role === 'executive';

/**
 * Whether `actor` may take `action` on a stage in `state`, and the status it
 * leads to. Work on a stage (start, edit, submit) is for its responsible
 * member, the planning group's leaders and executives; a decision (approve,
 * return) is for the leaders and executives, never on one's own submission.
 * An approved stage is final; a returned one goes back to work.
 */
export function decideStageAction(action: StageAction, actor: CycleActor, state: StageState): StageDecision {
  const refuse = (code: 'FORBIDDEN' | 'BAD_USER_INPUT', reason: StageRefusal): StageDecision => ({ ok: false, code, reason });
  const mayWork = actor.responsibleForStage || actor.leadsPlanningGroup || runsCycles(actor.role);
  const mayDecide = actor.leadsPlanningGroup || runsCycles(actor.role);

  if (state.status === 'approved') return refuse('BAD_USER_INPUT', 'already_approved');
  switch (action) {
    case 'start':
      if (!mayWork) return refuse('FORBIDDEN', 'not_allowed');
      if (state.status !== 'not_started' && state.status !== 'returned') return refuse('BAD_USER_INPUT', 'wrong_status');
      return { ok: true, next: 'in_progress' };
    case 'edit':
      if (!mayWork) return refuse('FORBIDDEN', 'not_allowed');
      if (state.status === 'submitted') return refuse('BAD_USER_INPUT', 'wrong_status');
      return { ok: true, next: state.status === 'not_started' || state.status === 'returned' ? 'in_progress' : state.status };
    case 'submit':
      if (!mayWork) return refuse('FORBIDDEN', 'not_allowed');
      if (state.status === 'submitted') return refuse('BAD_USER_INPUT', 'wrong_status');
      if (state.dependencyStatuses.some((s) => s !== 'approved')) return refuse('BAD_USER_INPUT', 'dependencies_not_approved');
      return { ok: true, next: 'submitted' };
    case 'approve':
    case 'return':
      if (!mayDecide) return refuse('FORBIDDEN', 'not_allowed');
      if (state.status !== 'submitted') return refuse('BAD_USER_INPUT', 'not_submitted');
      if (state.submittedBy === actor.membershipId) return refuse('FORBIDDEN', 'own_submission');
      return { ok: true, next: action === 'approve' ? 'approved' : 'returned' };
  }
}
