import type { StageStatus } from '@opsplan/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGE_STATUS_TAG } from './stageStatus';

export function StageStatusTag({ status, overdue }: { status: StageStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={STAGE_STATUS_TAG[status]} data-testid="stage-status">
        {t(`cycles.statuses.${status}`)}
      </Tag>
      {overdue ? <Tag color="red">{t('cycles.overdue')}</Tag> : null}
    </>
  );
}
