import { Alert, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { useChosenPlan } from '../hooks/useChosenPlan';
import { NoPlanYet } from './NoPlanYet';
import { PlanSelect } from './PlanSelect';

interface Props {
  title: string;
  subtitle: string;
  /** The page's content for the chosen plan. */
  children: (plan: PlanFieldsFragment) => ReactNode;
}

/**
 * A page about one plan: its title, the plan picker (the choice kept in the
 * URL), and the content once the plan is known, with the loading, failure
 * and no-plan-yet states every such page needs.
 */
export function PlanScopedPage({ title, subtitle, children }: Props) {
  const { t } = useTranslation();
  const { plans, plan, choosePlan, loading, failed } = useChosenPlan();
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">{subtitle}</Typography.Text>
        </div>
        {plans.length > 0 ? (
          <Flex gap={8} align="center">
            <PlanSelect plans={plans} plan={plan} onChange={choosePlan} />
          </Flex>
        ) : null}
      </Flex>
      {failed ? <Alert type="error" showIcon title={t('errors.loadFailed')} /> : loading ? <Skeleton active /> : plan ? children(plan) : <NoPlanYet />}
    </>
  );
}
