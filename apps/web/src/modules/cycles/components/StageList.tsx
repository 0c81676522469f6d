import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { useStageLabel } from '../hooks/useStageLabel';
import { stageWaiting } from '../utils/stageWaiting';
import { StageStatusTag } from './StageStatusTag';

interface StageListProps {
  cycleId: string;
  stages: readonly CycleStageFieldsFragment[];
  criticalPath: readonly string[];
  /** Offered when the person may re-date stages; approved stages are final. */
  onEdit?: (stage: CycleStageFieldsFragment) => void;
}

/** Who does each stage, by when, how far it is, and what it is waiting for. */
export function StageList({ cycleId, stages, criticalPath, onEdit }: StageListProps) {
  const { t } = useTranslation();
  const { stageLabel, joinNames } = useStageLabel();
  const critical = new Set(criticalPath);
  const named = stages.map((s) => ({ id: s.id, name: stageLabel(s) }));
  const waitingText = (stage: CycleStageFieldsFragment) => {
    const waiting = stageWaiting(stage, named);
    switch (waiting.kind) {
      case 'done':
        return t('cycles.waiting.done');
      case 'approval':
        return t('cycles.waiting.approval');
      case 'dependencies':
        return t('cycles.waiting.dependencies', { names: joinNames(waiting.names) });
      case 'work':
        return waiting.returned ? t('cycles.waiting.rework') : t('cycles.waiting.work');
    }
  };
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...stages]}
      data-testid="stage-list"
      scroll={{ x: 760 }}
      columns={[
        {
          title: t('cycles.fields.stage'),
          key: 'name',
          render: (_, stage) => (
            <Link to={`/cycles/${cycleId}/stages/${stage.id}`} data-testid={`stage-link-${stage.id}`}>
              {stage.position}. {stageLabel(stage)}
              {critical.has(stage.id) ? (
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }} title={t('cycles.criticalPath.help')}>
                  ◆
                </Typography.Text>
              ) : null}
            </Link>
          ),
        },
        {
          title: t('cycles.fields.owner'),
          key: 'owner',
          render: (_, stage) => (
            <>
              <div>{stage.responsible?.user.displayName ?? t('cycles.nobody')}</div>
              {stage.ownerDepartment ? <Typography.Text type="secondary">{stage.ownerDepartment.name}</Typography.Text> : null}
            </>
          ),
        },
        {
          title: t('cycles.fields.dueDate'),
          key: 'due',
          width: 110,
          render: (_, stage) => <Typography.Text type={stage.overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
              {stage.dueDate}
            </Typography.Text>,
        },
        { title: t('cycles.fields.status'), key: 'status', render: (_, stage) => <StageStatusTag status={stage.status} overdue={stage.overdue} /> },
        { title: t('cycles.fields.waitingFor'), key: 'waiting', render: (_, stage) => <span data-testid={`stage-waiting-${stage.id}`}>{waitingText(stage)}</span> },
        ...(onEdit
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, stage: CycleStageFieldsFragment) =>
                  stage.status === 'approved' ? null : (
                    <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(stage)} aria-label={t('cycles.edit.title', { name: stageLabel(stage) })}>
                      {t('common.edit')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
