import type { StageStatus } from '@opsplan/domain';

export type StageWaiting =
  /** Approved: nothing more to do. */
  | { kind: 'done' }
  /** Submitted: a leader of the planning group or an executive must decide. */
  | { kind: 'approval' }
  /** Stages it depends on are not approved yet; their names, in the cycle's order. */
  | { kind: 'dependencies'; names: string[] }
  /** Free to work on (and, once the work is done, to submit). */
  | { kind: 'work'; returned: boolean };

interface StageForWaiting {
  status: StageStatus;
  waitingFor: readonly string[];
}

/**
 * What a stage is waiting for, in the words of the stage list. The API says
 * which dependencies are not approved (waitingFor); this only names them.
 */
export function stageWaiting(stage: StageForWaiting, stages: readonly { id: string; name: string }[]): StageWaiting {
  if (stage.status === 'approved') return { kind: 'done' };
  if (stage.status === 'submitted') return { kind: 'approval' };
  if (stage.waitingFor.length > 0) {
    const waiting = new Set(stage.waitingFor);
    return { kind: 'dependencies', names: stages.filter((s) => waiting.has(s.id)).map((s) => s.name) };
  }
  return { kind: 'work', returned: stage.status === 'returned' };
}
