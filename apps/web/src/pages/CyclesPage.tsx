import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Modal, Select, Skeleton, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateCycleForm } from '../modules/cycles/components/CreateCycleForm';
import { CycleDashboard } from '../modules/cycles/components/CycleDashboard';
import { CycleTimeline } from '../modules/cycles/components/CycleTimeline';
import { PlanningGroupCard, PreviousRetrospective } from '../modules/cycles/components/PlanningGroupCard';
import { PLANNING_CYCLE_QUERY } from '../modules/cycles/graphql/queries/planningCycleQuery';
import { PLANNING_CYCLES_QUERY } from '../modules/cycles/graphql/queries/planningCyclesQuery';
import { DEPARTMENTS_QUERY } from '../modules/departments/graphql/queries/departmentsQuery';
import { PLANS_QUERY } from '../modules/plans/graphql/queries/plansQuery';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';

function CycleView({ cycleId, canManage }: { cycleId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PLANNING_CYCLE_QUERY, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const people = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-first' });
  const members = people.data?.members ?? [];
  const departments = people.data?.departments ?? [];
  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (loading && !data) return <Skeleton active />;
  const cycle = data?.planningCycle;
  if (!cycle) return null;
  const reload = () => void refetch();
  return (
    <Tabs
      defaultActiveKey="timeline"
      items={[
        {
          key: 'timeline',
          label: t('cycles.tabs.timeline'),
          children: <CycleTimeline cycle={cycle} canManage={canManage} members={members} departments={departments} onReload={reload} />,
        },
        { key: 'dashboard', label: t('cycles.tabs.dashboard'), children: <CycleDashboard cycle={cycle} /> },
        { key: 'group', label: t('cycles.tabs.group'), children: <PlanningGroupCard cycle={cycle} canManage={canManage} members={members} onReload={reload} /> },
      ]}
    />
  );
}

function Cycles() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('cycles.manage');
  const navigate = useNavigate();
  const { cycleId } = useParams();
  const [creating, setCreating] = useState(false);
  const { data, loading, error } = useQuery(PLANNING_CYCLES_QUERY, { fetchPolicy: 'cache-and-network' });
  const plans = useQuery(PLANS_QUERY, { fetchPolicy: 'cache-first', skip: !canManage });
  const cycles = data?.planningCycles ?? [];
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles[0];
  const latest = cycles[0];
  const freePlans = (plans.data?.plans ?? []).filter((p) => !cycles.some((c) => c.planId === p.id));
  const open = (id: string) => void navigate(`/cycles/${id}`);

  const createForm = (
    <Flex vertical gap={16} style={{ width: '100%' }}>
      <CreateCycleForm
        plans={freePlans}
        onCreated={(id) => {
          setCreating(false);
          open(id);
        }}
      />
      {latest ? <PreviousRetrospective text={latest.retrospective} /> : null}
    </Flex>
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('cycles.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cycles.subtitle')}</Typography.Text>
        </div>
        {cycles.length > 0 ? (
          <Flex gap={8} align="center">
            <Select
              value={cycle?.id}
              onChange={open}
              aria-label={t('cycles.select')}
              style={{ minWidth: 240 }}
              options={cycles.map((c) => ({ value: c.id, label: t('cycles.cycleOption', { year: c.planYear, name: c.name }) }))}
              data-testid="cycle-select"
            />
            {canManage ? (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-cycle">
                {t('cycles.create.title')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
      {error && !data ? (
        <Alert type="error" showIcon title={t('errors.loadFailed')} />
      ) : loading && !data ? (
        <Skeleton active />
      ) : cycle ? (
        <CycleView key={cycle.id} cycleId={cycle.id} canManage={canManage} />
      ) : (
        <Card data-testid="cycle-empty">
          <Empty
            description={
              <Flex vertical gap={4} align="center">
                <Typography.Text strong>{t('cycles.empty.title')}</Typography.Text>
                <Typography.Text type="secondary">{canManage ? t('cycles.empty.manage') : t('cycles.empty.askExecutive')}</Typography.Text>
              </Flex>
            }
          >
            {canManage ? <Flex justify="center">{createForm}</Flex> : null}
          </Empty>
        </Card>
      )}
      <Modal open={creating} title={t('cycles.create.title')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={640}>
        {createForm}
      </Modal>
    </>
  );
}

export function CyclesPage() {
  return (
    <RequirePermission permission="cycles.read">
      <Cycles />
    </RequirePermission>
  );
}
