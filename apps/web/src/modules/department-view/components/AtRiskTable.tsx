import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentOverviewQuery } from '../../../gql/graphql';
import { NodeLevelTag, NodeStatusTag, OverdueTag } from '../../plans/components/NodeTags';
import { toPercent } from '../../plans/utils/nodeDisplay';

type RiskyNode = DepartmentOverviewQuery['departmentOverview']['atRisk'][number];

/** At risk, off track or overdue, most urgent first, as the API orders them. */
export function AtRiskTable({ nodes, total, onOpen }: { nodes: RiskyNode[]; total: number; onOpen: (nodeId: string) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RiskyNode> = [
    {
      key: 'title',
      title: t('departmentView.atRisk.columns.title'),
      render: (_, node) => (
        <Flex gap={4} align="center" wrap>
          <NodeLevelTag level={node.level} />
          <Typography.Link onClick={() => onOpen(node.id)} data-testid={`at-risk-${node.id}`}>
            {node.title}
          </Typography.Link>
        </Flex>
      ),
    },
    { key: 'owner', title: t('node.fields.owner'), width: 140, render: (_, node) => node.owner?.user.displayName ?? t('node.unassigned') },
    {
      key: 'status',
      title: t('node.fields.status'),
      width: 180,
      render: (_, node) => (
        <Flex gap={4}>
          <NodeStatusTag status={node.status} />
          {node.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    { key: 'due', title: t('node.fields.dueDate'), width: 110, render: (_, node) => node.dueDate ?? '—' },
    { key: 'progress', title: t('node.fields.progress'), width: 90, render: (_, node) => `${toPercent(node.progress)}%` },
  ];
  return (
    <>
      <Table<RiskyNode>
        rowKey="id"
        columns={columns}
        dataSource={nodes}
        pagination={nodes.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 860 }}
        size="small"
        data-testid="department-at-risk"
      />
      {total > nodes.length ? (
        <Typography.Text type="secondary" data-testid="at-risk-more">
          {t('departmentView.atRisk.more', { shown: nodes.length, total })}
        </Typography.Text>
      ) : null}
    </>
  );
}
