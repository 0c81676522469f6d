import { PlusOutlined } from '@ant-design/icons';
import { currentPlan } from '@opsplan/domain';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Modal, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEPARTMENTS_QUERY } from '../modules/departments/graphql/queries/departmentsQuery';
import { CreatePlanForm } from '../modules/plans/components/CreatePlanForm';
import { OperationsIndexCard } from '../modules/plans/components/OperationsIndexCard';
import { PlanStatusActions } from '../modules/plans/components/PlanStatusActions';
import { PlanOutlineSection } from '../modules/plans/components/PlanOutlineSection';
import { PLANS_QUERY } from '../modules/plans/graphql/queries/plansQuery';
import { planActorOf } from '../modules/plans/utils/nodeAccess';
import { localToday } from '../modules/plans/utils/today';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';
import { useViewer } from '../modules/session/hooks/useViewer';

const PLAN_STATUS_COLORS = { draft: 'default', approved: 'green', archived: 'default' } as const;

function Plan() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('plans.manage');
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const [creatingPlan, setCreatingPlan] = useState(false);
  const { data, loading, error, refetch } = useQuery(PLANS_QUERY, { fetchPolicy: 'cache-and-network' });
  // Owner and department pickers; every member may read both.
  const people = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-first' });
  const plans = data?.plans ?? [];
  const plan =
    plans.find((candidate) => candidate.id === searchParams.get('plan')) ??
    currentPlan(plans, localToday(), viewer?.organization?.fiscalYearStartMonth ?? 1);
  const choosePlan = (planId: string) => setSearchParams({ plan: planId });
  // An archived plan is read-only, so nobody is offered to change it.
  const actor = plan?.status === 'archived' ? null : planActorOf(viewer);

  const header = (
    <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('plan.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('plan.subtitle')}</Typography.Text>
      </div>
      {plans.length > 0 ? (
        <Flex gap={8} align="center">
          <Select
            value={plan?.id}
            onChange={choosePlan}
            aria-label={t('plan.select')}
            style={{ minWidth: 240 }}
            options={plans.map((candidate) => ({
              value: candidate.id,
              label: t('plan.planOption', { year: candidate.year, name: candidate.name }),
            }))}
            data-testid="plan-select"
          />
          {plan ? <Tag color={PLAN_STATUS_COLORS[plan.status]}>{t(`plan.statuses.${plan.status}`)}</Tag> : null}
          {plan && canManage ? <PlanStatusActions plan={plan} onConflict={() => void refetch()} /> : null}
          {canManage ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreatingPlan(true)} data-testid="new-plan">
              {t('plan.newPlan')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );

  if (error && !data) {
    return (
      <>
        {header}
        <Alert type="error" showIcon title={t('errors.loadFailed')} />
      </>
    );
  }
  if (loading && !data) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  }

  return (
    <>
      {header}
      {!plan ? (
        <Card data-testid="plan-empty">
          <Empty
            description={
              <Flex vertical gap={4} align="center">
                <Typography.Text strong>{t('plan.emptyTitle')}</Typography.Text>
                <Typography.Text type="secondary">{canManage ? t('plan.emptyManage') : t('plan.emptyAskExecutive')}</Typography.Text>
              </Flex>
            }
          >
            {canManage ? (
              <Flex justify="center">
                <CreatePlanForm onCreated={choosePlan} />
              </Flex>
            ) : null}
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <OperationsIndexCard planId={plan.id} key={`index-${plan.id}`} />
          <PlanOutlineSection
            key={plan.id}
            planId={plan.id}
            actor={actor}
            members={people.data?.members ?? []}
            departments={people.data?.departments ?? []}
          />
        </Flex>
      )}
      <Modal open={creatingPlan} title={t('plan.createTitle')} footer={null} onCancel={() => setCreatingPlan(false)} destroyOnHidden width={720}>
        <CreatePlanForm
          onCreated={(planId) => {
            setCreatingPlan(false);
            choosePlan(planId);
          }}
        />
      </Modal>
    </>
  );
}

export function PlanPage() {
  return (
    <RequirePermission permission="plans.read">
      <Plan />
    </RequirePermission>
  );
}
