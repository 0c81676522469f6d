import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Flex, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../i18n/dates';
import { PlanScopedPage } from '../modules/plans/components/PlanScopedPage';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useCan } from '../modules/session/hooks/useCan';
import { TakeVersionButton } from '../modules/versions/components/TakeVersionButton';
import { VersionCompare } from '../modules/versions/components/VersionCompare';
import { PLAN_VERSIONS_QUERY } from '../modules/versions/graphql/queries/planVersionsQuery';
import { defaultComparePair } from '../modules/versions/utils/versionDiff';

function PlanVersions({ planId, canManage }: { planId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error } = useQuery(PLAN_VERSIONS_QUERY, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (loading && !data) return <Skeleton active />;
  const versions = data?.planVersions ?? [];
  const fallback = defaultComparePair(versions);
  const known = (id: string | null) => (id && versions.some((v) => v.id === id) ? id : null);
  const fromId = known(searchParams.get('from')) ?? fallback?.fromId;
  const toId = known(searchParams.get('to')) ?? fallback?.toId;
  const setPair = (key: 'from' | 'to', id: string) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, id);
      return next;
    });
  const options = versions.map((v) => ({ value: v.id, label: t('versions.option', { number: v.number, label: v.label }) }));

  return (
    <Flex vertical gap={16}>
      <Card title={t('versions.listTitle')} extra={canManage ? <TakeVersionButton planId={planId} /> : null}>
        {versions.length === 0 ? (
          <Empty
            data-testid="versions-empty"
            description={
              <Flex vertical gap={4} align="center">
                <Typography.Text strong>{t('versions.emptyTitle')}</Typography.Text>
                <Typography.Text type="secondary">{canManage ? t('versions.emptyManage') : t('versions.emptyRead')}</Typography.Text>
              </Flex>
            }
          />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={versions}
            data-testid="versions-table"
            scroll={{ x: 720 }}
            columns={[
              { title: '#', dataIndex: 'number', key: 'number', width: 56 },
              { title: t('versions.label'), dataIndex: 'label', key: 'label' },
              { title: t('versions.source'), key: 'source', render: (_, v) => <Tag color={v.source === 'cycle_approval' ? 'green' : 'default'}>{t(`versions.sources.${v.source}`)}</Tag> },
              { title: t('versions.taken'), key: 'created', render: (_, v) => `${formatDateTime(v.createdAt)} · ${v.createdBy?.displayName ?? '—'}` },
              { title: t('versions.contents'), key: 'counts', render: (_, v) => t('versions.counts', { objectives: v.objectiveCount, projects: v.projectCount, nodes: v.nodeCount }) },
              {
                title: t('letters.title'),
                key: 'letters',
                render: (_, v) => (
                  <Link to={`/versions/${v.id}/letters`} data-testid={`letters-link-${v.number}`}>
                    {t('letters.count', { count: v.letterCount })}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </Card>
      {versions.length >= 2 && fromId && toId ? (
        <Card
          title={t('versions.compare.title')}
          extra={
            <Flex gap={8} align="center" wrap>
              <Select value={fromId} options={options} onChange={(id) => setPair('from', id)} style={{ minWidth: 200 }} aria-label={t('versions.compare.from')} data-testid="compare-from" />
              <span>→</span>
              <Select value={toId} options={options} onChange={(id) => setPair('to', id)} style={{ minWidth: 200 }} aria-label={t('versions.compare.to')} data-testid="compare-to" />
            </Flex>
          }
        >
          {fromId === toId ? <Empty description={t('versions.compare.pickTwo')} /> : <VersionCompare fromId={fromId} toId={toId} />}
        </Card>
      ) : versions.length === 1 ? (
        <Typography.Text type="secondary">{t('versions.compare.needTwo')}</Typography.Text>
      ) : null}
    </Flex>
  );
}

function Versions() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <PlanScopedPage title={t('versions.title')} subtitle={t('versions.subtitle')}>
      {(plan) => <PlanVersions key={plan.id} planId={plan.id} canManage={can('plans.manage')} />}
    </PlanScopedPage>
  );
}

export function VersionsPage() {
  return (
    <RequirePermission permission="plans.read">
      <Versions />
    </RequirePermission>
  );
}
