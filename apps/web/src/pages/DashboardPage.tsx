import { useTranslation } from 'react-i18next';
import { DashboardView } from '../modules/dashboard/components/DashboardView';
import { PlanScopedPage } from '../modules/plans/components/PlanScopedPage';
import { RequirePermission } from '../modules/session/components/RequirePermission';

function Dashboard() {
  const { t } = useTranslation();
  return (
    <PlanScopedPage title={t('dashboard.title')} subtitle={t('dashboard.subtitle')}>
      {(plan) => <DashboardView key={plan.id} planId={plan.id} />}
    </PlanScopedPage>
  );
}

export function DashboardPage() {
  return (
    <RequirePermission permission="plans.read">
      <Dashboard />
    </RequirePermission>
  );
}
