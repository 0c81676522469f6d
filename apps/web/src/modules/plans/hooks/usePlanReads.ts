import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/** Queries showing figures that a node write changes (roll-ups climb to the plan and its dashboards). */
const PLAN_READS = ['PlanOutline', 'NodeSubtree', 'OperationsIndex', 'Plans', 'NodeDetails', 'MyWork', 'PlanDashboard', 'DepartmentOverview'];

/**
 * For a mutation's refetchQueries: the plan reads open on screen right now.
 * Naming a query that is not mounted makes Apollo warn, and which ones are
 * mounted depends on the page (outline, drawer, my work).
 */
export function usePlanReads(): () => string[] {
  const client = useApolloClient();
  return useCallback(() => {
    const active = new Set([...client.getObservableQueries('active')].map((query) => query.queryName));
    return PLAN_READS.filter((name) => active.has(name));
  }, [client]);
}
