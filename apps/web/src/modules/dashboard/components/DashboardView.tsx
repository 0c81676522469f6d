import { useQuery } from '@apollo/client/react';
import { Alert, Card, Flex, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_DASHBOARD_QUERY } from '../graphql/queries/planDashboardQuery';
import { BudgetToDateCard } from './BudgetToDateCard';
import { DashboardStats } from './DashboardStats';

// recharts loads with the charts, after the figures above them are on screen.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

export function DashboardView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PLAN_DASHBOARD_QUERY, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  const dashboard = data?.planDashboard;

  if (error && !dashboard) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (!dashboard) return <Card>{loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}</Card>;
  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <DashboardStats dashboard={dashboard} />
      <BudgetToDateCard planId={planId} />
      <Suspense fallback={<Card><Skeleton active paragraph={{ rows: 8 }} /></Card>}>
        <DashboardCharts dashboard={dashboard} />
      </Suspense>
    </Flex>
  );
}
