import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { currentPlan } from '@opsplan/domain';
import { useViewer } from '../../session/hooks/useViewer';
import { PLANS_QUERY } from '../graphql/queries/plansQuery';
import { localToday } from '../utils/today';

export interface ChosenPlan {
  plans: PlanFieldsFragment[];
  /** The plan named by `?plan=`, else the plan of the year under way (else the newest); undefined while loading or when there is none. */
  plan: PlanFieldsFragment | undefined;
  choosePlan: (planId: string) => void;
  /** True until the first answer. */
  loading: boolean;
  /** Set when the plans could not be loaded at all. */
  failed: boolean;
  refetch: () => void;
}

/**
 * The plan a page shows, kept in the URL (`?plan=`) so that a link or a reload
 * shows the same one. Other parameters of the URL are left as they are.
 */
export function useChosenPlan(): ChosenPlan {
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(PLANS_QUERY, { fetchPolicy: 'cache-and-network' });
  const { viewer } = useViewer();
  const plans = data?.plans ?? [];
  const plan =
    plans.find((candidate) => candidate.id === searchParams.get('plan')) ??
    currentPlan(plans, localToday(), viewer?.organization?.fiscalYearStartMonth ?? 1);
  const choosePlan = useCallback(
    (planId: string) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set('plan', planId);
        return next;
      }),
    [setSearchParams],
  );
  return { plans, plan, choosePlan, loading: loading && !data, failed: Boolean(error) && !data, refetch: () => void refetch() };
}
