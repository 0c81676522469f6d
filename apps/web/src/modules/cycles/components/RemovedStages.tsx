import { UndoOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/dates';
import { DELETED_STAGES_QUERY } from '../graphql/queries/deletedStagesQuery';
import { useStageLabel } from '../hooks/useStageLabel';

interface RemovedStagesProps {
  cycleId: string;
  restoring: boolean;
  onRestore: (stage: { id: string; key?: string | null; name: string; dueDate: string }) => void;
}

/** The cycle's removed stages, newest first, each with Restore. */
export function RemovedStages({ cycleId, restoring, onRestore }: RemovedStagesProps) {
  const { t } = useTranslation();
  const { stageLabel } = useStageLabel();
  const { data, loading } = useQuery(DELETED_STAGES_QUERY, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const removed = [...(data?.planningCycle.deletedStages ?? [])].sort((a, b) => String(b.deletedAt ?? '').localeCompare(String(a.deletedAt ?? '')));
  return (
    <Card size="small" title={t('cycles.layout.recentlyRemoved')} data-testid="removed-stages">
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Flex vertical gap={8}>
          {removed.length === 0 ? <Typography.Text type="secondary">{t('cycles.layout.noneRemoved')}</Typography.Text> : null}
          {removed.map((stage) => (
            <Flex key={stage.id} justify="space-between" align="center" gap={8} wrap data-testid={`removed-stage-${stage.id}`}>
              <div>
                <Typography.Text strong>{stageLabel(stage)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {t('cycles.layout.removedOn', { date: stage.deletedAt ? formatDateTime(String(stage.deletedAt)) : '—', due: stage.dueDate })}
                </Typography.Text>
              </div>
              <Button
                size="small"
                icon={<UndoOutlined />}
                disabled={restoring}
                onClick={() => onRestore(stage)}
                aria-label={t('cycles.layout.restoreLabel', { name: stageLabel(stage) })}
                data-testid={`restore-stage-${stage.id}`}
              >
                {t('cycles.layout.restore')}
              </Button>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
