import type { Level, NodeStatus } from '@opsplan/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
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
