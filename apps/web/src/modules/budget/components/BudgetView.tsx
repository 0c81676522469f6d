import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { DEPARTMENTS_QUERY } from '../../departments/graphql/queries/departmentsQuery';
import { useViewer } from '../../session/hooks/useViewer';
import { BUDGET_QUERY } from '../graphql/queries/budgetQuery';
import { planYearFirstMonth } from '../utils/months';
import { BudgetEmptyState } from './BudgetEmptyState';
import { BudgetWorkspace } from './BudgetWorkspace';

/** Finance and admins draft the budget; the API refuses anyone else. */
const DRAFTERS = new Set(['finance', 'admin']);

/** The plan's budget, or the way to start one. */
export function BudgetView({ plan }: { plan: PlanFieldsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(BUDGET_QUERY, { variables: { planId: plan.id }, fetchPolicy: 'cache-and-network' });
  const people = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-first' });
  const departments = useMemo(() => (people.data?.departments ?? []).map((d) => ({ id: d.id, name: d.name })), [people.data]);

  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if ((loading && !data) || (people.loading && !people.data)) return <Skeleton active />;
  const budget = data?.budget;
  if (!budget) {
    const role = viewer?.membership?.role ?? 'staff';
    const start = planYearFirstMonth(plan.year, viewer?.organization?.fiscalYearStartMonth ?? 1);
    return <BudgetEmptyState plan={plan} canCreate={DRAFTERS.has(role)} defaultStartMonth={start} />;
  }
  return <BudgetWorkspace key={budget.id} budget={budget} departments={departments} reload={() => refetch()} />;
}
