import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons';
import { planYearBounds } from '@opsplan/domain';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Modal, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEPARTMENTS_QUERY } from '../modules/departments/graphql/queries/departmentsQuery';
import { CreatePlanForm } from '../modules/plans/components/CreatePlanForm';
import { OperationsIndexCard } from '../modules/plans/components/OperationsIndexCard';
import { PlanStatusActions } from '../modules/plans/components/PlanStatusActions';
import { PlanOutlineSection } from '../modules/plans/components/PlanOutlineSection';
import { PlanSelect } from '../modules/plans/components/PlanSelect';
import { useChosenPlan } from '../modules/plans/hooks/useChosenPlan';
import { planActorOf } from '../modules/plans/utils/nodeAccess';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';
import { useViewer } from '../modules/session/hooks/useViewer';
import { SaveAsTemplateButton } from '../modules/templates/components/SaveAsTemplateButton';

function Plan() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('plans.manage');
  const { viewer } = useViewer();
  const [creatingPlan, setCreatingPlan] = useState(false);
  // The plan is kept in the URL beside the view (`?view=`), which a change of plan keeps.
  const { plans, plan, choosePlan, loading, failed, refetch } = useChosenPlan();
  // Owner and department pickers; every member may read both.
  const people = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-first' });
  const fiscalYearStartMonth = viewer?.organization?.fiscalYearStartMonth ?? 1;
  const planYear = useMemo(() => (plan ? planYearBounds(plan.year, fiscalYearStartMonth) : null), [plan, fiscalYearStartMonth]);
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
          <PlanSelect plans={plans} plan={plan} onChange={choosePlan} />
          {plan && canManage ? <PlanStatusActions plan={plan} onConflict={refetch} /> : null}
          {plan && canManage ? <SaveAsTemplateButton plan={plan} /> : null}
          {canManage ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreatingPlan(true)} data-testid="new-plan">
              {t('plan.newPlan')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );

  if (failed) {
    return (
      <>
        {header}
        <Alert type="error" showIcon title={t('errors.loadFailed')} />
      </>
    );
  }
  if (loading) {
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
      {!plan || !planYear ? (
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
              <Flex vertical align="center" gap={16}>
                <Link to="/templates" data-testid="plan-empty-templates">
                  <Button type="primary" icon={<AppstoreAddOutlined />}>
                    {t('plan.startFromTemplate')}
                  </Button>
                </Link>
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
            planYear={planYear}
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
