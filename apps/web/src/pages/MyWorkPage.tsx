import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../gql/graphql';
import { MyWorkProgressCell } from '../modules/my-work/components/MyWorkProgressCell';
import { MY_WORK_QUERY } from '../modules/my-work/graphql/queries/myWorkQuery';
import { sortMyWork } from '../modules/my-work/utils/sortMyWork';
import { NodeLevelTag, NodeStatusTag, OverdueTag } from '../modules/plans/components/NodeTags';
import { percentText, toPercent } from '../modules/plans/utils/nodeDisplay';

export function MyWorkPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MY_WORK_QUERY, { fetchPolicy: 'cache-and-network' });
  const items = useMemo(() => sortMyWork(data?.myWork ?? []), [data]);

  const columns: TableColumnsType<PlanNodeRowFieldsFragment> = [
    {
      key: 'title',
      title: t('myWork.columns.title'),
      render: (_, node) => (
        <Flex gap={4} align="center" wrap>
          <NodeLevelTag level={node.level} />
          <Typography.Text>{node.title}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'due',
      title: t('myWork.columns.due'),
      width: 190,
      render: (_, node) => (
        <Flex gap={4} align="center">
          <Typography.Text type={node.overdue ? 'danger' : undefined}>{node.dueDate ?? '—'}</Typography.Text>
          {node.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    { key: 'status', title: t('myWork.columns.status'), width: 110, render: (_, node) => <NodeStatusTag status={node.status} /> },
    {
      key: 'progress',
      title: t('myWork.columns.progress'),
      width: 160,
      render: (_, node) => <Progress percent={toPercent(node.progress)} size="small" format={percentText} />,
    },
    {
      key: 'update',
      title: t('myWork.columns.update'),
      width: 280,
      // Keyed by version: after a save or a colleague's change the cell starts from the new figure.
      render: (_, node) => <MyWorkProgressCell key={`${node.id}-${node.version}`} node={node} />,
    },
  ];

  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('myWork.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('myWork.subtitle')}</Typography.Text>
      </div>
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Table<PlanNodeRowFieldsFragment>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={loading && !data}
        pagination={items.length > 50 ? { pageSize: 50 } : false}
        // A floor, not the content's width: long titles wrap, so the update column stays in view on a laptop screen.
        scroll={{ x: 960 }}
        onRow={(node) => ({ 'data-testid': `my-work-row-${node.id}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('myWork.empty') }}
        data-testid="my-work"
      />
    </>
  );
}
