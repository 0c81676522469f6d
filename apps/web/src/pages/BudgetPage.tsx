import { useTranslation } from 'react-i18next';
import { useDictionaryPart } from '../i18n/useDictionaryPart';
import { BudgetView } from '../modules/budget/components/BudgetView';
import { PlanScopedPage } from '../modules/plans/components/PlanScopedPage';
import { FullPageSpinner } from '../modules/session/components/FullPageSpinner';
import { RequirePermission } from '../modules/session/components/RequirePermission';

function Budget() {
  const { t } = useTranslation();
  // The budget's strings are a chunk of their own (i18n.ts).
  if (!useDictionaryPart('budget')) return <FullPageSpinner />;
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
