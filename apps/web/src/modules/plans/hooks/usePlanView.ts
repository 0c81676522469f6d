import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const PLAN_VIEWS = ['outline', 'timeline'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

/**
 * How the plan page shows the plan, kept in the URL (`?view=timeline`; the
 * outline has no parameter) so that a link or a reload opens the same view.
 * Other parameters of the URL are left as they are.
 */
export function usePlanView(): [PlanView, (view: PlanView) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const view: PlanView = searchParams.get('view') === 'timeline' ? 'timeline' : 'outline';
  const chooseView = useCallback(
    (next: PlanView) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        if (next === 'outline') params.delete('view');
        else params.set('view', next);
        return params;
      }),
    [setSearchParams],
  );
  return [view, chooseView];
}
