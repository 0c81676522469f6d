import { useQuery } from '@apollo/client/react';
import { useCan } from '../../session/hooks/useCan';
import { STAGE_BUDGET_QUERY } from '../graphql/queries/stageBudgetQuery';

/** The stages whose work is in the budget: the sales forecast writes its revenue lines, the financial budget its three scenarios. */
const BUDGET_STAGES: ReadonlySet<string> = new Set(['sales_forecast', 'financial_budget']);

/**
 * The budget page's address for the plan, when the stage works on the budget,
 * the viewer may open budgets and the plan has one; otherwise null.
 */
export function useStageBudget(stageKey: string | null, planId: string): string | null {
  const can = useCan();
  const wanted = stageKey !== null && BUDGET_STAGES.has(stageKey) && can('budget.read');
  const { data } = useQuery(STAGE_BUDGET_QUERY, { variables: { planId }, skip: !wanted, fetchPolicy: 'cache-and-network' });
  return wanted && data?.budget ? `/budget?plan=${encodeURIComponent(planId)}` : null;
}
