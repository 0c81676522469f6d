import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';

const PLAN_STATUS_COLORS = { draft: 'default', approved: 'green', archived: 'default' } as const;

/** "2026 · Annual plan" picker with the chosen plan's status beside it. */
export function PlanSelect({ plans, plan, onChange }: { plans: PlanFieldsFragment[]; plan: PlanFieldsFragment | undefined; onChange: (planId: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        value={plan?.id}
        onChange={onChange}
        aria-label={t('plan.select')}
        style={{ minWidth: 240 }}
        options={plans.map((candidate) => ({ value: candidate.id, label: t('plan.planOption', { year: candidate.year, name: candidate.name }) }))}
        data-testid="plan-select"
      />
      {plan ? <Tag color={PLAN_STATUS_COLORS[plan.status]}>{t(`plan.statuses.${plan.status}`)}</Tag> : null}
    </>
  );
}
