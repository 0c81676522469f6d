import type { BudgetInput, BudgetProblem, BudgetResult } from '@opsplan/domain';
import { useMemo } from 'react';
import { usePreviewJob } from './usePreviewJob';

export interface BudgetPreview {
  /** The three scenarios of the latest draft computed; while a newer one computes, the previous stays on screen. */
  result: BudgetResult | null;
  problems: BudgetProblem[];
  /** A newer draft than the one shown is being computed. */
  computing: boolean;
  /** How long the engine took for the draft shown. */
  elapsedMs: number | null;
}

/**
 * The budget engine run on the draft drivers, before anything is saved, so
 * finance sees the three scenarios move as they type. The engine runs in a
 * Web Worker (typing never waits for it) and only the latest draft counts.
 * Pass a memoised input: a new object is a new draft.
 */
export function useBudgetPreview(input: BudgetInput | null): BudgetPreview {
  const job = useMemo(() => (input ? { kind: 'scenarios' as const, input } : null), [input]);
  const { outcome, computing } = usePreviewJob(job);
  if (!input) return { result: null, problems: [], computing: false, elapsedMs: null };
  return { result: outcome?.result ?? null, problems: outcome?.problems ?? [], computing, elapsedMs: outcome?.elapsedMs ?? null };
}
