import { useTranslation } from 'react-i18next';
import { BudgetView } from '../modules/budget/components/BudgetView';
import { PlanScopedPage } from '../modules/plans/components/PlanScopedPage';
import { RequirePermission } from '../modules/session/components/RequirePermission';

function Budget() {
  const { t } = useTranslation();
  return (
    <PlanScopedPage title={t('budget.title')} subtitle={t('budget.subtitle')}>
      {(plan) => <BudgetView key={plan.id} plan={plan} />}
    </PlanScopedPage>
  );
}

export function BudgetPage() {
  return (
    <RequirePermission permission="budget.read">
      <Budget />
    </RequirePermission>
  );
}
