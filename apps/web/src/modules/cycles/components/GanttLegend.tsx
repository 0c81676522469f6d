import { STAGE_STATUSES } from '@opsplan/domain';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGE_STATUS_FILL } from './stageStatus';

const swatch = (style: React.CSSProperties) => <span aria-hidden style={{ display: 'inline-block', width: 14, height: 10, borderRadius: 2, ...style }} />;

export function GanttLegend() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" style={{ fontSize: 12 }}>
      {STAGE_STATUSES.map((status) => (
        <Flex key={status} gap={4} align="center">
          {swatch({ background: STAGE_STATUS_FILL[status] })}
          <Typography.Text style={{ fontSize: 12 }}>{t(`cycles.statuses.${status}`)}</Typography.Text>
        </Flex>
      ))}
      <Flex gap={4} align="center">
        {swatch({ border: '2px solid #f5222d' })}
        <Typography.Text style={{ fontSize: 12 }}>{t('cycles.overdue')}</Typography.Text>
      </Flex>
      <Flex gap={4} align="center">
        {swatch({ border: '2px solid #262626' })}
        <Typography.Text style={{ fontSize: 12 }}>{t('cycles.criticalPath.title')}</Typography.Text>
      </Flex>
      <Flex gap={4} align="center">
        {swatch({ width: 2, height: 12, background: '#1677ff' })}
        <Typography.Text style={{ fontSize: 12 }}>{t('cycles.gantt.today')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
