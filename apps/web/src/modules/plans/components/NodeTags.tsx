import { CheckSquareOutlined, SyncOutlined } from '@ant-design/icons';
import type { Level, NodeStatus, Recurrence } from '@opsplan/domain';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { checklistCount } from '../utils/checklist';
import type { ChecklistItem } from '../utils/checklist';
import { LEVEL_COLORS, STATUS_COLORS } from '../utils/nodeDisplay';

export function NodeStatusTag({ status }: { status: NodeStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`node.statuses.${status}`)}</Tag>;
}

export function NodeLevelTag({ level }: { level: Level }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]}>{t(`node.levels.${level}`)}</Tag>;
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="overdue-tag">
      {t('plan.outline.overdue')}
    </Tag>
  );
}

/** Routine work: 每日 / Daily … with a repeat icon. */
export function RecurrenceTag({ recurrence, compact = false }: { recurrence: Recurrence; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag icon={<SyncOutlined />} color="purple" variant={compact ? 'filled' : 'outlined'} data-testid="recurrence-tag">
      {t(`node.recurrences.${recurrence}`)}
    </Tag>
  );
}

/** "3/7" with a checklist icon; the full count in words for the tooltip and screen readers. */
export function ChecklistCountTag({ items }: { items: readonly Pick<ChecklistItem, 'done'>[] }) {
  const { t } = useTranslation();
  const { done, total } = checklistCount(items);
  const words = t('node.checklist.outline', { done, total });
  return (
    <Tooltip title={words}>
      <Tag icon={<CheckSquareOutlined />} color={done === total ? 'green' : undefined} variant="filled" aria-label={words} data-testid="checklist-count">
        {done}/{total}
      </Tag>
    </Tooltip>
  );
}
