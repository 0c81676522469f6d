import type { BudgetActualEntry, BudgetInput, ScenarioName } from '@opsplan/domain';
import { useMemo } from 'react';
import type { VarianceOutcome } from './runBudgetPreview';
import { usePreviewJob } from './usePreviewJob';

/**
 * Plan vs actual against a scenario, computed in the budget worker: on a
 * large budget the line plans take as long as the scenarios, and the tab may
 * stay mounted while the drivers are edited.
 */
export function useBudgetVariance(input: BudgetInput, actuals: BudgetActualEntry[], scenario: ScenarioName): VarianceOutcome & { computing: boolean } {
  const job = useMemo(() => ({ kind: 'variance' as const, input, actuals, scenario }), [input, actuals, scenario]);
  const { outcome, computing } = usePreviewJob(job);
  return { invalid: outcome?.invalid ?? false, plans: outcome?.plans ?? null, variance: outcome?.variance ?? null, elapsedMs: outcome?.elapsedMs ?? 0, computing };
}
