import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { useStageLabel } from '../hooks/useStageLabel';
import type { MoveDirection } from '../utils/stageLayout';
import { stageWaiting } from '../utils/stageWaiting';
import { StageStatusTag } from './StageStatusTag';

interface StageListProps {
  cycleId: string;
  stages: readonly CycleStageFieldsFragment[];
  criticalPath: readonly string[];
  /** Offered when the person may re-date stages; approved stages are final. */
  onEdit?: (stage: CycleStageFieldsFragment) => void;
  /** Offered to those who lay out the cycle: moves a stage one place; resolves true once saved. */
  onMove?: (stage: CycleStageFieldsFragment, direction: MoveDirection) => Promise<boolean>;
  /** Offered to those who lay out the cycle; approved stages are final. */
  onRemove?: (stage: CycleStageFieldsFragment) => void;
  /** Said when there are no stages. */
  emptyText?: string;
}

/** Who does each stage, by when, how far it is, and what it is waiting for. */
export function StageList({ cycleId, stages, criticalPath, onEdit, onMove, onRemove, emptyText }: StageListProps) {
  const { t } = useTranslation();
  const { stageLabel, joinNames } = useStageLabel();
  const [moving, setMoving] = useState<{ id: string; direction: MoveDirection } | null>(null);
  const [refocus, setRefocus] = useState<{ id: string; direction: MoveDirection } | null>(null);
  const list = useRef<HTMLDivElement>(null);
  // A moved row is re-inserted, which drops the keyboard focus: put it back on
  // the same button (or its twin, once the stage reaches an end).
  useEffect(() => {
    if (!refocus || !list.current) return;
    const button = (direction: MoveDirection) => list.current?.querySelector<HTMLButtonElement>(`[data-move="${refocus.id}:${direction}"]:not([disabled])`);
    (button(refocus.direction) ?? button(refocus.direction === 'up' ? 'down' : 'up'))?.focus();
    setRefocus(null);
  }, [refocus, stages]);
  const move = (stage: CycleStageFieldsFragment, direction: MoveDirection) => {
    if (!onMove || moving) return;
    setMoving({ id: stage.id, direction });
    void onMove(stage, direction).finally(() => {
      setMoving(null);
      setRefocus({ id: stage.id, direction });
    });
  };
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
    <div ref={list}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...stages]}
        data-testid="stage-list"
        locale={emptyText ? { emptyText } : undefined}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('cycles.fields.stage'),
            key: 'name',
            render: (_, stage, index) => (
              <Link to={`/cycles/${cycleId}/stages/${stage.id}`} style={{ whiteSpace: 'nowrap' }} data-testid={`stage-link-${stage.id}`}>
                {/* Counted in the list: positions keep gaps where stages were removed. */}
                {index + 1}. {stageLabel(stage)}
                {critical.has(stage.id) ? (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 6 }} title={t('cycles.criticalPath.help')} role="img" aria-label={t('cycles.criticalPath.title')}>
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
          ...(onEdit || onMove || onRemove
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, stage: CycleStageFieldsFragment, index: number) => {
                    const name = stageLabel(stage);
                    const moveButton = (direction: MoveDirection, label: string, icon: ReactNode, disabled: boolean) => (
                      <Tooltip title={label}>
                        <Button
                          size="small"
                          icon={icon}
                          aria-label={label}
                          disabled={disabled}
                          loading={moving?.id === stage.id && moving.direction === direction}
                          onClick={() => move(stage, direction)}
                          data-move={`${stage.id}:${direction}`}
                          data-testid={`stage-move-${direction}-${stage.id}`}
                        />
                      </Tooltip>
                    );
                    return (
                      <Flex gap={4} wrap={false}>
                        {onEdit && stage.status !== 'approved' ? (
                          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(stage)} aria-label={t('cycles.edit.title', { name })}>
                            {t('common.edit')}
                          </Button>
                        ) : null}
                        {onMove ? (
                          <>
                            {moveButton('up', t('cycles.layout.moveUp', { name }), <ArrowUpOutlined />, index === 0)}
                            {moveButton('down', t('cycles.layout.moveDown', { name }), <ArrowDownOutlined />, index === stages.length - 1)}
                          </>
                        ) : null}
                        {onRemove && stage.status !== 'approved' ? (
                          <Tooltip title={t('cycles.layout.removeLabel', { name })}>
                            <Button
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              onClick={() => onRemove(stage)}
                              aria-label={t('cycles.layout.removeLabel', { name })}
                              data-testid={`stage-remove-${stage.id}`}
                            />
                          </Tooltip>
                        ) : null}
                      </Flex>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
