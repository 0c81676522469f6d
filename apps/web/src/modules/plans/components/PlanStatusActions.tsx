import { DownOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { canChangePlanStatus, PLAN_STATUSES } from '@opsplan/domain';
import type { PlanStatus } from '@opsplan/domain';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { UPDATE_PLAN_STATUS_MUTATION } from '../graphql/mutations/updatePlanStatusMutation';
import { PLANS_QUERY } from '../graphql/queries/plansQuery';

/** Approve, reopen, archive or bring back a plan, as the domain's life cycle allows (plans.manage only). */
export function PlanStatusActions({ plan, onConflict }: { plan: PlanFieldsFragment; onConflict: () => void }) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [updatePlanStatus, { loading }] = useMutation(UPDATE_PLAN_STATUS_MUTATION, { refetchQueries: [PLANS_QUERY] });
  const targets = PLAN_STATUSES.filter((to) => canChangePlanStatus(plan.status, to));

  const change = async (status: PlanStatus) => {
    try {
      await updatePlanStatus({ variables: { input: { id: plan.id, version: plan.version, status } } });
      void message.success(t('plan.statusChanged'));
    } catch (error) {
      handleError(error, { onConflict });
    }
  };

  const label = (to: PlanStatus) => (plan.status === 'archived' ? t('plan.statusActions.restore') : t(`plan.statusActions.${to}`));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: targets.map((to) => ({ key: to, label: label(to), danger: to === 'archived' })),
        onClick: ({ key }) => void change(key as PlanStatus),
      }}
    >
      <Button loading={loading} data-testid="plan-status-actions">
        {t('plan.changeStatus')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
