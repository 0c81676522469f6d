import { budgetVariance, computeBudget, plannedLineAmounts, validateBudget } from '@opsplan/domain';
import type { BudgetActualEntry, BudgetInput, BudgetProblem, BudgetResult, BudgetVariance, LinePlan, ScenarioName } from '@opsplan/domain';

/** What one run of the engine gives the preview: the three scenarios, or what stops them. */
export interface PreviewOutcome {
  /** null when the drivers have problems (or the engine failed). */
  result: BudgetResult | null;
  problems: BudgetProblem[];
  /** Time the engine took, validation included. */
  elapsedMs: number;
}

/** Plan vs actual against one scenario: each line's plan and the variance; null when the drivers have problems or the scenario does not exist. */
export interface VarianceOutcome {
  /** The drivers have problems: nothing to compare against until they are fixed. */
  invalid: boolean;
  plans: LinePlan[] | null;
  variance: BudgetVariance | null;
  elapsedMs: number;
}

/** Work for the budget worker. Both jobs take tens of milliseconds on a large budget: too long for the main thread while someone types. */
export type PreviewJob =
  | { kind: 'scenarios'; input: BudgetInput }
  | { kind: 'variance'; input: BudgetInput; actuals: BudgetActualEntry[]; scenario: ScenarioName };

export type JobOutcome<J extends PreviewJob> = J extends { kind: 'scenarios' } ? PreviewOutcome : VarianceOutcome;

/** The worker's side of the conversation: a numbered job, answered with the same number. */
export interface PreviewRequest {
  id: number;
  job: PreviewJob;
}
export interface PreviewResponse {
  id: number;
  outcome: PreviewOutcome | VarianceOutcome;
}

/** Validates and computes a draft, exactly as the API will once it is saved. Runs in the worker, or on the main thread where there is none. */
export function runBudgetPreview(input: BudgetInput): PreviewOutcome {
  const started = performance.now();
  const problems = validateBudget(input);
  let result: BudgetResult | null = null;
  if (problems.length === 0) {
    try {
      result = computeBudget(input);
    } catch (error) {
      // validateBudget accepted it, so this is a bug in the engine: no preview rather than a broken page.
      console.error('budget preview failed', error);
    }
  }
  return { result, problems, elapsedMs: performance.now() - started };
}

/** Each line's planned months and the variance of the actuals against the scenario. */
export function runVariance(input: BudgetInput, actuals: readonly BudgetActualEntry[], scenario: ScenarioName): VarianceOutcome {
  const started = performance.now();
  if (validateBudget(input).length > 0) return { invalid: true, plans: null, variance: null, elapsedMs: performance.now() - started };
  return { invalid: false, plans: plannedLineAmounts(input, scenario), variance: budgetVariance(input, actuals, scenario), elapsedMs: performance.now() - started };
}

export function runJob(job: PreviewJob): PreviewOutcome | VarianceOutcome {
  return job.kind === 'scenarios' ? runBudgetPreview(job.input) : runVariance(job.input, job.actuals, job.scenario);
}
