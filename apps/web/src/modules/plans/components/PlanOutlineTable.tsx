import { PlusOutlined } from '@ant-design/icons';
import type { Level } from '@opsplan/domain';
import { Button, Dropdown, Flex, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import type { OutlineRow } from '../utils/outlineTree';
import { kpiFigure, toPercent } from '../utils/nodeDisplay';
import { NodeLevelTag, NodeStatusTag, OverdueTag } from './NodeTags';

type Row = OutlineRow<PlanNodeFieldsFragment>;

interface PlanOutlineTableProps {
  rows: Row[];
  loading: boolean;
  expandedKeys: readonly string[];
  onExpandedKeysChange: (keys: string[]) => void;
  /** A row was opened: load what lies below it if the outline did not include it. */
  onExpandRow: (row: Row) => void;
  /** The levels the viewer may add under a row; none hides the action. */
  addableLevels: (row: Row) => Level[];
  onAdd: (parent: Row, level: Level) => void;
  onOpen: (row: Row) => void;
  emptyText: string;
}

/** Rows are virtualised, so a plan with thousands of loaded tasks still scrolls smoothly. */
const TABLE_HEIGHT = 560;
const TABLE_WIDTH = 1380;

export function PlanOutlineTable({
  rows,
  loading,
  expandedKeys,
  onExpandedKeysChange,
  onExpandRow,
  addableLevels,
  onAdd,
  onOpen,
  emptyText,
}: PlanOutlineTableProps) {
  const { t } = useTranslation();

  const columns: TableColumnsType<Row> = [
    {
      key: 'title',
      title: t('plan.outline.columns.title'),
      width: 380,
      fixed: 'left',
      render: (_, node) => (
        <Flex align="center" gap={4} style={{ minWidth: 0 }}>
          <NodeLevelTag level={node.level} />
          <Typography.Link
            onClick={() => onOpen(node)}
            ellipsis
            style={{ maxWidth: 260 }}
            data-testid={`node-title-${node.id}`}
          >
            {node.title}
          </Typography.Link>
          {node.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    {
      key: 'owner',
      title: t('plan.outline.columns.owner'),
      width: 130,
      render: (_, node) => node.owner?.user.displayName ?? <Typography.Text type="secondary">{t('node.unassigned')}</Typography.Text>,
    },
    {
      key: 'department',
      title: t('plan.outline.columns.department'),
      width: 130,
      render: (_, node) => node.department?.name ?? '—',
    },
    {
      key: 'dates',
      title: t('plan.outline.columns.dates'),
      width: 200,
      render: (_, node) => (
        <Typography.Text type={node.overdue ? 'danger' : undefined}>
          {node.startDate ?? '—'} → {node.dueDate ?? '—'}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('plan.outline.columns.status'),
      width: 100,
      render: (_, node) => <NodeStatusTag status={node.status} />,
    },
    {
      key: 'progress',
      title: t('plan.outline.columns.progress'),
      width: 160,
      render: (_, node) => (
        <Progress percent={toPercent(node.progress)} size="small" status={node.status === 'off_track' ? 'exception' : 'normal'} />
      ),
    },
    {
      key: 'kpi',
      title: t('plan.outline.columns.kpi'),
      width: 170,
      render: (_, node) =>
        node.kpi ? (
          <Typography.Text title={node.kpi.name}>
            {kpiFigure(node.kpi.actual, null)} / {kpiFigure(node.kpi.target, node.kpi.unit)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: t('plan.outline.columns.actions'),
      width: 110,
      render: (_, node) => {
        const levels = addableLevels(node);
        if (levels.length === 0) return null;
        const button = (
          <Button size="small" type="link" icon={<PlusOutlined />} data-testid={`add-child-${node.id}`} onClick={levels.length === 1 ? () => onAdd(node, levels[0]) : undefined}>
            {levels.length === 1 ? t('plan.outline.addLevel', { level: t(`node.levels.${levels[0]}`) }) : t('plan.outline.add')}
          </Button>
        );
        if (levels.length === 1) return button;
        return (
          <Dropdown
            trigger={['click']}
            menu={{
              items: levels.map((level) => ({ key: level, label: t(`node.levels.${level}`) })),
              onClick: ({ key }) => onAdd(node, key as Level),
            }}
          >
            {button}
          </Dropdown>
        );
      },
    },
  ];

  return (
    <Table<Row>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="small"
      virtual
      scroll={{ x: TABLE_WIDTH, y: TABLE_HEIGHT }}
      onRow={(node) => ({ 'data-testid': `outline-row-${node.id}` }) as HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowKeys: [...expandedKeys],
        onExpandedRowsChange: (keys) => onExpandedKeysChange(keys.map(String)),
        onExpand: (expanded, node) => {
          if (expanded) onExpandRow(node);
        },
      }}
      locale={{ emptyText }}
      data-testid="plan-outline"
    />
  );
}
