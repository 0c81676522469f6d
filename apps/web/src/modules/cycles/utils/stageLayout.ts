import { findDependencyCycle, scheduleProblems } from '@opsplan/domain';
import type { ScheduleProblem, ScheduledStage, StageLink } from '@opsplan/domain';

/** The id a stage being added goes by until the API gives it one. */
export const NEW_STAGE_ID = 'new';

/** What the API would refuse in a cycle's stages: a loop in the dependencies (the ids along it, the first repeated last) or a date problem. */
export type LayoutProblem = { kind: 'cycle'; stageIds: string[] } | ScheduleProblem;

/**
 * The first thing wrong with the stages as they would stand after a change,
 * checked in the API's order (loops first, then dates and links); null when
 * the change may be sent.
 */
export function layoutProblem(stages: readonly ScheduledStage[]): LayoutProblem | null {
  const loop = findDependencyCycle(stages);
  if (loop) return { kind: 'cycle', stageIds: loop };
  return scheduleProblems(stages)[0] ?? null;
}

/** A stage as laid out in a form: its schedule and the name a message calls it by. */
export interface LaidOutStage extends ScheduledStage {
  key?: string | null;
  name: string;
}

/** The stages with `changed` in place of the stage of the same id, or added at the end. */
export function withStage<T extends ScheduledStage>(stages: readonly T[], changed: T): T[] {
  const known = stages.some((s) => s.id === changed.id);
  return known ? stages.map((s) => (s.id === changed.id ? changed : s)) : [...stages, changed];
}

/** The stages that depend on `stageId`: while there are any, it cannot be removed. */
export function dependentsOf<T extends StageLink>(stageId: string, stages: readonly T[]): T[] {
  return stages.filter((s) => s.id !== stageId && s.dependsOn.includes(stageId));
}

export type MoveDirection = 'up' | 'down';

/** The order after moving one stage a place up or down; null when it is already first (up) or last (down). */
export function movedOrder(stageIds: readonly string[], stageId: string, direction: MoveDirection): string[] | null {
  const from = stageIds.indexOf(stageId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= stageIds.length) return null;
  const order = [...stageIds];
  [order[from], order[to]] = [order[to] as string, order[from] as string];
  return order;
}

/** The stage ids a BAD_USER_INPUT refusal names (`extensions.stageIds`), for saying which stages clash. */
export function refusedStageIds(error: unknown): string[] {
  const errors = (error as { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  for (const graphQLError of errors) {
    const ids = graphQLError.extensions?.['stageIds'];
    if (graphQLError.extensions?.['code'] === 'BAD_USER_INPUT' && Array.isArray(ids)) return ids.filter((id): id is string => typeof id === 'string');
  }
  return [];
}

/** The form field a problem is shown on: the links for a loop or a bad link, the dates for a date problem. */
export function problemField(problem: LayoutProblem): 'dates' | 'dependsOn' {
  return problem.kind === 'due_before_dependency' || problem.kind === 'ends_before_start' ? 'dates' : 'dependsOn';
}
