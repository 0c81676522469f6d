import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DepartmentOverviewView } from '../modules/department-view/components/DepartmentOverviewView';
import { NoDepartment } from '../modules/department-view/components/NoDepartment';
import { chosenDepartmentId } from '../modules/department-view/utils/departmentView';
import { DEPARTMENTS_QUERY } from '../modules/departments/graphql/queries/departmentsQuery';
import { NoPlanYet } from '../modules/plans/components/NoPlanYet';
import { PlanSelect } from '../modules/plans/components/PlanSelect';
import { useChosenPlan } from '../modules/plans/hooks/useChosenPlan';
import { planActorOf } from '../modules/plans/utils/nodeAccess';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';
import { useViewer } from '../modules/session/hooks/useViewer';

function Department() {
  const { t } = useTranslation();
  const can = useCan();
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const { plans, plan, choosePlan, loading, failed } = useChosenPlan();
  // The department picker, and the owner and department pickers of the node drawer.
  const people = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-first' });
  const departments = people.data?.departments ?? [];
  const canPickAny = can('plans.manage');
  const own = viewer?.membership?.department?.id ?? null;
  const departmentId = chosenDepartmentId(searchParams.get('department'), own, departments, canPickAny);
  const chooseDepartment = (id: string) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.set('department', id);
      return next;
    });
  const actor = plan?.status === 'archived' ? null : planActorOf(viewer);

  let body;
  if (failed) body = <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  else if (loading || (canPickAny && people.loading && !people.data)) body = <Skeleton active />;
  else if (!plan) body = <NoPlanYet />;
  else if (departmentId === null) body = <NoDepartment canPickAny />;
  else
    body = (
      <DepartmentOverviewView
        key={`${plan.id}-${departmentId ?? 'own'}`}
        planId={plan.id}
        departmentId={departmentId}
        actor={actor}
        members={people.data?.members ?? []}
        departments={departments}
      />
    );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('departmentView.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('departmentView.subtitle')}</Typography.Text>
        </div>
        <Flex gap={8} align="center" wrap>
          {canPickAny && departments.length > 0 ? (
            <Select
              value={departmentId ?? undefined}
              onChange={chooseDepartment}
              aria-label={t('departmentView.pickDepartment')}
              style={{ minWidth: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              data-testid="department-select"
            />
          ) : null}
          {plans.length > 0 ? <PlanSelect plans={plans} plan={plan} onChange={choosePlan} /> : null}
        </Flex>
      </Flex>
      {body}
    </>
  );
}

export function DepartmentPage() {
  return (
    <RequirePermission permission="plans.read">
      <Department />
    </RequirePermission>
  );
}
