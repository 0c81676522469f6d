import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Flex, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_PLAN_VERSIONS_QUERY } from '../graphql/queries/planVersionsQuery';
import { useDiffTranslator } from '../hooks/useDiffTranslator';
import { DIFF_COLORS, diffRows } from '../utils/versionDiff';
import type { DiffRow } from '../utils/versionDiff';

const SIDE_BG = { added: '#f6ffed', removed: '#fff1f0', changed: '#fffbe6' } as const;

/** Two versions side by side: what the later one added (green), dropped (red) and changed (before → after). */
export function VersionCompare({ fromId, toId }: { fromId: string; toId: string }) {
  const { t } = useTranslation();
  const { fieldLabel, value } = useDiffTranslator();
  const { data, loading, error } = useQuery(COMPARE_PLAN_VERSIONS_QUERY, { variables: { fromId, toId } });
  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (loading && !data) return <Skeleton active />;
  if (!data) return null;
  const comparison = data.comparePlanVersions;
  const rows = diffRows(comparison, value);
  const empty = <Typography.Text type="secondary">—</Typography.Text>;
  const levelOf = (row: DiffRow) => t(`node.levels.${row.level as 'task'}`);

  const side = (row: DiffRow, which: 'before' | 'after'): ReactNode => {
    if (row.kind === 'added') return which === 'after' ? <Typography.Text style={{ color: '#389e0d' }}>+ {row.title}</Typography.Text> : empty;
    if (row.kind === 'removed') return which === 'before' ? <Typography.Text delete style={{ color: '#cf1322' }}>− {row.title}</Typography.Text> : empty;
    return (
      <Flex vertical gap={2}>
        {row.changes.map((change) => (
          <div key={change.field}>
            <Typography.Text type="secondary">{fieldLabel(change.field)}: </Typography.Text>
            <Typography.Text
              style={{ background: which === 'before' ? '#fff1f0' : '#f6ffed', padding: '0 4px', borderRadius: 2, whiteSpace: 'pre-line' }}
              delete={which === 'before' && change.before !== null}
            >
              {(which === 'before' ? change.before : change.after) ?? t('versions.compare.emptyValue')}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    );
  };

  return (
    <Flex vertical gap={16} data-testid="version-compare">
      <Flex gap={24} wrap>
        <Statistic title={t('versions.compare.added')} value={comparison.summary.nodesAdded} styles={{ content: { color: '#389e0d' } }} />
        <Statistic title={t('versions.compare.removed')} value={comparison.summary.nodesRemoved} styles={{ content: { color: '#cf1322' } }} />
        <Statistic title={t('versions.compare.changed')} value={comparison.summary.nodesChanged} styles={{ content: { color: '#d48806' } }} />
        <Statistic title={t('versions.compare.targetsChanged')} value={comparison.summary.targetsChanged} />
      </Flex>
      {rows.length === 0 ? (
        <Card>
          <Empty description={t('versions.compare.same')} />
        </Card>
      ) : (
        <Table
          rowKey="key"
          size="small"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 800 }}
          onRow={(row) => ({ 'data-testid': `diff-${row.kind}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('versions.compare.node'),
              key: 'node',
              width: 280,
              render: (_, row) => (
                <Flex vertical>
                  <span>
                    <Tag color={DIFF_COLORS[row.kind]}>{t(`versions.compare.kinds.${row.kind}`)}</Tag>
                    <Typography.Text>{row.title}</Typography.Text>
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {levelOf(row)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('versions.compare.side', { number: comparison.from.number, label: comparison.from.label }),
              key: 'before',
              onCell: (row) => ({ style: { background: row.kind === 'removed' ? SIDE_BG.removed : row.kind === 'changed' ? '#fffdf5' : undefined } }),
              render: (_, row) => side(row, 'before'),
            },
            {
              title: t('versions.compare.side', { number: comparison.to.number, label: comparison.to.label }),
              key: 'after',
              onCell: (row) => ({ style: { background: row.kind === 'added' ? SIDE_BG.added : row.kind === 'changed' ? '#fffdf5' : undefined } }),
              render: (_, row) => side(row, 'after'),
            },
          ]}
        />
      )}
    </Flex>
  );
}
